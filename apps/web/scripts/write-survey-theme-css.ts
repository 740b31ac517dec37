// Writes apps/web/src/surveys/respondent/survey-theme.css: SurveyJS's base theme variables with
// our colour overrides, as a static stylesheet (the CSP refuses the <style> SurveyJS would add).
// Run after changing survey-core's version or the overrides in survey-theme.ts:
//   npx tsx apps/web/scripts/write-survey-theme-css.ts
// apps/web/test/surveys/survey-theme.test.ts fails while the committed file is out of date.
import { writeFileSync } from "node:fs";
import { surveyThemeFile, surveyThemeFileText } from "./survey-theme-file.ts";

writeFileSync(surveyThemeFile, surveyThemeFileText());
console.log(`Wrote ${surveyThemeFile}`);
