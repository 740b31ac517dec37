// Reading the fieldwork mail the in-process SMTP receiver holds: which mails are invitations and
// which reminders (by subject), each one's personal token, counts per address, and a wait that
// only ends once a count has reached its target and then stayed there (no late duplicate).
import { linksIn, type ReceivedMail } from "./mail-message.ts";
import type { SmtpReceiver } from "./smtp-receiver.ts";
import { tokenOfLink } from "./survey-fieldwork-respond.ts";

/** The personal link in a survey mail (the unsubscribe link ends in /unsubscribe, so it is not it). */
export function personalLinkOf(mail: ReceivedMail): string {
  const link = linksIn(mail.text).find((href) => /\/s\/[A-Za-z0-9_-]+$/.test(href));
  if (link === undefined)
    throw new Error(`A survey mail to ${mail.to.join(",")} has no personal link:\n${mail.text}`);
  return link;
}

/** The single recipient of a survey mail (each goes to one address). */
export function recipientOf(mail: ReceivedMail): string {
  if (mail.to.length !== 1)
    throw new Error(`A survey mail has ${mail.to.length} recipients: ${mail.to.join(",")}`);
  return mail.to[0] ?? "";
}

/** Mails per recipient address. */
export function countByAddress(mails: readonly ReceivedMail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of mails) counts.set(recipientOf(mail), (counts.get(recipientOf(mail)) ?? 0) + 1);
  return counts;
}

/** Tokens that occur in more than one mail (the same outbox row sent twice would repeat its token). */
export function repeatedTokens(mails: readonly ReceivedMail[]): string[] {
  const seen = new Map<string, number>();
  for (const mail of mails) {
    const token = tokenOfLink(personalLinkOf(mail));
    seen.set(token, (seen.get(token) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([token]) => token);
}

/**
 * Waits until `select` picks at least `target` of the received mails, then for `settleMs` more
 * (longer than the outbox's 2 s delivery pause) so a mail sent twice would still arrive; returns
 * the mails picked then. Throws with the count reached when `timeoutMs` passes first.
 * `during` is called on every poll with the count so far (to restart the server mid-way).
 */
export async function waitForMailCount(
  smtp: SmtpReceiver,
  select: (mail: ReceivedMail) => boolean,
  target: number,
  options: { timeoutMs: number; settleMs: number; during?: (count: number) => Promise<void> },
): Promise<ReceivedMail[]> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const count = smtp.messages.filter(select).length;
    if (count >= target) break;
    if (Date.now() > deadline)
      throw new Error(`Only ${count} of ${target} mails reached the receiver in time`);
    await options.during?.(count);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, options.settleMs));
  return smtp.messages.filter(select);
}
