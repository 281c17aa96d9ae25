import { Rectangle, type BarShapeProps } from "recharts";

/**
 * The ring round the data point the keyboard is on: a dark line in a light halo (the
 * theme's ink on its surface), legible on any company colour and on the chart's background.
 */
const HALO = { fill: "none", stroke: "var(--color-surface)", strokeWidth: 5, pointerEvents: "none" } as const;
const LINE = { fill: "none", stroke: "var(--color-ink)", strokeWidth: 2, pointerEvents: "none" } as const;

/** Round a mark centred at (cx, cy): a dot, a diamond, a square. */
export function FocusDot({ cx, cy, r = 11 }: { cx: number; cy: number; r?: number }) {
  return (
    <g data-focus-ring="">
      <circle cx={cx} cy={cy} r={r} {...HALO} />
      <circle cx={cx} cy={cy} r={r} {...LINE} />
    </g>
  );
}

/** Inside a bar's edges, so the bars stacked after it do not cover it; round a bar too thin to ring inside. */
export function FocusBox({ x, y, width, height }: { x: number; y: number; width: number; height: number }) {
  const inset = Math.min(width, height) < 12 ? -3 : 2.5;
  const box = { x: x + inset, y: y + inset, width: Math.max(width - 2 * inset, 0), height: Math.max(height - 2 * inset, 0), rx: 2 };
  return (
    <g data-focus-ring="">
      <rect {...box} {...HALO} />
      <rect {...box} {...LINE} />
    </g>
  );
}

/** A bar's `shape`: its own rectangle, ringed where `focused(index)` says the keyboard is on it. */
export function focusableBar(focused: (index: number) => boolean) {
  return function drawBar(props: BarShapeProps) {
    return (
      <g>
        <Rectangle {...props} />
        {focused(props.index) ? <FocusBox x={Number(props.x)} y={Number(props.y)} width={Number(props.width)} height={Number(props.height)} /> : null}
      </g>
    );
  };
}
