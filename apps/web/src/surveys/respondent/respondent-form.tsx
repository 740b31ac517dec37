// An open survey form: the anonymity notice, the SurveyJS form with save-and-resume, the submit
// (one idempotency key per form, retried while the server cannot be reached), and for personal
// links a way to decline. Tells the page when the respondent is done.
import { useCallback, useMemo, useState } from "react";
import { ApiError } from "../../api/api-error.ts";
import { AnswerProblemsError, type RespondentApi, type RespondentLink } from "../../api/survey-respondent.ts";
import type { RespondentForm as FormData } from "../../api/survey-types.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { type AnswerStore, startingAnswers } from "./answer-store.ts";
import { DeclineButton } from "./decline-button.tsx";
import { LazySurveyForm } from "./lazy-survey-form.tsx";
import { submitWithRetry } from "./submit-with-retry.ts";
import { saveStateText, useSavedProgress } from "./use-saved-progress.tsx";
import { instrumentForVariant } from "./variant-instrument.ts";

export type FormOutcome = "thanks" | "already-completed" | "declined" | { readonly invalid: string };

interface RespondentFormProps {
  readonly link: RespondentLink;
  readonly form: FormData;
  readonly api: RespondentApi;
  readonly store: AnswerStore;
  readonly onDone: (outcome: FormOutcome) => void;
}

function problemText(problem: { path?: unknown; message: string }): string {
  const path = Array.isArray(problem.path) ? problem.path.join(".") : problem.path;
  return typeof path === "string" && path !== "" ? `${path}: ${problem.message}` : problem.message;
}

export function RespondentForm({ link, form, api, store, onDone }: RespondentFormProps) {
  const json = useMemo(() => instrumentForVariant(form.instrument, form.variant), [form]);
  const initial = useMemo(() => {
    const local = store.read();
    return { answers: startingAnswers(form.answers, local.answers), pageNo: local.pageNo };
  }, [form, store]);
  const progress = useSavedProgress(api, store, form.resumeKey ?? null);
  const [submitting, setSubmitting] = useState<"no" | "sending" | "retrying">("no");
  const [failure, setFailure] = useState<unknown>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);

  const submit = useCallback(
    async (answers: Record<string, unknown>) => {
      const key = store.idempotencyKey(() => crypto.randomUUID());
      store.write({ answers });
      setSubmitting("sending");
      setFailure(null);
      setProblems([]);
      try {
        await submitWithRetry(() => api.submit(answers, key, progress.resumeKey()), {
          onRetry: () => setSubmitting("retrying"),
        });
        store.clear();
        onDone("thanks");
      } catch (error) {
        setSubmitting("no");
        if (error instanceof AnswerProblemsError) return setProblems(error.problems.map(problemText));
        if (error instanceof ApiError && error.code === "invalid-token")
          return onDone({ invalid: error.message });
        if (error instanceof ApiError && error.status === 409) {
          store.clear();
          return onDone("already-completed");
        }
        setFailure(error);
      }
    },
    [api, store, progress, onDone],
  );

  return (
    <>
      <PageTitle page={form.survey.title} />
      <h1>{form.survey.title}</h1>
      <section className="survey-notice" aria-label="About your answers">
        <p>{form.survey.notice}</p>
      </section>
      <LazySurveyForm
        json={json}
        answers={initial.answers}
        pageNo={initial.pageNo}
        onChange={progress.changed}
        onPageChange={progress.pageChanged}
        onSubmit={submitting === "no" ? submit : undefined}
      />
      {submitting !== "no" && (
        <p role="status" className="status">
          {submitting === "sending"
            ? "Sending your answers…"
            : "The server cannot be reached. Trying again; your answers are kept on this device."}
        </p>
      )}
      <ErrorAlert error={failure} />
      {problems.length > 0 && (
        <div role="alert" className="alert">
          <p>Some answers need attention before they can be stored:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="save-state muted" role="status">
        {saveStateText(progress.saveState)}
      </p>
      {link.kind === "personal" && <DeclineButton api={api} onDeclined={() => onDone("declined")} />}
    </>
  );
}
