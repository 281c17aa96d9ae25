/**
 * The visitor's colour theme: "system" (the default, following the operating system),
 * "light" or "dark", remembered in localStorage. The script below runs before the first
 * paint so a remembered choice never flashes the other theme; its text is fixed, so a
 * Content-Security-Policy can allow it by hash.
 */
export const THEME_STORAGE_KEY = "stakes-theme";

export type Theme = "system" | "light" | "dark";

export function parseTheme(value: unknown): Theme {
  return value === "light" || value === "dark" ? value : "system";
}

export const THEME_SCRIPT = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
