import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { partReady, prepareFile } from "./open-prepare";

const TERMS = "date,party,category,term,confidence,sources\r\n2024,Acme,Stake,A stake.,reported,Reuters\r\n";

describe("prepareFile", () => {
  it("detects a lone CSV's table and matches its columns, ready to check", () => {
    const prepared = prepareFile("terms.csv", strToU8(TERMS));
    expect("parts" in prepared && prepared.parts.map((part) => [part.table, partReady(part)])).toEqual([["dealTerms", true]]);
  });

  it("asks for the mapping where the headers name no table", () => {
    const prepared = prepareFile("own.csv", strToU8("When,Who\n2024,Acme\n"));
    expect("parts" in prepared && prepared.parts.map((part) => [part.table, partReady(part)])).toEqual([[null, false]]);
  });

  it("names each zip entry's table by its file name, notes the derived tables and takes the first file of a table", () => {
    const zip = zipSync({
      "openai-stakes-deal-terms-2026-12-01.csv": strToU8(TERMS),
      "openai-stakes-sellers-2026-12-01.csv": strToU8("cloud,lab\n"),
      "copy-of-terms.csv": strToU8(TERMS),
      "metadata.json": strToU8(JSON.stringify({ asOf: "2026-12-01", sources: [{ id: "s" }] })),
    });
    const prepared = prepareFile("z.zip", zip);
    if (!("parts" in prepared)) throw new Error(prepared.refused);
    expect(prepared.parts.map((part) => part.name)).toEqual(["z.zip: openai-stakes-deal-terms-2026-12-01.csv"]);
    expect(prepared.notes).toEqual([
      "z.zip: openai-stakes-sellers-2026-12-01.csv: Who sells whose models is worked out from the other tables across labs; it is not opened.",
      "z.zip: copy-of-terms.csv: a second file of Deal terms; only the first is opened.",
    ]);
    expect(prepared.context).toEqual({ asOf: "2026-12-01", sources: [{ id: "s" }] });
  });

  it("refuses a zip without a table's CSV, and says when a UTF-16 file was decoded", () => {
    expect(prepareFile("z.zip", zipSync({ "a.txt": strToU8("x") }))).toEqual({ refused: "z.zip holds no CSV file of a table (no .csv file at all)." });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...TERMS].flatMap((c) => [c.charCodeAt(0), 0])]);
    const prepared = prepareFile("t.csv", utf16);
    expect("notes" in prepared && prepared.notes).toEqual(["t.csv was read as UTF-16LE text."]);
  });
});
