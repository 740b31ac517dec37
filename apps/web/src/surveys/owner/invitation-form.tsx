import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { surveyApi, surveyKeys } from "../../api/survey-queries.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { StatusMessage } from "../../components/status-message.tsx";
import { MailTemplateFields } from "./mail-template-fields.tsx";
import { invitationTemplate, templateProblem } from "./mail-templates.ts";

/** Sends the personal invitations of a live survey (once per case: sending again adds none). */
export function InvitationForm({ slug, surveyId }: { slug: string; surveyId: string }) {
  const queryClient = useQueryClient();
  const [template, setTemplate] = useState(invitationTemplate);
  const [problem, setProblem] = useState<string | undefined>();
  const invite = useMutation({
    mutationFn: () => surveyApi.invite(slug, surveyId, template),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.dashboard(slug, surveyId) }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = templateProblem(template);
    setProblem(found);
    if (found === undefined) invite.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="invite-heading" className="survey-upload">
      <h3 id="invite-heading">Invitations</h3>
      <p>One mail to each sampled organisation with an email address, each with its own link.</p>
      <ErrorAlert error={problem ?? invite.error} />
      {invite.data && (
        <StatusMessage>
          Invited {invite.data.invited}. Skipped {invite.data.skippedNoEmail} without an email address and{" "}
          {invite.data.skippedSuppressed} who asked for no more mail.
        </StatusMessage>
      )}
      <MailTemplateFields subject={template.subject} text={template.text} onChange={setTemplate} />
      <button type="submit" className="button-primary" disabled={invite.isPending}>
        Send invitations
      </button>
    </form>
  );
}
