import { framingOf } from "./csp";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

/**
 * What `npm start` (scripts/serve.mjs) checks before Next sees a request. Next answers
 * some malformed requests with 500 and no security headers (a path with bad percent-
 * encoding such as `/embed/%ff`: vercel/next.js#92527; a request-target of `*`; TRACE), so
 * those are answered here: 400 for a target that is not a path or does not decode, 405 for
 * any method but GET and HEAD (the site has nothing to post to). Every response, Next's
 * included, starts from `baseHeaders`; Next and proxy.ts then set each page's own policy.
 */
export const ALLOWED_METHODS = ["GET", "HEAD"];

export interface Refusal {
  status: 400 | 405;
  headers: [string, string][];
  body: string;
}

/** The path of a request-target: origin-form (`/a?b`), or absolute-form, which HTTP/1.1 servers must accept. */
function targetPath(target: string): string | null {
  if (target.startsWith("/")) return target.replace(/[?#].*$/s, "");
  if (!/^https?:\/\//i.test(target)) return null;
  try {
    return new URL(target).pathname;
  } catch {
    return null;
  }
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The headers every response carries, for a request to `path` (a page then gets its own policy). */
export function baseHeaders(path: string): [string, string][] {
  const framing = framingOf(path);
  return [
    ...securityHeaders({ framing }).map(({ key, value }): [string, string] => [key, value]),
    ["Content-Security-Policy", contentSecurityPolicy({ framing, scriptHashes: [] })],
  ];
}

/** The answer to a request Next must not see, or null to hand it on. */
export function refusal(method: string | undefined, target: string | undefined): Refusal | null {
  const path = target === undefined ? null : targetPath(target);
  const headers = baseHeaders(path !== null && decodes(path) ? path : "/");
  const text: [string, string] = ["Content-Type", "text/plain; charset=utf-8"];
  if (method === undefined || !ALLOWED_METHODS.includes(method)) {
    return { status: 405, headers: [...headers, text, ["Allow", ALLOWED_METHODS.join(", ")]], body: "Method Not Allowed\n" };
  }
  if (path === null || !decodes(path)) return { status: 400, headers: [...headers, text], body: "Bad Request\n" };
  return null;
}
