import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dataDirectory, loadDataset, readRawFiles } from "./load-data";
import { dataFiles } from "./schema";
import { DataError } from "./validate-data";

const FIXTURE = fileURLToPath(new URL("./test/fixtures/valid", import.meta.url));
const REAL_DATA = path.join(process.cwd(), "data");

/** The problems a call reports, or a failure if it does not throw a DataError. */
function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  throw new Error("expected a DataError");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let tempDirs: string[] = [];

/** A temporary copy of the valid fixture, removed after the test. */
function tempCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "stakes-data-"));
  tempDirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs = [];
});

describe("loadDataset", () => {
  it("loads and validates the valid fixture folder", () => {
    const dataset = loadDataset(FIXTURE);
    expect(dataset.meta.subject).toBe("OpenAI");
    expect(dataset.commitments.map((row) => row.id)).toEqual(["msft-2019", "msft-total", "amzn-2026-conditional", "amzn-2026-upfront"]);
    expect(dataset.sources).toHaveLength(3);
  });

  it("returns the same parsed data set on a second call for the same folder", () => {
    expect(loadDataset(FIXTURE)).toBe(loadDataset(FIXTURE));
  });

  it("throws a DataError naming the file that is not valid JSON", () => {
    const dir = tempCopy();
    writeFileSync(path.join(dir, "commitments.json"), '[{ "id": "msft-2019", }', "utf8");
    const problems = problemsOf(() => loadDataset(dir));
    expect(problems).toHaveLength(1);
    // Outside the project the label is the absolute path.
    expect(problems[0]).toMatch(new RegExp(`^${escapeRegExp(dir)}/commitments\\.json: not valid JSON \\(.+\\)$`));
  });

  it("reports every file that is not valid JSON, not just the first", () => {
    const dir = tempCopy();
    writeFileSync(path.join(dir, "meta.json"), "", "utf8");
    writeFileSync(path.join(dir, "events.json"), "{ not json", "utf8");
    const problems = problemsOf(() => loadDataset(dir));
    expect(problems.map((problem) => problem.replace(/ \(.*\)$/s, ""))).toEqual([`${dir}/meta.json: not valid JSON`, `${dir}/events.json: not valid JSON`]);
  });

  it("reports missing files by name", () => {
    const dir = tempCopy();
    rmSync(path.join(dir, "channels.json"));
    expect(problemsOf(() => loadDataset(dir))).toEqual([`${dir}/channels.json: file is missing`]);
  });

  it("reports every file of an empty folder as missing", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "stakes-empty-"));
    tempDirs.push(dir);
    expect(problemsOf(() => loadDataset(dir))).toEqual(Object.values(dataFiles).map((spec) => `${dir}/${spec.file}: file is missing`));
  });

  it("passes schema problems through with the file, row and field", () => {
    const dir = tempCopy();
    const file = path.join(dir, "commitments.json");
    const rows = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>[];
    rows[2].amountUsd = "35B";
    writeFileSync(file, JSON.stringify(rows), "utf8");
    expect(problemsOf(() => loadDataset(dir))).toEqual([`${dir}/commitments.json: row 3 (amzn-2026-conditional): amountUsd: expected number or null`]);
  });

  it("labels files inside the project relative to it", () => {
    const relative = path.relative(process.cwd(), FIXTURE);
    expect(relative).toBe(path.join("lib", "test", "fixtures", "valid"));
    const raw = readRawFiles(FIXTURE, relative);
    expect(Object.keys(raw).sort()).toEqual(Object.keys(dataFiles).sort());
  });
});

describe("readRawFiles", () => {
  it("leaves a missing file out rather than throwing", () => {
    const dir = tempCopy();
    rmSync(path.join(dir, "meta.json"));
    const raw = readRawFiles(dir, "x");
    expect("meta" in raw).toBe(false);
    expect(Array.isArray(raw.commitments)).toBe(true);
  });

  it("labels an invalid JSON file with the label it is given", () => {
    const dir = tempCopy();
    writeFileSync(path.join(dir, "sources.json"), "[", "utf8");
    const problems = problemsOf(() => readRawFiles(dir, "fixture"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^fixture\/sources\.json: not valid JSON \(.+\)$/);
  });
});

describe("dataDirectory", () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.STAKES_DATA_DIR;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.STAKES_DATA_DIR;
    else process.env.STAKES_DATA_DIR = saved;
  });

  it("is data/ in the project by default", () => {
    delete process.env.STAKES_DATA_DIR;
    expect(dataDirectory()).toBe(REAL_DATA);
  });

  it("honours STAKES_DATA_DIR, resolved to an absolute path", () => {
    process.env.STAKES_DATA_DIR = "lib/test/fixtures/valid";
    expect(dataDirectory()).toBe(FIXTURE);
    process.env.STAKES_DATA_DIR = FIXTURE;
    expect(dataDirectory()).toBe(FIXTURE);
  });

  it("ignores an empty STAKES_DATA_DIR", () => {
    process.env.STAKES_DATA_DIR = "";
    expect(dataDirectory()).toBe(REAL_DATA);
  });

  it("is what loadDataset reads by default", () => {
    process.env.STAKES_DATA_DIR = FIXTURE;
    expect(loadDataset().meta.title).toBe("Fixture: who has money in OpenAI");
  });
});

describe("the e2e hostile fixture folder", () => {
  it("validates, so the end-to-end build on it starts from valid data", () => {
    const dataset = loadDataset(path.join(process.cwd(), "e2e/fixtures/hostile"));
    expect(dataset.commitments.length).toBeGreaterThan(0);
    expect(dataset.labs.find((lab) => lab.path === "/")?.name).toBe("OpenAI");
  });
});

describe("the real data/ folder", () => {
  it("validates with no problems", () => {
    const dataset = loadDataset(REAL_DATA);
    expect(dataset.meta.subject).toBe("OpenAI");
    expect(dataset.meta.currency).toBe("USD");
    expect(dataset.meta.asOf).toBe("2026-12-01");
    expect(dataset.sources.length).toBeGreaterThan(0);
    expect(dataset.commitments.length).toBeGreaterThan(0);
  });

  it("links only https URLs", () => {
    const { sources } = loadDataset(REAL_DATA);
    const urls = sources.flatMap((source) => (source.url === null ? [] : [source.url]));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      expect(new URL(url).protocol).toBe("https:");
      expect(new URL(url).hostname).toMatch(/\./);
    }
  });
});
