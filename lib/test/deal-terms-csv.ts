/** Generated deal terms as a CSV, for the tests and the bench of /open. */

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
