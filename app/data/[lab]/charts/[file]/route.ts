import { notFound } from "next/navigation";
import { homeLab, labPageIds } from "@/lib/labs";
import { loadDataset } from "@/lib/load-data";
import { homePageData } from "@/lib/page-data";

export const dynamic = "force-static";
// One static file per drawn chart of each lab's page (`/data/openai/charts/money-both-ways.json`):
// its plot and its table, which the page's chart fetches when it is drawn; anything else is a 404.
export const dynamicParams = false;

function labIds(): string[] {
  const labs = loadDataset().labs;
  return [homeLab(labs).id, ...labPageIds(labs)];
}

/** A lab's charts that have something to draw (a chart without one shows its table in the page). */
function drawnCharts(lab: string) {
  return homePageData(lab).charts.filter((chart) => chart.plot !== null);
}

export function generateStaticParams() {
  return labIds().flatMap((lab) => drawnCharts(lab).map((chart) => ({ lab, file: `${chart.slug}.json` })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lab: string; file: string }> }) {
  const { lab, file } = await params;
  const chart = labIds().includes(lab) ? drawnCharts(lab).find((candidate) => `${candidate.slug}.json` === file) : undefined;
  if (!chart) notFound();
  return Response.json({ plot: chart.plot, table: chart.table });
}
