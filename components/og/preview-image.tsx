import { ImageResponse } from "next/og";
import { formatPartialDate, formatUsd } from "@/lib/format";
import { headlineTotal } from "@/lib/headline";
import { homePageData } from "@/lib/page-data";

/** A shared link's preview: 1200 x 630, as the social cards ask. */
export const PREVIEW_SIZE = { width: 1200, height: 630 };

/**
 * A lab's page as a shared link's picture, drawn at build time from the same figures as the
 * page: each backer's headline, conditional money said to be conditional, and the as-of date.
 * Fixed colours: the picture is seen outside the page's theme.
 */
export function previewImage(labId?: string): ImageResponse {
  const data = homePageData(labId);
  const figures = data.figures.map(({ summary }) => summary);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 56, background: "#f6f7f9", color: "#1f2328", fontSize: 32 }}>
        <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
          <div style={{ fontSize: 28, color: "#57606a" }}>Stakes</div>
          <div style={{ fontSize: 48, fontWeight: 700, lineHeight: 1.15 }}>{data.meta.title}</div>
        </div>
        <div style={{ display: "flex", gap: 32 }}>
          {figures.slice(0, 3).map((summary) => (
            <div key={summary.investor} style={{ display: "flex", flexDirection: "column", flex: 1, padding: 24, gap: 4, borderRadius: 16, background: "#ffffff", border: "2px solid #d0d7de" }}>
              <div style={{ fontSize: 30, color: "#57606a" }}>{summary.investor}</div>
              <div style={{ fontSize: 46, fontWeight: 700, whiteSpace: "nowrap" }}>{headlineTotal(summary)}</div>
              {summary.conditionalUsd > 0 ? <div style={{ fontSize: 24 }}>{`of which ${formatUsd(summary.conditionalUsd)} conditional`}</div> : null}
            </div>
          ))}
        </div>
        <div style={{ fontSize: 24, color: "#57606a" }}>{`Every figure sourced and graded. Sources searched through ${formatPartialDate(data.meta.asOf)}.`}</div>
      </div>
    ),
    PREVIEW_SIZE,
  );
}
