import { loadLabDataset } from "@/lib/load-data";

export const dynamic = "force-static";

/** The home lab's validated data set, sources included, for scripts and notebooks. */
export function GET() {
  return Response.json(loadLabDataset());
}
