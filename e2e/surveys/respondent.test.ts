// Journey: a respondent answers a survey through the personal link mailed to them. The owner's
// setup (create, instrument, frame, sample, launch, invite) goes through the API; the link is read
// from the mail the in-process SMTP server received. Answers survive a reload, the submit shows
// thanks, the link then says "already completed", and a bad link says so in plain words.
import type { Page } from "playwright-core";
import { expect, test } from "../support/fixtures.ts";
import { scrollWidth } from "../support/in-page.ts";
import { checkPage } from "../support/page-check.ts";
import { invitationLink, liveSurvey } from "../support/survey-setup.ts";

/** The computed background colour of an element (a probe run in the page). */
function backgroundOf(element: {
  ownerDocument: { defaultView: { getComputedStyle(e: unknown): { backgroundColor: string } } };
}): string {
  return element.ownerDocument.defaultView.getComputedStyle(element).backgroundColor;
}

/** Every console error and uncaught exception of `page` from now on, as text. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** Waits until the form has sent a save of answers so far to the server. */
function progressSaved(page: Page) {
  return page.waitForResponse((r) => r.url().includes("/progress") && r.request().method() === "PUT", {
    timeout: 15_000,
  });
}

test("a respondent answers through the mailed link, reloads, submits, and cannot answer twice", async ({
  app,
  page,
}) => {
  const errors = consoleErrors(page);
  await liveSurvey(app, { title: "SME needs survey", anonymity: "confidential" });
  const link = await invitationLink(app, "alpha@example.test", "SME needs survey");
  expect(link).toMatch(new RegExp(`^${app.url}/s/[A-Za-z0-9_-]{40,}$`));

  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: "SME needs survey" }).waitFor();
  await expect(page.getByRole("region", { name: "About your answers" }).textContent()).resolves.toContain(
    "confidential",
  );
  await page.getByText("Which benefit do you expect most?").waitFor();
  await checkPage(page, "survey-respondent", "01-form");

  const saved = progressSaved(page);
  await page.getByText("Finance", { exact: true }).click();
  await page.getByText("Events", { exact: true }).click();
  await saved;
  await page.reload();
  await page.getByText("Which benefit do you expect most?").waitFor();
  expect(await page.getByRole("radio", { name: "Finance" }).isChecked()).toBe(true);
  expect(await page.getByRole("checkbox", { name: "Events" }).isChecked()).toBe(true);
  await checkPage(page, "survey-respondent", "02-after-reload");

  await page.getByRole("button", { name: "Next" }).click();
  await page.getByText("I know what the facility offers.").waitFor();
  await page.getByText("Agree", { exact: true }).click();
  // The theme came from survey-theme.css (a file the CSP allows); SurveyJS added no <style>.
  expect(await page.getByRole("button", { name: "Submit" }).evaluate(backgroundOf)).toBe("rgb(29, 90, 166)");
  expect(await page.locator(".survey-form style").count()).toBe(0);
  await checkPage(page, "survey-respondent", "03-page-two");
  await page.getByRole("button", { name: "Submit" }).click();
  await page.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();
  await checkPage(page, "survey-respondent", "04-thanks");

  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: "You have already completed this survey" }).waitFor();
  await checkPage(page, "survey-respondent", "05-already-completed");

  // Nothing went wrong on the way: no CSP refusal, no script error, no failed request.
  expect(errors).toEqual([]);

  await page.goto(`${app.url}/s/not-a-real-token`);
  await page.getByRole("heading", { level: 1, name: "This survey link does not work" }).waitFor();
  await checkPage(page, "survey-respondent", "06-invalid-link");
  // The one error is the browser's note of the API's 404 for the bad token.
  expect(errors).toEqual(["Failed to load resource: the server responded with a status of 404 (Not Found)"]);
});

test("on a 375 px phone the form fits the screen, asks for a required answer, and submits", async ({
  app,
  browser,
}) => {
  await liveSurvey(app, { title: "Facility awareness", anonymity: "anonymous" });
  const link = await invitationLink(app, "beta@example.test", "Facility awareness");
  const phone = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await phone.newPage();
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    await page.goto(link);
    await page.getByText("Which benefit do you expect most?").waitFor();
    await expect(page.getByRole("region", { name: "About your answers" }).textContent()).resolves.toContain(
      "anonymous",
    );
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await checkPage(page, "survey-phone", "01-form");

    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Response required.").first().waitFor();
    await checkPage(page, "survey-phone", "02-required");

    await page.getByText("Skills", { exact: true }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("I know what the facility offers.").waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await checkPage(page, "survey-phone", "03-page-two");
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();
    await checkPage(page, "survey-phone", "04-thanks");
    expect(errors).toEqual([]);
  } finally {
    await phone.close();
  }
});
