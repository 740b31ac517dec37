// Open-text coding through the HTTP API: the blind rule (nothing the second coder can GET holds the
// first coder's codes until both have finished), agreement on the methods doc's worked example
// (survey-methods.md §9: 10 segments, kappa = 23/33 = 0.696970, p_o 0.8, p_e 0.34), adjudication,
// and the results as JSON and CSV (Wilson intervals as R's prop.test(correct = FALSE) gives:
// fixtures in packages/services/test/surveys/coding/fixtures/coding.json).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTeam, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import { type CodingSurvey, codingSurvey } from "./surveys-coding-fixture.ts";

const first = ["A", "A", "B", "B", "C", "A", "B", "C", "A", "B"];
const second = ["A", "B", "B", "B", "C", "A", "B", "C", "C", "B"];
const texts = first.map((_, i) => `Segment ${i + 1}`);

describe("open-text coding through the HTTP API", () => {
  let t: TestApp;
  let team: Team;
  let survey: CodingSurvey;
  const code: Record<string, string> = {};

  beforeAll(async () => {
    t = await testApp();
    team = await makeTeam(t);
    survey = await codingSurvey(team.browsers.owner, "Coding", texts);
  });
  afterAll(() => t.close());

  const field = () => `${survey.path}/coding/needs`;

  it("lists the codable fields: the long text and the other text", async () => {
    const reply = await team.browsers.viewer.request("GET", `${survey.path}/coding`);
    expect(reply.status).toBe(200);
    expect(
      reply.body.map((f: { field: string; kind: string; answers: number }) => [f.field, f.kind, f.answers]),
    ).toEqual([
      ["needs", "text", 10],
      ["heard-Comment", "other", 0],
    ]);
  });

  it("keeps the second coder blind until both have finished", async () => {
    const { analyst, owner } = team.browsers;
    for (const label of ["A", "B", "C"]) {
      const reply = await analyst.request("POST", `${field()}/codes`, {
        label,
        description: `Theme ${label}`,
      });
      expect(reply.status).toBe(201);
      code[label] = reply.body.id;
    }
    const codeAs = async (who: typeof owner, labels: readonly string[]) => {
      for (const [i, label] of labels.entries()) {
        const reply = await who.request("PUT", `${field()}/answers/${survey.responseOf.get(texts[i]!)}`, {
          codeIds: [code[label]],
        });
        expect(reply.status).toBe(200);
      }
    };
    await codeAs(analyst, first);
    expect((await analyst.request("POST", `${field()}/finish`)).body).toEqual({
      slot: 1,
      coded: 10,
      answers: 10,
      finished: true,
    });
    await codeAs(owner, second.slice(0, 5));
    // Everything the second coder can read: their sheet has their own five codes and nothing else.
    const sheet = await owner.request("GET", `${field()}/answers`);
    const given = sheet.body.answers.map((a: { text: string; codeIds: string[] }) => [a.text, a.codeIds]);
    expect(given.sort()).toEqual(texts.map((text, i) => [text, i < 5 ? [code[second[i]!]] : []]).sort());
    for (const path of ["agreement", "results", "results.csv"]) {
      const reply = await owner.request("GET", `${field()}/${path}`);
      expect([reply.status, reply.body.error.code]).toEqual([409, "conflict"]);
    }
    const book = await owner.request("GET", field());
    expect(
      book.body.coders.map((c: { slot: number; coded: number; finished: boolean }) => [
        c.slot,
        c.coded,
        c.finished,
      ]),
    ).toEqual([
      [1, 10, true],
      [2, 5, false],
    ]);
    expect(JSON.stringify(book.body)).not.toContain("codeIds");
    await codeAs(owner, second);
    expect((await owner.request("POST", `${field()}/finish`)).status).toBe(200);
  });

  it("reports kappa and the disagreements once both have finished, then takes the adjudication", async () => {
    const agreement = await team.browsers.viewer.request("GET", `${field()}/agreement`);
    expect(agreement.status).toBe(200);
    expect(agreement.body.overall.basis).toBe("single-code");
    expect(Math.abs(agreement.body.overall.kappa - 23 / 33)).toBeLessThan(1e-12);
    expect(agreement.body.overall.percentAgreement).toBe(0.8);
    const disagreements = agreement.body.disagreements.map(
      (d: { text: string; first: string[]; second: string[] }) => [d.text, d.first, d.second],
    );
    expect(disagreements.sort()).toEqual([
      ["Segment 2", [code.A], [code.B]],
      ["Segment 9", [code.A], [code.C]],
    ]);
    const adjudicate = (text: string, label: string) =>
      team.browsers.analyst.request("PUT", `${field()}/final/${survey.responseOf.get(text)}`, {
        codeIds: [code[label]],
      });
    expect((await adjudicate("Segment 2", "B")).body).toEqual({
      responseId: survey.responseOf.get("Segment 2"),
      final: [code.B],
    });
    await adjudicate("Segment 9", "C");
    // Final sets: A on segments 1, 6; B on 2 (adjudicated), 3, 4, 7, 10; C on 5, 8, 9 (adjudicated).
    const results = await team.browsers.viewer.request("GET", `${field()}/results`);
    expect(results.body).toMatchObject({ answers: 10, codedAnswers: 10, pending: 0, mentions: 10 });
    expect(results.body.codes.map((c: { label: string; answers: number }) => [c.label, c.answers])).toEqual([
      ["A", 2],
      ["B", 5],
      ["C", 3],
    ]);
    const csv = await t.app.request(`${field()}/results.csv`, {
      headers: { cookie: [...team.browsers.viewer.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="coding-needs.csv"');
    expect((await csv.text()).split("\r\n").slice(0, 4)).toEqual([
      "code,parent,answers,percent_of_answers,ci_low,ci_high,percent_of_mentions,theme_answers,theme_percent,theme_ci_low,theme_ci_high",
      // Wilson 2/10: 5.6682-50.9838; 5/10: 23.6593-76.3407; 3/10: 10.7791-60.3222 (prop.test).
      "A,,2,20,5.6682,50.9838,20,,,,",
      "B,,5,50,23.6593,76.3407,50,,,,",
      "C,,3,30,10.7791,60.3222,30,,,,",
    ]);
  });
});
