// An open-link submit in one round trip (issue 6 load goal): the survey behind a link key is kept in
// memory as last read, and one statement stores the answers only while the survey is still live
// with that link, anonymity and live version (insertOpenLinkSubmission). Whenever that cannot
// decide (the survey is not known here, or changed, closed, the key was used, a resume key or an
// identity is given, the instrument has a split ballot, the answers do not fit), the caller takes
// the full path, which reads everything again and gives the exact answer.
import { type Database, insertOpenLinkSubmission, type SurveyRecord } from "@smartspec/storage";
import type { SurveyContext } from "../survey-context.ts";
import { releaseHeldAnswers } from "./release-anonymous-answers.ts";
import { splitBallotOf } from "./respondent-variant.ts";
import { liveInstrument } from "./respondent-view.ts";
import { dayOf } from "./response-store.ts";
import type { SubmitResult } from "./submit-response.ts";

type OpenLinkSurvey = Pick<SurveyRecord, "id" | "anonymity" | "openLink" | "openLinkKey" | "liveVersion">;

/** Surveys per database by open-link key; the oldest entry is dropped past this many. */
const maxEntries = 256;
const known = new WeakMap<Database, Map<string, OpenLinkSurvey>>();

/** Remembers a live survey read through its open link `key`, for the next submits. */
export function rememberOpenLinkSurvey(database: Database, key: string, survey: SurveyRecord): void {
  let surveys = known.get(database);
  if (surveys === undefined) {
    surveys = new Map();
    known.set(database, surveys);
  }
  if (!surveys.has(key) && surveys.size >= maxEntries) {
    const oldest = surveys.keys().next().value;
    if (oldest !== undefined) surveys.delete(oldest);
  }
  const { id, anonymity, openLink, openLinkKey, liveVersion } = survey;
  surveys.set(key, { id, anonymity, openLink, openLinkKey, liveVersion });
}

/**
 * Stores a submitted open-link response without identity or resume key in one statement; undefined
 * when this cannot be decided here (take the full path then).
 */
export async function fastOpenLinkSubmit(
  ctx: SurveyContext,
  props: { readonly key: string; readonly answers: Record<string, unknown>; readonly idempotencyKey: string },
): Promise<SubmitResult | undefined> {
  const survey = known.get(ctx.database)?.get(props.key);
  if (survey === undefined || survey.openLink !== "anonymous" || survey.liveVersion === null)
    return undefined;
  const db = ctx.database.db;
  const instrument = await liveInstrument(ctx.database, db, survey);
  // A split ballot needs a variant, and a variant a key: the full path assigns and stores one.
  if (splitBallotOf(instrument.json) !== undefined) return undefined;
  const check = ctx.validateResponse(instrument.json, props.answers, { variant: null });
  if (!check.ok) return undefined;
  const now = ctx.now();
  const stored = await insertOpenLinkSubmission(db, {
    survey,
    answersJson: JSON.stringify(check.answers),
    idempotencyKey: props.idempotencyKey,
    at: now,
    on: dayOf(now),
  });
  if (!stored) return undefined;
  // In an anonymous survey the answer is held until a batch is released.
  if (survey.anonymity === "anonymous") await releaseHeldAnswers(ctx, survey.id);
  return { status: "stored", completedOn: dayOf(now) };
}
