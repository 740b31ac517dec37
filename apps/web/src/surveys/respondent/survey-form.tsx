// The SurveyJS form (survey-core + survey-react-ui 3.0, MIT). Loaded only on pages that show a
// form (React.lazy in lazy-survey-form.tsx), so other pages do not carry SurveyJS's code and CSS.
// The model is built once per instrument; answers flow out through callbacks, and completing the
// last page calls `onSubmit` instead of SurveyJS's own "completed" page, so the caller decides
// what happens (store on the server, show thanks, or show problems and stay on the form).
// The theme comes from survey-theme.css, a static file (see survey-theme.ts): SurveyJS's own
// <style> elements are turned off (`generateStylesheet`), as the CSP would refuse them.
import { surveyJsCustomProperties } from "@smartspec/domain";
import { useEffect, useMemo } from "react";
import { Model, Serializer, SvgRegistry } from "survey-core";
import { Survey } from "survey-react-ui";
import "survey-core/survey-core.fontless.css";
import { removeIconStyleAttributes } from "./survey-icons.ts";
import "./survey-theme.css";

// SurveyJS drops properties it does not know; smartspec's (variants, likert, ...) are registered once.
for (const { className, property } of surveyJsCustomProperties) {
  if (!Serializer.findProperty(className, property.name.split(":")[0] ?? property.name)) {
    Serializer.addProperty(className, { ...property });
  }
}

// survey-react-ui registered its icons when imported; the one with a style attribute gets a class.
removeIconStyleAttributes(SvgRegistry);

export interface SurveyFormProps {
  readonly json: Record<string, unknown>;
  readonly answers: Record<string, unknown>;
  readonly pageNo?: number;
  /** Every change, with the page on screen. */
  readonly onChange?: (answers: Record<string, unknown>, pageNo: number) => void;
  /** The respondent moved to another page. */
  readonly onPageChange?: (answers: Record<string, unknown>, pageNo: number) => void;
  /** The last page passed SurveyJS's checks and the respondent pressed Complete. */
  readonly onSubmit?: (answers: Record<string, unknown>) => void;
  /** The label of the last page's button ("Submit" for respondents). */
  readonly completeText?: string;
}

function buildModel(json: Record<string, unknown>): Model {
  const model = new Model(json);
  // No <style> elements in the form: the theme's variables are in survey-theme.css.
  model.generateStylesheet = false;
  // The page around the form already shows the title as its h1.
  model.showTitle = false;
  model.showCompletedPage = false;
  model.showProgressBar = model.visiblePages.length > 1;
  model.progressBarType = "pages";
  return model;
}

export default function SurveyForm(props: SurveyFormProps) {
  const { json, onChange, onPageChange, onSubmit } = props;
  const model = useMemo(() => buildModel(json), [json]);

  // Answers and page are read when the model is made (or remade); later updates come from the form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new model takes initial values.
  useEffect(() => {
    model.data = { ...props.answers };
    const pageNo = props.pageNo ?? 0;
    if (pageNo > 0 && pageNo < model.visiblePages.length) model.currentPageNo = pageNo;
  }, [model]);

  useEffect(() => {
    model.completeText = props.completeText ?? "Submit";
  }, [model, props.completeText]);

  useEffect(() => {
    const changed = () => onChange?.({ ...model.data }, model.currentPageNo);
    const paged = () => onPageChange?.({ ...model.data }, model.currentPageNo);
    const completing = (_: Model, options: { allow: boolean }) => {
      // The caller stores the answers; SurveyJS's form stays on screen until it has.
      options.allow = false;
      onSubmit?.({ ...model.data });
    };
    model.onValueChanged.add(changed);
    model.onCurrentPageChanged.add(paged);
    model.onCompleting.add(completing);
    return () => {
      model.onValueChanged.remove(changed);
      model.onCurrentPageChanged.remove(paged);
      model.onCompleting.remove(completing);
    };
  }, [model, onChange, onPageChange, onSubmit]);

  return (
    <div className="survey-form">
      <Survey model={model} />
    </div>
  );
}
