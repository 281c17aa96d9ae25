/**
 * What every chart's root takes: it fills its box, and its SVG is the chart's one Tab stop,
 * an application (the arrow keys are the chart's: `PointFocus`), named by its title. recharts'
 * own keyboard layer is off: it walks the first series only.
 */
export const SURFACE = { responsive: true, accessibilityLayer: false, tabIndex: 0, role: "application", style: { width: "100%", height: "100%" } } as const;

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
