// Once the codes are revealed: Cohen's kappa overall and per code, percent agreement, and each
// disagreement with both coders' codes and a form to set the adjudicated final codes.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { agreementQuery, type CodebookView, codingApi, codingKey } from "../../../api/survey-coding-api.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { CodeCheckboxes, codeName } from "./code-checkboxes.tsx";
import "./coding.css";

const decimal = (value: number | null) => (value === null ? "not defined" : value.toFixed(3));
const percent = (value: number | null) => (value === null ? "-" : `${(value * 100).toFixed(1)}%`);

interface Props {
  readonly slug: string;
  readonly surveyId: string;
  readonly book: CodebookView;
  readonly canWrite: boolean;
}

export function AgreementPanel({ slug, surveyId, book, canWrite }: Props) {
  const id = useId();
  const queryClient = useQueryClient();
  const agreement = useQuery(agreementQuery(slug, surveyId, book.field));
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const adjudicate = useMutation({
    mutationFn: (answer: { responseId: string; codeIds: string[] }) =>
      codingApi.adjudicate(slug, surveyId, book.field, answer.responseId, answer.codeIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codingKey(slug, surveyId) }),
  });
  if (!agreement.data) return <ErrorAlert error={agreement.error} />;
  const { overall, codes, disagreements } = agreement.data;
  const names = (ids: readonly string[]) => ids.map((c) => codeName(book.codes, c)).join(", ") || "-";
  return (
    <section aria-labelledby={`${id}-agreement`}>
      <h3 id={`${id}-agreement`}>Agreement</h3>
      <p>
        Cohen's kappa {decimal(overall.kappa)} over {overall.answers} answers coded by both (
        {overall.basis === "single-code"
          ? "one code per answer: kappa on the codes"
          : "several codes per answer: kappa pooled over every code's present / absent"}
        ); the coders gave the same codes to {percent(overall.percentAgreement)} of answers.
      </p>
      <div className="table-scroll">
        <table className="data-table compact-table">
          <caption>Agreement per code (present / absent)</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col" className="number">
                Kappa
              </th>
              <th scope="col" className="number">
                Agreement
              </th>
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => (
              <tr key={code.codeId}>
                <th scope="row">{codeName(book.codes, code.codeId)}</th>
                <td className="number">{decimal(code.kappa)}</td>
                <td className="number">{percent(code.percentAgreement)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>Disagreements ({disagreements.length})</h4>
      <ErrorAlert error={adjudicate.error} />
      <ol className="coding-answers">
        {disagreements.map((d, index) => {
          const codeIds = chosen[d.responseId] ?? [...(d.final ?? [])];
          return (
            <li key={d.responseId} className="coding-answer">
              <blockquote>{d.text}</blockquote>
              <p>
                Coder 1: {names(d.first)}. Coder 2: {names(d.second)}. Final:{" "}
                {d.final ? names(d.final) : "not decided"}.
              </p>
              {canWrite && (
                <>
                  <CodeCheckboxes
                    legend={`Final codes for disagreement ${index + 1}`}
                    codes={book.codes}
                    chosen={codeIds}
                    onChange={(ids) => setChosen({ ...chosen, [d.responseId]: ids })}
                  />
                  <button
                    type="button"
                    onClick={() => adjudicate.mutate({ responseId: d.responseId, codeIds })}
                    disabled={adjudicate.isPending}
                    aria-label={`Save final codes for disagreement ${index + 1}`}
                  >
                    Save final codes
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
