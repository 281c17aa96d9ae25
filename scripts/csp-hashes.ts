// After `next build`: hash the inline scripts of every prerendered page into
// <distDir>/csp-hashes.json ({ buildId, routes: { "/": ["sha256-…"], … } }), which
// proxy.ts turns into each page's Content-Security-Policy and `npm start` checks.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HASHES_FILE, type BuildHashes } from "../lib/build-hashes";
import { inlineScriptHashes, routeOfHtmlFile } from "../lib/csp";
import { htmlFiles } from "./html-files";

const distDir = process.env.STAKES_DIST_DIR || ".next";
const routes = Object.fromEntries(
  Object.entries(htmlFiles(path.join(distDir, "server", "app"))).map(([file, html]) => [routeOfHtmlFile(file), inlineScriptHashes(html)]),
);
const hashes: BuildHashes = { buildId: readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim(), routes };
writeFileSync(path.join(distDir, HASHES_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`CSP: hashed the inline scripts of ${Object.keys(routes).length} pages into ${distDir}/${HASHES_FILE}`);
