import type { Metadata } from "next";
import { SourcesPage } from "@/components/sources-page";

export const metadata: Metadata = { title: "Stakes: sources and disputes" };

export default function HomeSourcesPage() {
  return <SourcesPage />;
}
