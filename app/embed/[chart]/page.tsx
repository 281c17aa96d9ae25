import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartBySlug } from "@/components/charts/chart-by-slug";
import { CHART_SLUGS, isChartSlug } from "@/lib/charts";
import { homePageData } from "@/lib/page-data";

// One static page per chart; any other slug is a 404, never a render error.
export const dynamicParams = false;

export function generateStaticParams() {
  return CHART_SLUGS.map((chart) => ({ chart }));
}

export const metadata: Metadata = { title: "Stakes chart", robots: { index: false } };

/** A single chart for an iframe: its card with title, sources and as-of date, and a link back. */
export default async function EmbedPage({ params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  if (!isChartSlug(chart)) notFound();
  const data = homePageData();
  return (
    <main className="flex flex-col gap-2 p-2">
      <ChartBySlug slug={chart} charts={data.charts} asOf={data.meta.asOf} eager />
      <p className="px-1 text-xs text-muted">
        From{" "}
        <a href={`/#${chart}-title`} target="_top" className="text-accent underline underline-offset-2">
          Stakes: {data.meta.title}
        </a>
      </p>
    </main>
  );
}
