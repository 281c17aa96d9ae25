import type { Source } from "@/lib/schema";
import { formatPartialDate } from "@/lib/format";

/** A row's sources as short links: to the source itself, or to its entry below when it has no address. */
export function SourceLinks({ sources }: { sources: Source[] }) {
  return (
    // Links in a column, without list markup: a table of 20 rows saves a hundred elements to hydrate.
    <span className="flex min-w-32 flex-col gap-1">
      {sources.map((source) => {
        const name = `${source.publisher}${source.title ? `: ${source.title}` : ""}${source.date ? ` (${formatPartialDate(source.date)})` : ""}`;
        return (
          <a
            key={source.id}
            href={source.url ?? `#source-${source.id}`}
            title={name}
            aria-label={`Source: ${name}${source.url ? "" : " (no address; see the sources list)"}`}
            className="text-accent underline decoration-1 underline-offset-2 hover:decoration-2"
            {...(source.url ? { rel: "noopener noreferrer", target: "_blank" } : {})}
          >
            {source.publisher}
          </a>
        );
      })}
    </span>
  );
}
