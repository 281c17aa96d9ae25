import { groupDigits } from "./format";

/**
 * What a file a reader opens on `/open` is, read from its bytes alone (never its name or
 * type, which any file can claim): a zip, or text in an encoding we can decode with
 * certainty, or a clear refusal naming what and where. Pure: the worker and the tests use it.
 */

/** The largest file opened: 100,000 rows of deal terms are about 10 MB. Larger is refused before it is read. */
export const MAX_OPEN_BYTES = 32 * 1024 * 1024;

export type Sniffed = { kind: "zip" } | { kind: "text"; text: string; encoding: string } | { kind: "refused"; message: string };

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/** A refusal for a file that is too large, by its size alone, before a byte is read. */
export function sizeProblem(name: string, bytes: number): string | null {
  if (bytes === 0) return `${name} is empty.`;
  if (bytes <= MAX_OPEN_BYTES) return null;
  return `${name} is ${groupDigits(Math.round(bytes / 1024 / 1024))} MB; files of at most ${groupDigits(MAX_OPEN_BYTES / 1024 / 1024)} MB can be opened here. Split it, or open fewer rows.`;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** Formats that are certainly not a CSV, by their first bytes, named so the reader knows what to do. */
const KNOWN_BINARY: [magic: number[], what: string][] = [
  [[0x25, 0x50, 0x44, 0x46], "a PDF"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x1f, 0x8b], "a gzip file"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Excel (.xls) or Office file"],
];

/**
 * The offset of the first byte that is not valid UTF-8 (a stray Latin-1 "é" is 0xE9), or -1.
 * Overlong forms and surrogates count as invalid, as the WHATWG decoder counts them.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1];
    // The second byte's range narrows for E0 (no overlongs), ED (no surrogates), F0 and F4.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** 1-based line of a byte offset, counting LF. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** A NUL or most other C0 controls in text mean a binary file (tab, LF, CR, form feed and escape aside). */
const BINARY_CONTROL_ALL = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g;

/** Decides what the file is; `name` is only for the messages. */
export function sniffFile(name: string, bytes: Uint8Array): Sniffed {
  const refused = (message: string): Sniffed => ({ kind: "refused", message });
  if (bytes.length === 0) return refused(`${name} is empty.`);
  // A local file header or, for an empty archive, the end-of-directory record.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: "zip" };
  for (const [magic, what] of KNOWN_BINARY) {
    if (startsWith(bytes, magic)) return refused(`${name} is ${what}, not a CSV or zip. Open a CSV file (comma-separated, UTF-8) or the zip this site exports.`);
  }
  let text: string;
  let encoding: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    if ((bytes.length - 2) % 2 !== 0) return refused(`${name} starts as UTF-16 text but has an odd number of bytes: it is cut short or not text.`);
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      return refused(`${name} starts as ${encoding.toUpperCase()} text but is not valid ${encoding.toUpperCase()}. Save it as "CSV UTF-8" and open it again.`);
    }
  } else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    encoding = "utf-8";
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      const offset = bad + (body === bytes ? 0 : 3);
      const nul = body.indexOf(0);
      if (nul >= 0 && nul < 8192) return refused(`${name} is binary data (a NUL byte at byte ${groupDigits(nul + 1)}), not a CSV or zip.`);
      return refused(
        `${name} is not UTF-8 text: byte ${groupDigits(offset + 1)} (line ${groupDigits(lineAt(bytes, offset))}) is ${hex(bytes[offset])}, which UTF-8 does not allow (Windows-1252 or Latin-1 text looks like this). Save it as "CSV UTF-8" and open it again.`,
      );
    }
    text = new TextDecoder("utf-8").decode(body);
  }
  // A stray control character is the row's problem, named by the checks; many of them, or a NUL, make a binary file.
  const head = text.slice(0, 65_536);
  const nul = head.indexOf("\u0000");
  const controls = head.match(BINARY_CONTROL_ALL)?.length ?? 0;
  if (nul >= 0 || controls > Math.max(8, head.length / 100)) {
    return refused(`${name} is binary data, not a CSV or zip: ${nul >= 0 ? `it holds a NUL character at character ${groupDigits(nul + 1)}` : `${groupDigits(controls)} of its first ${groupDigits(head.length)} characters are control characters`}.`);
  }
  return { kind: "text", text, encoding };
}
