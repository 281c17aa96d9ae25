import { describe, expect, it } from "vitest";
import type { ColumnFilter } from "./table-filters";
import { TABLES } from "./tables";
import {
  MAX_PARAM_LENGTH,
  MAX_SEARCH_LENGTH,
  RESERVED_KEYS,
  isIsoDay,
  paramKey,
  parseChoice,
  parseColumnFilter,
  parseDateRange,
  parseHidden,
  parseRange,
  parseSearch,
  parseSort,
  serializeColumnFilter,
  serializeDateRange,
  serializeList,
  serializeRange,
  serializeSort,
} from "./view-params";

const ids = ["date", "party", "category", "text", "confidence"];
const huge = "x".repeat(100_000);

describe("parseSort", () => {
  it("reads column ids with a direction, primary first", () => {
    expect(parseSort("date.desc,party.asc", ids)).toEqual([
      { id: "date", desc: true },
      { id: "party", desc: false },
    ]);
  });

  it("drops unknown columns, unknown directions and repeats, keeping what it can read", () => {
    expect(parseSort("nope.asc,party.up,date.desc,date.asc,.asc,party", ids)).toEqual([{ id: "date", desc: true }]);
  });

  it.each(["", "%%%", "date", "date.", ".desc", "DATE.desc", "date.DESC", "date.desc.", "sources.asc", "__proto__.asc", "constructor.desc", huge])(
    "ignores %j",
    (value) => {
      expect(parseSort(value, [...ids])).toBeNull();
    },
  );

  it("round-trips", () => {
    const sort = [
      { id: "category", desc: false },
      { id: "date", desc: true },
    ];
    expect(serializeSort(sort)).toBe("category.asc,date.desc");
    expect(parseSort(serializeSort(sort), ids)).toEqual(sort);
  });
});

describe("parseSearch", () => {
  it("keeps the text as typed, control characters removed", () => {
    expect(parseSearch("azure")).toBe("azure");
    expect(parseSearch("gpt 5 ")).toBe("gpt 5 ");
    expect(parseSearch("a\u0000b\nc")).toBe("abc");
    expect(parseSearch("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });

  it("ignores blank and overlong text", () => {
    expect(parseSearch("")).toBeNull();
    expect(parseSearch("   ")).toBeNull();
    expect(parseSearch("\u0000\u0001")).toBeNull();
    expect(parseSearch("x".repeat(MAX_SEARCH_LENGTH))).toHaveLength(MAX_SEARCH_LENGTH);
    expect(parseSearch("x".repeat(MAX_SEARCH_LENGTH + 1))).toBeNull();
    expect(parseSearch(huge)).toBeNull();
  });
});

describe("parseHidden", () => {
  const hideable = [...ids, "sources"];

  it("reads known ids once each", () => {
    expect(parseHidden("text,sources,text", hideable)).toEqual(["text", "sources"]);
    expect(parseHidden("text,bogus", hideable)).toEqual(["text"]);
    expect(serializeList(["text", "sources"])).toBe("text,sources");
  });

  it("never hides every column, and ignores garbage", () => {
    expect(parseHidden(hideable.join(","), hideable)).toBeNull();
    expect(parseHidden("bogus", hideable)).toBeNull();
    expect(parseHidden(",,,", hideable)).toBeNull();
    expect(parseHidden(huge, hideable)).toBeNull();
    expect(parseHidden(`text,${"y".repeat(MAX_PARAM_LENGTH)}`, hideable)).toBeNull();
  });
});

describe("parseChoice", () => {
  it("reads slugs, each once", () => {
    expect(parseChoice("stake,ip-rights,stake")).toEqual(["stake", "ip-rights"]);
  });

  it("drops what cannot be a slug", () => {
    expect(parseChoice("Stake,ip rights,-x,x-,a--b,ok")).toEqual(["ok"]);
    expect(parseChoice("")).toBeNull();
    expect(parseChoice("%%%")).toBeNull();
    expect(parseChoice(huge)).toBeNull();
  });
});

describe("parseRange", () => {
  it.each([
    ["10-40", { min: 10, max: 40 }],
    ["10-", { min: 10, max: null }],
    ["-40", { min: null, max: 40 }],
    ["0.5-2.25", { min: 0.5, max: 2.25 }],
    ["7-7", { min: 7, max: 7 }],
    ["0-0", { min: 0, max: 0 }],
  ])("reads %s", (value, range) => {
    expect(parseRange(value)).toEqual(range);
  });

  it.each(["", "-", "abc-def", "NaN-NaN", "Infinity-", "1e3-", "40-10", "-5-10", "10", "10-20-30", "1,5-2", " 10-20", "10..20", "0x10-", huge])("ignores %j", (value) => {
    expect(parseRange(value)).toBeNull();
  });

  it("writes plain decimals that read back", () => {
    expect(serializeRange({ min: 10, max: null })).toBe("10-");
    expect(serializeRange({ min: null, max: 2.5 })).toBe("-2.5");
    expect(serializeRange({ min: 0, max: 100 })).toBe("0-100");
    expect(serializeRange({ min: 1e-7, max: null })).toBe("0.0000001-");
    for (const range of [{ min: 0.1, max: 0.3 }, { min: 1e-7, max: 123456789 }, { min: null, max: 8.2 }]) {
      expect(parseRange(serializeRange(range))).toEqual(range);
    }
  });
});

describe("parseDateRange", () => {
  it("reads inclusive days with either end open", () => {
    expect(parseDateRange("2025-01-01..2026-12-31")).toEqual({ from: "2025-01-01", to: "2026-12-31" });
    expect(parseDateRange("2025-01-01..")).toEqual({ from: "2025-01-01", to: null });
    expect(parseDateRange("..2026-12-31")).toEqual({ from: null, to: "2026-12-31" });
    expect(parseDateRange("2025-03-01..2025-03-01")).toEqual({ from: "2025-03-01", to: "2025-03-01" });
  });

  it.each(["", "..", "2025..2026", "2025-01..2026-01", "2025-02-30..", "2025-13-01..", "2026-01-01..2025-01-01", "2025-01-01", "2025-01-01...", "x..y", huge])(
    "ignores %j",
    (value) => {
      expect(parseDateRange(value)).toBeNull();
    },
  );

  it("checks the calendar", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2025-02-29")).toBe(false);
    expect(isIsoDay("2025-1-01")).toBe(false);
  });

  it("round-trips", () => {
    const range = { from: null, to: "2026-06-23" };
    expect(serializeDateRange(range)).toBe("..2026-06-23");
    expect(parseDateRange(serializeDateRange(range))).toEqual(range);
  });
});

describe("parseColumnFilter", () => {
  it("reads a value as the column's filter type, and nothing else", () => {
    expect(parseColumnFilter("choice", "stake,legal")).toEqual({ type: "choice", values: ["stake", "legal"] });
    expect(parseColumnFilter("range", "10-40")).toEqual({ type: "range", min: 10, max: 40 });
    expect(parseColumnFilter("dates", "2025-01-01..")).toEqual({ type: "dates", from: "2025-01-01", to: null });
    expect(parseColumnFilter("range", "stake")).toBeNull();
    expect(parseColumnFilter("dates", "10-40")).toBeNull();
    expect(parseColumnFilter("choice", "10..40")).toBeNull();
  });

  it("round-trips every type", () => {
    const filters: ColumnFilter[] = [
      { type: "choice", values: ["a", "b-c"] },
      { type: "range", min: null, max: 3 },
      { type: "dates", from: "2020-02-29", to: null },
    ];
    for (const filter of filters) {
      expect(parseColumnFilter(filter.type, serializeColumnFilter(filter))).toEqual(filter);
    }
  });
});

describe("parameter names", () => {
  it("prefix each key with the table's short id", () => {
    expect(paramKey("terms", "sort")).toBe("terms.sort");
  });

  it("never let a column id collide with a reserved name, nor two tables share a prefix", () => {
    for (const table of Object.values(TABLES)) {
      for (const column of table.columns) expect(RESERVED_KEYS).not.toContain(column.id);
    }
    const prefixes = Object.values(TABLES).map((table) => table.key);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    // Left for the charts: unprefixed keys such as `scenario` are not ours.
    for (const prefix of prefixes) expect(prefix).toMatch(/^[a-z]+$/);
  });
});
