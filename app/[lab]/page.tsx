import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LabPage } from "@/components/lab-page";
import { labPageIds } from "@/lib/labs";
import { loadDataset } from "@/lib/load-data";
import { homePageData } from "@/lib/page-data";
import { labApiBase } from "@/lib/tables";

// A page per lab that has one besides the home page's (`/anthropic`); any other name is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return labPageIds(loadDataset().labs).map((lab) => ({ lab }));
}

export async function generateMetadata({ params }: { params: Promise<{ lab: string }> }): Promise<Metadata> {
  const { lab } = await params;
  if (!labPageIds(loadDataset().labs).includes(lab)) return {};
  const data = homePageData(lab);
  const title = `Stakes: ${data.meta.title}`;
  const description = `Who has money in ${data.meta.subject}, on what terms, and where its models are sold: every figure sourced and graded.`;
  return { title, description, openGraph: { type: "website", siteName: "Stakes", title, description }, twitter: { card: "summary_large_image", title, description } };
}

export default async function OtherLabPage({ params }: { params: Promise<{ lab: string }> }) {
  const { lab } = await params;
  if (!labPageIds(loadDataset().labs).includes(lab)) notFound();
  return <LabPage data={homePageData(lab)} apiBase={labApiBase(lab)} />;
}
