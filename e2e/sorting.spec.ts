import { columnValues, expect, open, sortButton, tableNamed, test } from "./helpers";

/** "$1B" -> 1e9; "undisclosed" -> null. */
function usd(text: string): number | null {
  const match = /^\$([\d.]+)([KMBT])$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * { K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[match[2] as "K" | "M" | "B" | "T"];
}

test.beforeEach(async ({ page }) => {
  await open(page, "/");
});

test("a header click sorts amounts as numbers, unknown amounts last in both directions", async ({ page }) => {
  const table = tableNamed(page, "Capital committed");
  const amountHeader = table.getByRole("columnheader", { name: /Amount/ });
  await expect(amountHeader).not.toHaveAttribute("aria-sort");

  await sortButton(table, "Amount").click();
  await expect(amountHeader).toHaveAttribute("aria-sort", "ascending");
  // The first line is the amount; a second may carry its own grade where the row's figures differ.
  const amounts = async () => (await columnValues(table, "Amount")).map((cell) => cell.split("\n")[0].replace(/ conditional$/, ""));
  const ascending = await amounts();
  const known = ascending.map(usd).filter((value): value is number => value !== null);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  // $1B, then $10B, $13B... (a string sort would put "$10B" before "$1B" or "$15B" before "$2B").
  expect(ascending.slice(0, 3)).toEqual(["$1B", "$10B", "$11.6B"]);
  expect(ascending.slice(-2)).toEqual(["undisclosed", "undisclosed"]);

  await sortButton(table, "Amount").click();
  await expect(amountHeader).toHaveAttribute("aria-sort", "descending");
  const descending = await amounts();
  expect(descending[0]).toBe("$122B");
  expect(descending.slice(-2)).toEqual(["undisclosed", "undisclosed"]);

  // Third click: back to the data's own order, and no aria-sort.
  await sortButton(table, "Amount").click();
  await expect(amountHeader).not.toHaveAttribute("aria-sort");
});

test("dates sort by time, with undated rows last", async ({ page }) => {
  const table = tableNamed(page, "Distribution channels");
  await sortButton(table, "Since").click();
  const since = (await columnValues(table, "Since")).map((text) => text.split("\n")[0]);
  const dated = since.filter((text) => text !== "n/a");
  expect(dated.map((text) => Date.parse(text))).toEqual(dated.map((text) => Date.parse(text)).sort((a, b) => a - b));
  expect(since.slice(-2)).toEqual(["n/a", "n/a"]);
  expect(since[0]).toBe("Nov 2021");
});

test("Enter and Space on a header sort by keyboard", async ({ page }) => {
  const table = tableNamed(page, "Deal terms");
  const partyHeader = table.getByRole("columnheader", { name: /Party/ });
  const button = sortButton(table, "Party");
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(partyHeader).toHaveAttribute("aria-sort", "ascending");
  const parties = await columnValues(table, "Party");
  expect(parties).toEqual([...parties].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  expect(parties[0]).toBe("Amazon");

  await page.keyboard.press("Space");
  await expect(partyHeader).toHaveAttribute("aria-sort", "descending");
  expect((await columnValues(table, "Party"))[0]).toBe(parties.at(-1));

  // The sort is announced to screen readers.
  await expect(page.getByText("Sorted by Party, descending.")).toBeAttached();
});

test("Shift-click adds a secondary sort", async ({ page }) => {
  const table = tableNamed(page, "Deal terms");
  await sortButton(table, "Party").click();
  await sortButton(table, "Date").click({ modifiers: ["Shift"] });
  await sortButton(table, "Date").click({ modifiers: ["Shift"] }); // secondary: newest first

  const rows = (await columnValues(table, "Party")).map((party, index) => ({ party, index }));
  const dates = (await columnValues(table, "Date")).map((cell) => cell.split("\n")[0]);
  expect(rows[0].party).toBe("Amazon");
  // Within each party, dates descend.
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].party === rows[i - 1].party) {
      expect(Date.parse(dates[i])).toBeLessThanOrEqual(Date.parse(dates[i - 1]));
    } else {
      expect(rows[i].party.localeCompare(rows[i - 1].party)).toBeGreaterThan(0);
    }
  }
  await expect(table.getByRole("columnheader", { name: /Party/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByText("Sorted by Party, ascending, then Date, descending.")).toBeAttached();
});
