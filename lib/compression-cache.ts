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
 *
 * A page Next served from its prerender cache (`x-nextjs-cache: HIT`, shared-cacheable) is
 * kept as sent, headers and compressed body, and the same request is answered from memory
 * without Next: Next's routing, proxy and cache lookup cost more per request than writing
 * the bytes. Only plain GETs are answered so: none that asks for the page's RSC payload or
 * a part of it, revalidates, or carries a cookie (Next's preview mode is one).
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

interface Sent {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** A request whose answer depends on nothing but its URL and encoding. */
function plainGet(request: IncomingMessage): boolean {
  if (request.method !== "GET") return false;
  return !Object.keys(request.headers).some((name) => name === "rsc" || name.startsWith("next-") || name.startsWith("if-") || name === "range" || name === "cookie" || name === "authorization");
}

/** A bounded map that forgets the least recently used entry first. */
function lruGet<T>(map: Map<string, T>, key: string): T | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

function lruSet<T>(map: Map<string, T>, key: string, value: T, maxEntries: number): void {
  map.delete(key);
  if (map.size >= maxEntries) map.delete(map.keys().next().value!);
  map.set(key, value);
}

const asBuffer = (chunk: unknown, encoding?: BufferEncoding) =>
  Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array);

/** Wraps `handler` so its responses go out compressed, each distinct body compressed once. */
export function withCompressionCache(handler: Handler, { maxEntries = 64 } = {}): Handler & { compressions: () => number; handled: () => number } {
  const cache = new Map<string, Buffer>();
  const pages = new Map<string, Sent>();
  let compressions = 0;
  let handled = 0;

  function compressed(body: Buffer, encoding: Encoding): Buffer {
    const key = `${encoding}:${createHash("sha256").update(body).digest("base64")}`;
    let value = lruGet(cache, key);
    if (value === undefined) {
      value = compress(body, encoding);
      compressions++;
      lruSet(cache, key, value, maxEntries);
    }
    return value;
  }

  const wrapped = (request: IncomingMessage, response: ServerResponse) => {
    const encoding = preferredEncoding(request.headers["accept-encoding"]);
    const pageKey = plainGet(request) ? `${encoding ?? "identity"} ${request.url}` : null;
    const sent = pageKey === null ? undefined : lruGet(pages, pageKey);
    if (sent !== undefined) {
      response.writeHead(sent.status, sent.headers);
      response.end(sent.body);
      return;
    }
    handled++;
    if (request.method !== "GET") return handler(request, response);

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
      const out = compress && encoding !== null ? compressed(body, encoding) : body;
      if (compress && encoding !== null) response.setHeader("Content-Encoding", encoding);
      // A 304 or 204 has no body; its length, if any, is the page's, not this one's.
      if (response.statusCode !== 304 && response.statusCode !== 204) response.setHeader("Content-Length", out.length);
      const prerendered = response.getHeader("x-nextjs-cache") === "HIT" && /s-maxage=\d+/.test(cacheControl) && !/private|no-store/.test(cacheControl);
      if (pageKey !== null && response.statusCode === 200 && prerendered) {
        const headers = { ...response.getHeaders() };
        delete headers.date;
        lruSet(pages, pageKey, { status: 200, headers, body: out }, maxEntries);
      }
      return done ? end(out, done) : end(out);
    }) as typeof response.end;
    return handler(request, response);
  };
  return Object.assign(wrapped, { compressions: () => compressions, handled: () => handled });
}
