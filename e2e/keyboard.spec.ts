import type { Locator } from "@playwright/test";
import { columnValues, expect, homeRows, liveRegion, open, readCsvDownload, sectionNamed, tabTo, tableNamed, test } from "./helpers";

/** The focused element shows a visible outline. */
async function expectFocusVisible(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const outline = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe("none");
}

test("filter, sort and export with Tab, Enter and Space alone", async ({ page }) => {
  await open(page, "/");
  const section = sectionNamed(page, "Deal terms");
  const table = tableNamed(page, "Deal terms");

  // Filter: open the Party filter with Enter, tick Amazon with Space, Tab away to close it.
  const party = section.getByRole("button", { name: /^Party filter/ });
  await tabTo(page, party);
  await expectFocusVisible(party);
  await page.keyboard.press("Enter");
  await expect(party).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  const amazon = section.getByRole("checkbox", { name: /^Amazon/ });
  await expectFocusVisible(amazon);
  await page.keyboard.press("Space");
  await expect(amazon).toBeChecked();
  // Past the other parties' checkboxes and out of the filter.
  const parties = new Set(homeRows<{ party: string }>("data/deal-terms.json").map((term) => term.party)).size;
  for (let i = 0; i < parties; i++) await page.keyboard.press("Tab");
  await expect(party).toHaveAttribute("aria-expanded", "false");
  expect(new Set(await columnValues(table, "Party"))).toEqual(new Set(["Amazon"]));

  // Sort: the Date header's button, Enter then Space: newest first.
  const date = table.getByRole("columnheader").getByRole("button", { name: "Date", exact: true });
  await tabTo(page, date);
  await expectFocusVisible(date);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Space");
  await expect(table.getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "descending");
  const shown = (await columnValues(table, "Term")).map((cell) => cell.split("\n")[0]); // a second line may carry the term's own grade
  await expect(liveRegion(section)).toHaveText(`Sorted by Date, descending. ${shown.length} of ${homeRows<unknown>("data/deal-terms.json").length} rows.`);

  // Export: Shift+Tab back to the Export button, Enter, Tab to the first choice, Enter.
  const exportButton = section.getByRole("button", { name: "Export Deal terms" });
  await tabTo(page, exportButton, { backwards: true });
  await expectFocusVisible(exportButton);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const viewCsv = section.getByRole("button", { name: "CSV of this view", exact: true });
  await expectFocusVisible(viewCsv);
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const csv = await readCsvDownload(download);
  expect(csv.rows.map((row) => row.term)).toEqual(shown);
  expect(csv.rows.every((row) => row.party === "Amazon")).toBe(true);
  // The menu closed and focus went back to its button.
  await expect(exportButton).toBeFocused();
  await expect(exportButton).toHaveAttribute("aria-expanded", "false");
});

test("Escape closes a menu and returns focus; arrows move within the export menu", async ({ page }) => {
  await open(page, "/");
  const section = sectionNamed(page, "Capital committed");
  const exportButton = section.getByRole("button", { name: "Export Capital committed" });
  await exportButton.click();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(section.getByRole("button", { name: "Excel of this view", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(section.getByRole("button", { name: "Everything (.xlsx)", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(exportButton).toBeFocused();
  await expect(exportButton).toHaveAttribute("aria-expanded", "false");
});
