import type { Metadata, Viewport } from "next";
import { HydrationMark } from "@/components/ui/hydration-mark";
import { THEME_SCRIPT } from "@/lib/theme";
import "./globals.css";

const title = "Stakes: who has money in OpenAI, on what terms";
const description =
  "Microsoft's and Amazon's commitments to OpenAI side by side: the money, the deal terms, the cloud spending promised back and where OpenAI's models are sold, every figure sourced.";

export const metadata: Metadata = {
  // Where the site is served, so that a shared link's preview image has a full address.
  metadataBase: new URL(process.env.STAKES_ORIGIN || "http://localhost:3000"),
  title,
  description,
  openGraph: { type: "website", siteName: "Stakes", title, description },
  twitter: { card: "summary_large_image", title, description },
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
    // The theme script sets data-theme before React hydrates: that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/*
          Without JavaScript, charts cannot draw: say where their figures are, and hide their controls.
          In Tailwind's base layer, since an !important rule there outranks unlayered ones.
        */}
        <noscript>
          <style>{"@layer base{[hidden].nojs-show{display:block!important}.nojs-hide{display:none!important}}"}</style>
        </noscript>
      </head>
      <body className="min-h-screen font-sans antialiased">
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
