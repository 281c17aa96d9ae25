"use client";

import { useId, useState, type KeyboardEvent } from "react";
import type { ExportScope } from "@/lib/csv";
import type { ViewSummary } from "@/lib/export-bundle";
import type { WithSources } from "@/lib/sources";
import type { ColumnSpec } from "@/lib/table-columns";
import type { TableInfo } from "@/lib/tables";
import { Popover } from "@/components/ui/popover";
import { saveFile } from "@/components/ui/save-file";
import { useAllTableRows, useTableMeta } from "./table-data";

export interface ExportView<Row> {
  specs: ColumnSpec<Row>[];
  rows: Row[];
  withSources: boolean;
  summary: ViewSummary;
}

const CSV = "text/csv;charset=utf-8";
const ITEM_CLASS = "flex w-full min-h-11 flex-col items-start rounded px-2 py-1.5 text-left hover:bg-sunken focus-visible:outline-2 focus-visible:outline-accent";

type Item = readonly [label: string, detail: string, write: () => Promise<string>];

/**
 * The table's downloads, grouped by what they hold: the view, all of this table's rows, or
 * every table. Everything that writes a file (CSV, the .xlsx writer, fflate's zip) loads on
 * the first click, not with the page. Up and down arrows move between the choices, as Tab does.
 */
export function ExportMenu<Row extends WithSources<object>>({ info, rows, getView }: { info: TableInfo<Row>; rows: Row[]; getView: () => ExportView<Row> }) {
  const meta = useTableMeta();
  const allTables = useAllTableRows();
  const id = useId();
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);

  const run = async (write: () => Promise<string>) => {
    try {
      setStatus({ text: `Saved ${await write()}.`, failed: false });
    } catch (cause) {
      setStatus({ text: `Export failed: ${(cause as Error).message}`, failed: true });
    }
  };

  const csv = async (scope: ExportScope) => {
    const view = scope === "view" ? getView() : { specs: info.columns, rows, withSources: true };
    const [{ toCsv, tableExportName }, { tableCsvRows }] = await Promise.all([import("@/lib/csv"), import("@/lib/table-columns")]);
    const { header, rows: records } = tableCsvRows(view.specs, view.rows, { withSources: view.withSources });
    const name = tableExportName(meta.lab, info.slug, meta.asOf, "csv", scope);
    saveFile(name, toCsv(header, records), CSV);
    return name;
  };

  const xlsx = async (scope: ExportScope) => {
    const view = getView();
    const contents = scope === "view" ? view : { ...view, specs: info.columns, rows, withSources: true };
    const [{ tableExportName }, { tableWorkbook }, { buildXlsx, XLSX_TYPE }] = await Promise.all([import("@/lib/csv"), import("@/lib/export-workbook"), import("@/lib/xlsx")]);
    const name = tableExportName(meta.lab, info.slug, meta.asOf, "xlsx", scope);
    const workbook = tableWorkbook({ meta, title: info.title, ...contents, view: view.summary, downloaded: new Date().toISOString(), scope });
    saveFile(name, buildXlsx(workbook) as Uint8Array<ArrayBuffer>, XLSX_TYPE);
    return name;
  };

  const groups: readonly (readonly [heading: string, items: readonly Item[]])[] = [
    [
      "This view",
      [
        ["CSV of this view", "The rows and columns shown, in this order", () => csv("view")],
        ["Excel of this view", "The same rows as an .xlsx workbook, with column notes", () => xlsx("view")],
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
      ],
    ],
    [
      "All rows of this table",
      [
        ["CSV of all rows", "Every row and column, in the data's order", () => csv("all")],
        ["Excel of all rows", "Every row and column as an .xlsx workbook", () => xlsx("all")],
      ],
    ],
    [
      "Every table",
      [
        [
          "Everything (.zip)",
          "Every table in full as CSV, sources, column notes and a citation",
          async () => {
            const [{ buildBundle, bundleFileName }, tables] = await Promise.all([import("@/lib/export-bundle"), allTables()]);
            const name = bundleFileName(meta.lab, meta.asOf);
            saveFile(name, buildBundle({ meta, tables, view: getView().summary, downloaded: new Date().toISOString() }) as Uint8Array<ArrayBuffer>, "application/zip");
            return name;
          },
        ],
        [
          "Everything (.xlsx)",
          "One workbook: a sheet per table, the sources and the column notes",
          async () => {
            const [{ datasetFileName }, { everythingWorkbook }, { buildXlsx, XLSX_TYPE }, tables] = await Promise.all([import("@/lib/csv"), import("@/lib/export-workbook"), import("@/lib/xlsx"), allTables()]);
            const name = datasetFileName(meta.lab, meta.asOf, "xlsx");
            saveFile(name, buildXlsx(everythingWorkbook({ meta, tables, view: getView().summary, downloaded: new Date().toISOString() })) as Uint8Array<ArrayBuffer>, XLSX_TYPE);
            return name;
          },
        ],
      ],
    ],
  ];

  const onArrow = (event: KeyboardEvent<HTMLDivElement>) => {
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
          <div className="flex w-72 max-w-full flex-col gap-2" onKeyDown={onArrow}>
            {groups.map(([heading, items], group) => (
              <div key={heading} role="group" aria-labelledby={`${id}-group-${group}`}>
                <p id={`${id}-group-${group}`} className="px-2 pb-0.5 text-xs font-semibold tracking-wide text-muted uppercase">
                  {heading}
                </p>
                <ul className="flex flex-col gap-0.5">
                  {items.map(([label, detail, write], index) => (
                    <li key={label}>
                      <button
                        type="button"
                        aria-label={label}
                        aria-describedby={`${id}-${group}-${index}`}
                        className={ITEM_CLASS}
                        onClick={() => {
                          close();
                          void run(write);
                        }}
                      >
                        <span className="font-medium">{label}</span>
                        <span id={`${id}-${group}-${index}`} className="text-xs text-muted">
                          {detail}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </Popover>
      <p role="status" className={status?.failed ? "text-sm text-unconfirmed-ink" : "sr-only"}>
        {status?.text}
      </p>
    </div>
  );
}
