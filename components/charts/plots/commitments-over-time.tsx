"use client";

import type { PlotProps } from "../chart-plot";
import { ComposedChart, CartesianGrid, Line, Scatter, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { formatPartialDate, formatUsd } from "@/lib/format";
import { niceTicks } from "@/lib/headline";
import { companyColor } from "@/lib/palette";
import { describeScenario } from "@/lib/scenario";
import type { TimelinePlot } from "@/lib/charts/commitments-over-time";
import { scenarioTimeline, type TimelineMark, type TimelineRow } from "@/lib/series";
import { useScenario } from "@/components/scenario/use-scenario";
import { AXIS, GRID, TOOLTIP_STYLE, yearLabel, yearTicks } from "../chart-theme";

type Point = { t: number; row: TimelineRow; event: number | null } & Record<string, unknown>;

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

/** Cumulative money committed per backer as steps, with dated events along the bottom. */
export default function CommitmentsOverTime({ plot: { rows: allRows, series: allSeries, from }, title, desc }: PlotProps<TimelinePlot>) {
  const [scenario] = useScenario();
  const { rows, series } = scenarioTimeline({ rows: allRows, series: allSeries }, scenario);
  const scenarioWords = describeScenario(scenario);
  const data: Point[] = rows.map((row) => ({ t: row.t, row, event: row.events.length > 0 ? 0 : null, ...row.values }));
  const start = Date.UTC(Number(from.slice(0, 4)), 0, 1);
  const end = rows[rows.length - 1]?.t ?? start;
  // Headroom above the highest step, so no line runs along the top edge.
  // Scaled to the most on record (conditional money in full), so the axis stays put across scenarios.
  const yTicks = niceTicks(Math.max(...allRows.flatMap((row) => Object.values(row.values).map((value) => value ?? 0))) * 1.08, 5);

  return (
    <ComposedChart responsive accessibilityLayer title={title} desc={desc} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} style={{ width: "100%", height: "100%" }}>
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="t" type="number" scale="time" domain={[start, end]} ticks={yearTicks(start, end)} tickFormatter={yearLabel} {...AXIS} />
      <YAxis ticks={yTicks} domain={[0, yTicks[yTicks.length - 1]]} tickFormatter={(value: number) => formatUsd(value)} width={56} {...AXIS} />
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
            const own = props.payload?.row.marks.filter((candidate) => candidate.investor === item.investor && candidate.conditional === item.conditional) ?? [];
            const mark = own.find((candidate) => !candidate.disclosure) ?? own[0];
            if (!mark || (item.conditional && !mark.disclosure) || props.cx === undefined || props.cy === undefined) return <g key={props.index} />;
            const { cx, cy } = props;
            // A hollow diamond: a date that only disclosed an amount, where the line does not step.
            if (mark.disclosure) {
              return <path key={props.index} d={`M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z`} fill="var(--color-surface)" stroke={companyColor(item.investor)} strokeWidth={2} />;
            }
            // A hollow dot: a commitment whose amount was never disclosed.
            return (
              <circle
                key={props.index}
                cx={props.cx}
                cy={props.cy}
                r={5}
                fill={mark.amountUsd === null ? "var(--color-surface)" : companyColor(item.investor)}
                stroke={companyColor(item.investor)}
                strokeWidth={2}
              />
            );
          }}
          activeDot={{ r: 6 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
      <Scatter dataKey="event" name="Events" fill="var(--color-muted)" shape="triangle" isAnimationActive={false} legendType="triangle" />
    </ComposedChart>
  );
}
