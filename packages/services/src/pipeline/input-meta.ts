// What every meta.json of a long-data command says about its input and its tables.
import type { LongInput } from "../input/long-input.ts";
import type { LongCsv } from "../input/read-long-csv.ts";

/** The facts about the input that every meta.json of a long-data command records. */
export function inputMeta(input: LongInput, long: LongCsv) {
  const { source } = long;
  return {
    file: input.label,
    sha256: source.facts.sha256,
    bytes: source.facts.bytes,
    gzip: source.facts.gzip,
    delimiter: source.delimiter,
    rows: long.table.value.length,
    ...(long.filtered
      ? { rowsRead: long.filtered.rowsRead, rowsKept: long.filtered.filters.map((f) => ({ ...f })) }
      : {}),
    ...(long.emptyValuesAsZero
      ? {
          emptyValuesReadAsZero: {
            count: long.emptyValuesAsZero.count,
            firstLines: long.emptyValuesAsZero.firstLines,
          },
        }
      : {}),
    ...(long.negativeValuesAsZero
      ? {
          negativeValuesReadAsZero: {
            count: long.negativeValuesAsZero.count,
            firstLines: long.negativeValuesAsZero.firstLines,
          },
        }
      : {}),
    columns: input.columns,
    ...(input.level === undefined ? {} : { level: input.level }),
    ...(input.year === undefined ? {} : { year: input.year }),
    ...(input.regionRollUp
      ? {
          regionsSummedUp: {
            from: input.regionRollUp.from,
            to: input.regionRollUp.level,
            geography: input.regionRollUp.classification,
            method: "sum of the rows of every region with the same ancestor at the level",
          },
        }
      : {}),
    ...(input.rollUp
      ? {
          rolledUp: {
            from: input.rollUp.from,
            to: input.rollUp.level,
            classification: input.rollUp.classification,
            method: "sum of the source rows of every code with the same ancestor at the level",
          },
        }
      : {}),
    ...(input.dataset
      ? {
          dataset: {
            id: input.dataset.id,
            title: input.dataset.title,
            licence: input.dataset.licence,
            attribution: input.dataset.attribution,
          },
        }
      : {}),
  };
}

/** Conventions every table of smartspec follows, restated in each meta.json. */
export const tableConventions = {
  numbers: "shortest decimal that parses back to the same double",
  empty:
    "an empty field is a value that is not defined (NaN), e.g. for a region or activity dropped because its total is zero",
  codes: "codes are text as in the input (leading zeros kept), sorted by UTF-16 code units",
} as const;

/** The input facts of a meta.json. */
export type InputMeta = ReturnType<typeof inputMeta>;
