"use client";

import type { DrawProps } from "../chart-plot";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { formatUsd, formatUsdFull } from "@/lib/format";
import { niceTicks, scenarioSegments, type Segment } from "@/lib/headline";
import { useScenario } from "@/components/scenario/use-scenario";
import { companyColor, trancheOpacity } from "@/lib/palette";
import { slugify } from "@/lib/slug";
import type { CapitalPlot } from "@/lib/charts/capital-by-tranche";
import { focusableBar } from "../focus-ring";
import { SURFACE, TOOLTIP_PROPS } from "../chart-theme";

export { capitalPoints as points } from "@/lib/charts/capital-by-tranche";

function segmentFill(segment: Segment, index: number): { fill: string; fillOpacity: number } {
  if (segment.conditional) return { fill: `url(#hatch-${slugify(segment.investor)})`, fillOpacity: 1 };
  return { fill: companyColor(segment.investor), fillOpacity: trancheOpacity(index) };
}

/** Horizontal stacked bars, one per backer; the conditional tranche hatched, not solid. */
export default function CapitalByTranche({ plot: { bars: allBars }, title, desc, focused }: DrawProps<CapitalPlot>) {
  const [scenario] = useScenario();
  const bars = allBars.map((bar) => ({ ...bar, segments: scenarioSegments(bar.segments, scenario) }));
  const data = bars.map((bar) => ({
    name: bar.investor,
    ...Object.fromEntries(bar.segments.map((segment) => [segment.key, segment.amountUsd])),
  }));
  const series = bars.flatMap((bar) =>
    bar.segments.map((segment, index) => ({ segment, index, last: index === bar.segments.length - 1, undisclosed: bar.undisclosedCount })),
  );
  // The axis of the full amounts, whatever the scenario: a bar shrinks, the scale stays.
  const ticks = niceTicks(Math.max(...allBars.map((bar) => bar.segments.reduce((sum, segment) => sum + segment.amountUsd, 0))));

  return (
    <BarChart {...SURFACE} title={title} desc={desc} layout="vertical" data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <defs>
          {bars.map((bar) => (
            <pattern key={bar.investor} id={`hatch-${slugify(bar.investor)}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" fill={companyColor(bar.investor)} fillOpacity="0.14" />
              <line x1="0" y1="0" x2="0" y2="8" stroke={companyColor(bar.investor)} strokeWidth="3" />
            </pattern>
          ))}
        </defs>
        <CartesianGrid horizontal={false} stroke="var(--color-line)" />
        <XAxis type="number" ticks={ticks} domain={[0, ticks[ticks.length - 1]]} tickFormatter={(value: number) => formatUsd(value)} stroke="var(--color-muted)" tick={{ fill: "var(--color-muted)", fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={84} stroke="var(--color-muted)" tick={{ fill: "var(--color-ink)", fontSize: 13, fontWeight: 600 }} />
        <Tooltip
          cursor={{ fill: "var(--color-line)", fillOpacity: 0.4 }}
          {...TOOLTIP_PROPS}
          formatter={(value, key) => {
            const match = series.find((item) => item.segment.key === key);
            return [formatUsdFull(Number(value)), match ? `${match.segment.investor}: ${match.segment.label}` : String(key)];
          }}
        />
        {series.map(({ segment, index, last, undisclosed }) => (
          <Bar
            key={segment.key}
            dataKey={segment.key}
            stackId="total"
            isAnimationActive={false}
            stroke={companyColor(segment.investor)}
            strokeWidth={0}
            {...segmentFill(segment, index)}
            shape={focusableBar((row) => focused === segment.key && data[row]?.name === segment.investor)}
          >
            <LabelList
              dataKey={segment.key}
              position="center"
              content={({ x, y, width, height, value }) => {
                const w = Number(width);
                if (!value || w < 44) return null; // too narrow to read; the legend and table carry it
                const solid = !segment.conditional && trancheOpacity(index) >= 0.7;
                return (
                  <text
                    x={Number(x) + w / 2}
                    y={Number(y) + Number(height) / 2}
                    textAnchor="middle"
                    dominantBaseline="central"
                    fill={solid ? "var(--color-on-company)" : "var(--color-ink)"}
                    stroke={solid ? "none" : "var(--color-surface)"}
                    strokeWidth={3}
                    paintOrder="stroke"
                    fontSize={12}
                    fontWeight={600}
                  >
                    {formatUsd(Number(value))}
                    {w > 130 ? ` ${segment.conditional ? (scenario.mode === "weighted" ? "expected, conditional" : "conditional") : segment.label.toLowerCase()}` : ""}
                  </text>
                );
              }}
            />
            {last && undisclosed > 0 ? (
              <LabelList
                dataKey={segment.key}
                position="right"
                content={({ x, y, width, height, value }) =>
                  // Only on its own backer's bar: the other bars have no value for this segment.
                  value === undefined || value === null ? null : (
                    <text x={Number(x) + Number(width) + 6} y={Number(y) + Number(height) / 2} dominantBaseline="central" fill="var(--color-ink)" fontSize={12} fontWeight={600}>
                      + undisclosed
                    </text>
                  )
                }
              />
            ) : null}
          </Bar>
        ))}
      </BarChart>
  );
}
