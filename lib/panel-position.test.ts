import { describe, expect, it } from "vitest";
import { placePanel } from "./panel-position";

const viewport = { width: 390, height: 844 };

describe("placePanel", () => {
  it("puts the panel under its button, left edges aligned", () => {
    expect(placePanel({ left: 20, top: 100, bottom: 144 }, { width: 200, height: 300 }, viewport)).toEqual({ left: 20, top: 148, maxHeight: 844 - 144 - 4 - 8 });
  });

  it("moves a panel left so that it ends inside the right margin", () => {
    expect(placePanel({ left: 250, top: 100, bottom: 144 }, { width: 300, height: 300 }, viewport).left).toBe(390 - 8 - 300);
  });

  it("never moves it past the left margin, even when it is wider than the screen", () => {
    expect(placePanel({ left: 250, top: 100, bottom: 144 }, { width: 500, height: 300 }, viewport).left).toBe(8);
  });

  it("opens upwards near the bottom of the screen, where there is more room above", () => {
    expect(placePanel({ left: 20, top: 700, bottom: 744 }, { width: 200, height: 300 }, viewport)).toEqual({ left: 20, top: 700 - 4 - 300, maxHeight: 700 - 4 - 8 });
  });

  it("stays below when it fits there, however much room there is above", () => {
    expect(placePanel({ left: 20, top: 500, bottom: 544 }, { width: 200, height: 200 }, viewport).top).toBe(548);
  });

  it("caps its height by the room it has, so a long panel scrolls within itself", () => {
    const place = placePanel({ left: 20, top: 420, bottom: 464 }, { width: 200, height: 2000 }, viewport);
    expect(place).toEqual({ left: 20, top: 8, maxHeight: 420 - 4 - 8 });
    expect(place.top + place.maxHeight).toBe(420 - 4);
    expect(placePanel({ left: 20, top: 100, bottom: 144 }, { width: 200, height: 2000 }, viewport).maxHeight).toBe(844 - 144 - 4 - 8);
  });

  it("keeps a non-negative height when its button is scrolled off the screen", () => {
    expect(placePanel({ left: 20, top: -200, bottom: -156 }, { width: 200, height: 300 }, viewport).maxHeight).toBeGreaterThanOrEqual(0);
    expect(placePanel({ left: 20, top: 900, bottom: 944 }, { width: 200, height: 300 }, viewport).maxHeight).toBeGreaterThanOrEqual(0);
  });
});
