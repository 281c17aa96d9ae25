import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TablePage, tablePageTitle } from "@/components/table-page";
import { findLab, labPageIds } from "@/lib/labs";
import { loadDataset } from "@/lib/load-data";
import { tableOfSlug } from "@/lib/table-files";
import { pageTableIds, TABLES } from "@/lib/tables";

// Another lab's tables, each on a page of its own (`/anthropic/tables/deal-terms`); any other name is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return labPageIds(loadDataset().labs).flatMap((lab) => pageTableIds(false).map((id) => ({ lab, table: TABLES[id].slug })));
}

function tableOf(lab: string, table: string) {
  return labPageIds(loadDataset().labs).includes(lab) ? tableOfSlug(table, pageTableIds(false)) : undefined;
}

export async function generateMetadata({ params }: { params: Promise<{ lab: string; table: string }> }): Promise<Metadata> {
  const { lab, table } = await params;
  const id = tableOf(lab, table);
  return id ? { title: tablePageTitle(id, findLab(loadDataset().labs, lab).name) } : {};
}

export default async function LabTablePage({ params }: { params: Promise<{ lab: string; table: string }> }) {
  const { lab, table } = await params;
  const id = tableOf(lab, table);
  if (!id) notFound();
  return <TablePage id={id} labId={lab} />;
}
