import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_OPEN_BYTES } from "./open-file";
import { MAX_ZIP_ENTRIES, readZip } from "./open-zip";

describe("readZip", () => {
  it("inflates the CSV and JSON entries and skips the rest", () => {
    const zip = zipSync({ "a.csv": strToU8("x\n1\n"), "metadata.json": strToU8("{}"), "README.txt": strToU8("hi") });
    const read = readZip("z.zip", zip);
    expect("files" in read && Object.keys(read.files).sort()).toEqual(["a.csv", "metadata.json"]);
    expect("skipped" in read && read.skipped).toEqual(["README.txt"]);
  });

  it("refuses an entry that would unpack past the limit, without unpacking it (a zip bomb)", () => {
    // Zeros compress about a thousand to one: 40 MB of them is a zip of some 40 KB.
    const zip = zipSync({ "bomb.csv": new Uint8Array(MAX_OPEN_BYTES + 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(1024 * 1024);
    expect(readZip("bomb.zip", zip)).toEqual({ problem: expect.stringContaining("bomb.zip: bomb.csv would unpack to 33,555,456 bytes") });
  });

  it("refuses more entries than the site's zip could hold, a broken zip and a workbook", () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`f${i}.csv`, strToU8("a")])));
    expect(readZip("many.zip", many)).toEqual({ problem: expect.stringContaining("holds more than 64 files") });
    expect(readZip("cut.zip", zipSync({ "a.csv": strToU8("a,b\n1,2\n") }).slice(0, 20))).toEqual({ problem: expect.stringContaining("cut.zip is not a readable zip") });
    const xlsx = zipSync({ "[Content_Types].xml": strToU8("<x/>"), "xl/workbook.xml": strToU8("<x/>") });
    expect(readZip("book.xlsx", xlsx)).toEqual({ problem: expect.stringContaining("is an Excel workbook") });
  });
});
