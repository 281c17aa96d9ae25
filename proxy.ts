import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers";

/**
 * Sets each page's Content-Security-Policy with the hashes of that page's own inline
 * scripts (written after the build by scripts/csp-hashes.mjs), so no other inline script
 * can run. The other security headers come from next.config.ts.
 */
let hashesByRoute: Record<string, string[]> | null | undefined;

function scriptHashes(route: string): string[] | null {
  if (hashesByRoute === undefined) {
    try {
      const file = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.STAKES_DIST_DIR || ".next", "csp-hashes.json");
      hashesByRoute = JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>;
    } catch {
      console.error("csp-hashes.json is missing: run `npm run build`. Falling back to 'unsafe-inline' for scripts.");
      hashesByRoute = null;
    }
  }
  // A path with no page of its own is answered by the not-found page.
  if (!hashesByRoute) return null;
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
  // Static assets need no policy of their own.
  matcher: ["/((?!_next/static|_next/image|icon.svg).*)"],
};
