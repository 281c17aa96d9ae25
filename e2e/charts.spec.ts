import { readFileSync } from "node:fs";
import { chartCard, chartTable, drawChart, expect, loadAllCharts, open, parseCsv, readJson, tabStops, tabTo, test, waitForHydration } from "./helpers";

const meta = readJson<{ asOf: string }>("data/meta.json");

test("commitments over time: each backer's cumulative total at the as-of date", async ({ page }) => {
  await open(page, "/");
  const rows = await chartTable(page, "Commitments over time");
  const byDate = new Map(rows.map((row) => [row[0], row]));
  // Date, Microsoft, Amazon, Amazon incl. conditional, commitments, events
  expect(byDate.get("2019")?.slice(1, 4)).toEqual(["$1,000,000,000", "none yet", "none yet"]);
  // The 2021 follow-on is undisclosed: marked, but Microsoft's line does not move.
  expect(byDate.get("2021")?.slice(1, 2)).toEqual(["$1,000,000,000"]);
  expect(byDate.get("2021")?.[4]).toContain("undisclosed amount");
  expect(byDate.get("23 Jan 2023")?.[1]).toBe("$11,000,000,000");
  // The 10-Q's period end only disclosed the $13B total: a marker, no step.
  expect(byDate.get("30 Sep 2025")?.[1]).toBe("$11,000,000,000");
  expect(byDate.get("30 Sep 2025")?.[4]).toContain("disclosed, not a commitment date");
  expect(byDate.get("27 Feb 2026")?.[4]).toContain("Amazon: $35,000,000,000, conditional");
  expect(rows.at(-1)?.slice(0, 4)).toEqual(["1 Dec 2026", "$11,000,000,000", "$15,000,000,000", "$50,000,000,000"]);
  expect(rows.map((row) => row[0])).not.toContain("31 Dec 2028");
});

test("money both ways: invested beside the cloud spending committed back", async ({ page }) => {
  await open(page, "/");
  expect(await chartTable(page, "Money both ways")).toEqual([
    ["Microsoft", "into OpenAI", "Total committed", "$13,000,000,000", "no"],
    ["Microsoft", "into OpenAI", "Further commitment, amount undisclosed", "undisclosed", "no"],
    ["Microsoft", "back to the backer's cloud", "Microsoft Azure, 2025 (incremental)", "$250,000,000,000", "no"],
    ["Amazon", "into OpenAI", "Upfront", "$15,000,000,000", "no"],
    ["Amazon", "into OpenAI", "Conditional", "$35,000,000,000", "yes"],
    ["Amazon", "back to the backer's cloud", "AWS, 2025", "$38,000,000,000", "no"],
    ["Amazon", "back to the backer's cloud", "AWS, 2026 (incremental)", "$100,000,000,000", "no"],
  ]);
});

test("channels over time: each milestone and the shaded exclusive period", async ({ page }) => {
  await open(page, "/");
  const rows = await chartTable(page, "Where OpenAI's models are sold, over time");
  const dated = rows.filter((row) => row[1] !== "n/a").map((row) => `${row[0]} ${row[1]} ${row[2]}`);
  expect(dated.slice(0, 3)).toEqual(["Azure OpenAI Nov 2021 preview", "Azure OpenAI Jan 2023 generally available", "Bedrock 5 Aug 2025 launch"]);
  expect(dated).toContain("Bedrock in Codex 10 Jul 2026 catalog entry");
  expect(dated).toContain("Bedrock 26 Oct 2026 launch");
  expect(dated).toContain("Snowflake Cortex 25 Sep 2026 generally available");
  expect(dated.at(-1)).toBe("Microsoft Azure the only cloud for OpenAI's API models Jan 2023 exclusive period");
  const card = chartCard(page, "Where OpenAI's models are sold, over time");
  await card.getByRole("button", { name: "Show as chart" }).click();
  await expect(card.locator(".recharts-reference-area")).toHaveCount(1);
});

test("who sells whose models: each cloud against each lab, dated where the record is", async ({ page }) => {
  await open(page, "/");
  const card = chartCard(page, "Who sells whose models");
  const chart = await drawChart(card);
  // A mark per cloud and lab on record: hollow where undated.
  await expect(chart.getByText("2021", { exact: true })).toBeVisible();
  const rows = await chartTable(page, "Who sells whose models");
  const cell = (cloud: string, lab: string) => rows.find((row) => row[0] === cloud && row[1] === lab)?.slice(2, 4);
  expect(cell("Microsoft Azure", "OpenAI")).toEqual(["Nov 2021", "preview"]);
  expect(cell("AWS", "Anthropic")).toEqual(["16 Apr 2026", "launch"]);
  expect(cell("Google Cloud", "xAI")).toEqual(["undated", "listed"]);
  // A lab's own API is not a cloud selling it.
  expect(rows.map((row) => row[0])).not.toContain("OpenAI's own");
});

test("market context: share by quarter, labelled as context", async ({ page }) => {
  await open(page, "/");
  expect(await chartTable(page, "Context: cloud infrastructure market share")).toEqual([
    ["2025 Q3", "29%", "20%", "13%", "$107,000,000,000"],
    ["2025 Q4", "28%", "21%", "15%", "$119,100,000,000"],
  ]);
});

test("the scenario control changes the headline figures exactly, and the link keeps it", async ({ page }) => {
  await open(page, "/");
  const amazon = page.getByTestId("headline-Amazon");
  await expect(amazon).toHaveText("up to $50B");

  await page.getByRole("radio", { name: "Leave it out" }).check();
  await expect(amazon).toHaveText("$15B");
  await expect(page.getByTestId("headline-Microsoft")).toHaveText("$13B+");
  await expect(page).toHaveURL(/[?&]scenario=exclude\b/);

  await page.getByRole("radio", { name: "Weight it by a probability" }).check();
  const slider = page.getByRole("slider", { name: "Probability the conditions are met" });
  await expect(slider).toHaveValue("50");
  await expect(amazon).toHaveText("$32.5B expected");
  await slider.focus();
  await page.keyboard.press("ArrowRight"); // 55%
  await expect(amazon).toHaveText("$34.3B expected");
  for (let i = 0; i < 11; i++) await page.keyboard.press("ArrowLeft"); // down to 0%
  await expect(amazon).toHaveText("$15B expected");
  await expect(page).toHaveURL(/[?&]scenario=p0\b/);

  // The headline chart follows: the conditional segment is gone at 0%.
  const chart = chartCard(page, "Capital committed to OpenAI, by backer and tranche");
  await open(page, "/?scenario=p50");
  await expect(amazon).toHaveText("$32.5B expected");
  await drawChart(chart);
  await expect(chart.getByText("$17.5B expected")).toBeVisible();

  await open(page, "/?scenario=p500");
  await expect(amazon).toHaveText("up to $50B");
});

test("leaving the conditional money out applies to every money chart, and each says so", async ({ page }) => {
  await open(page, "/?scenario=exclude");
  for (const title of ["Capital committed to OpenAI, by backer and tranche", "Commitments over time", "Money both ways"]) {
    await drawChart(chartCard(page, title));
    await expect(chartCard(page, title).getByTestId("scenario-line")).toHaveText("Leaving out Amazon's conditional $35B: only money committed without conditions is shown.");
  }
  // No drawn Amazon bar or line carries the $35B.
  await expect(chartCard(page, "Capital committed to OpenAI, by backer and tranche").locator('path[fill^="url(#hatch-amazon"]')).toHaveCount(0);
  await expect(chartCard(page, "Money both ways").locator('path[fill^="url(#flows-hatch-amazon"]')).toHaveCount(0);
  await expect(chartCard(page, "Commitments over time").locator(".recharts-line")).toHaveCount(2);
});

test("exported images name the scenario in words", async ({ page }) => {
  await open(page, "/?scenario=p35");
  for (const title of ["Capital committed to OpenAI, by backer and tranche", "Commitments over time", "Money both ways"]) {
    const card = chartCard(page, title);
    await drawChart(card);
    await card.getByRole("button", { name: /^Download/ }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "SVG image" }).click()]);
    expect(readFileSync(await download.path(), "utf8"), title).toContain("conditional $35B at 35%");
  }
});

test("PNG download: a valid PNG at twice the chart's size", async ({ page }) => {
  await open(page, "/");
  const card = chartCard(page, "Capital committed to OpenAI, by backer and tranche");
  await drawChart(card);

  await card.getByRole("button", { name: /^Download/ }).click();
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "SVG image" }).click()]);
  const svg = readFileSync(await svgDownload.path(), "utf8");
  const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg) ?? [];

  await card.getByRole("button", { name: /^Download/ }).click();
  const [pngDownload] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "PNG image (2x)" }).click()]);
  expect(pngDownload.suggestedFilename()).toBe(`openai-stakes-capital-by-tranche-${meta.asOf}.png`);
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  expect(png.readUInt32BE(16)).toBe(Number(width) * 2);
  expect(png.readUInt32BE(20)).toBe(Number(height) * 2);
  expect(png.length).toBeGreaterThan(5_000); // drawn, not blank
});

test("SVG download: parses, and carries its title, legend, source line and licence line inside", async ({ page }) => {
  await open(page, "/");
  const card = chartCard(page, "Money both ways");
  await drawChart(card);
  await card.getByRole("button", { name: /^Download/ }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "SVG image" }).click()]);
  expect(download.suggestedFilename()).toBe(`openai-stakes-money-both-ways-${meta.asOf}.svg`);
  const svg = readFileSync(await download.path(), "utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return { error: doc.querySelector("parsererror")?.textContent ?? null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  for (const text of ["Money both ways", "Microsoft into OpenAI", "Amazon into OpenAI", "Conditional", "OpenAI's cloud commitments back", "Source: ", `Data as of ${meta.asOf}`, "Licence: ", "$250B"]) {
    expect(parsed.text).toContain(text);
  }
  expect(svg).not.toContain("var(--");
});

test("chart data downloads as CSV through the same CSV rules", async ({ page }) => {
  await open(page, "/");
  const card = chartCard(page, "Capital committed to OpenAI, by backer and tranche");
  await card.getByRole("button", { name: /^Download/ }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Data (CSV)" }).click()]);
  const raw = readFileSync(await download.path(), "utf8");
  expect(raw.startsWith("\uFEFF")).toBe(true);
  const { header, rows } = parseCsv(raw);
  expect(header).toEqual(["backer", "tranche", "amount_usd", "conditional", "confidence"]);
  expect(rows.map((row) => row.amount_usd)).toEqual(["13000000000", "15000000000", "35000000000"]);
});

test("the theme follows the system, and a chosen theme is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await open(page, "/");
  await expect(page.getByRole("radio", { name: "System" })).toBeChecked();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe("rgb(13, 17, 23)");

  await page.getByText("Light", { exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await background()).toBe("rgb(246, 247, 249)");
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.getByRole("radio", { name: "Light" })).toBeChecked();

  await page.getByText("System", { exact: true }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme");
  expect(await background()).toBe("rgb(13, 17, 23)");
});

test("charts load into boxes of their final size: nothing shifts", async ({ page }) => {
  await page.goto("/");
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  const boxes = page.locator("figure [class*='h-']").filter({ has: page.locator("div") });
  const before = await page.locator("figure[data-chart]").evaluateAll((figures) => figures.map((figure) => figure.getBoundingClientRect().height));
  await loadAllCharts(page);
  const after = await page.locator("figure[data-chart]").evaluateAll((figures) => figures.map((figure) => figure.getBoundingClientRect().height));
  expect(after).toEqual(before);
  expect(await boxes.count()).toBeGreaterThan(0);
  // Every layout shift so far: `buffered` puts the recorded entries in the observer's buffer
  // at once, and takeRecords() reads them without waiting for a callback.
  const shift = await page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: "layout-shift", buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
    observer.disconnect();
    return entries.filter((entry) => !entry.hadRecentInput).reduce((total, entry) => total + entry.value, 0);
  });
  expect(shift).toBeLessThan(0.01);
});

test("the keyboard reaches every chart control", async ({ page }) => {
  await open(page, "/");
  // The first 60 Tab stops from the top of the page, walked once in the page.
  const stops = (await tabStops(page)).slice(0, 60);
  // A radio group is one Tab stop (its checked option); the arrow keys move within it.
  for (const expected of ["input:Count it in full", "button:Show as table", "input:System", "button:Download"]) {
    expect(stops.some((entry) => entry.startsWith(expected)), `${expected} in ${stops.join(" | ")}`).toBe(true);
  }
  // Each of them is reached by a real Tab press from the stop before it.
  await tabTo(page, page.getByRole("radio", { name: "Count it in full" }));
  await tabTo(page, page.getByRole("radio", { name: "System" }));
  const card = chartCard(page, "Capital committed to OpenAI, by backer and tranche");
  await tabTo(page, card.getByRole("button", { name: "Show as table" }));
  await tabTo(page, card.getByRole("button", { name: /^Download/ }));
  // The chart surface itself is focusable, so its tooltips can be read with the arrow keys.
  const surface = await drawChart(card);
  await tabTo(page, surface);
  expect((await tabStops(page)).slice(0, 60).some((entry) => entry.startsWith("svg:"))).toBe(true);
});

test("a chart's numbers come from its own file, and a chart whose file fails says so in place", async ({ page, consoleProblems }) => {
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/charts/")) asked.push(new URL(request.url()).pathname);
  });
  await page.route("**/data/openai/charts/money-both-ways.json", (route) => route.fulfill({ status: 503, body: "down" }));
  await open(page, "/");
  const failing = chartCard(page, "Money both ways");
  await failing.scrollIntoViewIfNeeded();
  await expect(failing.getByRole("alert")).toHaveText(/^Could not load this chart: \/data\/openai\/charts\/money-both-ways\.json: 503\b.*Reload the page to try again\.$/);
  // The rest of the page is untouched: another chart draws, from its own file.
  await drawChart(chartCard(page, "Capital committed to OpenAI, by backer and tranche"));
  expect(asked).toContain("/data/openai/charts/capital-by-tranche.json");
  // The failed request is logged by the browser; nothing else may be.
  const failed = consoleProblems.filter((problem) => problem.includes("503"));
  expect(failed.length).toBeGreaterThan(0);
  consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter((problem) => !failed.includes(problem)));
});
