import { strFromU8, unzipSync } from "fflate";

/**
 * Reads an .xlsx back as a spreadsheet would show it, for the unit and end-to-end tests:
 * each sheet by its name, each cell with its type (number or text), its value and whether
 * it carries Excel's quote-prefix mark. It reads shared strings and inline strings alike and
 * knows nothing of how lib/xlsx.ts writes them; a formula cell is reported, never evaluated.
 */

export interface ReadCell {
  type: "number" | "text" | "formula" | "boolean";
  value: string | number;
  quotePrefix: boolean;
}

export interface ReadSheet {
  name: string;
  /** Cells by row, columns in order; an absent cell is null. */
  rows: (ReadCell | null)[][];
  /** The raw XML of the sheet, for checks of its markup. */
  xml: string;
}

export interface ReadWorkbook {
  parts: Record<string, string>;
  sheets: ReadSheet[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text to a string: entities, then SpreadsheetML's `_xHHHH_` escapes (`_x005F_` being a literal underscore). */
export function unescapeXml(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, name: string) =>
      name.startsWith("#x") ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The text of every `<t>` inside an element (a rich-text string has several runs). */
const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((match) => unescapeXml(match[1] ?? "")).join("");

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

export function readXlsx(bytes: Uint8Array): ReadWorkbook {
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
  const shared = [...(parts["xl/sharedStrings.xml"] ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => textOf(match[1]));
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(parts["xl/styles.xml"] ?? "")?.[1] ?? "";
  const quoted = [...xfs.matchAll(/<xf\b[^>]*>/g)].map((match) => attribute(match[0], "quotePrefix") === "1");
  const rels = Object.fromEntries([...parts["xl/_rels/workbook.xml.rels"].matchAll(/<Relationship\b[^>]*>/g)].map((match) => [attribute(match[0], "Id"), attribute(match[0], "Target")]));
  const sheets = [...parts["xl/workbook.xml"].matchAll(/<sheet\b[^>]*>/g)].map((match) => {
    const target = rels[attribute(match[0], "r:id")!]!;
    const xml = parts[target.startsWith("/") ? target.slice(1) : `xl/${target}`];
    const rows: (ReadCell | null)[][] = [];
    for (const row of xml.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>|<row\b([^>]*)\/>/g)) {
      const index = Number(attribute(row[1] ?? row[3], "r")) - 1;
      const cells: (ReadCell | null)[] = [];
      for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const tag = cell[1];
        const inner = cell[2] ?? "";
        const type = attribute(tag, "t") ?? "n";
        const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
        const quotePrefix = quoted[Number(attribute(tag, "s") ?? 0)] ?? false;
        const read: ReadCell | null = /<f[\s>]/.test(inner)
          ? { type: "formula", value: unescapeXml(/<f[^>]*>([\s\S]*?)<\/f>/.exec(inner)?.[1] ?? ""), quotePrefix }
          : type === "inlineStr"
            ? { type: "text", value: textOf(inner), quotePrefix }
            : type === "s"
              ? { type: "text", value: shared[Number(v)], quotePrefix }
              : type === "str"
                ? { type: "text", value: unescapeXml(v ?? ""), quotePrefix }
                : type === "b"
                  ? { type: "boolean", value: Number(v), quotePrefix }
                  : v === undefined
                    ? null
                    : { type: "number", value: Number(v), quotePrefix };
        cells[columnIndex(attribute(tag, "r")!)] = read;
      }
      rows[index] = Array.from(cells, (cell) => cell ?? null);
    }
    return { name: unescapeXml(attribute(match[0], "name")!), rows: Array.from(rows, (row) => row ?? []), xml };
  });
  return { parts, sheets };
}

/** A sheet's cells as plain values: numbers as numbers, text as text, an absent cell as null. */
export function sheetValues(sheet: ReadSheet): (string | number | null)[][] {
  // An absent cell at the end of a row leaves the row short: pad every row to the widest.
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  return sheet.rows.map((row) => Array.from({ length: width }, (_, index) => row[index]?.value ?? null));
}
