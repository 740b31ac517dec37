// Every JSON reply of a survey's life parsed with its domain schema (packages/domain/src/survey-api):
// a confidential survey with an open link goes from creation through frame, sample, launch,
// invitations and a reminder wave, two personal-link respondents and one open-link respondent
// answer (with a refused submit and a retried one), the owner reads the dashboard, dispositions,
// responses and identities; two more respondents answer and the owner reads the results (design
// weights and raked), a cross-tab and the representativeness check, then closes it. The schemas are strict, so a field the use cases add
// without documenting it (or drop) fails here; the OpenAPI document shows the same schemas.
import type { z } from "@hono/zod-openapi";
import {
  agreementViewSchema,
  answerAdjudicatedSchema,
  answerProblemsSchema,
  caseDispositionListSchema,
  codebookViewSchema,
  codesRevealedSchema,
  codeViewSchema,
  codingFieldListSchema,
  codingProgressViewSchema,
  codingResultsViewSchema,
  codingSheetViewSchema,
  fieldworkDashboardSchema,
  frameImportedSchema,
  instrumentSavedSchema,
  invitationsSentSchema,
  progressSavedSchema,
  reminderWaveSchema,
  representativenessSchema,
  respondentFormSchema,
  respondentIdentityListSchema,
  responseListSchema,
  sampleDrawnSchema,
  submitAlreadyStoredSchema,
  submitStoredSchema,
  surveyCrosstabSchema,
  surveyDetailSchema,
  surveyListSchema,
  surveyResultsReplySchema,
  surveyViewSchema,
} from "@smartspec/domain";
import { readOutbox } from "@smartspec/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "./support/browser.ts";
import { makeTeam, slug, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import { codingSurvey } from "./surveys-coding-fixture.ts";
import { frameCsv, surveyJsInstrument, surveysPath, tokenInMail, upload } from "./surveys-fixture.ts";

/** The schema's complaints about a reply, as "path: message" lines ([] when it parses). */
function schemaProblems(schema: z.ZodType, body: unknown): string[] {
  const parsed = schema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("survey replies parse with their domain schemas", () => {
  let t: TestApp;
  let team: Team;
  let owner: Browser;
  const checked: string[] = [];

  /** Sends a request, expects `status`, parses the body with `schema`; returns the body. */
  async function expectReply(
    browser: Browser,
    name: string,
    schema: z.ZodType,
    status: number,
    method: string,
    path: string,
    body?: unknown,
  ) {
    const reply = await browser.request(method, path, body);
    expect(reply.status, `${name}: ${JSON.stringify(reply.body)}`).toBe(status);
    expect(schemaProblems(schema, reply.body), name).toEqual([]);
    checked.push(name);
    return reply.body;
  }

  beforeAll(async () => {
    t = await testApp();
    team = await makeTeam(t);
    owner = team.browsers.owner;
  });
  afterAll(() => t.close());

  it("from creation to close: every member and respondent reply", async () => {
    const created = await expectReply(owner, "create", surveyViewSchema, 201, "POST", surveysPath, {
      title: "Replies 2026",
      anonymity: "confidential",
      openLink: "self-identified",
    });
    const path = `${surveysPath}/${created.id}`;
    await expectReply(owner, "instrument", instrumentSavedSchema, 200, "PUT", `${path}/instrument`, {
      format: "surveyjs",
      instrument: surveyJsInstrument,
    });
    const frame = await upload(owner, `${path}/frame?name=SMEs&stratifyBy=size_band`, frameCsv, "text/csv");
    expect([frame.status, schemaProblems(frameImportedSchema, frame.body)]).toEqual([201, []]);
    checked.push("frame");
    await expectReply(owner, "sample", sampleDrawnSchema, 201, "POST", `${path}/sample`, {
      frameId: frame.body.frameId,
      seed: "2026",
      design: { kind: "stratified", sizes: { "0-9": 2, "10-49": 2 } },
    });
    await expectReply(owner, "detail (draft)", surveyDetailSchema, 200, "GET", path);
    await expectReply(owner, "launch", surveyViewSchema, 200, "POST", `${path}/launch`);
    await expectReply(owner, "invitations", invitationsSentSchema, 200, "POST", `${path}/invitations`, {
      subject: "Replies 2026",
      text: "Dear {{organisation}},\n{{link}}",
    });
    await expectReply(owner, "reminder", reminderWaveSchema, 200, "POST", `${path}/reminders`, {
      wave: 1,
      dueAt: "2026-03-09T09:00:00Z",
      subject: "Reminder",
      text: "{{link}}",
    });

    const mails = await readOutbox(t.platform, { userId: team.people.owner.id, slug });
    const tokens = mails.filter((m) => m.subject === "Replies 2026").map((m) => tokenInMail(m.text));
    expect(tokens).toHaveLength(4);
    const respondent = team.browsers.anonymous;
    const [first, second] = tokens.map((token) => `/api/respond/${token}`);
    await expectReply(respondent, "personal form", respondentFormSchema, 200, "GET", first!);
    const wrong = { answers: { aware: "maybe" }, idempotencyKey: "replies-key-000000001" };
    await expectReply(
      respondent,
      "answer problems",
      answerProblemsSchema,
      422,
      "POST",
      `${first}/submit`,
      wrong,
    );
    const answers = {
      answers: { aware: "yes", benefits: ["skills"] },
      idempotencyKey: "replies-key-000000001",
    };
    await expectReply(respondent, "submit", submitStoredSchema, 201, "POST", `${first}/submit`, answers);
    await expectReply(
      respondent,
      "submit retry",
      submitAlreadyStoredSchema,
      200,
      "POST",
      `${first}/submit`,
      answers,
    );
    await expectReply(respondent, "completed form", respondentFormSchema, 200, "GET", first!);
    const partial = await respondent.request("PUT", `${second}/progress`, { answers: { aware: "no" } });
    expect(partial.status).toBe(204);

    const open = `/api/respond/open/${/\/s\/open\/([A-Za-z0-9_-]+)$/.exec(created.openLinkUrl)?.[1]}`;
    await expectReply(respondent, "open-link form", respondentFormSchema, 200, "GET", open);
    const kept = await expectReply(
      respondent,
      "open-link save",
      progressSavedSchema,
      200,
      "PUT",
      `${open}/progress`,
      {
        answers: { aware: "no" },
        name: "Iota",
        email: "iota@example.org",
      },
    );
    await expectReply(
      respondent,
      "open-link resumed",
      respondentFormSchema,
      200,
      "GET",
      `${open}?resumeKey=${kept.resumeKey}`,
    );
    await expectReply(respondent, "open-link submit", submitStoredSchema, 201, "POST", `${open}/submit`, {
      answers: { aware: "no" },
      idempotencyKey: "replies-open-0000001",
      resumeKey: kept.resumeKey,
      name: "Iota",
      email: "iota@example.org",
    });

    await expectReply(owner, "list", surveyListSchema, 200, "GET", surveysPath);
    await expectReply(owner, "detail (live)", surveyDetailSchema, 200, "GET", path);
    const dashboard = await expectReply(
      owner,
      "dashboard",
      fieldworkDashboardSchema,
      200,
      "GET",
      `${path}/dashboard`,
    );
    expect(dashboard.dispositions.I).toBe(1);
    await expectReply(owner, "dispositions", caseDispositionListSchema, 200, "GET", `${path}/dispositions`);
    const responses = await expectReply(
      owner,
      "responses",
      responseListSchema,
      200,
      "GET",
      `${path}/responses`,
    );
    expect(responses.filter((r: { completed: boolean }) => r.completed)).toHaveLength(2);
    await expectReply(owner, "identities", respondentIdentityListSchema, 200, "GET", `${path}/identities`);

    // Two more personal-link answers: three of the four sampled cases (two per size band) cover both
    // bands, so raking to size band and SIC section applies and the cross-tab has two groups.
    for (const [i, aware] of [
      [2, "no"],
      [3, "yes"],
    ] as const) {
      const more = { answers: { aware }, idempotencyKey: `replies-key-00000000${i}` };
      await expectReply(
        respondent,
        `submit ${i}`,
        submitStoredSchema,
        201,
        "POST",
        `/api/respond/${tokens[i]}/submit`,
        more,
      );
    }
    const design = await expectReply(
      owner,
      "results",
      surveyResultsReplySchema,
      200,
      "GET",
      `${path}/results`,
    );
    expect([design.responses, design.excluded, design.weights.applied]).toEqual([3, 1, "design"]);
    const raked = await expectReply(
      owner,
      "results (raked)",
      surveyResultsReplySchema,
      200,
      "GET",
      `${path}/results?weighting=rake:size,section&year=2022`,
    );
    expect([raked.weights.applied, raked.weights.problems, raked.weights.rake.converged]).toEqual([
      "rake:size,section",
      [],
      true,
    ]);
    const crosstab = await expectReply(
      owner,
      "crosstab",
      surveyCrosstabSchema,
      200,
      "GET",
      `${path}/crosstab?row=aware&by=size_band`,
    );
    expect(crosstab.groups.map((g: { n: number }) => g.n).sort()).toEqual([1, 2]);
    await expectReply(
      owner,
      "representativeness",
      representativenessSchema,
      200,
      "GET",
      `${path}/representativeness?year=2022`,
    );
    const closed = await expectReply(owner, "close", surveyViewSchema, 200, "POST", `${path}/close`);
    expect(closed.status).toBe("closed");
    expect(checked).toHaveLength(30);
  });

  it("open-text coding: every coding reply, from codebook to adjudicated results", async () => {
    const texts = ["Skills", "Space", "Money"];
    const survey = await codingSurvey(owner, "Coding replies", texts);
    const { analyst, viewer } = team.browsers;
    const field = `${survey.path}/coding/needs`;
    const answer = (text: string) => survey.responseOf.get(text)!;
    await expectReply(viewer, "coding fields", codingFieldListSchema, 200, "GET", `${survey.path}/coding`);
    const people = await expectReply(analyst, "add code", codeViewSchema, 201, "POST", `${field}/codes`, {
      label: "People",
      description: "Skills and staff",
    });
    const place = await expectReply(analyst, "add sub-code", codeViewSchema, 201, "POST", `${field}/codes`, {
      label: "Place",
      parentId: null,
    });
    await expectReply(analyst, "edit code", codeViewSchema, 200, "PATCH", `${field}/codes/${people.id}`, {
      label: "People and skills",
    });
    const book = await expectReply(viewer, "codebook", codebookViewSchema, 200, "GET", field);
    expect(book.codes.find((c: { id: string }) => c.id === people.id).history).toHaveLength(2);
    for (const text of texts) {
      await expectReply(
        analyst,
        "code answer",
        codingProgressViewSchema,
        200,
        "PUT",
        `${field}/answers/${answer(text)}`,
        {
          codeIds: [text === "Skills" ? people.id : place.id],
        },
      );
    }
    await expectReply(analyst, "coding sheet", codingSheetViewSchema, 200, "GET", `${field}/answers`);
    await expectReply(analyst, "finish", codingProgressViewSchema, 200, "POST", `${field}/finish`);
    await expectReply(
      owner,
      "second coder",
      codingProgressViewSchema,
      200,
      "PUT",
      `${field}/answers/${answer("Money")}`,
      {
        codeIds: [people.id],
      },
    );
    await expectReply(owner, "reveal", codesRevealedSchema, 200, "POST", `${field}/reveal`);
    const agreement = await expectReply(
      viewer,
      "agreement",
      agreementViewSchema,
      200,
      "GET",
      `${field}/agreement`,
    );
    expect(agreement.disagreements.map((d: { text: string }) => d.text)).toEqual(["Money"]);
    await expectReply(
      owner,
      "adjudicate",
      answerAdjudicatedSchema,
      200,
      "PUT",
      `${field}/final/${answer("Money")}`,
      {
        codeIds: [place.id],
      },
    );
    const results = await expectReply(
      viewer,
      "coding results",
      codingResultsViewSchema,
      200,
      "GET",
      `${field}/results`,
    );
    expect([results.codedAnswers, results.pending]).toEqual([1, 2]);
  });

  it("is strict: an undocumented field or a date that is not ISO 8601 is reported", async () => {
    const [survey] = (await owner.request("GET", surveysPath)).body;
    expect(schemaProblems(surveyViewSchema, { ...survey, secret: 1 })).toEqual([
      ': Unrecognized key: "secret"',
    ]);
    expect(schemaProblems(surveyViewSchema, { ...survey, createdAt: "29/11/2026" })).toEqual([
      "createdAt: Invalid ISO datetime",
    ]);
    const parsed = surveyViewSchema.parse(survey);
    expect(parsed.createdAt).toBeInstanceOf(Date);
    expect(parsed.createdAt.toISOString()).toBe(survey.createdAt);
  });
});
