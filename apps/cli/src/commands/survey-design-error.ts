// Turns a SurveyError from the survey statistics into the CLI's data error (exit 1), naming the
// file and, when the error concerns one row, its line in the file.
import { SurveyError } from "@smartspec/domain";
import { InputError } from "@smartspec/services";
import type { SurveyTable } from "./survey-csv.ts";

/** Runs `work`; a SurveyError becomes an InputError located in `table`. */
export function locateSurveyErrors<T>(table: SurveyTable, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof SurveyError)) throw error;
    const row = error.details.row;
    const line = row === undefined ? undefined : table.lines[row];
    // The file line replaces the domain's row-number wording ("on row 4", "(row 4)").
    const message = error.message.replace(/ (on row \d+|\(row \d+\))/, "");
    throw new InputError(
      "invalid-data",
      `${table.file}${line === undefined ? "" : `, line ${line}`}: ${message}`,
      {
        file: table.file,
        ...(line === undefined ? {} : { line }),
      },
    );
  }
}
