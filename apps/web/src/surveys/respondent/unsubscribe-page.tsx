// /s/{token}/unsubscribe: the one-click stop every survey mail ends with. A GET must not change
// anything (mail scanners open links), so the page asks for one press of a button.
import { useMutation } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useMemo } from "react";
import { createRespondentApi } from "../../api/survey-respondent.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { RespondentLayout } from "./respondent-layout.tsx";

export function UnsubscribePage() {
  const { token } = useParams({ strict: false }) as { token: string };
  const api = useMemo(() => createRespondentApi({ kind: "personal", token }), [token]);
  const stop = useMutation({ mutationFn: api.unsubscribe });
  return (
    <RespondentLayout>
      <PageTitle page="Stop survey mail" />
      <h1>Stop mail about this survey</h1>
      {stop.isSuccess ? (
        <p className="lead" role="status">
          Done: you will get no more mail about this survey.
        </p>
      ) : (
        <>
          <p className="lead">
            Press the button and we will send you no more invitations or reminders for it.
          </p>
          <ErrorAlert error={stop.error} />
          <button
            type="button"
            className="button-primary"
            disabled={stop.isPending}
            onClick={() => stop.mutate()}
          >
            Stop survey mail
          </button>
        </>
      )}
    </RespondentLayout>
  );
}
