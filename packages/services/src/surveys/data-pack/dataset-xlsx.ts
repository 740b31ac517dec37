// The data pack's workbook: "Data" (value labels), "Codes" (codes), "Variables" (the codebook:
// name, label, type, measure, value labels with their stable values, missing codes, question
// path) and "About" (title, fieldwork, response rate and its AAPOR definition, weighting, licence
// and attribution). exceljs is loaded on first use, as explorer-xlsx.ts does, so importers of
// services that never export (the CLI) do not load it. Text cells stay text: exceljs writes strings
// as strings, never as formulas.
import type { DatasetVariable, SurveyDataset } from "@smartspec/domain";
import { datasetRows } from "./dataset-cells.ts";

/** Label/value pairs for the "About" sheet, in order. */
export type AboutRows = readonly (readonly [string, string])[];

function typeText(variable: DatasetVariable): string {
  if (variable.type === "string") return `string (${variable.width} bytes)`;
  return variable.format === "date" ? "date" : `numeric (${variable.decimals} decimals)`;
}

function valueLabelText(variable: DatasetVariable): string {
  if (variable.type === "string") return "";
  return variable.valueLabels.map((l) => `${l.code} = ${l.label} [${l.value}]`).join("; ");
}

/** The codebook rows (header first), also written as the Variables sheet. */
export function codebookRows(dataset: SurveyDataset): string[][] {
  return [
    [
      "Name",
      "Label",
      "Type",
      "Measure",
      "Value labels (code = label [stable value])",
      "Missing codes",
      "Question path",
      "Role",
    ],
    ...dataset.variables.map((v) => [
      v.name,
      v.label,
      typeText(v),
      v.measure,
      valueLabelText(v),
      v.type === "numeric" ? v.missingCodes.join(", ") : "",
      v.questionPath,
      v.role,
    ]),
  ];
}

function dateCells(
  dataset: SurveyDataset,
  rows: (string | number | null)[][],
): (string | number | Date | null)[][] {
  const dates = dataset.variables.flatMap((v, i) => (v.type === "numeric" && v.format === "date" ? [i] : []));
  return rows.map((row) =>
    row.map((cell, i) =>
      dates.includes(i) && typeof cell === "string" ? new Date(`${cell}T00:00:00Z`) : cell,
    ),
  );
}

/** The workbook bytes. */
export async function datasetXlsx(dataset: SurveyDataset, about: AboutRows): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const header = dataset.variables.map((v) => v.name);
  for (const [name, labels] of [
    ["Data", true],
    ["Codes", false],
  ] as const) {
    const sheet = book.addWorksheet(name);
    sheet.addRow(header);
    for (const row of dateCells(dataset, datasetRows(dataset, labels))) sheet.addRow(row);
    dataset.variables.forEach((v, i) => {
      if (v.type === "numeric" && v.format === "date") sheet.getColumn(i + 1).numFmt = "yyyy-mm-dd";
    });
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  const variables = book.addWorksheet("Variables");
  for (const row of codebookRows(dataset)) variables.addRow(row);
  const sheet = book.addWorksheet("About");
  for (const pair of about) sheet.addRow([...pair]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
