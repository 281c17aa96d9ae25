// The bytes a first visit to a page costs: every `<script src>` a modern browser fetches (a
// `nomodule` script, Next's polyfills for browsers without modules, is never fetched) and
// every `<link rel="stylesheet">` in its HTML, each counted once, gzipped at level 9 as a CDN
// would, and the HTML itself.
// The same measure as e2e/budgets.spec.ts, which enforces the budget; this reports it.
import { gzipSync } from "node:zlib";

export interface PageBytes {
  htmlKib: number;
  jsKib: number;
  scripts: number;
  cssKib: number;
  stylesheets: number;
}

const gzipKib = (body: Uint8Array) => gzipSync(body, { level: 9 }).length / 1024;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** One attribute of every tag matching `tag`, HTML-decoded, resolved and deduplicated. */
function urlsIn(html: string, tag: RegExp, attribute: string, base: string): string[] {
  const values = [...html.matchAll(tag)].flatMap((match) => {
    const value = new RegExp(`\\s${attribute}="([^"]+)"`).exec(match[0])?.[1];
    return value ? [value.replaceAll("&amp;", "&")] : [];
  });
  return [...new Set(values.map((value) => new URL(value, base).href))];
}

async function totalGzipKib(urls: string[]): Promise<number> {
  const sizes = await Promise.all(urls.map(async (url) => gzipKib(await fetchBytes(url))));
  return sizes.reduce((sum, size) => sum + size, 0);
}

export async function pageBytes(url: string): Promise<PageBytes> {
  const body = await fetchBytes(url);
  const html = new TextDecoder().decode(body);
  const scripts = urlsIn(html, /<script\s(?![^>]*\bnomodule\b)[^>]*>/gi, "src", url);
  const stylesheets = urlsIn(html, /<link\s[^>]*\brel="stylesheet"[^>]*>/g, "href", url);
  if (scripts.length === 0) throw new Error(`no <script src> in ${url}: not the page expected`);
  return {
    htmlKib: gzipKib(body),
    jsKib: await totalGzipKib(scripts),
    scripts: scripts.length,
    cssKib: await totalGzipKib(stylesheets),
    stylesheets: stylesheets.length,
  };
}
