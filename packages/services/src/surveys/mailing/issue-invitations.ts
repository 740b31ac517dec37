// Invites every case of a live survey that has not been invited: one outbox mail per case from the
// template, with its personal link. Cases without an email or whose address the workspace must not
// mail (unsubscribed or bounced before) are skipped and counted. Safe to run again: already
// invited cases are not mailed twice.
import type { InvitationsSent } from "@smartspec/domain";
import { listCasesToMail, listSuppressedEmails, withTransaction } from "@smartspec/storage";
import { requireSurveyStatus, type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { checkMailTemplate, type MailTemplate } from "../survey-mail-texts.ts";
import { enqueueCaseMail } from "./enqueue-case-mail.ts";

export interface IssueInvitationsProps extends SurveyAccessProps, MailTemplate {}

export type IssueInvitationsResult = InvitationsSent;

/** Cases invited per transaction: progress survives a stop, and no transaction grows without bound. */
const chunkSize = 200;

/**
 * Queues the invitations. Throws `conflict` unless the survey is live, `validation` for a bad template.
 * Example: `await issueInvitations(ctx, { userId, slug, surveyId, subject: "{{surveyTitle}}", text: "Dear {{organisation}}, {{link}}" })`.
 */
export async function issueInvitations(
  ctx: SurveyContext,
  props: IssueInvitationsProps,
): Promise<IssueInvitationsResult> {
  const template = checkMailTemplate(props);
  const { survey } = await surveyForMember(ctx.database.db, props, "write-data");
  requireSurveyStatus(survey, "live", "Sending invitations");
  const cases = await listCasesToMail(ctx.database.db, survey.id, 0);
  const suppressed = await listSuppressedEmails(
    ctx.database.db,
    survey.workspaceId,
    cases.flatMap((c) => (c.normalisedEmail ? [c.normalisedEmail] : [])),
  );
  let invited = 0;
  let skippedNoEmail = 0;
  let skippedSuppressed = 0;
  for (let start = 0; start < cases.length; start += chunkSize) {
    invited += await withTransaction(ctx.database, async (trx) => {
      let queued = 0;
      for (const surveyCase of cases.slice(start, start + chunkSize)) {
        const email = surveyCase.email;
        if (!email) skippedNoEmail += 1;
        else if (suppressed.has(surveyCase.normalisedEmail ?? "")) skippedSuppressed += 1;
        else if (await enqueueCaseMail(ctx, trx, survey, { ...surveyCase, email }, 0, template)) queued += 1;
      }
      return queued;
    });
  }
  ctx.log("survey.invitations.issued", { surveyId: survey.id, invited, skippedNoEmail, skippedSuppressed });
  return { invited, skippedNoEmail, skippedSuppressed };
}
