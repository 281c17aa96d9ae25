import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * `<distDir>/csp-hashes.json`, written by `npm run build` after `next build`: the hashes of
 * each prerendered page's inline scripts, and the id of the build they were taken from.
 * Hashes from another build (or none) must never be trusted: the policy then fails closed
 * (no inline script runs) and `npm start` rebuilds or refuses to serve.
 */
export const HASHES_FILE = "csp-hashes.json";

export interface BuildHashes {
  buildId: string;
  /** `{ "/": ["sha256-…"], "/embed/money-both-ways": […] }` */
  routes: Record<string, string[]>;
}

/** The hashes of the build in `distDir`, or why there are none that fit it. */
export function readBuildHashes(distDir: string): { hashes: BuildHashes; problem?: undefined } | { hashes?: undefined; problem: string } {
  let buildId: string;
  try {
    buildId = readFileSync(path.join(/*turbopackIgnore: true*/ distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return { problem: `${distDir} holds no build` };
  }
  let hashes: Partial<BuildHashes>;
  try {
    hashes = JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ distDir, HASHES_FILE), "utf8")) as Partial<BuildHashes>;
  } catch {
    return { problem: `the build in ${distDir} has no ${HASHES_FILE} (made by \`next build\` without \`npm run build\`'s hashing step)` };
  }
  if (hashes.buildId !== buildId || typeof hashes.routes !== "object" || hashes.routes === null) {
    return { problem: `${distDir}/${HASHES_FILE} belongs to another build than ${distDir}/BUILD_ID (${buildId})` };
  }
  return { hashes: { buildId, routes: hashes.routes } };
}
