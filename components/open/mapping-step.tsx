"use client";

import { useState } from "react";
import { importFields, OPEN_TABLE_IDS, autoMapping, type Mapping, type OpenTableId } from "@/lib/open-columns";
import { TABLES } from "@/lib/tables";
import type { PartSummary } from "./protocol";

type Choice = { table: OpenTableId | null; mapping: Mapping };

/**
 * Where a file's table or columns were not recognised by name: pick the table, then for
 * each of its fields the file's column that holds it (required ones first need one).
 */
export function MappingStep({ parts, onSubmit }: { parts: PartSummary[]; onSubmit: (choices: Choice[]) => void }) {
  const [choices, setChoices] = useState<Choice[]>(() => parts.map(({ table, mapping }) => ({ table, mapping })));
  const update = (index: number, choice: Choice) => setChoices((current) => current.map((old, i) => (i === index ? choice : old)));
  const incomplete = choices.some((choice) => choice.table === null || importFields(choice.table).some((field) => field.required && choice.mapping[field.header] == null));
  return (
    <form
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(choices);
      }}
    >
      <h2 className="text-xl font-semibold">Match the columns</h2>
      {parts.map((part, index) => {
        const choice = choices[index];
        return (
          <fieldset key={part.name} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
            <legend className="px-1 font-semibold">{part.name}</legend>
            <p className="text-sm text-muted">
              {part.rows} rows; columns: {part.headers.join(", ")}
            </p>
            <label className="flex flex-col gap-1 text-sm">
              <span className="font-medium">Which table it is</span>
              <select
                className="toolbar-button w-fit"
                value={choice.table ?? ""}
                onChange={(event) => {
                  const table = (event.target.value || null) as OpenTableId | null;
                  update(index, { table, mapping: table ? autoMapping(table, part.headers) : {} });
                }}
              >
                <option value="">Choose a table</option>
                {OPEN_TABLE_IDS.map((id) => (
                  <option key={id} value={id}>
                    {TABLES[id].title}
                  </option>
                ))}
              </select>
            </label>
            {choice.table ? (
              <div className="grid gap-2 sm:grid-cols-2">
                {importFields(choice.table).map((field) => (
                  <label key={field.header} className="flex flex-col gap-1 text-sm">
                    <span>
                      {field.label} <span className="text-muted">({field.header})</span>
                      {field.required ? <span className="font-semibold"> required</span> : null}
                    </span>
                    <select
                      className="toolbar-button"
                      value={choice.mapping[field.header] ?? ""}
                      onChange={(event) => update(index, { ...choice, mapping: { ...choice.mapping, [field.header]: event.target.value === "" ? null : Number(event.target.value) } })}
                    >
                      <option value="">No column</option>
                      {part.headers.map((header, column) => (
                        <option key={column} value={column}>
                          {header}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
            ) : null}
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="toolbar-button font-semibold" disabled={incomplete}>
          Check the rows
        </button>
        {incomplete ? <p className="text-sm text-muted">Choose each file&apos;s table and a column for every required field.</p> : null}
      </div>
    </form>
  );
}
