// Saves the survey's instrument (SurveyJS JSON, opaque here) as a new version while the survey is
// a draft. A live or closed survey's instrument never changes under its respondents.
import type { InstrumentSaved } from "@smartspec/domain";
import { insertInstrumentVersion, lockSurvey, withTransaction } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { requireSurveyStatus, type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { instrumentHash } from "./instrument-hash.ts";

export interface SaveInstrumentVersionProps extends SurveyAccessProps {
  /** The instrument as JSON (an object). */
  readonly instrument: unknown;
}

export type InstrumentVersionView = InstrumentSaved;

/** Largest instrument accepted, as JSON text. */
export const maxInstrumentBytes = 2_000_000;

/**
 * Stores the instrument as the next version (1, 2 ...), or returns the version already holding the
 * same canonical JSON. Throws `conflict` once the survey is live or closed, `validation` (field
 * `instrument`) for a non-object or an instrument over 2 MB.
 */
export async function saveInstrumentVersion(
  ctx: SurveyContext,
  props: SaveInstrumentVersionProps,
): Promise<InstrumentVersionView> {
  const instrument = props.instrument;
  if (instrument === null || typeof instrument !== "object" || Array.isArray(instrument)) {
    throw new PlatformError("validation", "instrument: must be a JSON object", { field: "instrument" });
  }
  if (JSON.stringify(instrument).length > maxInstrumentBytes) {
    throw new PlatformError("validation", "instrument: must be at most 2 MB of JSON", {
      field: "instrument",
    });
  }
  const hash = instrumentHash(instrument);
  return withTransaction(ctx.database, async (trx) => {
    const { survey } = await surveyForMember(trx, props, "write-data");
    const locked = await lockSurvey(trx, survey.id);
    requireSurveyStatus(locked ?? survey, "draft", "Changing the instrument");
    const saved = await insertInstrumentVersion(trx, {
      surveyId: survey.id,
      hash,
      instrument,
      createdAt: ctx.now(),
    });
    return { version: saved.version, hash, created: saved.created };
  });
}
