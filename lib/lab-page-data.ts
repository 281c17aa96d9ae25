import { chartModels } from "./charts";
import { headlineInvestors, summariseBacker } from "./headline";
import { datasetForLab, disputesForLab, findLab } from "./labs";
import type { Dataset, Source } from "./schema";
import { latestEvent, latestMoneyEvent } from "./freshness";
import { citationOrder, withSources } from "./sources";
import { TABLE_IDS, tableRows } from "./tables";

/**
 * Everything a lab's page shows (the home page's lab unless another is named), shaped from
 * that lab's rows of the validated data so that only plain rows cross into client components,
 * and no other lab's. Pure: the page reads the data through `homePageData`, the end-to-end
 * tests through their own copy of the files, and both get the same charts and tables.
 */
export function labPageData(all: Dataset, labId?: string) {
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
  const conditional = commitments.find((row) => row.tranche === "conditional" && row.conditionDetails !== null && !row.contextOnly) ?? null;
  // The conditional money the money charts show, for the scenario's words on each of them.
  const conditionalMoney = conditional?.amountUsd != null ? { investor: conditional.investor, amountUsd: conditional.amountUsd } : null;

  const sourcesOf = (rows: { sourceIds: string[] }[]): Source[] => citationOrder(data.sources, [rows]).filter((source) => rows.some((row) => row.sourceIds.includes(source.id)));
  const charts = chartModels({ lab, subject, asOf, home: lab.path === "/", data, all, figures, conditional: conditionalMoney, sourcesOf });

  const event = latestEvent(data.events, asOf);
  const money = latestMoneyEvent(data.commitments, asOf);
  const byId = new Map(data.sources.map((source) => [source.id, source]));

  return {
    // The subject is the lab's name, whichever lab the page is for.
    meta: { ...data.meta, subject, title: lab.title ?? data.meta.title },
    /** The lab's id, for file names and addresses. */
    lab: lab.id,
    /** Whether this is the home page, which also has the tables and charts across labs. */
    home: lab.path === "/",
    /** Every lab with a page, for the links between them. */
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
    charts,
    tables,
    // Only the sources this page cites: the file holds every lab's.
    sources: sourcesOf([...TABLE_IDS.flatMap((id): { sourceIds: string[] }[] => tables[id]), ...data.events, ...data.marketShare, ...disputes.flatMap((dispute) => dispute.values)]),
  };
}

export type HomePageData = ReturnType<typeof labPageData>;
