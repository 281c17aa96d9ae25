import type { ReactNode } from "react";

/** A titled card; the heading names the region for screen readers. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="min-w-0 scroll-mt-4 rounded-xl border border-line bg-surface p-3 sm:p-6">
      <h2 id={`${id}-title`} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {intro ? <div className="mt-1 mb-4 max-w-prose text-sm text-muted">{intro}</div> : <div className="mb-4" />}
      {children}
    </section>
  );
}
