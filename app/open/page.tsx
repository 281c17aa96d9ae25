import type { Metadata } from "next";
import Link from "next/link";
import { OpenDeals } from "@/components/open/open-deals";
import { ThemeToggle } from "@/components/ui/theme-toggle";

export const metadata: Metadata = {
  title: "Stakes: open your own deals",
  description: "Open a CSV of deals, or the zip Stakes exports, in your browser: every row checked by the same rules as Stakes' own data, shown in the same tables. Nothing is uploaded.",
};

export default function OpenPage() {
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-6 px-3 py-6 sm:px-6">
      <header className="flex flex-col gap-3">
        <div className="flex items-center justify-between gap-4">
          <Link href="/" prefetch={false} className="text-sm font-semibold tracking-widest text-accent uppercase">
            Stakes
          </Link>
          <ThemeToggle />
        </div>
        <h1 className="text-3xl font-bold tracking-tight">Open your own deals</h1>
        <p className="max-w-prose">
          Open a CSV of capital committed, cloud spending committed back, deal terms or distribution channels (with this site&apos;s columns, or
          your own, matched in the next step), or the &ldquo;Everything (.zip)&rdquo; download. Every row is checked by the rules this
          site&apos;s own data passes; problems are listed by row and column, and the valid rows fill the same tables, with the same search,
          filters, sort and downloads.
        </p>
        <p className="max-w-prose rounded-md border border-line bg-surface px-3 py-2 text-sm">
          <span className="font-semibold">Your file stays on this machine.</span> It is read in this browser tab, by a worker, and never
          uploaded: this page sends no request with it, and its Content-Security-Policy lets it connect to this site only
          (<code>connect-src &apos;self&apos;</code>).
        </p>
      </header>
      <OpenDeals />
    </main>
  );
}
