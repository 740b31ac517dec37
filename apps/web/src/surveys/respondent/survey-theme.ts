// SurveyJS's look under our Content-Security-Policy. survey-core 3.0 writes its theme variables
// (about 1,600 --sjs2-* custom properties) into a <style> element it adds to the form; `style-src
// 'self'` blocks that element, which would leave the form unstyled. Custom properties set through
// the CSSOM (element.style.setProperty) are not inline markup and are allowed, so the same values
// are applied that way, on the element around the form, followed by our colour overrides: the
// default green brand (#19b394) on white has a contrast of 2.5:1, below WCAG AA's 4.5:1.

/** Our palette (styles.css :root) in SurveyJS's variables; each pair checked for >= 4.5:1. */
export const surveyThemeOverrides: Readonly<Record<string, string>> = {
  "--sjs2-color-project-brand-600": "#1d5aa6",
  "--sjs2-color-project-brand-700": "#15467f",
  "--sjs2-color-project-brand-800": "#0f3560",
  "--sjs2-color-fg-basic-primary": "#1b2230",
  "--sjs2-color-fg-basic-secondary": "#4a5567",
  "--sjs2-color-fg-basic-tertiary": "#4a5567",
  "--sjs2-color-component-input-default-placeholder": "#4a5567",
  "--sjs2-color-fg-alert-primary": "#a3262c",
  "--sjs2-color-bg-basic-primary-dim": "#f3f5f8",
  "--sjs2-color-border-basic-secondary": "#6b7686",
  "--sjs2-typography-font-family-text":
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
};

/** The variables to set: SurveyJS's base theme, then our overrides (later wins). */
export function surveyThemeVariables(base: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries({ ...base, ...surveyThemeOverrides });
}

/** Sets every variable on `element` through the CSSOM (allowed by the CSP, unlike a <style>). */
export function applySurveyTheme(
  element: { readonly style: { setProperty(name: string, value: string): void } },
  base: Readonly<Record<string, string>>,
): void {
  for (const [name, value] of surveyThemeVariables(base)) element.style.setProperty(name, value);
}
