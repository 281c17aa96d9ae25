import type { Page } from "@playwright/test";
import { formatPartialDate } from "../lib/format";
import { columnValues, expect, homeRows, open, openFilter, readTable, sectionNamed, sortButton, tableCells, tableHeaders, tableNamed, test } from "./helpers";
import { TABLE_IDS, TABLES } from "../lib/tables";

const dealTerms = homeRows<unknown>("data/deal-terms.json");
const TABLE_TITLES = TABLE_IDS.map((id) => TABLES[id].title);

/** Every table's headers and cells, as a person reads them. */
async function snapshot(page: Page) {
  const tables: Record<string, Awaited<ReturnType<typeof readTable>>> = {};
  for (const name of TABLE_TITLES) tables[name] = await readTable(tableNamed(page, name));
  return tables;
}

test("a copied address restores the same rows, order and columns in a new window", async ({ page, browser, baseURL }) => {
  // Two windows, a dozen view changes and every table read twice: more than the usual 30 s on two busy cores.
  test.slow();
  await open(page, "/");
  const terms = sectionNamed(page, "Deal terms");
  await openFilter(terms, "Category");
  await terms.getByRole("checkbox", { name: /^Exclusivity/ }).check();
  await terms.getByRole("checkbox", { name: /^Distribution/ }).check();
  await page.keyboard.press("Escape");
  await sortButton(tableNamed(page, "Deal terms"), "Party").click();
  await sortButton(tableNamed(page, "Deal terms"), "Date").click({ modifiers: ["Shift"] });
  await sortButton(tableNamed(page, "Deal terms"), "Date").click({ modifiers: ["Shift"] });
  await terms.getByRole("button", { name: "Columns" }).click();
  await terms.getByRole("checkbox", { name: "Confidence" }).uncheck();
  await page.keyboard.press("Escape");
  await terms.getByRole("searchbox", { name: "Search Deal terms" }).fill("azure");

  const capital = sectionNamed(page, "Capital committed");
  await openFilter(capital, "Amount");
  await capital.getByRole("spinbutton", { name: "Min ($B)" }).fill("10");
  await page.keyboard.press("Escape");
  await sortButton(tableNamed(page, "Capital committed"), "Amount").click();
  await openFilter(capital, "Announced");
  await capital.getByLabel("To", { exact: true }).fill("2026-02-27");
  await page.keyboard.press("Escape");

  await expect(page).toHaveURL(/terms\.q=azure/);
  const url = page.url();
  const before = await snapshot(page);
  expect(before["Deal terms"].headers).toEqual(["Date", "Party", "Category", "Term", "Sources"]);
  expect(before["Deal terms"].cells.length).toBeGreaterThan(1);

  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  const problems: string[] = [];
  fresh.on("console", (message) => ["error", "warning"].includes(message.type()) && problems.push(message.text()));
  await open(fresh, url);
  await expect(fresh.getByRole("searchbox", { name: "Search Deal terms" })).toHaveValue("azure");
  await expect(sectionNamed(fresh, "Deal terms").getByRole("button", { name: "Category filter, 2 chosen" })).toBeVisible();
  await expect(tableNamed(fresh, "Deal terms").getByRole("columnheader", { name: /Party/ })).toHaveAttribute("aria-sort", "ascending");
  expect(await snapshot(fresh)).toEqual(before);
  expect(problems).toEqual([]);
  await context.close();
});

test("the README's example links open in their views", async ({ page }) => {
  const terms = homeRows<{ date: string; category: string }>("data/deal-terms.json");
  const exclusivity = terms.filter((term) => term.category === "exclusivity").map((term) => term.date);
  await open(page, "/?terms.category=exclusivity&terms.sort=date.desc");
  await expect(sectionNamed(page, "Deal terms").getByText(`${exclusivity.length} of ${terms.length} rows`, { exact: true })).toBeVisible();
  const rows = await tableCells(tableNamed(page, "Deal terms"));
  expect(rows.map((row) => row[2])).toEqual(exclusivity.map(() => "Exclusivity"));
  // The first line is the date; a second may carry the date's own grade.
  expect(rows.map((row) => row[0].split("\n")[0])).toEqual([...exclusivity].sort().reverse().map((date) => formatPartialDate(date)));

  await open(page, "/?capital.amount=10-&capital.sort=amount.desc&terms.party=amazon&terms.hide=confidence");
  const amounts = homeRows<{ amountUsd: number | null }>("data/commitments.json")
    .flatMap((row) => (row.amountUsd !== null && row.amountUsd >= 10e9 ? [row.amountUsd] : []))
    .sort((a, b) => b - a);
  const shown = (await columnValues(tableNamed(page, "Capital committed"), "Amount")).map((cell) => cell.split("\n")[0].replace(/ conditional$/, ""));
  expect(shown).toEqual(amounts.map((amount) => `$${amount / 1e9}B`));
  expect(new Set(await columnValues(tableNamed(page, "Deal terms"), "Party"))).toEqual(new Set(["Amazon"]));
  expect(await tableHeaders(tableNamed(page, "Deal terms"))).not.toContain("Confidence");
});

const GARBAGE = [
  "?terms.sort=%%%",
  "?terms.sort=date.sideways&capital.sort=amount.up",
  "?terms.sort=%%%&terms.sort=%%%&terms.q=&terms.q=",
  "?capital.amount=abc-def",
  "?capital.amount=NaN-NaN&capital.amount=1-2",
  "?capital.amount=40-10&terms.date=2026-12-31..2025-01-01",
  "?terms.date=2025-02-30..&channels.since=yesterday..today",
  "?terms.hide=date,party,category,text,confidence,sources",
  "?terms.hide=nope,neither&terms.bogus=1&terms.category=nope&channels.cloud=%3Cscript%3E",
  "?terms.sort=__proto__.asc&terms.constructor=1&capital.hide=__proto__",
  "?terms.q=%00%01%02",
];

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/**
 * The default view's tables, read once per worker in a page of its own: every malformed
 * address below must show exactly these, and reading them again for each would double its
 * page loads.
 */
const withPlainView = test.extend<object, { plainView: Snapshot }>({
  plainView: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      const page = await context.newPage();
      await open(page, "/");
      const plain = await snapshot(page);
      await context.close();
      await use(plain);
    },
    { scope: "worker" },
  ],
});

// One test per address, so that each page load has its own time and the two workers share them.
for (const query of GARBAGE) {
  withPlainView(`malformed parameters fall back to the default view, quietly: ${query}`, async ({ page, plainView }) => {
    await open(page, `/${query}`);
    expect(await snapshot(page), query).toEqual(plainView);
    await expect(sectionNamed(page, "Deal terms").getByText(new RegExp(`^${dealTerms.length} of ${dealTerms.length} rows$`)), query).toBeVisible();
  });
}

withPlainView("a 100,000-character value is ignored", async ({ page, baseURL, plainView }) => {
  // Node refuses a request line that long (431), so serve the static page for it: the browser
  // still holds the huge address, and the tables read it from there.
  const huge = `/?terms.q=${"x".repeat(100_000)}&capital.hide=${"a,".repeat(50_000)}&terms.category=${"stake,".repeat(17_000)}`;
  await page.route((url) => url.search.length > 10_000, async (route) => route.fulfill({ response: await route.fetch({ url: `${baseURL}/` }) }));
  await open(page, huge);
  expect(page.url().length).toBeGreaterThan(100_000);
  expect(await snapshot(page)).toEqual(plainView);
  await expect(page.getByRole("searchbox", { name: "Search Deal terms" })).toHaveValue("");
});

test("repeated keys: the first one counts, as in URLSearchParams", async ({ page }) => {
  await open(page, "/?terms.sort=party.desc&terms.sort=date.asc");
  await expect(tableNamed(page, "Deal terms").getByRole("columnheader", { name: /Party/ })).toHaveAttribute("aria-sort", "descending");
});
