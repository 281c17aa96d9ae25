// `npm start`: build when there is no build yet or a source file changed since the last
// one, then serve the production build on http://localhost:3000 (PORT to change it).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const distDir = process.env.STAKES_DIST_DIR || ".next";
const buildId = path.join(distDir, "BUILD_ID");
const SOURCES = ["app", "components", "lib", "data", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A build without csp-hashes.json came from `next build` alone or from `npm run export`
// (which always builds through .next): not one to serve.
const complete = existsSync(path.join(distDir, "csp-hashes.json"));
const built = existsSync(buildId) && complete ? statSync(buildId).mtimeMs : 0;
const changed = Math.max(...SOURCES.map(newestChange));
// The data directory can live outside the project (STAKES_DATA_DIR): always rebuild then.
if (built === 0 || changed > built || process.env.STAKES_DATA_DIR) {
  console.log(built === 0 ? "No build yet: building first." : "Sources changed since the last build: rebuilding.");
  run("npm", ["run", "build"]);
}
run("npx", ["next", "start", "-p", process.env.PORT || "3000"]);
