// Frequencies of the final codes: % of coded answers with its interval (an answer may carry several
// codes, so the shares add up past 100%) and % of mentions; a CSV download of the same table.
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { type CodebookView, codingPath, codingResultsQuery } from "../../../api/survey-coding-api.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { codeName } from "./code-checkboxes.tsx";

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function CodingResultsTable(props: { slug: string; surveyId: string; book: CodebookView }) {
  const id = useId();
  const results = useQuery(codingResultsQuery(props.slug, props.surveyId, props.book.field));
  if (!results.data) return <ErrorAlert error={results.error} />;
  const data = results.data;
  return (
    <section aria-labelledby={`${id}-results`}>
      <h3 id={`${id}-results`}>Coded results</h3>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Final codes of “{props.book.title}”</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col" className="number">
                Answers
              </th>
              <th scope="col" className="number">
                % of answers
              </th>
              <th scope="col">{Math.round(data.level * 100)}% interval</th>
              <th scope="col" className="number">
                % of mentions
              </th>
            </tr>
          </thead>
          <tbody>
            {data.codes.map((code) => (
              <tr key={code.codeId}>
                <th scope="row">
                  {codeName(props.book.codes, code.codeId)}
                  {code.theme && ` (with sub-codes: ${code.theme.answers})`}
                </th>
                <td className="number">{code.answers}</td>
                <td className="number">{percent(code.proportion)}</td>
                <td>
                  {percent(code.lower)} to {percent(code.upper)}
                </td>
                <td className="number">{percent(code.mentionShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Base: {data.codedAnswers} answers with final codes of {data.answers} ({data.pending} still to
        adjudicate), {data.mentions} codes given. Wilson intervals.
      </p>
      <p>
        <a href={`${codingPath(props.slug, props.surveyId, props.book.field)}/results.csv`} download>
          Download the coded results (CSV)
        </a>
      </p>
    </section>
  );
}
