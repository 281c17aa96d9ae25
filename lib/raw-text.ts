/**
 * Checks on the raw JSON of a data file before its schema sees it: sizes, and text that
 * would break a page or a download. A NUL or another control character ends up raw in the
 * CSV files (and can hide a formula from the escaping); a lone surrogate is not Unicode
 * text at all, and React's server and browser disagree over it (hydration error #418).
 * The walk uses its own stack, not recursion, so that no file, however deep or long, can
 * overflow the call stack.
 */
import { groupDigits } from "./format";

/** The largest data file read: the real files are a few KB, 10,000 generated rows about 5 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The longest text a field may hold: the longest real one is about 300 characters. */
export const MAX_TEXT_LENGTH = 10_000;

export interface RawProblem {
  /** The field path, as zod writes it: `quotes.0.text`; empty for the value itself. */
  path: string;
  message: string;
}

// C0 controls but tab and line feed, DEL and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /\p{Cs}/u;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** What is wrong with one string, or null. */
export function textProblem(text: string): string | null {
  if (text.length > MAX_TEXT_LENGTH) {
    return `text of ${groupDigits(text.length)} characters; at most ${groupDigits(MAX_TEXT_LENGTH)} are allowed`;
  }
  const control = CONTROL.exec(text);
  if (control) return `contains the control character ${codePoint(control[0])} at position ${control.index + 1}; only tab and line feed are allowed`;
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return `contains a lone surrogate ${codePoint(surrogate[0])} at position ${surrogate.index + 1}, which is not Unicode text`;
  return null;
}

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let at: Visit | null = visit; at !== null && at.key !== null; at = at.parent) keys.push(at.key);
  return keys.reverse().join(".");
}

/** Every string in a raw JSON value that `textProblem` refuses, field names included (those of an object first). */
export function textProblems(value: unknown): RawProblem[] {
  const problems: RawProblem[] = [];
  const stack: Visit[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const current = visit.value;
    if (typeof current === "string") {
      const message = textProblem(current);
      if (message !== null) problems.push({ path: pathOf(visit), message });
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) stack.push({ value: current[index], key: index, parent: visit });
    } else if (typeof current === "object" && current !== null) {
      const entries = Object.entries(current);
      for (const [key] of entries) {
        const message = textProblem(key);
        if (message !== null) problems.push({ path: pathOf({ value: null, key, parent: visit }), message: `field name ${message}` });
      }
      for (let index = entries.length - 1; index >= 0; index--) stack.push({ value: entries[index][1], key: entries[index][0], parent: visit });
    }
  }
  return problems;
}
