import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readBuildHashes } from "./build-hashes";

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A build folder holding only the given files. */
function buildDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "stakes-build-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const HASHES = JSON.stringify({ buildId: "abc", routes: { "/": ["sha256-x"] } });

describe("readBuildHashes", () => {
  it("returns the hashes of the build they were taken from", () => {
    expect(readBuildHashes(buildDir({ BUILD_ID: "abc\n", "csp-hashes.json": HASHES }))).toEqual({ hashes: { buildId: "abc", routes: { "/": ["sha256-x"] } } });
  });

  it("has none for a build made without the hashing step, for hashes of another build, or for no build", () => {
    expect(readBuildHashes(buildDir({ BUILD_ID: "abc" })).problem).toMatch(/has no csp-hashes\.json/);
    expect(readBuildHashes(buildDir({ BUILD_ID: "def", "csp-hashes.json": HASHES })).problem).toMatch(/belongs to another build/);
    // The old format, routes at the top level, names no build.
    expect(readBuildHashes(buildDir({ BUILD_ID: "abc", "csp-hashes.json": JSON.stringify({ "/": [] }) })).problem).toMatch(/another build/);
    expect(readBuildHashes(buildDir({ BUILD_ID: "abc", "csp-hashes.json": "{" })).problem).toMatch(/has no csp-hashes\.json/);
    expect(readBuildHashes(buildDir({})).problem).toMatch(/holds no build/);
  });
});

describe("npm start on a build without its hashes", () => {
  it("refuses to serve it", () => {
    const dir = buildDir({ BUILD_ID: "abc" });
    const serve = spawnSync("node", ["scripts/serve.mjs", "--no-build", "-H", "127.0.0.1", "-p", "0"], {
      encoding: "utf8",
      env: { ...process.env, STAKES_DIST_DIR: dir },
      timeout: 60_000,
    });
    expect(serve.status).toBe(1);
    expect(serve.stderr).toContain(`Not serving: the build in ${dir} has no csp-hashes.json`);
  });
});
