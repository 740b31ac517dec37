// One personal mail to one case in one wave: a new token (only its sha256 is stored, in the
// mailing row), the mail in the outbox in the same transaction, and the case event. The mailing's
// (case, wave) primary key makes this idempotent: a second call for the same wave writes nothing.
import {
  type CaseRecord,
  enqueueMail,
  insertCaseEvents,
  insertMailing,
  type Queryable,
  type SurveyRecord,
  setMailingOutbox,
} from "@smartspec/storage";
import { hashToken, newToken } from "../../platform/tokens.ts";
import type { SurveyContext } from "../survey-context.ts";
import { personalLink, unsubscribeLink } from "../survey-links.ts";
import { type AnonymityMode, type MailTemplate, renderSurveyMail } from "../survey-mail-texts.ts";

const dayMs = 24 * 60 * 60 * 1000;

/** Mails `surveyCase` for `wave` unless it already has that wave's mail; true when a mail was queued. */
export async function enqueueCaseMail(
  ctx: SurveyContext,
  trx: Queryable,
  survey: SurveyRecord,
  surveyCase: CaseRecord & { readonly email: string },
  wave: number,
  template: MailTemplate,
): Promise<boolean> {
  const now = ctx.now();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + survey.invitationValidityDays * dayMs);
  const inserted = await insertMailing(trx, {
    caseId: surveyCase.id,
    wave,
    surveyId: survey.id,
    tokenHash: hashToken(token),
    expiresAt,
    createdAt: now,
  });
  if (!inserted) return false;
  const mail = renderSurveyMail(template, {
    organisation: surveyCase.organisationName,
    link: personalLink(ctx.publicUrl, token),
    expiresOn: expiresAt.toISOString().slice(0, 10),
    surveyTitle: survey.title,
    unsubscribeLink: unsubscribeLink(ctx.publicUrl, token),
    anonymity: survey.anonymity as AnonymityMode,
  });
  const outboxId = await enqueueMail(trx, {
    to: surveyCase.email,
    subject: mail.subject,
    text: mail.text,
    workspaceId: survey.workspaceId,
    status: ctx.mailDelivery === "smtp" ? "queued" : "kept",
    createdAt: now,
  });
  await setMailingOutbox(trx, surveyCase.id, wave, outboxId);
  await insertCaseEvents(trx, [
    {
      surveyId: survey.id,
      caseId: surveyCase.id,
      kind: wave === 0 ? "invited" : "reminded",
      detail: String(wave),
      at: now,
    },
  ]);
  return true;
}
