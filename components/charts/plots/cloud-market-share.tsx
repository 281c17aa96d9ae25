"use client";

import type { PlotProps } from "../chart-plot";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { companyColor } from "@/lib/palette";
import type { MarketSharePlot } from "@/lib/charts/cloud-market-share";
import { AXIS, GRID, HALO, TOOLTIP_PROPS } from "../chart-theme";

/** Share of cloud infrastructure spending by provider and quarter: context for the deals. */
export default function CloudMarketShare({ plot: { rows, providers }, title, desc }: PlotProps<MarketSharePlot>) {
  const data = rows.map((row) => ({ quarter: row.quarter, ...row.shares }));
  return (
    <BarChart responsive accessibilityLayer title={title} desc={desc} data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }} style={{ width: "100%", height: "100%" }}>
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="quarter" {...AXIS} />
      <YAxis domain={[0, 40]} ticks={[0, 10, 20, 30, 40]} tickFormatter={(value: number) => `${value}%`} width={44} {...AXIS} />
      <Tooltip {...TOOLTIP_PROPS} cursor={{ fill: "var(--color-line)", fillOpacity: 0.4 }} formatter={(value, name) => [`${value}%`, String(name)]} />
      {providers.map((provider) => (
        <Bar key={provider} dataKey={provider} name={provider} fill={companyColor(provider)} isAnimationActive={false}>
          <LabelList dataKey={provider} position="top" formatter={(value) => `${value}%`} fill="var(--color-ink)" fontSize={11} {...HALO} />
        </Bar>
      ))}
    </BarChart>
  );
}
