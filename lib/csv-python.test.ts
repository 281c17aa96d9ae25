import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toCsv } from "./csv";

/**
 * Our CSV files read back by another implementation: Python's `csv` module, as pandas and
 * most scripts read them. Python also judges, with its own Unicode tables, whether each
 * cell it read would start a formula in a spreadsheet (a number, negative or not, does
 * not); none may. python3 must be on PATH:
 * this test does not skip.
 */
const READER = String.raw`
import csv, json, sys, unicodedata
FORMULA = set("=+-@\uFF1D\uFF0B\uFF0D\uFF20")
def runs(cell):
    try:
        float(cell)
        return False  # a number, such as a negative amount
    except ValueError:
        pass
    if cell and unicodedata.category(cell[0]) == "Cc":
        return True
    rest = cell.lstrip("".join(c for c in cell if c.isspace() or unicodedata.category(c) in ("Cc", "Cf")))
    return rest[:1] in FORMULA
with open(sys.argv[1], newline="", encoding="utf-8-sig") as file:
    rows = list(csv.reader(file, strict=True))
json.dump({"rows": rows, "runs": [cell for row in rows for cell in row if runs(cell)]}, sys.stdout)
`;

const dir = mkdtempSync(path.join(tmpdir(), "stakes-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readWithPython(csv: string): { rows: string[][]; runs: string[] } {
  const file = path.join(dir, "table.csv");
  writeFileSync(file, csv, "utf8");
  const python = spawnSync("python3", ["-c", READER, file], { encoding: "utf8" });
  if (python.error) throw python.error;
  expect(python.stderr).toBe("");
  expect(python.status).toBe(0);
  return JSON.parse(python.stdout) as { rows: string[][]; runs: string[] };
}

const HOSTILE = [
  '=HYPERLINK("http://example.invalid","click")',
  "+1+1",
  "-2+3",
  "@SUM(A1:A2)",
  "\uFF1D1+1",
  "\uFF0B1",
  "\uFF0D1",
  "\uFF20cmd",
  "  =1+1",
  "\u3000\uFF1D1+1",
  "\u0000=1+1",
  "\u200B=1+1",
  "\tTab first",
  "\r=1+1",
  "\nLine first",
  "\u0007bell",
];

describe("CSV read back by Python's csv module", () => {
  it("keeps every value, with formulas neutralised by a leading apostrophe", () => {
    const header = ["text", "amount_usd", "note"];
    const rows = HOSTILE.map((text, index) => [text, index % 2 === 0 ? -index : null, `row ${index}, "quoted"\r\nsecond line`]);
    const { rows: read, runs } = readWithPython(toCsv(header, rows));
    expect(runs).toEqual([]);
    expect(read).toEqual([
      header,
      ...HOSTILE.map((text, index) => [`'${text}`, index % 2 === 0 ? String(-index) : "", `row ${index}, "quoted"\r\nsecond line`]),
    ]);
  });

  it("leaves ordinary text and negative numbers as they are", () => {
    const { rows, runs } = readWithPython(toCsv(["a", "b", "c"], [["a=b", -5, "gpt-oss-120b"]]));
    expect(runs).toEqual([]);
    expect(rows).toEqual([["a", "b", "c"], ["a=b", "-5", "gpt-oss-120b"]]);
  });
});
