// Instruments in the formats people bring them: our own JSON ("smartspec", the domain model),
// SurveyJS JSON and XLSForm workbooks. Each is converted and checked by the domain
// (validateInstrument / fromSurveyJs / fromXlsForm) before it is saved, so a stored version is
// always a valid, normalised instrument; it is read back in any of the three formats.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  fromSurveyJs,
  fromXlsForm,
  type Instrument,
  type InstrumentProblem,
  toSurveyJs,
  toXlsForm,
  validateInstrument,
} from "@smartspec/domain";
import { findInstrumentVersion } from "@smartspec/storage";
import { InputError } from "../../input/input-error.ts";
import { PlatformError } from "../../platform/platform-error.ts";
import { type InstrumentVersionView, saveInstrumentVersion } from "../authoring/save-instrument-version.ts";
import { readXlsFormWorkbook, xlsFormWorkbook } from "../instrument-files/index.ts";
import { requireSurveyStatus, type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";

export const instrumentFormats = ["smartspec", "surveyjs"] as const;
export type InstrumentFormat = (typeof instrumentFormats)[number];

export type SaveInstrumentResult =
  | ({ readonly ok: true } & InstrumentVersionView)
  | { readonly ok: false; readonly problems: readonly InstrumentProblem[] };

/** Checks the role and that the survey is a draft before any conversion work. */
async function draftForWriting(ctx: SurveyContext, props: SurveyAccessProps): Promise<void> {
  const { survey } = await surveyForMember(ctx.database.db, props, "write-data");
  requireSurveyStatus(survey, "draft", "Changing the instrument");
}

async function saveChecked(
  ctx: SurveyContext,
  props: SurveyAccessProps,
  checked: { ok: true; instrument: Instrument } | { ok: false; problems: readonly InstrumentProblem[] },
): Promise<SaveInstrumentResult> {
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const saved = await saveInstrumentVersion(ctx, { ...props, instrument: checked.instrument });
  return { ok: true, ...saved };
}

/**
 * Saves an instrument given as JSON in `format`; resolves to every problem (path + message) when
 * it is not a valid instrument. Throws `conflict` once the survey is live, as saveInstrumentVersion.
 */
export async function saveInstrument(
  ctx: SurveyContext,
  props: SurveyAccessProps & { readonly format: InstrumentFormat; readonly instrument: unknown },
): Promise<SaveInstrumentResult> {
  await draftForWriting(ctx, props);
  const checked =
    props.format === "surveyjs" ? fromSurveyJs(props.instrument) : validateInstrument(props.instrument);
  return saveChecked(ctx, props, checked);
}

/** Saves an instrument given as an XLSForm workbook (.xlsx bytes); problems name the sheet row. */
export async function saveXlsFormInstrument(
  ctx: SurveyContext,
  props: SurveyAccessProps & { readonly bytes: Uint8Array },
): Promise<SaveInstrumentResult> {
  await draftForWriting(ctx, props);
  const folder = mkdtempSync(join(tmpdir(), "smartspec-xlsform-"));
  try {
    const path = join(folder, "instrument.xlsx");
    writeFileSync(path, props.bytes);
    let sheets: Awaited<ReturnType<typeof readXlsFormWorkbook>>;
    try {
      sheets = await readXlsFormWorkbook(path, { label: "the XLSForm workbook" });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { ok: false, problems: [{ path: [], message: error.message }] };
    }
    return saveChecked(ctx, props, fromXlsForm(sheets));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The saved instrument (newest version unless `version`), any member. Throws `not-found` when none. */
export async function readInstrumentVersion(
  ctx: SurveyContext,
  props: SurveyAccessProps & { readonly version?: number },
): Promise<{ readonly version: number; readonly hash: string; readonly instrument: Instrument }> {
  const { survey } = await surveyForMember(ctx.database.db, props, "read-data");
  const found = await findInstrumentVersion(ctx.database.db, survey.id, props.version);
  if (!found) throw new PlatformError("not-found", `"${survey.title}" has no saved instrument yet`);
  return { version: found.version, hash: found.hash, instrument: found.instrument as Instrument };
}

/** The instrument as JSON in `format`. */
export async function exportInstrument(
  ctx: SurveyContext,
  props: SurveyAccessProps & { readonly format: InstrumentFormat },
): Promise<unknown> {
  const { instrument } = await readInstrumentVersion(ctx, props);
  return props.format === "surveyjs" ? toSurveyJs(instrument) : instrument;
}

/** The instrument as XLSForm .xlsx bytes (settings.version: the first 12 characters of its hash). */
export async function exportXlsFormInstrument(
  ctx: SurveyContext,
  props: SurveyAccessProps,
): Promise<Uint8Array> {
  const { instrument, hash } = await readInstrumentVersion(ctx, props);
  return xlsFormWorkbook(toXlsForm(instrument, { version: hash.slice(0, 12) }).sheets);
}
