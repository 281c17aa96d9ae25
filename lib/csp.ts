import { createHash } from "node:crypto";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

/**
 * The hashes that let a Content-Security-Policy allow a static page's own inline scripts
 * and nothing else. Pure, so the build steps that use it are tested here.
 */

/** `sha256-…` of each distinct non-empty inline <script> in a page, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1].length > 0) hashes.add(`sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** The URL path an HTML file is served at: `index.html` -> `/`, `embed/x.html` -> `/embed/x`. */
export function routeOfHtmlFile(relativePath: string): string {
  const route = `/${relativePath.replace(/\\/g, "/").replace(/\.html$/, "").replace(/(^|\/)index$/, "")}`;
  return route === "/" ? route : route.replace(/\/+$/, "");
}

/** Embeds may be framed by any site; everything else only by its own origin. */
export function framingOf(route: string): "any" | "self" {
  return route.startsWith("/embed/") ? "any" : "self";
}

interface ServeHeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/**
 * serve.json for the static export: every file gets the common headers, and each HTML
 * file its own policy with its own script hashes. (`serve` matches `source` against the
 * file's path, so each page is named exactly.)
 */
export function serveConfig(hashesByFile: Record<string, string[]>): { cleanUrls: boolean; headers: ServeHeaderRule[] } {
  const pages = Object.entries(hashesByFile).sort(([a], [b]) => a.localeCompare(b));
  return {
    cleanUrls: true,
    headers: [
      // Files that are not pages run no scripts: a policy with no inline script at all.
      {
        source: "**",
        headers: [...securityHeaders({ framing: "any" }), { key: "Content-Security-Policy", value: contentSecurityPolicy({ framing: "self", scriptHashes: [] }) }],
      },
      ...pages.map(([file, scriptHashes]) => {
        const framing = framingOf(routeOfHtmlFile(file));
        return {
          source: file,
          headers: [
            { key: "Content-Security-Policy", value: contentSecurityPolicy({ framing, scriptHashes }) },
            ...(framing === "self" ? [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] : []),
          ],
        };
      }),
    ],
  };
}
