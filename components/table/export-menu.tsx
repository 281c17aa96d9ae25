"use client";

import { useId, useState, type KeyboardEvent } from "react";
import type { ViewSummary } from "@/lib/export-bundle";
import type { WithSources } from "@/lib/sources";
import type { ColumnSpec } from "@/lib/table-columns";
import type { TableInfo } from "@/lib/tables";
import { Popover } from "@/components/ui/popover";
import { saveFile } from "@/components/ui/save-file";
import { useTableData } from "./table-data";

export interface ExportView<Row> {
  specs: ColumnSpec<Row>[];
  rows: Row[];
  withSources: boolean;
  summary: ViewSummary;
}

const CSV = "text/csv;charset=utf-8";
const ITEM_CLASS = "flex w-full min-h-11 flex-col items-start rounded px-2 py-1.5 text-left hover:bg-sunken focus-visible:outline-2 focus-visible:outline-accent";

/**
 * The table's downloads. Everything that writes a file (CSV, fflate's zip) loads on the first
 * click, not with the page. Up and down arrows move between the choices, as Tab does.
 */
export function ExportMenu<Row extends WithSources<object>>({ info, rows, getView }: { info: TableInfo<Row>; rows: Row[]; getView: () => ExportView<Row> }) {
  const { meta, tables } = useTableData();
  const id = useId();
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);

  const run = async (write: () => Promise<string>) => {
    try {
      setStatus({ text: `Saved ${await write()}.`, failed: false });
    } catch (cause) {
      setStatus({ text: `Export failed: ${(cause as Error).message}`, failed: true });
    }
  };

  const csv = async (specs: ColumnSpec<Row>[], body: Row[], withSources: boolean) => {
    const [{ toCsv, csvFileName }, { tableCsvRows }] = await Promise.all([import("@/lib/csv"), import("@/lib/table-columns")]);
    const { header, rows: records } = tableCsvRows(specs, body, { withSources });
    const name = csvFileName(meta.lab, info.slug, meta.asOf);
    saveFile(name, toCsv(header, records), CSV);
    return name;
  };

  const items = [
    [
      "CSV of this view",
      "The rows and columns shown, in this order",
      () => {
        const view = getView();
        return csv(view.specs, view.rows, view.withSources);
      },
    ],
    ["CSV of all rows", "Every row and column, in the data's order", () => csv(info.columns, rows, true)],
    [
      "JSON of this view",
      "The rows shown, with what each column means",
      async () => {
        const { viewJson, jsonFileName } = await import("@/lib/export-bundle");
        const view = getView();
        const name = jsonFileName(meta.lab, info.slug, meta.asOf);
        saveFile(name, viewJson({ meta, ...view, view: view.summary, downloaded: new Date().toISOString() }), "application/json");
        return name;
      },
    ],
    [
      "Everything (.zip)",
      "All four tables in full, sources, column notes and a citation",
      async () => {
        const { buildBundle, bundleFileName } = await import("@/lib/export-bundle");
        const name = bundleFileName(meta.lab, meta.asOf);
        saveFile(name, buildBundle({ meta, tables, view: getView().summary, downloaded: new Date().toISOString() }) as Uint8Array<ArrayBuffer>, "application/zip");
        return name;
      },
    ],
  ] as const;

  const onArrow = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const buttons = [...event.currentTarget.querySelectorAll("button")];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = (index + (event.key === "ArrowDown" ? 1 : buttons.length - 1)) % buttons.length;
    event.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <div className="flex items-center gap-2">
      <Popover label="Export" buttonLabel={`Export ${info.title}`}>
        {(close) => (
          <ul className="flex w-72 max-w-full flex-col gap-0.5" onKeyDown={onArrow}>
            {items.map(([label, detail, write], index) => (
              <li key={label}>
                <button
                  type="button"
                  aria-label={label}
                  aria-describedby={`${id}-${index}`}
                  className={ITEM_CLASS}
                  onClick={() => {
                    close();
                    void run(write);
                  }}
                >
                  <span className="font-medium">{label}</span>
                  <span id={`${id}-${index}`} className="text-xs text-muted">
                    {detail}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </Popover>
      <p role="status" className={status?.failed ? "text-sm text-unconfirmed-ink" : "sr-only"}>
        {status?.text}
      </p>
    </div>
  );
}
