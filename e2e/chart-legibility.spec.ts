import { axeViolations, chartCard, drawChart, expect, open, test } from "./helpers";

// Every chart's tooltip, opened by pointing at its first mark, passes the colour rules in both themes.
for (const colorScheme of ["light", "dark"] as const) {
  test(`each chart's tooltip is legible (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, "/");
    for (const figure of await page.locator("figure[data-chart]").all()) {
      const surface = await drawChart(figure);
      const mark = figure.locator(".recharts-bar-rectangle, .recharts-scatter-symbol");
      // A line chart's tooltip follows the pointer anywhere over the plot.
      // (Forced: a bar's own value label sits over its middle, where the pointer goes.)
      await ((await mark.count()) > 0 ? mark.first() : surface).hover({ force: true });
      const tooltip = figure.locator(".recharts-tooltip-wrapper");
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toHaveText(/\S/);
      const slug = await figure.getAttribute("data-chart");
      expect(await axeViolations(page, "colour", `figure[data-chart="${slug}"] .recharts-tooltip-wrapper`), slug!).toEqual([]);
      await page.mouse.move(0, 0);
    }
  });
}

test("the money charts keep their scale across scenarios, and a phone shows every tick of Money both ways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, "/");
  const ticks = async (title: string) => chartCard(page, title).locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents();
  const capital = chartCard(page, "Capital committed to OpenAI, by backer and tranche");
  await drawChart(capital);
  const microsoft = capital.locator(".recharts-bar-rectangle").first();
  const before = { ticks: await ticks("Capital committed to OpenAI, by backer and tranche"), width: (await microsoft.boundingBox())!.width };
  expect(before.ticks.length).toBeGreaterThan(2);
  await page.getByRole("radio", { name: "Leave it out" }).check();
  await expect(page).toHaveURL(/scenario=exclude/);
  await expect(capital.locator('path[fill^="url(#hatch-amazon"]')).toHaveCount(0);
  expect(await ticks("Capital committed to OpenAI, by backer and tranche")).toEqual(before.ticks);
  expect((await microsoft.boundingBox())!.width).toBeCloseTo(before.width, 0);

  await drawChart(chartCard(page, "Money both ways"));
  expect(await ticks("Money both ways")).toEqual(["$0", "$100B", "$200B", "$300B"]);
  // Each one clear of the next.
  const boxes = await chartCard(page, "Money both ways").locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect()).map(({ left, right }) => ({ left, right })));
  for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThan(boxes[i - 1].right);
});
