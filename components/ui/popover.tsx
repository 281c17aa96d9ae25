"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { placePanel } from "@/lib/panel-position";

/** Whether the browser has popovers (the top layer); read only once a panel opens, in the browser. */
const TOP_LAYER = typeof HTMLElement !== "undefined" && typeof HTMLElement.prototype.showPopover === "function";

export const BUTTON_CLASS =
  "inline-flex min-h-11 items-center gap-1.5 rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-sunken focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

/**
 * A disclosure: a button that shows a panel right after it, so Tab walks from the button into
 * the panel. Escape closes it and puts focus back on the button; a click outside closes it too
 * (focus goes where the click put it, or back to the button where it put it nowhere), and so
 * does focus moving elsewhere. The panel never leaves the viewport, even from a phone's right edge.
 */
export function Popover({
  label,
  buttonLabel,
  active = false,
  children,
}: {
  /** The button's visible content. */
  label: ReactNode;
  /** The button's accessible name where the visible content needs more words; it must start with the visible text. */
  buttonLabel?: string;
  /** Highlights the button when its panel holds a setting that is in force. */
  active?: boolean;
  children: ReactNode | ((close: () => void) => ReactNode);
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonId = `${panelId}-button`;
  const root = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (root.current?.contains(event.target as Node)) return;
      setOpen(false);
      // Focus was in the menu and the click lands on something that takes none, which drops
      // focus to the page body: it goes back to the button instead, once the click has moved it.
      if (!root.current?.contains(document.activeElement)) return;
      setTimeout(() => {
        if (document.activeElement === document.body || document.activeElement === null) document.getElementById(buttonId)?.focus({ preventScroll: true });
      });
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open, buttonId]);

  // The panel sits in the top layer (the popover attribute), so no card's paint containment
  // (content-visibility) or scrolling region clips it; it is placed by the button, measured
  // after layout and before paint, and follows it as the page scrolls. Where the browser has
  // no popovers it hangs under the button as before, shifted back inside the viewport.
  useLayoutEffect(() => {
    const element = panel.current;
    const button = document.getElementById(buttonId);
    if (!open || !element || !button) return;
    if (!TOP_LAYER) {
      const { left, right } = element.getBoundingClientRect();
      const limit = document.documentElement.clientWidth - 8;
      const shift = right > limit ? Math.max(limit - right, 8 - left) : left < 8 ? 8 - left : 0;
      element.style.translate = shift ? `${shift}px 0` : "";
      return;
    }
    if (!element.matches(":popover-open")) element.showPopover();
    const place = (event?: Event) => {
      // The panel's own scrolling moves nothing; its full height is its content's, even while capped.
      if (event?.target instanceof Node && element.contains(event.target)) return;
      const height = element.scrollHeight + element.offsetHeight - element.clientHeight;
      const { left, top, maxHeight } = placePanel(button.getBoundingClientRect(), { width: element.offsetWidth, height }, { width: document.documentElement.clientWidth, height: window.innerHeight });
      Object.assign(element.style, { left: `${left}px`, top: `${top}px`, maxHeight: `${maxHeight}px` });
    };
    place();
    window.addEventListener("scroll", place, { capture: true, passive: true });
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, { capture: true });
      window.removeEventListener("resize", place);
    };
  }, [open, buttonId]);

  // By id rather than by ref: `close` is handed to the panel's render function.
  const close = () => {
    setOpen(false);
    document.getElementById(buttonId)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      close();
    }
  };

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Focus went to another control outside: close. (A click on the panel's padding moves focus nowhere.)
        if (event.relatedTarget && !root.current?.contains(event.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button
        id={buttonId}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={buttonLabel}
        onClick={() => setOpen((value) => !value)}
        className={`${BUTTON_CLASS} ${active ? "border-accent text-accent" : ""}`}
      >
        {label}
        <svg aria-hidden="true" viewBox="0 0 12 12" className={`h-3 w-3 transition-transform ${open ? "rotate-180" : ""}`} fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="m2.5 4.5 3.5 3.5 3.5-3.5" />
        </svg>
      </button>
      {open ? (
        <div
          ref={panel}
          id={panelId}
          popover={TOP_LAYER ? "manual" : undefined}
          className={`${TOP_LAYER ? "fixed inset-auto m-0 overflow-y-auto overscroll-contain" : "absolute top-full left-0 z-30 mt-1"} w-max max-w-[calc(100vw-1rem)] min-w-48 rounded-lg border border-line bg-surface p-3 text-sm text-ink shadow-lg sm:max-w-sm`}
        >
          {typeof children === "function" ? children(close) : children}
        </div>
      ) : null}
    </div>
  );
}
