// The caller's blind coding sheet: every answer's text with a checkbox per code (the caller's own
// codes only: the API never sends the other coder's), saved one answer at a time; then "finish".
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { type CodebookView, codingApi, codingKey, codingSheetQuery } from "../../../api/survey-coding-api.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { StatusMessage } from "../../../components/status-message.tsx";
import { CodeCheckboxes } from "./code-checkboxes.tsx";
import "./coding.css";

interface Props {
  readonly slug: string;
  readonly surveyId: string;
  readonly book: CodebookView;
}

export function CodingSheet({ slug, surveyId, book }: Props) {
  const id = useId();
  const queryClient = useQueryClient();
  const sheet = useQuery(codingSheetQuery(slug, surveyId, book.field));
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState<string | undefined>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: codingKey(slug, surveyId) });
  const save = useMutation({
    mutationFn: (answer: { responseId: string; codeIds: readonly string[] }) =>
      codingApi.code(slug, surveyId, book.field, answer.responseId, answer.codeIds),
    onSuccess: async (_result, answer) => {
      setSaved(answer.responseId);
      await refresh();
    },
  });
  const finish = useMutation({
    mutationFn: () => codingApi.finish(slug, surveyId, book.field),
    onSuccess: refresh,
  });
  if (!sheet.data) return <ErrorAlert error={sheet.error} />;
  const answers = sheet.data.answers;
  return (
    <section aria-labelledby={`${id}-sheet`}>
      <h3 id={`${id}-sheet`}>Your coding</h3>
      <p>
        {sheet.data.yourSlot === null
          ? "Code an answer to become one of the two coders of this field."
          : `You are coder ${sheet.data.yourSlot}. You see only your own codes until both coders have finished.`}
      </p>
      <ErrorAlert error={save.error ?? finish.error} />
      {sheet.data.finished ? (
        <StatusMessage>You have finished coding this field.</StatusMessage>
      ) : (
        <>
          <ol className="coding-answers">
            {answers.map((answer, index) => {
              const codeIds = chosen[answer.responseId] ?? answer.codeIds;
              return (
                <li key={answer.responseId} className="coding-answer">
                  <blockquote>{answer.text}</blockquote>
                  <CodeCheckboxes
                    legend={`Codes for answer ${index + 1}`}
                    codes={book.codes}
                    chosen={codeIds}
                    onChange={(ids) => setChosen({ ...chosen, [answer.responseId]: ids })}
                  />
                  <button
                    type="button"
                    onClick={() => save.mutate({ responseId: answer.responseId, codeIds })}
                    disabled={save.isPending || codeIds.length === 0}
                    aria-label={`Save codes for answer ${index + 1}`}
                  >
                    Save codes
                  </button>
                  {saved === answer.responseId && !save.isPending && <StatusMessage>Saved.</StatusMessage>}
                </li>
              );
            })}
          </ol>
          {sheet.data.yourSlot !== null && (
            <button
              type="button"
              className="button-primary"
              onClick={() => finish.mutate()}
              disabled={finish.isPending}
            >
              Finish coding
            </button>
          )}
        </>
      )}
    </section>
  );
}
