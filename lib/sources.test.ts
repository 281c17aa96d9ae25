import { describe, expect, it } from "vitest";
import { syntheticSource } from "./test/builders";
import { citationOrder, withSources } from "./sources";

const source = syntheticSource;

const a = source("a");
const b = source("b", null);
const c = source("c");
const d = source("d");
const sources = [a, b, c, d];

describe("withSources", () => {
  it("attaches each row's sources in the row's citation order, not the sources file's order", () => {
    const rows = [
      { id: "row-1", sourceIds: ["c", "a"] },
      { id: "row-2", sourceIds: ["b"] },
    ];
    const result = withSources(rows, sources);
    expect(result).toEqual([
      { id: "row-1", sourceIds: ["c", "a"], sources: [c, a] },
      { id: "row-2", sourceIds: ["b"], sources: [b] },
    ]);
    // The resolved objects are the sources themselves.
    expect(result[0].sources[0]).toBe(c);
  });

  it("keeps every other field and does not change the input rows", () => {
    const rows = [{ id: "row-1", amountUsd: null, sourceIds: ["a"] }];
    const result = withSources(rows, sources);
    expect(result[0].amountUsd).toBeNull();
    expect(rows[0]).toEqual({ id: "row-1", amountUsd: null, sourceIds: ["a"] });
    expect("sources" in rows[0]).toBe(false);
  });

  it("returns an empty list for no rows", () => {
    expect(withSources([], sources)).toEqual([]);
  });

  it("throws on an unknown source id, naming it", () => {
    expect(() => withSources([{ sourceIds: ["a", "missing-source"] }], sources)).toThrow('unknown source id "missing-source"');
  });
});

describe("citationOrder", () => {
  it("orders sources by first citation across row groups, then appends the uncited ones in file order", () => {
    const groups = [
      [{ sourceIds: ["c"] }, { sourceIds: ["a", "c"] }],
      [{ sourceIds: ["a"] }],
    ];
    expect(citationOrder(sources, groups).map((s) => s.id)).toEqual(["c", "a", "b", "d"]);
  });

  it("lists each source once", () => {
    const groups = [[{ sourceIds: ["d", "d", "b"] }], [{ sourceIds: ["b", "d"] }]];
    expect(citationOrder(sources, groups).map((s) => s.id)).toEqual(["d", "b", "a", "c"]);
  });

  it("keeps the file's order when nothing is cited", () => {
    expect(citationOrder(sources, [])).toEqual([a, b, c, d]);
    expect(citationOrder(sources, [[]])).toEqual([a, b, c, d]);
  });

  it("ignores citations of ids that are not sources", () => {
    expect(citationOrder(sources, [[{ sourceIds: ["zzz", "b"] }]]).map((s) => s.id)).toEqual(["b", "a", "c", "d"]);
  });
});
