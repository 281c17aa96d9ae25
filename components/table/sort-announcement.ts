import type { SortingState } from "@tanstack/react-table";

/** What a screen reader hears after a sort: "Sorted by Amount, ascending, then Date, descending." */
export function sortAnnouncement(sorting: SortingState, labelOf: (id: string) => string): string {
  if (sorting.length === 0) return "";
  const parts = sorting.map((sort) => `${labelOf(sort.id)}, ${sort.desc ? "descending" : "ascending"}`);
  return `Sorted by ${parts.join(", then ")}.`;
}
