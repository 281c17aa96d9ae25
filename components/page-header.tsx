import { formatLongDate, formatPartialDate } from "@/lib/format";
import { headlineTotal, type BackerSummary } from "@/lib/headline";
import type { HomePageData } from "@/lib/page-data";
import type { Meta } from "@/lib/schema";
import { pageTableIds, TABLES } from "@/lib/tables";
import { ThemeToggle } from "./ui/theme-toggle";
import { TimeAgo } from "./ui/time-ago";

/** The page's sections in order, its tables from the registry. */
const nav = (home: boolean): [id: string, label: string][] => [
  ["money", "The money"],
  ["charts", "Charts"],
  ...pageTableIds(home).map((id): [string, string] => [TABLES[id].anchor, TABLES[id].navLabel]),
  ["disputes", "Disagreements"],
  ["sources", "Sources"],
  ["cite", "Share and cite"],
];

/** Title, summary and the "as of" date: nothing on the page speaks for later events. */
export function PageHeader({ home, meta, labPages, figures, freshness }: { home: boolean; meta: Meta; labPages: HomePageData["labPages"]; figures: BackerSummary[]; freshness: HomePageData["freshness"] }) {
  return (
    <header className="flex flex-col gap-4">
      <div className="flex items-center justify-between gap-4">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <p className="text-sm font-semibold tracking-widest text-accent uppercase">Stakes</p>
          {labPages.length > 1 ? (
            <nav aria-label="Labs" className="print:hidden">
              <ul className="flex flex-wrap gap-x-3 text-sm">
                {labPages.map((lab) => (
                  <li key={lab.path}>
                    <a href={lab.path} aria-current={lab.current ? "page" : undefined} className={`inline-block py-1 underline-offset-2 hover:underline ${lab.current ? "font-semibold text-ink" : "text-accent"}`}>
                      {lab.name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
        <ThemeToggle />
      </div>
      <h1 className="max-w-4xl text-3xl font-bold tracking-tight text-balance sm:text-4xl">{meta.title}</h1>
      <p className="max-w-prose text-base">
        {meta.subject} has {figures.length === 2 ? "two" : figures.length} large backers that are also the clouds it runs on and sells through.{" "}
        {figures.map((summary) => `${summary.investor}: ${headlineTotal(summary)}`).join("; ")}. Here are the money, the terms that came
        with it, the cloud spending {meta.subject} promised back and the channels that sell its models, each figure with its sources and
        a confidence level.
      </p>
      <div className="flex w-fit flex-col gap-1 rounded-md border border-line bg-surface px-3 py-2 text-sm" data-testid="freshness">
        <p>
          <span className="font-semibold">Sources searched through </span>
          <time dateTime={meta.asOf} data-testid="as-of">
            {formatLongDate(meta.asOf)}
          </time>
          <span className="text-muted">: nothing later is covered.</span>
          <TimeAgo date={meta.asOf} />
        </p>
        {freshness.latestEvent ? (
          <p>
            <span className="font-semibold">Latest event on record: </span>
            <time dateTime={freshness.latestEvent.date} data-testid="latest-event">
              {formatPartialDate(freshness.latestEvent.date)}
            </time>
            , {freshness.latestEvent.title} ({freshness.latestEvent.confidence}).
            <TimeAgo date={freshness.latestEvent.date} />
          </p>
        ) : null}
        {freshness.latestMoney ? (
          <p>
            <span className="font-semibold">Latest money on record: </span>
            <time dateTime={freshness.latestMoney.date}>{formatPartialDate(freshness.latestMoney.date)}</time>
            . {freshness.latestMoney.title.replace(/\.$/, "")} ({freshness.latestMoney.confidence}).
            <TimeAgo date={freshness.latestMoney.date} />
          </p>
        ) : null}
      </div>
      <nav aria-label="Sections" className="print:hidden">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {nav(home).map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="inline-block py-1 text-accent underline-offset-2 hover:underline">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
