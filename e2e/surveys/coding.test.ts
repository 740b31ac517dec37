// Journey: open-text coding. Three organisations answer "Anything else?" through their mailed links;
// the owner builds a codebook on the Coding tab, an analyst codes every answer blind through the API
// (coder 1), the owner codes in the page (coder 2) without seeing the analyst's codes, finishes,
// reads the agreement, adjudicates the one disagreement, and reads the final codes' frequencies.
//
// Expected by hand. Coder 1: {Cost}, {Skills}, {Cost, Skills}; coder 2: {Cost}, {Skills}, {Cost}.
// Two answers of three identical: 66.7%. Several codes per answer, so kappa is pooled over the 6
// (answer, code) indicators: p_o = 5/6, p_e = 4/6 * 3/6 + 2/6 * 3/6 = 1/2, kappa = 2/3 = 0.667.
// Per code: Cost agrees everywhere (kappa 1); Skills p_o = 2/3, p_e = 4/9, kappa = 0.4.
// Adjudicated {Cost, Skills}: final sets {Cost}, {Skills}, {Cost, Skills}: each code on 2 of 3
// answers (66.7%, Wilson 20.8% to 93.9%), 4 codes given (50% of mentions each).
import type { Page } from "playwright-core";
import type { RunningApp } from "../support/app.ts";
import { newPassword } from "../support/data-template.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn, waitForShell } from "../support/journey-steps.ts";
import { checkPage } from "../support/page-check.ts";
import { invitationLink, liveSurvey } from "../support/survey-setup.ts";

const title = "Needs coded";
const comments = new Map([
  ["alpha@example.test", "Cheaper machine time"],
  ["beta@example.test", "Training for apprentices"],
  ["gamma@example.test", "Lower fees and trained staff"],
]);

/** An analyst, invited by the owner over the API and accepted by the mailed link; a logged-in client. */
async function analystClient(app: RunningApp) {
  const owner = app.api();
  await owner.login(app.owner.email, app.owner.password);
  const email = "coder@example.test";
  const invited = await owner.request("POST", `/api/workspaces/${app.workspace.slug}/invitations`, {
    email,
    role: "analyst",
  });
  expect(invited.status).toBe(201);
  const token = new URL(await app.mailedLink(email, "/invitations/")).pathname.split("/").at(-1) ?? "";
  const password = newPassword();
  const accepted = await app
    .api()
    .request("POST", `/api/invitations/${token}/accept`, { name: "Cody", password });
  expect(accepted.status).toBe(200);
  const analyst = app.api();
  await analyst.login(email, password);
  return analyst;
}

/** The coding sheet's card of the answer `text`. */
const card = (page: Page, text: string) => page.locator("li.coding-answer", { hasText: text });

test("two members code open answers blind, then agree, adjudicate and read the coded results", async ({
  app,
  page,
}) => {
  const survey = await liveSurvey(app, { title, anonymity: "confidential" });
  for (const [email, text] of comments) {
    const link = await invitationLink(app, email, title);
    const reply = await fetch(`${link.replace("/s/", "/api/respond/")}/submit`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        answers: { benefit: "skills", comments: text },
        idempotencyKey: `coding-${email.split("@")[0]}-00000000`,
      }),
    });
    expect(reply.status).toBe(201);
  }

  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  await page.goto(`${app.url}/w/${app.workspace.slug}/surveys/${survey.id}/coding`);
  await page.getByRole("heading", { level: 2, name: "Coding" }).waitFor();
  await page.getByText("No codes yet.").waitFor();
  await checkPage(page, "survey-coding", "01-empty-codebook");

  for (const label of ["Cost", "Skills"]) {
    await page.getByLabel("Code label").fill(label);
    await page.getByRole("button", { name: "Add code" }).click();
    await page.getByRole("rowheader", { name: label }).waitFor();
  }
  await checkPage(page, "survey-coding", "02-codebook");

  // The analyst codes first, blind, through the API.
  const analyst = await analystClient(app);
  const field = `${survey.path}/coding/comments`;
  const book = (await analyst.request("GET", field)).body as { codes: { id: string; label: string }[] };
  const codeId = (label: string) => book.codes.find((c) => c.label === label)?.id;
  const sheet = (await analyst.request("GET", `${field}/answers`)).body as {
    answers: { responseId: string; text: string }[];
  };
  const analystCodes: Record<string, string[]> = {
    "Cheaper machine time": ["Cost"],
    "Training for apprentices": ["Skills"],
    "Lower fees and trained staff": ["Cost", "Skills"],
  };
  for (const answer of sheet.answers) {
    const codeIds = (analystCodes[answer.text] ?? []).map(codeId);
    expect((await analyst.request("PUT", `${field}/answers/${answer.responseId}`, { codeIds })).status).toBe(
      200,
    );
  }
  expect((await analyst.request("POST", `${field}/finish`)).status).toBe(200);

  // The owner codes in the page: no box is ticked, although the analyst has coded every answer.
  await page.reload();
  await page.getByRole("heading", { level: 3, name: "Your coding" }).waitFor();
  await page.getByText("Coder 1, Cody: 3 of 3 answers coded, finished").waitFor();
  expect(await page.getByRole("checkbox", { checked: true }).count()).toBe(0);
  const ownerCodes: [string, string][] = [
    ["Cheaper machine time", "Cost"],
    ["Training for apprentices", "Skills"],
    ["Lower fees and trained staff", "Cost"],
  ];
  for (const [text, label] of ownerCodes) {
    await card(page, text).getByRole("checkbox", { name: label }).check();
    await card(page, text)
      .getByRole("button", { name: /^Save codes/ })
      .click();
    await card(page, text).getByText("Saved.").waitFor();
  }
  await page.getByText("Coder 2, ").waitFor();
  await checkPage(page, "survey-coding", "03-coding-sheet");

  await page.getByRole("button", { name: "Finish coding" }).click();
  await page.getByRole("heading", { level: 3, name: "Agreement" }).waitFor();
  const agreement = page.getByText(/^Cohen's kappa/);
  await expect(agreement.textContent()).resolves.toContain("Cohen's kappa 0.667 over 3 answers");
  await expect(agreement.textContent()).resolves.toContain("66.7% of answers");
  await checkPage(page, "survey-coding", "04-agreement");

  const disagreement = card(page, "Lower fees and trained staff");
  await expect(disagreement.textContent()).resolves.toContain(
    "Coder 1: Cost, Skills. Coder 2: Cost. Final: not decided.",
  );
  await disagreement.getByRole("checkbox", { name: "Cost" }).check();
  await disagreement.getByRole("checkbox", { name: "Skills" }).check();
  await disagreement.getByRole("button", { name: /^Save final codes/ }).click();
  await disagreement.getByText("Final: Cost, Skills.").waitFor();
  const results = page.locator("table", { has: page.locator("caption", { hasText: "Final codes of" }) });
  const rows = () =>
    results
      .locator("tbody tr")
      .evaluateAll((trs: { cells: ArrayLike<{ textContent: string | null }> }[]) =>
        trs.map((tr) => Array.from(tr.cells, (cell) => (cell.textContent ?? "").trim()).slice(0, 3)),
      );
  await expect.poll(rows, { timeout: 10_000 }).toEqual([
    ["Cost", "2", "66.7%"],
    ["Skills", "2", "66.7%"],
  ]);
  await page.getByRole("link", { name: "Download the coded results (CSV)" }).waitFor();
  await checkPage(page, "survey-coding", "05-results");
});
