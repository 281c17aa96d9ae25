"use client";

import { useEffect, useId, useRef, useState } from "react";
import { writeClipboard } from "./clipboard";
import { BUTTON_CLASS } from "./popover";

/**
 * Copies text, saying so on screen and to screen readers. With `shareTitle`, phones get their
 * share sheet instead (where the browser has one). If the clipboard is refused, the text shows
 * in a field (a multi-line one for text of several lines), selected, to copy by hand.
 */
export function CopyButton({
  label,
  buttonLabel,
  done,
  getText,
  shareTitle,
  quiet = false,
}: {
  label: string;
  /** The button's accessible name where the label needs more words; it must start with the label. */
  buttonLabel?: string;
  done: string;
  /** The text, or a promise of it when it is made by a module loaded on the first click. */
  getText: () => string | Promise<string>;
  shareTitle?: string;
  /** In a toolbar: success shows as a tick on the button (and is announced), not as a line of text that moves the controls. */
  quiet?: boolean;
}) {
  const id = useId();
  const [status, setStatus] = useState("");
  const [manual, setManual] = useState<string | null>(null);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    if (manual === null) return;
    field.current?.focus();
    field.current?.select();
  }, [manual]);

  useEffect(() => {
    if (status === "" || manual !== null) return;
    const timer = setTimeout(() => setStatus(""), 6000);
    return () => clearTimeout(timer);
  }, [status, manual]);

  const onClick = async () => {
    const text = getText();
    setStatus("");
    if (shareTitle && typeof text === "string" && canShareOnPhone(text)) {
      try {
        await navigator.share({ title: shareTitle, url: text });
        return;
      } catch (error) {
        // Dismissing the share sheet is a choice, not a failure; anything else falls back to copying.
        if ((error as Error).name === "AbortError") return;
      }
    }
    try {
      await writeClipboard(text);
      setManual(null);
      setStatus(done);
    } catch {
      const value = await Promise.resolve(text).catch(() => null);
      if (value === null) {
        setStatus("Copying failed: the text could not be made. Try again.");
        return;
      }
      setManual(value);
      setStatus("Copying was blocked: the text is selected below, copy it with your keyboard or menu.");
    }
  };

  const copied = status === done && manual === null;
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <button type="button" onClick={onClick} aria-label={buttonLabel} className={`${BUTTON_CLASS} ${quiet && copied ? "border-confirmed text-confirmed-ink" : ""}`}>
          {quiet && copied ? (
            <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="m3 8.5 3.2 3L13 4.5" />
            </svg>
          ) : null}
          {label}
        </button>
        <p role="status" className={quiet && (copied || status === "") ? "sr-only" : `text-sm font-medium ${manual === null ? "text-confirmed-ink" : ""}`}>
          {status}
        </p>
      </div>
      {manual !== null ? (
        <label htmlFor={id} className="flex flex-col gap-1 text-sm text-muted">
          {label.replace(/^Copy /, "The ")}
          {manual.includes("\n") ? (
            <textarea id={id} ref={field} readOnly value={manual} rows={6} wrap="off" onFocus={(event) => event.target.select()} className={`${FIELD_CLASS} font-mono text-xs`} />
          ) : (
            <input id={id} ref={field} readOnly value={manual} onFocus={(event) => event.target.select()} className={`${FIELD_CLASS} min-h-11`} />
          )}
        </label>
      ) : null}
    </div>
  );
}

const FIELD_CLASS = "w-full rounded-md border border-line bg-page px-2 text-sm text-ink focus-visible:outline-2 focus-visible:outline-accent";

/** The share sheet only where it helps: a touch screen whose browser can share this link. */
function canShareOnPhone(url: string): boolean {
  return typeof navigator.share === "function" && typeof navigator.canShare === "function" && navigator.canShare({ url }) && window.matchMedia("(pointer: coarse)").matches;
}
