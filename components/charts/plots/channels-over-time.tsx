"use client";

import type { PlotProps } from "../chart-plot";
import { CartesianGrid, ReferenceArea, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { formatPartialDate } from "@/lib/format";
import { companyColor } from "@/lib/palette";
import type { ChannelsPlot } from "@/lib/charts/channels-over-time";
import { AXIS, GRID, TOOLTIP_STYLE, yearLabel, yearTicks } from "../chart-theme";

type Point = { t: number; lane: number; laneLabel: string; stage: string; label: string; date: string; approximate: boolean };

/** Filled: generally available. Hollow: preview. Diamond: announced. Square: launch or available (no GA stated). Hollow square: a catalog entry. */
function StageShape({ cx, cy, point, color }: { cx?: number; cy?: number; point?: Point; color: string }) {
  if (cx === undefined || cy === undefined || !point) return null;
  switch (point.stage) {
    case "catalog entry":
      return <rect x={cx - 6} y={cy - 6} width={12} height={12} fill="var(--color-surface)" stroke={color} strokeWidth={2.5} />;
    case "preview":
    case "limited preview":
      return <circle cx={cx} cy={cy} r={6} fill="var(--color-surface)" stroke={color} strokeWidth={2.5} />;
    case "announced":
      return <path d={`M${cx} ${cy - 8}L${cx + 8} ${cy}L${cx} ${cy + 8}L${cx - 8} ${cy}Z`} fill="var(--color-surface)" stroke={color} strokeWidth={2.5} />;
    case "available":
    case "launch":
      return <rect x={cx - 6} y={cy - 6} width={12} height={12} fill={color} />;
    default:
      return <circle cx={cx} cy={cy} r={7} fill={color} />;
  }
}

function ChannelTooltip({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <div style={TOOLTIP_STYLE} className="max-w-72 p-3 text-sm">
      <p className="font-semibold">{point.laneLabel}</p>
      <p>
        {formatPartialDate(point.date)}
        {point.approximate ? " (month only)" : ""}: {point.label}
      </p>
    </div>
  );
}

/** When OpenAI's models reached each channel, one lane per channel, with exclusive periods shaded. */
export default function ChannelsOverTime({ plot: { lanes, periods, from, to }, title, desc }: PlotProps<ChannelsPlot>) {
  const start = Date.UTC(new Date(from).getUTCFullYear(), 0, 1);
  return (
    <ScatterChart responsive accessibilityLayer title={title} desc={desc} margin={{ top: 16, right: 20, bottom: 4, left: 4 }} style={{ width: "100%", height: "100%" }}>
      <CartesianGrid stroke={GRID} horizontal={false} />
      <XAxis dataKey="t" type="number" scale="time" domain={[start, to]} ticks={yearTicks(start, to)} tickFormatter={yearLabel} {...AXIS} />
      <YAxis
        dataKey="lane"
        type="number"
        domain={[-0.5, lanes.length - 0.5]}
        ticks={lanes.map((_, index) => index)}
        tickFormatter={(index: number) => lanes[index]?.label ?? ""}
        reversed
        width={118}
        {...AXIS}
        tick={{ ...AXIS.tick, fill: "var(--color-ink)" }}
      />
      {periods.map((period) => (
        <ReferenceArea
          key={period.label}
          x1={period.from}
          x2={period.to}
          fill={companyColor(period.operator)}
          fillOpacity={0.12}
          stroke={companyColor(period.operator)}
          strokeOpacity={0.4}
          strokeDasharray="4 3"
          label={{ value: period.bandLabel, position: "insideTop", fill: "var(--color-ink)", fontSize: 11 }}
        />
      ))}
      <Tooltip content={ChannelTooltip} cursor={false} />
      {lanes.map((lane, index) => (
        <Scatter
          key={lane.id}
          name={lane.label}
          data={lane.points.map((point) => ({ ...point, lane: index, laneLabel: lane.label }))}
          fill={companyColor(lane.operator)}
          line={{ stroke: companyColor(lane.operator), strokeWidth: 2 }}
          shape={(props: { cx?: number; cy?: number; payload?: unknown }) => (
            <StageShape cx={props.cx} cy={props.cy} point={props.payload as Point} color={companyColor(lane.operator)} />
          )}
          isAnimationActive={false}
        />
      ))}
    </ScatterChart>
  );
}
