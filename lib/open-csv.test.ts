import { describe, expect, it } from "vitest";
import { cellText, parseCsvText } from "./open-csv";

describe("parseCsvText", () => {
  it("reads CRLF, LF and CR line ends alike, and quoted fields with commas, quotes and line breaks", () => {
    const expected = { headers: ["a", "b"], records: [["1", 'x, "y"\nz']], problems: [] };
    expect(parseCsvText('a,b\r\n1,"x, ""y""\r\nz"\r\n')).toEqual(expected);
    expect(parseCsvText('a,b\n1,"x, ""y""\nz"\n')).toEqual(expected);
    expect(parseCsvText('\uFEFFa,b\r1,"x, ""y""\nz"')).toEqual(expected);
  });

  it("names each row of the wrong length and skips blank lines", () => {
    const table = parseCsvText("a,b\n1,2\n\n3\n4,5,6\n");
    expect(table.records).toEqual([["1", "2"], ["3", ""], ["4", "5"]]);
    expect(table.problems).toEqual([
      { row: 2, message: "has 1 fields; the header has 2" },
      { row: 3, message: "has 3 fields; the header has 2" },
    ]);
  });

  it("names empty header cells by position and reports a file without a header", () => {
    expect(parseCsvText("a,,c\n1,2,3").headers).toEqual(["a", "column 2", "c"]);
    expect(parseCsvText("").problems).toEqual([{ row: 0, message: "the file has no header row" }]);
  });

  it("reports progress up to the whole text", () => {
    const seen: number[] = [];
    parseCsvText("a\n1\n2\n", (done, total) => seen.push(done / total));
    expect(seen.at(-1)).toBe(1);
  });
});

describe("cellText", () => {
  it("keeps formulas as text, taking off only the apostrophe the site's export puts before them", () => {
    expect(cellText("=HYPERLINK(\"http://x\")")).toBe("=HYPERLINK(\"http://x\")");
    expect(cellText("'=1+1")).toBe("=1+1");
    expect(cellText("'-5")).toBe("-5");
    expect(cellText("'quoted'")).toBe("'quoted'");
    expect(cellText("a\r\nb")).toBe("a\nb");
  });
});
