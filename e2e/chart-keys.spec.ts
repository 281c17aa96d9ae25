import { CHARTS } from "../lib/charts";
import { movePoint } from "../lib/chart-points";
import { chartCard, drawChart, expect, loadAllCharts, open, pageChartModels, pointAnnouncements, tabStops, tabTo, test } from "./helpers";

// Each chart by keyboard alone: one Tab stop, then every data point of every series, each said
// in the chart's own words (the model's points, in order) and ringed on the chart.
for (const width of [1440, 390]) {
  test(`the arrow keys walk every point of every chart, announced and ringed (${width} px)`, async ({ page }) => {
    // About a hundred points, each pressed, heard, ringed and read back: longer than one page's checks.
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 900 });
    await open(page, "/");
    const models = pageChartModels();
    expect(models.map((model) => model.slug)).toEqual(CHARTS.map((chart) => chart.slug));
    for (const model of models) {
      const expected = pointAnnouncements(model);
      expect(expected.length, model.slug).toBeGreaterThan(1);
      const card = chartCard(page, model.title);
      const surface = await drawChart(card);
      await tabTo(page, surface);
      await expect(surface).toBeFocused();
      const heard = card.getByTestId("point-announcement");
      const readout = card.locator(".point-readout");
      const ring = surface.locator("[data-focus-ring]");
      await expect(heard).toHaveText("");
      await expect(ring).toHaveCount(0);

      for (let index = 0; index < expected.length; index++) {
        await page.keyboard.press("ArrowRight");
        await expect(heard, `${model.slug} point ${index + 1}`).toHaveText(expected[index]);
        // Shown as well as said: one ring, on the chart, and the same words under it.
        await expect(ring).toHaveCount(1);
        await expect(readout).toHaveText(expected[index]);
      }
      const [ringBox, surfaceBox] = [await ring.boundingBox(), await surface.boundingBox()];
      expect(ringBox!.x).toBeGreaterThanOrEqual(surfaceBox!.x - 1);
      expect(ringBox!.x + ringBox!.width).toBeLessThanOrEqual(surfaceBox!.x + surfaceBox!.width + 1);
      expect(ringBox!.y).toBeGreaterThanOrEqual(surfaceBox!.y - 1);
      expect(ringBox!.y + ringBox!.height).toBeLessThanOrEqual(surfaceBox!.y + surfaceBox!.height + 1);
      // The last point stays the last; Left steps back; Home and End jump.
      await page.keyboard.press("ArrowRight");
      await expect(heard).toHaveText(expected.at(-1)!);
      await page.keyboard.press("ArrowLeft");
      await expect(heard).toHaveText(expected.at(-2)!);
      await page.keyboard.press("Home");
      await expect(heard).toHaveText(expected[0]);
      await page.keyboard.press("End");
      await expect(heard).toHaveText(expected.at(-1)!);
      // Escape leaves the points; focus stays on the chart.
      await page.keyboard.press("Escape");
      await expect(heard).toHaveText("");
      await expect(ring).toHaveCount(0);
      await expect(readout).toHaveCount(0);
      await expect(surface).toBeFocused();
    }
  });
}

test("Down and Up move between series, to the nearest point along the axis", async ({ page }) => {
  await open(page, "/");
  const model = pageChartModels().find((chart) => chart.slug === "channels-over-time")!;
  const definition = CHARTS.find((chart) => chart.slug === model.slug)!;
  const points = definition.points(model.plot, { mode: "include" });
  const expected = pointAnnouncements(model);
  const card = chartCard(page, model.title);
  const surface = await drawChart(card);
  await tabTo(page, surface);
  const heard = card.getByTestId("point-announcement");
  let at: number | null = null;
  for (const key of ["ArrowRight", "ArrowRight", "ArrowDown", "ArrowDown", "ArrowUp"]) {
    at = movePoint(points, at, key)!;
    await page.keyboard.press(key);
    await expect(heard, key).toHaveText(expected[at]);
  }
  // Down changed series, each time.
  expect(new Set([points[1], points[movePoint(points, 1, "ArrowDown")!]].map((point) => point.series)).size).toBe(2);
});

test("each chart is one Tab stop: its SVG, an application named by its title", async ({ page }) => {
  await open(page, "/");
  await loadAllCharts(page);
  const models = pageChartModels();
  for (const model of models) {
    const card = chartCard(page, model.title);
    await expect(card.getByRole("application", { name: model.title, exact: true })).toHaveCount(1);
    // Nothing else in the plot takes focus: no layer of recharts' own, of any size.
    const focusable = await card.getByTestId("point-focus").evaluate((box) => Array.from(box.querySelectorAll<HTMLElement | SVGElement>("*")).filter((element) => element.tabIndex >= 0).map((element) => element.tagName.toLowerCase()));
    expect(focusable, model.slug).toEqual(["svg"]);
  }
  expect((await tabStops(page)).filter((stop) => stop.startsWith("svg:"))).toHaveLength(models.length);
});
