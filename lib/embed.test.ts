import { describe, expect, it } from "vitest";
import { embedCode, embedPath, EMBED_HEIGHT } from "./embed";

describe("embedPath", () => {
  it("puts the home page's charts at /embed/<chart>, another lab's under its id", () => {
    expect(embedPath("money-both-ways", null)).toBe("/embed/money-both-ways");
    expect(embedPath("money-both-ways", "anthropic")).toBe("/embed/anthropic/money-both-ways");
  });
});

describe("embedCode", () => {
  it("writes an iframe with the chart's title, escaped", () => {
    expect(embedCode({ origin: "https://example.org", path: "/embed/x", title: `Where "A" & B's models are sold` })).toBe(
      `<iframe src="https://example.org/embed/x" title="Where &quot;A&quot; &amp; B&apos;s models are sold" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`,
    );
  });

  it("keeps a scenario other than the default, and leaves the default out", () => {
    expect(embedCode({ origin: "http://h", path: "/embed/x", title: "T", scenario: { mode: "weighted", probability: 0.35 } })).toContain('src="http://h/embed/x?scenario=p35"');
    expect(embedCode({ origin: "http://h", path: "/embed/x", title: "T", scenario: { mode: "exclude" } })).toContain("?scenario=exclude");
    expect(embedCode({ origin: "http://h", path: "/embed/x", title: "T", scenario: { mode: "include" } })).toContain('src="http://h/embed/x"');
  });
});
