import { DisputesList } from "./disputes-list";
import { SourcesList } from "./sources-list";
import { Section } from "./ui/section";
import { homePageData } from "@/lib/page-data";

/** What a long list's place on a lab's page says until the list is fetched, and without JavaScript. */
export function ListPending({ count, what, href }: { count: number; what: string; href: string }) {
  return (
    <p className="text-sm">
      <span className="nojs-hide text-muted">
        Loading {count} {what}…
      </span>
      <span hidden className="nojs-show">
        {count} {what}:{" "}
        <a className="text-accent underline" href={href}>
          read them on the sources page
        </a>
        .
      </span>
    </p>
  );
}

/**
 * A lab's disputes and sources as plain HTML on a page of their own: what a reader without
 * JavaScript reads (the lab's page fetches both lists instead of inlining them).
 */
export function SourcesPage({ labId }: { labId?: string }) {
  const data = homePageData(labId);
  const path = data.labPages.find((page) => page.current)?.path ?? "/";
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-6 px-3 py-6 sm:px-6 lg:py-10">
      <p className="text-sm">
        <a className="text-accent underline underline-offset-2" href={path}>
          ← Back to {data.meta.subject}&apos;s page
        </a>
      </p>
      <Section id="disputes" title="Where sources disagree" intro="Figures on which sources conflict, with both values and what the data uses.">
        <DisputesList disputes={data.disputes} />
      </Section>
      <Section id="sources" title="Sources" intro={`Every source the figures on ${data.meta.subject}'s page rest on, searched through ${data.meta.asOf}, with its kind.`}>
        <SourcesList sources={data.sources} />
      </Section>
    </main>
  );
}
