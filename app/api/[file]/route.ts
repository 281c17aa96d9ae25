import { notFound } from "next/navigation";
import { csvResponse } from "@/lib/exports";
import { loadLabDataset } from "@/lib/load-data";
import { DATA_FILE, TABLE_IDS, tableFileName, tableOfFile } from "@/lib/tables";

export const dynamic = "force-static";
// One static file per table and the whole data set; any other name is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return [...TABLE_IDS.map(tableFileName), DATA_FILE].map((file) => ({ file }));
}

/** `/api/<slug>.csv`: a table in full; `/api/data.json`: the home lab's validated data set, sources included, for scripts and notebooks. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === DATA_FILE) return Response.json(loadLabDataset());
  const id = tableOfFile(file);
  if (!id) notFound();
  return csvResponse(id);
}
