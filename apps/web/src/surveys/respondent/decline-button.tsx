import { useState } from "react";
import type { RespondentApi } from "../../api/survey-respondent.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";

/** "I do not want to take part": asks once more, then records the refusal (no more reminders). */
export function DeclineButton({ api, onDeclined }: { api: RespondentApi; onDeclined: () => void }) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const decline = async () => {
    try {
      await api.refuse();
      onDeclined();
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <section className="decline" aria-label="Not taking part">
      {asking ? (
        <>
          <p>You will get no more reminders about this survey, and your link will stop working.</p>
          <div className="row-actions">
            <button type="button" className="button-danger" onClick={decline}>
              Yes, I do not want to take part
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="link-button" onClick={() => setAsking(true)}>
          I do not want to take part
        </button>
      )}
      <ErrorAlert error={failure} />
    </section>
  );
}
