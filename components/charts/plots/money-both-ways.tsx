"use client";

import type { DrawProps } from "../chart-plot";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { formatUsd, formatUsdFull } from "@/lib/format";
import { niceTicks } from "@/lib/headline";
import { companyColor, trancheOpacity } from "@/lib/palette";
import { slugify } from "@/lib/slug";
import { flowBars, flowPartKey, type FlowsPlot } from "@/lib/charts/money-both-ways";
import { flowPartLabel, scenarioFlows } from "@/lib/series";
import { useScenario } from "@/components/scenario/use-scenario";
import { focusableBar } from "../focus-ring";
import { AXIS, GRID, HALO, SURFACE, TOOLTIP_PROPS } from "../chart-theme";

export { flowPoints as points } from "@/lib/charts/money-both-ways";

/**
 * Two bars per backer: what it put into the lab (`subject`), and what the lab committed to
 * spend on its cloud. The parts of each bar are stacked; conditional money is hatched.
 */
export default function MoneyBothWays({ plot: { flows: allFlows, subject }, title, desc, focused }: DrawProps<FlowsPlot>) {
  const [scenario] = useScenario();
  const flows = scenarioFlows(allFlows, scenario);
  const inParts = Math.max(...flows.map((flow) => flow.invested.length));
  const backParts = Math.max(...flows.map((flow) => flow.cloudBack.length));
  // Each bar's full name (what the tooltip and screen readers get) and its short axis label.
  const data = flowBars(flows, subject).map((bar) => ({ ...bar, ...Object.fromEntries(bar.parts.map((part, i) => [`p${i}`, part.amountUsd])) }));
  const shortNames = new Map(data.map((row) => [row.name, row.short]));
  const parts = Math.max(inParts, backParts);
  // The same scale in every scenario, and few enough ticks that a phone shows each one.
  const ticks = niceTicks(Math.max(...allFlows.map((flow) => Math.max(sum(flow.invested), sum(flow.cloudBack)))), 3);

  return (
    <BarChart {...SURFACE} title={title} desc={desc} layout="vertical" data={data} barCategoryGap="22%" margin={{ top: 4, right: 72, bottom: 4, left: 4 }}>
      <defs>
        {flows.map((flow) => (
          <pattern key={flow.investor} id={`flows-hatch-${slugify(flow.investor)}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill={companyColor(flow.investor)} fillOpacity="0.14" />
            <line x1="0" y1="0" x2="0" y2="8" stroke={companyColor(flow.investor)} strokeWidth="3" />
          </pattern>
        ))}
      </defs>
      <CartesianGrid stroke={GRID} horizontal={false} />
      <XAxis type="number" ticks={ticks} interval={0} domain={[0, ticks[ticks.length - 1]]} tickFormatter={(value: number) => formatUsd(value)} {...AXIS} />
      <YAxis type="category" dataKey="name" width={104} {...AXIS} tick={{ ...AXIS.tick, fill: "var(--color-ink)" }} tickFormatter={(name: string) => shortNames.get(name) ?? name} />
      <Tooltip
        {...TOOLTIP_PROPS}
        cursor={{ fill: "var(--color-line)", fillOpacity: 0.4 }}
        formatter={(value, key, item) => {
          const row = item.payload as (typeof data)[number];
          const part = row.parts[Number(String(key).slice(1))];
          return [formatUsdFull(Number(value)), part ? flowPartLabel(part) : String(key)];
        }}
      />
      {Array.from({ length: parts }, (_, i) => (
        <Bar key={i} dataKey={`p${i}`} stackId="flow" isAnimationActive={false} shape={focusableBar((index) => data[index] !== undefined && focused === flowPartKey(data[index], i))}>
          {data.map((row) => {
            const part = row.parts[i];
            const color = companyColor(row.direction === "in" ? row.flow.investor : subject);
            return (
              <Cell
                key={row.name}
                fill={part?.conditional ? `url(#flows-hatch-${slugify(row.flow.investor)})` : color}
                fillOpacity={part?.conditional ? 1 : trancheOpacity(i)}
                stroke={color}
                strokeWidth={part?.conditional ? 1 : 0}
              />
            );
          })}
          <LabelList
              dataKey={`p${i}`}
              content={({ x, y, width, height, index }) => {
                const row = data[Number(index)];
                if (i !== row.parts.length - 1) return null; // one total label, at the end of the bar
                const total = sum(row.parts);
                const floor = row.direction === "in" && row.flow.investedFloor ? "+" : "";
                return (
                  <text x={Number(x) + Number(width) + 6} y={Number(y) + Number(height) / 2} dominantBaseline="central" fill="var(--color-ink)" fontSize={12} fontWeight={600} {...HALO}>
                    {formatUsd(total)}
                    {floor}
                  </text>
                );
              }}
            />
        </Bar>
      ))}
    </BarChart>
  );
}

function sum(parts: { amountUsd: number }[]): number {
  return parts.reduce((total, part) => total + part.amountUsd, 0);
}
