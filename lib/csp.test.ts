import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { framingOf, inlineScriptHashes, routeOfHtmlFile, serveConfig } from "./csp";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const sha = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("inlineScriptHashes", () => {
  it("hashes each inline script's exact text, once, in order, and skips external and empty ones", () => {
    const html = `<head><script>var a=1</script><script src="/x.js"></script><script id="_R_">self.b=2</script><script></script></head>
      <body><script type="module">var a=1</script><script async src="/y.js"></script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha("var a=1"), sha("self.b=2")]);
  });

  it("keeps whitespace and line breaks: the browser hashes the raw text", () => {
    expect(inlineScriptHashes("<script>\n  go()\n</script>")).toEqual([sha("\n  go()\n")]);
    expect(inlineScriptHashes("<script>go()</script>")).not.toEqual([sha("\n  go()\n")]);
  });

  it("finds nothing in a page without inline scripts", () => {
    expect(inlineScriptHashes('<p>no scripts</p><script src="/a.js"></script>')).toEqual([]);
  });
});

describe("routeOfHtmlFile", () => {
  it.each([
    ["index.html", "/"],
    ["embed/money-both-ways.html", "/embed/money-both-ways"],
    ["_not-found.html", "/_not-found"],
    ["docs/index.html", "/docs"],
    ["embed\\x.html", "/embed/x"],
  ])("%s is served at %s", (file, route) => {
    expect(routeOfHtmlFile(file)).toBe(route);
  });
});

describe("framingOf", () => {
  it("lets only embeds be framed by any site", () => {
    expect(framingOf("/embed/money-both-ways")).toBe("any");
    expect(framingOf("/")).toBe("self");
    expect(framingOf("/embedded")).toBe("self");
  });
});

describe("contentSecurityPolicy", () => {
  it("lists the page's script hashes and never allows eval", () => {
    const policy = contentSecurityPolicy({ framing: "self", scriptHashes: ["sha256-abc="] });
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows no inline script for []", () => {
    expect(contentSecurityPolicy({ framing: "self", scriptHashes: [] })).toContain("script-src 'self'; ");
  });

  it("lets embeds be framed anywhere", () => {
    expect(contentSecurityPolicy({ framing: "any", scriptHashes: [] })).toContain("frame-ancestors *");
  });
});

describe("securityHeaders", () => {
  it("sends nosniff, a referrer policy and a permissions policy; X-Frame-Options only where framing is limited", () => {
    const keys = (framing: "self" | "any") => securityHeaders({ framing }).map((header) => header.key);
    expect(keys("self")).toEqual(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options"]);
    expect(keys("any")).toEqual(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]);
  });
});

describe("serveConfig", () => {
  const config = serveConfig({ "index.html": ["sha256-home="], "embed/money-both-ways.html": ["sha256-embed="] });
  const rule = (source: string) => config.headers.find((candidate) => candidate.source === source)!;
  const value = (source: string, key: string) => rule(source).headers.find((header) => header.key === key)?.value;

  it("gives every file the common headers and a policy that allows no inline script", () => {
    expect(config.cleanUrls).toBe(true);
    expect(value("**", "X-Content-Type-Options")).toBe("nosniff");
    expect(value("**", "Content-Security-Policy")).toContain("script-src 'self'; ");
  });

  it("gives each page its own hashes and framing", () => {
    expect(value("index.html", "Content-Security-Policy")).toContain("'sha256-home='");
    expect(value("index.html", "Content-Security-Policy")).toContain("frame-ancestors 'self'");
    expect(value("index.html", "X-Frame-Options")).toBe("SAMEORIGIN");
    expect(value("embed/money-both-ways.html", "Content-Security-Policy")).toContain("frame-ancestors *");
    expect(value("embed/money-both-ways.html", "X-Frame-Options")).toBeUndefined();
    // Page rules come after the catch-all, so serve lets them win.
    expect(config.headers.map((header) => header.source)).toEqual(["**", "embed/money-both-ways.html", "index.html"]);
  });
});
