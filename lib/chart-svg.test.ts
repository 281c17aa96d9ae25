import { describe, expect, it } from "vitest";
import { composeChartSvg, escapeXml, estimateTextWidth, layoutLegend, wrapText, type ChartSvgInput, type LegendItem } from "./chart-svg";

// jsdom is not installed, so no DOMParser: a small well-formedness check stands in for one.

const TEXT = /^(?:[^<&]|&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)*$/;
const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="(?:[^"<&]|&(?:lt|gt|amp|quot|apos|#\d+);)*")*)\s*(\/?)>/y;

/** Throws unless `xml` is one well-formed element: tags balanced, attributes quoted, text escaped. */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    if (xml[i] === "<") {
      TAG.lastIndex = i;
      const match = TAG.exec(xml);
      if (!match) throw new Error(`malformed tag at ${i}: ${xml.slice(i, i + 60)}`);
      const [whole, closing, name, attributes, selfClosing] = match;
      const names = [...attributes.matchAll(/\s+([\w:.-]+)=/g)].map((found) => found[1]);
      if (new Set(names).size !== names.length) throw new Error(`duplicate attribute in ${whole}`);
      if (closing) {
        if (stack.pop() !== name) throw new Error(`unbalanced </${name}> at ${i}`);
      } else {
        if (stack.length === 0) roots++;
        if (!selfClosing) stack.push(name);
      }
      i += whole.length;
    } else {
      const next = xml.indexOf("<", i);
      const text = xml.slice(i, next === -1 ? xml.length : next);
      if (stack.length === 0) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
      if (!TEXT.test(text)) throw new Error(`unescaped text: ${text.slice(0, 60)}`);
      i += text.length;
    }
  }
  if (stack.length !== 0) throw new Error(`unclosed: ${stack.join(", ")}`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name]!);

/** The text of every <text> element, unescaped, in document order. */
const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => unescapeXml(match[1]));

const attribute = (svg: string, name: string) => {
  const match = new RegExp(`^<svg\\b[^>]*\\s${name}="([^"]*)"`).exec(svg);
  if (!match) throw new Error(`no ${name} on the root`);
  return match[1];
};
const heightOf = (svg: string) => Number(attribute(svg, "height"));

const PLOT = '<g class="recharts-layer"><rect x="0" y="0" width="10" height="20" fill="#123456"/><text x="1" y="2">$13B</text></g>';

function input(fields: Partial<ChartSvgInput> = {}): ChartSvgInput {
  return {
    width: 600,
    plotMarkup: PLOT,
    plotHeight: 300,
    title: "T",
    subtitle: "S",
    legend: [{ label: "Microsoft", color: "#0072b2", swatch: "solid" }],
    sourceLine: "Src",
    colors: { background: "#ffffff", ink: "#111111", muted: "#666666" },
    ...fields,
  };
}

describe("the well-formedness check used below", () => {
  it("accepts good markup and rejects each kind of broken markup", () => {
    expect(() => assertWellFormed('<svg a="1"><g><text>a &amp; b</text><rect/></g></svg>')).not.toThrow();
    for (const bad of [
      "<svg><g></svg>",
      "<svg></g></svg>",
      "<svg><text>a & b</text></svg>",
      "<svg><text>a < b</text></svg>",
      '<svg a="x"y"></svg>',
      '<svg a="<"></svg>',
      "<svg a=1></svg>",
      '<svg a="1" a="2"></svg>',
      "<svg></svg><svg></svg>",
      "<svg>",
      "text<svg></svg>",
    ]) {
      expect(() => assertWellFormed(bad), bad).toThrow();
    }
  });
});

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&apos;");
    expect(escapeXml(`<script>alert("x")</script>`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("escapes an ampersand once, even when it already looks like an entity", () => {
    expect(escapeXml("AT&T")).toBe("AT&amp;T");
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("leaves other text alone", () => {
    expect(escapeXml("Microsoft × 50% — $13B, “quoted”")).toBe("Microsoft × 50% — $13B, “quoted”");
    expect(escapeXml("")).toBe("");
  });
});

describe("estimateTextWidth", () => {
  it("allows 0.56 of the font size per character", () => {
    expect(estimateTextWidth("abcd", 10)).toBeCloseTo(22.4, 10);
    expect(estimateTextWidth("Microsoft", 12)).toBeCloseTo(60.48, 10);
    expect(estimateTextWidth("", 18)).toBe(0);
  });
});

describe("wrapText", () => {
  it("breaks at spaces so each line fits the width", () => {
    // 5.6 units per character at font size 10: 60 fits 10 characters.
    expect(wrapText("Microsoft and Amazon in OpenAI", 60, 10)).toEqual(["Microsoft", "and Amazon", "in OpenAI"]);
    expect(wrapText("Microsoft and Amazon in OpenAI", 1000, 10)).toEqual(["Microsoft and Amazon in OpenAI"]);
  });

  it("fits a line of exactly the width", () => {
    expect(wrapText("aaaa bbbbb", estimateTextWidth("aaaa bbbbb", 10), 10)).toEqual(["aaaa bbbbb"]);
    expect(wrapText("aaaa bbbbb", estimateTextWidth("aaaa bbbbb", 10) - 0.01, 10)).toEqual(["aaaa", "bbbbb"]);
  });

  it("keeps a word longer than the width on a line of its own, never dropping it", () => {
    expect(wrapText("a Supercalifragilistic b", 30, 10)).toEqual(["a", "Supercalifragilistic", "b"]);
    expect(wrapText("Supercalifragilistic", 1, 10)).toEqual(["Supercalifragilistic"]);
  });

  it("never drops or reorders a word, and keeps every line within the width unless it is one long word", () => {
    const text = "Source: Microsoft Form 10-Q; Tom's Hardware; GeekWire; Los Angeles Times. Data as of 2026-06-23.";
    for (const width of [40, 80, 120, 200, 400, 1000]) {
      const lines = wrapText(text, width, 11);
      expect(lines.join(" ")).toBe(text);
      for (const line of lines) if (line.includes(" ")) expect(estimateTextWidth(line, 11)).toBeLessThanOrEqual(width);
    }
  });

  it("collapses runs of whitespace and gives no lines for blank text", () => {
    expect(wrapText("  a \n\t b  ", 1000, 10)).toEqual(["a b"]);
    expect(wrapText("", 100, 10)).toEqual([]);
    expect(wrapText("   \n ", 100, 10)).toEqual([]);
  });
});

describe("layoutLegend", () => {
  const item = (label: string): LegendItem => ({ label, color: "#000", swatch: "solid" });
  /** Swatch 14, gap 6, label, then 18 before the next item. */
  const widthOf = (label: string) => 14 + 6 + estimateTextWidth(label, 12) + 18;

  it("flows items left to right from x = 0", () => {
    const placed = layoutLegend([item("Microsoft"), item("Amazon")], 1000);
    expect(placed.map((entry) => [entry.item.label, entry.y])).toEqual([
      ["Microsoft", 0],
      ["Amazon", 0],
    ]);
    expect(placed[0].x).toBe(0);
    expect(placed[1].x).toBeCloseTo(widthOf("Microsoft"), 10);
  });

  it("starts a new row at x = 0 when the next item would pass the width", () => {
    // Microsoft 98.48 + Amazon 78.32 = 176.8 fits in 200; Google would end at 255.12.
    const placed = layoutLegend([item("Microsoft"), item("Amazon"), item("Google"), item("Oracle")], 200);
    expect(placed.map((entry) => [entry.item.label, Number(entry.x.toFixed(2)), entry.y])).toEqual([
      ["Microsoft", 0, 0],
      ["Amazon", 98.48, 0],
      ["Google", 0, 20],
      ["Oracle", 78.32, 20],
    ]);
  });

  it("keeps an item that fits exactly on the row", () => {
    const width = widthOf("Microsoft") + widthOf("Amazon");
    expect(layoutLegend([item("Microsoft"), item("Amazon")], width).map((entry) => entry.y)).toEqual([0, 0]);
    expect(layoutLegend([item("Microsoft"), item("Amazon")], width - 0.01).map((entry) => [entry.x, entry.y])).toEqual([
      [0, 0],
      [0, 20],
    ]);
  });

  it("puts an item wider than the whole width at the start of a row, alone", () => {
    const long = item("x".repeat(200));
    const placed = layoutLegend([long, item("a"), long], 100);
    expect(placed.map((entry) => [entry.x, entry.y])).toEqual([
      [0, 0],
      [0, 20],
      [0, 40],
    ]);
  });

  it("gives nothing for no items", () => {
    expect(layoutLegend([], 600)).toEqual([]);
  });
});

describe("composeChartSvg", () => {
  it("is one well-formed <svg> element with the SVG namespace", () => {
    const svg = composeChartSvg(input());
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.match(/<svg\b/g)?.length).toBe(1);
    expect(() => assertWellFormed(svg)).not.toThrow();
  });

  it("lays out a one-line title, subtitle, legend and source exactly", () => {
    const svg = composeChartSvg(input());
    // 16 padding, +22 title, +18 subtitle, +10: the plot at 66; +300 +8: the legend at 374;
    // +20 +6, +15 source line at 415; +16 padding.
    expect(attribute(svg, "width")).toBe("600");
    expect(attribute(svg, "height")).toBe("431");
    expect(attribute(svg, "viewBox")).toBe("0 0 600 431");
    expect(svg).toContain(`<g transform="translate(0 66)">${PLOT}</g>`);
    expect(svg).toContain('<text x="16" y="38" font-size="18" font-weight="700" fill="#111111">T</text>');
    expect(svg).toContain('<text x="16" y="56" font-size="13" fill="#666666">S</text>');
    expect(svg).toContain('<rect x="16" y="374" width="14" height="14" fill="#0072b2"/>');
    expect(svg).toContain('<text x="36" y="386" font-size="12" fill="#111111">Microsoft</text>');
    expect(svg).toContain('<text x="16" y="415" font-size="11" fill="#666666">Src</text>');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toContain("<title>T</title>");
    expect(svg).not.toContain("<defs>");
  });

  it("contains the title, subtitle, every legend label and the source line as text", () => {
    const legend: LegendItem[] = [
      { label: "Microsoft: 2019 investment", color: "#0072b2", swatch: "solid", opacity: 1 },
      { label: "Microsoft: Rest of the $13B total, not itemised", color: "#0072b2", swatch: "faint", opacity: 0.25 },
      { label: "Amazon: Conditional", color: "#e69f00", swatch: "hatched" },
      { label: "Amazon, with conditional money", color: "#e69f00", swatch: "dashed-line" },
    ];
    const svg = composeChartSvg(
      input({
        title: "Money both ways",
        subtitle: "Money into OpenAI, and OpenAI's cloud commitments back",
        legend,
        sourceLine: "Source: Microsoft Form 10-Q; Tom's Hardware. Data as of 2026-06-23.",
      }),
    );
    expect(() => assertWellFormed(svg)).not.toThrow();
    expect(texts(svg)).toEqual([
      "Money both ways",
      "Money into OpenAI, and OpenAI's cloud commitments back",
      "$13B", // the plot's own text, between the subtitle and the legend
      ...legend.map((item) => item.label),
      "Source: Microsoft Form 10-Q; Tom's Hardware. Data as of 2026-06-23.",
    ]);
    expect(svg).toContain("OpenAI&apos;s cloud commitments back");
  });

  it("draws a hatched legend item with a <pattern> it refers to", () => {
    const svg = composeChartSvg(
      input({
        legend: [
          { label: "Upfront", color: "#e69f00", swatch: "solid" },
          { label: "Conditional", color: "#e69f00", swatch: "hatched" },
        ],
      }),
    );
    expect(() => assertWellFormed(svg)).not.toThrow();
    expect(svg).toContain(
      '<defs><pattern id="legend-hatch-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#e69f00" stroke-width="2.5"/></pattern></defs>',
    );
    expect(svg).toMatch(/<rect x="[\d.]+" y="374" width="14" height="14" fill="url\(#legend-hatch-1\)" stroke="#e69f00"\/>/);
    // Every url(#id) points at a defined id.
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]);
    const defined = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(refs).toEqual(["legend-hatch-1"]);
    for (const ref of refs) expect(defined).toContain(ref);
  });

  it("gives each of two hatched items its own pattern", () => {
    const svg = composeChartSvg(
      input({
        legend: [
          { label: "A", color: "#111", swatch: "hatched" },
          { label: "B", color: "#222", swatch: "hatched" },
        ],
      }),
    );
    expect([...svg.matchAll(/<pattern id="([^"]+)"/g)].map((match) => match[1])).toEqual(["legend-hatch-0", "legend-hatch-1"]);
    expect([...svg.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1])).toEqual(["legend-hatch-0", "legend-hatch-1"]);
  });

  it("draws every kind of swatch as well-formed markup", () => {
    const swatches: LegendItem["swatch"][] = ["solid", "hatched", "faint", "line", "dashed-line", "band", "point", "ring", "square", "diamond"];
    const svg = composeChartSvg(input({ legend: swatches.map((swatch) => ({ label: swatch, color: "#123", swatch, opacity: 0.5 })) }));
    expect(() => assertWellFormed(svg)).not.toThrow();
    expect(texts(svg).filter((text) => (swatches as string[]).includes(text))).toEqual(swatches);
    expect(svg).toContain('fill="#123" fill-opacity="0.5"/>');
    expect(svg).toContain('stroke-dasharray="4 2"');
    expect(svg).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="5" fill="#123"\/>/);
    expect(svg).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="4.5" fill="none" stroke="#123" stroke-width="2"\/>/);
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+Z" fill="none" stroke="#123" stroke-width="2"\/>/);
    expect(svg).toContain('fill="#123" fill-opacity="0.25" stroke="#123" stroke-dasharray="3 2"/>');
    expect(svg).toContain('fill="#123" fill-opacity="0.15"/>');
  });

  it("leaves the fill opacity off a solid swatch at full opacity", () => {
    const svg = composeChartSvg(input({ legend: [{ label: "A", color: "#123", swatch: "solid", opacity: 1 }] }));
    expect(svg).toContain('<rect x="16" y="374" width="14" height="14" fill="#123"/>');
  });

  it("takes its width from the input and grows taller with more legend rows", () => {
    const one = composeChartSvg(input());
    const many = composeChartSvg(input({ legend: Array.from({ length: 12 }, (_, index) => ({ label: `Legend item number ${index}`, color: "#000", swatch: "solid" as const })) }));
    const rows = new Set(layoutLegend(Array.from({ length: 12 }, (_, index) => ({ label: `Legend item number ${index}`, color: "#000", swatch: "solid" as const })), 600 - 32).map((entry) => entry.y)).size;
    expect(rows).toBe(4);
    expect(attribute(many, "width")).toBe("600");
    expect(heightOf(many) - heightOf(one)).toBe(20 * (rows - 1));
    expect(heightOf(composeChartSvg(input({ legend: [] })))).toBe(heightOf(one) - 20);
  });

  it("grows taller by a title line for each wrap of a longer title, and with a taller plot", () => {
    const short = composeChartSvg(input({ width: 320 }));
    const long = composeChartSvg(input({ width: 320, title: "Microsoft's and Amazon's money in OpenAI, and OpenAI's cloud commitments back to them, over time" }));
    const lines = wrapText("Microsoft's and Amazon's money in OpenAI, and OpenAI's cloud commitments back to them, over time", 320 - 32, 18).length;
    expect(lines).toBeGreaterThan(2);
    expect(heightOf(long) - heightOf(short)).toBe(22 * (lines - 1));
    expect(attribute(long, "width")).toBe("320");
    expect(heightOf(composeChartSvg(input({ plotHeight: 400 }))) - heightOf(composeChartSvg(input()))).toBe(100);
    expect(heightOf(composeChartSvg(input({ plotHeight: 300.4 })))).toBe(432);
  });

  it("keeps the full title, unwrapped, in <title>", () => {
    const title = "Microsoft's and Amazon's money in OpenAI, and OpenAI's cloud commitments back to them";
    const svg = composeChartSvg(input({ width: 300, title }));
    expect(svg).toContain(`<title>${escapeXml(title)}</title>`);
  });

  it("escapes hostile text everywhere it appears", () => {
    const svg = composeChartSvg(
      input({
        title: '<script>alert("t")</script> & co',
        subtitle: "Q&A <b>bold</b>",
        legend: [{ label: "<img src=x onerror=alert(1)> & 'quote'", color: '"/><script>alert(2)</script>', swatch: "hatched" }],
        sourceLine: "Source: AT&T </svg><script>",
        colors: { background: '"><script>', ink: "#000", muted: "#666" },
        fontFamily: '"Evil" </svg>',
      }),
    );
    expect(() => assertWellFormed(svg)).not.toThrow();
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<img/i);
    expect(svg).not.toMatch(/<b>/);
    expect(svg.match(/<\/svg>/g)?.length).toBe(1);
    expect(texts(svg)).toEqual([
      '<script>alert("t")</script> & co',
      "Q&A <b>bold</b>",
      "$13B",
      "<img src=x onerror=alert(1)> & 'quote'",
      "Source: AT&T </svg><script>",
    ]);
    expect(svg).toContain("<title>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; co</title>");
    expect(attribute(svg, "font-family")).toBe("&quot;Evil&quot; &lt;/svg&gt;");
  });

  it("uses the default font stack, escaped", () => {
    expect(attribute(composeChartSvg(input()), "font-family")).toBe("system-ui, -apple-system, &apos;Segoe UI&apos;, Roboto, Arial, sans-serif");
  });
});

describe("legend swatch shapes", () => {
  it("draws a triangle swatch as a filled path", () => {
    const svg = composeChartSvg({
      width: 400,
      plotMarkup: "<g/>",
      plotHeight: 100,
      title: "T",
      subtitle: "S",
      legend: [{ label: "Event", color: "#123456", swatch: "triangle" }],
      sourceLine: "Source: X.",
      colors: { background: "#fff", ink: "#000", muted: "#666" },
    });
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+Z" fill="#123456"\/>/);
  });
});
