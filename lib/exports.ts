import "server-only";
import { csvFileName, toCsv } from "./csv";
import { loadLabDataset } from "./load-data";
import { withSources } from "./sources";
import { channelColumns, cloudCommitmentColumns, commitmentColumns, dealTermColumns, tableCsvRows } from "./table-columns";

/** The home lab's full tables as CSV, in the data's own order with every column: what `/api/*.csv` serves. */
export const csvExports = {
  commitments: () => {
    const data = loadLabDataset();
    return { asOf: data.meta.asOf, ...tableCsvRows(commitmentColumns, withSources(data.commitments, data.sources)) };
  },
  "cloud-commitments": () => {
    const data = loadLabDataset();
    return { asOf: data.meta.asOf, ...tableCsvRows(cloudCommitmentColumns, withSources(data.cloudCommitments, data.sources)) };
  },
  "deal-terms": () => {
    const data = loadLabDataset();
    return { asOf: data.meta.asOf, ...tableCsvRows(dealTermColumns, withSources(data.dealTerms, data.sources)) };
  },
  channels: () => {
    const data = loadLabDataset();
    return { asOf: data.meta.asOf, ...tableCsvRows(channelColumns, withSources(data.channels, data.sources)) };
  },
} as const;

export function csvResponse(name: keyof typeof csvExports): Response {
  const { asOf, header, rows } = csvExports[name]();
  return new Response(toCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(name, asOf)}"`,
    },
  });
}
