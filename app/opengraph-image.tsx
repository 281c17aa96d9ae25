import { previewImage, PREVIEW_SIZE } from "@/components/og/preview-image";

// The home page's preview for a shared link, drawn once at build time.
export const alt = "Stakes: each backer's headline commitment, conditional money apart";
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return previewImage();
}
