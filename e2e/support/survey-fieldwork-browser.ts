// A respondent in Chromium: opens the personal link, clicks the answers on the SurveyJS form's two
// pages, submits and waits for the thanks page. The first respondent's pages are also checked
// (screenshot + axe) for a person to look at.
import type { Page } from "playwright-core";
import { checkPage } from "./page-check.ts";
import { choiceText, type FieldworkAnswers, fieldworkInstrument } from "./survey-fieldwork-answers.ts";

/** Answers the form at `link` with `answers`; `journey` set = screenshots named `<journey>-NN-...`. */
export async function answerInBrowser(
  page: Page,
  link: string,
  answers: FieldworkAnswers,
  journey?: string,
): Promise<void> {
  const check = (step: string) =>
    journey === undefined ? Promise.resolve() : checkPage(page, journey, step);
  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: fieldworkInstrument.title }).waitFor();
  await page.getByText("Before this survey, were you aware of the facility?").waitFor();
  await check("01-form");
  await page.getByText(choiceText("aware", answers.aware), { exact: true }).click();
  for (const benefit of answers.benefits) {
    await page.getByText(choiceText("benefits", benefit), { exact: true }).click();
  }
  await check("02-page-one-answered");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByText("The facility will help my firm to innovate.").waitFor();
  await page.getByText(choiceText("global_link", answers.global_link), { exact: true }).click();
  await page.getByText(choiceText("innovate", answers.innovate), { exact: true }).click();
  await check("03-page-two-answered");
  await page.getByRole("button", { name: "Submit" }).click();
  await page.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();
  await check("04-thanks");
}
