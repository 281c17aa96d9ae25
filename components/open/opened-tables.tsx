"use client";

import { useMemo } from "react";
import { Section } from "@/components/ui/section";
import { RegistryTable } from "@/components/table/tables";
import { TableDataProvider } from "@/components/table/table-data";
import type { DatasetMeta } from "@/lib/export-bundle";
import { groupDigits } from "@/lib/format";
import { OPEN_TABLE_IDS } from "@/lib/open-columns";
import type { OpenResult } from "@/lib/open-rows";
import { withSources } from "@/lib/sources";
import { TABLE_IDS, TABLES, type TableId, type TableRows } from "@/lib/tables";

/**
 * The reader's rows in the site's own tables: the same columns, search, filters, sort and
 * exports (named `opened-stakes-…`, so they never pass for the site's files).
 */
export function OpenedTables({ result }: { result: OpenResult }) {
  const { meta, tables } = useMemo(() => {
    const meta: DatasetMeta = { lab: "opened", home: false, title: "Your file, checked by Stakes", subject: "your file", asOf: result.asOf, note: null };
    const opened = result.tables as Partial<Record<TableId, { sourceIds: string[] }[]>>;
    const tables = Object.fromEntries(TABLE_IDS.map((id) => [id, withSources(opened[id] ?? [], result.sources)])) as unknown as TableRows;
    return { meta, tables };
  }, [result]);
  const shown = OPEN_TABLE_IDS.filter((id) => result.counts[id] !== undefined);
  return (
    <TableDataProvider meta={meta} tables={tables}>
      {shown.map((id) => {
        const count = result.counts[id]!;
        return (
          <Section
            key={id}
            id={TABLES[id].anchor}
            title={TABLES[id].title}
            intro={`${groupDigits(count.kept)} of ${groupDigits(count.read)} rows kept${count.kept < count.read ? "; the others have problems, listed above" : ""}.`}
          >
            <RegistryTable id={id} />
          </Section>
        );
      })}
    </TableDataProvider>
  );
}
