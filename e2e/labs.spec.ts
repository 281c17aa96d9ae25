import { unzipSync } from "fflate";
import { CHARTS, pageCharts } from "../lib/charts";
import { dataFiles } from "../lib/schema";
import { pageTableIds, TABLE_IDS, TABLES, tableFileName } from "../lib/tables";
import { axeViolations, drawChart, expect, exportFile, loadAllCharts, open, parseCsv, readDownload, readJson, renderInView, sectionNamed, tableNamed, test } from "./helpers";

/**
 * Every lab with a page of its own besides the home page (whose page the rest of the suite
 * tests), from the data: each must show its own rows and only those, export them as its
 * files, and pass axe. A lab added to data/labs.json with a path is tested here unchanged.
 */
interface LabEntry {
  id: string;
  name: string;
  path: string | null;
  title?: string | null;
}
const pages = readJson<LabEntry[]>("data/labs.json").filter((lab) => lab.path !== null);
const labs = pages.filter((lab) => lab.path !== "/");
const meta = readJson<{ asOf: string; title: string }>("data/meta.json");
const rowsOf = (file: string, lab: string) => readJson<{ id: string; lab: string }[]>(`data/${file}`).filter((row) => row.lab === lab);

test("the data has at least one lab with a page of its own besides the home page", () => {
  expect(labs.length).toBeGreaterThan(0);
});

for (const lab of labs) {
  const path = lab.path!;

  test(`${path}: its title, its backers and each table holding exactly ${lab.name}'s rows`, async ({ page }) => {
    await open(page, path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lab.title ?? meta.title);
    await expect(page.getByRole("navigation", { name: "Labs" }).getByRole("link", { name: lab.name })).toHaveAttribute("aria-current", "page");
    const backers = new Set(readJson<{ lab: string; investor: string; contextOnly?: boolean }[]>("data/commitments.json").filter((row) => row.lab === lab.id && !row.contextOnly).map((row) => row.investor));
    for (const investor of backers) await expect(page.getByRole("article", { name: `${investor} in ${lab.name}` })).toBeVisible();
    for (const id of pageTableIds(false)) {
      const rows = rowsOf(dataFiles[TABLES[id].source!].file, lab.id);
      const section = sectionNamed(page, TABLES[id].title);
      if (rows.length === 0) {
        await expect(section.getByText(`No rows of this table are on record for ${lab.name}.`)).toBeAttached();
        await expect(section.getByRole("table")).toHaveCount(0);
        continue;
      }
      await expect(section.getByText(`${rows.length} of ${rows.length} rows`, { exact: true })).toBeAttached();
      await expect(tableNamed(page, TABLES[id].title).locator("tbody tr")).toHaveCount(rows.length);
    }
  });

  test(`${path}: every table's "CSV of all rows" is its own file, and the zip holds them all`, async ({ page, request }) => {
    await open(page, path);
    const withRows = pageTableIds(false).filter((id) => rowsOf(dataFiles[TABLES[id].source!].file, lab.id).length > 0);
    for (const id of withRows) {
      const download = await exportFile(page, sectionNamed(page, TABLES[id].title), "CSV of all rows");
      expect(download.suggestedFilename()).toBe(`${lab.id}-stakes-${TABLES[id].slug}-${meta.asOf}.csv`);
      const served = await request.get(`/api/${lab.id}/${tableFileName(id)}`);
      expect(served.status()).toBe(200);
      expect((await readDownload(download)).toString("utf8")).toBe(await served.text());
    }
    const zip = await exportFile(page, sectionNamed(page, TABLES[withRows[0]].title), "Everything (.zip)");
    expect(zip.suggestedFilename()).toBe(`${lab.id}-stakes-${meta.asOf}.zip`);
    const files = unzipSync(new Uint8Array(await readDownload(zip)));
    for (const id of pageTableIds(false)) {
      const name = `${lab.id}-stakes-${TABLES[id].slug}-${meta.asOf}.csv`;
      expect(Object.keys(files)).toContain(name);
      expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(files[name])).toBe(await (await request.get(`/api/${lab.id}/${tableFileName(id)}`)).text());
    }
    // The tables across labs are the home page's only.
    for (const id of TABLE_IDS.filter((other) => !pageTableIds(false).includes(other))) {
      expect(Object.keys(files).some((file) => file.includes(`-${TABLES[id].slug}-`))).toBe(false);
      expect((await request.get(`/api/${lab.id}/${tableFileName(id)}`)).status()).toBe(404);
    }
    const data = await (await request.get(`/api/${lab.id}/data.json`)).json();
    expect(data.commitments.map((row: { lab: string }) => row.lab)).toEqual(rowsOf("commitments.json", lab.id).map(() => lab.id));
  });

  test(`${path}: axe finds no violations with every chart drawn`, async ({ page }) => {
    await open(page, path);
    await loadAllCharts(page, { home: false });
    expect(await axeViolations(page, "all")).toEqual([]);
  });
}

/**
 * Every lab's page, the home page's included, against the chart registry: each chart the page
 * should have is there, drawn (or saying why not), its table view holds the rows of its CSV,
 * and its embed opens it on its own. A chart added to the registry is tested here unchanged.
 */
for (const lab of pages) {
  const path = lab.path!;
  const home = path === "/";
  const embedOf = (slug: string) => (home ? `/embed/${slug}` : `/embed/${lab.id}/${slug}`);

  test(`${path}: each chart is drawn or says why, its table view holds its CSV's rows, and its embed opens it`, async ({ page, request }) => {
    await open(page, path);
    const charts = pageCharts(home);
    await expect(page.locator("figure[data-chart]")).toHaveCount(charts.length);
    const titles: string[] = [];
    for (const chart of charts) {
      const card = page.locator(`figure[data-chart="${chart.slug}"]`);
      await renderInView(card);
      const title = (await card.getByRole("heading", { level: 3 }).textContent())!;
      titles.push(title);
      if ((await card.getByTestId("chart-absent").count()) > 0) {
        // Too little data: no plot, the reason said, the numbers there are in a table.
        await expect(card.locator("svg.recharts-surface")).toHaveCount(0);
        continue;
      }
      await drawChart(card);
      await card.getByRole("button", { name: /^Download/ }).click();
      const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Data (CSV)" }).click()]);
      expect(download.suggestedFilename()).toBe(`${lab.id}-stakes-${chart.slug}-${meta.asOf}.csv`);
      const { rows } = parseCsv((await readDownload(download)).toString("utf8"));
      expect(rows.length, `${chart.slug} has rows`).toBeGreaterThan(0);
      await card.getByRole("button", { name: "Show as table" }).click();
      await expect(card.getByRole("table", { name: title, exact: true }).locator("tbody tr")).toHaveCount(rows.length);
    }
    // Each embed, by the page's own title for it; the charts across labs have none on another lab's page.
    for (const [index, chart] of charts.entries()) {
      await page.goto(embedOf(chart.slug));
      await expect(page).toHaveTitle(`${titles[index]} · Stakes`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(titles[index]);
      await expect(page.getByRole("figure", { name: titles[index], exact: true })).toBeVisible();
    }
    for (const chart of CHARTS.filter((candidate) => !charts.includes(candidate))) expect((await request.get(embedOf(chart.slug))).status()).toBe(404);
  });
}
