import { citedSources, columnsMeta, downloadCitation, fullTables, type BundleInput, type DatasetMeta, type ViewSummary } from "./export-bundle";
import type { ExportScope } from "./csv";
import { licenceLine } from "./licence";
import type { WithSources } from "./sources";
import { tableCsvRows, type ColumnSpec } from "./table-columns";
import type { CellValue, SheetInput, WorkbookInput } from "./xlsx";

/**
 * The Excel downloads, shaped from the same pieces as the CSV and the zip: a table's sheet is
 * its CSV's header and records, and the sheets beside it say what every column means, where
 * the data comes from and how to cite it. Pure; lib/xlsx.ts writes the file.
 */

type ColumnsMeta = ReturnType<typeof columnsMeta>;

const COLUMNS_HEADER = ["sheet", "column", "label", "description", "unit"];

/** What each column of each sheet means, one row a column. */
function columnsSheet(tables: { sheet: string; columns: ColumnsMeta }[]): SheetInput {
  return {
    name: "Columns",
    rows: [COLUMNS_HEADER, ...tables.flatMap(({ sheet, columns }) => columns.map((column) => [sheet, column.name, column.label, column.description, column.unit]))],
  };
}

/** Where the download came from, as field and value: the data's date, the view, the citation. */
function metadataSheet(meta: DatasetMeta, view: ViewSummary, downloaded: string, contents: [string, CellValue][]): SheetInput {
  const list = (values: string[]) => (values.length > 0 ? values.join("; ") : null);
  return {
    name: "Metadata",
    rows: [
      ["field", "value"],
      ["title", meta.title],
      ["subject", meta.subject],
      ["as_of", meta.asOf],
      ["note", meta.note],
      ["downloaded", downloaded],
      ["url", view.url],
      ["citation", downloadCitation(meta, view, downloaded)],
      ["licence", licenceLine()],
      ...contents,
      ["view_table", view.table],
      ["view_filters", list(view.filters)],
      ["view_sort", list(view.sort)],
      ["view_hidden_columns", list(view.hiddenColumns)],
      ["view_rows_shown", view.rowsShown],
      ["view_rows_total", view.rowsTotal],
      ["formats", "Amounts are numbers in US dollars; dates are text, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); an unknown value is an empty cell."],
    ],
  };
}

export interface TableWorkbookInput<Row> {
  meta: DatasetMeta;
  title: string;
  specs: ColumnSpec<Row>[];
  rows: Row[];
  withSources: boolean;
  view: ViewSummary;
  downloaded: string;
  scope: ExportScope;
}

/** One table (the view as shown, or every row and column), with what its columns mean and where it came from. */
export function tableWorkbook<Row extends WithSources<object>>({ meta, title, specs, rows, withSources, view, downloaded, scope }: TableWorkbookInput<Row>): WorkbookInput {
  const { header, rows: records } = tableCsvRows(specs, rows, { withSources });
  const contents = scope === "view" ? `The rows and columns of ${title} shown, in the order shown` : `Every row and column of ${title}, in the data's order`;
  return {
    title: `${title}: ${meta.title}`,
    created: downloaded,
    sheets: [
      { name: title, rows: [header, ...records] },
      columnsSheet([{ sheet: title, columns: columnsMeta(specs, withSources) }]),
      metadataSheet(meta, view, downloaded, [
        ["contents", contents],
        ["rows", records.length],
      ]),
    ],
  };
}

const SOURCES_HEADER = ["id", "publisher", "tier", "title", "url", "date", "confidence", "cited_by"];

/** Every table in full, a sheet each, then the sources they cite, what every column means, and the metadata. */
export function everythingWorkbook({ meta, tables, view, downloaded }: BundleInput): WorkbookInput {
  const full = fullTables(meta, tables);
  const sources = citedSources(tables, meta.home).map((source) => [
    source.id,
    source.publisher,
    source.tier,
    source.title,
    source.url,
    source.date,
    source.confidence.join("; "),
    source.citedBy.map(({ table, row }) => `${table}: ${row}`).join("; "),
  ]);
  return {
    title: meta.title,
    created: downloaded,
    sheets: [
      ...full.map(({ title, header, records }) => ({ name: title, rows: [header, ...records] })),
      { name: "Sources", rows: [SOURCES_HEADER, ...sources] },
      columnsSheet(full.map(({ title, columns }) => ({ sheet: title, columns }))),
      metadataSheet(meta, view, downloaded, [
        ["contents", "Every table in full (a sheet each, all rows and columns in the data's order), the sources they cite, and what every column means"],
        ...full.map(({ title, records }): [string, CellValue] => [`rows in ${title}`, records.length]),
      ]),
    ],
  };
}
