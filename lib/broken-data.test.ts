import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { readRawFiles } from "./load-data";
import { MAX_FILE_BYTES, MAX_TEXT_LENGTH } from "./raw-text";
import { DataError, validateDataset, type RawFiles } from "./validate-data";

/**
 * The broken-data fixtures in test/fixtures/broken/: each names edits to the valid fixture
 * and the exact problems the validator must report, read from files as the build reads
 * them. Those too large to keep in the repository are generated below.
 */
const VALID = fileURLToPath(new URL("./test/fixtures/valid", import.meta.url));
const BROKEN = fileURLToPath(new URL("./test/fixtures/broken", import.meta.url));

interface Edit {
  file: string;
  /** 1-based, as the messages count; left out for meta.json, which is one object. */
  row?: number;
  set: Record<string, unknown>;
}

interface BrokenFixture {
  why: string;
  edits: Edit[];
  problems: string[];
}

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the valid fixture with `edits` applied, as a folder of files. */
function brokenCopy(edits: Edit[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "stakes-broken-"));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  for (const edit of edits) {
    const file = path.join(dir, edit.file);
    const data = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown> | Record<string, unknown>[];
    Object.assign(Array.isArray(data) ? data[edit.row! - 1] : data, edit.set);
    writeFileSync(file, JSON.stringify(data, null, 2));
  }
  return dir;
}

/** What validating raw files reports (labelled `data`, as the build labels data/). */
function problemsOf(raw: RawFiles): string[] {
  try {
    validateDataset(raw, "data");
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  throw new Error("expected a DataError");
}

/** What reading and validating the folder reports, as the build would. */
function problemsIn(dir: string): string[] {
  try {
    return problemsOf(readRawFiles(dir, "data"));
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
}

const fixtures = readdirSync(BROKEN)
  .filter((name) => name.endsWith(".json"))
  .map((name) => [name, JSON.parse(readFileSync(path.join(BROKEN, name), "utf8")) as BrokenFixture] as const);

describe("broken-data fixtures", () => {
  it("there are fixtures to run", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
  });

  it.each(fixtures)("%s", (_, fixture) => {
    expect(problemsIn(brokenCopy(fixture.edits))).toEqual(fixture.problems);
  });
});

describe("generated broken data", () => {
  it("a file of 20,000 junk rows: every problem named by file, row and field, no stack overflow", () => {
    const dir = brokenCopy([]);
    const junk = Array.from({ length: 20_000 }, (_, index) => ({ id: `junk-${index}`, x: index }));
    writeFileSync(path.join(dir, "events.json"), JSON.stringify(junk));
    const problems = problemsIn(dir);
    // Each row lacks its required fields and has one unknown one.
    expect(problems.length).toBeGreaterThan(100_000);
    expect(problems).toContain("data/events.json: row 1 (junk-0): x: unknown field");
    expect(problems).toContain("data/events.json: row 20000 (junk-19999): title: expected text");
  });

  it("a file over the size limit is refused before it is read, with its size", () => {
    const dir = brokenCopy([]);
    writeFileSync(path.join(dir, "deal-terms.json"), `[${" ".repeat(MAX_FILE_BYTES)}]`);
    expect(problemsIn(dir)).toEqual([`data/deal-terms.json: file of 10,485,762 bytes; at most 10,485,760 are allowed`]);
  });

  it("a text field over the length limit", () => {
    const dir = brokenCopy([{ file: "deal-terms.json", row: 1, set: { text: "x".repeat(MAX_TEXT_LENGTH + 1) } }]);
    expect(problemsIn(dir)).toEqual([
      "data/deal-terms.json: row 1 (2019-07-22-msft-exclusive-cloud): text: text of 10,001 characters; at most 10,000 are allowed",
    ]);
  });

  it("a 50 MB text field handed to the validator directly", () => {
    const raw = readRawFiles(brokenCopy([]), "data");
    (raw.meta as Record<string, unknown>).note = "y".repeat(50 * 1024 * 1024);
    expect(problemsOf(raw)).toEqual(["data/meta.json: note: text of 52,428,800 characters; at most 10,000 are allowed"]);
  });

  it("the error's message lists the first problems and counts the rest", () => {
    const problems = Array.from({ length: 250 }, (_, index) => `data/x.json: problem ${index + 1}`);
    const message = new DataError(problems).message;
    expect(message.split("\n")).toHaveLength(102);
    expect(message).toContain("data/x.json: problem 100\n  … and 150 more");
    expect(message).not.toContain("problem 101");
  });
});
