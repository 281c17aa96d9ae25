// `npm start`: build when there is no complete build yet or a source file changed since the
// last one, then serve the production build on http://localhost:3000.
//
//   node scripts/serve.mjs [-H host] [-p port] [--no-build]
//
// PORT also sets the port. --no-build serves the build as it is (the end-to-end suite
// builds first), and refuses to start if it is not complete.
//
// Next serves through its programmatic API, behind a small guard (lib/request-guard.ts):
// Next answers some malformed requests with 500 and no security headers, and cannot be
// configured not to, so the guard answers those itself with 400 or 405, and gives every
// response the security headers before Next adds each page's own. It also compresses,
// each distinct body once, and answers repeat requests for prerendered pages from memory
// (lib/compression-cache.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { createJiti } from "jiti";
import next from "next";

const { values: options } = parseArgs({
  options: {
    hostname: { type: "string", short: "H", default: "localhost" },
    port: { type: "string", short: "p", default: process.env.PORT || "3000" },
    "no-build": { type: "boolean", default: false },
  },
});

const jiti = createJiti(import.meta.url);
const { readBuildHashes } = await jiti.import("../lib/build-hashes.ts");
const { baseHeaders, refusal } = await jiti.import("../lib/request-guard.ts");
const { withCompressionCache } = await jiti.import("../lib/compression-cache.ts");

const distDir = process.env.STAKES_DIST_DIR || ".next";
const SOURCES = ["app", "components", "lib", "data", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, name)));
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function refuse(problem) {
  console.error(`Not serving: ${problem}. Run \`npm run build\`, or \`npm start\` without --no-build.`);
  process.exit(1);
}

// A build whose script hashes are missing or belong to another build (`next build` alone,
// or `npm run export`, which always builds through .next) is never served: its pages'
// policy could only allow every inline script, or none.
const hashes = readBuildHashes(distDir);
if (!options["no-build"]) {
  const built = hashes.problem === undefined ? statSync(path.join(distDir, "BUILD_ID")).mtimeMs : 0;
  // The data directory can live outside the project (STAKES_DATA_DIR): always rebuild then.
  if (built === 0 || Math.max(...SOURCES.map(newestChange)) > built || process.env.STAKES_DATA_DIR) {
    console.log(built === 0 ? `No complete build (${hashes.problem}): building first.` : "Sources changed since the last build: rebuilding.");
    run("npm", ["run", "build"]);
  }
}
const problem = readBuildHashes(distDir).problem;
if (problem !== undefined) refuse(problem);

const port = Number(options.port);
const app = next({ dev: false, dir: process.cwd(), hostname: options.hostname, port });
// next.config.ts turns Next's own compression off: it would gzip every response anew.
const handle = withCompressionCache(app.getRequestHandler());
await app.prepare();

const server = createServer((request, response) => {
  const refused = refusal(request.method, request.url);
  if (refused) {
    response.writeHead(refused.status, refused.headers);
    response.end(request.method === "HEAD" ? undefined : refused.body);
    return;
  }
  for (const [name, value] of baseHeaders(request.url.replace(/[?#].*$/s, ""))) response.setHeader(name, value);
  handle(request, response);
});

// What Node's HTTP parser refuses (a malformed request line or header) gets the headers too.
const rawHeaders = (status, reason) =>
  [`HTTP/1.1 ${status} ${reason}`, ...baseHeaders("/").map(([name, value]) => `${name}: ${value}`), "Content-Length: 0", "Connection: close", "", ""].join("\r\n");
// Node's own statuses are kept where it has one: 431 for a request line or headers too long.
const PARSER_STATUS = { HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large"], ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout"] };
server.on("clientError", (error, socket) => {
  if (!socket.writable || error.code === "ECONNRESET") return socket.destroy();
  socket.end(rawHeaders(...(PARSER_STATUS[error.code] ?? [400, "Bad Request"])));
});
// CONNECT is not a request the 'request' handler sees.
server.on("connect", (_request, socket) => socket.end(rawHeaders(405, "Method Not Allowed")));

server.listen(port, options.hostname, () => console.log(`Serving ${distDir} on http://${options.hostname}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
