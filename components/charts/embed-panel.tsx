"use client";

import { useId } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { embedCode } from "@/lib/embed";

/** The chart's `<iframe>` code, to read, select or copy; with the scenario shown, where it has one. */
export default function EmbedPanel({ id, title, path, scenario }: { id: string; title: string; path: string; scenario: Parameters<typeof embedCode>[0]["scenario"] }) {
  const fieldId = useId();
  const code = embedCode({ origin: window.location.origin, path, title, scenario });
  return (
    <div id={id} className="nojs-hide flex flex-col gap-2 rounded-lg border border-line bg-sunken/50 p-3 text-sm">
      <label htmlFor={fieldId} className="font-medium">
        Embed code for this chart
      </label>
      <textarea
        id={fieldId}
        readOnly
        rows={3}
        value={code}
        onFocus={(event) => event.target.select()}
        className="w-full rounded-md border border-line bg-page p-2 font-mono text-xs text-ink focus-visible:outline-2 focus-visible:outline-accent"
      />
      <CopyButton label="Copy embed code" done="Embed code copied" getText={() => code} />
    </div>
  );
}
