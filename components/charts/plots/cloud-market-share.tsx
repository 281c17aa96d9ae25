"use client";

import type { DrawProps } from "../chart-plot";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { companyColor } from "@/lib/palette";
import { shareKey, type MarketSharePlot } from "@/lib/charts/cloud-market-share";
import { focusableBar } from "../focus-ring";
import { AXIS, GRID, HALO, SURFACE, TOOLTIP_PROPS } from "../chart-theme";

export { sharePoints as points } from "@/lib/charts/cloud-market-share";

/** Share of cloud infrastructure spending by provider and quarter: context for the deals. */
export default function CloudMarketShare({ plot: { rows, providers }, title, desc, focused }: DrawProps<MarketSharePlot>) {
  const data = rows.map((row) => ({ quarter: row.quarter, ...row.shares }));
  return (
    <BarChart {...SURFACE} title={title} desc={desc} data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }}>
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="quarter" {...AXIS} />
      <YAxis domain={[0, 40]} ticks={[0, 10, 20, 30, 40]} tickFormatter={(value: number) => `${value}%`} width={44} {...AXIS} />
      <Tooltip {...TOOLTIP_PROPS} cursor={{ fill: "var(--color-line)", fillOpacity: 0.4 }} formatter={(value, name) => [`${value}%`, String(name)]} />
      {providers.map((provider) => (
        <Bar key={provider} dataKey={provider} name={provider} fill={companyColor(provider)} isAnimationActive={false} shape={focusableBar((index) => focused === shareKey(provider, rows[index]?.quarter ?? ""))}>
          <LabelList dataKey={provider} position="top" formatter={(value) => `${value}%`} fill="var(--color-ink)" fontSize={11} {...HALO} />
        </Bar>
      ))}
    </BarChart>
  );
}
