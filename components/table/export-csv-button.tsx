"use client";

import { useState } from "react";
import type { ColumnSpec } from "@/lib/table-columns";
import type { WithSources } from "@/lib/sources";

interface ExportView<Row> {
  columns: ColumnSpec<Row>[];
  rows: Row[];
}

/**
 * Writes the view to a CSV file in the browser, so it works on a static host. The CSV code
 * (and Papa Parse) loads on the first click rather than with the page.
 */
export function ExportCsvButton<Row extends WithSources<object>>({
  slug,
  asOf,
  label,
  getView,
}: {
  slug: string;
  asOf: string;
  label: string;
  getView: () => ExportView<Row>;
}) {
  const [error, setError] = useState<string | null>(null);

  const onClick = async () => {
    try {
      const [{ toCsv, csvFileName }, { tableCsvRows }] = await Promise.all([import("@/lib/csv"), import("@/lib/table-columns")]);
      const view = getView();
      const { header, rows } = tableCsvRows(view.columns, view.rows);
      const blob = new Blob([toCsv(header, rows)], { type: "text/csv;charset=utf-8" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = csvFileName(slug, asOf);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setError(null);
    } catch (cause) {
      setError(`Export failed: ${(cause as Error).message}`);
    }
  };

  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        onClick={onClick}
        aria-label={label}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-sunken focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.6">
          <path d="M8 2v8m0 0 3-3m-3 3L5 7M3 12v2h10v-2" />
        </svg>
        Export CSV
      </button>
      {error ? (
        <p role="alert" className="text-sm text-unconfirmed-ink">
          {error}
        </p>
      ) : null}
    </div>
  );
}
