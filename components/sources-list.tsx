import { formatPartialDate } from "@/lib/format";
import type { Source } from "@/lib/schema";

/** Every source the data cites, with its kind (tier); a link only where there is an address. */
export function SourcesList({ sources }: { sources: Source[] }) {
  return (
    <ol className="grid list-decimal gap-2 pl-6 text-sm md:grid-cols-2 md:gap-x-8">
      {sources.map((source) => (
        <li key={source.id} id={`source-${source.id}`} className="scroll-mt-4 break-words">
          <span className="font-semibold">{source.publisher}</span>
          <span className="ml-1 rounded border border-line px-1 text-xs text-muted">{source.tier}</span>
          {source.title ? <>, &ldquo;{source.title}&rdquo;</> : null}
          {source.date ? <>, {formatPartialDate(source.date)}</> : <span className="text-muted">, undated</span>}
          {source.note ? <span className="text-muted">. {source.note}</span> : null}
          {source.url ? (
            <>
              {" "}
              <a href={source.url} rel="noopener noreferrer" target="_blank" className="text-accent underline underline-offset-2 break-all">
                {source.url.replace(/^https?:\/\//, "")}
              </a>
            </>
          ) : (
            <span className="text-muted"> (no address on record)</span>
          )}
        </li>
      ))}
    </ol>
  );
}
