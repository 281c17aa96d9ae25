/**
 * A chart as a self-contained SVG file: title, subtitle, the plot, its legend and its
 * source line all inside one <svg>, because recharts draws its legend in HTML outside the
 * SVG. Pure string work, so the layout is unit-tested; the browser part only supplies
 * the plot's markup and the resolved colours.
 */

export type LegendSwatch = "solid" | "hatched" | "faint" | "line" | "dashed-line" | "band" | "point" | "ring" | "square" | "hollow-square" | "diamond" | "triangle";

export interface LegendItem {
  label: string;
  /** A CSS colour or `var(--color-…)`; resolved before it reaches an exported file. */
  color: string;
  swatch: LegendSwatch;
  /** For solid swatches: the fill opacity that tells a backer's tranches apart. */
  opacity?: number;
}

export interface ChartSvgInput {
  width: number;
  /** The plot's own markup (the inside of recharts' <svg>) and its height. */
  plotMarkup: string;
  plotHeight: number;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  /** "Source: Microsoft Form 10-Q; Tom's Hardware. Data as of 2026-06-23." */
  sourceLine: string;
  colors: { background: string; ink: string; muted: string };
  fontFamily?: string;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[char]!);
}

/** Rough text width for layout: a bit over half the font size per character. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** Breaks text into lines no wider than `width`, at spaces. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const PAD = 16;
const LEGEND_FONT = 12;
const LEGEND_ROW = 20;
const SWATCH = 14;

/** Legend items flowed left to right in rows that fit the width. */
export function layoutLegend(items: LegendItem[], width: number): { item: LegendItem; x: number; y: number }[] {
  const placed: { item: LegendItem; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const itemWidth = SWATCH + 6 + estimateTextWidth(item.label, LEGEND_FONT) + 18;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += LEGEND_ROW;
    }
    placed.push({ item, x, y });
    x += itemWidth;
  }
  return placed;
}

function swatchMarkup(item: LegendItem, x: number, y: number, patternId: string): string {
  const c = escapeXml(item.color);
  const mid = y + SWATCH / 2;
  switch (item.swatch) {
    case "line":
      return `<line x1="${x}" y1="${mid}" x2="${x + SWATCH}" y2="${mid}" stroke="${c}" stroke-width="3"/>`;
    case "dashed-line":
      return `<line x1="${x}" y1="${mid}" x2="${x + SWATCH}" y2="${mid}" stroke="${c}" stroke-width="3" stroke-dasharray="4 2"/>`;
    case "point":
      return `<circle cx="${x + SWATCH / 2}" cy="${mid}" r="5" fill="${c}"/>`;
    case "ring":
      return `<circle cx="${x + SWATCH / 2}" cy="${mid}" r="4.5" fill="none" stroke="${c}" stroke-width="2"/>`;
    case "square":
      return `<rect x="${x + 2}" y="${y + 2}" width="${SWATCH - 4}" height="${SWATCH - 4}" fill="${c}"/>`;
    case "hollow-square":
      return `<rect x="${x + 3}" y="${y + 3}" width="${SWATCH - 6}" height="${SWATCH - 6}" fill="none" stroke="${c}" stroke-width="2"/>`;
    case "triangle":
      return `<path d="M${x + SWATCH / 2} ${y + 1}L${x + SWATCH - 1} ${y + SWATCH - 1}L${x + 1} ${y + SWATCH - 1}Z" fill="${c}"/>`;
    case "diamond":
      return `<path d="M${x + SWATCH / 2} ${y}L${x + SWATCH} ${mid}L${x + SWATCH / 2} ${y + SWATCH}L${x} ${mid}Z" fill="none" stroke="${c}" stroke-width="2"/>`;
    case "hatched":
      return `<rect x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="url(#${patternId})" stroke="${c}"/>`;
    case "faint":
      return `<rect x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="${c}" fill-opacity="0.25" stroke="${c}" stroke-dasharray="3 2"/>`;
    case "band":
      return `<rect x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="${c}" fill-opacity="0.15"/>`;
    case "solid":
      return `<rect x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="${c}"${item.opacity !== undefined && item.opacity < 1 ? ` fill-opacity="${item.opacity}"` : ""}/>`;
  }
}

/** The whole file, with an XML declaration-free root that browsers and editors open. */
export function composeChartSvg(input: ChartSvgInput): string {
  const { width, colors } = input;
  const font = escapeXml(input.fontFamily ?? "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif");
  const inner = width - PAD * 2;
  const titleLines = wrapText(input.title, inner, 18);
  const subtitleLines = wrapText(input.subtitle, inner, 13);
  const sourceLines = wrapText(input.sourceLine, inner, 11);
  const legend = layoutLegend(input.legend, inner);
  const legendHeight = legend.length ? legend[legend.length - 1].y + LEGEND_ROW : 0;

  let y = PAD;
  const parts: string[] = [];
  for (const line of titleLines) {
    y += 22;
    parts.push(`<text x="${PAD}" y="${y}" font-size="18" font-weight="700" fill="${escapeXml(colors.ink)}">${escapeXml(line)}</text>`);
  }
  for (const line of subtitleLines) {
    y += 18;
    parts.push(`<text x="${PAD}" y="${y}" font-size="13" fill="${escapeXml(colors.muted)}">${escapeXml(line)}</text>`);
  }
  y += 10;
  parts.push(`<g transform="translate(0 ${y})">${input.plotMarkup}</g>`);
  y += input.plotHeight + 8;

  const patterns: string[] = [];
  legend.forEach(({ item, x, y: rowY }, index) => {
    const patternId = `legend-hatch-${index}`;
    if (item.swatch === "hatched") {
      patterns.push(
        `<pattern id="${patternId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${escapeXml(item.color)}" stroke-width="2.5"/></pattern>`,
      );
    }
    const top = y + rowY;
    parts.push(swatchMarkup(item, PAD + x, top, patternId));
    parts.push(
      `<text x="${PAD + x + SWATCH + 6}" y="${top + SWATCH - 2}" font-size="${LEGEND_FONT}" fill="${escapeXml(colors.ink)}">${escapeXml(item.label)}</text>`,
    );
  });
  y += legendHeight + 6;
  for (const line of sourceLines) {
    y += 15;
    parts.push(`<text x="${PAD}" y="${y}" font-size="11" fill="${escapeXml(colors.muted)}">${escapeXml(line)}</text>`);
  }
  const height = Math.ceil(y + PAD);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
    `<title>${escapeXml(input.title)}</title>`,
    patterns.length ? `<defs>${patterns.join("")}</defs>` : "",
    `<rect width="100%" height="100%" fill="${escapeXml(colors.background)}"/>`,
    ...parts,
    `</svg>`,
  ].join("");
}
