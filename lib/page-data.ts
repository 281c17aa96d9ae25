import "server-only";
import { backerSegments, headlineInvestors, headlineTotal, summariseBacker } from "./headline";
import { loadDataset } from "./load-data";
import { citationOrder, withSources } from "./sources";

/**
 * Everything the home page shows, shaped on the server from the validated data so that
 * only plain rows cross into client components.
 */
export function homePageData() {
  const data = loadDataset();
  const subject = data.meta.subject;
  const commitments = withSources(data.commitments, data.sources);
  const figures = headlineInvestors(data.commitments, subject).map((investor) => {
    const summary = summariseBacker(data.commitments, investor, subject);
    const ids = new Set(summary.counted.map((row) => row.id));
    // The figure rests on the counted rows and on the tranches inside a counted total.
    const basis = commitments.filter((row) => ids.has(row.id) || (row.partOf !== null && ids.has(row.partOf)));
    return { summary, basis };
  });
  const bars = figures.map(({ summary }) => ({
    investor: summary.investor,
    totalLabel: headlineTotal(summary),
    segments: backerSegments(data.commitments, summary.investor, subject),
    undisclosedCount: summary.undisclosed.length,
  }));
  return {
    meta: data.meta,
    figures,
    bars,
    commitments,
    cloudCommitments: withSources(data.cloudCommitments, data.sources),
    dealTerms: withSources(data.dealTerms, data.sources),
    channels: withSources(data.channels, data.sources),
    sources: citationOrder(data.sources, [data.commitments, data.cloudCommitments, data.dealTerms, data.channels, data.events, data.marketShare]),
  };
}

export type HomePageData = ReturnType<typeof homePageData>;
