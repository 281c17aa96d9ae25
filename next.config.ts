import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

// `npm run export` writes a static site to out/ for any static host or CDN. Such hosts
// set their own headers (see serve.json), so Next's are only configured for `next start`.
const staticExport = process.env.STAKES_EXPORT === "1";

const nextConfig: NextConfig = {
  // A second build on fixture data (the e2e suite) goes to its own folder, never over `.next`.
  // In a static export this folder is the site itself.
  distDir: process.env.STAKES_DIST_DIR || (staticExport ? "out" : ".next"),
  poweredByHeader: false,
  // `npm test` type-checks once (`npm run typecheck`) before the end-to-end suite builds the
  // site three times; those builds skip the same check rather than repeat it.
  typescript: { ignoreBuildErrors: process.env.STAKES_SKIP_TYPECHECK === "1" },
  reactStrictMode: true,
  ...(staticExport
    ? { output: "export" as const }
    : {
        // `npm start` (scripts/serve.mjs) compresses each distinct body once; Next would
        // gzip every response anew, which under load costs more than the rest of the work.
        compress: false,
        async headers() {
          return [
            { source: "/embed/:path*", headers: securityHeaders({ framing: "any" }) },
            { source: "/((?!embed/).*)", headers: securityHeaders({ framing: "self" }) },
          ];
        },
      }),
};

export default nextConfig;
