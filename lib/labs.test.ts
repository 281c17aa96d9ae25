import path from "node:path";
import { describe, expect, it } from "vitest";
import { datasetForLab, disputesForLab, findLab, homeLab, labPageIds } from "./labs";
import { loadDataset } from "./load-data";
import { labTables, type Dispute, type FigureGrade, type Lab, type MarketShare } from "./schema";
import { syntheticCommitment, syntheticDataset } from "./test/builders";

const openai: Lab = { id: "openai", name: "OpenAI", path: "/", title: null };
const anthropic: Lab = { id: "anthropic", name: "Anthropic", path: "/anthropic", title: null };
const mistral: Lab = { id: "mistral", name: "Mistral AI", path: null, title: null };
const labs = [anthropic, openai, mistral];

const disputed = (dispute: string): Record<string, FigureGrade> => ({ amount: { confidence: "unconfirmed", sourceIds: ["some-source"], hedged: [], dispute } });
const dispute = (id: string): Dispute => ({ id, figure: id, values: [], resolution: "null", settledBy: null });
const share: MarketShare = { id: "2025-q4", quarter: "2025 Q4", shares: { AWS: 28 }, marketSizeUsd: null, note: null, confidence: "reported", confidenceNote: null, sourceIds: ["some-source"], quotes: [], grades: {} };

/** Two labs' rows in one table, interleaved as a data file may hold them. */
const dataset = syntheticDataset({
  labs,
  commitments: [
    syntheticCommitment({ id: "msft-openai", investor: "Microsoft", tranche: "total", amountUsd: 13e9, grades: disputed("d-openai") }),
    syntheticCommitment({ id: "amzn-anthropic", investor: "Amazon", tranche: "total", amountUsd: 8e9, lab: "anthropic", recipient: "Anthropic", grades: disputed("d-anthropic") }),
    syntheticCommitment({ id: "amzn-openai", investor: "Amazon", tranche: "total", amountUsd: 50e9 }),
    syntheticCommitment({ id: "msft-mistral", investor: "Microsoft", tranche: "undisclosed", amountUsd: null, lab: "mistral", recipient: "Mistral AI", grades: disputed("d-shared") }),
    syntheticCommitment({ id: "msft-openai-stake", investor: "Microsoft", tranche: "total", amountUsd: null, grades: disputed("d-shared") }),
  ],
  marketShare: [share],
  disputes: [dispute("d-openai"), dispute("d-anthropic"), dispute("d-shared"), dispute("d-market")],
});

describe("homeLab and findLab", () => {
  it("finds the lab whose path is the home page's, wherever it is in the list", () => {
    expect(homeLab(labs)).toBe(openai);
    expect(findLab(labs)).toBe(openai);
  });

  it("finds a lab by id, with or without a page", () => {
    expect(findLab(labs, "anthropic")).toBe(anthropic);
    expect(findLab(labs, "mistral")).toBe(mistral);
  });

  it("throws on an unknown id and on a list with no home page", () => {
    expect(() => findLab(labs, "xai")).toThrow('unknown lab id "xai"');
    expect(() => homeLab([anthropic, mistral])).toThrow('no lab has the path "/"');
  });
});

describe("datasetForLab", () => {
  it("keeps only that lab's rows, in the data's order", () => {
    expect(datasetForLab(dataset, "openai").commitments.map((row) => row.id)).toEqual(["msft-openai", "amzn-openai", "msft-openai-stake"]);
    expect(datasetForLab(dataset, "anthropic").commitments.map((row) => row.id)).toEqual(["amzn-anthropic"]);
  });

  it("keeps sources, disputes, market share and meta whole, and names only that lab", () => {
    const own = datasetForLab(dataset, "anthropic");
    expect(own.labs).toEqual([anthropic]);
    expect(own.disputes).toBe(dataset.disputes);
    expect(own.marketShare).toBe(dataset.marketShare);
    expect(own.sources).toBe(dataset.sources);
    expect(own.meta).toBe(dataset.meta);
  });

  it("gives a lab with no rows empty tables, and does not change its input", () => {
    const before = dataset.commitments.length;
    expect(datasetForLab(syntheticDataset({ labs }), "mistral").commitments).toEqual([]);
    datasetForLab(dataset, "mistral");
    expect(dataset.commitments).toHaveLength(before);
  });

  it("throws on an unknown lab rather than returning nothing", () => {
    expect(() => datasetForLab(dataset, "xai")).toThrow('unknown lab id "xai"');
  });
});

describe("disputesForLab", () => {
  it("lists the disputes the lab's figures refer to and those no lab's figures refer to", () => {
    expect(disputesForLab(dataset, "openai").map((row) => row.id)).toEqual(["d-openai", "d-shared", "d-market"]);
    expect(disputesForLab(dataset, "anthropic").map((row) => row.id)).toEqual(["d-anthropic", "d-market"]);
    expect(disputesForLab(dataset, "mistral").map((row) => row.id)).toEqual(["d-shared", "d-market"]);
  });
});

describe("the real data/ folder, lab by lab", () => {
  /** Rows per table for each lab, from the validated data as the build loads it. */
  const counts = () => {
    const data = loadDataset(path.join(process.cwd(), "data"));
    return Object.fromEntries(data.labs.map((lab) => [lab.id, labTables.map((table) => datasetForLab(data, lab.id)[table].length)]));
  };

  it("validates, and holds each lab's rows of the fact sheet: commitments, cloud, terms, channels, events", () => {
    expect(counts()).toEqual({
      openai: [15, 3, 30, 19, 35],
      anthropic: [12, 5, 0, 4, 0],
      mistral: [3, 0, 0, 3, 0],
      xai: [0, 0, 0, 3, 0],
    });
  });

  it("names the four labs, OpenAI's the home page and Anthropic's its own page", () => {
    const { labs: all } = loadDataset(path.join(process.cwd(), "data"));
    expect(all.map((lab) => [lab.id, lab.name, lab.path])).toEqual([
      ["openai", "OpenAI", "/"],
      ["anthropic", "Anthropic", "/anthropic"],
      ["mistral", "Mistral AI", null],
      ["xai", "xAI", null],
    ]);
  });
});

describe("labPageIds", () => {
  it("lists the labs with a page of their own besides the home page", () => {
    expect(labPageIds(labs)).toEqual(["anthropic"]);
    expect(labPageIds([openai])).toEqual([]);
  });
});
