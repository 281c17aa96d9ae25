import { describe, expect, it } from "vitest";
import { ROW_HEIGHT, tableBoxHeight } from "./table-layout";

describe("tableBoxHeight", () => {
  it("is the rows at their estimated height under the header, up to 85% of the screen", () => {
    expect(tableBoxHeight(3)).toBe(`min(85svh, ${3 * ROW_HEIGHT + 45}px)`);
    expect(tableBoxHeight(100_000)).toBe("min(85svh, 5700045px)");
  });

  it("is the header alone for no rows, and never less", () => {
    expect(tableBoxHeight(0)).toBe("min(85svh, 45px)");
    expect(tableBoxHeight(-4)).toBe("min(85svh, 45px)");
  });
});
