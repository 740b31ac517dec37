// /s/{token} and /s/open/{key}: a respondent's survey. Loads the form for the link, then shows the
// form, or the page for a link that does not work, a survey already completed, thanks, or declined.
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { ApiError } from "../../api/api-error.ts";
import { createRespondentApi, type RespondentLink } from "../../api/survey-respondent.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { createAnswerStore } from "./answer-store.ts";
import { type FormOutcome, RespondentForm } from "./respondent-form.tsx";
import { RespondentLayout } from "./respondent-layout.tsx";
import { AlreadyCompleted, Declined, InvalidLink, ThankYou } from "./respondent-states.tsx";

/** /s/$token: a personal invitation link. */
export function PersonalSurveyPage() {
  const { token } = useParams({ strict: false }) as { token: string };
  const link = useMemo<RespondentLink>(() => ({ kind: "personal", token }), [token]);
  return <RespondPage link={link} />;
}

/** /s/open/$key: a survey's open link. */
export function OpenSurveyPage() {
  const { key } = useParams({ strict: false }) as { key: string };
  const link = useMemo<RespondentLink>(() => ({ kind: "open", key }), [key]);
  return <RespondPage link={link} />;
}

function linkId(link: RespondentLink): string {
  return link.kind === "personal" ? link.token : link.key;
}

function RespondPage({ link }: { link: RespondentLink }) {
  const api = useMemo(() => createRespondentApi(link), [link]);
  const store = useMemo(() => createAnswerStore(window.localStorage, link), [link]);
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const form = useQuery({
    queryKey: ["respond", link.kind, linkId(link)],
    queryFn: () => api.open(store.read().resumeKey),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  return <RespondentLayout>{content()}</RespondentLayout>;

  function content() {
    const title = form.data?.survey.title ?? "Survey";
    if (outcome === "thanks") return <ThankYou title={title} />;
    if (outcome === "already-completed") return <AlreadyCompleted title={title} />;
    if (outcome === "declined") return <Declined />;
    if (outcome !== null) return <InvalidLink message={outcome.invalid} />;
    if (form.isPending) {
      return (
        <>
          <PageTitle page="Survey" />
          <p role="status">Loading the survey…</p>
        </>
      );
    }
    if (form.error) {
      if (form.error instanceof ApiError && form.error.status === 404) {
        return <InvalidLink message={form.error.message} />;
      }
      return (
        <>
          <PageTitle page="Survey" />
          <h1>The survey could not be loaded</h1>
          <ErrorAlert error={form.error} />
          <button type="button" className="button-primary" onClick={() => void form.refetch()}>
            Try again
          </button>
        </>
      );
    }
    if (form.data.status === "completed") return <AlreadyCompleted title={title} />;
    return <RespondentForm link={link} form={form.data} api={api} store={store} onDone={setOutcome} />;
  }
}
