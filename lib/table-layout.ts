/** A table row's height before it is measured: one line of text with a grade mark under it. */
export const ROW_HEIGHT = 57;

/** The header row's height: a 44 px target with its borders. */
const HEADER_HEIGHT = 45;

/**
 * The height a live table's scrolling box will take, as CSS, for its placeholder to hold until
 * it comes: the rows at their estimated height under the header, up to the box's limit of 85%
 * of the screen's height (beyond it the box scrolls). Rows that wrap make it taller; a long
 * table, the usual case, fills the limit either way.
 */
export function tableBoxHeight(rows: number): string {
  return `min(85svh, ${Math.max(0, rows) * ROW_HEIGHT + HEADER_HEIGHT}px)`;
}
