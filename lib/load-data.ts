import "server-only";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { groupDigits } from "./format";
import { datasetForLab, findLab } from "./labs";
import { MAX_FILE_BYTES } from "./raw-text";
import { dataFiles, type Dataset } from "./schema";
import { DataError, validateDataset, type RawFiles } from "./validate-data";

/**
 * The data directory: `data/` in the project, or `STAKES_DATA_DIR` so that tests can run the
 * real app on fixture data.
 */
export function dataDirectory(): string {
  // Read at build time only (every page is static), so nothing here needs tracing into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.env.STAKES_DATA_DIR || path.join(process.cwd(), "data"));
}

/** Reads every data file; a file that is not valid JSON is reported by name, not as a stack trace. */
/** The largest data file read: MAX_FILE_BYTES, or STAKES_MAX_FILE_BYTES where a build sets it higher (the bench's 100,000-row data). */
function maxFileBytes(): number {
  const raised = Number(process.env.STAKES_MAX_FILE_BYTES);
  return Number.isInteger(raised) && raised > MAX_FILE_BYTES ? raised : MAX_FILE_BYTES;
}

export function readRawFiles(dir: string, dirLabel: string): RawFiles {
  const raw: RawFiles = {};
  const problems: string[] = [];
  for (const [key, spec] of Object.entries(dataFiles)) {
    const file = path.join(dir, spec.file);
    let text: string;
    try {
      // Looked at before reading: a huge file is refused, not loaded into memory.
      const bytes = statSync(file).size;
      if (bytes > maxFileBytes()) {
        problems.push(`${dirLabel}/${spec.file}: file of ${groupDigits(bytes)} bytes; at most ${groupDigits(maxFileBytes())} are allowed`);
        continue;
      }
      text = readFileSync(file, "utf8");
    } catch {
      continue; // reported as "file is missing" by validateDataset
    }
    try {
      raw[key as keyof RawFiles] = JSON.parse(text);
    } catch (error) {
      problems.push(`${dirLabel}/${spec.file}: not valid JSON (${(error as Error).message})`);
    }
  }
  if (problems.length > 0) throw new DataError(problems);
  return raw;
}

let cached: { dir: string; dataset: Dataset } | undefined;

/** Loads and validates the data set once per process; throws `DataError` on any problem. */
export function loadDataset(dir = dataDirectory()): Dataset {
  if (cached?.dir === dir) return cached.dataset;
  const relative = path.relative(process.cwd(), dir);
  const dirLabel = relative === "" || relative.startsWith("..") ? dir : relative;
  const dataset = validateDataset(readRawFiles(dir, dirLabel), dirLabel);
  cached = { dir, dataset };
  return dataset;
}

/**
 * One lab's data set (the home page's lab unless another is named): what every page,
 * CSV and JSON download reads, so that no other lab's rows reach them.
 */
export function loadLabDataset(labId?: string): Dataset {
  const dataset = loadDataset();
  return datasetForLab(dataset, findLab(dataset.labs, labId).id);
}
