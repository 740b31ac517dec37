// Sends due mail from the durable outbox. Each mail is claimed (FOR UPDATE SKIP LOCKED, status
// `sending`) before it is handed to SMTP, so two deliverers - in one process or several - never
// send the same mail; a mail left `sending` by a crash is marked failed, never resent.
import { claimDueMail, failInterruptedMail, markMailAttemptFailed, markMailSent } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";

/** What a nodemailer transport offers that delivery uses (a nodemailer Transporter fits). */
export interface MailTransport {
  sendMail(message: {
    readonly from: string;
    readonly to: string;
    readonly subject: string;
    readonly text: string;
    readonly html?: string;
  }): Promise<unknown>;
}

export interface DeliverOutboxProps {
  readonly transport: MailTransport;
  /** The From address (`smartspec <no-reply@example.org>`). */
  readonly from: string;
  /** Mails claimed per round; default 20. */
  readonly batchSize?: number;
  /** Attempts before a mail is marked failed; default 5. */
  readonly maxAttempts?: number;
  /**
   * Mails of a round handed to the transport at once; default 4 (a pooled nodemailer transport
   * with as many connections sends them in parallel). Each is marked sent as soon as SMTP accepts it.
   */
  readonly concurrency?: number;
}

export interface DeliveryReport {
  readonly sent: number;
  /** Failed this time, queued again with a later next attempt. */
  readonly retrying: number;
  /** Failed for good (attempts used up). */
  readonly failed: number;
}

/** First retry after 30 s, then doubling: 30 s, 1 min, 2 min, 4 min ... */
export const retryBaseMs = 30_000;
/** A claim older than this whose sender never finished is taken as interrupted. */
export const interruptedAfterMs = 10 * 60 * 1000;

/**
 * One delivery round: marks long-interrupted sends failed, claims due queued mail (oldest first)
 * and sends it, `concurrency` mails at a time. Returns the counts; SMTP errors are recorded on the mail, not thrown.
 * Example: `await deliverOutbox(ctx, { transport: nodemailer.createTransport(smtpUrl), from })`.
 */
export async function deliverOutbox(
  ctx: PlatformContext,
  props: DeliverOutboxProps,
): Promise<DeliveryReport> {
  const db = ctx.database.db;
  const maxAttempts = props.maxAttempts ?? 5;
  await failInterruptedMail(
    db,
    new Date(ctx.now().getTime() - interruptedAfterMs),
    "Delivery was interrupted; not retried, so the mail cannot arrive twice",
  );
  const claimed = await claimDueMail(db, ctx.now(), props.batchSize ?? 20);
  let sent = 0;
  let retrying = 0;
  let failed = 0;
  const deliver = async (mail: (typeof claimed)[number]) => {
    try {
      await props.transport.sendMail({
        from: props.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
      });
      await markMailSent(db, mail.id, ctx.now());
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retry = mail.attempts < maxAttempts;
      const nextAttemptAt = retry
        ? new Date(ctx.now().getTime() + retryBaseMs * 2 ** (mail.attempts - 1))
        : null;
      await markMailAttemptFailed(db, mail.id, message.slice(0, 500), nextAttemptAt);
      if (retry) retrying += 1;
      else failed += 1;
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < claimed.length) await deliver(claimed[next++]!);
  };
  const lanes = Math.max(1, Math.min(props.concurrency ?? 4, claimed.length));
  await Promise.all(Array.from({ length: lanes }, worker));
  return { sent, retrying, failed };
}
