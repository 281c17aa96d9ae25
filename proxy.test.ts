import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const saved = { dist: process.env.STAKES_DIST_DIR, env: process.env.NODE_ENV };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "stakes-proxy-"));
  process.env.STAKES_DIST_DIR = dir;
  vi.stubEnv("NODE_ENV", "production");
  vi.resetModules();
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (saved.dist === undefined) delete process.env.STAKES_DIST_DIR;
  else process.env.STAKES_DIST_DIR = saved.dist;
  vi.unstubAllEnvs();
});

async function policyOf(url: string): Promise<string> {
  const { proxy } = await import("./proxy");
  return proxy(new NextRequest(url)).headers.get("Content-Security-Policy") ?? "";
}

describe("proxy", () => {
  it("lists the page's own hashes from its build", async () => {
    writeFileSync(path.join(dir, "BUILD_ID"), "b1");
    writeFileSync(path.join(dir, "csp-hashes.json"), JSON.stringify({ buildId: "b1", routes: { "/": ["sha256-one"], "/_not-found": ["sha256-nf"] } }));
    expect(await policyOf("http://localhost/")).toContain("script-src 'self' 'sha256-one';");
    expect(await policyOf("http://localhost/nowhere")).toContain("script-src 'self' 'sha256-nf';");
    expect(await policyOf("http://localhost/embed/x")).toContain("frame-ancestors *");
  });

  it("fails closed on a build without hashes: no inline script at all, never 'unsafe-inline'", async () => {
    writeFileSync(path.join(dir, "BUILD_ID"), "b1");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const policy = await policyOf("http://localhost/");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain("unsafe-inline'; style");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("has no csp-hashes.json"));
    errors.mockRestore();
  });

  it("fails closed on hashes left from another build", async () => {
    writeFileSync(path.join(dir, "BUILD_ID"), "b2");
    writeFileSync(path.join(dir, "csp-hashes.json"), JSON.stringify({ buildId: "b1", routes: { "/": ["sha256-one"] } }));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await policyOf("http://localhost/")).toContain("script-src 'self';");
    errors.mockRestore();
  });
});
