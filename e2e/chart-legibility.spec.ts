import { axeViolations, chartCard, drawChart, expect, open, pageChartModels, pointAnnouncements, test } from "./helpers";

// Every chart's tooltip, opened by pointing at its first mark, passes the colour rules in both themes, on a desk and on a phone.
for (const [colorScheme, width] of [["light", 1440], ["dark", 1440], ["light", 390], ["dark", 390]] as const) {
  test(`each chart's tooltip is legible (${colorScheme}, ${width} px)`, async ({ page }) => {
    // Every chart drawn, pointed at and scanned in turn: longer than one page's checks.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
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

type Box = { left: number; right: number; top: number; bottom: number };

/** The pairs of boxes that overlap (by more than half a pixel), as their indexes. */
function overlapping(boxes: Box[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5) pairs.push([i, j]);
    }
  }
  return pairs;
}

const boxesOf = (locator: import("@playwright/test").Locator) =>
  locator.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()).map(({ left, right, top, bottom }) => ({ left, right, top, bottom })));

test("on a phone, the timeline's events and the channels' milestones do not overlap, and the band's words stay in their band", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, "/");
  const models = pageChartModels();

  const timeline = chartCard(page, "Commitments over time");
  await drawChart(timeline);
  const events = pointAnnouncements(models.find((model) => model.slug === "commitments-over-time")!).filter((words) => words.startsWith("Events · "));
  // The events' scatter wraps every row of the timeline's data in a symbol group; the drawn triangles are the marks inside.
  const triangles = await boxesOf(timeline.locator(".recharts-scatter-symbol .recharts-symbols"));
  expect(triangles).toHaveLength(events.length);
  expect(overlapping(triangles)).toEqual([]);
  // Amazon's line, which starts in 2026, has room: more than a fifth of the plot's width, not its last few per cent.
  const grid = (await timeline.locator(".recharts-cartesian-grid").boundingBox())!;
  const amazon = (await timeline.locator('.recharts-line-curve[stroke^="var(--company-amazon"]:not([stroke-dasharray])').boundingBox())!;
  expect(amazon.width / grid.width).toBeGreaterThan(0.2);
  // The axis says where its scale changes.
  await expect(timeline.getByText("← smaller scale")).toBeVisible();

  const channels = chartCard(page, "Where OpenAI's models are sold, over time");
  await drawChart(channels);
  const milestones = pointAnnouncements(models.find((model) => model.slug === "channels-over-time")!);
  const marks = await boxesOf(channels.locator(".recharts-scatter-symbol"));
  expect(marks).toHaveLength(milestones.length);
  expect(overlapping(marks)).toEqual([]);
  const band = (await boxesOf(channels.locator(".recharts-reference-area-rect")))[0];
  const words = (await boxesOf(channels.locator(".recharts-reference-area text")))[0];
  expect(band, "the shaded band").toBeTruthy();
  expect(words, "the band's words").toBeTruthy();
  expect(words.left).toBeGreaterThanOrEqual(band.left);
  expect(words.right).toBeLessThanOrEqual(band.right);
  expect(words.top).toBeGreaterThanOrEqual(band.top);
  expect(words.bottom).toBeLessThanOrEqual(band.bottom);
});
