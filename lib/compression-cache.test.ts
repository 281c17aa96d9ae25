import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preferredEncoding, withCompressionCache } from "./compression-cache";

describe("preferredEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0 and *", () => {
    expect(preferredEncoding("gzip, deflate, br")).toBe("br");
    expect(preferredEncoding("gzip")).toBe("gzip");
    expect(preferredEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(preferredEncoding("gzip;q=0")).toBeNull();
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("*, br;q=0")).toBe("gzip");
    expect(preferredEncoding("identity")).toBeNull();
    expect(preferredEncoding("")).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });
});

/** Pages the test server answers with, the way Next writes them: writeHead, several writes, end. */
let body = "<!doctype html>" + "<p>row</p>".repeat(5000);
const handler = withCompressionCache((request, response) => {
  if (request.url === "/small") {
    response.setHeader("Content-Type", "text/plain");
    response.end("tiny");
    return;
  }
  if (request.url === "/unchanged") {
    response.writeHead(304, { ETag: '"x"' });
    response.end();
    return;
  }
  if (request.url?.startsWith("/prerendered")) {
    response.setHeader("x-nextjs-cache", "HIT");
    response.setHeader("Cache-Control", "s-maxage=31536000");
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(`${body}<!-- ${request.headers.rsc ?? "html"} -->`);
    return;
  }
  if (request.url === "/png") {
    response.writeHead(200, { "Content-Type": "image/png" });
    response.end(Buffer.alloc(4096, 7));
    return;
  }
  response.writeHead(request.url === "/missing" ? 404 : 200, { "Content-Type": "text/html; charset=utf-8", Vary: "rsc" });
  response.write(body.slice(0, 1000));
  response.write(Buffer.from(body.slice(1000, 2000)));
  response.end(body.slice(2000));
});

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, acceptEncoding?: string, extra: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { ...(acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {}), ...extra };
    const request = httpRequest({ host: "127.0.0.1", port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("withCompressionCache", () => {
  it("compresses a page once per encoding and serves the same bytes after", async () => {
    const before = handler.compressions();
    const first = await get("/", "gzip");
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(first.headers["content-length"]).toBe(String(first.body.length));
    expect(first.headers.vary).toBe("rsc, Accept-Encoding");
    expect(gunzipSync(first.body).toString()).toBe(body);
    const again = await get("/", "gzip");
    expect(again.body.equals(first.body)).toBe(true);
    const brotli = await get("/", "br, gzip");
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(brotli.body).toString()).toBe(body);
    expect(handler.compressions() - before).toBe(2);
  });

  it("compresses a body that changed anew, never serving the old one", async () => {
    const old = body;
    body = body.replace("row", "new row");
    try {
      expect(gunzipSync((await get("/", "gzip")).body).toString()).toBe(body);
    } finally {
      body = old;
    }
  });

  it("answers a page Next served from its prerender cache from memory, the same bytes and headers", async () => {
    const first = await get("/prerendered", "br");
    const before = handler.handled();
    const again = await get("/prerendered", "br");
    expect(handler.handled()).toBe(before);
    expect(again.body.equals(first.body)).toBe(true);
    const withoutDate = (headers: IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "date"));
    expect(withoutDate(again.headers)).toEqual(withoutDate(first.headers));
    expect(brotliDecompressSync(again.body).toString()).toBe(`${body}<!-- html -->`);
    // Another encoding, another address, an RSC request or a revalidation go to the handler.
    await get("/prerendered", "gzip");
    await get("/prerendered?x=1", "br");
    expect(brotliDecompressSync((await get("/prerendered", "br", { RSC: "1" })).body).toString()).toBe(`${body}<!-- 1 -->`);
    await get("/prerendered", "br", { "If-None-Match": '"x"' });
    expect(handler.handled() - before).toBe(4);
  });

  it("does not keep pages that were not prerendered", async () => {
    await get("/", "gzip");
    const before = handler.handled();
    await get("/", "gzip");
    expect(handler.handled() - before).toBe(1);
  });

  it("leaves alone what a client does not accept, small bodies, images and errors", async () => {
    const plain = await get("/");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(body);
    expect((await get("/small", "gzip")).headers["content-encoding"]).toBeUndefined();
    expect((await get("/png", "gzip")).headers["content-encoding"]).toBeUndefined();
    const unchanged = await get("/unchanged", "gzip");
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers["content-length"]).toBeUndefined();
    const missing = await get("/missing", "gzip");
    expect(missing.status).toBe(404);
    expect(missing.headers["content-encoding"]).toBeUndefined();
    expect(missing.body.toString()).toBe(body);
  });
});
