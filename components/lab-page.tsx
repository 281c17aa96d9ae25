import { ChartGrid } from "./charts/chart";
import { DownloadLinks } from "./download-links";
import { HeadlineFigures } from "./headline-figures";
import { PageHeader } from "./page-header";
import { ConditionalTerms } from "./scenario/conditional-terms";
import { ScenarioControl } from "./scenario/scenario-control";
import { ListIsland } from "./list-island";
import { ListPending } from "./sources-page";
import { TablePlaceholder } from "./table/static-table";
import { FetchedTableDataProvider } from "./table/table-data";
import { TableIsland } from "./table/table-island";
import { ConfidenceLegend } from "./ui/confidence-badge";
import { Section } from "./ui/section";
import { ShareCite } from "./ui/share-cite";
import type { HomePageData } from "@/lib/page-data";
import { listJsonPath, sourcesPagePath, tableJsonPath, tablePagePath } from "@/lib/table-files";
import { pageTableIds, TABLES } from "@/lib/tables";

/**
 * A lab's page: its backers' money, the charts behind it, its tables, disputes and sources.
 * The home page and every other lab's page are this one component on that lab's data.
 */
export function LabPage({ data, apiBase }: { data: HomePageData; apiBase: string }) {
  const { asOf } = data.meta;
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-6 px-3 py-6 sm:px-6 lg:py-10">
      {/* The first stop for a keyboard: past the header, figures and charts, straight to the tables. */}
      <a
        href={`#${TABLES[pageTableIds(data.home)[0]].anchor}`}
        className="sr-only rounded-md bg-surface px-3 py-2 font-medium text-accent underline focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:outline-2 focus:outline-accent"
      >
        Skip to the tables
      </a>
      <PageHeader home={data.home} meta={data.meta} labPages={data.labPages} figures={data.figures.map(({ summary }) => summary)} freshness={data.freshness} />
      <Section id="money" title="The money" intro={`What each backer has committed to ${data.meta.subject}, and how sure the record is.`}>
        <div className="flex flex-col gap-6">
          <HeadlineFigures figures={data.figures} subject={data.meta.subject} />
          {data.conditional ? (
            <div className="grid gap-6 rounded-xl border border-line bg-sunken/50 p-4 sm:p-5 lg:grid-cols-2">
              <ScenarioControl conditionalUsd={data.conditional.amountUsd ?? 0} />
              <ConditionalTerms row={data.conditional} />
            </div>
          ) : null}
          <ChartGrid charts={data.charts.filter((chart) => chart.section === "money")} asOf={asOf} />
        </div>
      </Section>
      <Section deferred id="charts" title="Behind the numbers" intro={`How the money arrived, what each backer gets back, where ${data.meta.subject}'s models are sold, and the market around it.`}>
        <ChartGrid charts={data.charts.filter((chart) => chart.section === "behind")} asOf={asOf} />
      </Section>
      <Section
        deferred
        id="confidence"
        title="How sure is each figure?"
        intro="Every figure carries one of three grades, and the build checks each one against its sources by these rules: no figure can claim more than its sources allow. Where a row's figures differ, each figure shows its own grade."
      >
        <ConfidenceLegend />
      </Section>
      {/* The rows are drawn once, as HTML; the live tables and the zip download fetch them as static files. */}
      <FetchedTableDataProvider
        meta={{ lab: data.lab, home: data.home, title: data.meta.title, subject: data.meta.subject, asOf, note: data.meta.note }}
        files={Object.fromEntries(pageTableIds(data.home).map((id) => [id, tableJsonPath(data.lab, id)]))}
      >
        {pageTableIds(data.home).map((id) => (
          <Section deferred key={id} id={TABLES[id].anchor} title={TABLES[id].title} intro={TABLES[id].intro(data.meta.subject)}>
            {data.tables[id].length > 0 ? (
              <TableIsland id={id} urlKey={TABLES[id].key}>
                <TablePlaceholder id={id} count={data.tables[id].length} apiBase={apiBase} pageHref={tablePagePath(data.lab, data.home, id)} />
              </TableIsland>
            ) : (
              <p className="text-sm text-muted">
                No rows of this table are on record for {data.meta.subject}.
              </p>
            )}
          </Section>
        ))}
      </FetchedTableDataProvider>
      <Section deferred id="disputes" title="Where sources disagree" intro="Figures on which sources conflict, with both values and what the data uses. A conflict leaves a figure unconfirmed unless the company's own source settles it.">
        <ListIsland kind="disputes" url={listJsonPath(data.lab, "disputes")}>
          <ListPending count={data.disputes.length} what="figures on which sources disagree" href={sourcesPagePath(data.lab, data.home)} />
        </ListIsland>
      </Section>
      <Section deferred id="sources" title="Sources" intro={`Every source the figures above rest on, searched through ${asOf}, with its kind.`}>
        <ListIsland kind="sources" url={listJsonPath(data.lab, "sources")}>
          <ListPending count={data.sources.length} what="sources" href={sourcesPagePath(data.lab, data.home)} />
        </ListIsland>
      </Section>
      <Section deferred id="cite" title="Share and cite" intro="The link keeps every table's search, filters, sort and columns: whoever opens it sees the same rows.">
        <ShareCite title={data.meta.title} asOf={asOf} />
      </Section>
      <DownloadLinks asOf={asOf} note={data.meta.note} apiBase={apiBase} home={data.home} />
    </main>
  );
}
