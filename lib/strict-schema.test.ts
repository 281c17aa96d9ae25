import { z } from "zod";
import { describe, expect, it } from "vitest";
import { strictSchema } from "./strict-schema";

const schema = z.object({
  name: z.string().trim(),
  note: z.string().nullable().optional().transform((value) => value ?? null),
  quotes: z.array(z.object({ text: z.string() })).optional().default([]),
  shares: z.record(z.string(), z.object({ value: z.number() })),
  detail: z.object({ when: z.string() }).nullable(),
});

const codes = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.map((issue) => [issue.code, issue.path.join("."), "keys" in issue ? issue.keys : []]);

describe("strictSchema", () => {
  it("refuses unknown fields at every level, which the original strips", () => {
    const input = { name: "x", nam: 1, quotes: [{ text: "q", txt: 1 }], shares: { a: { value: 1, vlue: 2 } }, detail: { when: "now", wen: 1 } };
    expect(schema.safeParse(input).success).toBe(true);
    expect(codes(strictSchema(schema).safeParse(input))).toEqual([
      ["unrecognized_keys", "quotes.0", ["txt"]],
      ["unrecognized_keys", "shares.a", ["vlue"]],
      ["unrecognized_keys", "detail", ["wen"]],
      ["unrecognized_keys", "", ["nam"]],
    ]);
  });

  it("keeps transforms, defaults and checks", () => {
    const parsed = strictSchema(schema).parse({ name: "  x  ", shares: {}, detail: null });
    expect(parsed).toEqual({ name: "x", note: null, quotes: [], shares: {}, detail: null });
  });
});
