// The durable mail outbox. Mail is written here in the same transaction as the change it reports;
// a delivery loop in any process claims due rows with FOR UPDATE SKIP LOCKED, so a row is handed to
// one sender only, even with several server processes on one PostgreSQL database.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

/** queued: waiting to be sent; sending: claimed by a sender; kept: no SMTP, read in the UI. */
export const outboxStatuses = ["queued", "sending", "sent", "failed", "kept"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export interface NewMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly workspaceId: string | null;
  readonly status: "queued" | "kept";
  readonly createdAt: Date;
}

export interface MailRecord {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  readonly workspaceId: string | null;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
  readonly lastError: string | null;
}

const mailColumns = [
  "outbox.id",
  "outbox.recipient as to",
  "outbox.subject",
  "outbox.text_body as text",
  "outbox.html_body as html",
  "outbox.workspace_id as workspaceId",
  sql<OutboxStatus>`outbox.status`.as("status"),
  "outbox.attempts",
  "outbox.created_at as createdAt",
  "outbox.sent_at as sentAt",
  "outbox.last_error as lastError",
] as const;

/** Adds a mail to the outbox; returns its id. */
export async function enqueueMail(db: Queryable, mail: NewMail): Promise<string> {
  const row = await db
    .insertInto("outbox")
    .values({
      recipient: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      workspace_id: mail.workspaceId,
      status: mail.status,
      next_attempt_at: mail.createdAt,
      created_at: mail.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Claims up to `limit` queued mails due at `now` (oldest first): marks them `sending`, counts the
 * attempt and returns them. Rows another transaction has locked are skipped, not waited for.
 */
export async function claimDueMail(db: Queryable, now: Date, limit: number): Promise<MailRecord[]> {
  return db
    .updateTable("outbox")
    .set((eb) => ({ status: "sending", attempts: eb("attempts", "+", 1), claimed_at: now }))
    .where("id", "in", (eb) =>
      eb
        .selectFrom("outbox as due")
        .select("due.id")
        .where("due.status", "=", "queued")
        .where("due.next_attempt_at", "<=", now)
        .orderBy("due.created_at")
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(mailColumns)
    .execute();
}

/** Records a successful send. */
export async function markMailSent(db: Queryable, id: string, at: Date): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ status: "sent", sent_at: at, last_error: null })
    .where("id", "=", id)
    .execute();
}

/** Records a failed attempt: back to `queued` at `nextAttemptAt`, or `failed` when that is null. */
export async function markMailAttemptFailed(
  db: Queryable,
  id: string,
  error: string,
  nextAttemptAt: Date | null,
): Promise<void> {
  await db
    .updateTable("outbox")
    .set(
      nextAttemptAt
        ? { status: "queued", next_attempt_at: nextAttemptAt, last_error: error }
        : { status: "failed", last_error: error },
    )
    .where("id", "=", id)
    .execute();
}

/**
 * Mails claimed before `claimedBefore` and never finished (their sender stopped mid-send) go back
 * to `queued`, due at once, so they are not lost (docs/decisions/0010): the SMTP server may or may
 * not have accepted them, and the resend carries the same Message-ID. A mail whose claims already
 * used `maxAttempts` is marked `failed` instead. Returns how many were requeued and failed.
 */
export async function recoverInterruptedMail(
  db: Queryable,
  claimedBefore: Date,
  now: Date,
  maxAttempts: number,
): Promise<{ requeued: number; failed: number }> {
  const note = "Delivery was interrupted (the sender stopped); sent again with the same Message-ID";
  const failed = await db
    .updateTable("outbox")
    .set({ status: "failed", last_error: `${note}: no attempts left` })
    .where("status", "=", "sending")
    .where("claimed_at", "<", claimedBefore)
    .where("attempts", ">=", maxAttempts)
    .executeTakeFirst();
  const requeued = await db
    .updateTable("outbox")
    .set({ status: "queued", next_attempt_at: now, last_error: note })
    .where("status", "=", "sending")
    .where("claimed_at", "<", claimedBefore)
    .executeTakeFirst();
  return { requeued: Number(requeued.numUpdatedRows), failed: Number(failed.numUpdatedRows) };
}

/**
 * The mail an owner of `workspaceId` may read, newest first: the workspace's own mail and
 * instance mail (password resets) addressed to its current members.
 */
export async function listWorkspaceMail(
  db: Queryable,
  workspaceId: string,
  limit = 200,
): Promise<MailRecord[]> {
  return db
    .selectFrom("outbox")
    .select(mailColumns)
    .where((eb) =>
      eb.or([
        eb("outbox.workspace_id", "=", workspaceId),
        eb.and([
          eb("outbox.workspace_id", "is", null),
          eb(
            sql<string>`lower(outbox.recipient)`,
            "in",
            eb
              .selectFrom("memberships as m")
              .innerJoin("users as u", "u.id", "m.user_id")
              .select(sql<string>`lower(u.email)`.as("email"))
              .where("m.workspace_id", "=", workspaceId),
          ),
        ]),
      ]),
    )
    .orderBy("outbox.created_at", "desc")
    .orderBy("outbox.id")
    .limit(limit)
    .execute();
}

/** Every mail, oldest first (tests and diagnostics). */
export async function listAllMail(db: Queryable): Promise<MailRecord[]> {
  return db
    .selectFrom("outbox")
    .select(mailColumns)
    .orderBy("outbox.created_at")
    .orderBy("outbox.id")
    .execute();
}
