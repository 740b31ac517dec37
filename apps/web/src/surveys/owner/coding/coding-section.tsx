// /w/:slug/surveys/:id/coding: open-text coding. Pick a text field; its codebook; your blind coding
// sheet and the coders' progress; an owner's reveal; once revealed, agreement with adjudication and
// the final codes' frequencies.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { codebookQuery, codingApi, codingFieldsQuery, codingKey } from "../../../api/survey-coding-api.ts";
import { surveyQuery } from "../../../api/survey-queries.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageTitle } from "../../../components/page-title.tsx";
import { useWorkspace } from "../../../shell/workspace-context.tsx";
import { useSurveyParams } from "../use-survey.tsx";
import { AgreementPanel } from "./agreement-panel.tsx";
import { CodebookPanel } from "./codebook-panel.tsx";
import { CodingResultsTable } from "./coding-results-table.tsx";
import { CodingSheet } from "./coding-sheet.tsx";
import "./coding.css";

export function CodingSection() {
  const id = useId();
  const { slug, surveyId, canWrite } = useSurveyParams();
  const isOwner = useWorkspace().role === "owner";
  const survey = useQuery(surveyQuery(slug, surveyId)).data;
  const fields = useQuery(codingFieldsQuery(slug, surveyId));
  const [picked, setPicked] = useState<string | undefined>();
  const field = picked ?? fields.data?.[0]?.field;
  return (
    <section aria-labelledby="coding-heading">
      <PageTitle page={`Coding - ${survey?.title ?? "Survey"}`} />
      <h2 id="coding-heading">Coding</h2>
      <p>
        Two members code the same open answers with a codebook, each without seeing the other's codes; then
        their agreement (Cohen's kappa) is shown and the differences are settled.
      </p>
      <ErrorAlert error={fields.error} />
      {fields.data?.length === 0 && <p>This survey has no text question or "other" text to code.</p>}
      {fields.data && fields.data.length > 0 && (
        <p className="coding-field-picker">
          <label htmlFor={`${id}-field`}>Field to code </label>
          <select id={`${id}-field`} value={field} onChange={(event) => setPicked(event.target.value)}>
            {fields.data.map((f) => (
              <option key={f.field} value={f.field}>
                {f.title} ({f.answers} answers)
              </option>
            ))}
          </select>
        </p>
      )}
      {field && (
        <FieldCoding
          key={field}
          slug={slug}
          surveyId={surveyId}
          field={field}
          canWrite={canWrite}
          isOwner={isOwner}
        />
      )}
    </section>
  );
}

function FieldCoding(props: {
  slug: string;
  surveyId: string;
  field: string;
  canWrite: boolean;
  isOwner: boolean;
}) {
  const { slug, surveyId, field } = props;
  const queryClient = useQueryClient();
  const book = useQuery(codebookQuery(slug, surveyId, field));
  const reveal = useMutation({
    mutationFn: () => codingApi.reveal(slug, surveyId, field),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codingKey(slug, surveyId) }),
  });
  if (!book.data) return <ErrorAlert error={book.error} />;
  const data = book.data;
  return (
    <>
      <CodebookPanel slug={slug} surveyId={surveyId} book={data} canWrite={props.canWrite} />
      <h3>Coders</h3>
      {data.coders.length === 0 ? (
        <p>Nobody has coded this field yet.</p>
      ) : (
        <ul>
          {data.coders.map((coder) => (
            <li key={coder.userId}>
              Coder {coder.slot}, {coder.name}: {coder.coded} of {data.answers} answers coded
              {coder.finished ? ", finished" : ""}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={reveal.error} />
      {!data.revealed && props.isOwner && data.codes.length > 0 && (
        <p>
          <button type="button" onClick={() => reveal.mutate()} disabled={reveal.isPending}>
            Reveal the codes now
          </button>{" "}
          <span className="hint">Shows each coder the other's codes and closes coding.</span>
        </p>
      )}
      {!data.revealed && props.canWrite && data.codes.length > 0 && (
        <CodingSheet slug={slug} surveyId={surveyId} book={data} />
      )}
      {data.revealed && (
        <>
          <AgreementPanel slug={slug} surveyId={surveyId} book={data} canWrite={props.canWrite} />
          <CodingResultsTable slug={slug} surveyId={surveyId} book={data} />
        </>
      )}
    </>
  );
}
