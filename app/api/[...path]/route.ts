import { notFound } from "next/navigation";
import { csvResponse } from "@/lib/exports";
import { labPageIds } from "@/lib/labs";
import { loadDataset, loadLabDataset } from "@/lib/load-data";
import { DATA_FILE, pageTableIds, tableFileName, tableOfFile } from "@/lib/tables";

export const dynamic = "force-static";
// One static file per table and the data set, for the home page's lab (`/api/deal-terms.csv`)
// and for each lab with a page of its own (`/api/anthropic/deal-terms.csv`); anything else is a 404.
export const dynamicParams = false;

/** The home page's files, or another lab's (which has no tables across labs). */
const files = (home: boolean) => [...pageTableIds(home).map(tableFileName), DATA_FILE];

export function generateStaticParams() {
  const labs = labPageIds(loadDataset().labs);
  return [...files(true).map((file) => [file]), ...labs.flatMap((lab) => files(false).map((file) => [lab, file]))].map((path) => ({ path }));
}

/** A table in full as CSV, or the lab's validated data set with its sources, for scripts and notebooks. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const [lab, file] = path.length === 1 ? [undefined, path[0]] : path;
  if (path.length > 2 || (lab !== undefined && !labPageIds(loadDataset().labs).includes(lab))) notFound();
  if (file === DATA_FILE) return Response.json(loadLabDataset(lab));
  const id = tableOfFile(file);
  if (!id || !pageTableIds(lab === undefined).includes(id)) notFound();
  return csvResponse(id, lab);
}
