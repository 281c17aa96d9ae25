import { loadDataset } from "@/lib/load-data";

export const dynamic = "force-static";

/** The whole validated data set, sources included, for scripts and notebooks. */
export function GET() {
  return Response.json(loadDataset());
}
