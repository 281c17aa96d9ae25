import { unzipSync, type UnzipFileInfo } from "fflate";
import { groupDigits } from "./format";
import { MAX_OPEN_BYTES } from "./open-file";

/**
 * The files of a zip a reader opens, read with limits that hold whatever the archive claims:
 * only `.csv` and `.json` entries are inflated, each and all together at most
 * `MAX_OPEN_BYTES` as the archive declares them, and fflate inflates into a buffer of the
 * declared size, so an entry that lies about its size cannot grow past it (a zip bomb stops
 * at the limit). Pure.
 */

/** More entries than the site's zip could ever hold (a table each, metadata and a README). */
export const MAX_ZIP_ENTRIES = 64;

export type ZipRead = { files: Record<string, Uint8Array>; skipped: string[] } | { problem: string };

const WANTED = /\.(csv|json)$/i;

export function readZip(name: string, bytes: Uint8Array): ZipRead {
  let entries = 0;
  let total = 0;
  let problem: string | null = null;
  const skipped: string[] = [];
  const filter = (file: UnzipFileInfo) => {
    entries++;
    if (problem !== null) return false;
    if (entries > MAX_ZIP_ENTRIES) {
      problem = `${name} holds more than ${MAX_ZIP_ENTRIES} files; the zip this site exports holds a few.`;
      return false;
    }
    if (file.name.endsWith("/")) return false;
    if (!WANTED.test(file.name)) {
      skipped.push(file.name);
      return false;
    }
    if (file.originalSize > MAX_OPEN_BYTES || total + file.originalSize > MAX_OPEN_BYTES) {
      problem = `${name}: ${file.name} would unpack to ${groupDigits(file.originalSize)} bytes; at most ${groupDigits(MAX_OPEN_BYTES)} bytes in all are unpacked (a zip this large is refused, not opened).`;
      return false;
    }
    total += file.originalSize;
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter });
  } catch (error) {
    return { problem: `${name} is not a readable zip (${(error as Error).message}).` };
  }
  if (problem !== null) return { problem };
  if (name.toLowerCase().endsWith(".xlsx") || skipped.includes("[Content_Types].xml")) {
    return { problem: `${name} is an Excel workbook, not a CSV or the site's zip. Save each sheet as "CSV UTF-8" and open that.` };
  }
  return { files, skipped };
}
