import { columnValues, expect, parseCsv, readCsvDownload, readJson, sortButton, tableNamed, test } from "./helpers";

const meta = readJson<{ asOf: string }>("data/meta.json");

test("the exported CSV is the table as shown: same rows, same order, with sources", async ({ page }) => {
  await page.goto("/");
  const table = tableNamed(page, "Deal terms");
  await sortButton(table, "Category").click();
  await sortButton(table, "Date").click({ modifiers: ["Shift"] });
  const shownTerms = await columnValues(table, "Term");
  const shownCategories = await columnValues(table, "Category");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export Deal terms as CSV" }).click()]);
  const csv = await readCsvDownload(download);

  expect(csv.fileName).toBe(`openai-stakes-deal-terms-${meta.asOf}.csv`);
  expect(csv.raw.startsWith("\uFEFF")).toBe(true);
  // Every line ends CRLF; a bare LF may only sit inside a quoted field.
  expect(csv.raw.endsWith("\r\n")).toBe(true);
  expect(csv.header).toEqual(["date", "party", "category", "term", "confidence", "sources", "source_urls"]);
  expect(csv.rows.map((row) => row.term)).toEqual(shownTerms);
  expect(csv.rows.map((row) => row.category)).toEqual(shownCategories);
  for (const row of csv.rows) {
    expect(row.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(row.sources).not.toBe("");
    for (const url of row.source_urls.split(" ").filter(Boolean)) expect(url).toMatch(/^https:\/\//);
  }
});

test("amounts export as plain numbers in USD, unknown amounts as empty fields", async ({ page }) => {
  await page.goto("/");
  const table = tableNamed(page, "Capital committed");
  await sortButton(table, "Amount").click();
  await sortButton(table, "Amount").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export Capital committed as CSV" }).click()]);
  const csv = await readCsvDownload(download);

  expect(csv.fileName).toBe(`openai-stakes-commitments-${meta.asOf}.csv`);
  const amounts = csv.rows.map((row) => row.amount_usd);
  expect(amounts.slice(0, 3)).toEqual(["35000000000", "30000000000", "30000000000"]);
  expect(amounts).toContain("13000000000");
  expect(amounts.slice(-2)).toEqual(["", ""]);
  for (const amount of amounts) expect(amount).toMatch(/^(\d+)?$/);
  expect(csv.rows.find((row) => row.amount_usd === "")!.announced).toMatch(/^\d{4}/);
});

for (const [path, rowsFile] of [
  ["/api/commitments.csv", "data/commitments.json"],
  ["/api/cloud-commitments.csv", "data/cloud-commitments.json"],
  ["/api/deal-terms.csv", "data/deal-terms.json"],
  ["/api/channels.csv", "data/channels.json"],
] as const) {
  test(`${path} serves every row as UTF-8 CSV`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const raw = await response.text();
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const { rows } = parseCsv(raw);
    expect(rows).toHaveLength(readJson<unknown[]>(rowsFile).length);
  });
}

test("/api/data.json serves the validated data with its sources", async ({ request }) => {
  const response = await request.get("/api/data.json");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { meta: { asOf: string }; sources: unknown[]; commitments: { id: string; amountUsd: number | null }[] };
  expect(body.meta.asOf).toBe(meta.asOf);
  expect(body.sources.length).toBe(readJson<unknown[]>("data/sources.json").length);
  expect(body.commitments.find((row) => row.id === "amzn-2026-conditional")?.amountUsd).toBe(35e9);
  expect(body.commitments.find((row) => row.id === "msft-2021")?.amountUsd).toBeNull();
});
