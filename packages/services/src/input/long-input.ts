import { type BundledDataset, bundledDatasets } from "@smartspec/data";
import { OptionError } from "../pipeline/option-error.ts";
import { classificationRollUp, geographyRollUp } from "./classification-roll-up.ts";
import type { CsvDelimiter } from "./detect-delimiter.ts";
import type { LongColumns, RowFilter } from "./read-long-csv.ts";

/** Activities summed up a classification after reading (e.g. SIC subclasses to classes). */
export interface ActivityRollUp {
  /** The level the analysis runs at ("class"). */
  readonly level: string;
  /** The level of the file's codes ("subclass"). */
  readonly from: string;
  /** The classification's name, for messages ("UK SIC 2007"). */
  readonly classification: string;
  /** The code of `code`'s ancestor at `level`, or undefined when `code` is not in the classification. */
  readonly parentOf: (code: string) => string | undefined;
}

/** Where a use case reads its long data from: a user's file or a bundled data set. */
export interface LongInput {
  readonly path: string;
  /** The file as messages show it. */
  readonly label: string;
  readonly columns: LongColumns;
  readonly delimiter?: CsvDelimiter;
  /** Set when the data is a bundled data set: its attribution goes into every output. */
  readonly dataset?: BundledDataset;
  /** Empty (suppressed) values: an error (default) or zero, counted in meta.json and warned about. */
  readonly emptyValues?: "error" | "zero";
  /** Negative values: an error (default) or zero, counted in meta.json and warned about. */
  readonly negativeValues?: "error" | "zero";
  /** Rows kept (a year, a size band); recorded in meta.json. */
  readonly filters?: readonly RowFilter[];
  /** The activity level analysed, when not the file's own. */
  readonly rollUp?: ActivityRollUp;
  /** The region level analysed, when not the file's own (districts summed to ITL1 ...). */
  readonly regionRollUp?: ActivityRollUp;
  /** For a bundled data set: the level of its classification analysed, and the one year chosen. */
  readonly level?: string;
  readonly year?: string;
}

/** The bundled data sets usable as long input (region x activity). */
export const bundledRegionActivityDatasets: readonly BundledDataset[] = bundledDatasets.filter(
  (d) => d.kind === "region-activity" && d.columns !== undefined,
);

/** Ids of the bundled data sets usable as long input. */
export const bundledDatasetIds: readonly string[] = bundledRegionActivityDatasets.map((d) => d.id);

export interface BundledInputChoice {
  /** One year of a data set with years in rows (default: every year, one analysis per year). */
  readonly year?: string;
  /** A level of the data set's activity classification (default: the data set's default level). */
  readonly level?: string;
  /** A coarser level of the data set's geography (e.g. "itl1"); default: the data's own regions. */
  readonly regionLevel?: string;
}

const yearsText = (years: readonly number[]): string =>
  years.length > 1 && years.at(-1)! - years[0]! === years.length - 1
    ? `${years[0]}-${years.at(-1)}`
    : years.join(", ");

/**
 * The long input of a bundled data set at a level and year, or undefined for an unknown id.
 * Throws `OptionError` for a level or year the data set does not have.
 * Example: `bundledLongInput("uk-bres-itl2", { year: "2021", level: "subclass" })`.
 */
export function bundledLongInput(id: string, choice: BundledInputChoice = {}): LongInput | undefined {
  const dataset = bundledRegionActivityDatasets.find((d) => d.id === id);
  if (dataset === undefined) return undefined;
  const levelId = choice.level ?? dataset.defaultLevel ?? dataset.levels[0]!.id;
  const level = dataset.levels.find((l) => l.id === levelId);
  if (level === undefined) {
    throw new OptionError(
      `${dataset.id} has no level "${levelId}"; its levels are ${dataset.levels.map((l) => l.id).join(", ")}.`,
    );
  }
  const fileLevel = level.file !== undefined ? level : dataset.levels.find((l) => l.id === level.rollUpFrom);
  const path = fileLevel?.file;
  if (path === undefined) throw new Error(`bundled data set ${dataset.id}: level ${level.id} has no file`);
  const columns = dataset.columns!;
  const filters: RowFilter[] = [...(dataset.filters ?? [])];
  let longColumns: LongColumns = { ...columns };
  if (choice.year !== undefined) {
    if (columns.time === undefined) {
      throw new OptionError(
        `${dataset.id} has a single period (${yearsText(dataset.years)}), so --year does not apply.`,
      );
    }
    if (!dataset.years.includes(Number(choice.year))) {
      throw new OptionError(`${dataset.id} has the years ${yearsText(dataset.years)}, not ${choice.year}.`);
    }
    filters.push({ column: columns.time, equals: choice.year });
    const { time: _time, ...withoutTime } = columns;
    longColumns = withoutTime;
  }
  const rollUp =
    level.file === undefined ? classificationRollUp(dataset, fileLevel!.id, level.id) : undefined;
  const regionRollUp =
    choice.regionLevel === undefined ? undefined : geographyRollUp(dataset, choice.regionLevel);
  return {
    path,
    label: `${dataset.id} (${path.slice(path.lastIndexOf("/") + 1)})`,
    columns: longColumns,
    dataset,
    // Published tables leave a few cells empty (BRES: Scottish farm data for 2015-2017) and a few
    // negative (GVA of air and water transport in 2020-2021). Indices of specialisation need
    // non-negative values, so both count as zero, and every output says how many there were.
    emptyValues: "zero",
    negativeValues: "zero",
    level: level.id,
    ...(choice.year === undefined ? {} : { year: choice.year }),
    ...(filters.length > 0 ? { filters } : {}),
    ...(rollUp ? { rollUp } : {}),
    ...(regionRollUp ? { regionRollUp } : {}),
  };
}
