import { expect, open, renderInView, sectionNamed, tabTo, test } from "./helpers";

for (const width of [390, 1440]) {
  test(`at ${width} px a wide table says it scrolls and keeps its first column and header in view; column meanings open by keyboard`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await open(page, "/");
    const capital = sectionNamed(page, "Capital committed");
    const region = capital.getByRole("region", { name: "Capital committed, scrollable table" });
    await renderInView(region);
    // Capital committed is wider than the page at both widths (14 columns); the cue says so.
    await expect(capital.getByText(/Wider than the screen: scroll the table sideways/)).toBeVisible();

    const offsets = await region.evaluate(async (element) => {
      element.scrollLeft = 200;
      element.scrollTop = 300;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const box = element.getBoundingClientRect();
      const firstCell = element.querySelector("tbody tr:nth-child(4) td")!.getBoundingClientRect();
      const secondHeading = element.querySelectorAll("thead th")[1].getBoundingClientRect();
      return { scrolledLeft: element.scrollLeft, scrolledTop: element.scrollTop, cellLeft: firstCell.left - box.left, headingTop: secondHeading.top - box.top };
    });
    expect(offsets.scrolledLeft).toBe(200);
    expect(offsets.scrolledTop).toBe(300);
    // Scrolled 200 px sideways and 300 px down, the first column and the header row have not moved (the border is 1 px).
    expect(Math.round(offsets.cellLeft)).toBe(1);
    expect(Math.round(offsets.headingTop)).toBe(1);

    // A table that fits says nothing about scrolling.
    const backers = sectionNamed(page, "Backers across labs");
    await renderInView(backers);
    if (width === 1440) await expect(backers.getByText(/Wider than the screen/)).toHaveCount(0);

    // Column meanings: Tab to the disclosure, Enter, and read them.
    const notes = capital.getByText("What the columns mean", { exact: true });
    await tabTo(page, notes);
    await page.keyboard.press("Enter");
    await expect(capital.getByRole("definition").filter({ hasText: "Amount in US dollars, nominal; empty where undisclosed (USD, nominal)" })).toBeVisible();
    await expect(capital.getByRole("term").filter({ hasText: "Counted" })).toBeVisible();
  });
}
