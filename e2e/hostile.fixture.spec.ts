import { unzipSync } from "fflate";
import { columnValues, expect, exportFile, open, readCsvDownload, readDownload, sectionNamed, sortButton, tableNamed, test } from "./helpers";
import { TABLE_IDS, TABLES } from "../lib/tables";

// Runs against a build on e2e/fixtures/hostile: the real data with formula-like and
// markup-like text planted in it.

test("formula-looking text arrives neutralised in the downloaded CSV", async ({ page }) => {
  await open(page, "/");
  const table = tableNamed(page, "Deal terms");
  await sortButton(table, "Term").click();
  // The table draws the rows in view only: search brings the row there.
  const search = page.getByRole("searchbox", { name: "Search Deal terms" });
  await search.fill("HYPERLINK");
  const shown = await columnValues(table, "Term");
  expect(shown).toContain('=HYPERLINK("http://example.invalid","click")');
  // The file is of every row again.
  await search.fill("");
  await expect(sectionNamed(page, "Deal terms").getByText(/^122 of 122 rows$/)).toBeVisible();

  const csv = await readCsvDownload(await exportFile(page, sectionNamed(page, "Deal terms"), "CSV of this view"));
  const terms = csv.rows.map((row) => row.term);

  // Each dangerous first character gets a leading apostrophe, and the field is quoted.
  expect(terms).toContain(`'=HYPERLINK("http://example.invalid","click")`);
  expect(terms).toContain("'+SUM(1,2) and a \"quoted\" word, a comma");
  expect(terms).toContain("'-2+3");
  expect(terms).toContain("'@cmd|' /C calc'!A0");
  // Leading whitespace is trimmed when the data loads, so a tab never reaches the file first.
  expect(terms).toContain("Tab first");
  expect(csv.raw).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`);
  expect(csv.raw).toContain(`"'-2+3"`);
  // A line break inside a field stays inside its quotes; records still end CRLF.
  expect(terms).toContain("Line one\nLine two, with comma");
  expect(csv.raw).toContain('"Line one\nLine two, with comma"');
  // Quotes and commas in other columns survive a round trip.
  expect(csv.rows.map((row) => row.party)).toContain('Micro"soft, Inc.');
  // The order is the order on screen: the file holds all 122 rows, and begins with the rows the
  // table draws from its top (it draws only those in view).
  const normalise = (text: string) => text.replace(/^'/, "").replace(/\s+/g, " ");
  // (The virtual table's spacer rows have no cells.)
  const drawn = (await columnValues(table, "Term")).filter((value): value is string => typeof value === "string");
  expect(csv.rows).toHaveLength(122);
  expect(drawn.length).toBeGreaterThan(1);
  expect(csv.rows.slice(0, drawn.length).map((row) => normalise(row.term))).toEqual(drawn.map(normalise));
});

test("markup in the data is shown as text, never run", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await open(page, "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fixture: hostile text <script>alert(1)</script>");
  expect(dialog).toBe(false);
});

test("the server's CSV files neutralise formulas too", async ({ request }) => {
  const raw = await (await request.get("/api/commitments.csv")).text();
  expect(raw).toContain(`"'=1+1"`);
  expect(raw).not.toMatch(/(^|,)=1\+1/m);
});

test("the zip's CSV files neutralise formulas exactly as the server's do", async ({ page, request }) => {
  await open(page, "/");
  const download = await exportFile(page, sectionNamed(page, "Capital committed"), "Everything (.zip)");
  const files = unzipSync(new Uint8Array(await readDownload(download)));
  const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  for (const { slug } of TABLE_IDS.map((id) => TABLES[id])) {
    const name = Object.keys(files).find((file) => file.startsWith(`openai-stakes-${slug}-`))!;
    expect(decode(files[name])).toBe(await (await request.get(`/api/${slug}.csv`)).text());
  }
  expect(decode(files[Object.keys(files).find((file) => file.includes("-commitments-") && !file.includes("cloud"))!])).toContain(`"'=1+1"`);
});

test("markup in a search or a link stays text: searched for, never run", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await open(page, "/?terms.q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&terms.hide=%3Cscript%3E&channels.cloud=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  const search = sectionNamed(page, "Deal terms").getByRole("searchbox", { name: "Search Deal terms" });
  await expect(search).toHaveValue("<img src=x onerror=alert(1)>");
  await search.fill('=HYPERLINK("http://example.invalid"');
  await expect(sectionNamed(page, "Deal terms").getByText(/^1 of \d+ rows$/)).toBeVisible();
  expect(dialog).toBe(false);
});

test("a long table draws the rows in view, says how many there are, and sorts and exports every row", async ({ page }) => {
  await open(page, "/");
  const table = tableNamed(page, "Deal terms");
  // 122 rows and a header row, as a screen reader is told; fewer are in the page.
  await expect(table).toHaveAttribute("aria-rowcount", "123");
  const drawn = table.locator("tbody tr[aria-rowindex]");
  expect(await drawn.count()).toBeLessThan(122);
  await expect(drawn.first()).toHaveAttribute("aria-rowindex", "2");
  await expect(page.getByRole("button", { name: /^Show \d+ more$/ })).toHaveCount(0);

  // Sorting works over every row, not just the drawn ones: oldest first brings bulk rows from 2010.
  await sortButton(table, "Date").click();
  expect((await columnValues(table, "Date")).slice(0, 2)).toEqual(["Jan 2010", "Apr 2010"]);

  // The view's CSV holds every matching row in the sorted order, not only the drawn ones.
  const csv = await readCsvDownload(await exportFile(page, sectionNamed(page, "Deal terms"), "CSV of this view"));
  expect(csv.rows).toHaveLength(122);
  expect(csv.rows.slice(0, 2).map((row) => row.date)).toEqual(["2010-01", "2010-04"]);

  // Scrolled to its end, the table draws its last rows, the last one numbered 123.
  await page.getByRole("region", { name: "Deal terms, scrollable table" }).evaluate((region) => region.scrollTo({ top: region.scrollHeight }));
  await expect(drawn.last()).toHaveAttribute("aria-rowindex", "123");
  const last = csv.rows[121].term.replace(/^'/, "");
  await expect(table.locator("tbody tr[aria-rowindex='123']")).toContainText(last.split("\n")[0]);
});
