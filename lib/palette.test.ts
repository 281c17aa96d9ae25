import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadDataset } from "./load-data";
import { companyColor, trancheOpacity } from "./palette";
import { slugify } from "./slug";

const css = readFileSync("app/globals.css", "utf8");

describe("companyColor", () => {
  it("names the company's CSS variable, with the neutral colour behind it", () => {
    expect(companyColor("Microsoft Azure")).toBe("var(--company-microsoft-azure, var(--color-other))");
    expect(companyColor("Example Lab")).toBe("var(--company-example-lab, var(--color-other))");
  });

  it("gives every backer, cloud operator and market-share provider in the data a colour of its own", () => {
    const data = loadDataset(path.resolve("data"));
    const companies = new Set([
      ...data.commitments.filter((row) => !row.contextOnly).map((row) => row.investor),
      ...data.channels.map((row) => row.operator),
      ...data.marketShare.flatMap((row) => Object.keys(row.shares)),
      ...data.labs.map((lab) => lab.name),
    ]);
    const missing = [...companies].filter((company) => !css.includes(`--company-${slugify(company)}:`));
    expect(missing).toEqual([]);
  });

  it("sets each company colour from a palette colour", () => {
    const declared = [...css.matchAll(/--company-[a-z0-9-]+: var\((--color-[a-z]+)\);/g)].map((match) => match[1]);
    expect(declared.length).toBeGreaterThan(5);
    for (const variable of declared) expect(css).toContain(`${variable}: light-dark(`);
  });
});


describe("trancheOpacity", () => {
  it("shades from full colour to lighter, oldest first, and stays at the lightest", () => {
    expect([0, 1, 2, 3, 4, 10].map(trancheOpacity)).toEqual([1, 0.72, 0.5, 0.36, 0.36, 0.36]);
  });
});
