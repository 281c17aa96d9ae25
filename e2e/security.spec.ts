import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./helpers";

const PATHS = ["/", "/api/data.json", "/api/deal-terms.csv", "/embed/money-both-ways", "/embed/commitments-over-time"];

for (const path of PATHS) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = headers["content-security-policy"];
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    // Inline scripts are allowed one by one, by hash: no 'unsafe-inline' for scripts.
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).toMatch(path.startsWith("/api/") ? /^'self'( 'sha256-[A-Za-z0-9+/=]{44}')*$/ : /^'self'( 'sha256-[A-Za-z0-9+/=]{44}')+$/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain(path.startsWith("/embed/") ? "frame-ancestors *" : "frame-ancestors 'self'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
  });
}

/** A page on another origin (another port on loopback) that frames two of ours. */
async function framingSite(target: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><title>Another site</title>
      <iframe id="embed" title="embed" src="${target}/embed/money-both-ways" width="800" height="700"></iframe>
      <iframe id="page" title="page" src="${target}/" width="800" height="700"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

test("an embed renders in another site's iframe; the dashboard refuses to", async ({ page, baseURL, consoleProblems }) => {
  const { server, url } = await framingSite(baseURL!);
  try {
    await page.goto(url);
    const embed = page.frameLocator("#embed");
    await expect(embed.getByRole("heading", { name: "Money both ways", exact: true })).toBeVisible();
    await expect(embed.locator("svg.recharts-surface")).toBeVisible();
    await expect(embed.getByRole("link", { name: /^Stakes:/ })).toHaveAttribute("target", "_top");

    const framed = page.frames().find((frame) => frame.url().startsWith(`${baseURL}/`) && !frame.url().includes("/embed/"));
    // Chromium replaces a refused frame with its own error page: none of our content loads.
    await expect.poll(async () => (framed ? await framed.locator("h1").count().catch(() => 0) : 0)).toBe(0);
    await expect(page.frameLocator("#page").getByRole("heading", { name: /Who has money in OpenAI/ })).toHaveCount(0);
  } finally {
    server.close();
  }
  // The refusal is reported on the console; that one message is expected here.
  const refused = consoleProblems.filter((problem) => /frame-ancestors|Refused to (display|frame)/.test(problem));
  expect(refused.length).toBeGreaterThan(0);
  consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter((problem) => !refused.includes(problem)));
});

test("an unknown embed is a 404 page, not an error", async ({ page, consoleProblems }) => {
  const response = await page.goto("/embed/not-a-chart");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "404" })).toBeVisible();
  // The 404 itself is logged as a failed resource load; nothing else may be.
  const notFound = consoleProblems.filter((problem) => problem.includes("status of 404"));
  consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter((problem) => !notFound.includes(problem)));
});

test("an inline script the build did not hash is refused", async ({ page, consoleProblems }) => {
  await page.goto("/");
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  const violations = consoleProblems.filter((problem) => problem.includes("Content Security Policy"));
  expect(violations.length).toBeGreaterThan(0);
  consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter((problem) => !violations.includes(problem)));
});
