import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { readBuildHashes } from "@/lib/build-hashes";
import { contentSecurityPolicy } from "@/lib/security-headers";

/**
 * Sets each page's Content-Security-Policy with the hashes of that page's own inline
 * scripts (written after the build by scripts/csp-hashes.ts), so no other inline script
 * can run. The other security headers come from next.config.ts. Without hashes that fit
 * this build the policy fails closed: no inline script runs, and the page is not hydrated.
 */
let hashesByRoute: Record<string, string[]> | null | undefined;

function scriptHashes(route: string): string[] {
  if (hashesByRoute === undefined) {
    const result = readBuildHashes(path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.STAKES_DIST_DIR || ".next"));
    if (result.problem !== undefined) console.error(`CSP: ${result.problem}. No inline script may run until \`npm run build\` hashes them.`);
    hashesByRoute = result.hashes?.routes ?? null;
  }
  // A path with no page of its own is answered by the not-found page.
  if (!hashesByRoute) return [];
  return hashesByRoute[route] ?? hashesByRoute["/_not-found"] ?? [];
}

export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  // The development server evaluates code on the fly; its pages get no policy.
  if (process.env.NODE_ENV !== "production") return response;
  const route = request.nextUrl.pathname.replace(/\/+$/, "") || "/";
  const framing = route.startsWith("/embed/") ? "any" : "self";
  response.headers.set("Content-Security-Policy", contentSecurityPolicy({ framing, scriptHashes: scriptHashes(route) }));
  return response;
}

export const config = {
  // Static assets run no scripts: scripts/serve.mjs gives them a policy that allows none.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
