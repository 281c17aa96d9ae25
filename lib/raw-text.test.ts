import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH, textProblem, textProblems } from "./raw-text";

describe("textProblem", () => {
  it("accepts ordinary text, tabs, line feeds, emoji and accents", () => {
    for (const text of ["plain", "tab\there", "line\nbreak", "😀 pair", "Café ＝ full-width", "x".repeat(MAX_TEXT_LENGTH)]) expect(textProblem(text)).toBeNull();
  });

  it("refuses NUL, other C0 controls, DEL and C1 controls, naming the character and where", () => {
    expect(textProblem("\u0000=1")).toBe("contains the control character U+0000 at position 1; only tab and line feed are allowed");
    expect(textProblem("a\rb")).toMatch(/U\+000D at position 2/);
    expect(textProblem("a\u007f")).toMatch(/U\+007F/);
    expect(textProblem("a\u009b")).toMatch(/U\+009B/);
  });

  it("refuses a lone surrogate, high or low", () => {
    expect(textProblem("\ud800")).toBe("contains a lone surrogate U+D800 at position 1, which is not Unicode text");
    expect(textProblem("ok \udc00")).toMatch(/U\+DC00 at position 4/);
    expect(textProblem("\udc00\ud800")).toMatch(/U\+DC00/);
  });

  it("refuses text over the length limit", () => {
    expect(textProblem("x".repeat(MAX_TEXT_LENGTH + 1))).toBe("text of 10,001 characters; at most 10,000 are allowed");
  });
});

describe("textProblems", () => {
  it("finds every bad string with its field path, field names included", () => {
    expect(textProblems({ a: "ok", quotes: [{ text: "\u0001" }], "b\u0000": 1, list: ["\ud800"] })).toEqual([
      { path: "b\u0000", message: "field name contains the control character U+0000 at position 2; only tab and line feed are allowed" },
      { path: "quotes.0.text", message: "contains the control character U+0001 at position 1; only tab and line feed are allowed" },
      { path: "list.0", message: "contains a lone surrogate U+D800 at position 1, which is not Unicode text" },
    ]);
  });

  it("walks a value nested 100,000 deep without overflowing the stack", () => {
    let value: unknown = "\u0000";
    for (let depth = 0; depth < 100_000; depth++) value = [value];
    const problems = textProblems(value);
    expect(problems).toHaveLength(1);
    expect(problems[0].path.split(".")).toHaveLength(100_000);
  });
});
