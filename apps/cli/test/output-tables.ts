// Test helper: reads the CSV tables the CLI writes (simple fields, no quoting needed here).
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Table {
  readonly header: string[];
  readonly rows: string[][];
}

export function readTable(dir: string, name: string): Table {
  const lines = readFileSync(join(dir, name), "utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  const [header, ...rows] = lines.map((line) => line.split(","));
  return { header: header!, rows };
}

/** Fields that are not numbers written in shortest round-trip form ("" = NaN is allowed). */
export function badNumbers(table: Table, columns: readonly string[]): string[] {
  const problems: string[] = [];
  const indexes = columns.map((c) => table.header.indexOf(c));
  for (const row of table.rows) {
    for (const i of indexes) {
      const text = row[i]!;
      if (text !== "" && String(Number(text)) !== text) problems.push(`${table.header[i]}=${text}`);
      if (problems.length > 5) return problems;
    }
  }
  return problems;
}

/** The rows as objects keyed by header name. */
export function records(table: Table): Record<string, string>[] {
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i]!])));
}
