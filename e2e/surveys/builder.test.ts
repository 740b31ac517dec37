// Journey: an owner builds a short SME questionnaire in the instrument builder, without JSON.
// Page 1: a single choice with "Other" in random order, a multiple choice, a Likert item with a
// "Don't know" code; page 2: a matrix, a number, a long text shown only to software firms (the
// condition builder writes the expression). A condition on a later question is refused live; its
// problem link takes focus to the field, and clearing it enables Save. Saved as version 1, previewed,
// downloaded as SurveyJS JSON and checked (types, names, visibleIf, choicesOrder); 768 px wide.
// Expected JSON by hand from the domain's toSurveyJs mapping (to-surveyjs.ts header).
import type { Locator, Page } from "playwright-core";
import { downloadBy } from "../support/explorer-files.ts";
import { expect, test } from "../support/fixtures.ts";
import { isFocused, scrollWidth } from "../support/in-page.ts";
import { signIn, waitForShell } from "../support/journey-steps.ts";
import { checkPage } from "../support/page-check.ts";

const title = "Facility needs builder 2026";

/** The builder's section for page `n` (1-based). */
const builderPage = (page: Page, n: number) =>
  page.getByRole("region", { name: new RegExp(`^Page ${n}\\b`) });

/** Question `n` (1-based) of a builder page. */
const question = (pageSection: Locator, n: number) =>
  pageSection.getByRole("region", { name: new RegExp(`^${n}\\. `) });

/** Adds a question of `type` to a builder page and fills its text and name; returns its section. */
async function addQuestion(
  pageSection: Locator,
  n: number,
  type: string,
  text: string,
  name: string,
): Promise<Locator> {
  await pageSection.getByLabel(/^Add to page/).selectOption({ label: type });
  await pageSection.getByRole("button", { name: "Add question" }).click();
  const section = question(pageSection, n);
  const textBox = section.getByLabel("Question text", { exact: true });
  // Focus goes to the new question's text, so the author can type straight away.
  expect(await isFocused(textBox)).toBe(true);
  await textBox.fill(text);
  const nameBox = section.getByLabel("Name", { exact: true });
  await nameBox.fill(name);
  await nameBox.press("Enter");
  await section.getByRole("heading", { name: new RegExp(`${name}$`) }).waitFor();
  return section;
}

/** Types each label into the "New <noun>" box of a list, pressing Enter after each. */
async function addItems(scope: Locator, noun: string, labels: readonly string[]): Promise<void> {
  const box = scope.getByLabel(`New ${noun}`, { exact: true });
  for (const label of labels) {
    await box.fill(label);
    await box.press("Enter");
  }
}

interface SurveyJsElement {
  readonly type: string;
  readonly name: string;
  readonly [key: string]: unknown;
}

test("an owner builds, checks, saves, previews and downloads a questionnaire", async ({ app, page }) => {
  const consoleNotes: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") consoleNotes.push(message.text());
  });
  page.on("pageerror", (error) => consoleNotes.push(`uncaught: ${error.message}`));
  await page.goto(`${app.url}/login`, { timeout: 60_000 });
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  await page.goto(`${app.url}/w/${app.workspace.slug}/surveys`);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Create survey" }).click();
  await page.getByRole("heading", { level: 2, name: "Instrument" }).waitFor();

  // 1. The editor starts from the survey's title and one empty page, which it flags.
  const editor = page.getByRole("region", { name: "Questionnaire editor" });
  expect(await editor.getByLabel("Survey title", { exact: true }).inputValue()).toBe(title);
  await editor.getByText("1 problem to fix before saving.").first().waitFor();
  expect(await editor.locator("#builder-problems li").allTextContents()).toEqual([
    "Page 1 (page1): questions: a page must have at least one element",
  ]);
  const save = editor.getByRole("button", { name: "Save as a new version" });
  expect(await save.isDisabled()).toBe(true);
  await checkPage(page, "survey-builder", "01-empty");

  // 2. Page 1: a single choice with Other in random order, a multiple choice, a Likert item.
  const first = builderPage(page, 1);
  await first.getByLabel("Page title (optional)").fill("About your firm");
  const activity = await addQuestion(
    first,
    1,
    "Single choice",
    "What is your firm's main activity?",
    "activity",
  );
  await addItems(activity, "choice", ["Manufacturing", "Engineering services", "Software"]);
  await activity.getByRole("checkbox", { name: /Other \(please specify\)/ }).check();
  await activity
    .getByRole("checkbox", { name: "Show the choices in a random order for each respondent" })
    .check();
  await activity.getByRole("checkbox", { name: "An answer is required" }).check();
  // Relabelling keeps the stored value made from the first label.
  await activity.getByLabel("Choice 2", { exact: true }).fill("Engineering and design services");
  expect(await activity.getByLabel("Stored value of choice 2", { exact: true }).inputValue()).toBe(
    "engineering_services",
  );
  const benefits = await addQuestion(
    first,
    2,
    "Multiple choice",
    "Which benefits do you expect?",
    "benefits",
  );
  await addItems(benefits, "choice", ["Skills", "Finance", "Networks"]);
  const aware = await addQuestion(first, 3, "Likert item", "I know what the facility offers.", "aware");
  await aware.getByRole("button", { name: "Add a “Don't know” code" }).click();
  expect(await aware.getByLabel("Stored value of code 1", { exact: true }).inputValue()).toBe("dont_know");
  await checkPage(page, "survey-builder", "02-first-page");

  // 3. Page 2: a matrix, a number, and a long text shown only to software firms.
  await editor.getByRole("button", { name: "Add a page" }).click();
  const second = builderPage(page, 2);
  expect(await isFocused(second.getByRole("heading", { name: /^Page 2/ }))).toBe(true);
  await second.getByLabel("Page title (optional)").fill("Your views");
  const priorities = await addQuestion(
    second,
    1,
    "Matrix (statements on one scale)",
    "How important is each to you?",
    "priorities",
  );
  await addItems(priorities, "row", ["Skills", "Export markets"]);
  const staff = await addQuestion(second, 2, "Number", "How many people do you employ?", "staff");
  await staff.getByLabel("Smallest allowed (optional)").fill("0");
  await staff.getByRole("checkbox", { name: "Whole numbers only" }).check();
  const comments = await addQuestion(
    second,
    3,
    "Text",
    "What would software firms need from us?",
    "comments",
  );
  await comments.getByRole("checkbox", { name: "Long answer (a box of several lines)" }).check();
  await comments.getByText("Logic and split ballot").click();
  await comments.getByLabel("Question", { exact: true }).selectOption("activity");
  await comments.getByLabel("Condition", { exact: true }).selectOption({ label: "is" });
  await comments.getByLabel("Value", { exact: true }).selectOption({ label: "Software" });
  await comments.getByRole("button", { name: "Use this condition" }).click();
  const commentsLogic = comments.getByLabel("Condition as an expression (empty: always shown)");
  expect(await commentsLogic.inputValue()).toBe("{activity} = 'software'");
  expect(await isFocused(commentsLogic)).toBe(true);
  await checkPage(page, "survey-builder", "03-second-page");

  // 4. A condition on a later question: refused as it is typed, linked to its field; fixed.
  await staff.getByText("Logic and split ballot").click();
  const staffLogic = staff.getByLabel("Condition as an expression (empty: always shown)");
  await staffLogic.fill("{comments} notempty");
  const problem = editor.getByRole("link", { name: "Page 2 (page2), question 2 (staff): show only if" });
  await problem.waitFor();
  expect(await editor.locator("#builder-problems li").allTextContents()).toEqual([
    "Page 2 (page2), question 2 (staff): show only if: staff: column 1: {comments} comes later; logic may only use earlier questions",
  ]);
  expect(await save.isDisabled()).toBe(true);
  await page.keyboard.press("Home");
  await checkPage(page, "survey-builder", "04-problem");
  await problem.click();
  expect(await isFocused(staffLogic)).toBe(true);
  await staffLogic.fill("");
  await editor.getByText("No problems: the questionnaire can be saved.").waitFor();
  expect(await save.isDisabled()).toBe(false);

  // 5. Save: version 1; the preview shows the saved questionnaire.
  await save.click();
  await editor.getByText("Saved as version 1; the preview below shows it.").waitFor();
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByText("What is your firm's main activity?").waitFor();
  await preview.getByText("Other (please specify)").waitFor();
  await checkPage(page, "survey-builder", "05-saved-preview");

  // 6. The SurveyJS JSON download: types, names, the skip condition and the random order.
  const file = await downloadBy(page, page.getByRole("link", { name: "SurveyJS JSON" }));
  const json = JSON.parse(file.bytes.toString("utf8")) as {
    title: string;
    pages: { name: string; title: string; elements: SurveyJsElement[] }[];
  };
  expect(json.title).toBe(title);
  expect(json.pages.map((p) => [p.name, p.title])).toEqual([
    ["page1", "About your firm"],
    ["page2", "Your views"],
  ]);
  const elements = json.pages.flatMap((p) => p.elements);
  expect(elements.map((e) => [e.type, e.name])).toEqual([
    ["radiogroup", "activity"],
    ["checkbox", "benefits"],
    ["radiogroup", "aware"],
    ["matrix", "priorities"],
    ["text", "staff"],
    ["comment", "comments"],
  ]);
  const [activityJson, benefitsJson, awareJson, prioritiesJson, staffJson, commentsJson] = elements;
  expect(activityJson).toEqual({
    type: "radiogroup",
    name: "activity",
    title: "What is your firm's main activity?",
    isRequired: true,
    choices: [
      { value: "manufacturing", text: "Manufacturing" },
      { value: "engineering_services", text: "Engineering and design services" },
      { value: "software", text: "Software" },
    ],
    choicesOrder: "random",
    showOtherItem: true,
    otherText: "Other (please specify)",
  });
  expect(benefitsJson?.choicesOrder).toBeUndefined();
  expect(benefitsJson?.choices).toEqual([
    { value: "skills", text: "Skills" },
    { value: "finance", text: "Finance" },
    { value: "networks", text: "Networks" },
  ]);
  expect(awareJson).toMatchObject({ likert: true });
  expect(((awareJson?.choices ?? []) as { value: unknown }[]).map((c) => c.value)).toEqual([
    1,
    2,
    3,
    4,
    5,
    "dont_know",
  ]);
  expect(prioritiesJson?.rows).toEqual([
    { value: "skills", text: "Skills" },
    { value: "export_markets", text: "Export markets" },
  ]);
  expect(staffJson).toMatchObject({ inputType: "number", min: 0 });
  expect(staffJson?.visibleIf).toBeUndefined();
  expect(commentsJson?.visibleIf).toBe("{activity} = 'software'");

  // 7. At 768 px the editor fits without sideways scrolling.
  await page.setViewportSize({ width: 768, height: 1024 });
  // Laid out again after the resize (content sized by observers settles a frame or two later).
  await expect.poll(() => scrollWidth(page)).toBeLessThanOrEqual(768);
  await checkPage(page, "survey-builder", "06-tablet");
  expect(consoleNotes).toEqual([]);
});
