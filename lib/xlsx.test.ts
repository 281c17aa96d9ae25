import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readXlsx, sheetValues } from "./test/read-xlsx";
import { buildXlsx, columnLetters, sheetNames, sheetXml, workbookParts, xmlText, type WorkbookInput } from "./xlsx";

const input: WorkbookInput = {
  title: "Who has money in OpenAI",
  created: "2026-06-25T09:30:00.000Z",
  sheets: [
    {
      name: "Capital committed",
      rows: [
        ["investor", "amount_usd", "conditions", "delta"],
        ["Microsoft", 13000000000, null, -5],
        ["Amazon", null, "=HYPERLINK(\"https://evil.example\")", 1.5],
        ["-2+3", 0, "line one\nline two", null],
      ],
    },
    { name: "Sources", rows: [["id"], ["s-1"]] },
  ],
};

describe("buildXlsx", () => {
  const book = readXlsx(buildXlsx(input));

  it("writes a package with its content types first, a workbook, styles, properties and a part per sheet", () => {
    const names = Object.keys(unzipSync(buildXlsx(input)));
    expect(names[0]).toBe("[Content_Types].xml");
    expect(names.sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);
    for (const i of [1, 2]) expect(book.parts["[Content_Types].xml"]).toContain(`PartName="/xl/worksheets/sheet${i}.xml"`);
    expect(book.parts["docProps/core.xml"]).toContain("<dc:title>Who has money in OpenAI</dc:title>");
    expect(book.parts["docProps/core.xml"]).toContain(">2026-06-25T09:30:00Z</dcterms:created>");
  });

  it("names the sheets in order and reads every value back as written", () => {
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Capital committed", "Sources"]);
    expect(sheetValues(book.sheets[0])).toEqual(input.sheets[0].rows.map((row) => row.map((value) => value)));
    expect(sheetValues(book.sheets[1])).toEqual([["id"], ["s-1"]]);
  });

  it("writes numbers as number cells, negatives and zero included, and text as text", () => {
    const [, microsoft, amazon, third] = book.sheets[0].rows;
    expect(microsoft[1]).toEqual({ type: "number", value: 13000000000, quotePrefix: false });
    expect(microsoft[3]).toEqual({ type: "number", value: -5, quotePrefix: false });
    expect(amazon[3]).toEqual({ type: "number", value: 1.5, quotePrefix: false });
    expect(third[1]).toEqual({ type: "number", value: 0, quotePrefix: false });
    expect(microsoft[0]).toEqual({ type: "text", value: "Microsoft", quotePrefix: false });
  });

  it("leaves an unknown value out: an empty cell, never 0 and never the text null", () => {
    const xml = book.sheets[0].xml;
    expect(book.sheets[0].rows[1][2]).toBeNull();
    expect(book.sheets[0].rows[2][1]).toBeNull();
    expect(xml).not.toContain('r="C2"');
    expect(xml).not.toContain('r="B3"');
    expect(xml).not.toMatch(/null|undefined|NaN/);
    const odd = readXlsx(buildXlsx({ ...input, sheets: [{ name: "x", rows: [["a", "b", "c"], [Number.NaN, Number.POSITIVE_INFINITY, ""]] }] }));
    expect(odd.sheets[0].rows[1]).toEqual([]);
  });

  it("never writes a formula: formula-looking text is a text cell with Excel's quote-prefix mark", () => {
    const [, , amazon, third] = book.sheets[0].rows;
    expect(amazon[2]).toEqual({ type: "text", value: "=HYPERLINK(\"https://evil.example\")", quotePrefix: true });
    expect(third[0]).toEqual({ type: "text", value: "-2+3", quotePrefix: true });
    expect(third[2]).toEqual({ type: "text", value: "line one\nline two", quotePrefix: false });
    expect(book.sheets[0].xml).not.toMatch(/<f[\s>]/);
    for (const text of ["+1", "@SUM(A1)", "\uFF1D1+1", " =1", "\tx"]) {
      const cell = readXlsx(buildXlsx({ ...input, sheets: [{ name: "x", rows: [["h"], [text]] }] })).sheets[0].rows[1][0];
      expect(cell).toEqual({ type: "text", value: text, quotePrefix: true });
    }
  });

  it("makes the header row bold and freezes it", () => {
    const xml = book.sheets[0].xml;
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toMatch(/<c r="A1" t="inlineStr" s="1">/);
    expect(book.parts["xl/styles.xml"]).toMatch(/<xf numFmtId="0" fontId="1"[^>]*applyFont="1"\/>/);
  });

  it("groups the digits of whole numbers, so $250B does not read 2.5E+11", () => {
    expect(book.sheets[0].xml).toContain('<c r="B2" s="4"><v>13000000000</v></c>');
    expect(book.sheets[0].xml).toContain('<c r="D3"><v>1.5</v></c>');
    expect(book.parts["xl/styles.xml"]).toContain('<xf numFmtId="3"');
  });

  it("refuses a workbook with no sheet", () => {
    expect(() => workbookParts({ ...input, sheets: [] })).toThrow("at least one sheet");
  });
});

describe("sheetXml", () => {
  it("sizes the columns to their text within reason and sets the used range", () => {
    const xml = sheetXml({ name: "x", rows: [["id", "text"], ["a", "x".repeat(200)]] });
    expect(xml).toContain('<dimension ref="A1:B2"/>');
    expect(xml).toContain('<col min="1" max="1" width="8" customWidth="1"/>');
    expect(xml).toContain('<col min="2" max="2" width="60" customWidth="1"/>');
  });

  it("writes a header alone for a table with no rows", () => {
    const book = readXlsx(buildXlsx({ ...input, sheets: [{ name: "Channels", rows: [["channel", "cloud"]] }] }));
    expect(sheetValues(book.sheets[0])).toEqual([["channel", "cloud"]]);
  });
});

describe("columnLetters", () => {
  it("counts A to Z, then AA", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("xmlText", () => {
  it("escapes markup", () => {
    expect(xmlText('<b>"Tom & Jerry"</b>')).toBe("&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;");
  });

  it("writes characters XML cannot carry, and the carriage return, as _xHHHH_; keeps tab and line feed", () => {
    expect(xmlText("a\u0000b\u0007c\rd\te\nf\uFFFF")).toBe("a_x0000_b_x0007_c_x000D_d\te\nf_xFFFF_");
  });

  it("writes a lone surrogate as _xHHHH_ and keeps a pair", () => {
    expect(xmlText("\uD800x\uDC00")).toBe("_xD800_x_xDC00_");
    expect(xmlText("😀")).toBe("😀");
  });

  it("protects text that already looks like an escape", () => {
    expect(xmlText("_x0041_ and _x00")).toBe("_x005F_x0041_ and _x00");
  });

  it("round-trips hostile text through a workbook", () => {
    const hostile = ["_x0041_", "a\rb", "\u0001", "<script>&amp;</script>", "\uD800", "😀 café"];
    const book = readXlsx(buildXlsx({ ...input, sheets: [{ name: "x", rows: [["h"], ...hostile.map((text) => [text])] }] }));
    expect(sheetValues(book.sheets[0]).slice(1).map(([value]) => value)).toEqual(hostile);
  });
});

describe("sheetNames", () => {
  it("keeps good names as they are", () => {
    expect(sheetNames(["Capital committed", "Deal terms", "Sources"])).toEqual(["Capital committed", "Deal terms", "Sources"]);
  });

  it("drops characters Excel refuses, trims to 31 characters and never leaves a name empty", () => {
    expect(sheetNames(["a/b:c?d*e[f]g\\h", "x".repeat(40), "'quoted'", "[]", ""])).toEqual(["a b c d e f g h", "x".repeat(31), "quoted", "Sheet", "Sheet (2)"]);
  });

  it("makes names unique whatever their case, within 31 characters", () => {
    const long = "y".repeat(31);
    expect(sheetNames(["Sources", "sources", "SOURCES", long, long])).toEqual(["Sources", "sources (2)", "SOURCES (3)", long, `${"y".repeat(27)} (2)`]);
  });
});
