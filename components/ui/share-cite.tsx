"use client";

import { useSyncExternalStore } from "react";
import { citation, localIsoDay } from "@/lib/citation";
import { licenceLine } from "@/lib/licence";
import { formatLongDate } from "@/lib/format";
import { CopyButton } from "./copy-button";
import { currentUrl, subscribeUrlChange } from "./url-change";

interface CiteProps {
  title: string;
  asOf: string;
}

const ignoreChanges = () => () => {};

/**
 * "Copy link" and "Cite this". The link is the address as it is now, so it carries every
 * table's filters, sort and columns. The prerendered page cannot know the address or today's
 * date; the server renders the block without them and the browser fills them in.
 */
export function ShareCite(props: CiteProps) {
  // Null while prerendering and hydrating; the address as it is, once in the browser.
  const url = useSyncExternalStore(subscribeUrlChange, currentUrl, () => null);
  const accessed = useSyncExternalStore(ignoreChanges, () => localIsoDay(new Date()), () => null);
  return <CiteBlock {...props} url={url} accessed={accessed} />;
}

function CiteBlock({ title, asOf, url, accessed }: CiteProps & { url: string | null; accessed: string | null }) {
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <CopyButton label="Copy link" done="Link copied" getText={currentUrl} shareTitle={`Stakes: ${title}`} />
      <figure className="flex flex-col gap-2">
        <figcaption className="font-semibold">Cite this</figcaption>
        <p className="rounded-md border border-line bg-sunken p-3 text-sm break-words" data-testid="citation">
          Stakes, “<cite className="not-italic">{title}</cite>”, data as of <time dateTime={asOf}>{formatLongDate(asOf)}</time>.{" "}
          {url ? (
            <a href={url} className="break-all text-accent underline underline-offset-2">
              {url}
            </a>
          ) : (
            "This page's address"
          )}{" "}
          (accessed {accessed ? <time dateTime={accessed}>{formatLongDate(accessed)}</time> : "today"}).
        </p>
        <CopyButton
          label="Copy citation"
          done="Citation copied"
          getText={() => citation({ title, asOf, url: currentUrl(), accessed: localIsoDay(new Date()) })}
        />
        <p className="text-sm text-muted" data-testid="licence">
          {licenceLine()}
        </p>
      </figure>
    </div>
  );
}
