import { describe, expect, it } from "vitest";
import {
  channelStageSchema,
  confidenceSchema,
  dataFiles,
  isoDaySchema,
  marketShareSchema,
  metaSchema,
  partialDateSchema,
  quoteSchema,
  sourceSchema,
  termCategorySchema,
  trancheSchema,
} from "./schema";

/** A copy of an object without some of its keys. */
const without = (object: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("partialDateSchema", () => {
  it.each(["2019-07-22", "2025-01", "2021", "2024-02-29", "2023-12-31", "2023-01-01"])("accepts %j", (date) => {
    expect(partialDateSchema.safeParse(date)).toEqual({ success: true, data: date });
  });

  it.each(["27/02/2026", "2026-13", "2026-00", "2026-01-00", "2026-01-32", "2026-1", "2026-01-1", "26", "2026-", "", " 2026", "2026-01-01T00:00:00Z"])(
    "rejects %j with one clear message",
    (date) => {
      expect(messages(partialDateSchema.safeParse(date))).toEqual(["expected a date as YYYY, YYYY-MM or YYYY-MM-DD"]);
    },
  );

  it("rejects a non-string with the same message", () => {
    expect(messages(partialDateSchema.safeParse(2026))).toEqual(["expected a date as YYYY, YYYY-MM or YYYY-MM-DD"]);
    expect(messages(partialDateSchema.safeParse(null))).toEqual(["expected a date as YYYY, YYYY-MM or YYYY-MM-DD"]);
  });
});

describe("isoDaySchema", () => {
  it("accepts a real day only", () => {
    expect(isoDaySchema.safeParse("2026-06-23").success).toBe(true);
    expect(isoDaySchema.safeParse("2024-02-29").success).toBe(true);
    for (const bad of ["2026-02-30", "2025-02-29", "2026-06", "2026", "23/06/2026"]) {
      expect(messages(isoDaySchema.safeParse(bad))).toEqual(["expected a date as YYYY-MM-DD"]);
    }
  });
});

describe("enums", () => {
  it("list exactly the allowed values", () => {
    expect(confidenceSchema.options).toEqual(["confirmed", "reported", "unconfirmed"]);
    expect(trancheSchema.options).toEqual(["initial", "follow-on", "upfront", "conditional", "total", "round", "funded", "undisclosed"]);
    expect(channelStageSchema.options).toContain("catalog entry");
    expect(termCategorySchema.options).toEqual([
      "stake", "exclusivity", "ip-rights", "revenue-share", "conditions", "legal", "investment", "compute", "distribution", "governance", "product", "valuation", "channels", "ipo",
    ]);
  });

  it("name every allowed value in the error", () => {
    expect(messages(confidenceSchema.safeParse("Confirmed"))).toEqual(["expected one of confirmed, reported, unconfirmed"]);
    expect(messages(termCategorySchema.safeParse("ip rights"))).toEqual([
      "expected one of stake, exclusivity, ip-rights, revenue-share, conditions, legal, investment, compute, distribution, governance, product, valuation, channels, ipo",
    ]);
  });
});

describe("sourceSchema", () => {
  const source = { id: "src", publisher: "Publisher", tier: "trade", title: null, url: "https://example.com/a?b=c#d", date: null, note: null };

  it("needs a tier, and defaults the copy and mirror flags", () => {
    expect(messages(sourceSchema.safeParse(without(source, "tier")))).toEqual(["expected one of primary, major, trade, secondary"]);
    expect(sourceSchema.parse(source)).toMatchObject({ tier: "trade", sameTextAs: null, mirror: false, notReRead: false });
  });

  it("accepts http(s) and null URLs", () => {
    expect(sourceSchema.parse(source).url).toBe("https://example.com/a?b=c#d");
    expect(sourceSchema.parse({ ...source, url: "http://example.com" }).url).toBe("http://example.com");
    expect(sourceSchema.parse({ ...source, url: null }).url).toBeNull();
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "not a url", "ftp://example.com", "file:///etc/passwd", "data:text/html,x", "//example.com", ""])(
    "rejects %j",
    (url) => {
      expect(messages(sourceSchema.safeParse({ ...source, url }))).toEqual(["expected an http(s) URL or null"]);
    },
  );

  it("turns a left-out title or note into null", () => {
    const parsed = sourceSchema.parse(without(source, "title", "note"));
    expect(parsed.title).toBeNull();
    expect(parsed.note).toBeNull();
  });

  it("requires the url key: an unknown address is null, never left out", () => {
    expect(messages(sourceSchema.safeParse(without(source, "url")))).toEqual(["expected an http(s) URL or null"]);
  });
});

describe("quoteSchema", () => {
  it("needs text and a source id", () => {
    expect(quoteSchema.parse({ text: " words ", sourceId: "src" })).toEqual({ text: "words", sourceId: "src" });
    expect(messages(quoteSchema.safeParse({ text: "words" }))).toEqual(["expected an id (lowercase letters, digits and dashes)"]);
    expect(messages(quoteSchema.safeParse({ text: "", sourceId: "src" }))).toEqual(["expected non-empty text"]);
  });
});

describe("metaSchema", () => {
  it("requires USD", () => {
    const meta = { title: "T", subject: "OpenAI", asOf: "2026-06-23", currency: "USD" };
    expect(metaSchema.parse(meta)).toEqual({ ...meta, note: null });
    expect(messages(metaSchema.safeParse({ ...meta, currency: "usd" }))).toEqual(["expected USD"]);
  });
});

describe("marketShareSchema", () => {
  it("accepts shares from 0 to 100 and a quarter as YYYY Qn", () => {
    const row = { id: "q", confidence: "reported", sourceIds: ["s"], quarter: "2025 Q4", shares: { AWS: 0, Microsoft: 100 }, marketSizeUsd: null };
    expect(marketShareSchema.parse(row)).toEqual({ ...row, confidenceNote: null, quotes: [], grades: {}, note: null });
    expect(marketShareSchema.safeParse({ ...row, quarter: "2025 Q5" }).success).toBe(false);
    expect(marketShareSchema.safeParse({ ...row, shares: { AWS: -1 } }).success).toBe(false);
  });
});

describe("dataFiles", () => {
  it("maps each data set key to its file, with meta the only non-list file", () => {
    expect(Object.entries(dataFiles).map(([key, spec]) => [key, spec.file, spec.list])).toEqual([
      ["meta", "meta.json", false],
      ["labs", "labs.json", true],
      ["sources", "sources.json", true],
      ["commitments", "commitments.json", true],
      ["cloudCommitments", "cloud-commitments.json", true],
      ["dealTerms", "deal-terms.json", true],
      ["channels", "channels.json", true],
      ["events", "events.json", true],
      ["marketShare", "market-share.json", true],
      ["disputes", "disputes.json", true],
    ]);
  });
});
