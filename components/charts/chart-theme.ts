/** Axis, grid and tooltip styling shared by every chart; colours follow the theme's variables. */
export const AXIS = {
  stroke: "var(--color-muted)",
  tick: { fill: "var(--color-muted)", fontSize: 12 },
} as const;

export const GRID = "var(--color-line)";

export const TOOLTIP_STYLE = {
  background: "var(--color-surface)",
  border: "1px solid var(--color-line)",
  borderRadius: 8,
  color: "var(--color-ink)",
  fontSize: 13,
} as const;

/** recharts' own tooltip in the theme's colours: its items otherwise take their series' colour, or black. */
export const TOOLTIP_PROPS = {
  contentStyle: TOOLTIP_STYLE,
  itemStyle: { color: "var(--color-ink)" },
  labelStyle: { color: "var(--color-ink)", fontWeight: 600 },
} as const;

/** A label that stays legible on any fill: drawn with a halo in the surface colour. */
export const HALO = { stroke: "var(--color-surface)", strokeWidth: 3, paintOrder: "stroke" } as const;

/** Year ticks (1 Jan, UTC) between two instants. */
export function yearTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  for (let year = new Date(from).getUTCFullYear(); Date.UTC(year, 0, 1) <= to; year++) {
    if (Date.UTC(year, 0, 1) >= from) ticks.push(Date.UTC(year, 0, 1));
  }
  return ticks;
}

export function yearLabel(t: number): string {
  return String(new Date(t).getUTCFullYear());
}
