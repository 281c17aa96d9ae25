import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allowedGrade, figureGradeNote, gradeProblems, GRADE_MEANINGS, strongestGrade, weakestGrade } from "./grades";
import type { Dispute, FigureGrade, Source, SourceTier } from "./schema";
import { validRaw } from "./test/valid-raw";
import { DataError, validateDataset } from "./validate-data";

const source = (id: string, tier: SourceTier, flags: Partial<Source> = {}): Source => ({
  id,
  publisher: `Publisher ${id}`,
  tier,
  sameTextAs: null,
  mirror: false,
  notReRead: false,
  title: null,
  url: null,
  date: null,
  note: null,
  ...flags,
});

const SOURCES = new Map(
  [
    source("filing", "primary"),
    source("mirror", "primary", { mirror: true }),
    source("wire", "major"),
    source("wire-copy", "major", { sameTextAs: "wire" }),
    source("paper", "major"),
    source("trade-a", "trade"),
    source("trade-b", "trade"),
    source("blog", "secondary"),
    source("unread", "major", { notReRead: true }),
  ].map((entry) => [entry.id, entry]),
);
const dispute = (id: string, settledBy: string | null): Dispute => ({
  id,
  figure: "a figure",
  values: [
    { value: "one", sourceIds: ["wire"] },
    { value: "two", sourceIds: ["blog"] },
  ],
  resolution: "one",
  settledBy,
});
const DISPUTES = new Map([dispute("open", null), dispute("settled", "filing")].map((entry) => [entry.id, entry]));

const grade = (sourceIds: string[], hedged: string[] = [], disputeId: string | null = null) => allowedGrade({ sourceIds, hedged, dispute: disputeId }, SOURCES, DISPUTES).grade;

describe("allowedGrade: the fact sheet's rules", () => {
  it("rule 1: a primary source confirms, a mirror-hosted one too", () => {
    expect(grade(["filing"])).toBe("confirmed");
    expect(grade(["mirror", "blog"])).toBe("confirmed");
  });

  it("rule 1: two independent, unhedged major or trade publishers confirm; one does not", () => {
    expect(grade(["wire", "trade-a"])).toBe("confirmed");
    expect(grade(["trade-a", "trade-b"])).toBe("confirmed");
    expect(grade(["trade-a"])).toBe("reported");
  });

  it("a copy of another source's text counts once", () => {
    expect(grade(["wire", "wire-copy"])).toBe("reported");
    expect(grade(["wire", "wire-copy", "paper"])).toBe("confirmed");
  });

  it("hedged wording supports reported at most", () => {
    expect(grade(["trade-a", "trade-b"], ["trade-a"])).toBe("reported");
    expect(grade(["trade-a", "trade-b"], ["trade-a", "trade-b"])).toBe("reported");
  });

  it("rule 2 and 3: one major or trade source reports; secondary sources alone, or none, leave it unconfirmed", () => {
    expect(grade(["paper", "blog"])).toBe("reported");
    expect(grade(["blog"])).toBe("unconfirmed");
    expect(grade([])).toBe("unconfirmed");
  });

  it("a source not read in a stored copy supports nothing", () => {
    expect(grade(["unread"])).toBe("unconfirmed");
    expect(grade(["unread", "trade-a"])).toBe("reported");
  });

  it("rule 4: a disputed figure is unconfirmed unless a primary source of its own settles the dispute", () => {
    expect(grade(["wire", "paper"], [], "open")).toBe("unconfirmed");
    expect(grade(["filing"], [], "open")).toBe("unconfirmed");
    expect(grade(["filing"], [], "settled")).toBe("confirmed");
    expect(grade(["wire", "paper"], [], "settled")).toBe("unconfirmed");
  });
});

describe("gradeProblems", () => {
  const figure = (confidence: FigureGrade["confidence"], sourceIds: string[]): FigureGrade => ({ confidence, sourceIds, hedged: [], dispute: null });

  it("accepts a figure graded weaker than its sources allow: the check is one-directional", () => {
    expect(gradeProblems({ id: "r", confidence: "unconfirmed", sourceIds: ["filing"], grades: { amount: figure("unconfirmed", ["filing"]) } }, SOURCES, DISPUTES)).toEqual([]);
  });

  it("rule 5: a row's grade is the weakest of its figures'", () => {
    const grades = { amount: figure("confirmed", ["filing"]), date: figure("reported", ["paper"]) };
    expect(gradeProblems({ id: "r", confidence: "reported", sourceIds: ["filing", "paper"], grades }, SOURCES, DISPUTES)).toEqual([]);
    expect(gradeProblems({ id: "r", confidence: "unconfirmed", sourceIds: ["filing", "paper"], grades }, SOURCES, DISPUTES)).toEqual([
      "confidence: is unconfirmed but the weakest of its figures is reported",
    ]);
  });

  it("names the figure, the claim, what is allowed and the sources with their tiers", () => {
    expect(gradeProblems({ id: "r", confidence: "confirmed", sourceIds: ["trade-a"], grades: { amount: figure("confirmed", ["trade-a"]) } }, SOURCES, DISPUTES)).toEqual([
      "grades.amount: claims confirmed but its sources allow reported (trade-a trade)",
    ]);
  });

  it("says which figures differ in grade, and nothing when they agree", () => {
    expect(figureGradeNote({ date: figure("reported", []), amount: figure("confirmed", []) })).toBe("date reported; amount confirmed");
    expect(figureGradeNote({ date: figure("confirmed", []), amount: figure("confirmed", []) })).toBeNull();
  });

  it("strongestGrade takes the strongest, and unconfirmed of nothing", () => {
    expect(strongestGrade(["unconfirmed", "reported", "unconfirmed"])).toBe("reported");
    expect(strongestGrade(["reported", "confirmed"])).toBe("confirmed");
    expect(strongestGrade([])).toBe("unconfirmed");
  });

  it("weakestGrade takes the weakest, and confirmed of nothing", () => {
    expect(weakestGrade(["confirmed", "unconfirmed", "reported"])).toBe("unconfirmed");
    expect(weakestGrade([])).toBe("confirmed");
  });

  it("writes the legend from the same numbers the rules use", () => {
    expect(GRADE_MEANINGS.confirmed).toContain("at least 2 independent major or trade publishers");
  });
});

// Each fixture breaks one rule on otherwise valid data; the build must fail, naming file, row and field.
const BROKEN = fileURLToPath(new URL("./test/fixtures/broken-grades/", import.meta.url));

interface Breakage {
  description: string;
  expect: string;
  sources: unknown[];
  commitments: Record<string, Record<string, unknown>>;
  disputes: unknown[];
}

describe("broken-grade fixtures", () => {
  const files = readdirSync(BROKEN).filter((name) => name.endsWith(".json"));

  it("cover every rule", () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  it.each(files)("%s fails validation with its message", (name) => {
    const breakage = JSON.parse(readFileSync(`${BROKEN}${name}`, "utf8")) as Breakage;
    const raw = validRaw();
    (raw.sources as unknown[]).push(...breakage.sources);
    (raw.disputes as unknown[]).push(...breakage.disputes);
    for (const row of raw.commitments as Record<string, unknown>[]) Object.assign(row, breakage.commitments[row.id as string] ?? {});
    let problems: string[] = [];
    try {
      validateDataset(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      problems = (error as DataError).problems;
    }
    expect(problems).toEqual([breakage.expect]);
  });
});
