import { describe, expect, it } from "vitest";
import { chartCellText, chartCsv, chartTable, PERCENT, type ChartColumn } from "./chart-table";
import type { ColumnSpec } from "./table-columns";

interface Row {
  name: string;
  amount: number | null;
}

const columns: ColumnSpec<Row>[] = [
  { id: "name", label: "Name", csvHeader: "name", description: "A name", kind: "text", value: (row) => row.name },
  { id: "amount", label: "Amount", csvHeader: "amount_usd", description: "Dollars", kind: "usd", unit: "USD", value: (row) => row.amount, unknown: "none yet" },
];

const column = (fields: Partial<ChartColumn>): ChartColumn => ({ id: "c", label: "C", csvHeader: "c", description: "", kind: "text", ...fields });

describe("chartTable", () => {
  it("keeps the columns' plain parts and each row's values in column order", () => {
    const table = chartTable(columns, [
      { name: "a", amount: 1 },
      { name: "b", amount: null },
    ]);
    expect(table).toEqual({
      columns: [
        { id: "name", label: "Name", csvHeader: "name", description: "A name", kind: "text" },
        { id: "amount", label: "Amount", csvHeader: "amount_usd", description: "Dollars", kind: "usd", unit: "USD", unknown: "none yet" },
      ],
      rows: [
        ["a", 1],
        ["b", null],
      ],
    });
    // Plain data only: nothing that cannot cross into the browser.
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    expect(chartCsv(table)).toEqual({ header: ["name", "amount_usd"], rows: table.rows });
  });
});

describe("chartCellText", () => {
  it("reads by kind and unit, never by the column's name", () => {
    expect(chartCellText(column({ kind: "usd", csvHeader: "x" }), 2e9)).toBe("$2,000,000,000");
    expect(chartCellText(column({ kind: "number", csvHeader: "amount_usd" }), 2e9)).toBe("2000000000");
    expect(chartCellText(column({ kind: "number", unit: PERCENT }), 29)).toBe("29%");
    expect(chartCellText(column({ kind: "date" }), "2023-01")).toBe("Jan 2023");
    expect(chartCellText(column({ kind: "text" }), "2023-01")).toBe("2023-01");
  });

  it("reads an empty cell as unknown: undisclosed money, n/a otherwise, or the column's own word", () => {
    expect(chartCellText(column({ kind: "usd" }), null)).toBe("undisclosed");
    expect(chartCellText(column({ kind: "date" }), null)).toBe("n/a");
    expect(chartCellText(column({ kind: "usd", unknown: "none yet" }), null)).toBe("none yet");
    expect(chartCellText(column({ kind: "number" }), 0)).toBe("0");
  });
});
