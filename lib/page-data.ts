import "server-only";
import type { LegendItem } from "./chart-svg";
import { amountGrade, backerSegments, headlineInvestors, summariseBacker, type Segment } from "./headline";
import { datasetForLab, disputesForLab, findLab } from "./labs";
import { loadDataset } from "./load-data";
import { companyColor, trancheOpacity } from "./palette";
import { startTime } from "./partial-date";
import type { Source } from "./schema";
import {
  channelLanes,
  commitmentTimeline,
  confidenceSummary,
  flowsTable,
  lanesTable,
  marketShareSeries,
  marketShareTable,
  moneyBothWays,
  timelineTable,
} from "./series";
import { latestEvent, latestMoneyEvent } from "./freshness";
import { citationOrder, withSources } from "./sources";
import { TABLE_IDS, tableRows } from "./tables";

/**
 * Everything a lab's page shows (the home page's lab unless another is named), shaped on the
 * server from that lab's rows of the validated data so that only plain rows cross into
 * client components, and no other lab's.
 */
export function homePageData(labId?: string) {
  const all = loadDataset();
  const lab = findLab(all.labs, labId);
  const data = datasetForLab(all, lab.id);
  const tables = tableRows(data, all, lab.path === "/");
  const disputes = disputesForLab(all, lab.id);
  const subject = lab.name;
  const { asOf } = data.meta;
  const commitments = withSources(data.commitments, data.sources);
  const figures = headlineInvestors(data.commitments, subject).map((investor) => {
    const summary = summariseBacker(data.commitments, investor, subject);
    const ids = new Set(summary.counted.map((row) => row.id));
    // The figure rests on the counted rows and on the tranches inside a counted total.
    const basis = commitments.filter((row) => ids.has(row.id) || (row.partOf !== null && row.tranche !== "funded" && ids.has(row.partOf)));
    return { summary, basis };
  });
  const bars = figures.map(({ summary }) => ({
    investor: summary.investor,
    segments: backerSegments(data.commitments, summary.investor, subject),
    undisclosedCount: summary.undisclosed.length,
  }));
  const conditional = commitments.find((row) => row.tranche === "conditional" && row.conditionDetails !== null && !row.contextOnly) ?? null;
  // The conditional money the money charts show, for the scenario's words on each of them.
  const conditionalMoney = conditional?.amountUsd != null ? { investor: conditional.investor, amountUsd: conditional.amountUsd } : null;

  const sourcesOf = (rows: { sourceIds: string[] }[]): Source[] => citationOrder(data.sources, [rows]).filter((source) => rows.some((row) => row.sourceIds.includes(source.id)));
  const headlineRowsUsed = figures.flatMap(({ basis }) => basis);
  const timeline = commitmentTimeline(data.commitments, data.events, subject, asOf);
  const flows = moneyBothWays(data.commitments, data.cloudCommitments, subject);
  const lanes = channelLanes(data.channels, asOf, subject);
  const shares = marketShareSeries(data.marketShare);
  const flowIds = new Set(flows.flatMap((flow) => [...flow.invested, ...flow.cloudBack].map((part) => part.id)));

  const event = latestEvent(data.events, asOf);
  const money = latestMoneyEvent(data.commitments, asOf);
  const byId = new Map(data.sources.map((source) => [source.id, source]));

  return {
    // The subject is the lab's name, whichever lab the page is for.
    meta: { ...data.meta, subject, title: lab.title ?? data.meta.title },
    /** Every lab with a page, for the links between them. */
    /** Whether this is the home page, which also has the tables across labs. */
    home: lab.path === "/",
    labPages: all.labs.flatMap((other) => (other.path === null ? [] : [{ name: other.name, path: other.path, current: other.id === lab.id }])),
    freshness: {
      searchedThrough: asOf,
      latestEvent: event && { date: event.date, title: event.title, confidence: event.confidence },
      latestMoney: money && { date: money.announced!, title: money.description, confidence: money.confidence },
    },
    disputes: disputes.map((dispute) => ({
      ...dispute,
      values: dispute.values.map((value) => ({ ...value, sources: value.sourceIds.flatMap((id) => byId.get(id) ?? []) })),
    })),
    figures,
    conditional,
    charts: {
      context: { lab: lab.id, subject, exclusiveClouds: [...new Set(lanes.periods.map((period) => period.cloud))] },
      headline: {
        conditional: conditionalMoney,
        bars,
        legend: bars.flatMap((bar) => bar.segments.map((segment, index) => segmentLegend(segment, index))),
        data: headlineTable(bars.flatMap((bar) => bar.segments)),
        sources: sourcesOf(headlineRowsUsed),
        confidence: confidenceSummary(bars.flatMap((bar) => bar.segments.map((segment) => ({ label: `${segment.investor} ${segment.label.toLowerCase()}`, confidence: segment.confidence })))),
      },
      timeline: {
        conditional: conditionalMoney,
        ...timeline,
        from: timeline.rows[0]?.date ?? asOf,
        legend: <LegendItem[]>[
          ...timeline.series.map((item): LegendItem => ({ label: item.conditional ? `${item.investor}, with the conditional money` : item.investor, color: companyColor(item.investor), swatch: item.conditional ? "dashed-line" : "line" })),
          { label: "Disclosure date: a total made public, no step", color: "var(--color-ink)", swatch: "diamond" },
          { label: "Event (see tooltip or table)", color: "var(--color-muted)", swatch: "triangle" },
        ],
        data: timelineTable(timeline),
        sources: sourcesOf(data.commitments.filter((row) => !row.contextOnly)),
        confidence: [
          confidenceSummary(data.commitments.filter((row) => !row.contextOnly && row.amountUsd !== null).map((row) => ({ label: `${row.investor} ${row.announced}`, confidence: amountGrade(row) }))),
          ...figures
            .filter(({ summary }) => summary.undisclosed.length > 0)
            .map(({ summary }) => `${summary.investor}'s line is a floor: ${summary.undisclosed.length === 1 ? "one commitment is" : `${summary.undisclosed.length} commitments are`} undisclosed.`),
        ].join(" "),
        nullLabel: "none yet",
      },
      flows: {
        conditional: conditionalMoney,
        subject,
        flows,
        legend: <LegendItem[]>[
          ...flows.map((flow): LegendItem => ({ label: `${flow.investor} into ${subject}`, color: companyColor(flow.investor), swatch: "solid" })),
          { label: "Conditional", color: companyColor(flows.find((flow) => flow.invested.some((part) => part.conditional))?.investor ?? ""), swatch: "hatched" },
          { label: `${subject}'s cloud commitments back`, color: companyColor(subject), swatch: "solid" },
        ],
        data: flowsTable(flows, subject),
        sources: sourcesOf([...data.commitments, ...data.cloudCommitments].filter((row) => flowIds.has(row.id))),
        confidence: confidenceSummary([...data.commitments, ...data.cloudCommitments].filter((row) => flowIds.has(row.id)).map((row) => ({ label: row.id, confidence: row.confidence }))),
      },
      channels: {
        ...lanes,
        from: Math.min(...lanes.lanes.flatMap((lane) => lane.points.map((point) => point.t))),
        to: startTime(asOf),
        legend: <LegendItem[]>[
          { label: "Generally available", color: "var(--color-ink)", swatch: "point" },
          { label: "Preview", color: "var(--color-ink)", swatch: "ring" },
          { label: "Launch: a model card's date (or available, no general-availability date stated)", color: "var(--color-ink)", swatch: "square" },
          { label: "Catalog entry in a client app (not an availability notice)", color: "var(--color-ink)", swatch: "hollow-square" },
          { label: "Announced", color: "var(--color-ink)", swatch: "diamond" },
          ...lanes.periods.map((period): LegendItem => ({ label: `${period.label} (${period.fromDate} to ${period.toDate})`, color: companyColor(period.operator), swatch: "band" })),
        ],
        data: lanesTable(lanes),
        sources: sourcesOf(data.channels),
        confidence: [
          confidenceSummary(data.channels.map((row) => ({ label: row.shortName, confidence: row.confidence }))),
          ...(lanes.undated.length ? [`Not drawn (no dated milestone): ${lanes.undated.map((channel) => `${channel.shortName} (${channel.models})`).join("; ")}.`] : []),
        ].join(" "),
      },
      marketShare: {
        ...shares,
        legend: shares.providers.map((provider): LegendItem => ({ label: provider, color: companyColor(provider), swatch: "solid" })),
        data: marketShareTable(shares),
        sources: sourcesOf(data.marketShare),
        confidence: confidenceSummary(data.marketShare.map((row) => ({ label: row.quarter, confidence: row.confidence }))),
      },
    },
    tables,
    // Only the sources this page cites: the file holds every lab's.
    sources: sourcesOf([...TABLE_IDS.flatMap((id): { sourceIds: string[] }[] => tables[id]), ...data.events, ...data.marketShare, ...disputes.flatMap((dispute) => dispute.values)]),
  };
}

export type HomePageData = ReturnType<typeof homePageData>;

function segmentLegend(segment: Segment, index: number): LegendItem {
  const label = `${segment.investor}: ${segment.label}`;
  if (segment.conditional) return { label, color: companyColor(segment.investor), swatch: "hatched" };
  return { label, color: companyColor(segment.investor), swatch: "solid", opacity: trancheOpacity(index) };
}

function headlineTable(segments: Segment[]) {
  return {
    header: ["backer", "tranche", "amount_usd", "conditional", "confidence"],
    rows: segments.map((segment) => [segment.investor, segment.label, segment.amountUsd, segment.conditional ? "yes" : "no", segment.confidence]),
  };
}
