// After `next build`: hash the inline scripts of every prerendered page into
// <distDir>/csp-hashes.json ({ "/": ["sha256-…"], "/embed/money-both-ways": […] }),
// which proxy.ts turns into each page's Content-Security-Policy.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes, routeOfHtmlFile } from "../lib/csp";
import { htmlFiles } from "./html-files";

const distDir = process.env.STAKES_DIST_DIR || ".next";
const hashes = Object.fromEntries(
  Object.entries(htmlFiles(path.join(distDir, "server", "app"))).map(([file, html]) => [routeOfHtmlFile(file), inlineScriptHashes(html)]),
);
writeFileSync(path.join(distDir, "csp-hashes.json"), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`CSP: hashed the inline scripts of ${Object.keys(hashes).length} pages into ${distDir}/csp-hashes.json`);
