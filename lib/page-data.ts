import "server-only";
import { labPageData, type HomePageData } from "./lab-page-data";
import { datasetForLab, findLab } from "./labs";
import { loadDataset } from "./load-data";
import { withSources } from "./sources";
import { toTableFile } from "./table-files";
import { TABLES, type TableId, type TableInfo, type TableRows } from "./tables";

/** Everything a lab's page shows (the home page's lab unless another is named), from the validated data. */
export function homePageData(labId?: string): HomePageData {
  return labPageData(loadDataset(), labId);
}

export type { HomePageData } from "./lab-page-data";

/** A lab's table as its static file (`/data/<lab>/<slug>.json`): its rows and the sources they cite. */
export function tableFileOf<Id extends TableId>(labId: string, id: Id) {
  const all = loadDataset();
  const lab = findLab(all.labs, labId);
  const info: TableInfo<TableRows[Id][number]> = TABLES[id];
  return toTableFile(info.rows(datasetForLab(all, lab.id), all), all.sources);
}

/** A lab's table with its sources resolved, for the table's own page; the home page's lab unless another is named. */
export function labTable<Id extends TableId>(id: Id, labId?: string) {
  const all = loadDataset();
  const lab = findLab(all.labs, labId);
  const info: TableInfo<TableRows[Id][number]> = TABLES[id];
  return { lab, rows: withSources(info.rows(datasetForLab(all, lab.id), all), all.sources) as TableRows[Id], asOf: all.meta.asOf };
}
