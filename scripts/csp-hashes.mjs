// After `next build`: the SHA-256 of every inline <script> in each prerendered page, so the
// Content-Security-Policy can allow exactly those scripts instead of 'unsafe-inline'.
// Writes <distDir>/csp-hashes.json: { "/": ["sha256-…", …], "/embed/money-both-ways": […] }.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1].length > 0) hashes.add(`sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** Route path of an exported or prerendered HTML file: index.html -> /, embed/x.html -> /embed/x. */
export function routeOf(relative) {
  const route = `/${relative.replace(/\\/g, "/").replace(/\.html$/, "").replace(/(^|\/)index$/, "")}`;
  return route === "/" ? "/" : route.replace(/\/$/, "");
}

export function collectHashes(root) {
  const result = {};
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".html")) result[routeOf(path.relative(root, full))] = inlineScriptHashes(readFileSync(full, "utf8"));
    }
  };
  walk(root);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.env.STAKES_DIST_DIR || ".next";
  const hashes = collectHashes(path.join(distDir, "server", "app"));
  writeFileSync(path.join(distDir, "csp-hashes.json"), `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(`CSP: hashed the inline scripts of ${Object.keys(hashes).length} pages into ${distDir}/csp-hashes.json`);
}
