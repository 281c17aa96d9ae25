// A large data set for `npm run bench`: a copy of data/ whose deal-terms.json holds many
// valid rows (same schema, existing source ids, parties and categories), in no particular
// order, so a sort has real work to do. Seeded, so every run builds the same rows. Each row
// takes its grade, sources and per-figure grades together from one real row, so the build's
// grading rules pass for the same reason they pass on the real data.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pick, seededRandom as random } from "../lib/random";
import type { DealTerm, Meta } from "../lib/schema";

const pad = (value: number) => String(value).padStart(2, "0");

/** A date between 2015-01-01 and asOf, mostly to the day, some to the month or year only. */
function partialDate(next: () => number, asOf: string): string {
  const from = Date.parse("2015-01-01");
  const day = new Date(from + next() * (Date.parse(asOf) - from));
  const [year, month, date] = [day.getUTCFullYear(), pad(day.getUTCMonth() + 1), pad(day.getUTCDate())];
  const precision = next();
  if (precision < 0.05) return String(year);
  if (precision < 0.2) return `${year}-${month}`;
  return `${year}-${month}-${date}`;
}

/** `count` deal terms built from the shapes of the real ones. */
export function generateDealTerms(real: DealTerm[], asOf: string, count: number, seed = 20260623): DealTerm[] {
  const next = random(seed);
  // Each pair keeps its lab, so the rows land on the page of the lab the real ones are on.
  const parties = [...new Set(real.map((row) => `${row.lab}\u0000${row.party}\u0000${row.counterparty}`))].map((pair) => pair.split("\u0000"));
  const categories = [...new Set(real.map((row) => row.category))];
  const texts = real.map((row) => row.text.replace(/\.$/, ""));
  return Array.from({ length: count }, (_, index) => {
    const [lab, party, counterparty] = pick(next, parties);
    const graded = pick(next, real);
    return {
      id: `bench-term-${String(index + 1).padStart(5, "0")}`,
      lab,
      confidence: graded.confidence,
      confidenceNote: graded.confidenceNote,
      sourceIds: graded.sourceIds,
      quotes: graded.quotes,
      grades: graded.grades,
      date: partialDate(next, asOf),
      party,
      counterparty,
      category: pick(next, categories),
      text: `${pick(next, texts)} (benchmark variant ${index + 1}).`,
    };
  });
}

/** Copies every file of `fromDir` into `toDir`, then replaces deal-terms.json with `count` generated rows of the home page's lab. */
export function writeLargeDataDir(fromDir: string, toDir: string, count: number): void {
  for (const entry of readdirSync(fromDir, { withFileTypes: true })) {
    if (entry.isFile()) copyFileSync(path.join(fromDir, entry.name), path.join(toDir, entry.name));
  }
  // Every generated row is the home page's lab's, so the table on `/` holds all of them.
  const labs = JSON.parse(readFileSync(path.join(fromDir, "labs.json"), "utf8")) as { id: string; path: string | null }[];
  const home = labs.find((lab) => lab.path === "/")?.id;
  const real = (JSON.parse(readFileSync(path.join(fromDir, "deal-terms.json"), "utf8")) as DealTerm[]).filter((row) => row.lab === home);
  const meta = JSON.parse(readFileSync(path.join(fromDir, "meta.json"), "utf8")) as Meta;
  const rows = generateDealTerms(real, meta.asOf, count);
  writeFileSync(path.join(toDir, "deal-terms.json"), `${JSON.stringify(rows, null, 2)}\n`);
}
