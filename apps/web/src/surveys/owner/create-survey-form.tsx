import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useId, useState } from "react";
import { surveyApi, surveyKeys } from "../../api/survey-queries.ts";
import { type AnonymityMode, anonymityModes } from "../../api/survey-types.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { TextField } from "../../components/text-field.tsx";
import { anonymityDescriptions } from "./survey-texts.ts";

/** "New survey": a title, the anonymity mode (each explained) and whether it has an open link. */
export function CreateSurveyForm({ slug }: { slug: string }) {
  const id = useId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [anonymity, setAnonymity] = useState<AnonymityMode>("confidential");
  const [openLink, setOpenLink] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const create = useMutation({
    mutationFn: () => surveyApi.createSurvey(slug, { title: title.trim(), anonymity, openLink }),
    onSuccess: async (survey) => {
      await queryClient.invalidateQueries({ queryKey: surveyKeys.list(slug) });
      await navigate({ to: "/w/$slug/surveys/$surveyId/instrument", params: { slug, surveyId: survey.id } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = title.trim() === "" ? "Enter a title for the survey." : undefined;
    setProblem(found);
    if (found === undefined) create.mutate();
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>New survey</h2>
      <form onSubmit={submit} noValidate className="survey-upload">
        <ErrorAlert error={create.error} />
        <TextField
          label="Title"
          hint="Respondents see it at the top of the form and in the invitation."
          value={title}
          problem={problem}
          onChange={(event) => setTitle(event.target.value)}
        />
        <fieldset className="choice-group">
          <legend>Anonymity</legend>
          <p className="hint">Fixed when fieldwork starts, and shown to every respondent.</p>
          {anonymityModes.map((mode) => (
            <div key={mode} className="choice">
              <input
                type="radio"
                id={`${id}-${mode}`}
                name={`${id}-anonymity`}
                value={mode}
                checked={anonymity === mode}
                aria-describedby={`${id}-${mode}-meaning`}
                onChange={() => setAnonymity(mode)}
              />
              <label htmlFor={`${id}-${mode}`}>{anonymityDescriptions[mode].label}</label>
              <p id={`${id}-${mode}-meaning`} className="hint">
                {anonymityDescriptions[mode].meaning}
              </p>
            </div>
          ))}
        </fieldset>
        <div className="checkbox-field">
          <input
            type="checkbox"
            id={`${id}-open`}
            checked={openLink}
            aria-describedby={`${id}-open-hint`}
            onChange={(event) => setOpenLink(event.target.checked)}
          />
          <label htmlFor={`${id}-open`}>Open link</label>
          <p id={`${id}-open-hint`} className="hint">
            One public link anyone can answer through, besides the personal invitations. Open-link answers
            count in no response rate.
          </p>
        </div>
        <button type="submit" className="button-primary" disabled={create.isPending}>
          Create survey
        </button>
      </form>
    </section>
  );
}
