// writeDataPack: every file of a survey's data pack, as name -> bytes, for the server to stream
// (one by one or as a zip, zipDataPack) and the CLI to write:
//   <base>-codes.csv    codes (what the R script reads)          <base>.xlsx   Data, Codes, Variables, About
//   <base>-labels.csv   value labels in place of codes            <base>.sav    SPSS system file
//   <base>-estimates.R  reproduces every estimate with R survey   README.txt    what each file is
//   <base>-report-estimates.csv  the report's estimates, which the R script checks its own against
//                                (when the caller gives them)
import type {
  AaporRateName,
  DatasetDesignSpec,
  DatasetEstimateSpec,
  EstimateRow,
  SurveyDataset,
} from "@smartspec/domain";
import { aaporDefinitions, weightingText } from "./about-texts.ts";
import { datasetCsv } from "./dataset-csv.ts";
import { type AboutRows, datasetXlsx } from "./dataset-xlsx.ts";
import { estimatesCsv } from "./estimates-csv.ts";
import { dataPackRScript } from "./r-script.ts";
import { datasetSav } from "./sav-writer.ts";
import { zipFiles } from "./zip-files.ts";

export interface DataPackInput {
  readonly dataset: SurveyDataset;
  readonly design: DatasetDesignSpec;
  /** The estimates the report shows; the R script reproduces them. */
  readonly estimates: readonly DatasetEstimateSpec[];
  /** File names start with this (default "survey-data"); letters, digits, `-` and `_` only. */
  readonly baseName?: string;
  /** First and last day of fieldwork (YYYY-MM-DD). */
  readonly fieldwork?: { readonly start: string; readonly end: string };
  /** The response rate to state, with e and its basis for RR3/RR4. */
  readonly responseRate?: {
    readonly rate: AaporRateName;
    readonly value: number;
    readonly e?: number;
    readonly eBasis?: string;
  };
  /** The weighting in plain words; the sentence derived from `design` then follows as "Design in R". */
  readonly weighting?: string;
  /** More About rows after the weighting (its base, problems, the population it is calibrated to). */
  readonly weightingNotes?: readonly (readonly [label: string, text: string])[];
  /** The column of final weights: the R script checks its design's weights against it. */
  readonly weightVariable?: string;
  /** The report's values of `estimates`: written to the pack, and the R script checks its own against them. */
  readonly reportEstimates?: readonly EstimateRow[];
  readonly licence?: string;
  readonly attribution?: string;
  /** Excel-friendly CSVs start with a UTF-8 byte-order mark (default true). */
  readonly bom?: boolean;
  /** Creation time written into the files (the server passes its clock). */
  readonly created: Date;
}

export interface DataPackFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

const baseNamePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function aboutRows(input: DataPackInput, files: readonly string[]): [string, string][] {
  const rows: [string, string][] = [["Survey", input.dataset.title]];
  if (input.fieldwork) rows.push(["Fieldwork", `${input.fieldwork.start} to ${input.fieldwork.end}`]);
  rows.push(["Responses", String(input.dataset.rows)]);
  const rate = input.responseRate;
  if (rate) {
    rows.push([`Response rate (AAPOR ${rate.rate})`, `${(rate.value * 100).toFixed(1)}%`]);
    rows.push(["Definition", aaporDefinitions[rate.rate]]);
    if (rate.e !== undefined)
      rows.push(["Eligibility estimate e", `${rate.e}${rate.eBasis ? ` (${rate.eBasis})` : ""}`]);
  }
  if (input.weighting === undefined) rows.push(["Weighting", weightingText(input.design)]);
  else rows.push(["Weighting", input.weighting], ["Design in R", weightingText(input.design)]);
  for (const [label, text] of input.weightingNotes ?? []) rows.push([label, text]);
  rows.push([
    "Missing values",
    "Empty cells are system-missing (not asked or not answered); 'don't know' and 'not applicable' keep their codes, listed as missing codes in Variables.",
  ]);
  rows.push(["Licence", input.licence ?? ""]);
  rows.push(["Attribution", input.attribution ?? ""]);
  rows.push(["Files", files.join(", ")]);
  rows.push(["Created", input.created.toISOString()]);
  return rows;
}

function readme(about: AboutRows, names: Record<string, string>, checked: boolean): string {
  const lines = [
    ...about.map(([label, value]) => `${label}: ${value}`),
    "",
    `${names.codes}: one row per response, answers as codes; the R script reads this file.`,
    `${names.labels}: the same with value labels in place of codes.`,
    `${names.xlsx}: sheets Data (labels), Codes, Variables (the codebook) and About.`,
    `${names.sav}: SPSS system file with variable and value labels, missing codes and measurement levels.`,
    `${names.r}: reproduces every estimate of the report with R's survey package (Rscript ${names.r}).`,
    ...(checked
      ? [
          `${names.estimates}: the report's estimates (estimate,by,category,quantity,value; codes); the R script checks its own against them.`,
        ]
      : []),
    "",
  ];
  return lines.join("\r\n");
}

/** Every file of the pack, in a stable order. Throws for a base name that is not file-safe. */
export async function writeDataPack(input: DataPackInput): Promise<DataPackFile[]> {
  const base = input.baseName ?? "survey-data";
  if (!baseNamePattern.test(base))
    throw new Error(`baseName "${base}" must be letters, digits, - or _ (at most 64).`);
  const names = {
    codes: `${base}-codes.csv`,
    labels: `${base}-labels.csv`,
    xlsx: `${base}.xlsx`,
    sav: `${base}.sav`,
    estimates: `${base}-report-estimates.csv`,
    r: `${base}-estimates.R`,
    readme: "README.txt",
  };
  const report = input.reportEstimates;
  const bom = input.bom ?? true;
  const files = Object.entries(names).flatMap(([key, name]) =>
    key === "estimates" && !report ? [] : [name],
  );
  const about = aboutRows(input, files);
  const encoder = new TextEncoder();
  const documents = about.map(([label, value]) => `${label}: ${value}`);
  return [
    { name: names.codes, mediaType: "text/csv; charset=utf-8", bytes: datasetCsv(input.dataset, { bom }) },
    {
      name: names.labels,
      mediaType: "text/csv; charset=utf-8",
      bytes: datasetCsv(input.dataset, { bom, labels: true }),
    },
    {
      name: names.xlsx,
      mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      bytes: await datasetXlsx(input.dataset, about),
    },
    {
      name: names.sav,
      mediaType: "application/x-spss-sav",
      bytes: datasetSav(input.dataset, { created: input.created, documents }),
    },
    ...(report
      ? [{ name: names.estimates, mediaType: "text/csv; charset=utf-8", bytes: estimatesCsv(report) }]
      : []),
    {
      name: names.r,
      mediaType: "text/plain; charset=utf-8",
      bytes: encoder.encode(
        dataPackRScript({
          dataset: input.dataset,
          design: input.design,
          estimates: input.estimates,
          dataFile: names.codes,
          ...(input.weightVariable === undefined ? {} : { weightVariable: input.weightVariable }),
          ...(report ? { reportEstimatesFile: names.estimates } : {}),
        }),
      ),
    },
    {
      name: names.readme,
      mediaType: "text/plain; charset=utf-8",
      bytes: encoder.encode(readme(about, names, report !== undefined)),
    },
  ];
}

/** The pack as one zip archive. */
export function zipDataPack(files: readonly DataPackFile[], created: Date): Uint8Array {
  return zipFiles(files, created);
}
