import { describe, expect, it } from "vitest";
import { baseHeaders, refusal } from "./request-guard";

const header = (headers: [string, string][], name: string) => headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

describe("refusal", () => {
  it.each(["/", "/embed/money-both-ways", "/api/data.json?x=1", "/?terms.q=%C3%A9", "/%2e%2e/", "http://127.0.0.1:3000/embed/x"])("hands %j on to Next", (target) => {
    expect(refusal("GET", target)).toBeNull();
    expect(refusal("HEAD", target)).toBeNull();
  });

  it.each(["/embed/%ff", "/embed/%c0%af", "/embed/%zz", "/embed/%ed%a0%80", "/%", "http://127.0.0.1/%ff"])("answers 400 to a path that does not decode: %j", (target) => {
    const answer = refusal("GET", target);
    expect(answer?.status).toBe(400);
    expect(header(answer!.headers, "X-Content-Type-Options")).toBe("nosniff");
    expect(header(answer!.headers, "Content-Security-Policy")).toContain("script-src 'self';");
  });

  it.each(["*", "", "example.com:443", "mailto:x", "javascript:alert(1)"])("answers 400 to a request-target that is not a path: %j", (target) => {
    expect(refusal("GET", target)?.status).toBe(400);
  });

  it.each(["TRACE", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "get", undefined])("answers 405 to %s, naming what is allowed", (method) => {
    const answer = refusal(method, "*");
    expect(answer?.status).toBe(405);
    expect(header(answer!.headers, "Allow")).toBe("GET, HEAD");
    expect(header(answer!.headers, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });
});

describe("baseHeaders", () => {
  it("lets embeds be framed anywhere and nothing else, with a policy that allows no inline script", () => {
    expect(header(baseHeaders("/embed/money-both-ways"), "Content-Security-Policy")).toContain("frame-ancestors *");
    expect(header(baseHeaders("/embed/money-both-ways"), "X-Frame-Options")).toBeUndefined();
    expect(header(baseHeaders("/icon.svg"), "Content-Security-Policy")).toContain("frame-ancestors 'self'");
    expect(header(baseHeaders("/icon.svg"), "X-Frame-Options")).toBe("SAMEORIGIN");
    for (const path of ["/", "/icon.svg", "/embed/x"]) expect(header(baseHeaders(path), "Content-Security-Policy")).toMatch(/script-src 'self'; /);
  });
});
