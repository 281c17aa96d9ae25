import "server-only";
import { labPageData, type HomePageData } from "./lab-page-data";
import { loadDataset } from "./load-data";

/** Everything a lab's page shows (the home page's lab unless another is named), from the validated data. */
export function homePageData(labId?: string): HomePageData {
  return labPageData(loadDataset(), labId);
}

export type { HomePageData } from "./lab-page-data";
