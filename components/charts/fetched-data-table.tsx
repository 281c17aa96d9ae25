"use client";

import { use } from "react";
import { chartData, type ChartSource } from "./chart-data";
import { ChartDataTable } from "./chart-data-table";

/** A chart's "Show as table" view, its numbers read from where they are (fetched once, or in the page). */
export default function FetchedDataTable({ caption, source }: { caption: string; source: ChartSource }) {
  return <ChartDataTable caption={caption} table={use(chartData(source)).table} />;
}
