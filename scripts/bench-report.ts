// The report of `npm run bench`: one Markdown table (figure | value | target | met?) and
// docs/PERFORMANCE.md around it. Only some figures have a target; the rest are reported.
import type { TableTimings } from "./bench-browser";
import type { PageBytes } from "./bench-bytes";
import type { LighthouseRun } from "./bench-lighthouse";
import type { LoadPair } from "./bench-load";
import { OPEN_TARGET_MS, type OpenTimings } from "./bench-open";

export interface Row {
  figure: string;
  value: string;
  target: string;
  met: string;
}

export interface Results {
  lighthouse: LighthouseRun[];
  bytes: PageBytes;
  loads: Record<string, LoadPair>;
  connections: number;
  seconds: number;
  tables: { label: string; rows: number; timings: TableTimings }[];
  /** A generated CSV opened in /open, from the file picker to its first rows painted. */
  open?: OpenTimings;
}

export interface Context {
  date: string;
  machine: string;
  commit: string;
  command: string;
}

/** /open's figure: a file picked to its first rows painted, against the 3 s. */
export function openRow(open: OpenTimings): Row {
  return checked(
    `/open: ${open.rows.toLocaleString("en-US")}-row CSV (${(open.bytes / 1024 / 1024).toFixed(1)} MiB) picked → first rows painted (median of ${open.ms.length})`,
    `${ms(open.medianMs)} (runs: ${open.ms.map((run) => Math.round(run)).join(", ")})`,
    `≤ ${ms(OPEN_TARGET_MS)}`,
    open.medianMs <= OPEN_TARGET_MS,
  );
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value: number) => `${Math.round(value).toLocaleString("en-US")} ms`;
const kib = (value: number) => `${value.toFixed(1)} KiB`;
const perSecond = (value: number) => Math.round(value).toLocaleString("en-US");

function checked(figure: string, value: string, target: string, met: boolean): Row {
  return { figure, value, target, met: met ? "yes" : "**no**" };
}

function reported(figure: string, value: string): Row {
  return { figure, value, target: "reported", met: "—" };
}

function lighthouseRows(runs: LighthouseRun[]): Row[] {
  const of = (key: keyof LighthouseRun) => runs.map((run) => run[key]);
  const spread = (values: number[], format: (value: number) => string) => ` (runs: ${values.map(format).join(", ")})`;
  const scoreRow = (label: string, key: keyof LighthouseRun, target: number, atLeast: boolean) => {
    const value = median(of(key));
    const range = atLeast ? `≥ ${target}` : `${target}`;
    return checked(`Lighthouse ${label} (mobile, median of ${runs.length})`, `${value}${spread(of(key), String)}`, range, value >= target);
  };
  const tbt = median(of("tbtMs"));
  const cls = median(of("cls"));
  return [
    scoreRow("performance", "performance", 100, false),
    scoreRow("accessibility", "accessibility", 100, false),
    scoreRow("best practices", "bestPractices", 100, false),
    scoreRow("SEO", "seo", 100, false),
    reported("Largest Contentful Paint (Lighthouse, median)", `${ms(median(of("lcpMs")))}${spread(of("lcpMs"), ms)}`),
    checked("Total Blocking Time (Lighthouse, median)", `${ms(tbt)}${spread(of("tbtMs"), ms)}`, "≤ 50 ms", tbt <= 50),
    // Lighthouse reports CLS to three places; 0 is what it shows as 0.000.
    checked("Cumulative Layout Shift (Lighthouse, median)", `${cls.toFixed(3)}${spread(of("cls"), (value) => value.toFixed(3))}`, "0", cls < 0.0005),
  ];
}

/** The targets the page is held to (issue 13), also enforced as budgets by e2e/budgets.spec.ts. */
export const HTML_KIB = 25;
export const FIRST_LOAD_JS_KIB = 150;

function bytesRows(bytes: PageBytes): Row[] {
  return [
    checked(`First-load JS of / (gzip, ${bytes.scripts} scripts)`, kib(bytes.jsKib), `≤ ${FIRST_LOAD_JS_KIB} KiB`, bytes.jsKib <= FIRST_LOAD_JS_KIB),
    reported(`CSS of / (gzip, ${bytes.stylesheets} stylesheet${bytes.stylesheets === 1 ? "" : "s"})`, kib(bytes.cssKib)),
    checked("HTML of / (gzip)", kib(bytes.htmlKib), `≤ ${HTML_KIB} KiB`, bytes.htmlKib <= HTML_KIB),
  ];
}

function loadRows(path: string, pair: LoadPair, connections: number, seconds: number): Row[] {
  const under = `${connections} connections, ${seconds} s, compressed`;
  const count = (value: number) => value.toLocaleString("en-US");
  const failures = (load: LoadPair["next"]) => `${count(load.errors)} errors, ${count(load.timeouts)} timeouts, ${count(load.non2xx)} non-2xx`;
  return [
    reported(`\`npm start\` ${path}: requests/s (${under})`, perSecond(pair.next.requestsPerSecond)),
    reported(`\`npm start\` ${path}: p99 latency`, ms(pair.next.p99Ms)),
    reported(`\`npm start\` ${path}: failures`, failures(pair.next)),
    reported(`static server, same bytes as ${path}: requests/s`, perSecond(pair.static.requestsPerSecond)),
    reported(`static server, same bytes as ${path}: p99 latency`, ms(pair.static.p99Ms)),
    reported(`static server, same bytes as ${path}: failures`, failures(pair.static)),
    reported(`${path}: requests/s, next ÷ static`, `${(pair.next.requestsPerSecond / pair.static.requestsPerSecond).toFixed(2)}×`),
  ];
}

/** Interaction targets, for the generated tables (the real one is reported beside them). */
const SORT_MS = 100;
const SEARCH_MS = 100;
const EXPORT_MS = 300;

function tableRows(label: string, timings: TableTimings, targeted: boolean): Row[] {
  const runs = (values: number[]) => ` (runs: ${values.map((value) => Math.round(value).toLocaleString("en-US")).join(", ")})`;
  const timed = (figure: string, values: number[], target: number) => {
    const value = median(values);
    const text = `${ms(value)}${runs(values)}`;
    return targeted ? checked(figure, text, `≤ ${target} ms`, value <= target) : reported(figure, text);
  };
  const sortMs = timings.sort.map((sample) => sample.ms);
  const directions = [...new Set(timings.sort.map((sample) => sample.direction))].join(" and ");
  return [
    timed(`Sort click → sorted rows painted, ${label} (${directions}, median of ${sortMs.length})`, sortMs, SORT_MS),
    timed(`Search keystroke → filtered rows painted, ${label} (median of ${timings.searchMs.length})`, timings.searchMs, SEARCH_MS),
    timed(`Export click → CSV file saved, ${label} (median of ${timings.exportMs.length})`, timings.exportMs, EXPORT_MS),
    reported(`JS heap after load (after a garbage collection), ${label}`, `${timings.heapMib.toFixed(1)} MiB`),
  ];
}

export function reportRows(results: Results): Row[] {
  return [
    ...lighthouseRows(results.lighthouse),
    ...bytesRows(results.bytes),
    ...Object.entries(results.loads).flatMap(([path, pair]) => loadRows(path, pair, results.connections, results.seconds)),
    ...results.tables.flatMap(({ label, timings }, index) => tableRows(label, timings, index > 0)),
    ...(results.open ? [openRow(results.open)] : []),
  ];
}

export function markdownTable(rows: Row[]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(["figure", "value", "target", "met?"]), "|---|---|---|---|", ...rows.map((row) => line([row.figure, row.value, row.target, row.met]))].join("\n");
}

export function performanceDoc(context: Context, rows: Row[]): string {
  return `# Performance

- **Date**: ${context.date}
- **Machine**: ${context.machine}
- **Commit**: ${context.commit}
- **Command**: \`${context.command}\`

${markdownTable(rows)}

## How to read this

Noisy numbers are reported, never asserted: Lighthouse scores and timings, throughput,
latency and click timings move with the machine and with whatever else runs on it, so
\`npm run bench\` exits 0 when one misses its target (it fails only when a step itself
fails), and CI does not run it. The deterministic budgets (first-load JS, CSS size,
accessibility violations) are enforced by \`npm test\`, in \`e2e/budgets.spec.ts\` and
\`e2e/a11y.spec.ts\`.

What each figure is: Lighthouse 12.2.3 with its defaults (mobile form factor, simulated
throttling) against \`next start\`, the median of each figure over the runs. First-load
bytes: every \`<script src>\` and \`<link rel="stylesheet">\` in the HTML of \`/\`, each
counted once, gzipped at level 9. Load: autocannon, asking for compression as a browser
does (\`Accept-Encoding: gzip, deflate, br\`), against \`npm start\` (Next behind its request
guard, which compresses each distinct body once), then against \`serve\` holding the exact
bodies \`npm start\` returned (it compresses each response anew), one at a time; a ratio
below 1 is what the Next server costs over serving a file. Errors include timeouts (10 s). Sort: timed in the page from just
before a click on the Deal terms table's Date header to the second animation frame after
its first row changes (the sorted rows are painted by then); clicks cycle ascending,
descending, unsorted, and only those that sort and move the first row count. Export: from
the click to Playwright's download saved to disk, so the CSV code's first load is in the
first run. Search: timed in the page from one input event that puts a query into the Deal
terms table's empty search box to the second animation frame after its row count changes
(the first query also works out every row's search text, which later ones reuse). Heap:
Chromium's JS heap in use once the live table has loaded, after a forced garbage collection.
The targets for sort, search and export (≤ 100, 100 and 300 ms) are checked on the generated
tables; the real table's figures are reported beside them. The large data sets are data/
with deal-terms.json replaced by generated rows of the home page's lab (same schema, the
real sources): 10,000 and 100,000 of them, each in a build of its own.
`;
}
