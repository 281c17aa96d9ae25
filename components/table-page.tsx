import { StaticTable } from "./table/static-table";
import { Section } from "./ui/section";
import { labTable } from "@/lib/page-data";
import { API_BASE, labApiBase, TABLES, type TableId } from "@/lib/tables";

/**
 * A table on a page of its own, its rows as plain HTML in the data's order (up to STATIC_ROWS_MAX, lib/static-rows): what a reader
 * without JavaScript reads (the lab's page fetches its tables' rows instead of inlining them).
 */
export function TablePage({ id, labId }: { id: TableId; labId?: string }) {
  const { lab, rows, asOf } = labTable(id, labId);
  const info = TABLES[id];
  const home = lab.path === "/";
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-6 px-3 py-6 sm:px-6 lg:py-10">
      <p className="text-sm">
        <a className="text-accent underline underline-offset-2" href={`${lab.path}#${info.anchor}`}>
          ← Back to {lab.name}&apos;s page
        </a>
      </p>
      <Section id={info.anchor} title={info.title} intro={`${info.intro(lab.name)} Data as of ${asOf}.`}>
        <StaticTable id={id} rows={rows} apiBase={home ? API_BASE : labApiBase(lab.id)} />
      </Section>
    </main>
  );
}

export function tablePageTitle(id: TableId, subject: string): string {
  return `Stakes: ${TABLES[id].title}, ${subject}`;
}
