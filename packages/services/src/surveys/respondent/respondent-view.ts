// What a respondent's form receives: the frozen instrument, their split-ballot variant, their saved
// answers, the anonymity notice, and (anonymous and open-link surveys) the resume key their
// browser keeps.
import type { Database, Queryable, SurveyRecord } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { type AnonymityMode, anonymityNotices } from "../survey-mail-texts.ts";
import { cachedInstrumentVersion } from "./instrument-cache.ts";

export interface RespondentView {
  readonly surveyTitle: string;
  readonly anonymity: AnonymityMode;
  readonly anonymityNotice: string;
  readonly instrument: { readonly version: number; readonly hash: string; readonly json: unknown };
  /** The split-ballot variant to show (respondent-variant.ts); null when the instrument has none. */
  readonly variant: string | null;
  /** Answers saved so far ({} when none). */
  readonly answers: Record<string, unknown>;
  readonly completed: boolean;
  /** The key to send back with saves and the submit; null when the link alone finds the response. */
  readonly resumeKey: string | null;
}

/**
 * The live instrument of the survey (kept in memory per database: a version never changes), or
 * `invalid-token` when it has none (never launched).
 */
export async function liveInstrument(
  database: Database,
  trx: Queryable,
  survey: Pick<SurveyRecord, "id" | "liveVersion">,
): Promise<RespondentView["instrument"]> {
  const version =
    survey.liveVersion === null
      ? undefined
      : await cachedInstrumentVersion(database, trx, survey.id, survey.liveVersion);
  if (!version) throw new PlatformError("invalid-token", "This survey is not open");
  return version;
}

export function respondentView(
  survey: SurveyRecord,
  instrument: RespondentView["instrument"],
  state: {
    readonly variant: string | null;
    readonly answers: Record<string, unknown>;
    readonly completed: boolean;
    readonly resumeKey: string | null;
  },
): RespondentView {
  const anonymity = survey.anonymity as AnonymityMode;
  return {
    surveyTitle: survey.title,
    anonymity,
    anonymityNotice: anonymityNotices[anonymity],
    instrument,
    ...state,
  };
}
