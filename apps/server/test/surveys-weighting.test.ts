// Weighting results to GB business counts and the representativeness check through the HTTP API.
// The frame of surveys-fixture.ts: 4 micro (0-9) and 4 small (10-49) firms, every SIC code in
// section C; a 3 + 3 stratified sample; two micro (yes, no) and two small (yes, yes) respondents and
// one refusal. Population: section C in March 2022 (UK Business Counts, read by hand from the
// bundled file): micro 106,080, small 20,585. Post-strata = strata here, so each respondent weighs
// N_c / r_c: micro 53,040, small 10,292.5, and the weighted "yes" is (53,040 + 2 x 10,292.5) / 126,665.
// The report PDF and the data pack take the same ?weighting and ?year.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageText, pdfPages } from "../../../packages/services/test/surveys/report-pdf/pdf-content.ts";
import { makeTeam, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import { type LaunchedSurvey, launchSurvey } from "./surveys-fixture.ts";

describe("weighting and representativeness through the HTTP API", () => {
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
    const anonymous = team.browsers.anonymous;
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
      const reply = await anonymous.request("POST", `/api/respond/${survey.tokens.get(row)}/submit`, {
        answers: { aware },
        idempotencyKey: `weighting-row-${row}-000000`,
      });
      if (reply.status !== 201) throw new Error(JSON.stringify(reply.body));
    }
    await anonymous.request("POST", `/api/respond/${survey.tokens.get(small[2]!)}/refuse`, {});
  });
  afterAll(() => t.close());

  it("post-stratifies to size bands and reports the weights, Kish n_eff and deff", async () => {
    const reply = await team.browsers.viewer.request(
      "GET",
      `${survey.path}/results?weighting=post-stratify:size&year=2022`,
    );
    expect(reply.status).toBe(200);
    const { weights, questions, weighting } = reply.body;
    expect([weights.requested, weights.applied, weights.problems]).toEqual([
      "post-stratify:size",
      "post-stratify:size",
      [],
    ]);
    const yes = questions[0].categories[0];
    expect(yes.proportion).toBeCloseTo((53040 + 2 * 10292.5) / 126665, 12);
    const squares = 2 * 53040 ** 2 + 2 * 10292.5 ** 2;
    expect(weights.kish.effectiveSampleSize).toBeCloseTo(126665 ** 2 / squares, 10);
    expect(weights.kish.designEffect).toBeCloseTo((4 * squares) / 126665 ** 2, 12);
    expect(weights.population.margins).toEqual([
      {
        variable: "size",
        levels: [
          { level: "micro", label: "micro (0-9)", population: 106080, respondents: 2, weightedTotal: 106080 },
          { level: "small", label: "small (10-49)", population: 20585, respondents: 2, weightedTotal: 20585 },
        ],
      },
    ]);
    expect(weights.population.attribution).toBe(
      "Source: Office for National Statistics (UK Business Counts), licensed under the Open Government Licence v3.0.",
    );
    expect(weighting.description).toContain(
      "post-stratified to enterprises in Great Britain (K03000001) by size band",
    );
  });

  it("keeps design weights by default and refuses an unknown weighting or year", async () => {
    const viewer = team.browsers.viewer;
    const plain = await viewer.request("GET", `${survey.path}/results`);
    expect([plain.body.weights.applied, plain.body.questions[0].categories[0].proportion]).toEqual([
      "design",
      0.75,
    ]);
    const unknown = await viewer.request("GET", `${survey.path}/results?weighting=trim`);
    expect([unknown.status, unknown.body.error.code]).toEqual([400, "validation"]);
    const year = await viewer.request("GET", `${survey.path}/results?weighting=rake:size,section&year=2015`);
    expect([year.status, year.body.error.message]).toEqual([
      400,
      "year: the business counts cover 2016-2022, not 2015",
    ]);
  });

  /** GET as the viewer: the reply and its bytes (binary downloads). */
  async function download(path: string) {
    const reply = await t.app.request(path, {
      headers: { cookie: [...team.browsers.viewer.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    return { reply, bytes: new Uint8Array(await reply.arrayBuffer()) };
  }

  it("sends the report PDF and the data pack under the chosen weighting", async () => {
    const id8 = survey.id.slice(0, 8);
    const report = await download(`${survey.path}/report.pdf?weighting=post-stratify:size&year=2022`);
    expect(report.reply.status).toBe(200);
    expect(report.reply.headers.get("content-disposition")).toBe(
      `attachment; filename="survey-${id8}-report.pdf"`,
    );
    const [cover, questions] = pdfPages(report.bytes);
    expect(pageText(cover!).replace(/\s+/g, "")).toContain(
      "post-stratified to enterprises in Great Britain (K03000001) by size band".replace(/\s+/g, ""),
    );
    // (53,040 + 2 x 10,292.5) / 126,665 = 0.58126 (the results test above).
    expect(questions!.lines.some((line) => line.startsWith("58.1% ("))).toBe(true);
    const pack = await download(`${survey.path}/data-pack?weighting=rake:size,section&year=2022`);
    expect(pack.reply.status).toBe(200);
    expect(pack.reply.headers.get("content-type")).toBe("application/zip");
    expect(pack.reply.headers.get("content-disposition")).toBe(
      `attachment; filename="survey-${id8}-data-pack.zip"`,
    );
    // The design-weighted report is another document.
    const plain = await download(`${survey.path}/report.pdf`);
    expect(Buffer.from(plain.bytes).equals(Buffer.from(report.bytes))).toBe(false);
  });

  it("refuses an unknown weighting or year for the report PDF and the data pack", async () => {
    for (const file of ["report.pdf", "data-pack"]) {
      const unknown = await team.browsers.viewer.request("GET", `${survey.path}/${file}?weighting=trim`);
      expect([unknown.status, unknown.body.error.code], file).toEqual([400, "validation"]);
      const year = await team.browsers.viewer.request(
        "GET",
        `${survey.path}/${file}?weighting=rake:size,section&year=2015`,
      );
      expect([year.status, year.body.error.message], file).toEqual([
        400,
        "year: the business counts cover 2016-2022, not 2015",
      ]);
    }
  });

  it("documents the weighting parameters of both downloads in OpenAPI, as for the results", async () => {
    const spec = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, { get: { parameters: { in: string; name: string; schema: unknown }[] } }>;
    };
    const base = "/api/workspaces/{slug}/surveys/{surveyId}";
    const query = (path: string) =>
      spec.paths[`${base}/${path}`]!.get.parameters.filter((p) => p.in === "query").map((p) => [
        p.name,
        p.schema,
      ]);
    expect(query("report.pdf")).toEqual(query("results"));
    expect(query("data-pack")).toEqual(query("results"));
    expect(query("results").map(([name]) => name)).toEqual(["weighting", "year", "sicLevel"]);
  });

  it("compares respondents with the sample, the frame and the population", async () => {
    const reply = await team.browsers.viewer.request("GET", `${survey.path}/representativeness?year=2022`);
    expect(reply.status).toBe(200);
    const [size, section] = reply.body.variables;
    expect(
      size.levels.map((l: Record<string, number>) => [
        l.level,
        l.population,
        l.frame,
        l.sample,
        l.respondents,
      ]),
    ).toEqual([
      ["micro", 106080, 4, 3, 2],
      ["small", 20585, 4, 3, 2],
    ]);
    expect(section.levels.map((l: Record<string, number>) => [l.level, l.population, l.respondents])).toEqual(
      [["C", 106080 + 20585, 4]],
    );
    expect(reply.body.strata).toEqual([
      { stratum: "0-9", frame: 4, sample: 3, respondents: 2, responseRate: 2 / 3 },
      { stratum: "10-49", frame: 4, sample: 3, respondents: 2, responseRate: 2 / 3 },
    ]);
    expect(reply.body.text[0]).toBe("Response rates were the same for every size band: 67%.");
    expect(JSON.stringify(reply.body)).not.toMatch(/@example\.org|Ltd/);
  });
});
