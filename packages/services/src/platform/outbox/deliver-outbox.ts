// Sends due mail from the durable outbox. Each mail is claimed (FOR UPDATE SKIP LOCKED, status
// `sending`) just before it is handed to SMTP, one per lane, so two deliverers - in one process or
// several - never send the same mail, and a crash leaves at most one mail per lane in doubt. A mail
// left `sending` by a sender that stopped is sent again after `interruptedAfterMs` with the same
// Message-ID: at least once rather than perhaps never (docs/decisions/0010).
import {
  claimDueMail,
  type MailRecord,
  markMailAttemptFailed,
  markMailSent,
  recoverInterruptedMail,
} from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";

/** What a nodemailer transport offers that delivery uses (a nodemailer Transporter fits). */
export interface MailTransport {
  sendMail(message: {
    readonly from: string;
    readonly to: string;
    readonly subject: string;
    readonly text: string;
    readonly html?: string;
    /** `<outbox id@host>`: the same on every attempt, so a resend after a crash can be recognised. */
    readonly messageId?: string;
    /** `X-Smartspec-Outbox-ID`: names the mail in a bounce even when a relay rewrites the Message-ID. */
    readonly headers?: Readonly<Record<string, string>>;
    /** SMTP envelope: the sender (Return-Path) that delivery reports go back to. */
    readonly envelope?: { readonly from: string; readonly to: string };
    /** DSN parameters (RFC 3461; sent only to a server that offers DSN): ENVID and RET=HDRS. */
    readonly dsn?: { readonly id: string; readonly return: "headers" };
  }): Promise<unknown>;
}

export interface DeliverOutboxProps {
  readonly transport: MailTransport;
  /** The From address (`smartspec <no-reply@example.org>`). */
  readonly from: string;
  /** Mails sent per round at most; default 20. */
  readonly batchSize?: number;
  /** Attempts before a mail is marked failed; default 5. */
  readonly maxAttempts?: number;
  /**
   * Mails of a round handed to the transport at once; default 4 (a pooled nodemailer transport
   * with as many connections sends them in parallel). Each is marked sent as soon as SMTP accepts it.
   */
  readonly concurrency?: number;
  /**
   * Told of a mail the receiving server refused for good (an SMTP 5xx reply, e.g. 550 no such
   * user): it is failed at once, not retried. Survey fieldwork records it as a hard bounce.
   */
  readonly onUndeliverable?: (mailId: string, reason: string) => Promise<void> | void;
  /**
   * Envelope sender (Return-Path) of every mail, where relays send delivery reports
   * (SMARTSPEC_BOUNCE_ADDRESS); default: the From address, as nodemailer does.
   */
  readonly bounceAddress?: string;
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
/**
 * A claim older than this whose sender never finished is taken as interrupted and sent again. It
 * must exceed the longest a live send can take: the server's SMTP transport gives up after 60 s
 * (apps/server/src/main.ts).
 */
export const interruptedAfterMs = 2 * 60 * 1000;

/** The Message-ID of outbox mail `id` under the instance's public URL. */
export function outboxMessageId(id: string, publicUrl: string): string {
  let host = "smartspec.invalid";
  try {
    host = new URL(publicUrl).hostname || host;
  } catch {
    // keep the placeholder host
  }
  return `<${id}@${host}>`;
}

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
  await recoverInterruptedMail(
    db,
    new Date(ctx.now().getTime() - interruptedAfterMs),
    ctx.now(),
    maxAttempts,
  );
  const budget = props.batchSize ?? 20;
  let sent = 0;
  let retrying = 0;
  let failed = 0;
  const deliver = async (mail: MailRecord) => {
    try {
      await props.transport.sendMail({
        from: props.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        messageId: outboxMessageId(mail.id, ctx.publicUrl),
        // A later bounce (a DSN) names the mail by its returned headers, its envelope id or this header;
        // headers only come back (RET=HDRS), not the body with its personal link.
        headers: { "X-Smartspec-Outbox-ID": mail.id },
        dsn: { id: mail.id, return: "headers" },
        ...(props.bounceAddress ? { envelope: { from: props.bounceAddress, to: mail.to } } : {}),
      });
      await markMailSent(db, mail.id, ctx.now());
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const code = (error as { responseCode?: unknown } | null)?.responseCode;
      if (typeof code === "number" && code >= 500 && code < 600) {
        await markMailAttemptFailed(db, mail.id, message.slice(0, 500), null);
        failed += 1;
        try {
          await props.onUndeliverable?.(mail.id, message);
        } catch {
          // The mail is failed either way; the hook's own failure must not stop the round.
        }
        return;
      }
      const retry = mail.attempts < maxAttempts;
      const nextAttemptAt = retry
        ? new Date(ctx.now().getTime() + retryBaseMs * 2 ** (mail.attempts - 1))
        : null;
      await markMailAttemptFailed(db, mail.id, message.slice(0, 500), nextAttemptAt);
      if (retry) retrying += 1;
      else failed += 1;
    }
  };
  // Each lane claims one mail, sends it, and claims the next, until the round's budget is used or
  // nothing is due: a mail is `sending` only while it is really with SMTP.
  let taken = 0;
  const lane = async () => {
    while (taken < budget) {
      taken += 1;
      const [mail] = await claimDueMail(db, ctx.now(), 1);
      if (mail === undefined) return;
      await deliver(mail);
    }
  };
  const lanes = Math.max(1, Math.min(props.concurrency ?? 4, budget));
  await Promise.all(Array.from({ length: lanes }, lane));
  return { sent, retrying, failed };
}
