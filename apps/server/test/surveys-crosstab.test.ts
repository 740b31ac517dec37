// GET {s}/crosstab through the HTTP API, on the survey of surveys-fixture.ts: a 3 + 3 sample from
// 4 micro (0-9) and 4 small (10-49) firms, all in the North East; two micro (yes, no) and two small
// (yes, yes) respondents, so each weighs N_h / r_h = 4 / 2 = 2. Reference, R 4.2.2 + survey 4.1.1:
//   d <- data.frame(h = c("0-9","0-9","10-49","10-49"), N = 4, aware = c("yes","no","yes","yes"))
//   des <- svydesign(ids = ~1, strata = ~h, fpc = ~N, data = d)
//   svychisq(~aware + h, des)                       F = 1.6666666666666670, ndf 1, ddf 2, p 0.32580013753675785
//   svychisq(~aware + h, des, statistic = "Chisq")  X² = 1.3333333333333333, p 0.19670560245894692
// By hand: X² = 4/3 on the table (1, 1; 2, 0); F(1, 2) tail at 5/3 is 1 - sqrt(5/11).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTeam, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import { type LaunchedSurvey, launchSurvey } from "./surveys-fixture.ts";

const tolerance = 1e-9;

describe("GET {s}/crosstab", () => {
  let t: TestApp;
  let team: Team;
  let survey: LaunchedSurvey;

  beforeAll(async () => {
    t = await testApp();
    team = await makeTeam(t);
    survey = await launchSurvey(t, team.browsers.owner, team.people.owner.id, {
      title: "SME needs 2026",
      anonymity: "confidential",
    });
    const rows = [...survey.tokens.keys()].sort((a, b) => a - b);
    const micro = rows.filter((r) => r <= 5);
    const small = rows.filter((r) => r >= 6);
    const answers: [number, string][] = [
      [micro[0]!, "yes"],
      [micro[1]!, "no"],
      [small[0]!, "yes"],
      [small[1]!, "yes"],
    ];
    for (const [row, aware] of answers) {
      const reply = await team.browsers.anonymous.request(
        "POST",
        `/api/respond/${survey.tokens.get(row)}/submit`,
        {
          answers: { aware },
          idempotencyKey: `crosstab-row-${row}-0000000`,
        },
      );
      if (reply.status !== 201) throw new Error(JSON.stringify(reply.body));
    }
  });
  afterAll(() => t.close());

  it("compares a question by size band with per-group intervals and the Rao-Scott test (matches svychisq)", async () => {
    const reply = await team.browsers.viewer.request("GET", `${survey.path}/crosstab?row=aware&by=size_band`);
    expect(reply.status).toBe(200);
    const body = reply.body;
    expect(body.row).toEqual({ name: "aware", title: "Are you aware of the facility?" });
    expect(body.by).toEqual({ name: "size_band", title: "size band", kind: "frame" });
    expect([body.responses, body.withoutGroup]).toEqual([4, 0]);
    expect(
      body.groups.map(
        (g: { value: string; n: number; nEffective: number; categories: { proportion: number }[] }) => [
          g.value,
          g.n,
          g.nEffective,
          g.categories.map((c) => c.proportion),
        ],
      ),
    ).toEqual([
      ["0-9", 2, 2, [0.5, 0.5]],
      ["10-49", 2, 2, [1, 0]],
    ]);
    const test = body.test;
    expect(Math.abs(test.f - 5 / 3)).toBeLessThan(tolerance);
    expect(Math.abs(test.ndf - 1)).toBeLessThan(tolerance);
    expect(Math.abs(test.ddf - 2)).toBeLessThan(tolerance);
    expect(Math.abs(test.pF - (1 - Math.sqrt(5 / 11)))).toBeLessThan(tolerance);
    expect(Math.abs(test.chisq - 4 / 3)).toBeLessThan(tolerance);
    expect(Math.abs(test.pChisq - 0.19670560245894692)).toBeLessThan(tolerance);
    expect(body.sentence).toBe(
      'No clear difference in answers to "Are you aware of the facility?" by size band: F = 1.67 on 1 and 2 df, p = 0.326 (Rao-Scott).',
    );
  });

  it("says why there is no test when every respondent is in one region", async () => {
    const reply = await team.browsers.viewer.request("GET", `${survey.path}/crosstab?row=aware&by=region`);
    expect(reply.status).toBe(200);
    expect(reply.body.test).toBeNull();
    expect(reply.body.groups.map((g: { value: string; n: number }) => [g.value, g.n])).toEqual([
      ["North East", 4],
    ]);
    expect(reply.body.sentence).toBe(
      "The Rao-Scott test cannot be made: the table needs at least two levels each way (has 2 x 1).",
    );
  });

  it("honours the weighting choice", async () => {
    const reply = await team.browsers.viewer.request(
      "GET",
      `${survey.path}/crosstab?row=aware&by=size_band&weighting=post-stratify:size&year=2022`,
    );
    expect(reply.status).toBe(200);
    expect([reply.body.weights.requested, reply.body.weights.applied]).toEqual([
      "post-stratify:size",
      "post-stratify:size",
    ]);
    expect(reply.body.groups[0].categories.map((c: { proportion: number }) => c.proportion)).toEqual([
      0.5, 0.5,
    ]);
  });

  it("refuses a question that cannot be cross-tabulated, naming the field", async () => {
    const multiple = await team.browsers.viewer.request(
      "GET",
      `${survey.path}/crosstab?row=benefits&by=size_band`,
    );
    expect(multiple.status).toBe(400);
    expect(multiple.body.error.message).toBe(
      'row: "benefits" is a multiple-choice question; cross-tabs take single-choice, rating or Likert questions',
    );
    const unknown = await team.browsers.viewer.request("GET", `${survey.path}/crosstab?row=aware&by=colour`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('by: no question "colour" in the live instrument');
  });
});
