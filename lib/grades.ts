import type { Confidence, Dispute, FigureGrade, Source, SourceTier } from "./schema";

/**
 * The grading rules of the fact sheet, stated once: the validator checks every grade in
 * `data/` against them and the page's confidence legend is written from them, so the two
 * cannot drift. Pure, no zod: the legend's client code may import it.
 */

/** Strongest first. */
export const CONFIDENCE_ORDER: Confidence[] = ["confirmed", "reported", "unconfirmed"];

/** The weakest of some grades; "confirmed" when there are none. */
export function weakestGrade(levels: Confidence[]): Confidence {
  return levels.reduce<Confidence>((worst, level) => (CONFIDENCE_ORDER.indexOf(level) > CONFIDENCE_ORDER.indexOf(worst) ? level : worst), "confirmed");
}

/**
 * The strongest of some grades: what a claim any one of them supports can be graded ("this
 * cloud sells these models" rests on its best row). "unconfirmed" when there are none.
 */
export function strongestGrade(levels: Confidence[]): Confidence {
  return levels.reduce<Confidence>((best, level) => (isStronger(level, best) ? level : best), "unconfirmed");
}

export function isStronger(a: Confidence, b: Confidence): boolean {
  return CONFIDENCE_ORDER.indexOf(a) < CONFIDENCE_ORDER.indexOf(b);
}

/** Tiers whose stories count toward "reported" and, independent and unhedged, toward "confirmed". */
const PRESS: SourceTier[] = ["major", "trade"];

export const RULES = {
  /** Independent, unhedged major or trade publishers that together confirm a figure. */
  confirmingPress: 2,
  /** Major or trade sources that make a figure reported. */
  reportingPress: 1,
} as const;

export const TIER_MEANINGS: Record<SourceTier, string> = {
  primary: "the company's own filing, press release, blog or product documentation",
  major: "a major news organisation (Reuters, Bloomberg, CNBC, the FT, the WSJ and the like)",
  trade: "a trade publication (TechCrunch, The Verge, Tom's Hardware, TechTarget and the like)",
  secondary: "anything else, copies of other outlets' stories and summaries of company posts included",
};

/** The legend, in words, from the same rules the validator applies. */
export const GRADE_MEANINGS: Record<Confidence, string> = {
  confirmed: `A primary source states it, or at least ${RULES.confirmingPress} independent major or trade publishers state it without hedging.`,
  reported: `At least ${RULES.reportingPress === 1 ? "one" : RULES.reportingPress} major or trade source states it, but not enough to confirm it.`,
  unconfirmed: "Only secondary sources state it, or sources conflict and no primary source settles it.",
};

export const GRADE_NOTES = [
  "A story republished elsewhere counts once, under the tier of the host it was read on.",
  "Hedged wording (\u201creportedly\u201d, \u201caccording to people familiar\u201d) makes a figure reported at most.",
  "A source not read in a stored copy supports no grade.",
  "A row\u2019s grade is the weakest of its figures\u2019 grades.",
];

export interface Allowed {
  grade: Confidence;
  /** The supporting sources with their tiers, for the validator's message. */
  basis: string;
}

/** The strongest grade a figure's sources allow under the rules. */
export function allowedGrade(figure: Pick<FigureGrade, "sourceIds" | "hedged" | "dispute">, sources: Map<string, Source>, disputes: Map<string, Dispute>): Allowed {
  const read = figure.sourceIds.map((id) => sources.get(id)).filter((source): source is Source => source !== undefined && !source.notReRead);
  const basis = read.map((source) => `${source.id} ${source.tier}${figure.hedged.includes(source.id) ? ", hedged" : ""}`).join("; ") || "no source states it";
  const primary = read.filter((source) => source.tier === "primary");
  if (figure.dispute !== null) {
    // A conflict leaves a figure unconfirmed unless a primary source among its own settles it.
    const settledBy = disputes.get(figure.dispute)?.settledBy ?? null;
    return { grade: settledBy !== null && primary.some((source) => source.id === settledBy) ? "confirmed" : "unconfirmed", basis: `${basis}; disputed (${figure.dispute})` };
  }
  if (primary.length > 0) return { grade: "confirmed", basis };
  const press = read.filter((source) => PRESS.includes(source.tier));
  // A copy of another source's text is that source again.
  const independent = new Set(press.filter((source) => !figure.hedged.includes(source.id)).map((source) => source.sameTextAs ?? source.id));
  if (independent.size >= RULES.confirmingPress) return { grade: "confirmed", basis };
  if (press.length >= RULES.reportingPress) return { grade: "reported", basis };
  return { grade: "unconfirmed", basis };
}

interface GradedRow {
  id: string;
  confidence: Confidence;
  sourceIds: string[];
  grades: Record<string, FigureGrade>;
}

/**
 * Every way a row claims more than its sources allow, as `field: message` (the caller adds
 * file and row): a figure graded above what its sources allow, a figure citing a source
 * the row does not list, a row whose grade is not the weakest of its figures', and a row
 * without per-figure grades graded above what all its sources together allow.
 */
export function gradeProblems(row: GradedRow, sources: Map<string, Source>, disputes: Map<string, Dispute>): string[] {
  const problems: string[] = [];
  const figures = Object.entries(row.grades);
  for (const [name, figure] of figures) {
    figure.sourceIds.forEach((id, j) => {
      if (!row.sourceIds.includes(id)) problems.push(`grades.${name}.sourceIds.${j}: "${id}" is not among the row's sourceIds`);
    });
    if (figure.dispute !== null && !disputes.has(figure.dispute)) problems.push(`grades.${name}.dispute: unknown dispute id "${figure.dispute}"`);
    const allowed = allowedGrade(figure, sources, disputes);
    if (isStronger(figure.confidence, allowed.grade)) {
      problems.push(`grades.${name}: claims ${figure.confidence} but its sources allow ${allowed.grade} (${allowed.basis})`);
    }
  }
  if (figures.length > 0) {
    const weakest = weakestGrade(figures.map(([, figure]) => figure.confidence));
    if (row.confidence !== weakest) problems.push(`confidence: is ${row.confidence} but the weakest of its figures is ${weakest}`);
  } else {
    const allowed = allowedGrade({ sourceIds: row.sourceIds, hedged: [], dispute: null }, sources, disputes);
    if (isStronger(row.confidence, allowed.grade)) problems.push(`confidence: claims ${row.confidence} but its sources allow ${allowed.grade} (${allowed.basis})`);
  }
  return problems;
}

/** "date reported; amount confirmed" where a row's figures differ in grade, else null. */
export function figureGradeNote(grades: Record<string, FigureGrade>): string | null {
  const entries = Object.entries(grades);
  if (new Set(entries.map(([, figure]) => figure.confidence)).size < 2) return null;
  return entries.map(([name, figure]) => `${name} ${figure.confidence}`).join("; ");
}

/** A figure's own grade where its row's figures differ in grade (so the row's grade alone would mislead), else null. */
export function distinctFigureGrade(grades: Record<string, Pick<FigureGrade, "confidence">>, figure: string): Confidence | null {
  const levels = new Set(Object.values(grades).map((grade) => grade.confidence));
  return levels.size > 1 ? (grades[figure]?.confidence ?? null) : null;
}
