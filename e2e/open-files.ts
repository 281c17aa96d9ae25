import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestInfo } from "@playwright/test";

export { dealTermsCsv } from "../lib/test/deal-terms-csv";

/**
 * Files for the tests of /open, written to the test's own output folder so that they go
 * through the file picker as a person's files do.
 */
export function writeTestFile(testInfo: TestInfo, name: string, contents: string | Uint8Array): string {
  const file = path.join(testInfo.outputDir, name);
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, contents);
  return file;
}
