// Lighthouse for `npm run bench`: the CLI (12.2.3) with its defaults, i.e. the mobile form
// factor and simulated throttling, run several times in a row on the system Chromium; the
// median of each figure is what counts, since one run alone is noise.
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
import { run } from "./bench-processes";

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** The part of a Lighthouse result (LHR) read here. */
interface Lhr {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

const CHROME_FLAGS = ["--headless", "--no-sandbox", ...CHROMIUM_ARGS].join(" ");

function score(lhr: Lhr, category: string): number {
  const value = lhr.categories[category]?.score;
  if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${category} score`);
  return Math.round(value * 100);
}

function metric(lhr: Lhr, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no ${audit} value`);
  return value;
}

export function readRun(file: string): LighthouseRun {
  const lhr = JSON.parse(readFileSync(file, "utf8")) as Lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return {
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    bestPractices: score(lhr, "best-practices"),
    seo: score(lhr, "seo"),
    lcpMs: metric(lhr, "largest-contentful-paint"),
    tbtMs: metric(lhr, "total-blocking-time"),
    cls: metric(lhr, "cumulative-layout-shift"),
  };
}

export async function lighthouseRuns(url: string, count: number, outDir: string): Promise<LighthouseRun[]> {
  const chrome = chromiumPath() ?? chromium.executablePath();
  const runs: LighthouseRun[] = [];
  for (let i = 1; i <= count; i++) {
    console.log(`  Lighthouse run ${i} of ${count}`);
    const file = path.join(outDir, `lighthouse-${i}.json`);
    await run("lighthouse", "npx", ["lighthouse", url, "--output=json", `--output-path=${file}`, "--quiet", `--chrome-flags=${CHROME_FLAGS}`], {
      env: { CHROME_PATH: chrome },
      // chrome-launcher starts Chrome in a group of its own and stops it on SIGINT.
      stopSignal: "SIGINT",
    });
    runs.push(readRun(file));
  }
  return runs;
}
