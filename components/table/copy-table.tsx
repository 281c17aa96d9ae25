"use client";

import type { WithSources } from "@/lib/sources";
import { CopyButton } from "@/components/ui/copy-button";
import type { ExportView } from "./export-menu";

/**
 * Copies the view as tab-separated cells (the columns and rows of "CSV of this view", in the
 * order shown), to paste into Excel, Sheets or Numbers. The writer loads on the first click.
 */
export function CopyTable<Row extends WithSources<object>>({ title, shown, getView }: { title: string; shown: number; getView: () => ExportView<Row> }) {
  const getText = async () => {
    // Read before the first await: the rows are the view at the moment of the click.
    const view = getView();
    const [{ toTsv }, { tableCsvRows }] = await Promise.all([import("@/lib/csv"), import("@/lib/table-columns")]);
    const { header, rows } = tableCsvRows(view.specs, view.rows, { withSources: view.withSources });
    return toTsv(header, rows);
  };
  return <CopyButton label="Copy table" buttonLabel={`Copy table: ${title}`} done={`Copied ${shown} ${shown === 1 ? "row" : "rows"}: paste into a spreadsheet.`} getText={getText} quiet />;
}
