import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, FORMULA_START, csvFileName, datasetFileName, exportFileName, tableExportName, toCsv, toTsv, type CsvValue } from "./csv";

/** Parses a CSV body as a spreadsheet would, after checking it ends with exactly one CRLF. */
function parse(csv: string): string[][] {
  expect(csv.endsWith("\r\n")).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(0, -2), { delimiter: ",", newline: "\r\n" });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** The file with quoted fields removed, to look at the record separators alone. */
function outsideQuotes(csv: string): string {
  return csv.replace(/"(?:[^"]|"")*"/g, "Q");
}

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark", () => {
    const csv = toCsv(["a"], [["x"]]);
    expect(BOM).toBe("\uFEFF");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.charCodeAt(1)).toBe("a".charCodeAt(0));
  });

  it("leaves the byte-order mark out on request", () => {
    expect(toCsv(["a", "b"], [[1, 2]], { bom: false })).toBe("a,b\r\n1,2\r\n");
  });

  it("writes the exact RFC 4180 body, ending every record with CRLF", () => {
    expect(toCsv(["investor", "amount_usd"], [["Microsoft", 13000000000], ["Amazon", 15000000000]])).toBe(
      "\uFEFFinvestor,amount_usd\r\nMicrosoft,13000000000\r\nAmazon,15000000000\r\n",
    );
  });

  it("uses CRLF between records and never a bare LF or CR outside quoted fields", () => {
    const csv = toCsv(["text", "n"], [["line one\nline two", 1], ["carriage\rreturn", 2], ["both\r\nhere", 3], ["plain", 4]]);
    const bare = outsideQuotes(csv);
    expect(bare).toBe("\uFEFFtext,n\r\nQ,1\r\nQ,2\r\nQ,3\r\nplain,4\r\n");
    expect(bare.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("quotes fields with a comma, a quote or a line break, doubling quotes", () => {
    const csv = toCsv(["a", "b", "c", "d"], [["x,y", 'he said "hi"', "a\nb", "c\rd"]]);
    expect(csv).toBe('\uFEFFa,b,c,d\r\n"x,y","he said ""hi""","a\nb","c\rd"\r\n');
    expect(parse(csv)).toEqual([["a", "b", "c", "d"], ["x,y", 'he said "hi"', "a\nb", "c\rd"]]);
  });

  it("writes null as an empty field, never 0", () => {
    const csv = toCsv(["id", "amount_usd", "note"], [["msft-2021", null, null]]);
    expect(csv).toBe("\uFEFFid,amount_usd,note\r\nmsft-2021,,\r\n");
    expect(parse(csv)[1]).toEqual(["msft-2021", "", ""]);
  });

  it("writes non-finite numbers as empty fields", () => {
    expect(toCsv(["a", "b"], [[Number.NaN, Number.POSITIVE_INFINITY]], { bom: false })).toBe("a,b\r\n,\r\n");
  });

  it("writes numbers plainly: no currency, no separators, no exponent", () => {
    const csv = toCsv(["amount_usd", "term_years", "share"], [[13000000000, 8, 1.5], [250000000000, 0, 0.25]]);
    expect(csv).toBe("\uFEFFamount_usd,term_years,share\r\n13000000000,8,1.5\r\n250000000000,0,0.25\r\n");
    expect(csv).not.toContain("$13B");
    expect(csv).not.toContain("1.3e10");
    expect(csv).not.toContain("13,000,000,000");
  });

  it("leaves negative numbers untouched and unquoted", () => {
    const csv = toCsv(["delta"], [[-5], [-13000000000]]);
    expect(csv).toBe("\uFEFFdelta\r\n-5\r\n-13000000000\r\n");
    expect(parse(csv)).toEqual([["delta"], ["-5"], ["-13000000000"]]);
  });

  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"click\")"],
    ["+1+1"],
    ["-5"],
    ["-2+3"],
    ["@SUM(A1:A2)"],
    ["\tleading tab"],
    ["\rleading carriage return"],
    ["\nleading line feed"],
    // Full-width forms, which spreadsheets read as the ASCII ones.
    ["\uFF1D1+1"],
    ["\uFF0B1+1"],
    ["\uFF0D2+3"],
    ["\uFF20SUM(A1:A2)"],
    // A formula behind leading whitespace, a control or an invisible character.
    [" =1+1"],
    ["\u00A0=1+1"],
    ["\u3000\uFF1D1+1"],
    ["\u0000=1+1"],
    ["\u200B=1+1"],
    ["\uFEFF@cmd"],
    ["\u000B=1+1"],
    // Any other control character first.
    ["\u0000hidden"],
    ["\u001Funit separator"],
    ["\u0085next line"],
  ])("neutralises text that a spreadsheet would run as a formula: %j", (value) => {
    const csv = toCsv(["cell"], [[value]]);
    expect(parse(csv)).toEqual([["cell"], [`'${value}`]]);
    // Quoted, with any quote inside doubled.
    expect(csv).toBe(`\uFEFFcell\r\n"'${value.replace(/"/g, '""')}"\r\n`);
  });

  it("neutralises =HYPERLINK(...) to '=HYPERLINK(...)", () => {
    const csv = toCsv(["title"], [["=HYPERLINK(\"https://evil.example\")"]]);
    expect(parse(csv)[1][0]).toBe("'=HYPERLINK(\"https://evil.example\")");
  });

  it("neutralises formula text in the header too", () => {
    expect(toCsv(["=cmd"], [["x"]], { bom: false })).toBe("\"'=cmd\"\r\nx\r\n");
  });

  it("leaves text with = or a sign in the middle alone", () => {
    const csv = toCsv(["a", "b", "c"], [["a=b", "x+y", "gpt-oss-120b"]]);
    expect(csv).toBe("\uFEFFa,b,c\r\na=b,x+y,gpt-oss-120b\r\n");
  });

  it("quotes text with leading or trailing spaces so they survive", () => {
    const csv = toCsv(["a"], [[" padded "]]);
    expect(parse(csv)[1]).toEqual([" padded "]);
  });

  it("round-trips a realistic table through papaparse", () => {
    const header = ["investor", "announced", "amount_usd", "conditions", "sources", "source_urls"];
    const rows: CsvValue[][] = [
      ["Microsoft", "2019-07-22", 1000000000, null, "OpenAI, Microsoft invests in and partners with OpenAI, 2019-07-22", "https://openai.com/index/x/"],
      ["Microsoft", "2021", null, null, "GeekWire, 2023-01-23", ""],
      ["Amazon", "2026-02-27", 35000000000, "Triggered by an IPO filing, or a milestone; \"AGI\"?", "Tom's Hardware; Amazon", "https://a.example/1 https://b.example/2"],
    ];
    expect(parse(toCsv(header, rows))).toEqual([
      header,
      ["Microsoft", "2019-07-22", "1000000000", "", "OpenAI, Microsoft invests in and partners with OpenAI, 2019-07-22", "https://openai.com/index/x/"],
      ["Microsoft", "2021", "", "", "GeekWire, 2023-01-23", ""],
      ["Amazon", "2026-02-27", "35000000000", "Triggered by an IPO filing, or a milestone; \"AGI\"?", "Tom's Hardware; Amazon", "https://a.example/1 https://b.example/2"],
    ]);
  });

  it("throws when a row has fewer or more fields than the header", () => {
    expect(() => toCsv(["a", "b"], [["1", "2"], ["only one"]])).toThrow("CSV row 2 has 1 fields; the header has 2");
    expect(() => toCsv(["a"], [["1", "2"]])).toThrow("CSV row 1 has 2 fields; the header has 1");
  });

  // Regression: Papa.unparse wraps an empty `data` array as one empty row and already
  // ends the header with a newline; toCsv then adds its own CRLF, so an export of a table
  // filtered down to no rows ends with a blank record ("a,b\r\n\r\n").
  it("with no rows, the file is the header line alone", () => {
    expect(toCsv(["a", "b"], [])).toBe("\uFEFFa,b\r\n");
  });
});

describe("toTsv", () => {
  /** Splits tab-separated text as a spreadsheet's paste does: quoted fields may hold tabs, quotes and line breaks. */
  function paste(tsv: string): string[][] {
    expect(tsv.endsWith("\r\n")).toBe(true);
    const result = Papa.parse<string[]>(tsv.slice(0, -2), { delimiter: "\t", newline: "\r\n" });
    expect(result.errors).toEqual([]);
    return result.data;
  }

  it("writes a header line and a line per row, tab between fields, CRLF after each, no byte-order mark", () => {
    expect(toTsv(["investor", "amount_usd"], [["Microsoft", 13000000000], ["Amazon", 15000000000]])).toBe("investor\tamount_usd\r\nMicrosoft\t13000000000\r\nAmazon\t15000000000\r\n");
  });

  it("leaves an unknown value an empty cell, never 0, and numbers plain, negatives included", () => {
    expect(toTsv(["a", "b", "c"], [[null, -5, Number.NaN]])).toBe("a\tb\tc\r\n\t-5\t\r\n");
  });

  it("quotes a field with a tab, a quote or a line break, so it stays one cell", () => {
    const tsv = toTsv(["a", "b", "c"], [["x\ty", 'say "hi"', "line one\nline two"]]);
    expect(tsv).toBe('a\tb\tc\r\n"x\ty"\t"say ""hi"""\t"line one\nline two"\r\n');
    expect(paste(tsv)).toEqual([["a", "b", "c"], ["x\ty", 'say "hi"', "line one\nline two"]]);
  });

  it("keeps commas as they are: they are no separator here", () => {
    expect(toTsv(["a"], [["x, y"]])).toBe("a\r\nx, y\r\n");
  });

  it("neutralises formula text as the CSV does", () => {
    expect(paste(toTsv(["cell"], [["=HYPERLINK(\"https://evil.example\")"], ["+1"], ["@SUM(A1)"], ["-2+3"]])).slice(1)).toEqual([
      ["'=HYPERLINK(\"https://evil.example\")"],
      ["'+1"],
      ["'@SUM(A1)"],
      ["'-2+3"],
    ]);
  });

  it("with no rows, is the header line alone", () => {
    expect(toTsv(["a", "b"], [])).toBe("a\tb\r\n");
  });
});

describe("toCsv and toTsv against Papa Parse's writer", () => {
  // Our writer replaced Papa Parse's unparse for speed; it must write the same bytes.
  const hostile: CsvValue[] = [
    null, 0, -1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY, "", " ", "plain", " lead", "trail ", "a,b", "a\tb", 'say "hi"', "line\nbreak", "cr\rhere", "\uFEFFbom",
    "=1+1", "+x", "-x", "@x", "\uFF1Dx", "  =x", "\u0000=x", "\u0007x", "\u007Fx", "\u200B=x", "\u00A0x", "x=1", "'=x", "Zürich", "東京", "=\"q\",x", "\t",
  ];
  const rows: CsvValue[][] = [];
  for (let index = 0; index < hostile.length; index++) rows.push([hostile[index], hostile[(index * 7 + 3) % hostile.length], hostile[(index * 11 + 5) % hostile.length]]);
  const header = ["a", "=b", "c d "];
  const papa = (delimiter: string) => {
    const data = rows.map((row) => row.map((value) => (typeof value === "number" && !Number.isFinite(value) ? null : value)));
    return `${Papa.unparse({ fields: header, data }, { delimiter, newline: "\r\n", escapeFormulae: FORMULA_START, quotes: false, header: true })}\r\n`;
  };

  it("writes a CSV byte for byte as Papa Parse does", () => {
    expect(toCsv(header, rows)).toBe(`${BOM}${papa(",")}`);
  });

  it("writes tab-separated text byte for byte as Papa Parse does", () => {
    expect(toTsv(header, rows)).toBe(papa("\t"));
  });
});

describe("FORMULA_START", () => {
  it("matches each character a spreadsheet treats as the start of a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r", "\n"]) expect(FORMULA_START.test(`${start}x`)).toBe(true);
    for (const start of ["a", "1", " ", "'", "$"]) expect(FORMULA_START.test(`${start}x`)).toBe(false);
  });

  it("matches full-width forms and formulas behind whitespace or controls, not text with a sign inside", () => {
    for (const text of ["\uFF1Dx", "\uFF0Bx", "\uFF0Dx", "\uFF20x", "  =x", "\t\t+x", "\u0000=x", "\u0007x", "\u007Fx"]) expect(FORMULA_START.test(text)).toBe(true);
    for (const text of ["x=1", "  x", "\u00A0x", "x\u0000", "a\uFF1D", "'=x", "5-3"]) expect(FORMULA_START.test(text)).toBe(false);
  });
});

describe("csvFileName", () => {
  it("names the file after the table and the as-of date", () => {
    expect(csvFileName("openai", "deal-terms", "2026-06-23")).toBe("openai-stakes-deal-terms-2026-06-23.csv");
    expect(csvFileName("openai", "commitments", "2026-06-23")).toBe("openai-stakes-commitments-2026-06-23.csv");
  });

  it("lower-cases and dashes a slug with spaces or capitals", () => {
    expect(csvFileName("openai", "Deal Terms", "2026-06-23")).toBe("openai-stakes-deal-terms-2026-06-23.csv");
  });

  it("makes a hostile slug safe for a file name and a Content-Disposition header", () => {
    const name = csvFileName("openai", '../../etc/passwd"; x=\r\n', "2026-06-23");
    expect(name).toBe("openai-stakes-etc-passwd-x-2026-06-23.csv");
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });

  it("names a slug with nothing usable \"blank\", as the slug rule does everywhere", () => {
    expect(csvFileName("openai", "../!!", "2026-06-23")).toBe("openai-stakes-blank-2026-06-23.csv");
  });
});

describe("tableExportName", () => {
  it("gives the view and all rows different names, all rows keeping the name /api/ and the zip use", () => {
    expect(tableExportName("openai", "deal-terms", "2026-06-23", "csv", "all")).toBe(csvFileName("openai", "deal-terms", "2026-06-23"));
    expect(tableExportName("openai", "deal-terms", "2026-06-23", "csv", "view")).toBe("openai-stakes-deal-terms-view-2026-06-23.csv");
    expect(tableExportName("openai", "deal-terms", "2026-06-23", "xlsx", "all")).toBe("openai-stakes-deal-terms-2026-06-23.xlsx");
    expect(tableExportName("anthropic", "Deal Terms", "2026-06-23", "xlsx", "view")).toBe("anthropic-stakes-deal-terms-view-2026-06-23.xlsx");
  });
});

describe("datasetFileName", () => {
  it("names a download of every table after the lab and the as-of date", () => {
    expect(datasetFileName("openai", "2026-06-23", "zip")).toBe("openai-stakes-2026-06-23.zip");
    expect(datasetFileName("Open AI", "2026-06-23", "xlsx")).toBe("open-ai-stakes-2026-06-23.xlsx");
  });
});

describe("exportFileName", () => {
  it("names a chart export after its title, the as-of date and the format", () => {
    expect(exportFileName("openai", "Money both ways!", "2026-06-23", "png")).toBe("openai-stakes-money-both-ways-2026-06-23.png");
    expect(exportFileName("openai", "Money both ways!", "2026-06-23", "svg")).toBe("openai-stakes-money-both-ways-2026-06-23.svg");
    expect(exportFileName("openai", "Microsoft's & Amazon's stakes, over time", "2026-06-23", "csv")).toBe("openai-stakes-microsofts-amazons-stakes-over-time-2026-06-23.csv");
  });

  it("is what csvFileName gives for csv", () => {
    expect(exportFileName("openai", "Deal Terms", "2026-06-23", "csv")).toBe(csvFileName("openai", "Deal Terms", "2026-06-23"));
  });

  it("folds accents to their letters and drops other non-ASCII characters", () => {
    expect(exportFileName("openai", "Café — données", "2026-06-23", "png")).toBe("openai-stakes-cafe-donnees-2026-06-23.png");
    expect(exportFileName("openai", "--Already-dashed--", "2026-06-23", "zip")).toBe("openai-stakes-already-dashed-2026-06-23.zip");
  });
});
