import { describe, expect, it } from "vitest";
import { labPageData } from "./lab-page-data";
import { loadDataset } from "./load-data";
import { homePageData } from "./page-data";
import { readRealDataDir } from "./test/real-data-dir";

readRealDataDir();

describe("labPageData", () => {
  it("is what the pages get, for the home page's lab and for another", () => {
    expect(labPageData(loadDataset())).toEqual(homePageData());
    expect(labPageData(loadDataset(), "anthropic").charts.map((chart) => chart.lab)).toEqual(homePageData("anthropic").charts.map((chart) => chart.lab));
    expect(labPageData(loadDataset(), "anthropic").meta.subject).toBe("Anthropic");
  });
});
