import { chartCard, chartTable, drawChart, expect, open, readJson, test } from "./helpers";

interface Row {
  id: string;
  investor: string;
  amountUsd: number | null;
  tranche: string;
  partOf: string | null;
  contextOnly: boolean;
}

const commitments = readJson<Row[]>("data/commitments.json");
const meta = readJson<{ asOf: string }>("data/meta.json");
const billions = (usd: number) => `$${usd / 1e9}B`;

test("the headline figures are the figures in the data", async ({ page }) => {
  await open(page, "/");
  const counted = (investor: string) => commitments.filter((row) => row.investor === investor && !row.contextOnly && row.partOf === null);

  const msft = counted("Microsoft");
  const msftTotal = msft.find((row) => row.tranche === "total")!;
  expect(msftTotal.amountUsd).toBe(13e9);
  // An undisclosed commitment on top of the total makes the figure a floor: "$13B+".
  expect(msft.some((row) => row.amountUsd === null)).toBe(true);
  await expect(page.getByTestId("headline-Microsoft")).toHaveText(`${billions(msftTotal.amountUsd!)}+`);
  await expect(page.getByText("A floor, not a total:")).toBeVisible();

  const amzn = counted("Amazon");
  const upfront = amzn.find((row) => row.tranche === "upfront")!.amountUsd!;
  const conditional = amzn.find((row) => row.tranche === "conditional")!.amountUsd!;
  await expect(page.getByTestId("headline-Amazon")).toHaveText(`up to ${billions(upfront + conditional)}`);
  const amazonCard = page.getByRole("article", { name: "Amazon in OpenAI" });
  await expect(amazonCard.getByTestId("firm")).toHaveText(billions(upfront));
  await expect(amazonCard.getByTestId("conditional")).toHaveText(billions(conditional));
  await expect(amazonCard.getByText("Conditional tranche:")).toBeVisible();
});

test("the as-of date is shown", async ({ page }) => {
  await open(page, "/");
  await expect(page.getByTestId("as-of")).toHaveAttribute("datetime", meta.asOf);
  await expect(page.getByTestId("as-of")).toHaveText("23 June 2026");
});

test("the headline chart shows every drawn tranche, and its table view carries the same numbers", async ({ page }) => {
  await open(page, "/");
  const card = chartCard(page, "Capital committed to OpenAI, by backer and tranche");
  const chart = await drawChart(card);
  // Both backers drawn, the conditional tranche hatched rather than solid.
  await expect(chart.locator('path[fill^="url(#hatch-amazon"]')).toHaveCount(1);
  await expect(card.getByText("+ undisclosed")).toBeVisible();

  expect(await chartTable(page, "Capital committed to OpenAI, by backer and tranche")).toEqual([
    ["Microsoft", "2019 investment", "$1,000,000,000", "no", "confirmed"],
    ["Microsoft", "2023 investment", "$10,000,000,000", "no", "reported"],
    ["Microsoft", "Rest of the $13B total, not itemised", "$2,000,000,000", "no", "confirmed"],
    ["Amazon", "Upfront", "$15,000,000,000", "no", "confirmed"],
    ["Amazon", "Conditional", "$35,000,000,000", "yes", "confirmed"],
  ]);
  await expect(chart).toBeHidden();
});
