import { weakestGrade } from "./grades";
import { amountGrade, headlineInvestors, summariseBacker } from "./headline";
import type { Confidence, Dataset, FigureGrade, Quote } from "./schema";
import { slugify } from "./slug";

/**
 * Each backer's money per lab: what it has committed without conditions, what depends on
 * conditions, how many of its commitments are undisclosed, and the weakest grade of the
 * amounts counted, summed by the same rule as the headline figures (a total counts once,
 * never its tranches as well; context rows never). Pure: the whole data set in.
 */
export interface BackingRow {
  id: string;
  lab: string;
  labName: string;
  investor: string;
  /** Null where every amount counted is undisclosed: unknown, never $0. */
  firmUsd: number | null;
  conditionalUsd: number | null;
  upToUsd: number | null;
  /** Commitments counted whose amount was never disclosed: where there are any, the sum is a floor. */
  undisclosed: number;
  confidence: Confidence;
  confidenceNote: string | null;
  grades: Record<string, FigureGrade>;
  sourceIds: string[];
  quotes: Quote[];
}

/** One row per backer and lab it backs, for `backers` (all backers when none are named), labs in data order. */
export function backingRows(all: Dataset, backers?: string[]): BackingRow[] {
  return all.labs.flatMap((lab) => {
    const commitments = all.commitments.filter((row) => row.lab === lab.id);
    return headlineInvestors(commitments, lab.name)
      .filter((investor) => backers === undefined || backers.includes(investor))
      .map((investor): BackingRow => {
        const summary = summariseBacker(commitments, investor, lab.name);
        const known = summary.counted.some((row) => row.amountUsd !== null);
        const ids = new Set(summary.counted.map((row) => row.id));
        // The figure rests on the counted rows and on the tranches inside a counted total.
        const basis = commitments.filter((row) => ids.has(row.id) || (row.partOf !== null && row.tranche !== "funded" && ids.has(row.partOf)));
        return {
          id: `${slugify(investor)}-${lab.id}`,
          lab: lab.id,
          labName: lab.name,
          investor,
          firmUsd: known ? summary.firmUsd : null,
          conditionalUsd: known ? summary.conditionalUsd : null,
          upToUsd: known ? summary.upToUsd : null,
          undisclosed: summary.undisclosed.length,
          // The grade of the sum; where no amount is known, of the undisclosed amounts themselves.
          confidence: known ? summary.confidence : weakestGrade(summary.counted.map(amountGrade)),
          confidenceNote: summary.undisclosed.length > 0 ? "a floor: some amounts undisclosed" : null,
          grades: {},
          sourceIds: [...new Set(basis.flatMap((row) => row.sourceIds))],
          quotes: [],
        };
      });
  });
}
