// Open links: one public link per survey, no token, no case. Responses are anonymous (or, with a
// self-identified link, carry the name and email the respondent gives, kept in the identity
// table). They are not cases, so they count in no AAPOR rate; the dashboard reports them apart.
// The browser keeps a resume key (only its sha256 is stored) to save and resume; with a split
// ballot the open issues it at once, since the variant is assigned from it (respondent-variant.ts).
// A plain submit (no resume key, no identity, no split ballot) of a survey read before takes one
// statement (open-link-fast-submit.ts). Anonymous answers are held, then released in batches
// (release-anonymous-answers.ts); a retry is told "already stored" by the receipt of its key.
import { emailSchema, personNameSchema } from "@smartspec/domain";
import {
  findSurveyByOpenLinkKey,
  insertSelfIdentifiedRespondent,
  type Queryable,
  type SurveyRecord,
  withTransaction,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { hashToken, newToken } from "../../platform/tokens.ts";
import { parseField } from "../../platform/validate.ts";
import type { SurveyContext } from "../survey-context.ts";
import { fastOpenLinkSubmit, rememberOpenLinkSurvey } from "./open-link-fast-submit.ts";
import { checkAnswers, checkIdempotencyKey, resumeKeyOrNull } from "./personal-link.ts";
import { releaseHeldAnswers } from "./release-anonymous-answers.ts";
import { respondentVariant, splitBallotOf } from "./respondent-variant.ts";
import { liveInstrument, type RespondentView, respondentView } from "./respondent-view.ts";
import {
  dayOf,
  findStoredResponse,
  insertStoredResponse,
  isSubmittedWith,
  updateStoredResponse,
} from "./response-store.ts";
import type { SaveProgressResult } from "./save-progress.ts";
import type { SubmitResult } from "./submit-response.ts";

export interface OpenLinkProps {
  /** The key in the open link. */
  readonly key: string;
  readonly resumeKey?: string | null;
}

export interface OpenLinkAnswerProps extends OpenLinkProps {
  readonly answers: unknown;
  /** Self-identified links: who answers (required there, refused elsewhere). */
  readonly name?: string;
  readonly email?: string;
}

/** The form behind an open link, with answers saved under `resumeKey`. */
export async function openByLink(ctx: SurveyContext, props: OpenLinkProps): Promise<RespondentView> {
  return withTransaction(ctx.database, async (trx) => {
    const survey = await resolveOpenLink(ctx, trx, props.key);
    const instrument = await liveInstrument(ctx.database, trx, survey);
    const resumeKey = resumeKeyOrNull(props.resumeKey);
    const stored = resumeKey
      ? await findStoredResponse(trx, survey, { resumeKeyHash: hashToken(resumeKey) })
      : undefined;
    // With a split ballot the variant needs a key before the first save, so one is issued.
    const issued = !stored && splitBallotOf(instrument.json) ? (resumeKey ?? newToken()) : null;
    const key = stored ? resumeKey : issued;
    return respondentView(survey, instrument, {
      variant: key === null ? null : respondentVariant(instrument.json, key, stored?.variant),
      answers: stored?.answers ?? {},
      completed: stored?.completed ?? false,
      resumeKey: key,
    });
  });
}

/** Saves open-link answers so far; returns the resume key to keep. Throws `conflict` once submitted. */
export async function saveOpenLinkProgress(
  ctx: SurveyContext,
  props: OpenLinkAnswerProps,
): Promise<SaveProgressResult> {
  const answers = checkAnswers(props.answers);
  return withTransaction(ctx.database, async (trx) => {
    const now = ctx.now();
    const survey = await resolveOpenLink(ctx, trx, props.key);
    const identity = checkIdentity(survey, props);
    const instrument = await liveInstrument(ctx.database, trx, survey);
    const givenKey = resumeKeyOrNull(props.resumeKey);
    const stored = givenKey
      ? await findStoredResponse(trx, survey, { resumeKeyHash: hashToken(givenKey) })
      : undefined;
    if (stored?.completed) throw new PlatformError("conflict", "This response was already submitted");
    // A key the client holds but no response has yet is the one the open issued: kept.
    const resumeKey = givenKey ?? newToken();
    const variant = respondentVariant(instrument.json, resumeKey, stored?.variant);
    const progress = ctx.measureProgress(instrument.json, answers, { variant });
    if (stored) {
      await updateStoredResponse(trx, survey, stored.id, {
        answers,
        progress,
        idempotencyKey: null,
        at: now,
        variant,
      });
      return { resumeKey, progress };
    }
    await insertStoredResponse(trx, survey, {
      origin: "open-link",
      respondentId: identity
        ? await insertSelfIdentifiedRespondent(trx, { surveyId: survey.id, ...identity, at: now })
        : null,
      resumeKeyHash: hashToken(resumeKey),
      answers,
      progress,
      idempotencyKey: null,
      at: now,
      variant,
    });
    return { resumeKey, progress };
  });
}

/** Submits open-link answers; idempotent on `idempotencyKey` as `submitResponse` is. */
export async function submitOpenLinkResponse(
  ctx: SurveyContext,
  props: OpenLinkAnswerProps & { readonly idempotencyKey: string },
): Promise<SubmitResult> {
  const answers = checkAnswers(props.answers);
  const idempotencyKey = checkIdempotencyKey(props.idempotencyKey);
  const plain = props.name === undefined && props.email === undefined;
  if (plain && resumeKeyOrNull(props.resumeKey) === null) {
    const stored = await fastOpenLinkSubmit(ctx, { key: props.key, answers, idempotencyKey });
    if (stored) return stored;
  }
  let anonymousSurveyId: string | null = null;
  const result = await withTransaction(ctx.database, async (trx): Promise<SubmitResult> => {
    const now = ctx.now();
    const survey = await resolveOpenLink(ctx, trx, props.key);
    if (survey.anonymity === "anonymous") anonymousSurveyId = survey.id;
    const identity = checkIdentity(survey, props);
    const already = { status: "already-stored" as const, completedOn: dayOf(now) };
    if (await isSubmittedWith(trx, survey, idempotencyKey)) return already;
    const instrument = await liveInstrument(ctx.database, trx, survey);
    const resumeKey = resumeKeyOrNull(props.resumeKey);
    const stored = resumeKey
      ? await findStoredResponse(trx, survey, { resumeKeyHash: hashToken(resumeKey) })
      : undefined;
    // No resume key (the form was not opened through the server): assigned from a fresh random key.
    const variant = respondentVariant(instrument.json, resumeKey, stored?.variant);
    const check = ctx.validateResponse(instrument.json, answers, { variant });
    if (!check.ok) {
      throw new PlatformError("validation", `answers: ${check.problems.length} answer(s) need attention`, {
        field: "answers",
        cause: check.problems,
      });
    }
    const write = { answers: check.answers, progress: 1, idempotencyKey, at: now, variant };
    if (stored && !stored.completed) {
      if (await updateStoredResponse(trx, survey, stored.id, write))
        return { status: "stored", completedOn: dayOf(now) };
      // A concurrent submit of the same response won the row lock.
      if (await isSubmittedWith(trx, survey, idempotencyKey)) return already;
      throw new PlatformError("conflict", "This response was already submitted");
    }
    if (stored?.completed) throw new PlatformError("conflict", "This response was already submitted");
    const inserted = await insertStoredResponse(trx, survey, {
      ...write,
      origin: "open-link",
      respondentId: identity
        ? await insertSelfIdentifiedRespondent(trx, { surveyId: survey.id, ...identity, at: now })
        : null,
      resumeKeyHash: null,
    });
    // Not inserted: a concurrent retry with the same key stored it first.
    return inserted ? { status: "stored", completedOn: dayOf(now) } : already;
  });
  // An anonymous answer is held; its release is a transaction of its own, after this one.
  if (anonymousSurveyId !== null && result.status === "stored")
    await releaseHeldAnswers(ctx, anonymousSurveyId);
  return result;
}

async function resolveOpenLink(ctx: SurveyContext, trx: Queryable, key: string): Promise<SurveyRecord> {
  const survey = /^[A-Za-z0-9_-]{22}$/.test(key) ? await findSurveyByOpenLinkKey(trx, key) : undefined;
  if (!survey || survey.openLink === "off")
    throw new PlatformError("invalid-token", "This survey link is not valid");
  if (survey.status !== "live") throw new PlatformError("invalid-token", "This survey is closed");
  rememberOpenLinkSurvey(ctx.database, key, survey);
  return survey;
}

function checkIdentity(
  survey: SurveyRecord,
  props: { readonly name?: string; readonly email?: string },
): { readonly name: string; readonly email: string } | null {
  if (survey.openLink !== "self-identified") {
    if (props.name !== undefined || props.email !== undefined) {
      throw new PlatformError("validation", "name: this survey's open link does not ask who you are", {
        field: "name",
      });
    }
    return null;
  }
  return {
    name: parseField(personNameSchema, props.name ?? "", "name"),
    email: parseField(emailSchema, props.email ?? "", "email"),
  };
}
