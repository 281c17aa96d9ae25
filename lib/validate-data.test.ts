import { describe, expect, it } from "vitest";
import { dataFiles } from "./schema";
import { validRaw, type FileKey } from "./test/valid-raw";
import { DataError, validateDataset, type RawFiles } from "./validate-data";

type Row = Record<string, unknown>;

const rowsOf = (raw: Record<FileKey, unknown>, key: Exclude<FileKey, "meta">) => raw[key] as Row[];
const metaOf = (raw: Record<FileKey, unknown>) => raw.meta as Row;

/** The problems validateDataset reports, or a failure if it does not throw a DataError. */
function problemsOf(raw: RawFiles, dirLabel?: string): string[] {
  try {
    validateDataset(raw, dirLabel);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  throw new Error("expected validateDataset to throw a DataError");
}

/** Breaks a copy of the fixture and returns the problems. */
function problemsAfter(mutate: (raw: Record<FileKey, unknown>) => void): string[] {
  const raw = validRaw();
  mutate(raw);
  return problemsOf(raw);
}

describe("validateDataset on valid data", () => {
  it("accepts the valid fixture and returns every file parsed", () => {
    const dataset = validateDataset(validRaw());
    expect(dataset.meta.asOf).toBe("2026-06-23");
    expect(dataset.sources.map((source) => source.id)).toEqual(["src-openai-2019", "src-msft-10q", "src-amzn-8k"]);
    expect(dataset.commitments.map((row) => row.id)).toEqual(["msft-2019", "msft-total", "amzn-2026-conditional", "amzn-2026-upfront"]);
    expect(dataset.cloudCommitments).toHaveLength(1);
    expect(dataset.dealTerms).toHaveLength(1);
    expect(dataset.channels).toHaveLength(1);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.marketShare).toHaveLength(1);
  });

  it("fills in defaults for optional fields", () => {
    const raw = validRaw();
    const row = rowsOf(raw, "commitments")[3];
    delete row.quotes;
    delete row.grades;
    delete row.dateKind;
    delete row.contextOnly;
    delete row.partOf;
    delete row.conditions;
    delete row.confidenceNote;
    const parsed = validateDataset(raw).commitments[3];
    expect(parsed.quotes).toEqual([]);
    expect(parsed.grades).toEqual({});
    expect(parsed.dateKind).toBe("announced");
    expect(parsed.contextOnly).toBe(false);
    expect(parsed.partOf).toBeNull();
    expect(parsed.conditions).toBeNull();
    expect(parsed.confidenceNote).toBeNull();
  });

  it("trims text", () => {
    const raw = validRaw();
    rowsOf(raw, "commitments")[0].investor = "  Microsoft  ";
    expect(validateDataset(raw).commitments[0].investor).toBe("Microsoft");
  });

  it("accepts an http URL and a null URL", () => {
    const raw = validRaw();
    rowsOf(raw, "sources")[0].url = "http://example.com/page";
    expect(validateDataset(raw).sources.map((source) => source.url)).toEqual([
      "http://example.com/page",
      "https://www.sec.gov/Archives/edgar/data/789019/000119312525256321/R26.htm",
      null,
    ]);
  });
});

describe("validateDataset messages name the file, the row and the field", () => {
  it("wrong type for an amount", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].amountUsd = "35B"))).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): amountUsd: expected number or null",
    ]);
  });

  it("an amount of 0 is accepted but a missing amount is not (unknown is null, never left out)", () => {
    const raw = validRaw();
    rowsOf(raw, "commitments")[2].amountUsd = 0;
    expect(validateDataset(raw).commitments[2].amountUsd).toBe(0);
    expect(problemsAfter((broken) => delete rowsOf(broken, "commitments")[2].amountUsd)).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): amountUsd: expected number or null",
    ]);
  });

  it("negative amount", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].amountUsd = -5))).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): amountUsd: expected a non-negative number or null",
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "marketShare")[0].marketSizeUsd = -1))).toEqual([
      "data/market-share.json: row 1 (2025-q4): marketSizeUsd: expected a non-negative number or null",
    ]);
  });

  it.each(["27/02/2026", "2026-13", "2026-02-32", "26-02-27", "2026-2-27"])("bad date format %j", (date) => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].announced = date))).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): announced: expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
    ]);
  });

  it("a date that is a number, and a required date left out", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "dealTerms")[0].date = 2019))).toEqual([
      "data/deal-terms.json: row 1 (2019-07-22-msft-exclusive-cloud): date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
    ]);
    expect(problemsAfter((raw) => delete rowsOf(raw, "events")[0].date)).toEqual([
      "data/events.json: row 1 (2019-07-22-msft-invests): date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
    ]);
  });

  it("bad confidence", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].confidence = "likely"))).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): confidence: expected one of confirmed, reported, unconfirmed",
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "channels")[0].confidence = "Confirmed"))).toEqual([
      "data/channels.json: row 1 (azure-openai): confidence: expected one of confirmed, reported, unconfirmed",
    ]);
  });

  it("other bad enum values", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].tranche = "bonus"))).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): tranche: expected one of initial, follow-on, upfront, conditional, total, round, funded, undisclosed",
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "dealTerms")[0].category = "IP rights"))).toEqual([
      "data/deal-terms.json: row 1 (2019-07-22-msft-exclusive-cloud): category: expected one of stake, exclusivity, ip-rights, revenue-share, conditions, legal, investment, compute, distribution, governance, product, valuation, channels, ipo",
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "cloudCommitments")[0].basis = "renewal"))).toEqual([
      "data/cloud-commitments.json: row 1 (openai-aws-2025): basis: expected one of new, incremental, expansion or null",
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "channels")[0].status = "GA"))).toEqual([
      "data/channels.json: row 1 (azure-openai): status: expected one of generally available, launch, available, limited preview, preview, listed, catalog entry, announced, sample-app support",
    ]);
  });

  it("missing required field", () => {
    expect(problemsAfter((raw) => delete rowsOf(raw, "commitments")[2].investor)).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): investor: expected text",
    ]);
    expect(problemsAfter((raw) => delete rowsOf(raw, "commitments")[2].sourceIds)).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): sourceIds: expected a list of source ids",
    ]);
  });

  it("empty text, including text that is only spaces", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].description = ""))).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): description: expected non-empty text",
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].investor = "   "))).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): investor: expected non-empty text",
    ]);
    expect(problemsAfter((raw) => ((rowsOf(raw, "commitments")[0].quotes as Row[])[0].text = ""))).toEqual([
      "data/commitments.json: row 1 (msft-2019): quotes.0.text: expected non-empty text",
    ]);
  });

  it("no source ids at all", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].sourceIds = []))).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): sourceIds: expected at least one source id",
    ]);
  });

  it.each(["javascript:alert(1)", "JAVASCRIPT:alert(1)", "not a url", "ftp://example.com/file", "data:text/html,hi", "https://"])("bad URL %j in sources", (url) => {
    expect(problemsAfter((raw) => (rowsOf(raw, "sources")[0].url = url))).toContain(
      "data/sources.json: row 1 (src-openai-2019): url: expected an http(s) URL or null",
    );
  });

  it("bad URL in an uncited source is the only problem", () => {
    expect(
      problemsAfter((raw) => {
        rowsOf(raw, "sources").push({ id: "src-uncited", publisher: "Nobody", tier: "secondary", title: null, url: "javascript:alert(1)", date: null, note: null });
      }),
    ).toEqual(["data/sources.json: row 4 (src-uncited): url: expected an http(s) URL or null"]);
  });

  // Regression: a source row that fails validation is dropped before the
  // cross-file check, so every row citing it also gets `unknown source id "src-openai-2019"`,
  // although that id is in sources.json. Here one bad URL yields 6 problems instead of 1.
  it("a bad URL in a cited source is reported once, without false unknown-source-id problems", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "sources")[0].url = "javascript:alert(1)"))).toEqual([
      "data/sources.json: row 1 (src-openai-2019): url: expected an http(s) URL or null",
    ]);
  });

  it("unknown source id in sourceIds", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].sourceIds = ["src-amzn-8k", "src-nowhere"]))).toEqual([
      'data/commitments.json: row 3 (amzn-2026-conditional): sourceIds.1: unknown source id "src-nowhere"',
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "marketShare")[0].sourceIds = ["src-nowhere"]))).toEqual([
      'data/market-share.json: row 1 (2025-q4): sourceIds.0: unknown source id "src-nowhere"',
    ]);
  });

  it("unknown source id in quotes", () => {
    expect(problemsAfter((raw) => ((rowsOf(raw, "dealTerms")[0].quotes as Row[])[0].sourceId = "src-nowhere"))).toEqual([
      'data/deal-terms.json: row 1 (2019-07-22-msft-exclusive-cloud): quotes.0.sourceId: unknown source id "src-nowhere"',
    ]);
  });

  it("source id that is not an id", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].sourceIds = ["Amazon 8-K"]))).toEqual([
      "data/commitments.json: row 3 (amzn-2026-conditional): sourceIds.0: expected an id (lowercase letters, digits and dashes)",
    ]);
  });

  it("duplicate id", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[3].id = "amzn-2026-conditional"))).toEqual([
      "data/commitments.json: row 4 (amzn-2026-conditional): id: duplicate of row 3",
    ]);
    expect(problemsAfter((raw) => rowsOf(raw, "sources").push({ ...rowsOf(raw, "sources")[0], publisher: "Someone else" }))).toEqual([
      "data/sources.json: row 4 (src-openai-2019): id: duplicate of row 1",
    ]);
  });

  // Regression: the cross-file checks find a row's number with
  // `findIndex(candidate => candidate.id === row.id)`, so a problem on the second of two rows
  // sharing an id is reported against the first one's row number (here row 3, not row 4).
  it("a problem on a duplicate-id row names that row's own number", () => {
    expect(
      problemsAfter((raw) => {
        const row = rowsOf(raw, "commitments")[3];
        row.id = "amzn-2026-conditional";
        row.sourceIds = ["src-nowhere"];
      }),
    ).toEqual([
      "data/commitments.json: row 4 (amzn-2026-conditional): id: duplicate of row 3",
      'data/commitments.json: row 4 (amzn-2026-conditional): sourceIds.0: unknown source id "src-nowhere"',
    ]);
  });

  it("bad id, and a row without a usable id is named by number alone", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].id = "Amzn 2026"))).toEqual([
      "data/commitments.json: row 3 (Amzn 2026): id: expected an id (lowercase letters, digits and dashes)",
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].id = ""))).toEqual([
      "data/commitments.json: row 3: id: expected an id (lowercase letters, digits and dashes)",
    ]);
  });

  it("a row that is not an object", () => {
    expect(problemsAfter((raw) => ((raw.commitments as unknown[])[2] = "hello"))).toEqual([
      "data/commitments.json: row 3: Invalid input: expected object, received string",
    ]);
    expect(problemsAfter((raw) => ((raw.commitments as unknown[])[2] = null))).toEqual([
      "data/commitments.json: row 3: Invalid input: expected object, received null",
    ]);
  });

  it("partOf pointing at a row that is not a total", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].partOf = "amzn-2026-upfront"))).toEqual([
      'data/commitments.json: row 3 (amzn-2026-conditional): partOf: "amzn-2026-upfront" is not the id of a total row of Amazon',
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].partOf = "no-such-row"))).toEqual([
      'data/commitments.json: row 3 (amzn-2026-conditional): partOf: "no-such-row" is not the id of a total row of Amazon',
    ]);
  });

  it("partOf pointing at another investor's total", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[2].partOf = "msft-total"))).toEqual([
      'data/commitments.json: row 3 (amzn-2026-conditional): partOf: "msft-total" is not the id of a total row of Amazon',
    ]);
  });

  // Regression: a `total` row that fails validation for any reason is dropped
  // before the partOf check, so each tranche inside it is falsely told its partOf "is not
  // the id of a total row".
  it("an invalid field on a total row does not make its tranches' partOf fail", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[1].status = ""))).toEqual([
      "data/commitments.json: row 2 (msft-total): status: expected non-empty text",
    ]);
  });

  it("file missing", () => {
    expect(problemsAfter((raw) => delete raw.events)).toEqual(["data/events.json: file is missing"]);
    expect(problemsAfter((raw) => delete raw.meta)).toEqual(["data/meta.json: file is missing"]);
  });

  it("every file missing", () => {
    expect(problemsOf({})).toEqual(Object.values(dataFiles).map((spec) => `data/${spec.file}: file is missing`));
  });

  it("file not an array", () => {
    expect(problemsAfter((raw) => (raw.channels = { id: "azure-openai" }))).toEqual(["data/channels.json: expected a JSON array of rows"]);
    expect(problemsAfter((raw) => (raw.commitments = "[]"))).toEqual(["data/commitments.json: expected a JSON array of rows"]);
  });

  it("sources not an array skips the source-id checks rather than flagging every citation", () => {
    expect(problemsAfter((raw) => (raw.sources = {}))).toEqual(["data/sources.json: expected a JSON array of rows"]);
  });

  it("meta that is not an object", () => {
    expect(problemsAfter((raw) => (raw.meta = []))).toEqual(["data/meta.json: Invalid input: expected object, received array"]);
  });

  it.each(["2026-02-30", "23 June 2026", "2026-06", "2026"])("meta.asOf invalid: %j", (asOf) => {
    expect(problemsAfter((raw) => (metaOf(raw).asOf = asOf))).toEqual(["data/meta.json: asOf: expected a date as YYYY-MM-DD"]);
  });

  it("meta.currency other than USD", () => {
    expect(problemsAfter((raw) => (metaOf(raw).currency = "EUR"))).toEqual(["data/meta.json: currency: expected USD"]);
  });

  it("other row-level checks", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "events")[0].parties = []))).toEqual([
      "data/events.json: row 1 (2019-07-22-msft-invests): parties: expected at least one party",
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "marketShare")[0].quarter = "Q4 2025"))).toEqual([
      "data/market-share.json: row 1 (2025-q4): quarter: expected a quarter as YYYY Qn",
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "marketShare")[0].shares = { AWS: 101 }))).toEqual([
      "data/market-share.json: row 1 (2025-q4): shares.AWS: Too big: expected number to be <=100",
    ]);
    // A failing total no longer sets off false partOf problems in its tranches: exactly one problem.
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[1].amountUsd = "13B"))).toEqual([
      "data/commitments.json: row 2 (msft-total): amountUsd: expected number or null",
    ]);
  });

  // Regression: in zod 4 a schema-level `error` also replaces the message of the
  // checks chained after it that have none of their own, so a negative amount says
  // "expected number" and a zero or negative term says "expected number or null": both
  // are numbers, and the message sends the editor looking for the wrong mistake.
  it("a negative amount says it must be non-negative, not that it must be a number", () => {
    const problems = problemsAfter((raw) => (rowsOf(raw, "commitments")[1].amountUsd = -1));
    expect(problems[0]).toMatch(/^data\/commitments\.json: row 2 \(msft-total\): amountUsd: .*non-negative/);
  });

  it("a term of 0 years says it must be positive, not that it must be a number", () => {
    const problems = problemsAfter((raw) => (rowsOf(raw, "cloudCommitments")[0].termYears = 0));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/cloud-commitments\.json: row 1 \(openai-aws-2025\): termYears: .*positive/);
  });

  it("reports several problems at once, in file order, not just the first", () => {
    const problems = problemsAfter((raw) => {
      metaOf(raw).asOf = "2026";
      const conditional = rowsOf(raw, "commitments")[2];
      conditional.amountUsd = "35B";
      conditional.confidence = "maybe";
      rowsOf(raw, "commitments")[3].sourceIds = ["src-nowhere"];
      rowsOf(raw, "cloudCommitments")[0].announced = "03/11/2025";
      delete raw.events;
      rowsOf(raw, "marketShare")[0].quarter = "2025-Q4";
    });
    expect(problems).toEqual([
      "data/meta.json: asOf: expected a date as YYYY-MM-DD",
      "data/commitments.json: row 3 (amzn-2026-conditional): confidence: expected one of confirmed, reported, unconfirmed",
      "data/commitments.json: row 3 (amzn-2026-conditional): amountUsd: expected number or null",
      "data/cloud-commitments.json: row 1 (openai-aws-2025): announced: expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
      "data/events.json: file is missing",
      "data/market-share.json: row 1 (2025-q4): quarter: expected a quarter as YYYY Qn",
      'data/commitments.json: row 4 (amzn-2026-upfront): sourceIds.0: unknown source id "src-nowhere"',
    ]);
  });

  it("labels files with the directory it is given", () => {
    expect(problemsOf({ ...validRaw(), events: undefined }, "lib/test/fixtures/valid")).toEqual(["lib/test/fixtures/valid/events.json: file is missing"]);
  });
});

describe("validateDataset checks each row's lab", () => {
  const anthropic = { id: "anthropic", name: "Anthropic", path: "/anthropic" };

  it("accepts rows of a second lab named as labs.json names it", () => {
    const raw = validRaw();
    rowsOf(raw, "labs").push(anthropic);
    Object.assign(rowsOf(raw, "cloudCommitments")[0], { lab: "anthropic", buyer: "Anthropic" });
    expect(validateDataset(raw).cloudCommitments.map((row) => row.lab)).toEqual(["anthropic"]);
  });

  it("an unknown or missing lab, by file, row and field", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "channels")[0].lab = "nowhere"))).toEqual([
      'data/channels.json: row 1 (azure-openai): lab: unknown lab id "nowhere"',
    ]);
    expect(problemsAfter((raw) => delete rowsOf(raw, "events")[0].lab)).toEqual([
      "data/events.json: row 1 (2019-07-22-msft-invests): lab: expected an id (lowercase letters, digits and dashes)",
    ]);
  });

  it("a market-share row has no lab", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "marketShare")[0].lab = "openai"))).toEqual(["data/market-share.json: row 1 (2025-q4): lab: unknown field"]);
  });

  it("a recipient or a buyer that is not the lab's name", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "commitments")[1].recipient = "Open AI"))).toEqual([
      'data/commitments.json: row 2 (msft-total): recipient: "Open AI" is not the name of lab "openai" (OpenAI)',
    ]);
    expect(
      problemsAfter((raw) => {
        rowsOf(raw, "labs").push(anthropic);
        rowsOf(raw, "cloudCommitments")[0].lab = "anthropic";
      }),
    ).toEqual(['data/cloud-commitments.json: row 1 (openai-aws-2025): buyer: "OpenAI" is not the name of lab "anthropic" (Anthropic)']);
  });

  it("partOf pointing at the same investor's total in another lab", () => {
    expect(
      problemsAfter((raw) => {
        rowsOf(raw, "labs").push(anthropic);
        const commitments = rowsOf(raw, "commitments");
        commitments.push({ ...commitments[1], id: "msft-anthropic-total", lab: "anthropic", recipient: "Anthropic" });
        commitments[0].partOf = "msft-anthropic-total";
      }),
    ).toEqual(['data/commitments.json: row 1 (msft-2019): partOf: "msft-anthropic-total" is not the id of a total row of Microsoft']);
  });

  it("an invalid lab row is reported once, not again by every row naming it", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "labs")[0].name = ""))).toEqual(["data/labs.json: row 1 (openai): name: expected non-empty text"]);
  });

  it("labs.json missing is reported as missing only", () => {
    expect(problemsAfter((raw) => delete raw.labs)).toEqual(["data/labs.json: file is missing"]);
  });

  it("a bad path, two labs with one name or one path, and no home page", () => {
    expect(problemsAfter((raw) => (rowsOf(raw, "labs")[0].path = "anthropic"))).toEqual([
      "data/labs.json: row 1 (openai): path: expected a page path such as / or /anthropic, or null",
    ]);
    expect(problemsAfter((raw) => rowsOf(raw, "labs").push({ ...anthropic, name: "OpenAI", path: "/" }))).toEqual([
      "data/labs.json: row 2 (anthropic): name: duplicate of row 1",
      "data/labs.json: row 2 (anthropic): path: duplicate of row 1",
    ]);
    expect(problemsAfter((raw) => (rowsOf(raw, "labs")[0].path = null))).toEqual(['data/labs.json: no lab has the path "/" (the home page)']);
  });
});

describe("DataError", () => {
  it("lists every problem in its message", () => {
    const error = new DataError(["data/a.json: one", "data/b.json: two"]);
    expect(error.name).toBe("DataError");
    expect(error).toBeInstanceOf(Error);
    expect(error.problems).toEqual(["data/a.json: one", "data/b.json: two"]);
    expect(error.message).toBe("Invalid data (2 problems):\n  data/a.json: one\n  data/b.json: two");
  });

  it("says problem, not problems, for one", () => {
    expect(new DataError(["data/a.json: one"]).message).toBe("Invalid data (1 problem):\n  data/a.json: one");
  });

  it("is what validateDataset throws, with the problems in the message", () => {
    const raw = validRaw();
    delete raw.events;
    expect(() => validateDataset(raw)).toThrow("Invalid data (1 problem):\n  data/events.json: file is missing");
  });
});
