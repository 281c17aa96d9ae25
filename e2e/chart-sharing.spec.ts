import { chartCard, drawChart, expect, loadAllCharts, open, tabStops, test } from "./helpers";

// Sharing a chart in an article: the embed code, copied, opens the same chart in the same scenario.
for (const width of [1440, 390]) {
  test(`a chart's Embed action gives its iframe code, which copies and opens the same view (${width} px)`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.setViewportSize({ width, height: 900 });
    await open(page, "/?scenario=exclude");
    const card = chartCard(page, "Money both ways");
    await drawChart(card);
    const embed = card.getByRole("button", { name: "Embed Money both ways" });
    await embed.click();
    await expect(embed).toHaveAttribute("aria-expanded", "true");
    const field = card.getByRole("textbox", { name: "Embed code for this chart" });
    const code = await field.inputValue();
    expect(code).toBe(`<iframe src="${baseURL}/embed/money-both-ways?scenario=exclude" title="Money both ways" width="100%" height="760" style="border:0" loading="lazy"></iframe>`);
    // The field fits the card, at any width.
    const [fieldBox, cardBox] = [await field.boundingBox(), await card.boundingBox()];
    expect(fieldBox!.x + fieldBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
    await card.getByRole("button", { name: "Copy embed code" }).click();
    await expect(card.getByRole("status").filter({ hasText: "Embed code copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await page.goto(/src="([^"]+)"/.exec(code)![1]);
    await expect(page).toHaveTitle("Money both ways · Stakes");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Money both ways");
    await expect(page.getByTestId("scenario-line")).toHaveText(/^Leaving out Amazon's conditional \$35B/);
  });
}

test("a skip link jumps to the tables; each chart's SVG is named by its title; the Download menu closes on an outside click", async ({ page }) => {
  await open(page, "/");
  // The first Tab stop on the page, shown when focused.
  expect((await tabStops(page))[0]).toMatch(/^a:Skip to the tables/);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the tables" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#commitments$/);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("section")?.id)).toBe("commitments");

  await loadAllCharts(page);
  for (const figure of await page.locator("figure[data-chart]").all()) {
    const title = (await figure.getByRole("heading", { level: 3 }).textContent())!;
    await expect(figure.getByRole("application", { name: title, exact: true })).toHaveCount(1);
  }

  const card = chartCard(page, "Commitments over time");
  const download = card.getByRole("button", { name: /^Download/ });
  await download.click();
  await expect(card.getByRole("button", { name: "PNG image (2x)" })).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(card.getByRole("button", { name: "PNG image (2x)" })).toBeHidden();
  await download.focus();
  await page.keyboard.press("Enter");
  await expect(card.getByRole("button", { name: "PNG image (2x)" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(card.getByRole("button", { name: "PNG image (2x)" })).toBeHidden();
  await expect(download).toBeFocused();
});

// A shared link's preview: Open Graph and Twitter card tags, and a picture made at build time.
for (const path of ["/", "/anthropic"]) {
  test(`${path} has Open Graph and Twitter card tags, with a 1200 x 630 preview image of its own`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta("og:title")).toMatch(path === "/" ? /OpenAI/ : /Anthropic/);
    expect(meta("og:description")).toBeTruthy();
    expect(meta("twitter:card")).toBe("summary_large_image");
    const image = new URL(meta("og:image")!);
    expect(image.pathname).toBe(path === "/" ? "/opengraph-image" : `${path}/opengraph-image`);
    expect(meta("twitter:image")).toBe(meta("og:image"));
    const response = await request.get(`${image.pathname}${image.search}`);
    expect(response.status()).toBe(200);
    const png = await response.body();
    // The PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}
