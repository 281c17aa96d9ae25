import { HALO } from "./chart-theme";

/** What recharts hands a reference area's or line's label: the box it labels. */
type LabelBox = { viewBox?: { x?: number; y?: number; width?: number; height?: number } };

const FONT = 11;
/** About a character's width in the system sans-serif at FONT px: generous, so an estimate never overflows. */
const CHAR = FONT * 0.62;

/**
 * A shaded band's words, inside the band: across its top where they fit, else up its height,
 * a size smaller where even that is too long.
 */
export function BandLabel({ viewBox, text }: LabelBox & { text: string }) {
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox ?? {};
  const length = text.length * CHAR;
  const common = { fill: "var(--color-ink)", fontSize: FONT, ...HALO } as const;
  if (length + 8 <= width) {
    return (
      <text x={x + width / 2} y={y + 4} textAnchor="middle" dominantBaseline="hanging" {...common}>
        {text}
      </text>
    );
  }
  const cx = x + width / 2;
  const top = y + 6;
  const fontSize = length + 12 <= height ? FONT : Math.max(8, (FONT * (height - 12)) / length);
  return (
    <text transform={`rotate(-90 ${cx} ${top})`} x={cx} y={top} textAnchor="end" dominantBaseline="central" {...common} fontSize={fontSize}>
      {text}
    </text>
  );
}

/** Marks where a broken time axis changes scale: the years to its left are drawn smaller. Written to its right, clear of the value axis. */
export function AxisBreak({ viewBox, year }: LabelBox & { year: number }) {
  const { x = 0, y = 0 } = viewBox ?? {};
  return (
    <text x={x + 3} y={y - 4} textAnchor="start" fill="var(--color-muted)" fontSize={10} {...HALO}>
      <title>{`The years before ${year} are drawn at a smaller scale than the years from ${year} on.`}</title>← smaller scale
    </text>
  );
}
