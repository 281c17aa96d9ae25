import type { Metadata, Viewport } from "next";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import "./globals.css";

export const metadata: Metadata = {
  title: "Stakes: who has money in OpenAI, on what terms",
  description:
    "Microsoft's and Amazon's commitments to OpenAI side by side: the money, the deal terms, the cloud spending promised back and where OpenAI's models are sold, every figure sourced.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f7f9" },
    { media: "(prefers-color-scheme: dark)", color: "#0d1117" },
  ],
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        {/* Tables keep their view (search, filters, sort, columns) in the URL through nuqs. */}
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
