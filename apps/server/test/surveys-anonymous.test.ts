// An anonymous survey through the HTTP API: the respondent resumes with the key their browser
// keeps; the responses listing, the results and the log carry no case, respondent, token or email;
// there are no identities to read. Open links save and submit with a resume key too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTeam, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import { type LaunchedSurvey, launchSurvey, surveyJsInstrument, surveysPath } from "./surveys-fixture.ts";

describe("an anonymous survey", () => {
  let t: TestApp;
  let team: Team;
  let survey: LaunchedSurvey;

  beforeAll(async () => {
    t = await testApp();
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

  it("lists responses and results without any case, respondent, token or email; no identities", async () => {
    const viewer = team.browsers.viewer;
    const responses = await viewer.request("GET", `${survey.path}/responses`);
    expect(responses.body).toEqual([
      {
        id: expect.any(String),
        respondentId: null,
        origin: "invitation",
        instrumentVersion: 1,
        answers: { aware: "no", benefits: ["skills"] },
        completed: true,
        completedOn: "2026-03-02",
        identity: null,
      },
    ]);
    const results = await viewer.request("GET", `${survey.path}/results`);
    expect(results.body.weighting).toEqual({
      kind: "none",
      description:
        "Anonymous survey: responses cannot be placed in their sample strata. Every response counts equally (no weights, no finite-population correction).",
    });
    expect(results.body.questions[0].categories.map((c: { n: number }) => c.n)).toEqual([0, 1]);
    const identities = await team.browsers.owner.request("GET", `${survey.path}/identities`);
    expect([identities.status, identities.body.error.code]).toEqual([409, "conflict"]);
    const text = JSON.stringify([responses.body, results.body]);
    expect(text).not.toMatch(/caseId|@example\.org/);
    const tokens = [...survey.tokens.values()];
    const log = t.logs.join("\n");
    expect(tokens.filter((token) => log.includes(token))).toEqual([]);
    expect(log).not.toMatch(/org\d+@example\.org/);
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
    const results = await owner.request("GET", `${path}/results`);
    expect([results.body.responses, results.body.weighting.kind]).toEqual([1, "none"]);
    const bad = await browser.request("GET", `/api/respond/open/${"x".repeat(22)}`);
    expect([bad.status, bad.body.error.code]).toEqual([404, "invalid-token"]);
  });
});
