// The submit hot path (issue 6 load goal: >= 1,000 submissions/s on PostgreSQL): a personal link's
// submit reads everything it needs in one query (findSubmitTarget) and writes in one statement
// (submitCaseResponse); an open-link submit writes in one statement (insertOpenLinkSubmission).
// One statement is one transaction, so no BEGIN / COMMIT round trips; what the case row lock and
// the transaction used to guarantee is kept inside the statement:
//   - the case row is locked FOR UPDATE for the statement (save-progress and open-by-token take the
//     same lock), and every write depends on inserting the completion record, whose primary key is
//     the case: of concurrent submits of one case exactly one writes, the others write nothing;
//   - a unique violation (the respondent already has a response, or the idempotency key was used
//     by another response) fails the whole statement: nothing is half written.
// Anonymous surveys: the answers go to survey_anonymous_responses (dates only), held until a later
// transaction releases them (survey-anonymous-release.ts); the statement writes no column that
// joins them to the case, and the idempotency key goes to the receipts only (its sha256).
import type { Queryable } from "../database.ts";
import { receiptHashSql } from "./survey-anonymous-receipts.ts";
import { runStatement, sqlStatement } from "./survey-sql-statement.ts";
import type { SurveyRecord } from "./survey-surveys.ts";

/** What a personal-link submit needs to know about the link, read in one query (no lock). */
/** The survey columns a submit reads (fewer columns: less to parse per submit). */
export type SubmitSurvey = Pick<SurveyRecord, "id" | "status" | "anonymity" | "liveVersion">;

export interface SubmitTarget {
  readonly survey: SubmitSurvey;
  readonly caseId: string;
  readonly expiresAt: Date;
  /** YYYY-MM-DD, or null when the case has not completed. */
  readonly completedOn: string | null;
  /** The case's respondent (identified and confidential surveys), null before the first use. */
  readonly respondentId: string | null;
  /** The respondent's response, if one was saved, with the split-ballot variant stored with it. */
  readonly response: {
    readonly id: string;
    readonly completed: boolean;
    readonly variant: string | null;
  } | null;
}

type SubmitTargetRow = SubmitSurvey & {
  readonly caseId: string;
  readonly expiresAt: Date;
  readonly completedOn: string | null;
  readonly respondentId: string | null;
  readonly responseId: string | null;
  readonly responseCompleted: boolean;
  readonly responseVariant: string | null;
};

const findSubmitTargetStatement = sqlStatement<SubmitTargetRow>(`
  select s.id, s.status, s.anonymity, s.live_version as "liveVersion", m.case_id as "caseId", m.expires_at as "expiresAt", k.completed_on::text as "completedOn",
    r.id as "respondentId", p.id as "responseId", p.completed_at is not null as "responseCompleted",
    p.variant as "responseVariant"
  from survey_mailings m
  join surveys s on s.id = m.survey_id
  left join survey_completions k on k.case_id = m.case_id
  left join survey_respondents r on r.case_id = m.case_id
  left join survey_responses p on p.respondent_id = r.id
  where m.token_hash = :tokenHash`);

/** The survey, case, completion, respondent and response of the mailing whose token hashes to `tokenHash`. */
export async function findSubmitTarget(db: Queryable, tokenHash: string): Promise<SubmitTarget | undefined> {
  const [row] = await runStatement(db, findSubmitTargetStatement, { tokenHash });
  if (!row) return undefined;
  const {
    caseId,
    expiresAt,
    completedOn,
    respondentId,
    responseId,
    responseCompleted,
    responseVariant,
    ...survey
  } = row;
  return {
    survey,
    caseId,
    expiresAt,
    completedOn,
    respondentId,
    response: responseId ? { id: responseId, completed: responseCompleted, variant: responseVariant } : null,
  };
}

export interface CaseSubmission {
  readonly surveyId: string;
  readonly caseId: string;
  readonly instrumentVersion: number;
  /** The answers as JSON text (serialised once, by the caller). */
  readonly answersJson: string;
  readonly idempotencyKey: string;
  readonly at: Date;
  /** The completion day, YYYY-MM-DD (also the anonymous table's dates). */
  readonly completedOn: string;
  /** When the `completed` event is recorded (midnight of the day in anonymous mode). */
  readonly eventAt: Date;
  /** The respondent's split-ballot variant; null (the default) without a split ballot. */
  readonly variant?: string | null;
  /**
   * Where the answers go. identified: survey_responses, with the case's respondent (`respondentId`,
   * or created when null); anonymous: survey_anonymous_responses. `updateId`: submit that saved,
   * unsubmitted response instead of inserting one.
   */
  readonly target:
    | {
        readonly table: "identified";
        readonly respondentId: string | null;
        readonly updateId: string | null;
      }
    | { readonly table: "anonymous"; readonly updateId: string | null };
}

/** completed: this statement recorded the completion; stored: it wrote the answers. */
export interface CaseSubmissionOutcome {
  readonly completed: boolean;
  readonly stored: boolean;
}

// The case locked, the completion inserted unless there is one, the event only with a completion.
const completionPart = `
  locked as (select id from survey_cases where id = :caseId::uuid for update),
  completion as (
    insert into survey_completions (case_id, survey_id, completed_on)
    select id, :surveyId::uuid, :completedOn::date from locked
    on conflict (case_id) do nothing
    returning case_id
  ),
  event as (
    insert into survey_case_events (survey_id, case_id, kind, at)
    select :surveyId::uuid, case_id, 'completed', :eventAt::timestamptz from completion
  )`;

// An anonymous submit's receipt: a key used before in this survey fails the statement (unique).
const receiptPart = `
  receipt as (
    insert into survey_anonymous_receipts (survey_id, key_hash)
    select :surveyId::uuid, ${receiptHashSql(":idempotencyKey")} from completion
  )`;

const outcomePart = `
  select (select count(*)::int from completion) as completed, (select count(*)::int from response) as stored`;

const insertIdentified = `
  response as (
    insert into survey_responses
      (survey_id, respondent_id, origin, instrument_version, answers, progress, idempotency_key,
       started_at, updated_at, completed_at, variant)
    select :surveyId::uuid, respondent.id, 'invitation', :instrumentVersion::int, :answers::jsonb, 1,
      :idempotencyKey, :at::timestamptz, :at::timestamptz, :at::timestamptz, :variant::text
    from respondent
    returning id
  )`;

/** The five shapes of the submit statement, by where the answers go. */
const submitStatements = {
  identifiedKnownRespondent: sqlStatement<CaseSubmissionOutcome>(`with ${completionPart},
    respondent as (select :respondentId::uuid as id from completion),
    ${insertIdentified} ${outcomePart}`),
  // The case lock makes a concurrent creation rare (open-by-token holds the same lock); when one
  // committed after this statement's snapshot, the no-op update returns the existing row.
  identifiedNewRespondent: sqlStatement<CaseSubmissionOutcome>(`with ${completionPart},
    respondent as (
      insert into survey_respondents (survey_id, case_id, created_at)
      select :surveyId::uuid, case_id, :at::timestamptz from completion
      on conflict (case_id) do update set case_id = excluded.case_id
      returning id
    ),
    ${insertIdentified} ${outcomePart}`),
  identifiedUpdate: sqlStatement<CaseSubmissionOutcome>(`with ${completionPart},
    response as (
      update survey_responses
      set answers = :answers::jsonb, progress = 1, updated_at = :at::timestamptz,
        completed_at = :at::timestamptz, idempotency_key = :idempotencyKey, variant = :variant::text
      where id = :updateId::uuid and completed_at is null and exists (select 1 from completion)
      returning id
    ) ${outcomePart}`),
  anonymousInsert: sqlStatement<CaseSubmissionOutcome>(`with ${completionPart}, ${receiptPart},
    response as (
      insert into survey_anonymous_responses
        (survey_id, origin, instrument_version, answers, started_on, updated_on, completed_on, variant)
      select :surveyId::uuid, 'invitation', :instrumentVersion::int, :answers::jsonb,
        :completedOn::date, :completedOn::date, :completedOn::date, :variant::text
      from completion
      returning id
    ) ${outcomePart}`),
  anonymousUpdate: sqlStatement<CaseSubmissionOutcome>(`with ${completionPart}, ${receiptPart},
    response as (
      update survey_anonymous_responses
      set answers = :answers::jsonb, updated_on = :completedOn::date, completed_on = :completedOn::date,
        variant = :variant::text
      where id = :updateId::uuid and completed_on is null and exists (select 1 from completion)
      returning id
    ) ${outcomePart}`),
};

/**
 * Records a case's completed response in one statement: the case row locked, the completion
 * record, the answers (inserted, or the saved response updated while unsubmitted), the respondent
 * when it has none yet, and the `completed` event. Nothing is written when the case had already
 * completed (`completed: false`). Returns "duplicate" when a unique constraint refused the answers
 * (a response of this respondent appeared since it was read, or the idempotency key is another
 * response's); then nothing was written.
 */
export async function submitCaseResponse(
  db: Queryable,
  submission: CaseSubmission,
): Promise<CaseSubmissionOutcome | "duplicate"> {
  const { target } = submission;
  const values = {
    caseId: submission.caseId,
    surveyId: submission.surveyId,
    completedOn: submission.completedOn,
    eventAt: submission.eventAt,
    instrumentVersion: submission.instrumentVersion,
    answers: submission.answersJson,
    idempotencyKey: submission.idempotencyKey,
    at: submission.at,
    respondentId: target.table === "identified" ? target.respondentId : null,
    updateId: target.updateId,
    variant: submission.variant ?? null,
  };
  const statement =
    target.table === "anonymous"
      ? target.updateId === null
        ? submitStatements.anonymousInsert
        : submitStatements.anonymousUpdate
      : target.updateId !== null
        ? submitStatements.identifiedUpdate
        : target.respondentId === null
          ? submitStatements.identifiedNewRespondent
          : submitStatements.identifiedKnownRespondent;
  try {
    const [row] = await runStatement(db, statement, values);
    return { completed: Boolean(row?.completed), stored: Boolean(row?.stored) };
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

export interface OpenLinkSubmission {
  /** The survey as last read; the statement writes only while it is still so (live, same link and version). */
  readonly survey: Pick<SurveyRecord, "id" | "anonymity" | "openLink" | "openLinkKey" | "liveVersion">;
  readonly answersJson: string;
  readonly idempotencyKey: string;
  readonly at: Date;
  /** YYYY-MM-DD (the anonymous table's dates). */
  readonly on: string;
}

const liveSurvey = `
  from surveys s
  where s.id = :surveyId::uuid and s.status = 'live' and s.open_link = :openLink
    and s.open_link_key = :openLinkKey and s.anonymity = :anonymity and s.live_version = :liveVersion::int`;

const openLinkStatements = {
  // The receipt decides: a key used before inserts no receipt, and so no answer.
  anonymous: sqlStatement<{ id: string }>(`
    with receipt as (
      insert into survey_anonymous_receipts (survey_id, key_hash)
      select s.id, ${receiptHashSql(":idempotencyKey")}
      ${liveSurvey}
      on conflict (survey_id, key_hash) do nothing
      returning survey_id
    )
    insert into survey_anonymous_responses
      (survey_id, origin, instrument_version, answers, started_on, updated_on, completed_on)
    select survey_id, 'open-link', :liveVersion::int, :answers::jsonb, :on::date, :on::date, :on::date
    from receipt
    returning id`),
  identified: sqlStatement<{ id: string }>(`
    insert into survey_responses
      (survey_id, origin, instrument_version, answers, progress, idempotency_key, started_at, updated_at, completed_at)
    select s.id, 'open-link', s.live_version, :answers::jsonb, 1, :idempotencyKey,
      :at::timestamptz, :at::timestamptz, :at::timestamptz
    ${liveSurvey}
    on conflict (survey_id, idempotency_key) do nothing
    returning id`),
};

/**
 * Stores a submitted open-link response (no resume key, no identity, no split ballot: the variant
 * stays null) in one statement, only while the survey is live with the same open link, anonymity
 * and live version as `survey`; true when stored. False when the survey changed (or closed) or the idempotency key was used: read the
 * survey again to tell which.
 */
export async function insertOpenLinkSubmission(
  db: Queryable,
  submission: OpenLinkSubmission,
): Promise<boolean> {
  const { survey } = submission;
  const anonymous = survey.anonymity === "anonymous";
  const rows = await runStatement(
    db,
    anonymous ? openLinkStatements.anonymous : openLinkStatements.identified,
    {
      surveyId: survey.id,
      openLink: survey.openLink,
      openLinkKey: survey.openLinkKey,
      anonymity: survey.anonymity,
      liveVersion: survey.liveVersion,
      answers: submission.answersJson,
      idempotencyKey: submission.idempotencyKey,
      ...(anonymous ? { on: submission.on } : { at: submission.at }),
    },
  );
  return rows.length > 0;
}

/** The unique-violation code of PostgreSQL (and PGlite). */
const uniqueViolation = "23505";

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error as { code: unknown }).code === uniqueViolation
  );
}
