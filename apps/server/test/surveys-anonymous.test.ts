// An anonymous survey through the HTTP API: the respondent resumes with the key their browser
// keeps; the responses listing, the results and the log carry no case, respondent, token or email;
// there are no identities to read. Open links save and submit with a resume key too. Answers are
// held until five can be released together (decision 0011): the results say how many are held,
// the listing shows released answers only, and closing the survey releases the rest.
import { surveyResultsReplySchema } from "@smartspec/domain";
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTeam, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import { type LaunchedSurvey, launchSurvey, surveyJsInstrument, surveysPath } from "./surveys-fixture.ts";

describe.each(testDialects())("an anonymous survey on %s", (dialect) => {
  let t: TestApp;
  let team: Team;
  let survey: LaunchedSurvey;

  beforeAll(async () => {
    t = await testApp(dialect);
    team = await makeTeam(t);
    survey = await launchSurvey(t, team.browsers.owner, team.people.owner.id, {
      title: "Anonymous needs",
      anonymity: "anonymous",
    });
  });
  afterAll(() => t.close());

  it("resumes with the browser's key and submits once", async () => {
    const browser = team.browsers.anonymous;
    const token = [...survey.tokens.values()][0]!;
    const saved = await browser.request("PUT", `/api/respond/${token}/progress`, {
      answers: { benefits: ["skills"] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.resumeKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const resumeKey = saved.body.resumeKey as string;
    expect((await browser.request("GET", `/api/respond/${token}`)).body.answers).toEqual({});
    const resumed = await browser.request("GET", `/api/respond/${token}?resumeKey=${resumeKey}`);
    expect(resumed.body).toMatchObject({ answers: { benefits: ["skills"] }, resumeKey, status: "open" });
    const submit = {
      answers: { aware: "no", benefits: ["skills"] },
      idempotencyKey: "anonymous-submit-0001",
      resumeKey,
    };
    expect((await browser.request("POST", `/api/respond/${token}/submit`, submit)).status).toBe(201);
    expect((await browser.request("POST", `/api/respond/${token}/submit`, submit)).body).toEqual({
      stored: false,
      alreadyStored: true,
    });
  });

  it("holds answers until five are stored, then lists and counts them together", async () => {
    const viewer = team.browsers.viewer;
    expect((await viewer.request("GET", `${survey.path}/responses`)).body).toEqual([]);
    const held = await viewer.request("GET", `${survey.path}/results`);
    expect([held.body.responses, held.body.anonymousHeld, held.body.anonymousBatchSize]).toEqual([0, 1, 5]);
    // The held-answer counts are part of the documented reply (packages/domain/src/survey-api).
    expect(surveyResultsReplySchema.safeParse(held.body).error?.issues ?? []).toEqual([]);
    expect(held.body.questions.map((q: { n: number }) => q.n)).toEqual([0, 0]);
    const others = [...survey.tokens.values()].slice(1, 5);
    expect(others).toHaveLength(4);
    for (const [index, token] of others.entries()) {
      const submitted = await team.browsers.anonymous.request("POST", `/api/respond/${token}/submit`, {
        answers: { aware: "yes", benefits: ["skills"] },
        idempotencyKey: `anonymous-batch-000${index}`,
      });
      expect(submitted.status).toBe(201);
    }
  });

  it("lists responses and results without any case, respondent, token or email; no identities", async () => {
    const viewer = team.browsers.viewer;
    const responses = await viewer.request("GET", `${survey.path}/responses`);
    const released = (answers: object) => ({
      id: expect.any(String),
      respondentId: null,
      origin: "invitation",
      instrumentVersion: 1,
      answers,
      completed: true,
      completedOn: "2026-03-02",
      identity: null,
    });
    expect(responses.body).toHaveLength(5);
    expect(responses.body).toEqual(
      expect.arrayContaining([
        released({ aware: "no", benefits: ["skills"] }),
        ...Array.from({ length: 4 }, () => released({ aware: "yes", benefits: ["skills"] })),
      ]),
    );
    expect(new Set(responses.body.map((r: { id: string }) => r.id)).size).toBe(5);
    const results = await viewer.request("GET", `${survey.path}/results`);
    expect([results.body.responses, results.body.anonymousHeld]).toEqual([5, 0]);
    expect(results.body.weighting).toEqual({
      kind: "none",
      description:
        "Anonymous survey: responses cannot be placed in their sample strata. Every response counts equally (no weights, no finite-population correction).",
    });
    expect(results.body.questions[0].categories.map((c: { n: number }) => c.n)).toEqual([4, 1]);
    const identities = await team.browsers.owner.request("GET", `${survey.path}/identities`);
    expect([identities.status, identities.body.error.code]).toEqual([409, "conflict"]);
    const text = JSON.stringify([responses.body, results.body]);
    expect(text).not.toMatch(/caseId|@example\.org/);
    const tokens = [...survey.tokens.values()];
    const log = t.logs.join("\n");
    expect(tokens.filter((token) => log.includes(token))).toEqual([]);
    expect(log).not.toMatch(/org\d+@example\.org/);
    // The release is logged with its survey and size only.
    const releases = t.logs.filter((line) => line.includes("survey.answers.released"));
    expect(
      releases.map((line) => JSON.parse(line)).map(({ surveyId, answers }) => [surveyId, answers]),
    ).toEqual([[survey.path.split("/").pop(), 5]]);
  });

  it("takes open-link answers under a resume key", async () => {
    const owner = team.browsers.owner;
    const created = await owner.request("POST", surveysPath, {
      title: "Open",
      anonymity: "anonymous",
      openLink: true,
    });
    const path = `${surveysPath}/${created.body.id}`;
    await owner.request("PUT", `${path}/instrument`, { format: "surveyjs", instrument: surveyJsInstrument });
    const live = await owner.request("POST", `${path}/launch`);
    const key = /\/s\/open\/([A-Za-z0-9_-]{22})$/.exec(live.body.openLinkUrl)?.[1];
    const browser = team.browsers.anonymous;
    const form = await browser.request("GET", `/api/respond/open/${key}`);
    expect(form.body).toMatchObject({
      survey: { title: "Open", anonymity: "anonymous" },
      status: "open",
      resumeKey: null,
    });
    const saved = await browser.request("PUT", `/api/respond/open/${key}/progress`, {
      answers: { aware: "yes" },
    });
    expect(saved.status).toBe(200);
    const submit = {
      answers: { aware: "yes" },
      resumeKey: saved.body.resumeKey,
      idempotencyKey: "open-link-submit-0001",
    };
    expect((await browser.request("POST", `/api/respond/open/${key}/submit`, submit)).status).toBe(201);
    expect((await browser.request("POST", `/api/respond/open/${key}/submit`, submit)).status).toBe(200);
    const held = await owner.request("GET", `${path}/results`);
    expect([held.body.responses, held.body.weighting.kind, held.body.anonymousHeld]).toEqual([0, "none", 1]);
    // Closing releases the one held answer (the last batch may be smaller than five).
    expect((await owner.request("POST", `${path}/close`)).status).toBe(200);
    const results = await owner.request("GET", `${path}/results`);
    expect([results.body.responses, results.body.weighting.kind, results.body.anonymousHeld]).toEqual([
      1,
      "none",
      0,
    ]);
    const bad = await browser.request("GET", `/api/respond/open/${"x".repeat(22)}`);
    expect([bad.status, bad.body.error.code]).toEqual([404, "invalid-token"]);
  });
});
