import { composeChartSvg, type LegendItem } from "@/lib/chart-svg";

/**
 * Browser side of the chart downloads: read the drawn chart, resolve the theme's CSS
 * variables to real colours (a saved file has no stylesheet), and hand back files.
 */

/** The colour a CSS value such as `var(--color-msft)` has on this page right now. */
function resolveColor(value: string, probe: HTMLElement): string {
  probe.style.color = "";
  probe.style.color = value;
  return getComputedStyle(probe).color || value;
}

function withResolvedVariables(markup: string, probe: HTMLElement): string {
  const cache = new Map<string, string>();
  // `var(--x)`, or with a fallback one level deep: `var(--company-acme, var(--color-other))`.
  return markup.replace(/var\(--[a-z0-9-]+(?:,\s*var\(--[a-z0-9-]+\))?\)/g, (variable) => {
    if (!cache.has(variable)) cache.set(variable, resolveColor(variable, probe));
    return cache.get(variable)!;
  });
}

/**
 * The plot as it is at rest: without what the pointer or the keyboard put on it (the
 * tooltip's cursor band, an active dot), nor the SVG's own title, which the file sets out.
 */
function stillPlot(plot: SVGSVGElement): SVGSVGElement {
  const copy = plot.cloneNode(true) as SVGSVGElement;
  for (const element of copy.querySelectorAll(":scope > title, :scope > desc, .recharts-tooltip-cursor, .recharts-active-dot, .recharts-tooltip-wrapper")) element.remove();
  return copy;
}

export interface ChartFileMeta {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  sourceLine: string;
}

/** The chart in `container` as one self-contained SVG document, with its size. */
export function chartSvg(container: HTMLElement, meta: ChartFileMeta): { svg: string; width: number; height: number } {
  const plot = container.querySelector<SVGSVGElement>("svg.recharts-surface");
  if (!plot) throw new Error("the chart has not been drawn yet");
  const box = plot.getBoundingClientRect();
  const probe = document.createElement("span");
  probe.style.display = "none";
  document.body.append(probe);
  try {
    const surface = getComputedStyle(container).getPropertyValue("--color-surface").trim() ? resolveColor("var(--color-surface)", probe) : "#ffffff";
    const svg = composeChartSvg({
      width: Math.round(box.width),
      plotMarkup: withResolvedVariables(stillPlot(plot).innerHTML, probe),
      plotHeight: Math.round(box.height),
      title: meta.title,
      subtitle: meta.subtitle,
      legend: meta.legend.map((item) => ({ ...item, color: resolveColor(item.color, probe) })),
      sourceLine: meta.sourceLine,
      colors: { background: surface, ink: resolveColor("var(--color-ink)", probe), muted: resolveColor("var(--color-muted)", probe) },
      fontFamily: getComputedStyle(document.body).fontFamily,
    });
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    return { svg, width: Number(width), height: Number(height) };
  } finally {
    probe.remove();
  }
}

/** Renders an SVG document to PNG at `scale` times its size. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.decoding = "sync";
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the chart could not be drawn as an image"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw images");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
