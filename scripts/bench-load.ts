// Server load for `npm run bench`: autocannon against `npm start` (Next behind its request
// guard) and, as the reference, the very same bytes behind a plain static file server
// (`serve`), so the ratio shows what the Next server costs over writing a file to a socket.
// Requests ask for compression as browsers do; each server compresses in its own way.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { start, stop, waitForHttp } from "./bench-processes";

export const CONNECTIONS = 64;
const ACCEPT_ENCODING = "gzip, deflate, br";

export interface Load {
  requestsPerSecond: number;
  p99Ms: number;
  /** Socket errors (timeouts included, as autocannon counts them), timeouts, and non-2xx answers. */
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface LoadPair {
  next: Load;
  static: Load;
}

export async function load(url: string, seconds: number): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { "accept-encoding": ACCEPT_ENCODING } });
  if (result["2xx"] === 0) throw new Error(`autocannon ${url}: no successful response (${result.errors} errors, ${result.non2xx} non-2xx)`);
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The exact bodies of the pages, as files a static server can serve. */
export async function saveBodies(dir: string, files: Record<string, string>): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const [file, url] of Object.entries(files)) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    writeFileSync(path.join(dir, file), new Uint8Array(await response.arrayBuffer()));
  }
}

/**
 * Loads each of `paths` on the Next server, then the same bodies (saved under `files`) on
 * `serve`, one after the other so that the two never share the machine's cores.
 */
export async function loadNextAndStatic(
  nextBase: string,
  targets: { path: string; file: string }[],
  staticDir: string,
  staticPort: number,
  seconds: number,
): Promise<Record<string, LoadPair>> {
  await saveBodies(staticDir, Object.fromEntries(targets.map((target) => [target.file, new URL(target.path, nextBase).href])));
  const nextLoads: Record<string, Load> = {};
  for (const target of targets) {
    console.log(`  autocannon npm start ${target.path} (${CONNECTIONS} connections, ${seconds} s)`);
    nextLoads[target.path] = await load(new URL(target.path, nextBase).href, seconds);
  }

  const staticBase = `http://127.0.0.1:${staticPort}/`;
  const server = start(
    "serve",
    "npx",
    ["serve", staticDir, "--listen", `tcp://127.0.0.1:${staticPort}`, "--no-clipboard", "--no-port-switching"],
    { port: staticPort },
  );
  try {
    await waitForHttp(staticBase, server);
    const pairs: Record<string, LoadPair> = {};
    for (const target of targets) {
      const url = new URL(target.file === "index.html" ? "/" : `/${target.file}`, staticBase).href;
      console.log(`  autocannon serve ${new URL(url).pathname} (${CONNECTIONS} connections, ${seconds} s)`);
      pairs[target.path] = { next: nextLoads[target.path], static: await load(url, seconds) };
    }
    return pairs;
  } finally {
    await stop(server);
  }
}
