// Personal survey mail: one row per case and wave (0 = invitation, 1.. = reminders), each with the
// sha256 of the token in its link, and the reminder schedule. The (case, wave) primary key is the
// idempotency key of mailing: a wave enqueued twice, by one process or two, mails a case once.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";
import type { CaseRecord } from "./survey-samples.ts";

export interface NewMailing {
  readonly caseId: string;
  readonly wave: number;
  readonly surveyId: string;
  readonly tokenHash: string;
  readonly expiresAt: Date;
  readonly createdAt: Date;
}

export interface MailingRecord {
  readonly caseId: string;
  readonly wave: number;
  readonly surveyId: string;
  readonly workspaceId: string;
  readonly expiresAt: Date;
}

/** Records a mailing; false (nothing written) when the case already has one for this wave. */
export async function insertMailing(db: Queryable, mailing: NewMailing): Promise<boolean> {
  const row = await db
    .insertInto("survey_mailings")
    .values({
      case_id: mailing.caseId,
      wave: mailing.wave,
      survey_id: mailing.surveyId,
      token_hash: mailing.tokenHash,
      expires_at: mailing.expiresAt,
      created_at: mailing.createdAt,
    })
    .onConflict((oc) => oc.columns(["case_id", "wave"]).doNothing())
    .returning("case_id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Links a mailing to the outbox row that carries it. */
export async function setMailingOutbox(
  db: Queryable,
  caseId: string,
  wave: number,
  outboxId: string,
): Promise<void> {
  await db
    .updateTable("survey_mailings")
    .set({ outbox_id: outboxId })
    .where("case_id", "=", caseId)
    .where("wave", "=", wave)
    .execute();
}

/** A mailing with its survey's workspace: the select both lookups share. */
function mailings(db: Queryable) {
  return db
    .selectFrom("survey_mailings as m")
    .innerJoin("surveys as s", "s.id", "m.survey_id")
    .select([
      "m.case_id as caseId",
      "m.wave",
      "m.survey_id as surveyId",
      "s.workspace_id as workspaceId",
      "m.expires_at as expiresAt",
    ]);
}

/** The mailing whose link token hashes to `tokenHash` (expired ones too), else undefined. */
export async function findMailingByTokenHash(
  db: Queryable,
  tokenHash: string,
): Promise<MailingRecord | undefined> {
  return mailings(db).where("m.token_hash", "=", tokenHash).executeTakeFirst();
}

/** The mailing carried by outbox mail `outboxId` (for bounces), else undefined. */
export async function findMailingByOutboxId(
  db: Queryable,
  outboxId: string,
): Promise<MailingRecord | undefined> {
  return mailings(db).where("m.outbox_id", "=", outboxId).executeTakeFirst();
}

const contactColumns = [
  "c.id",
  "c.survey_id as surveyId",
  "c.stratum",
  "c.frame_unit_id as frameUnitId",
  "u.row_number as rowNumber",
  "u.organisation_name as organisationName",
  "u.email",
  "u.normalised_email as normalisedEmail",
  "u.eligibility",
] as const;

/**
 * Cases of the survey with no mail in `wave` yet. For wave 0, every such case; for a reminder
 * wave, only non-respondents: invited (wave 0 exists), not completed, never refused, unsubscribed,
 * screened out or bounced. In frame row order.
 */
export async function listCasesToMail(db: Queryable, surveyId: string, wave: number): Promise<CaseRecord[]> {
  let query = db
    .selectFrom("survey_cases as c")
    .innerJoin("survey_frame_units as u", "u.id", "c.frame_unit_id")
    .select(contactColumns)
    .where("c.survey_id", "=", surveyId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("survey_mailings as m")
            .select("m.wave")
            .whereRef("m.case_id", "=", "c.id")
            .where("m.wave", "=", wave),
        ),
      ),
    );
  if (wave > 0) {
    query = query
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("survey_mailings as m0")
            .select("m0.wave")
            .whereRef("m0.case_id", "=", "c.id")
            .where("m0.wave", "=", 0),
        ),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom("survey_completions as k").select("k.case_id").whereRef("k.case_id", "=", "c.id"),
          ),
        ),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("survey_case_events as e")
              .select("e.id")
              .whereRef("e.case_id", "=", "c.id")
              .where("e.kind", "in", ["refused", "unsubscribed", "screened_out", "bounced"]),
          ),
        ),
      );
  }
  return query.orderBy("u.row_number").execute();
}

/** Whether the workspace must not mail `normalisedEmail` (unsubscribed or bounced before). */
export async function listSuppressedEmails(
  db: Queryable,
  workspaceId: string,
  normalisedEmails: readonly string[],
): Promise<Set<string>> {
  if (normalisedEmails.length === 0) return new Set();
  const rows = await db
    .selectFrom("survey_suppressions")
    .select("normalised_email")
    .where("workspace_id", "=", workspaceId)
    .where("normalised_email", "in", normalisedEmails)
    .execute();
  return new Set(rows.map((r) => r.normalised_email));
}

/** Adds an address to the workspace's suppression list (first reason kept). */
export async function insertSuppression(
  db: Queryable,
  suppression: {
    readonly workspaceId: string;
    readonly normalisedEmail: string;
    readonly reason: "unsubscribed" | "bounced";
    readonly surveyId: string;
    readonly at: Date;
  },
): Promise<void> {
  await db
    .insertInto("survey_suppressions")
    .values({
      workspace_id: suppression.workspaceId,
      normalised_email: suppression.normalisedEmail,
      reason: suppression.reason,
      survey_id: suppression.surveyId,
      at: suppression.at,
    })
    .onConflict((oc) => oc.columns(["workspace_id", "normalised_email"]).doNothing())
    .execute();
}

export interface ReminderWaveRecord {
  readonly surveyId: string;
  readonly wave: number;
  readonly dueAt: Date;
  readonly subject: string;
  readonly text: string;
  readonly enqueuedAt: Date | null;
  readonly mailCount: number | null;
}

const waveColumns = [
  "survey_id as surveyId",
  "wave",
  "due_at as dueAt",
  "subject",
  "text",
  "enqueued_at as enqueuedAt",
  "mail_count as mailCount",
] as const;

/**
 * Schedules reminder wave `wave`, or reschedules it while it has not gone out; returns the wave as
 * stored (an enqueued wave is returned unchanged).
 */
export async function upsertReminderWave(
  db: Queryable,
  wave: {
    readonly surveyId: string;
    readonly wave: number;
    readonly dueAt: Date;
    readonly subject: string;
    readonly text: string;
  },
): Promise<ReminderWaveRecord> {
  await db
    .insertInto("survey_reminder_waves")
    .values({
      survey_id: wave.surveyId,
      wave: wave.wave,
      due_at: wave.dueAt,
      subject: wave.subject,
      text: wave.text,
    })
    .onConflict((oc) =>
      oc
        .columns(["survey_id", "wave"])
        .doUpdateSet({ due_at: wave.dueAt, subject: wave.subject, text: wave.text })
        .where("survey_reminder_waves.enqueued_at", "is", null),
    )
    .execute();
  return db
    .selectFrom("survey_reminder_waves")
    .select(waveColumns)
    .where("survey_id", "=", wave.surveyId)
    .where("wave", "=", wave.wave)
    .executeTakeFirstOrThrow();
}

/** The survey's reminder waves in order. */
export async function listReminderWaves(db: Queryable, surveyId: string): Promise<ReminderWaveRecord[]> {
  return db
    .selectFrom("survey_reminder_waves")
    .select(waveColumns)
    .where("survey_id", "=", surveyId)
    .orderBy("wave")
    .execute();
}

/**
 * Claims up to `limit` waves due at `now` and not yet enqueued, of live surveys; rows another
 * transaction holds are skipped (FOR UPDATE SKIP LOCKED). Call inside a transaction.
 */
export async function claimDueReminderWaves(
  db: Queryable,
  now: Date,
  limit: number,
): Promise<ReminderWaveRecord[]> {
  return db
    .selectFrom("survey_reminder_waves as w")
    .innerJoin("surveys as s", "s.id", "w.survey_id")
    .select([
      "w.survey_id as surveyId",
      "w.wave",
      "w.due_at as dueAt",
      "w.subject",
      "w.text",
      "w.enqueued_at as enqueuedAt",
      "w.mail_count as mailCount",
    ])
    .where("w.enqueued_at", "is", null)
    .where("w.due_at", "<=", now)
    .where("s.status", "=", "live")
    .orderBy("w.due_at")
    .limit(limit)
    .forUpdate("w")
    .skipLocked()
    .execute();
}

/** Records that a wave's mail was enqueued (`mailCount` mails). */
export async function markReminderWaveEnqueued(
  db: Queryable,
  surveyId: string,
  wave: number,
  at: Date,
  mailCount: number,
): Promise<void> {
  await db
    .updateTable("survey_reminder_waves")
    .set({ enqueued_at: at, mail_count: mailCount })
    .where("survey_id", "=", surveyId)
    .where("wave", "=", wave)
    .execute();
}

/** Mailings per wave of a survey: { wave, mails }. */
export async function countMailingsByWave(
  db: Queryable,
  surveyId: string,
): Promise<{ readonly wave: number; readonly mails: number }[]> {
  return db
    .selectFrom("survey_mailings")
    .select(["wave", sql<number>`count(*)::int`.as("mails")])
    .where("survey_id", "=", surveyId)
    .groupBy("wave")
    .orderBy("wave")
    .execute();
}
