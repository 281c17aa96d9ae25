import { columnValues, expect, homeRows, parseCsv, sectionNamed, tableNamed, test } from "./helpers";

test.use({ javaScriptEnabled: false });

test("without JavaScript: headline figures, tables in data order and CSV links all work", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByTestId("headline-Microsoft")).toHaveText("$13B+");
  await expect(page.getByTestId("headline-Amazon")).toHaveText("up to $50B");

  // The page inlines no rows: each table says how many it has and links a page that draws them all.
  const terms = homeRows<{ text: string }>("data/deal-terms.json");
  const channels = homeRows<{ channel: string }>("data/channels.json");
  await expect(sectionNamed(page, "Deal terms").getByText(`${terms.length} rows: read them on this table's page or download them as CSV.`)).toBeVisible();
  await expect(sectionNamed(page, "Deal terms").getByText(/^Loading/)).toBeHidden();
  await sectionNamed(page, "Deal terms").getByRole("link", { name: "read them on this table's page" }).click();
  await expect(page).toHaveURL(/\/tables\/deal-terms$/);
  // The page cannot sort, so its headers carry no sort arrows.
  await expect(tableNamed(page, "Deal terms").locator("thead")).not.toContainText(/[▲▼↕]/);
  // The first line of a cell is the term; a second may carry its own grade.
  expect((await columnValues(tableNamed(page, "Deal terms"), "Term")).map((cell) => cell.split("\n")[0])).toEqual(terms.map((term) => term.text));
  await page.goto("/");
  await sectionNamed(page, "Distribution channels").getByRole("link", { name: "read them on this table's page" }).click();
  expect(await columnValues(tableNamed(page, "Distribution channels"), "Channel")).toEqual(channels.map((row) => row.channel));
  await page.getByRole("link", { name: /Back to OpenAI's page/ }).click();
  await expect(page).toHaveURL(/\/#channels$/);

  for (const link of await page.getByRole("link", { name: /\(CSV\)$/ }).all()) {
    const href = await link.getAttribute("href");
    const response = await request.get(href!);
    expect(response.status(), href!).toBe(200);
    expect(parseCsv(await response.text()).rows.length).toBeGreaterThan(0);
  }
  // A chart says where its figures are instead of drawing nothing, and hides its dead controls.
  const chart = page.getByRole("figure", { name: "Money both ways" });
  await expect(chart.getByText("This chart needs JavaScript.")).toBeVisible();
  await expect(chart.getByRole("button", { name: "Show as table" })).toBeHidden();
});
