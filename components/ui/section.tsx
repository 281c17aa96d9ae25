import type { ReactNode } from "react";

/**
 * A titled card; the heading names the region for screen readers. `deferred` cards (those
 * below the fold) skip layout and paint until they near the viewport.
 */
export function Section({ id, title, intro, deferred = false, children }: { id: string; title: string; intro?: ReactNode; deferred?: boolean; children: ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className={`min-w-0 scroll-mt-4 rounded-xl border border-line bg-surface p-3 sm:p-6 ${deferred ? "deferred-render" : ""}`}
    >
      <h2 id={`${id}-title`} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {intro ? <div className="mt-1 mb-4 max-w-prose text-sm text-muted">{intro}</div> : <div className="mb-4" />}
      {children}
    </section>
  );
}
