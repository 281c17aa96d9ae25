// Production builds and servers for `npm run bench`, each in a folder of its own
// (STAKES_DIST_DIR) so that the bench never touches `.next` or the e2e suite's builds.
// `next build` adds its folder's type paths to tsconfig.json and points next-env.d.ts at
// it; the bench puts both back, so that a benchmark leaves the working tree as it was.
import { readFileSync, writeFileSync } from "node:fs";
import { run, start, waitForHttp, type Child } from "./bench-processes";

const TSCONFIG = "tsconfig.json";
const NEXT_ENV = "next-env.d.ts";

interface TsConfig {
  include?: string[];
  exclude?: string[];
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

const ownPath = (distDir: string) => (entry: string) => entry !== distDir && !entry.startsWith(`${distDir}/`);

/**
 * Removes the build folder's entries from tsconfig.json, keeping its formatting (Next writes
 * it as 2-space JSON); any other change (someone else's) stays. Restores next-env.d.ts when
 * it now points at the bench's folder.
 */
export function undoBuildEdits(distDir: string, nextEnvBefore: string | null): void {
  const text = readText(TSCONFIG);
  if (text !== null && text.includes(`"${distDir}/`)) {
    const config = JSON.parse(text) as TsConfig;
    const newline = text.endsWith("\n") ? "\n" : "";
    if (JSON.stringify(config, null, 2) + newline === text) {
      if (config.include) config.include = config.include.filter(ownPath(distDir));
      if (config.exclude) config.exclude = config.exclude.filter(ownPath(distDir));
      writeFileSync(TSCONFIG, JSON.stringify(config, null, 2) + newline);
    } else {
      console.warn(`bench: ${TSCONFIG} now lists ${distDir}/ but is not in Next's format; left as it is`);
    }
  }
  const nextEnv = readText(NEXT_ENV);
  if (nextEnvBefore !== null && nextEnv !== null && nextEnv.includes(`./${distDir}/`)) writeFileSync(NEXT_ENV, nextEnvBefore);
}

/** `npm run build` (Next, then the CSP hashes) into `distDir`. */
export async function build(distDir: string, env: Record<string, string> = {}): Promise<void> {
  const nextEnvBefore = readText(NEXT_ENV);
  try {
    await run(`npm run build (${distDir})`, "npm", ["run", "build"], { env: { ...env, STAKES_DIST_DIR: distDir } });
  } finally {
    undoBuildEdits(distDir, nextEnvBefore);
  }
}

/** What `npm start` serves (scripts/serve.mjs), on 127.0.0.1:port for the build in `distDir`, once it answers. */
export async function serveBuild(distDir: string, port: number, env: Record<string, string> = {}): Promise<Child> {
  const server = start(`npm start (${distDir})`, "node", ["scripts/serve.mjs", "--no-build", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...env, STAKES_DIST_DIR: distDir },
    port,
  });
  await waitForHttp(`http://127.0.0.1:${port}/`, server);
  return server;
}
