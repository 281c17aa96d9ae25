/**
 * The security headers every response carries: from next.config.ts and proxy.ts under
 * `next start`, and from serve.json (written by scripts/export.mjs) for the static export.
 *
 * Scripts: no 'unsafe-eval' anywhere, and no 'unsafe-inline' either. The App Router puts
 * each page's data in inline <script> tags whose text changes with every build, and a
 * statically prerendered page cannot carry a per-request nonce; so after each build
 * scripts/csp-hashes.mjs hashes every page's inline scripts, and the policy lists exactly
 * those. When no hashes are known the policy fails closed: no inline script may run.
 * Styles: React and recharts set inline `style` attributes, which need 'unsafe-inline'.
 */
export type Framing = "self" | "any";

/** `scriptHashes`: the page's inline scripts; `[]` allows none. There is no 'unsafe-inline' for scripts. */
export function contentSecurityPolicy({ framing, scriptHashes }: { framing: Framing; scriptHashes: string[] }): string {
  const inline = scriptHashes.map((hash) => `'${hash}'`);
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inline].join(" "),
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

/** Every header but the policy, which depends on the page (see proxy.ts). */
export function securityHeaders(options: { framing: Framing }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    ...(options.framing === "self" ? [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] : []),
  ];
}
