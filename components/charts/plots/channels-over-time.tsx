"use client";

import type { DrawProps } from "../chart-plot";
import { CartesianGrid, ReferenceArea, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { sideOf, stackLevels, timeAxis } from "@/lib/chart-layout";
import { formatPartialDate } from "@/lib/format";
import { companyColor } from "@/lib/palette";
import { milestoneKey, type ChannelsPlot } from "@/lib/charts/channels-over-time";
import { FocusDot } from "../focus-ring";
import { AxisBreak, BandLabel } from "../chart-labels";
import { AXIS, GRID, SURFACE, TOOLTIP_STYLE } from "../chart-theme";

export { milestonePoints as points } from "@/lib/charts/channels-over-time";

type Point = { x: number; y: number; lane: number; laneLabel: string; stage: string; label: string; date: string; approximate: boolean; key: string };

const MARGIN = { top: 16, right: 20, bottom: 4, left: 4 };
/** The x axis's own height, below the plot. */
const X_AXIS = 30;

/** Filled: generally available. Hollow: preview. Diamond: announced. Square: launch or available (no GA stated). Hollow square: a catalog entry. */
function StageShape({ cx, cy, point, color, focused, scale }: { cx?: number; cy?: number; point?: Point; color: string; focused: boolean; scale: number }) {
  if (cx === undefined || cy === undefined || !point) return null;
  return (
    <g>
      <g transform={`translate(${cx} ${cy}) scale(${scale})`}>
        <StageMark stage={point.stage} color={color} />
      </g>
      {focused ? <FocusDot cx={cx} cy={cy} r={11 * scale} /> : null}
    </g>
  );
}

/** A milestone's mark, centred on 0,0 and at most 16 px across. */
function StageMark({ stage, color }: { stage: string; color: string }) {
  switch (stage) {
    case "catalog entry":
      return <rect x={-6} y={-6} width={12} height={12} fill="var(--color-surface)" stroke={color} strokeWidth={2.5} />;
    case "preview":
    case "limited preview":
      return <circle r={6} fill="var(--color-surface)" stroke={color} strokeWidth={2.5} />;
    case "announced":
      return <path d="M0 -8L8 0L0 8L-8 0Z" fill="var(--color-surface)" stroke={color} strokeWidth={2.5} />;
    case "available":
    case "launch":
      return <rect x={-6} y={-6} width={12} height={12} fill={color} />;
    default:
      return <circle r={7} fill={color} />;
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

/**
 * When a lab's models reached each channel, one lane per channel, with exclusive periods shaded.
 * Milestones too close to tell apart are stacked across their lane (their dates stay where
 * they are); on a narrow plot the years before the last two are drawn smaller.
 */
export default function ChannelsOverTime({ plot: { lanes, periods, from, to }, title, desc, focused, size }: DrawProps<ChannelsPlot>) {
  const start = Date.UTC(new Date(from).getUTCFullYear(), 0, 1);
  const narrow = size.width > 0 && size.width < 560;
  const axisWidth = narrow ? 84 : 118;
  const axis = timeAxis(start, to, narrow);
  const plotWidth = Math.max(size.width - axisWidth - MARGIN.left - MARGIN.right, 1);
  const laneHeight = Math.max(size.height - MARGIN.top - MARGIN.bottom - X_AXIS, 1) / lanes.length;
  // Marks a little smaller on a phone; stacked a mark's width apart, at most five across a lane.
  const markScale = narrow ? 0.75 : 1;
  const across = 16 * markScale;
  const data = lanes.map((lane, index) => {
    const xs = lane.points.map((point) => axis.at(point.t));
    const levels = stackLevels(xs.map((x) => x * plotWidth), across + 1, 5);
    return lane.points.map(
      (point, order): Point => ({ ...point, x: xs[order], y: index + (sideOf(levels[order]) * across) / laneHeight, lane: index, laneLabel: lane.label, key: milestoneKey(lane, order) }),
    );
  });
  return (
    <ScatterChart {...SURFACE} title={title} desc={desc} margin={MARGIN}>
      <CartesianGrid stroke={GRID} horizontal={false} />
      <XAxis dataKey="x" type="number" domain={[0, 1]} ticks={axis.ticks.map((tick) => tick.at)} tickFormatter={(x: number) => axis.ticks.find((tick) => tick.at === x)?.label ?? ""} interval={0} height={X_AXIS} {...AXIS} />
      <YAxis
        dataKey="y"
        type="number"
        domain={[-0.5, lanes.length - 0.5]}
        ticks={lanes.map((_, index) => index)}
        tickFormatter={(index: number) => lanes[index]?.label ?? ""}
        reversed
        width={axisWidth}
        {...AXIS}
        tick={{ ...AXIS.tick, fill: "var(--color-ink)" }}
      />
      {periods.map((period) => (
        <ReferenceArea
          key={period.label}
          x1={axis.at(period.from)}
          x2={axis.at(period.to)}
          fill={companyColor(period.operator)}
          fillOpacity={0.12}
          stroke={companyColor(period.operator)}
          strokeOpacity={0.4}
          strokeDasharray="4 3"
          label={<BandLabel text={period.bandLabel} />}
        />
      ))}
      {axis.pivot === null ? null : <ReferenceLine x={axis.at(axis.pivot)} stroke="var(--color-muted)" strokeDasharray="2 3" label={<AxisBreak year={new Date(axis.pivot).getUTCFullYear()} />} />}
      {/* Each lane's line, from its first milestone to its last, along the lane's middle. */}
      {data.map((points, index) =>
        points.length > 1 ? (
          <ReferenceLine
            key={lanes[index].id}
            segment={[
              { x: points[0].x, y: index },
              { x: points[points.length - 1].x, y: index },
            ]}
            stroke={companyColor(lanes[index].operator)}
            strokeWidth={2}
          />
        ) : null,
      )}
      <Tooltip content={ChannelTooltip} cursor={false} />
      {lanes.map((lane, index) => (
        <Scatter
          key={lane.id}
          name={lane.label}
          data={data[index]}
          fill={companyColor(lane.operator)}
          shape={(props: { cx?: number; cy?: number; payload?: unknown }) => (
            <StageShape
              cx={props.cx}
              cy={props.cy}
              point={props.payload as Point}
              color={companyColor(lane.operator)}
              focused={(props.payload as Point | undefined)?.key === focused}
              scale={markScale}
            />
          )}
          isAnimationActive={false}
        />
      ))}
    </ScatterChart>
  );
}
