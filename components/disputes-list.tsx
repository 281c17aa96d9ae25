import type { HomePageData } from "@/lib/page-data";
import { SourceLinks } from "./ui/source-links";

/** Each figure the sources disagree on, with both values, who says which, and what the data uses. */
export function DisputesList({ disputes }: { disputes: HomePageData["disputes"] }) {
  return (
    <ul className="grid gap-3 text-sm md:grid-cols-2">
      {disputes.map((dispute) => (
        <li key={dispute.id} id={dispute.id} className="flex scroll-mt-4 flex-col gap-2 rounded-lg border border-line bg-surface p-3">
          <p className="font-semibold">{dispute.figure}</p>
          <dl className="grid gap-2 sm:grid-cols-2">
            {dispute.values.map((value, index) => (
              <div key={index} className="flex flex-col gap-1">
                <dt className="text-xs font-semibold tracking-wide text-muted uppercase">One source says</dt>
                <dd className="flex flex-col gap-1">
                  <span>{value.value}</span>
                  <SourceLinks sources={value.sources} />
                </dd>
              </div>
            ))}
          </dl>
          <p>
            <span className="font-medium">The data uses:</span> {dispute.resolution}
          </p>
        </li>
      ))}
    </ul>
  );
}
