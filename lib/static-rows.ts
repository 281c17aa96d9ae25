import { groupDigits } from "./format";

/**
 * The most rows a table's own page (for readers without JavaScript) draws as HTML. Beyond it
 * the page would weigh tens of megabytes and take minutes to build; it draws the first rows
 * and says where the rest are.
 */
export const STATIC_ROWS_MAX = 2_000;

/** The rows a table's own page draws, whether some were left out, and the line that says which. */
export function staticRows<Row>(rows: readonly Row[], max: number = STATIC_ROWS_MAX): { drawn: Row[]; cut: boolean; caption: string } {
  const drawn = rows.slice(0, max);
  const cut = rows.length > drawn.length;
  const caption = cut
    ? `The first ${groupDigits(drawn.length)} of ${groupDigits(rows.length)} rows, in the data's order`
    : `${groupDigits(rows.length)} ${rows.length === 1 ? "row" : "rows"}, in the data's order`;
  return { drawn, cut, caption };
}
