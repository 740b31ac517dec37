// SurveyJS on demand: the respondent form and the owner's preview load survey-core and
// survey-react-ui (about 1 MB before compression) only when a form is shown.
import { lazy, Suspense } from "react";
import type { SurveyFormProps } from "./survey-form.tsx";

const SurveyForm = lazy(() => import("./survey-form.tsx"));

/** The SurveyJS form, with a status line while its code loads. */
export function LazySurveyForm(props: SurveyFormProps) {
  return (
    <Suspense fallback={<p role="status">Loading the form…</p>}>
      <SurveyForm {...props} />
    </Suspense>
  );
}
