import type { Source } from "./schema";

/** A row as the page and the exports use it: its cited sources resolved, in citation order. */
export type WithSources<Row> = Row & { sources: Source[] };

/** Attaches each row's sources. Ids are checked at load, so a miss here is a programming error. */
export function withSources<Row extends { sourceIds: string[] }>(rows: Row[], sources: Source[]): WithSources<Row>[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return rows.map((row) => ({
    ...row,
    sources: row.sourceIds.map((id) => {
      const source = byId.get(id);
      if (!source) throw new Error(`unknown source id "${id}"`);
      return source;
    }),
  }));
}

/** The sources in the order the page first cites them, so footnote numbers read 1, 2, 3 down the page. */
export function citationOrder(sources: Source[], rowGroups: { sourceIds: string[] }[][]): Source[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const ordered = new Map<string, Source>();
  for (const rows of rowGroups) {
    for (const row of rows) {
      for (const id of row.sourceIds) {
        const source = byId.get(id);
        if (source && !ordered.has(id)) ordered.set(id, source);
      }
    }
  }
  for (const source of sources) if (!ordered.has(source.id)) ordered.set(source.id, source);
  return [...ordered.values()];
}
