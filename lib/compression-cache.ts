import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/**
 * Compression for `npm start` that compresses each distinct body once. Next's own
 * compression gzips every response anew: the HTML of `/` is about 290 KB, and under 64
 * connections on two cores that work alone pushed p99 latency past a second and made
 * requests time out. Every page here is prerendered, so the same bytes go out again and
 * again: the compressed bytes are kept, keyed by a hash of the body (so a body that
 * changes is never served stale), in a small least-recently-used cache.
 *
 * The response is buffered to the end before it is compressed, which suits prerendered
 * pages and files; a streamed page would lose its streaming.
 */

export type Encoding = "br" | "gzip";

/** Bodies smaller than this gain little; larger ones are passed through, never held in memory twice. */
const MIN_BYTES = 1024;
const MAX_BYTES = 8 * 1024 * 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;

/**
 * The encoding to answer with: brotli if the client takes it, else gzip, else none.
 * `Accept-Encoding: gzip;q=0` refuses gzip; `*` takes anything.
 */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of [acceptEncoding ?? ""].flat().join(",").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (name === "") continue;
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const takes = (name: Encoding) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (takes("br")) return "br";
  if (takes("gzip")) return "gzip";
  return null;
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  // Brotli at quality 5 takes about as long as gzip at 6 and is smaller; each body is compressed once.
  return encoding === "br" ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body, { level: 6 });
}

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

const asBuffer = (chunk: unknown, encoding?: BufferEncoding) =>
  Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array);

/** Wraps `handler` so its responses go out compressed, each distinct body compressed once. */
export function withCompressionCache(handler: Handler, { maxEntries = 64 } = {}): Handler & { compressions: () => number } {
  const cache = new Map<string, Buffer>();
  let compressions = 0;

  function compressed(body: Buffer, encoding: Encoding): Buffer {
    const key = `${encoding}:${createHash("sha256").update(body).digest("base64")}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = compress(body, encoding);
      compressions++;
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    } else {
      cache.delete(key); // re-inserted below as the most recently used
    }
    cache.set(key, value);
    return value;
  }

  const wrapped = (request: IncomingMessage, response: ServerResponse) => {
    const encoding = preferredEncoding(request.headers["accept-encoding"]);
    if (encoding === null || request.method !== "GET") return handler(request, response);

    // Headers are held back until the body is complete: `writeHead` only records them.
    const chunks: Buffer[] = [];
    const end = response.end.bind(response);
    const writeHead = response.writeHead.bind(response);
    response.writeHead = ((status: number, ...rest: (string | OutgoingHttpHeaders | string[])[]) => {
      response.statusCode = status;
      for (const arg of rest) {
        if (typeof arg === "string") response.statusMessage = arg;
        else if (Array.isArray(arg)) for (let i = 0; i + 1 < arg.length; i += 2) response.setHeader(arg[i], arg[i + 1]);
        else if (arg) for (const [name, value] of Object.entries(arg)) if (value !== undefined) response.setHeader(name, value);
      }
      return response;
    }) as typeof response.writeHead;
    response.flushHeaders = () => {};
    response.write = ((chunk: unknown, encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) => {
      chunks.push(asBuffer(chunk, typeof encodingOrCallback === "string" ? encodingOrCallback : undefined));
      const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
      if (done) process.nextTick(done);
      return true;
    }) as typeof response.write;
    response.end = ((chunk?: unknown, encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) => {
      const done = (typeof chunk === "function" ? chunk : typeof encodingOrCallback === "function" ? encodingOrCallback : callback) as (() => void) | undefined;
      if (chunk !== undefined && chunk !== null && typeof chunk !== "function") {
        chunks.push(asBuffer(chunk, typeof encodingOrCallback === "string" ? encodingOrCallback : undefined));
      }
      response.writeHead = writeHead;
      const body = Buffer.concat(chunks);
      const type = String(response.getHeader("Content-Type") ?? "");
      const cacheControl = String(response.getHeader("Cache-Control") ?? "");
      const compress =
        response.statusCode === 200 &&
        COMPRESSIBLE.test(type) &&
        !response.hasHeader("Content-Encoding") &&
        !/no-transform/i.test(cacheControl) &&
        body.length >= MIN_BYTES &&
        body.length <= MAX_BYTES;
      const vary = String(response.getHeader("Vary") ?? "");
      if (COMPRESSIBLE.test(type) && !/accept-encoding/i.test(vary)) response.setHeader("Vary", vary === "" ? "Accept-Encoding" : `${vary}, Accept-Encoding`);
      const out = compress ? compressed(body, encoding) : body;
      if (compress) response.setHeader("Content-Encoding", encoding);
      // A 304 or 204 has no body; its length, if any, is the page's, not this one's.
      if (response.statusCode !== 304 && response.statusCode !== 204) response.setHeader("Content-Length", out.length);
      return done ? end(out, done) : end(out);
    }) as typeof response.end;
    return handler(request, response);
  };
  return Object.assign(wrapped, { compressions: () => compressions });
}
