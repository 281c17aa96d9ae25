"use client";

import type { DrawProps } from "../chart-plot";
import { ComposedChart, CartesianGrid, Line, ReferenceLine, Scatter, Symbols, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { stackLevels, timeAxis } from "@/lib/chart-layout";
import { formatPartialDate, formatUsd } from "@/lib/format";
import { niceTicks } from "@/lib/headline";
import { companyColor } from "@/lib/palette";
import { describeScenario } from "@/lib/scenario";
import { EVENTS_SERIES, seriesMarks, timelineKey, type TimelinePlot } from "@/lib/charts/commitments-over-time";
import { FocusDot } from "../focus-ring";
import { scenarioTimeline, type TimelineMark, type TimelineRow } from "@/lib/series";
import { useScenario } from "@/components/scenario/use-scenario";
import { AxisBreak } from "../chart-labels";
import { AXIS, GRID, SURFACE, TOOLTIP_STYLE } from "../chart-theme";

export { timelinePoints as points } from "@/lib/charts/commitments-over-time";

type Point = { t: number; x: number; row: TimelineRow; event: number | null } & Record<string, unknown>;

/** The x axis's own height, below the plot. */
const X_AXIS = 30;
/** A triangle's width, and how far apart stacked ones sit. */
const TRIANGLE = 11;

/** "$35B, conditional (confirmed)"; "$13B total disclosed: a disclosure date, not a commitment (confirmed)". */
function markText(mark: TimelineMark, scenarioWords: string): string {
  const amount = mark.amountUsd === null ? "amount undisclosed" : formatUsd(mark.amountUsd);
  const kind = mark.disclosure ? " disclosed: a disclosure date, not a commitment" : mark.conditional ? `, conditional (${scenarioWords})` : "";
  return `${amount}${kind} (${mark.confidence})`;
}

function TimelineTooltip({ active, payload, scenarioWords }: TooltipContentProps & { scenarioWords: string }) {
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  const { row } = point;
  return (
    <div style={TOOLTIP_STYLE} className="max-w-72 p-3 text-sm">
      <p className="font-semibold">
        {formatPartialDate(row.date)}
        {row.approximate ? " (date approximate)" : ""}
      </p>
      {row.marks.map((mark, index) => (
        <p key={index}>
          <span style={{ color: companyColor(mark.investor) }}>{mark.disclosure ? "◇" : "■"}</span> {mark.investor}: {markText(mark, scenarioWords)}
        </p>
      ))}
      {row.events.map((event, index) => (
        <p key={index} className="text-muted">
          ▲ {event}
        </p>
      ))}
    </div>
  );
}

/**
 * Cumulative money committed per backer as steps, with dated events along the bottom, stacked
 * where they are too close to tell apart. On a narrow plot the years before the last two are
 * drawn smaller, so the recent months, where most happened, have room.
 */
export default function CommitmentsOverTime({ plot: { rows: allRows, series: allSeries, from }, title, desc, focused, size }: DrawProps<TimelinePlot>) {
  const [scenario] = useScenario();
  const { rows, series } = scenarioTimeline({ rows: allRows, series: allSeries }, scenario);
  const scenarioWords = describeScenario(scenario);
  const start = Date.UTC(Number(from.slice(0, 4)), 0, 1);
  const end = rows[rows.length - 1]?.t ?? start;
  // Headroom above the highest step, so no line runs along the top edge.
  // Scaled to the most on record (conditional money in full), so the axis stays put across scenarios.
  const yTicks = niceTicks(Math.max(...allRows.flatMap((row) => Object.values(row.values).map((value) => value ?? 0))) * 1.08, 5);
  const yMax = yTicks[yTicks.length - 1];
  const narrow = size.width > 0 && size.width < 640;
  const margin = { top: narrow ? 18 : 8, right: 16, bottom: 4, left: 0 };
  const axis = timeAxis(start, end, narrow);
  const plotWidth = Math.max(size.width - 56 - margin.left - margin.right, 1);
  const plotHeight = Math.max(size.height - margin.top - margin.bottom - X_AXIS, 1);
  // Each date's events as one triangle, in a strip of their own under $0, lifted a level where
  // one would touch the one before: the strip is as tall as the stack (scenarios do not change it).
  const eventRows = rows.filter((row) => row.events.length > 0);
  const stacked = stackLevels(eventRows.map((row) => axis.at(row.t) * plotWidth), TRIANGLE + 1);
  const strip = eventRows.length > 0 ? (Math.max(...stacked) + 1) * TRIANGLE + 4 : 0;
  const yMin = plotHeight > strip ? -(yMax * strip) / (plotHeight - strip) : 0;
  const levels = new Map(stacked.map((level, index) => [eventRows[index].t, yMin + ((level * TRIANGLE + TRIANGLE / 2 + 2) / plotHeight) * (yMax - yMin)]));
  const data: Point[] = rows.map((row) => ({ t: row.t, x: axis.at(row.t), row, event: levels.get(row.t) ?? null, ...row.values }));

  return (
    <ComposedChart {...SURFACE} title={title} desc={desc} data={data} margin={margin}>
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="x" type="number" domain={[0, 1]} ticks={axis.ticks.map((tick) => tick.at)} tickFormatter={(x: number) => axis.ticks.find((tick) => tick.at === x)?.label ?? ""} interval={0} height={X_AXIS} {...AXIS} />
      {axis.pivot === null ? null : <ReferenceLine x={axis.at(axis.pivot)} stroke="var(--color-muted)" strokeDasharray="2 3" label={<AxisBreak year={new Date(axis.pivot).getUTCFullYear()} />} />}
      <YAxis ticks={yTicks} domain={[yMin, yMax]} tickFormatter={(value: number) => formatUsd(value)} width={56} {...AXIS} />
      <Tooltip content={(props: TooltipContentProps) => <TimelineTooltip {...props} scenarioWords={scenarioWords} />} cursor={{ stroke: "var(--color-muted)", strokeDasharray: "3 3" }} />
      {series.map((item) => (
        <Line
          key={item.key}
          dataKey={item.key}
          name={item.key}
          type="stepAfter"
          stroke={companyColor(item.investor)}
          strokeWidth={item.conditional ? 2 : 3}
          strokeDasharray={item.conditional ? "6 4" : undefined}
          dot={(props: { cx?: number; cy?: number; payload?: Point; index?: number }) => {
            // Conditional money is marked on the dashed line only, the rest on the firm line.
            const own = props.payload ? seriesMarks(props.payload.row, item) : [];
            const mark = own.find((candidate) => !candidate.disclosure) ?? own[0];
            if (!mark || props.cx === undefined || props.cy === undefined) return <g key={props.index} />;
            const { cx, cy } = props;
            const ring = props.payload && focused === timelineKey(item.key, props.payload.t) ? <FocusDot cx={cx} cy={cy} /> : null;
            // The dashed line steps without a dot of its own (the firm line's marks it): ringed only when focused.
            if (item.conditional && !mark.disclosure) return <g key={props.index}>{ring}</g>;
            // A hollow diamond: a date that only disclosed an amount, where the line does not step.
            if (mark.disclosure) {
              return (
                <g key={props.index}>
                  <path d={`M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z`} fill="var(--color-surface)" stroke={companyColor(item.investor)} strokeWidth={2} />
                  {ring}
                </g>
              );
            }
            // A hollow dot: a commitment whose amount was never disclosed.
            return (
              <g key={props.index}>
                <circle cx={cx} cy={cy} r={5} fill={mark.amountUsd === null ? "var(--color-surface)" : companyColor(item.investor)} stroke={companyColor(item.investor)} strokeWidth={2} />
                {ring}
              </g>
            );
          }}
          activeDot={{ r: 6 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
      <Scatter
        dataKey="event"
        name={EVENTS_SERIES}
        fill="var(--color-muted)"
        shape={(props: { cx?: number; cy?: number; payload?: Point }) =>
          props.cx === undefined || props.cy === undefined ? <g /> : (
            <g>
              <Symbols cx={props.cx} cy={props.cy} type="triangle" size={64} fill="var(--color-muted)" />
              {props.payload && focused === timelineKey(EVENTS_SERIES, props.payload.t) ? <FocusDot cx={props.cx} cy={props.cy} /> : null}
            </g>
          )
        }
        isAnimationActive={false}
        legendType="triangle"
      />
    </ComposedChart>
  );
}
