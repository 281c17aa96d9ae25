"use client";

import type { WithSources } from "@/lib/sources";
import type { ColumnSpec } from "@/lib/table-columns";
import { choiceOptions, filterRows, filterTypeOf, type ColumnFilter } from "@/lib/table-filters";
import type { TableView } from "@/lib/table-view";
import { Popover } from "@/components/ui/popover";
import { ChoiceFilter } from "./choice-filter";
import { RangeFilter } from "./range-filter";

/** A column's filter: a button naming the column, and a panel that fits the column's data. */
export function ColumnFilterControl<Row extends WithSources<object>>({
  spec,
  specs,
  rows,
  view,
  onChange,
}: {
  spec: ColumnSpec<Row>;
  specs: ColumnSpec<Row>[];
  rows: Row[];
  view: TableView;
  onChange: (filter: ColumnFilter | null) => void;
}) {
  const type = filterTypeOf(spec);
  const filter = view.columns[spec.id];
  if (!type) return null;
  const chosen = filter?.type === "choice" ? filter.values.length : 0;

  return (
    <Popover
      active={filter !== undefined}
      buttonLabel={`${spec.label} filter${filter ? (chosen ? `, ${chosen} chosen` : ", on") : ""}`}
      label={
        <>
          {spec.label}
          {filter ? (
            <span aria-hidden="true" className="rounded-full bg-accent px-1.5 text-xs leading-5 text-surface">
              {chosen || "on"}
            </span>
          ) : null}
        </>
      }
    >
      {/* A function, so the panel (and its counts over every row) is worked out only while it is open. */}
      {() => type === "choice" ? (
        <ChoiceFilter
          label={spec.label}
          // Counted over the rows every other filter leaves, so each number is what ticking it would add.
          options={choiceOptions(spec, rows, filterRows(rows, specs, view, spec.id))}
          selected={filter?.type === "choice" ? filter.values : []}
          onChange={(values) => onChange(values && { type: "choice", values })}
        />
      ) : type === "range" ? (
        <RangeFilter
          type="range"
          legend={spec.kind === "usd" ? `${spec.label}, in billions of US dollars` : `${spec.label}, in ${spec.unit ?? "units"}`}
          hint={`${spec.kind === "usd" ? "Type 10 for $10B. " : ""}Both ends count. Rows with an unknown ${spec.label.toLowerCase()} are left out while a bound is set.`}
          labels={spec.kind === "usd" ? ["Min ($B)", "Max ($B)"] : ["Min", "Max"]}
          filter={filter}
          onChange={onChange}
        />
      ) : (
        <RangeFilter
          type="dates"
          legend={`${spec.label} between`}
          hint="Both ends count. A date known only to the year or month counts from its first day; undated rows are left out while a date is set."
          labels={["From", "To"]}
          filter={filter}
          onChange={onChange}
        />
      )}
    </Popover>
  );
}
