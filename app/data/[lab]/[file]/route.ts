import { notFound } from "next/navigation";
import { homeLab, labPageIds } from "@/lib/labs";
import { loadDataset } from "@/lib/load-data";
import { homePageData, tableFileOf } from "@/lib/page-data";
import { LIST_FILES, tableJsonName } from "@/lib/table-files";
import { pageTableIds } from "@/lib/tables";

export const dynamic = "force-static";
// One static file per table of each lab's page (`/data/openai/deal-terms.json`), which the
// page's live tables fetch after first paint, and its sources and disputes; anything else is a 404.
export const dynamicParams = false;

/** Each lab with a page, and whether it is the home page's (which also has the tables across labs). */
function pages(): { lab: string; home: boolean }[] {
  const labs = loadDataset().labs;
  return [{ lab: homeLab(labs).id, home: true }, ...labPageIds(labs).map((lab) => ({ lab, home: false }))];
}

export function generateStaticParams() {
  return pages().flatMap(({ lab, home }) => [...pageTableIds(home).map(tableJsonName), ...Object.values(LIST_FILES)].map((file) => ({ lab, file })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lab: string; file: string }> }) {
  const { lab, file } = await params;
  const page = pages().find((candidate) => candidate.lab === lab);
  if (page && file === LIST_FILES.sources) return Response.json(homePageData(page.home ? undefined : lab).sources);
  if (page && file === LIST_FILES.disputes) return Response.json(homePageData(page.home ? undefined : lab).disputes);
  const id = page && pageTableIds(page.home).find((candidate) => tableJsonName(candidate) === file);
  if (!page || !id) notFound();
  return Response.json(tableFileOf(lab, id));
}
