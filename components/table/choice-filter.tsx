"use client";

import type { ChoiceOption } from "@/lib/table-filters";

/** Checkboxes for a column with few distinct values; each shows how many rows the other filters leave it. */
export function ChoiceFilter({
  label,
  options,
  selected,
  onChange,
}: {
  label: string;
  options: ChoiceOption[];
  selected: string[];
  onChange: (values: string[] | null) => void;
}) {
  const toggle = (key: string, checked: boolean) => {
    const next = checked ? [...selected, key] : selected.filter((value) => value !== key);
    // Keep the data's order in the URL, whatever order the boxes were ticked in.
    const ordered = options.map((option) => option.key).filter((value) => next.includes(value));
    onChange(ordered.length > 0 ? ordered : null);
  };

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-semibold">Show rows whose {label.toLowerCase()} is</legend>
      <ul className="flex max-h-[60vh] flex-col overflow-y-auto">
        {options.map((option) => (
          <li key={option.key}>
            <label className="flex min-h-9 cursor-pointer items-center gap-2 rounded px-1 hover:bg-sunken">
              <input
                type="checkbox"
                checked={selected.includes(option.key)}
                onChange={(event) => toggle(option.key, event.target.checked)}
                className="h-4 w-4 shrink-0 accent-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
              />
              <span className="min-w-0 flex-1">{option.label}</span>
              <span aria-hidden="true" className="text-muted tabular-nums">
                {option.count}
              </span>
              <span className="sr-only">({option.count === 1 ? "1 row" : `${option.count} rows`})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
