// `npm run export`: the whole site as static files in out/, for any static host or CDN,
// with out/serve.json carrying the security headers (per-page script hashes included)
// for `npx serve out`; other hosts take the same headers from that file.
// Next builds an export through .next whatever distDir says, so this replaces the build
// `npm start` serves; `npm start` notices and rebuilds.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes, serveConfig } from "../lib/csp";
import { htmlFiles } from "./html-files";

const outDir = "out";
const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, STAKES_EXPORT: "1", STAKES_DIST_DIR: outDir } });
if (build.status !== 0) process.exit(build.status ?? 1);

const hashes = Object.fromEntries(Object.entries(htmlFiles(outDir)).map(([file, html]) => [file, inlineScriptHashes(html)]));
writeFileSync(path.join(outDir, "serve.json"), `${JSON.stringify(serveConfig(hashes), null, 2)}\n`);
console.log(`Static site in ${outDir}/ (${Object.keys(hashes).length} pages); serve it with: npx serve ${outDir}`);
