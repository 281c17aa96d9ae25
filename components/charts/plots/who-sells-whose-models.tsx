"use client";

import type { DrawProps } from "../chart-plot";
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { sellerKey, type SellerCell, type SellersPlot } from "@/lib/charts/who-sells-whose-models";
import { FocusDot } from "../focus-ring";
import { formatCategory, formatPartialDate } from "@/lib/format";
import { companyColor } from "@/lib/palette";
import { AXIS, GRID, HALO, SURFACE, TOOLTIP_STYLE } from "../chart-theme";

export { sellerPoints as points } from "@/lib/charts/who-sells-whose-models";

type Point = SellerCell & { x: number; y: number };

/** Filled: a dated milestone, its year beneath (the full date is in the tooltip and the table). Hollow: on record, undated. */
function CellMark({ cx, cy, point, focused }: { cx?: number; cy?: number; point?: Point; focused: boolean }) {
  if (cx === undefined || cy === undefined || !point) return null;
  const color = companyColor(point.operator);
  return (
    <g>
      {point.since === null ? (
        <rect x={cx - 7} y={cy - 7} width={14} height={14} rx={2} fill="var(--color-surface)" stroke={color} strokeWidth={2.5} />
      ) : (
        <rect x={cx - 7} y={cy - 7} width={14} height={14} rx={2} fill={color} />
      )}
      {point.since === null ? null : (
        <text x={cx} y={cy + 20} textAnchor="middle" fontSize={11} fill="var(--color-ink)" {...HALO}>
          {point.since.slice(0, 4)}
        </text>
      )}
      {focused ? <FocusDot cx={cx} cy={cy} r={12} /> : null}
    </g>
  );
}

function CellTooltip({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <div style={TOOLTIP_STYLE} className="max-w-72 p-3 text-sm">
      <p className="font-semibold">
        {point.cloud} sells {point.lab}&apos;s models
      </p>
      <p>{point.since === null ? "On record, no date" : `Since ${formatPartialDate(point.since)} (${formatCategory(point.stage)})`}</p>
      <p className="text-muted">
        {point.channels.join("; ")} · {point.confidence}
      </p>
    </div>
  );
}

/** Clouds down, labs across: a mark where a cloud sells a lab's models, dated where the record is. */
export default function WhoSellsWhoseModels({ plot: { clouds, labs, cells }, title, desc, focused }: DrawProps<SellersPlot>) {
  const points: Point[] = cells.map((cell) => ({ ...cell, x: labs.indexOf(cell.lab), y: clouds.indexOf(cell.cloud) }));
  return (
    <ScatterChart {...SURFACE} title={title} desc={desc} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
      <CartesianGrid stroke={GRID} />
      <XAxis
        dataKey="x"
        type="number"
        orientation="top"
        domain={[-0.5, labs.length - 0.5]}
        ticks={labs.map((_, index) => index)}
        tickFormatter={(index: number) => labs[index] ?? ""}
        interval={0}
        {...AXIS}
        // A little smaller than the other axes: four labs' names fit across a phone.
        tick={{ ...AXIS.tick, fontSize: 11, fill: "var(--color-ink)" }}
      />
      <YAxis
        dataKey="y"
        type="number"
        domain={[-0.5, clouds.length - 0.5]}
        ticks={clouds.map((_, index) => index)}
        tickFormatter={(index: number) => clouds[index] ?? ""}
        reversed
        width={80}
        {...AXIS}
        tick={{ ...AXIS.tick, fill: "var(--color-ink)" }}
      />
      <Tooltip content={CellTooltip} cursor={false} />
      <Scatter
        name="Clouds selling labs' models"
        data={points}
        shape={(props: { cx?: number; cy?: number; payload?: unknown }) => <CellMark cx={props.cx} cy={props.cy} point={props.payload as Point} focused={props.payload !== undefined && sellerKey(props.payload as Point) === focused} />}
        isAnimationActive={false}
      />
    </ScatterChart>
  );
}
