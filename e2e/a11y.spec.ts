import AxeBuilder from "@axe-core/playwright";
import { expect, loadAllCharts, test } from "./helpers";

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    await loadAllCharts(page);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("axe finds no violations with the dark theme chosen and charts shown as tables", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Dark", { exact: true }).click();
  await loadAllCharts(page);
  const showTable = page.getByRole("button", { name: "Show as table" });
  // Each click renames its button "Show as chart", so the first match is always the next one.
  while ((await showTable.count()) > 0) await showTable.first().click();
  await expect(page.getByRole("button", { name: "Show as chart" })).toHaveCount(5);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("at 390 px the page never scrolls sideways; wide tables scroll inside their card", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await loadAllCharts(page);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  const region = page.getByRole("region", { name: "Deal terms, scrollable table" });
  const overflow = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(overflow).toBe(true);
  await expect(region).toHaveAttribute("tabindex", "0");
});

test("every table row and headline figure links to a source", async ({ page }) => {
  await page.goto("/");
  for (const name of ["Capital committed", "Cloud spending committed back", "Deal terms", "Distribution channels"]) {
    const rows = page.getByRole("table", { name, exact: true }).locator("tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(rows.nth(i).getByRole("link", { name: /^Source: / }).first()).toBeAttached();
      await expect(rows.nth(i).getByText(/^\W*(confirmed|reported|unconfirmed)$/).first()).toBeAttached();
    }
  }
  for (const investor of ["Microsoft", "Amazon"]) {
    await expect(page.getByRole("article", { name: `${investor} in OpenAI` }).getByRole("link", { name: /^Source: / }).first()).toBeVisible();
  }
});
