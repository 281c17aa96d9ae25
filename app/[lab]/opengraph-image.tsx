import { previewImage, PREVIEW_SIZE } from "@/components/og/preview-image";
import { labPageIds } from "@/lib/labs";
import { loadDataset } from "@/lib/load-data";

// Each lab's page has its own preview, from its own figures, drawn at build time.
export const alt = "Stakes: each backer's headline commitment, conditional money apart";
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return labPageIds(loadDataset().labs).map((lab) => ({ lab }));
}

export default async function Image({ params }: { params: Promise<{ lab: string }> }) {
  return previewImage((await params).lab);
}
