// `npm run bench`: builds the site into a folder of its own (.next-bench), serves it with
// `npm start` (scripts/serve.mjs) and measures it: Lighthouse (mobile, median of 3), the first-load bytes of
// `/`, throughput and p99 latency under load next to a static server holding the same
// bytes, and the time from a sort click, a search keystroke or an export click to its result
// and the JS heap, on the real data and on 10,000 and 100,000 generated deal terms
// (.next-bench-10k, .next-bench-100k). Prints one Markdown table and writes
// docs/PERFORMANCE.md. The figures are noisy, so they are reported, not asserted: a missed
// target still exits 0; only a step that fails exits non-zero. Every process it starts is
// stopped at the end, on error and on Ctrl-C too. BENCH_SECONDS shortens the load runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
import { tableTimings, type TableTimings } from "./bench-browser";
import { build, serveBuild } from "./bench-build";
import { openTimings } from "./bench-open";
import { pageBytes } from "./bench-bytes";
import { writeLargeDataDir } from "./bench-data";
import { lighthouseRuns } from "./bench-lighthouse";
import { CONNECTIONS, loadNextAndStatic } from "./bench-load";
import { assertRunning, killAllNow, portInUse, stop, stopAll } from "./bench-processes";
import { markdownTable, performanceDoc, reportRows, type Results } from "./bench-report";

// BENCH_PORT moves all three, for a machine where another checkout's servers use 3400-3402.
const PORT = Number(process.env.BENCH_PORT) || 3400;
const LARGE_PORT = PORT + 1;
const STATIC_PORT = PORT + 2;
const DIST_DIR = ".next-bench";
/** Generated deal terms, each size in a build of its own (.next-bench-10k, .next-bench-100k). */
// BENCH_SIZES=10000 measures the 10,000-row table only (the 100,000-row build takes many minutes here).
const LARGE_SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : [10_000, 100_000];
// 100,000 deal terms are about 75 MB of JSON, over the data files' 10 MiB limit: the bench's builds raise it.
const LARGE_FILE_BYTES = 256 * 1024 * 1024;
const largeDistDir = (rows: number) => `.next-bench-${rows / 1000}k`;
const LIGHTHOUSE_RUNS = 3;
const DOC = path.join("docs", "PERFORMANCE.md");

const cleanups: (() => void | Promise<void>)[] = [];
const onCleanup = (cleanup: () => void | Promise<void>) => cleanups.push(cleanup);

const startedAt = performance.now();

function elapsed(): string {
  const seconds = Math.round((performance.now() - startedAt) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

function step(message: string): void {
  console.log(`\n▶ [${elapsed()}] ${message}`);
}

function loadSeconds(): number {
  const raw = process.env.BENCH_SECONDS;
  if (raw === undefined || raw === "") return 20;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1) throw new Error(`BENCH_SECONDS must be a whole number of seconds ≥ 1, not "${raw}"`);
  return seconds;
}

async function assertPortsFree(ports: number[]): Promise<void> {
  for (const port of ports) {
    if (await portInUse(port)) throw new Error(`port ${port} is in use: stop whatever listens there, so that the bench measures its own server`);
  }
}

function commit(): string {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  return git.status === 0 ? git.stdout.trim() : "unknown (not a git checkout)";
}

function machine(browserVersion: string): string {
  const cpus = os.cpus();
  const memory = (os.totalmem() / 2 ** 30).toFixed(1);
  return `${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${memory} GiB, ${os.type()} ${os.release()}; Node ${process.version}; Chromium ${browserVersion}`;
}

async function launchBrowser(): Promise<Browser> {
  // Signals are the bench's to handle: it closes the browser with everything else.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  onCleanup(() => browser.close());
  return browser;
}

async function measure(temp: string, seconds: number): Promise<{ results: Results; browserVersion: string }> {
  step(`Building the site into ${DIST_DIR}/`);
  await build(DIST_DIR);
  const large = LARGE_SIZES.map((rows) => ({ rows, distDir: largeDistDir(rows), dataDir: path.join(temp, `data-${rows}`) }));
  for (const { rows, distDir, dataDir } of large) {
    step(`Building ${rows.toLocaleString("en-US")} generated deal terms into ${distDir}/`);
    mkdirSync(dataDir);
    writeLargeDataDir("data", dataDir, rows);
    await build(distDir, { STAKES_DATA_DIR: dataDir, STAKES_MAX_FILE_BYTES: String(LARGE_FILE_BYTES) });
  }

  step(`Serving ${DIST_DIR}/ with npm start on port ${PORT}`);
  const base = `http://127.0.0.1:${PORT}/`;
  const server = await serveBuild(DIST_DIR, PORT);
  step("First-load bytes of /");
  const bytes = await pageBytes(base);
  step(`Lighthouse, ${LIGHTHOUSE_RUNS} runs`);
  assertRunning(server);
  const lighthouse = await lighthouseRuns(base, LIGHTHOUSE_RUNS, temp);
  step("Throughput and latency");
  assertRunning(server);
  const targets = [
    { path: "/", file: "index.html" },
    { path: "/api/data.json", file: "data.json" },
  ];
  const loads = await loadNextAndStatic(base, targets, path.join(temp, "static"), STATIC_PORT, seconds);

  step("Sort, search and export timings, real data");
  const browser = await launchBrowser();
  assertRunning(server);
  const real = await tableTimings(browser, base);
  step("Open your own deals: a generated 100,000-row CSV through /open's file picker");
  assertRunning(server);
  const open = await openTimings(browser, base);
  await stop(server);

  const realRows = (JSON.parse(readFileSync("data/deal-terms.json", "utf8")) as unknown[]).length;
  // A table of thousands draws only the rows in view (see components/table/data-table.tsx);
  // sorting, search and exports still cover every row, so the label gives both.
  const drawn = (timings: TableTimings) => (timings.rows < timings.total ? `, ${timings.rows.toLocaleString("en-US")} drawn` : "");
  const tables = [{ label: `real data, ${realRows} rows${drawn(real)}`, rows: realRows, timings: real }];
  for (const { rows, distDir, dataDir } of large) {
    step(`Sort, search and export timings, ${rows.toLocaleString("en-US")} rows (npm start on port ${LARGE_PORT})`);
    const largeServer = await serveBuild(distDir, LARGE_PORT, { STAKES_DATA_DIR: dataDir, STAKES_MAX_FILE_BYTES: String(LARGE_FILE_BYTES) });
    const timings = await tableTimings(browser, `http://127.0.0.1:${LARGE_PORT}/`);
    await stop(largeServer);
    tables.push({ label: `${rows.toLocaleString("en-US")} generated rows${drawn(timings)}`, rows, timings });
  }
  return { results: { lighthouse, bytes, loads, connections: CONNECTIONS, seconds, tables, open }, browserVersion: browser.version() };
}

async function main(): Promise<void> {
  const seconds = loadSeconds();
  await assertPortsFree([PORT, LARGE_PORT, STATIC_PORT]);
  const temp = mkdtempSync(path.join(os.tmpdir(), "stakes-bench-"));
  onCleanup(() => rmSync(temp, { recursive: true, force: true }));

  const { results, browserVersion } = await measure(temp, seconds);
  const rows = reportRows(results);
  const context = {
    date: new Date().toISOString(),
    machine: machine(browserVersion),
    commit: commit(),
    command: process.env.BENCH_SECONDS ? `BENCH_SECONDS=${seconds} npm run bench` : "npm run bench",
  };
  mkdirSync(path.dirname(DOC), { recursive: true });
  writeFileSync(DOC, performanceDoc(context, rows));
  console.log(`\n${markdownTable(rows)}\n\nWritten to ${DOC} after ${elapsed()}.`);
}

let finishing: Promise<never> | undefined;

/** Stops every process the bench started, closes the browser, deletes the temp folder, exits. */
function finish(code: number): Promise<never> {
  finishing ??= (async () => {
    await stopAll();
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`bench: cleanup failed: ${(error as Error).message}`);
      }
    }
    process.exit(code);
  })();
  return finishing;
}

function interrupted(signal: NodeJS.Signals, code: number): void {
  if (finishing) {
    killAllNow();
    process.exit(code);
  }
  console.error(`\nbench: ${signal}: stopping everything it started…`);
  void finish(code);
}

process.on("SIGINT", () => interrupted("SIGINT", 130));
process.on("SIGTERM", () => interrupted("SIGTERM", 143));

main().then(
  () => finish(0),
  (error: unknown) => {
    if (finishing) return; // interrupted: the failure is the interruption's
    console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
    return finish(1);
  },
);
