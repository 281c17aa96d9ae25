import type { Source } from "@/lib/schema";
import { formatPartialDate } from "@/lib/format";

/** A row's sources: a link where the source has an address, plain text where it has none (never a dead anchor). */
export function SourceLinks({ sources }: { sources: Source[] }) {
  return (
    // Links in a column, without list markup: a table of 20 rows saves a hundred elements to hydrate.
    // Each line 24 px tall, so that every link is a target of at least 24 px (WCAG 2.5.8).
    <span className="flex min-w-32 flex-col gap-1 leading-6">
      {sources.map((source) => {
        const name = `${source.publisher}${source.title ? `: ${source.title}` : ""}${source.date ? ` (${formatPartialDate(source.date)})` : ""}`;
        return source.url ? (
          <a
            key={source.id}
            href={source.url}
            title={name}
            aria-label={`Source: ${name}`}
            className="text-accent underline decoration-1 underline-offset-2 hover:decoration-2"
            rel="noopener noreferrer"
            target="_blank"
          >
            {source.publisher}
          </a>
        ) : (
          <span key={source.id} title={`${name} (no address on record)`}>
            {source.publisher}
            <span className="sr-only"> (no address on record)</span>
          </span>
        );
      })}
    </span>
  );
}
