// A simple random sample drawn from a frame stratified by size band: the design has one stratum
// ("*", N = 8) while the cases keep their frame strata for tracking, and the results must use the
// design stratum. Two respondents (yes, no): p = 1/2, s^2 = 1/2, f = 2/8, so
// SE = sqrt((1 - 2/8) x (1/2) / 2) = sqrt(0.1875), R's svydesign(ids = ~1, fpc = ~N) on respondents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTeam, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import { type LaunchedSurvey, launchSurvey } from "./surveys-fixture.ts";

describe("results of a simple random sample from a stratified frame", () => {
  let t: TestApp;
  let team: Team;
  let survey: LaunchedSurvey;

  beforeAll(async () => {
    t = await testApp();
    team = await makeTeam(t);
    survey = await launchSurvey(t, team.browsers.owner, team.people.owner.id, {
      title: "SME needs (simple sample)",
      anonymity: "identified",
      design: { kind: "simple", size: 4 },
    });
    const tokens = [...survey.tokens.values()];
    for (const [k, aware] of ["yes", "no"].entries()) {
      const reply = await team.browsers.anonymous.request("POST", `/api/respond/${tokens[k]}/submit`, {
        answers: { aware },
        idempotencyKey: `simple-sample-${k}-000000`,
      });
      if (reply.status !== 201) throw new Error(JSON.stringify(reply.body));
    }
  });
  afterAll(() => t.close());

  it("weights every respondent by N / r with the finite-population correction", async () => {
    expect(survey.tokens.size).toBe(4);
    const reply = await team.browsers.viewer.request("GET", `${survey.path}/results`);
    expect(reply.status).toBe(200);
    expect(reply.body.weighting.kind).toBe("design");
    expect(reply.body.responses).toBe(2);
    const yes = reply.body.questions[0].categories.find((c: { value: string }) => c.value === "yes");
    expect(yes.proportion).toBe(0.5);
    expect(yes.se).toBeCloseTo(Math.sqrt(0.1875), 14);
  });
});
