import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { parseTheme, THEME_SCRIPT, THEME_STORAGE_KEY } from "./theme";

/** Runs the inline script against a fake localStorage and document, returning the theme it set. */
function runScript(getItem: (key: string) => string | null): { theme: string | undefined; keys: string[] } {
  const keys: string[] = [];
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      keys.push(key);
      return getItem(key);
    },
  };
  const document = { documentElement: { dataset } };
  new Function("localStorage", "document", THEME_SCRIPT)(localStorage, document);
  return { theme: dataset.theme, keys };
}

describe("parseTheme", () => {
  it("accepts light and dark", () => {
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("dark")).toBe("dark");
  });

  it.each<[unknown]>([
    ["system"],
    [""],
    ["Dark"],
    ["LIGHT"],
    [" dark"],
    ["dark "],
    ["auto"],
    [null],
    [undefined],
    [0],
    [1],
    [true],
    [{}],
    [["dark"]],
    [new String("dark")],
    [{ toString: () => "light" }],
  ])("reads %j as system", (value) => {
    expect(parseTheme(value)).toBe("system");
  });
});

describe("THEME_SCRIPT", () => {
  it("is the exact fixed text, reading the storage key", () => {
    expect(THEME_STORAGE_KEY).toBe("stakes-theme");
    expect(THEME_SCRIPT).toBe(
      'try{var t=localStorage.getItem("stakes-theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}',
    );
    expect(THEME_SCRIPT).toContain(`"${THEME_STORAGE_KEY}"`);
  });

  it("does not change between imports, so a Content-Security-Policy hash stays valid", async () => {
    const hash = (text: string) => createHash("sha256").update(text).digest("base64");
    vi.resetModules();
    const again = await import("./theme");
    expect(again.THEME_SCRIPT).toBe(THEME_SCRIPT);
    expect(hash(again.THEME_SCRIPT)).toBe(hash(THEME_SCRIPT));
    expect(THEME_SCRIPT).not.toMatch(/\$\{|Date|Math\.random|<\/script/i);
  });

  it("applies a remembered light or dark theme before the first paint", () => {
    expect(runScript(() => "dark")).toEqual({ theme: "dark", keys: ["stakes-theme"] });
    expect(runScript(() => "light")).toEqual({ theme: "light", keys: ["stakes-theme"] });
  });

  it("leaves the theme unset for system, nothing stored or anything else", () => {
    for (const stored of ["system", null, "", "Dark", "dark ", "<script>"]) expect(runScript(() => stored).theme).toBeUndefined();
  });

  it("never throws when storage is blocked", () => {
    expect(
      runScript(() => {
        throw new Error("SecurityError: storage disabled");
      }),
    ).toEqual({ theme: undefined, keys: ["stakes-theme"] });
  });
});
