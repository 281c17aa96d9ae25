import { describe, expect, it } from "vitest";
import { companyColor, slugify, trancheOpacity } from "./palette";

describe("companyColor", () => {
  it.each([
    ["Microsoft", "var(--color-msft)"],
    ["Amazon", "var(--color-amzn)"],
    ["OpenAI", "var(--color-openai)"],
    ["Google", "var(--color-google)"],
    ["Oracle", "var(--color-oracle)"],
    ["Nvidia", "var(--color-nvda)"],
    ["SoftBank", "var(--color-sftb)"],
  ])("gives %s its own colour", (company, expected) => {
    expect(companyColor(company)).toBe(expected);
  });

  it("falls back to the neutral colour for a company it does not know", () => {
    expect(companyColor("Example Lab")).toBe("var(--color-other)");
    expect(companyColor("microsoft")).toBe("var(--color-other)");
    expect(companyColor("")).toBe("var(--color-other)");
  });
});

describe("slugify", () => {
  it("lower-cases and dashes", () => {
    expect(slugify("Microsoft")).toBe("microsoft");
    expect(slugify("Microsoft Azure")).toBe("microsoft-azure");
    expect(slugify("Tom's Hardware")).toBe("tom-s-hardware");
  });

  it("trims dashes and collapses runs of other characters", () => {
    expect(slugify("  Hello, World!  ")).toBe("hello-world");
    expect(slugify("--a--b--")).toBe("a-b");
    expect(slugify("GPT-5.4")).toBe("gpt-5-4");
    expect(slugify("!!!")).toBe("");
  });
});

describe("trancheOpacity", () => {
  it("shades from full colour to lighter, oldest first, and stays at the lightest", () => {
    expect([0, 1, 2, 3, 4, 10].map(trancheOpacity)).toEqual([1, 0.72, 0.5, 0.36, 0.36, 0.36]);
  });
});
