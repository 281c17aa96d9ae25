import { strToU8, zipSync } from "fflate";
import { FORMULA_START } from "./csv";

/**
 * A small SpreadsheetML (.xlsx, ECMA-376) writer: sheets of text and numbers, nothing else.
 * Written here rather than taken from a library: the maintained writers either pull in a
 * zip and stream stack of their own or write an unknown value as the text "null"; this one
 * rests on fflate, which the zip download already uses, and is loaded only on click.
 *
 * The rules are the CSV's: a number is a number cell; an unknown value (null) is no cell at
 * all, never 0; text is always a text cell, never a formula, and text that a spreadsheet
 * would run as a formula keeps Excel's own "quote prefix" mark, so that editing the cell
 * keeps it text too.
 */

export type CellValue = string | number | null;

export interface SheetInput {
  name: string;
  /** The first row is the header: bold, and frozen so that it stays in view. */
  rows: CellValue[][];
}

export interface WorkbookInput {
  title: string;
  /** ISO 8601 timestamp, the file's creation date. */
  created: string;
  sheets: SheetInput[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell styles, by their index in styles.xml: header and quote prefix combine. */
const STYLE = { header: 1, quotePrefix: 2, integer: 4 } as const;

/** Excel's column letters: 0 is A, 25 is Z, 26 is AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Text as SpreadsheetML holds it (ST_Xstring): markup characters escaped; characters XML
 * cannot carry (controls other than tab and line feed, lone surrogates, U+FFFE and U+FFFF)
 * and the carriage return (an XML parser turns it into a line feed) written as `_xHHHH_`;
 * and text that already looks like such an escape protected by escaping its underscore.
 */
export function xmlText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * Names Excel accepts for the given sheets, in order: at most 31 characters, none of
 * : \ / ? * [ ], no apostrophe first or last, never empty, and no two alike whatever their case.
 */
export function sheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "").slice(0, 31).trim() || "Sheet";
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function cellXml(value: CellValue, ref: string, header: boolean): string {
  if (value === null || value === "" || (typeof value === "number" && !Number.isFinite(value))) return "";
  if (typeof value === "number") return `<c r="${ref}"${Number.isInteger(value) ? ` s="${STYLE.integer}"` : ""}><v>${value}</v></c>`;
  const style = (header ? STYLE.header : 0) + (FORMULA_START.test(value) ? STYLE.quotePrefix : 0);
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ""}><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

/** Wide enough for the longest value among the first rows, within reason. */
function columnWidths(rows: CellValue[][]): number[] {
  const widths: number[] = [];
  for (const row of rows.slice(0, 200)) {
    row.forEach((value, index) => {
      const length = value === null ? 0 : typeof value === "number" ? String(value).length * 1.35 : Math.max(...value.split("\n").map((line) => line.length));
      widths[index] = Math.min(60, Math.max(widths[index] ?? 8, Math.ceil(length) + 2));
    });
  }
  return widths;
}

export function sheetXml({ rows }: SheetInput): string {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const last = `${columnLetters(columns - 1)}${Math.max(1, rows.length)}`;
  const body = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((value, c) => cellXml(value, `${columnLetters(c)}${r + 1}`, r === 0)).join("")}</row>`)
    .join("");
  const cols = columnWidths(rows)
    .map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`)
    .join("");
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${body}</sheetData>` +
    `</worksheet>`
  );
}

const STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${MAIN}">` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="5">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" quotePrefix="1"/>` +
  // Built-in format 3 is #,##0: $250B reads 250,000,000,000, not 2.5E+11 as General shows it.
  `<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

/** Every part of the package by its path: content types, relationships, workbook, styles, properties and one part per sheet. */
export function workbookParts({ title, created, sheets }: WorkbookInput): Record<string, string> {
  if (sheets.length === 0) throw new Error("A workbook needs at least one sheet");
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
      `</Types>`,
    "_rels/.rels":
      `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
      `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `</Relationships>`,
    "docProps/core.xml":
      `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${xmlText(title)}</dc:title><dc:creator>Stakes</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${xmlText(created.replace(/\.\d+Z$/, "Z"))}</dcterms:created>` +
      `</cp:coreProperties>`,
    "xl/workbook.xml":
      `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets>` +
      names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>` +
      `</Relationships>`,
    "xl/styles.xml": STYLES,
  };
  sheets.forEach((sheet, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet)));
  return parts;
}

export function buildXlsx(input: WorkbookInput): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(workbookParts(input)).map(([path, xml]) => [path, strToU8(xml)])));
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
