import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourcesPage } from "@/components/sources-page";
import { labPageIds } from "@/lib/labs";
import { loadDataset } from "@/lib/load-data";

// Each other lab's sources and disputes (`/anthropic/sources`); any other name is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return labPageIds(loadDataset().labs).map((lab) => ({ lab }));
}

export const metadata: Metadata = { title: "Stakes: sources and disputes" };

export default async function LabSourcesPage({ params }: { params: Promise<{ lab: string }> }) {
  const { lab } = await params;
  if (!labPageIds(loadDataset().labs).includes(lab)) notFound();
  return <SourcesPage labId={lab} />;
}
