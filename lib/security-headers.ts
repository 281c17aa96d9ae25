/**
 * The security headers every response carries, shared by `next start` (next.config.ts)
 * and the static export's server config (serve.json, written by scripts/export.mjs).
 *
 * Scripts: no 'unsafe-eval' anywhere. Inline scripts are allowed by hash where the build
 * knows them (scripts/csp-hashes.mjs); the App Router streams its page data in inline
 * <script> tags whose text changes with every build, and a static page cannot carry a
 * per-request nonce, so without those hashes 'unsafe-inline' is the fallback.
 * Styles: React and recharts set inline `style` attributes, which need 'unsafe-inline'.
 */
export type Framing = "self" | "any";

export function contentSecurityPolicy({ framing, scriptHashes = [] }: { framing: Framing; scriptHashes?: string[] }): string {
  const scripts = scriptHashes.length > 0 ? scriptHashes.map((hash) => `'${hash}'`).join(" ") : "'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Embeds may sit in any site's iframe; every other page only in our own.
    `frame-ancestors ${framing === "any" ? "*" : "'self'"}`,
  ].join("; ");
}

export function securityHeaders(options: { framing: Framing; scriptHashes?: string[] }): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    ...(options.framing === "self" ? [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] : []),
  ];
}
