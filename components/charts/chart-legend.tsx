import type { LegendItem } from "@/lib/chart-svg";

function Swatch({ item, id }: { item: LegendItem; id: string }) {
  switch (item.swatch) {
    case "line":
    case "dashed-line":
      return <line x1="0" y1="6" x2="18" y2="6" stroke={item.color} strokeWidth="3" strokeDasharray={item.swatch === "dashed-line" ? "4 2" : undefined} />;
    case "point":
      return <circle cx="9" cy="6" r="5" fill={item.color} />;
    case "ring":
      return <circle cx="9" cy="6" r="4.5" fill="none" stroke={item.color} strokeWidth="2" />;
    case "square":
      return <rect x="3" y="0" width="12" height="12" fill={item.color} />;
    case "hollow-square":
      return <rect x="4" y="1" width="10" height="10" fill="none" stroke={item.color} strokeWidth="2" />;
    case "triangle":
      return <path d="M9 0L15 12L3 12Z" fill={item.color} />;
    case "diamond":
      return <path d="M9 0L15 6L9 12L3 6Z" fill="none" stroke={item.color} strokeWidth="2" />;
    case "hatched":
      return (
        <>
          <defs>
            <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" stroke={item.color} strokeWidth="2.5" />
            </pattern>
          </defs>
          <rect width="18" height="12" fill={`url(#${id})`} stroke={item.color} />
        </>
      );
    case "faint":
      return <rect x="0.5" y="0.5" width="17" height="11" fill={item.color} fillOpacity="0.25" stroke={item.color} strokeDasharray="3 2" />;
    case "band":
      return <rect width="18" height="12" fill={item.color} fillOpacity="0.18" />;
    case "solid":
      return <rect width="18" height="12" fill={item.color} fillOpacity={item.opacity ?? 1} />;
  }
}

/** The legend as HTML text beside the chart; the SVG download draws the same items. */
export function ChartLegend({ items, idPrefix }: { items: LegendItem[]; idPrefix: string }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1.5 text-sm" aria-label="Legend">
      {items.map((item, index) => (
        <li key={`${item.label}-${index}`} className="flex items-center gap-2">
          <svg aria-hidden="true" width="18" height="12" className="shrink-0 overflow-visible">
            <Swatch item={item} id={`${idPrefix}-swatch-${index}`} />
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
