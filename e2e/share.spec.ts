import { formatLongDate } from "../lib/format";
import { expect, open, openFilter, readJson, sectionNamed, test } from "./helpers";

const asOf = formatLongDate(readJson<{ asOf: string }>("data/meta.json").asOf);

test("Copy link copies the address with the view in it, and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, "/");
  const terms = sectionNamed(page, "Deal terms");
  await openFilter(terms, "Party");
  await terms.getByRole("checkbox", { name: /^Amazon/ }).check();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/terms\.party=amazon/);

  const cite = sectionNamed(page, "Share and cite");
  await cite.getByRole("button", { name: "Copy link" }).click();
  await expect(cite.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("Cite this names the title, the address with the view, the as-of date and today", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, "/?terms.sort=date.desc");
  const citation = page.getByTestId("citation");
  await expect(citation).toContainText("Stakes, “Who has money in OpenAI");
  await expect(citation).toContainText(`data as of ${asOf}.`);
  await expect(citation.getByRole("link")).toHaveText(page.url());
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  });
  // .last(): on the day the sources were searched through, the as-of date is today too.
  await expect(citation.locator(`time[datetime="${today}"]`).last()).toBeVisible();

  // The address in the citation follows the view as it changes.
  const terms = sectionNamed(page, "Deal terms");
  await terms.getByRole("searchbox", { name: "Search Deal terms" }).fill("azure");
  await expect(citation.getByRole("link")).toHaveText(/terms\.q=azure/);

  const cite = sectionNamed(page, "Share and cite");
  await cite.getByRole("button", { name: "Copy citation" }).click();
  await expect(cite.getByRole("status").filter({ hasText: "Citation copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await citation.innerText());
});

test("when the clipboard is refused, the link shows selected in a field to copy by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) } });
  });
  await open(page, "/?channels.cloud=aws");
  const cite = sectionNamed(page, "Share and cite");
  await cite.getByRole("button", { name: "Copy link" }).click();
  await expect(cite.getByRole("status").filter({ hasText: "Copying was blocked" })).toBeVisible();
  const field = cite.getByRole("textbox", { name: "The link" });
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
  expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(page.url().length);
});

test("on a phone with a share sheet, Copy link opens it with the address", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const shared: unknown[] = [];
    Object.assign(window, { shared });
    Object.assign(navigator, { share: (data: unknown) => (shared.push(data), Promise.resolve()), canShare: () => true });
  });
  await open(page, "/?terms.category=legal");
  await sectionNamed(page, "Share and cite").getByRole("button", { name: "Copy link" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared)).toEqual([expect.objectContaining({ url: page.url() })]);
  await context.close();
});
