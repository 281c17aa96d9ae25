import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestInfo } from "@playwright/test";

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

const PARTIES = ["Microsoft", "Amazon", "Google", "Nvidia", "SoftBank"];
const CATEGORIES = ["Stake", "Exclusivity", "IP rights", "Revenue share", "Compute"];
const GRADES = ["confirmed", "reported", "unconfirmed"];

/**
 * `rows` generated deal terms as the site's CSV writes them: dates spread over 2000-2027
 * (row 0 the latest, row 1 the earliest), and every 10,000th row's term holding "needle".
 */
export function dealTermsCsv(rows: number): string {
  const lines = ["date,party,category,term,confidence,sources,source_urls"];
  for (let i = 0; i < rows; i++) {
    const year = i === 0 ? 2027 : i === 1 ? 2000 : 2001 + (i % 26);
    const month = String((i % 12) + 1).padStart(2, "0");
    const term = i % 10_000 === 5 ? `Term ${i}: the needle clause` : `Term ${i} of the generated list`;
    lines.push(`${year}-${month},${PARTIES[i % 5]},${CATEGORIES[i % 5]},${term},${GRADES[i % 3]},"Generated source ${i % 7}",`);
  }
  return `${lines.join("\r\n")}\r\n`;
}
