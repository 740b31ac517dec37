import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../src/lib/contrast.ts";
import { eventColours } from "../../src/surveys/owner/daily-plot.ts";
import { divergingColours } from "../../src/surveys/owner/results-plot.ts";
import { surveyThemeOverrides, surveyThemeVariables } from "../../src/surveys/respondent/survey-theme.ts";

describe("chart colours", () => {
  it("spread a scale over the diverging palette, ends to ends", () => {
    expect(divergingColours(5)).toEqual(["#8c2f2f", "#c0504d", "#6b7686", "#4f81bd", "#1d4f91"]);
    expect(divergingColours(3)).toEqual(["#8c2f2f", "#6b7686", "#1d4f91"]);
    expect(divergingColours(1)).toEqual(["#6b7686"]);
    expect(divergingColours(0)).toEqual([]);
  });

  it("have at least 3:1 against white (WCAG 1.4.11)", () => {
    for (const colour of [...Object.values(eventColours), ...divergingColours(5)]) {
      expect(contrastRatio(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("the SurveyJS theme under the CSP", () => {
  it("puts our overrides after the base theme", () => {
    const variables = new Map(
      surveyThemeVariables({ "--sjs2-color-project-brand-600": "#19b394", "--x": "1" }),
    );
    expect(variables.get("--sjs2-color-project-brand-600")).toBe("#1d5aa6");
    expect(variables.get("--x")).toBe("1");
  });

  it("gives white text on the brand colour and the text colours at least 4.5:1 (WCAG 1.4.3)", () => {
    expect(
      contrastRatio(surveyThemeOverrides["--sjs2-color-project-brand-600"]!, "#ffffff"),
    ).toBeGreaterThanOrEqual(4.5);
    expect(
      contrastRatio(surveyThemeOverrides["--sjs2-color-fg-basic-secondary"]!, "#ffffff"),
    ).toBeGreaterThanOrEqual(4.5);
    expect(
      contrastRatio(surveyThemeOverrides["--sjs2-color-fg-basic-secondary"]!, "#f3f5f8"),
    ).toBeGreaterThanOrEqual(4.5);
  });
});
