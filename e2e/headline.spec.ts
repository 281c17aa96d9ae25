import { chartCard, chartTable, drawChart, expect, homeRows, open, readJson, test } from "./helpers";

interface Row {
  id: string;
  investor: string;
  amountUsd: number | null;
  tranche: string;
  partOf: string | null;
  contextOnly: boolean;
}

const commitments = homeRows<Row>("data/commitments.json");
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

  // Amazon's counted row is its total; the upfront and conditional tranches are inside it.
  const [amznTotal] = counted("Amazon");
  const parts = commitments.filter((row) => row.partOf === amznTotal.id);
  const upfront = parts.find((row) => row.tranche === "upfront")!.amountUsd!;
  const conditional = parts.find((row) => row.tranche === "conditional")!.amountUsd!;
  expect(upfront + conditional).toBe(amznTotal.amountUsd);
  await expect(page.getByTestId("headline-Amazon")).toHaveText(`up to ${billions(amznTotal.amountUsd!)}`);
  const amazonCard = page.getByRole("article", { name: "Amazon in OpenAI" });
  await expect(amazonCard.getByTestId("firm")).toHaveText(billions(upfront));
  await expect(amazonCard.getByTestId("conditional")).toHaveText(billions(conditional));
});

test("the search date and the latest event are shown, with how long ago in the browser", async ({ page }) => {
  await open(page, "/");
  await expect(page.getByTestId("as-of")).toHaveAttribute("datetime", meta.asOf);
  await expect(page.getByTestId("as-of")).toHaveText("1 December 2026");
  await expect(page.getByTestId("latest-event")).toHaveAttribute("datetime", "2026-10-26");
  await expect(page.getByTestId("freshness").getByTestId("time-ago").first()).toHaveText(/^(Today|\d+ days? ago|About \d+ months? ago)$/);
});

test("the headline chart shows every drawn tranche, and its table view carries the same numbers", async ({ page }) => {
  await open(page, "/");
  const card = chartCard(page, "Capital committed to OpenAI, by backer and tranche");
  const chart = await drawChart(card);
  // Both backers drawn, the conditional tranche hatched rather than solid.
  await expect(chart.locator('path[fill^="url(#hatch-amazon"]')).toHaveCount(1);
  await expect(card.getByText("+ undisclosed")).toBeVisible();

  expect(await chartTable(page, "Capital committed to OpenAI, by backer and tranche")).toEqual([
    // The $13B is not itemised by its tranches: one segment, no derived remainder.
    ["Microsoft", "Total", "$13,000,000,000", "no", "confirmed"],
    ["Amazon", "Upfront", "$15,000,000,000", "no", "confirmed"],
    ["Amazon", "Conditional", "$35,000,000,000", "yes", "confirmed"],
  ]);
  await expect(chart).toBeHidden();
});
