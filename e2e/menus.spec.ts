import type { Locator, Page } from "@playwright/test";
import { expect, open, openFilter, sectionNamed, tableNamed, test } from "./helpers";

/** Clicks the section's heading: text that takes no focus, outside every menu. */
async function clickOutside(section: Locator): Promise<void> {
  await section.getByRole("heading", { level: 2 }).click();
}

async function expectClosedWithFocus(page: Page, button: Locator): Promise<void> {
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
}

/** Whether each corner of the open panel is on screen and is the panel's own (not clipped by a card or a scrolling region). */
async function panelCornersShow(button: Locator): Promise<boolean[]> {
  const id = (await button.getAttribute("aria-controls"))!;
  return button.page().evaluate((panelId) => {
    const panel = document.getElementById(panelId)!;
    const { left, right, top, bottom } = panel.getBoundingClientRect();
    const corners = [[left + 3, top + 3], [right - 3, top + 3], [left + 3, bottom - 3], [right - 3, bottom - 3]];
    return corners.map(([x, y]) => x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight && panel.contains(document.elementFromPoint(x, y)));
  }, id);
}

for (const width of [390, 1440]) {
  test(`at ${width} px the table menus close on an outside click and on Escape, focus back on their button`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, "/");
    const section = sectionNamed(page, "Deal terms");

    // Columns: a checkbox inside holds focus; a click on the heading closes the menu.
    const columns = section.getByRole("button", { name: /^Columns/ });
    await columns.click();
    await section.getByRole("checkbox", { name: "Confidence" }).focus();
    await clickOutside(section);
    await expectClosedWithFocus(page, columns);
    await expect(section.getByRole("checkbox", { name: "Confidence" })).toHaveCount(0);

    // A filter: Escape from inside its panel.
    await openFilter(section, "Party");
    await section.getByRole("checkbox", { name: /^Microsoft/ }).focus();
    await page.keyboard.press("Escape");
    await expectClosedWithFocus(page, section.getByRole("button", { name: /^Party filter/ }));

    // Export: opened, then a click outside; and Escape with focus on the button itself.
    const exportButton = section.getByRole("button", { name: "Export Deal terms" });
    await exportButton.click();
    await expect(section.getByRole("button", { name: "Excel of this view", exact: true })).toBeVisible();
    expect(await panelCornersShow(exportButton)).toEqual([true, true, true, true]);
    await clickOutside(section);
    await expectClosedWithFocus(page, exportButton);
    await exportButton.press("Enter");
    await expect(exportButton).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expectClosedWithFocus(page, exportButton);

    // A click outside on something that takes focus leaves focus there.
    await exportButton.click();
    const search = section.getByRole("searchbox", { name: "Search Deal terms" });
    await search.click();
    await expect(exportButton).toHaveAttribute("aria-expanded", "false");
    await expect(search).toBeFocused();

    // A short table's filter is not clipped by its card (which skips painting off screen).
    const short = sectionNamed(page, "Cloud spending committed back");
    await openFilter(short, "Cloud");
    expect(await panelCornersShow(short.getByRole("button", { name: /^Cloud filter/ }))).toEqual([true, true, true, true]);
    await page.keyboard.press("Escape");
  });
}

test("Clear filters, from the toolbar or from an empty table, puts focus on the row count, never the page body", async ({ page }) => {
  await open(page, "/");
  const section = sectionNamed(page, "Deal terms");
  const table = tableNamed(page, "Deal terms");
  const count = section.getByText(/^\d+ of \d+ rows$/);
  const all = (await count.textContent())!;

  await section.getByRole("searchbox", { name: "Search Deal terms" }).fill("no term says this");
  await expect(table.getByText("No rows match these filters.")).toBeVisible();
  await table.getByRole("button", { name: "Clear filters" }).click();
  await expect(count).toBeFocused();
  await expect(count).toHaveText(all);

  await openFilter(section, "Party");
  await section.getByRole("checkbox", { name: /^Amazon/ }).check();
  await page.keyboard.press("Escape");
  await expect(count).not.toHaveText(all);
  await section.getByRole("button", { name: "Clear filters" }).press("Enter");
  await expect(count).toBeFocused();
  await expect(count).toHaveText(all);
  await expect(section.getByRole("button", { name: "Clear filters" })).toHaveCount(0);
});
