import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TablePage, tablePageTitle } from "@/components/table-page";
import { homeLab } from "@/lib/labs";
import { loadDataset } from "@/lib/load-data";
import { tableOfSlug } from "@/lib/table-files";
import { pageTableIds, TABLES } from "@/lib/tables";

// The home page's tables, each on a page of its own (`/tables/deal-terms`); any other name is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return pageTableIds(true).map((id) => ({ table: TABLES[id].slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ table: string }> }): Promise<Metadata> {
  const id = tableOfSlug((await params).table, pageTableIds(true));
  return id ? { title: tablePageTitle(id, homeLab(loadDataset().labs).name) } : {};
}

export default async function HomeTablePage({ params }: { params: Promise<{ table: string }> }) {
  const id = tableOfSlug((await params).table, pageTableIds(true));
  if (!id) notFound();
  return <TablePage id={id} />;
}
