import type { ChartModel } from "./charts";
import { labPageData } from "./lab-page-data";
import type { OpenResult } from "./open-rows";
import type { Dataset, Lab } from "./schema";

/** The reader's checked rows as a data set, the shape the site's own charts are built from: no events, market share or disputes. */
export function openedDataset(result: OpenResult): Dataset {
  const rows = result.tables as Partial<Pick<Dataset, "commitments" | "cloudCommitments" | "dealTerms" | "channels">>;
  return {
    meta: { title: "Your file", subject: "Your file", asOf: result.asOf, currency: "USD", note: null },
    labs: result.labs,
    sources: result.sources,
    commitments: rows.commitments ?? [],
    cloudCommitments: rows.cloudCommitments ?? [],
    dealTerms: rows.dealTerms ?? [],
    channels: rows.channels ?? [],
    events: [],
    marketShare: [],
    disputes: [],
  } as Dataset;
}

/** One lab of the reader's file, with the site's charts built from its rows. */
export interface OpenedCharts {
  lab: Lab;
  charts: ChartModel[];
}

/**
 * The site's charts for each lab the reader's rows name, in the file's order, built by the same
 * code as a lab's page: the same figures, the same rules for what is counted and what is
 * conditional, the same "why not drawn". Deal terms and channels name no lab: where the file
 * names one lab only, they are that lab's (the site's own zip of a lab's page is one lab's
 * rows); else they are the reader's own, under "Your file". A lab with no money or channel
 * rows (deal terms alone) gets no charts.
 */
export function openedCharts(result: OpenResult): OpenedCharts[] {
  const data = openedDataset(result);
  const own = data.labs.find((lab) => lab.path !== null)?.id;
  const rows = [...data.commitments, ...data.cloudCommitments, ...data.dealTerms, ...data.channels];
  const named = [...new Set(rows.map((row) => row.lab))].filter((id) => id !== own);
  const only = named.length === 1 ? named[0] : null;
  const relabel = <Row extends { lab: string }>(list: Row[]) => (only === null ? list : list.map((row) => (row.lab === own ? { ...row, lab: only } : row)));
  // No chart draws deal terms: a file of 100,000 of them is not copied again for the charts.
  const drawn: Dataset = { ...data, commitments: relabel(data.commitments), cloudCommitments: relabel(data.cloudCommitments), dealTerms: [], channels: relabel(data.channels) };
  // A lab with only deal terms has nothing to chart.
  const used = new Set([...drawn.commitments, ...drawn.cloudCommitments, ...drawn.channels].map((row) => row.lab));
  return drawn.labs.filter((lab) => used.has(lab.id)).map((lab) => ({ lab, charts: labPageData(drawn, lab.id).charts }));
}
