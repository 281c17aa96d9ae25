import { describe, expect, it } from "vitest";
import { commitmentColumns, dealTermColumns } from "./table-columns";
import {
  DEFAULT_VIEW,
  describeFilters,
  describeSort,
  fitFilters,
  hideableIds,
  viewAnnouncement,
  viewFromParams,
  viewToParams,
  withViewParams,
  type TableView,
} from "./table-view";
import { commitmentRows, dealTermRows } from "./test/rows";

const termsView = (query: string) => viewFromParams("terms", dealTermColumns, dealTermRows, new URLSearchParams(query));

describe("viewFromParams", () => {
  it("reads search, column filters, sort and hidden columns from the table's own keys", () => {
    expect(termsView("terms.q=azure&terms.category=exclusivity,ip-rights&terms.date=2025-01-01..&terms.sort=date.desc,party.asc&terms.hide=text")).toEqual({
      q: "azure",
      columns: {
        category: { type: "choice", values: ["exclusivity", "ip-rights"] },
        date: { type: "dates", from: "2025-01-01", to: null },
      },
      sort: [
        { id: "date", desc: true },
        { id: "party", desc: false },
      ],
      hidden: ["text"],
    });
  });

  it("ignores other tables' keys and keys it does not know", () => {
    expect(termsView("capital.q=x&q=azure&sort=date.desc&scenario=bear&terms.nope=1&terms.text=azure")).toEqual(DEFAULT_VIEW);
  });

  it.each([
    "terms.sort=%%%",
    "terms.sort=date.sideways",
    "terms.sort=bogus.asc",
    "terms.hide=date,party,category,text,confidence,sources",
    "terms.hide=bogus",
    "terms.category=bogus",
    "terms.category=Stake",
    "terms.party=",
    "terms.date=abc..def",
    "terms.date=2026-01-01..2025-01-01",
    "terms.date=2025-02-30..",
    "terms.confidence=10-40",
    `terms.q=${"x".repeat(100_000)}`,
    `terms.category=${"stake,".repeat(20_000)}`,
  ])("falls back to the default view for %s", (query) => {
    expect(termsView(query)).toEqual(DEFAULT_VIEW);
  });

  it("reads broken percent-encoding as the text it decodes to, without throwing", () => {
    expect(termsView("terms.q=%E0%A4%A&terms.sort=date.desc%").q).toBe("\uFFFD%A");
  });

  it("reads the first of repeated keys, as URLSearchParams.get does, and so the page", () => {
    expect(termsView("terms.sort=party.asc&terms.sort=date.desc").sort).toEqual([{ id: "party", desc: false }]);
    expect(termsView("terms.sort=garbage&terms.sort=date.desc").sort).toEqual([]);
  });

  it("reads amounts in billions", () => {
    const view = viewFromParams("capital", commitmentColumns, commitmentRows, new URLSearchParams("capital.amount=10-40&capital.amount=abc-def"));
    expect(view.columns).toEqual({ amount: { type: "range", min: 10, max: 40 } });
    const garbage = viewFromParams("capital", commitmentColumns, commitmentRows, new URLSearchParams("capital.amount=abc-def"));
    expect(garbage).toEqual(DEFAULT_VIEW);
  });

  it("round-trips through viewToParams", () => {
    const view: TableView = {
      q: "exclusive cloud",
      columns: { party: { type: "choice", values: ["microsoft"] }, date: { type: "dates", from: null, to: "2025-12-31" } },
      sort: [{ id: "category", desc: true }],
      hidden: ["confidence", "sources"],
    };
    const params = new URLSearchParams(viewToParams("terms", view));
    expect(params.toString()).toBe(
      "terms.q=exclusive+cloud&terms.party=microsoft&terms.date=..2025-12-31&terms.sort=category.desc&terms.hide=confidence%2Csources",
    );
    expect(termsView(params.toString())).toEqual(view);
    expect(viewToParams("terms", DEFAULT_VIEW)).toEqual([]);
  });
});

describe("withViewParams", () => {
  it("replaces the table's own parameters and keeps everyone else's", () => {
    const view: TableView = { ...DEFAULT_VIEW, q: "azure", sort: [{ id: "date", desc: true }] };
    expect(withViewParams("https://x.example/?scenario=bear&terms.q=old&terms.hide=text&capital.q=y#deal-terms", "terms", view)).toBe(
      "https://x.example/?scenario=bear&capital.q=y&terms.q=azure&terms.sort=date.desc",
    );
    expect(withViewParams("http://localhost:3000/?terms.sort=%%%", "terms", DEFAULT_VIEW)).toBe("http://localhost:3000/");
  });
});

describe("fitFilters", () => {
  it("keeps chosen values that exist and drops filters that do not fit the column", () => {
    expect(
      fitFilters(dealTermColumns, dealTermRows, {
        category: { type: "choice", values: ["legal", "governance", "stake"] },
        party: { type: "range", min: 1, max: 2 },
        text: { type: "choice", values: ["azure"] },
        nope: { type: "choice", values: ["x"] },
        confidence: null,
      }),
    ).toEqual({ category: { type: "choice", values: ["legal"] } });
  });
});

describe("descriptions", () => {
  it("describes filters the way the page labels them", () => {
    expect(
      describeFilters(commitmentColumns, commitmentRows, {
        q: " azure ",
        columns: {
          tranche: { type: "choice", values: ["follow-on", "upfront"] },
          amount: { type: "range", min: 10, max: null },
          announced: { type: "dates", from: "2021-01-01", to: "2023-12-31" },
        },
      }),
    ).toEqual(["Search: azure", "Announced: 2021-01-01 to 2023-12-31", "Amount: at least $10B", "Tranche: Follow on, Upfront"]);
    expect(describeFilters(dealTermColumns, dealTermRows, { q: "", columns: { date: { type: "dates", from: null, to: "2025-12-31" } } })).toEqual([
      "Date: up to 2025-12-31",
    ]);
  });

  it("announces the sort and the count together", () => {
    const sort = describeSort([{ id: "amount", desc: false }], () => "Amount");
    expect(viewAnnouncement(sort, 5, 9)).toBe("Sorted by Amount, ascending. 5 of 9 rows.");
    expect(viewAnnouncement(["Party, ascending", "Date, descending"], 22, 22)).toBe("Sorted by Party, ascending, then Date, descending. 22 of 22 rows.");
    expect(viewAnnouncement([], 0, 9)).toBe("No rows match these filters.");
    expect(viewAnnouncement([], 9, 9)).toBe("9 of 9 rows.");
  });

  it("lets the sources column be hidden like any other", () => {
    expect(hideableIds(dealTermColumns)).toEqual(["date", "party", "category", "text", "confidence", "sources"]);
  });
});
