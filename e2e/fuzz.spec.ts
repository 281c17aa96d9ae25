import { pick as pickWith, seededRandom } from "../lib/random";
import { expect, test } from "./helpers";

const KEYS = ["scenario", "terms.sort", "terms.q", "capital.amount", "channels.cols", "q", "sort", "%", "", "a[b]", "__proto__", "x".repeat(300)];
const VALUES = ["", "p50", "p-1", "p1e9", "exclude", "%%", "%E0%A4%A", "\u0000", "<script>alert(1)</script>", "🦄", "NaN..Infinity", "date.desc,date.asc,,", "x".repeat(5000), "../../etc/passwd", "'; DROP TABLE x;--"];
const PATHS = ["/", "/api/data.json", "/api/deal-terms.csv", "/embed/money-both-ways", "/embed/", "/embed/%2e%2e", "/api/", "/nope", "/_next/static/x.js", "//", "/%ff", "/index.html"];

test("1,000 random query strings and paths: no server error, no hang", async ({ request }) => {
  const next = seededRandom(20260623);
  const pick = <T>(list: T[]) => pickWith(next, list);
  const urls = Array.from({ length: 1000 }, () => {
    const pairs = Array.from({ length: Math.floor(next() * 5) }, () => `${encodeURIComponent(pick(KEYS))}=${next() < 0.7 ? encodeURIComponent(pick(VALUES)) : pick(VALUES).replace(/[#?\s]/g, "")}`);
    return `${pick(PATHS)}${pairs.length ? `?${pairs.join("&")}` : ""}`;
  });
  const failures: string[] = [];
  for (let i = 0; i < urls.length; i += 20) {
    await Promise.all(
      urls.slice(i, i + 20).map(async (url) => {
        try {
          const response = await request.get(url, { timeout: 10_000, maxRedirects: 0 });
          if (response.status() >= 500) failures.push(`${response.status()} ${url}`);
        } catch (error) {
          // A URL the client itself cannot send is not the server's fault; a timeout is.
          if (/Timeout/i.test(String(error))) failures.push(`timeout ${url}`);
        }
      }),
    );
  }
  expect(failures).toEqual([]);
});
