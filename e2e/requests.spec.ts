import { connect } from "node:net";
import { expect, test } from "./helpers";

/**
 * Requests no browser sends, written byte for byte to a socket (as `curl --path-as-is` or
 * `--request-target` would), so nothing tidies them first. Each must get an answer of its
 * own (400 or 405, never 500) with the security headers every response carries.
 */
// These are `npm start`'s answers (lib/request-guard.ts, scripts/serve.mjs), so the static
// export's project leaves this file out (playwright.config.ts): its host answers for itself.

interface RawResponse {
  status: number;
  headers: Record<string, string>;
}

function rawRequest(baseURL: string, requestLine: string): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`${requestLine}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const [head] = Buffer.concat(chunks).toString("latin1").split("\r\n\r\n");
      const [statusLine, ...lines] = head.split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers });
    });
  });
}

function expectSecurityHeaders(headers: Record<string, string>, framing: "self" | "any" = "self"): void {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain(framing === "any" ? "frame-ancestors *" : "frame-ancestors 'self'");
  expect(/script-src ([^;]+)/.exec(csp)?.[1] ?? "").not.toContain("unsafe-inline");
}

const MALFORMED_PATHS = ["/embed/%ff", "/embed/%c0%af", "/embed/%zz", "/embed/%ed%a0%80", "/%ff", "/api/%ff"];

for (const path of MALFORMED_PATHS) {
  test(`a malformed path ${path} is a 400 with the security headers`, async ({ baseURL }) => {
    const response = await rawRequest(baseURL!, `GET ${path} HTTP/1.1`);
    expect(response.status).toBe(400);
    expectSecurityHeaders(response.headers);
  });
}

test("a request-target of * is a 400 or 405 with the security headers", async ({ baseURL }) => {
  for (const line of ["GET * HTTP/1.1", "OPTIONS * HTTP/1.1"]) {
    const response = await rawRequest(baseURL!, line);
    expect([400, 405], line).toContain(response.status);
    expectSecurityHeaders(response.headers);
  }
});

test("what Node's parser refuses is answered with the security headers too", async ({ baseURL }) => {
  const badHeader = await rawRequest(baseURL!, "GET / HTTP/1.1\r\nNot a header");
  expect(badHeader.status).toBe(400);
  expectSecurityHeaders(badHeader.headers);
  const tooLong = await rawRequest(baseURL!, `GET /?q=${"x".repeat(100_000)} HTTP/1.1`);
  expect(tooLong.status).toBe(431);
  expectSecurityHeaders(tooLong.headers);
});

for (const method of ["TRACE", "POST", "PUT", "DELETE"]) {
  test(`${method} is refused with 4xx and the security headers, never 500`, async ({ baseURL }) => {
    for (const path of ["/", "/embed/money-both-ways", "/api/data.json"]) {
      const response = await rawRequest(baseURL!, `${method} ${path} HTTP/1.1`);
      expect([400, 405], `${method} ${path}`).toContain(response.status);
      expectSecurityHeaders(response.headers, path.startsWith("/embed/") ? "any" : "self");
    }
  });
}

test("files that are not pages carry the security headers too", async ({ request, page }) => {
  for (const path of ["/icon.svg", "/not-a-page"]) {
    const response = await request.get(path);
    expectSecurityHeaders(response.headers());
  }
  // A script of the page itself, as the browser fetched it.
  await page.goto("/");
  const script = await page.locator("script[src]").first().getAttribute("src");
  expectSecurityHeaders((await request.get(script!)).headers());
});

test("pages go out compressed", async ({ request }) => {
  for (const encoding of ["gzip", "br"]) {
    const response = await request.get("/", { headers: { "Accept-Encoding": encoding } });
    expect(response.headers()["content-encoding"]).toBe(encoding);
    expect(await response.text()).toContain("</html>");
  }
});
