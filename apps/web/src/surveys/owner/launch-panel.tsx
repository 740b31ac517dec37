import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { surveyApi, surveyKeys } from "../../api/survey-queries.ts";
import type { SurveyDetail } from "../../api/survey-types.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { anonymityDescriptions } from "./survey-texts.ts";

/** Start fieldwork (after a confirmation naming what becomes fixed), or close a live survey. */
export function LaunchPanel({ slug, survey }: { slug: string; survey: SurveyDetail }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: surveyKeys.list(slug) });
  const launch = useMutation({
    mutationFn: () => surveyApi.launch(slug, survey.id),
    onSuccess: refresh,
    onSettled: () => setConfirming(false),
  });
  const close = useMutation({
    mutationFn: () => surveyApi.close(slug, survey.id),
    onSuccess: refresh,
    onSettled: () => setConfirming(false),
  });
  const mode = anonymityDescriptions[survey.anonymity];
  if (survey.status === "closed") return <p>Fieldwork is over: the survey is closed.</p>;
  if (survey.status === "live") {
    return (
      <section aria-labelledby="close-heading">
        <h3 id="close-heading">Fieldwork is running</h3>
        <ErrorAlert error={close.error} />
        {confirming ? (
          <section className="confirm" aria-label="Confirm closing">
            <p>Closing stops every link from working; no more answers or reminders. This cannot be undone.</p>
            <div className="row-actions">
              <button
                type="button"
                className="button-danger"
                onClick={() => close.mutate()}
                disabled={close.isPending}
              >
                Close the survey
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          </section>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Close the survey…
          </button>
        )}
      </section>
    );
  }
  const ready = survey.instrument !== null && survey.sample !== null;
  return (
    <section aria-labelledby="launch-heading">
      <h3 id="launch-heading">Start fieldwork</h3>
      {!ready && <p>Upload an instrument and draw a sample first.</p>}
      <ErrorAlert error={launch.error} />
      {confirming ? (
        <section className="confirm" aria-label="Confirm the launch">
          <p>
            From now on the anonymity mode is fixed as <strong>{mode.label}</strong>: {mode.meaning}{" "}
            Instrument version {survey.instrument?.version} is frozen, and respondents are told the mode on
            every form.
          </p>
          <div className="row-actions">
            <button
              type="button"
              className="button-primary"
              onClick={() => launch.mutate()}
              disabled={launch.isPending}
            >
              Launch now
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </section>
      ) : (
        <button
          type="button"
          className="button-primary"
          disabled={!ready}
          onClick={() => setConfirming(true)}
        >
          Launch fieldwork…
        </button>
      )}
    </section>
  );
}
