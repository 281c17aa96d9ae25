import { csvResponse } from "@/lib/exports";

export const dynamic = "force-static";

export function GET() {
  return csvResponse("deal-terms");
}
