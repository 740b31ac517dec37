// The text survey-theme.css must have: surveyThemeCss() of the installed survey-core's BaseTheme,
// formatted by the repository's Biome (so `biome check` accepts the committed file as it is).
// Shared by the script that writes the file and the test that checks it is up to date.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BaseTheme, Version } from "survey-core";
import { surveyThemeCss } from "../src/surveys/respondent/survey-theme.ts";

/** Where the stylesheet lives (imported by survey-form.tsx). */
export const surveyThemeFile = fileURLToPath(
  new URL("../src/surveys/respondent/survey-theme.css", import.meta.url),
);

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** The stylesheet's text; throws with Biome's message when Biome cannot format it. */
export function surveyThemeFileText(): string {
  const css = surveyThemeCss(BaseTheme.cssVariables ?? {}, `survey-core ${Version} BaseTheme`);
  const biome = spawnSync(
    process.execPath,
    [`${repoRoot}node_modules/@biomejs/biome/bin/biome`, "format", `--stdin-file-path=${surveyThemeFile}`],
    { cwd: repoRoot, input: css, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  if (biome.status !== 0) throw new Error(`Biome could not format the survey theme:\n${biome.stderr}`);
  return biome.stdout;
}
