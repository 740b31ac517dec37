// Measures openXlsxRows on a generated 200,000-row sheet (not a test: timings vary by machine).
//   npx tsx packages/services/test/import/xlsx/measure-xlsx-throughput.ts [rows]
// The sheet is written by exceljs's streaming writer with shared strings, as Excel stores text:
// region (300 names), activity (5-digit SIC-like code as text), year, value (a decimal), a flag.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openXlsxRows } from "../../../src/import/xlsx/open-xlsx-rows.ts";

const rowCount = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), "smartspec-xlsx-measure-"));
const path = join(dir, "generated.xlsx");
try {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = writer.addWorksheet("Data");
  sheet.addRow(["region", "activity", "year", "value", "flag"]).commit();
  for (let i = 0; i < rowCount; i++) {
    sheet
      .addRow([`Region ${i % 300}`, String(10_000 + (i % 700)), 2015 + (i % 7), i * 0.25, i % 2 === 0])
      .commit();
  }
  await writer.commit();

  let peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const source = await openXlsxRows(path);
  let rows = 0;
  for await (const batch of source.rows()) {
    rows += batch.length;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  console.log(
    `${rows} rows (${mib(statSync(path).size)} MiB xlsx) in ${seconds.toFixed(2)} s: ` +
      `${Math.round(rows / seconds).toLocaleString("en-GB")} rows/s, peak RSS ${mib(peakRss)} MiB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
