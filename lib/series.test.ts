import { describe, expect, it } from "vitest";
import channelsJson from "@/data/channels.json";
import cloudJson from "@/data/cloud-commitments.json";
import commitmentsJson from "@/data/commitments.json";
import eventsJson from "@/data/events.json";
import labsJson from "@/data/labs.json";
import marketShareJson from "@/data/market-share.json";
import metaJson from "@/data/meta.json";
import { amountGrade, summariseBacker } from "./headline";
import { homeLab } from "./labs";
import {
  channelSchema,
  cloudCommitmentSchema,
  commitmentSchema,
  eventSchema,
  labSchema,
  marketShareSchema,
  metaSchema,
  type Channel,
  type CloudCommitment,
  type Commitment,
  type DealEvent,
  type MarketShare,
  type Milestone,
} from "./schema";
import {
  channelLanes,
  commitmentTimeline,
  scenarioTimeline,
  confidenceSummary,
  marketShareSeries,
  moneyBothWays,
  type TimelineRow,
} from "./series";
import { startTime } from "./partial-date";
import { ROW_DEFAULTS, syntheticChannel, syntheticCommitment } from "./test/builders";

/** The real data, parsed as the app parses it: the home page's lab's rows, as the page gets them. */
const home = homeLab(labSchema.array().parse(labsJson)).id;
const own = <Row extends { lab: string }>(rows: Row[]) => rows.filter((row) => row.lab === home);
const commitments = own(commitmentSchema.array().parse(commitmentsJson));
const events = own(eventSchema.array().parse(eventsJson));
const cloud = own(cloudCommitmentSchema.array().parse(cloudJson));
const channels = own(channelSchema.array().parse(channelsJson));
const marketShare = marketShareSchema.array().parse(marketShareJson);
const meta = metaSchema.parse(metaJson);
const asOf = meta.asOf;

/** A synthetic commitment: only the fields a test sets differ from the defaults. */
function commitment(fields: Partial<Commitment> & Pick<Commitment, "id" | "investor" | "tranche" | "amountUsd" | "announced">): Commitment {
  return syntheticCommitment(fields);
}

function event(id: string, date: string, title: string): DealEvent {
  return { id, lab: "openai", date, dateKind: null, title, parties: ["X", "OpenAI"], confidence: "confirmed", confidenceNote: null, sourceIds: ["some-source"], quotes: [], grades: {} };
}

function cloudDeal(fields: Partial<CloudCommitment> & Pick<CloudCommitment, "id" | "seller" | "amountUsd" | "announced">): CloudCommitment {
  return {
    ...ROW_DEFAULTS,
    buyer: "OpenAI",
    cloud: `${fields.seller} Cloud`,
    basis: "new",
    termYears: null,
    description: "A synthetic cloud deal.",
    ...fields,
  };
}

function channel(fields: Partial<Channel> & Pick<Channel, "id">): Channel {
  return syntheticChannel(fields);
}

function milestone(date: string, stage: Milestone["stage"], label = `${stage} ${date}`): Milestone {
  return { date, stage, label };
}

function share(quarter: string, shares: Record<string, number>, marketSizeUsd: number | null = null): MarketShare {
  return { id: quarter.replace(" ", "-").toLowerCase(), quarter, shares, marketSizeUsd, note: null, confidence: "reported", confidenceNote: null, sourceIds: ["some-source"], quotes: [], grades: {} };
}

/** Each row as [date, value of each key]. */
const valuesBy = (rows: TimelineRow[], keys: string[]) => rows.map((row) => [row.date, ...keys.map((key) => row.values[key])]);
const rowAt = (rows: TimelineRow[], date: string): TimelineRow => {
  const row = rows.find((candidate) => candidate.date === date);
  if (!row) throw new Error(`no timeline row for ${date}`);
  return row;
};


describe("commitmentTimeline on the real data", () => {
  const { rows, series } = commitmentTimeline(commitments, events, "OpenAI", asOf);
  const keys = series.map((item) => item.key);

  it("has a firm series per backer and a dashed one for Amazon's conditional money", () => {
    expect(series).toEqual([
      { key: "Microsoft", investor: "Microsoft", conditional: false },
      { key: "Amazon", investor: "Amazon", conditional: false },
      { key: "Amazon incl. conditional", investor: "Amazon", conditional: true },
    ]);
  });

  it("has one row per commitment or event date up to the as-of date, in time order, ending on it", () => {
    expect(asOf).toBe("2026-12-01");
    const dates = rows.map((row) => row.date);
    expect(dates[0]).toBe("2019");
    expect(dates[dates.length - 1]).toBe(asOf);
    expect(dates).not.toContain("2028-12-31");
    for (let i = 1; i < rows.length; i++) expect(rows[i].t).toBeGreaterThan(rows[i - 1].t);
    for (const row of rows) expect(row.t).toBe(startTime(row.date));
  });

  it("places the partial dates at their start and flags only them as approximate", () => {
    expect(rowAt(rows, "2021").t).toBe(Date.UTC(2021, 0, 1));
    expect(rowAt(rows, "2025-01").t).toBe(Date.UTC(2025, 0, 1));
    expect(rows.filter((row) => row.approximate).map((row) => row.date)).toEqual(["2019", "2021", "2021-11", "2023-01", "2025-01", "2025-11", "2026-07"]);
  });

  it("steps only on commitment dates: the 10-Q's disclosure of the $13B total is a marker, not a step", () => {
    const at = (date: string) => keys.map((key) => rowAt(rows, date).values[key]);
    expect(at("2019")).toEqual([1e9, null, null]);
    // The 2021 follow-on was never sized: a mark, no step.
    expect(at("2021")).toEqual([1e9, null, null]);
    expect(at("2023-01-23")).toEqual([11e9, null, null]);
    // No $2B remainder is derived: the line stays at the itemised $11B.
    expect(at("2025-09-30")).toEqual([11e9, null, null]);
    expect(rowAt(rows, "2025-09-30").marks.map((mark) => [mark.amountUsd, mark.disclosure])).toEqual([
      [13e9, true],
      [11.6e9, true],
    ]);
    expect(at("2026-02-27")).toEqual([11e9, 15e9, 50e9]);
    // A claimed completion of the conditional tranche is a marker too.
    expect(at("2026-07")).toEqual([11e9, 15e9, 50e9]);
    expect(at(asOf)).toEqual([11e9, 15e9, 50e9]);
  });

  it("marks the conditional money as conditional", () => {
    const amazon = rowAt(rows, "2026-02-27").marks.filter((mark) => mark.investor === "Amazon");
    expect(amazon.map((mark) => [mark.amountUsd, mark.conditional, mark.disclosure])).toEqual([
      [50e9, false, false],
      [15e9, false, false],
      [35e9, true, false],
    ]);
    expect(rowAt(rows, "2026-07").marks.map((mark) => [mark.amountUsd, mark.conditional, mark.disclosure])).toEqual([[35e9, true, true]]);
  });

  it("leaves out context-only investors", () => {
    expect(keys).not.toContain("Nvidia");
    expect(keys).not.toContain("SoftBank");
    for (const row of rows) for (const mark of row.marks) expect(["Microsoft", "Amazon"]).toContain(mark.investor);
  });

  it("puts every event up to the as-of date on its date", () => {
    const past = events.filter((item) => item.date <= asOf);
    expect(rows.flatMap((row) => row.events).length).toBe(past.length);
    for (const item of past) expect(rowAt(rows, item.date).events).toContain(item.title);
    expect(rowAt(rows, asOf).marks).toEqual([]);
  });

  it("stops at an earlier as-of date, dropping later commitments and events", () => {
    const early = commitmentTimeline(commitments, events, "OpenAI", "2025-12-31");
    expect(early.rows[early.rows.length - 1].date).toBe("2025-12-31");
    expect(early.rows.map((row) => row.date).filter((date) => date > "2025-12-31")).toEqual([]);
    expect(early.series.map((item) => item.key)).not.toContain("Amazon incl. conditional");
    expect(early.rows.map((row) => row.values.Amazon ?? null).filter((value) => value !== null)).toEqual([]);
  });
});

describe("scenarioTimeline", () => {
  const timeline = commitmentTimeline(commitments, events, "OpenAI", asOf);
  const last = (result: ReturnType<typeof scenarioTimeline>) => result.rows[result.rows.length - 1].values;

  it("keeps everything when the conditional money counts in full", () => {
    expect(scenarioTimeline(timeline, { mode: "include" })).toEqual(timeline);
  });

  it("drops the conditional series when it is left out", () => {
    const result = scenarioTimeline(timeline, { mode: "exclude" });
    expect(result.series.map((item) => item.key)).toEqual(["Microsoft", "Amazon"]);
    expect(last(result)).toEqual({ Microsoft: 11e9, Amazon: 15e9 });
  });

  it("weights the conditional part of the dashed line by the probability", () => {
    expect(last(scenarioTimeline(timeline, { mode: "weighted", probability: 0.35 }))["Amazon incl. conditional"]).toBeCloseTo(15e9 + 35e9 * 0.35);
  });
});

describe("commitmentTimeline on synthetic data", () => {
  it("never steps for an undisclosed amount", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 2e9, announced: "2020-01-01" }),
      commitment({ id: "x-b", investor: "X", tranche: "follow-on", amountUsd: null, announced: "2021-06-01" }),
      commitment({ id: "x-c", investor: "X", tranche: "round", amountUsd: 3e9, announced: "2022" }),
    ];
    const timeline = commitmentTimeline(rows, [], "OpenAI", "2023-01-01");
    expect(valuesBy(timeline.rows, ["X"])).toEqual([
      ["2020-01-01", 2e9],
      ["2021-06-01", 2e9],
      ["2022", 5e9],
      ["2023-01-01", 5e9],
    ]);
    expect(rowAt(timeline.rows, "2021-06-01").marks).toEqual([{ investor: "X", label: "Synthetic x-b", amountUsd: null, confidence: "confirmed", conditional: false, disclosure: false }]);
  });

  it("leaves a backer's line null (unknown), not $0, when its first commitment is undisclosed", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "round", amountUsd: null, announced: "2020-01-01" }),
      commitment({ id: "x-b", investor: "X", tranche: "follow-on", amountUsd: 5e9, announced: "2022-01-01" }),
    ];
    const timeline = commitmentTimeline(rows, [], "OpenAI", "2023-01-01");
    expect(valuesBy(timeline.rows, ["X"])).toEqual([
      ["2020-01-01", null],
      ["2022-01-01", 5e9],
      ["2023-01-01", 5e9],
    ]);
    expect(timeline.rows[0].marks).toEqual([expect.objectContaining({ investor: "X", amountUsd: null })]);
  });

  it("adds nothing for a total its dated tranches already exceed, never a negative step", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 6e9, announced: "2020", partOf: "x-total" }),
      commitment({ id: "x-b", investor: "X", tranche: "follow-on", amountUsd: 6e9, announced: "2022", partOf: "x-total" }),
      commitment({ id: "x-total", investor: "X", tranche: "total", amountUsd: 10e9, announced: "2024-05-01" }),
    ];
    expect(valuesBy(commitmentTimeline(rows, [], "OpenAI", "2025-01-01").rows, ["X"])).toEqual([
      ["2020", 6e9],
      ["2022", 12e9],
      ["2024-05-01", 12e9],
      ["2025-01-01", 12e9],
    ]);
  });

  it("adds the whole of a total with no dated tranches, and only the rest of one with some", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, announced: "2020", partOf: "x-total" }),
      commitment({ id: "x-b", investor: "X", tranche: "follow-on", amountUsd: null, announced: "2021", partOf: "x-total" }),
      commitment({ id: "x-total", investor: "X", tranche: "total", amountUsd: 4e9, announced: "2022" }),
      commitment({ id: "y-total", investor: "Y", tranche: "total", amountUsd: 7e9, announced: "2022" }),
    ];
    expect(valuesBy(commitmentTimeline(rows, [], "OpenAI", "2023").rows, ["X", "Y"])).toEqual([
      ["2020", 1e9, null],
      ["2021", 1e9, null],
      ["2022", 4e9, 7e9],
      ["2023", 4e9, 7e9],
    ]);
  });

  it("does not count a tranche announced after its total twice", () => {
    const rows = [
      commitment({ id: "x-total", investor: "X", tranche: "total", amountUsd: 10e9, announced: "2020-01-01" }),
      commitment({ id: "x-a", investor: "X", tranche: "follow-on", amountUsd: 4e9, announced: "2022-01-01", partOf: "x-total" }),
    ];
    const timeline = commitmentTimeline(rows, [], "OpenAI", "2023-01-01");
    // The headline counts $10B; the line must end there too.
    expect(summariseBacker(rows, "X", "OpenAI").upToUsd).toBe(10e9);
    expect(valuesBy(timeline.rows, ["X"])).toEqual([
      ["2020-01-01", 10e9],
      ["2022-01-01", 10e9],
      ["2023-01-01", 10e9],
    ]);
  });

  it("ignores a commitment dated after the as-of date, and its part in a total", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, announced: "2020-03-01", partOf: "x-total" }),
      commitment({ id: "x-b", investor: "X", tranche: "follow-on", amountUsd: 5e9, announced: "2024-03-01", partOf: "x-total" }),
      commitment({ id: "x-total", investor: "X", tranche: "total", amountUsd: 3e9, announced: "2021-03-01" }),
      commitment({ id: "x-late", investor: "X", tranche: "round", amountUsd: 9e9, announced: "2023-01-02" }),
    ];
    const timeline = commitmentTimeline(rows, [event("late", "2023-01-02", "Too late")], "OpenAI", "2023-01-01");
    expect(valuesBy(timeline.rows, ["X"])).toEqual([
      ["2020-03-01", 1e9],
      ["2021-03-01", 3e9],
      ["2023-01-01", 3e9],
    ]);
    expect(timeline.rows.flatMap((row) => row.events)).toEqual([]);
    expect(timeline.rows.flatMap((row) => row.marks.map((mark) => mark.amountUsd))).toEqual([1e9, 3e9]);
  });

  it("includes a commitment and an event dated on the as-of date itself, in one row", () => {
    const rows = [commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, announced: "2023-01-01" })];
    const timeline = commitmentTimeline(rows, [event("same-day", "2023-01-01", "Same day")], "OpenAI", "2023-01-01");
    expect(timeline.rows).toEqual([
      {
        t: Date.UTC(2023, 0, 1),
        date: "2023-01-01",
        approximate: false,
        values: { X: 1e9 },
        marks: [{ investor: "X", label: "Synthetic x-a", amountUsd: 1e9, confidence: "confirmed", conditional: false, disclosure: false }],
        events: ["Same day"],
      },
    ]);
  });

  it("gives no series to a backer whose every commitment is after the as-of date", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, announced: "2020" }),
      commitment({ id: "z-a", investor: "Z", tranche: "initial", amountUsd: 2e9, announced: "2024" }),
    ];
    const timeline = commitmentTimeline(rows, [], "OpenAI", "2023-01-01");
    expect(timeline.series.map((item) => item.key)).toEqual(["X"]);
  });

  it("draws a backer with only conditional money on the dashed series alone", () => {
    const rows = [commitment({ id: "c-a", investor: "C", tranche: "conditional", amountUsd: 20e9, announced: "2022-02-02" })];
    const timeline = commitmentTimeline(rows, [], "OpenAI", "2023-01-01");
    expect(timeline.series).toEqual([
      { key: "C", investor: "C", conditional: false },
      { key: "C incl. conditional", investor: "C", conditional: true },
    ]);
    // No firm money was ever disclosed: the firm line stays unknown rather than drawn at $0.
    expect(valuesBy(timeline.rows, ["C", "C incl. conditional"])).toEqual([
      ["2022-02-02", null, 20e9],
      ["2023-01-01", null, 20e9],
    ]);
  });

  it("carries firm money into the conditional series from its own date", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "upfront", amountUsd: 5e9, announced: "2020" }),
      commitment({ id: "x-c", investor: "X", tranche: "conditional", amountUsd: 10e9, announced: "2022" }),
      commitment({ id: "x-d", investor: "X", tranche: "follow-on", amountUsd: 1e9, announced: "2022-06" }),
    ];
    expect(valuesBy(commitmentTimeline(rows, [], "OpenAI", "2023").rows, ["X", "X incl. conditional"])).toEqual([
      ["2020", 5e9, 5e9],
      ["2022", 5e9, 15e9],
      ["2022-06", 6e9, 16e9],
      ["2023", 6e9, 16e9],
    ]);
  });

  it("gives no conditional series for an undisclosed conditional amount", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "upfront", amountUsd: 5e9, announced: "2020" }),
      commitment({ id: "x-c", investor: "X", tranche: "conditional", amountUsd: null, announced: "2021" }),
    ];
    const timeline = commitmentTimeline(rows, [], "OpenAI", "2022");
    expect(timeline.series.map((item) => item.key)).toEqual(["X"]);
    expect(valuesBy(timeline.rows, ["X"])).toEqual([
      ["2020", 5e9],
      ["2021", 5e9],
      ["2022", 5e9],
    ]);
  });

  it("leaves out undated commitments, other recipients and context-only rows", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, announced: "2020" }),
      commitment({ id: "x-b", investor: "X", tranche: "follow-on", amountUsd: 4e9, announced: null }),
      commitment({ id: "x-c", investor: "X", tranche: "follow-on", amountUsd: 8e9, announced: "2021", recipient: "Example Lab" }),
      commitment({ id: "n-a", investor: "N", tranche: "round", amountUsd: 30e9, announced: "2021", contextOnly: true }),
    ];
    const timeline = commitmentTimeline(rows, [], "OpenAI", "2022");
    expect(timeline.series.map((item) => item.key)).toEqual(["X"]);
    expect(valuesBy(timeline.rows, ["X"])).toEqual([
      ["2020", 1e9],
      ["2022", 1e9],
    ]);
  });

  it("orders a year before a full date that starts on the same day, both at the same instant", () => {
    const rows = [commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, announced: "2021-01-01" })];
    const timeline = commitmentTimeline(rows, [event("y", "2021", "Sometime in 2021"), event("m", "2021-01", "January 2021")], "OpenAI", "2021-12-31");
    expect(timeline.rows.map((row) => [row.date, row.t, row.approximate, row.values.X, row.events])).toEqual([
      ["2021", Date.UTC(2021, 0, 1), true, null, ["Sometime in 2021"]],
      ["2021-01", Date.UTC(2021, 0, 1), true, null, ["January 2021"]],
      ["2021-01-01", Date.UTC(2021, 0, 1), false, 1e9, []],
      ["2021-12-31", Date.UTC(2021, 11, 31), false, 1e9, []],
    ]);
  });

  it("gives the as-of row alone, with no series, when nothing is committed", () => {
    expect(commitmentTimeline([], [], "OpenAI", "2026-06-23")).toEqual({
      rows: [{ t: Date.UTC(2026, 5, 23), date: "2026-06-23", approximate: false, values: {}, marks: [], events: [] }],
      series: [],
    });
  });

  it("does not share one values object between rows", () => {
    const rows = [commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, announced: "2020" })];
    const timeline = commitmentTimeline(rows, [], "OpenAI", "2021");
    timeline.rows[0].values.X = 99;
    expect(timeline.rows[1].values.X).toBe(1e9);
  });
});

describe("moneyBothWays on the real data", () => {
  const flows = moneyBothWays(commitments, cloud, "OpenAI");

  it("shows Microsoft's $13B total as a floor, and $250B of Azure back", () => {
    expect(flows[0]).toEqual({
      investor: "Microsoft",
      invested: [{ id: "msft-total", label: "Total committed", amountUsd: 13e9, conditional: false }],
      investedFloor: true,
      cloudBack: [{ id: "openai-azure-2025", label: "Microsoft Azure, 2025 (incremental)", amountUsd: 250e9, conditional: false }],
    });
  });

  it("shows Amazon's $15B upfront and $35B conditional, and the AWS deals back in date order", () => {
    expect(flows[1]).toEqual({
      investor: "Amazon",
      invested: [
        { id: "amzn-2026-upfront", label: "Upfront", amountUsd: 15e9, conditional: false },
        { id: "amzn-2026-conditional", label: "Conditional", amountUsd: 35e9, conditional: true },
      ],
      investedFloor: false,
      cloudBack: [
        { id: "openai-aws-2025", label: "AWS, 2025", amountUsd: 38e9, conditional: false },
        { id: "openai-aws-2026", label: "AWS, 2026 (incremental)", amountUsd: 100e9, conditional: false },
      ],
    });
  });

  it("has exactly the two headline backers", () => {
    expect(flows.map((flow) => flow.investor)).toEqual(["Microsoft", "Amazon"]);
  });

  it("sorts cloud deals by date whatever their order in the file", () => {
    const reversed = moneyBothWays(commitments, [...cloud].reverse(), "OpenAI");
    expect(reversed[1].cloudBack.map((part) => part.id)).toEqual(["openai-aws-2025", "openai-aws-2026"]);
  });
});

describe("moneyBothWays on synthetic data", () => {
  it("gives a backer with no cloud commitments an empty cloudBack", () => {
    const rows = [commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, announced: "2020" })];
    expect(moneyBothWays(rows, cloud, "OpenAI")).toEqual([
      { investor: "X", invested: [{ id: "x-a", label: "2020 investment", amountUsd: 1e9, conditional: false }], investedFloor: false, cloudBack: [] },
    ]);
  });

  it("leaves out undisclosed and other buyers' cloud deals, and puts undated ones last", () => {
    const rows = [commitment({ id: "x-a", investor: "X", tranche: "follow-on", amountUsd: 1e9, announced: "2020" })];
    const deals = [
      cloudDeal({ id: "undated", seller: "X", amountUsd: 3e9, announced: null }),
      cloudDeal({ id: "unknown", seller: "X", amountUsd: null, announced: "2019" }),
      cloudDeal({ id: "other-buyer", seller: "X", amountUsd: 4e9, announced: "2019", buyer: "Example Lab" }),
      cloudDeal({ id: "dated", seller: "X", amountUsd: 2e9, announced: "2024-03", basis: "expansion" }),
      // Whether it adds to earlier deals is not on record: no word for it.
      cloudDeal({ id: "basis-unknown", seller: "X", amountUsd: 1e9, announced: "2025", basis: null }),
    ];
    const [flow] = moneyBothWays(rows, deals, "OpenAI");
    expect(flow.invested).toEqual([{ id: "x-a", label: "2020 investment", amountUsd: 1e9, conditional: false }]);
    expect(flow.cloudBack).toEqual([
      { id: "dated", label: "X Cloud, 2024 (expansion)", amountUsd: 2e9, conditional: false },
      { id: "basis-unknown", label: "X Cloud, 2025", amountUsd: 1e9, conditional: false },
      { id: "undated", label: "X Cloud, undated", amountUsd: 3e9, conditional: false },
    ]);
  });

  it("counts a total rather than its tranches, and makes the bar a floor for any undisclosed counted row", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, announced: "2020", partOf: "x-total" }),
      commitment({ id: "x-b", investor: "X", tranche: "follow-on", amountUsd: null, announced: "2021", partOf: "x-total" }),
      commitment({ id: "x-total", investor: "X", tranche: "total", amountUsd: 5e9, announced: "2022" }),
    ];
    // The undisclosed tranche sits inside a disclosed total: no floor.
    expect(moneyBothWays(rows, [], "OpenAI")).toEqual([
      { investor: "X", invested: [{ id: "x-total", label: "Total committed", amountUsd: 5e9, conditional: false }], investedFloor: false, cloudBack: [] },
    ]);
    const withRound = [...rows, commitment({ id: "x-r", investor: "X", tranche: "round", amountUsd: null, announced: "2023" })];
    expect(moneyBothWays(withRound, [], "OpenAI")[0].investedFloor).toBe(true);
  });

  it("has nothing for a recipient the data does not cover", () => {
    expect(moneyBothWays(commitments, cloud, "Example Lab")).toEqual([]);
  });
});

describe("channelLanes on the real data", () => {
  const result = channelLanes(channels, asOf, "OpenAI");

  it("has a lane per channel, rows sharing a short name in one lane, points sorted by date", () => {
    expect(result.lanes.map((lane) => [lane.id, lane.label, lane.operator, lane.points.map((point) => point.date)])).toEqual([
      ["azure-openai", "Azure OpenAI", "Microsoft", ["2021-11", "2023-01"]],
      ["bedrock-gpt-oss", "Bedrock", "Amazon", ["2025-08-05", "2026-04-28", "2026-06-01", "2026-06-01", "2026-06-01", "2026-07-13", "2026-09-22", "2026-10-26"]],
      ["bedrock-gpt-56-catalog", "Bedrock in Codex", "Amazon", ["2026-07-10"]],
      ["oracle-oci", "Oracle Cloud", "Oracle", ["2026-06-10"]],
      ["snowflake-cortex-openai", "Snowflake Cortex", "Snowflake", ["2026-09-25"]],
    ]);
    expect(result.lanes[0].points.map((point) => [point.date, point.stage, point.approximate])).toEqual([
      ["2021-11", "preview", true],
      ["2023-01", "generally available", true],
    ]);
  });

  it("lists the channels with no milestones as undated", () => {
    expect(result.undated.map((item) => item.id)).toEqual([
      "bedrock-gpt-6-regions",
      "bedrock-gpt-61-sol-catalog",
      "bedrock-gpt-62",
      "openai-api",
      "google-vertex",
      "google-vertex-gpt-oss-20b",
    ]);
  });

  it("shades Azure's exclusive period from general availability to the 2026-04-27 amendment", () => {
    expect(result.periods).toEqual([
      {
        from: Date.UTC(2023, 0, 1),
        to: Date.UTC(2026, 3, 27),
        fromDate: "2023-01",
        toDate: "2026-04-27",
        label: "Microsoft Azure the only cloud for OpenAI's API models",
        cloud: "Microsoft Azure",
        bandLabel: "Microsoft Azure only",
        operator: "Microsoft",
      },
    ]);
  });

  it("drops milestones after an earlier as-of date", () => {
    const early = channelLanes(channels, "2026-05-15", "OpenAI");
    expect(early.lanes.find((lane) => lane.label === "Bedrock")?.points.map((point) => point.date)).toEqual(["2025-08-05", "2026-04-28"]);
  });
});

describe("channelLanes on synthetic data", () => {
  it("sorts points by date and drops those after the as-of date", () => {
    const result = channelLanes(
      [
        channel({
          id: "a",
          milestones: [milestone("2024-06-01", "generally available"), milestone("2023", "announced"), milestone("2023-05", "preview"), milestone("2025-01-02", "available")],
        }),
      ],
      "2025-01-01", "OpenAI",
    );
    expect(result.lanes[0].points.map((point) => [point.date, point.stage, point.approximate])).toEqual([
      ["2023", "announced", true],
      ["2023-05", "preview", true],
      ["2024-06-01", "generally available", false],
    ]);
  });

  it("keeps a milestone dated on the as-of date", () => {
    const result = channelLanes([channel({ id: "a", milestones: [milestone("2025-01-01", "available")] })], "2025-01-01", "OpenAI");
    expect(result.lanes[0].points.map((point) => point.date)).toEqual(["2025-01-01"]);
  });

  it("draws no empty lane for a channel whose milestones all fall after the as-of date", () => {
    const result = channelLanes(
      [channel({ id: "now", milestones: [milestone("2024", "available")] }), channel({ id: "later", milestones: [milestone("2026-01-01", "announced")] })],
      "2025-01-01", "OpenAI",
    );
    expect(result.lanes.map((lane) => lane.id)).toEqual(["now"]);
    for (const lane of result.lanes) expect(lane.points.length).toBeGreaterThan(0);
  });

  it("starts an exclusive period at `since` when there is no general-availability milestone", () => {
    const result = channelLanes(
      [channel({ id: "a", cloud: "Cloud A", operator: "A", since: "2020-02", exclusiveUntil: "2022", milestones: [milestone("2019", "preview")] })],
      "2025-01-01", "OpenAI",
    );
    expect(result.periods).toEqual([
      { from: Date.UTC(2020, 1, 1), to: Date.UTC(2022, 0, 1), fromDate: "2020-02", toDate: "2022", label: "Cloud A the only cloud for OpenAI's API models", cloud: "Cloud A", bandLabel: "Cloud A only", operator: "A" },
    ]);
  });

  it("prefers the general-availability milestone to `since`", () => {
    const result = channelLanes(
      [channel({ id: "a", since: "2019", exclusiveUntil: "2022-01-01", milestones: [milestone("2019", "preview"), milestone("2020-06-15", "generally available")] })],
      "2025-01-01", "OpenAI",
    );
    expect(result.periods.map((period) => [period.fromDate, period.toDate])).toEqual([["2020-06-15", "2022-01-01"]]);
  });

  it("shades nothing when neither a general-availability milestone nor `since` is known, or nothing was exclusive", () => {
    const result = channelLanes(
      [
        channel({ id: "a", since: null, exclusiveUntil: "2022", milestones: [milestone("2019", "preview")] }),
        channel({ id: "b", since: "2019", exclusiveUntil: null, milestones: [milestone("2019", "generally available")] }),
      ],
      "2025-01-01", "OpenAI",
    );
    expect(result.periods).toEqual([]);
  });

  it("has nothing for no channels", () => {
    expect(channelLanes([], "2025-01-01", "OpenAI")).toEqual({ lanes: [], undated: [], periods: [] });
  });
});

describe("marketShareSeries", () => {
  it("orders the real providers by their first-quarter share and the quarters by time", () => {
    const result = marketShareSeries(marketShare);
    expect(result.providers).toEqual(["AWS", "Microsoft", "Google"]);
    expect(result.rows).toEqual([
      { quarter: "2025 Q3", shares: { AWS: 29, Microsoft: 20, Google: 13 }, marketSizeUsd: 107e9 },
      { quarter: "2025 Q4", shares: { AWS: 28, Microsoft: 21, Google: 15 }, marketSizeUsd: 119.1e9 },
    ]);
  });

  it("sorts quarters given out of order, and ranks by the earliest quarter, not the first in the file", () => {
    const result = marketShareSeries([share("2025 Q1", { A: 10, B: 40 }), share("2024 Q4", { A: 35, B: 25 }), share("2024 Q3", { B: 30, A: 31 })]);
    expect(result.rows.map((row) => row.quarter)).toEqual(["2024 Q3", "2024 Q4", "2025 Q1"]);
    expect(result.providers).toEqual(["A", "B"]);
  });

  it("puts providers missing from the first quarter after those in it", () => {
    const result = marketShareSeries([share("2024 Q1", { A: 5, B: 10 }), share("2024 Q2", { A: 5, B: 10, C: 50 })]);
    expect(result.providers).toEqual(["B", "A", "C"]);
  });

  it("has nothing for no rows", () => {
    expect(marketShareSeries([])).toEqual({ rows: [], providers: [] });
  });
});

describe("confidenceSummary", () => {
  it("says all confirmed when nothing is weaker, or when there is nothing", () => {
    expect(confidenceSummary([{ label: "a", confidence: "confirmed" }, { label: "b", confidence: "confirmed" }])).toBe("All plotted figures confirmed.");
    expect(confidenceSummary([])).toBe("All plotted figures confirmed.");
  });

  it("lists reported figures", () => {
    expect(confidenceSummary([{ label: "Microsoft 2023 investment", confidence: "reported" }, { label: "x", confidence: "confirmed" }])).toBe(
      "Reported, not confirmed: Microsoft 2023 investment.",
    );
  });

  it("lists unconfirmed figures", () => {
    expect(confidenceSummary([{ label: "a", confidence: "unconfirmed" }, { label: "b", confidence: "unconfirmed" }])).toBe("Unconfirmed: a; b.");
  });

  it("lists both, reported first, each label once, in first-seen order", () => {
    expect(
      confidenceSummary([
        { label: "u1", confidence: "unconfirmed" },
        { label: "r2", confidence: "reported" },
        { label: "r1", confidence: "reported" },
        { label: "r2", confidence: "reported" },
        { label: "c", confidence: "confirmed" },
        { label: "u1", confidence: "unconfirmed" },
      ]),
    ).toBe("Reported, not confirmed: r2; r1. Unconfirmed: u1.");
  });

  it("summarises the real timeline's amounts as the page does", () => {
    const items = commitments.filter((row) => !row.contextOnly && row.amountUsd !== null).map((row) => ({ label: `${row.investor} ${row.announced}`, confidence: amountGrade(row) }));
    expect(confidenceSummary(items)).toBe("Reported, not confirmed: Microsoft 2023-01-23. Unconfirmed: Microsoft 2025-09-30; Microsoft 2026-03-31; Amazon 2026-07.");
  });
});
