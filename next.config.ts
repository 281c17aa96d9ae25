import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A second build on fixture data (the e2e suite) goes to its own folder, never over `.next`.
  distDir: process.env.STAKES_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
