// A survey through the HTTP API, as the web pages and respondents use it: create, instrument
// (SurveyJS JSON and XLSForm), frame upload (a good file and a broken one), stratified sample,
// launch, invitations read from the outbox, respondents answering through their personal links,
// the dashboard and the results. The results' expected values are R's (survey 4.1.1, R 4.2.2):
// packages/services/test/surveys/results/survey-results.R, the same four respondents.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toSurveyJs, toXlsForm, validateInstrument } from "@smartspec/domain";
import { xlsFormWorkbook } from "@smartspec/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readZipDirectory } from "../../../packages/services/src/import/xlsx/zip-directory.ts";
import { readZipEntry } from "../../../packages/services/src/import/xlsx/zip-entry.ts";
import { makeTeam, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import {
  frameCsv,
  type LaunchedSurvey,
  launchSurvey,
  surveyJsInstrument,
  surveysPath,
  upload,
  uploadBytes,
} from "./surveys-fixture.ts";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("surveys through the HTTP API", () => {
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
  });
  afterAll(() => t.close());

  it("creates a draft, refuses an invalid instrument with every problem, and saves SurveyJS and XLSForm versions", async () => {
    const owner = team.browsers.owner;
    const created = await owner.request("POST", surveysPath, {
      title: "Draft",
      anonymity: "identified",
      openLink: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: "Draft",
      status: "draft",
      anonymity: "identified",
      openLink: "anonymous",
    });
    const path = `${surveysPath}/${created.body.id}`;
    const invalid = await owner.request("PUT", `${path}/instrument`, {
      format: "smartspec",
      instrument: {
        settings: { title: "x" },
        pages: [{ name: "p1", elements: [{ type: "slider", name: "q" }] }],
      },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body).toEqual({
      error: { code: "invalid-instrument", message: "The instrument has 1 problem(s); nothing was saved." },
      problems: [
        {
          path: ["pages", 0, "elements", 0, "type"],
          message:
            'unknown element type "slider"; expected one of single-choice, multiple-choice, likert, matrix, rating, number, text, ranking, note',
        },
      ],
    });
    const first = await owner.request("PUT", `${path}/instrument`, {
      format: "surveyjs",
      instrument: surveyJsInstrument,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, created: true });
    const again = await owner.request("PUT", `${path}/instrument`, {
      format: "surveyjs",
      instrument: surveyJsInstrument,
    });
    expect(again.body).toEqual({ ...first.body, created: false });
    // The XLSForm written from our model reads back as the same instrument: the same version.
    const model = await owner.request("GET", `${path}/instrument?format=smartspec`);
    const checked = validateInstrument(model.body);
    if (!checked.ok) throw new Error("stored instrument is not valid");
    expect((await owner.request("GET", `${path}/instrument?format=surveyjs`)).body).toEqual(
      toSurveyJs(checked.instrument),
    );
    const workbook = await xlsFormWorkbook(toXlsForm(checked.instrument).sheets);
    const fromXlsx = await uploadBytes(t, owner, `${path}/instrument.xlsx`, workbook, xlsxType);
    expect(fromXlsx).toEqual({ status: 200, body: { version: 1, hash: first.body.hash, created: false } });
    const download = await t.app.request(`${path}/instrument.xlsx`, {
      headers: { cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    expect([download.status, download.headers.get("content-type")]).toEqual([200, xlsxType]);
    const broken = await uploadBytes(
      t,
      owner,
      `${path}/instrument.xlsx`,
      new TextEncoder().encode("not a workbook"),
      xlsxType,
    );
    expect(broken.status).toBe(422);
    expect(broken.body.problems).toHaveLength(1);
  });

  it("refuses a broken frame with each problem's line and column, storing nothing", async () => {
    const owner = team.browsers.owner;
    const created = await owner.request("POST", surveysPath, { title: "Frames", anonymity: "identified" });
    const path = `${surveysPath}/${created.body.id}`;
    const broken = [
      "name,email,sic,size_band,region",
      "Good Ltd,good@example.org,30.30,0-9,North East",
      ",nobody@example.org,30.30,0-9,North East",
      "Bad Mail Ltd,not-an-address,30.30,10-49,North East",
      "Bad Band Ltd,band@example.org,30.30,tiny,North East",
      "Bad Sic Ltd,sic@example.org,30-30,50-249,North East",
    ].join("\n");
    const reply = await upload(owner, `${path}/frame?name=Broken`, broken, "text/csv");
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual({
      error: { code: "invalid-data", message: "Broken has 4 problem(s); nothing was stored." },
      problems: [
        { line: 3, column: "name", message: "name: is empty" },
        { line: 4, column: "email", message: 'email: "not-an-address" is not an email address' },
        {
          line: 5,
          column: "size_band",
          message:
            'size_band: "tiny" is not a size band; use one of 0-9, 10-49, 50-249, 250+, micro, small, medium, large',
        },
        { line: 6, column: "sic", message: expect.stringMatching(/^sic: "30-30" is not a SIC 2007 code/) },
      ],
      total: 4,
    });
    expect((await owner.request("GET", path)).body.frame).toBeNull();
    const noName = await upload(owner, `${path}/frame?name=x`, "email\na@example.org\n", "text/csv");
    expect(noName.body.problems).toEqual([
      { line: 1, column: "name", message: 'the header has no "name" column (found: email)' },
    ]);
  });

  it("stores the frame by header (any case), normalising SIC codes, and draws the stratified sample", async () => {
    const detail = await team.browsers.viewer.request("GET", survey.path);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      status: "live",
      instrument: { version: 1 },
      frame: {
        units: 8,
        strata: [
          { stratum: "0-9", units: 4 },
          { stratum: "10-49", units: 4 },
        ],
      },
      sample: {
        design: "stratified",
        seed: "2026",
        strata: [
          { stratum: "0-9", population: 4, sample: 3, weight: 4 / 3 },
          { stratum: "10-49", population: 4, sample: 3, weight: 4 / 3 },
        ],
      },
    });
    expect([...survey.tokens.keys()]).toHaveLength(6);
    const list = await team.browsers.viewer.request("GET", surveysPath);
    expect(list.body.map((s: { title: string }) => s.title)).toContain("SME needs 2026");
  });

  it("serves the personal link to the respondent, saves, submits once and answers a retry as already stored", async () => {
    const anonymous = team.browsers.anonymous;
    // The first sampled micro firm (the results test below counts on it).
    const token = survey.tokens.get(Math.min(...survey.tokens.keys()));
    const form = await anonymous.request("GET", `/api/respond/${token}`);
    expect(form.status).toBe(200);
    expect(form.headers.get("cache-control")).toBe("no-store");
    expect(form.headers.get("referrer-policy")).toBe("no-referrer");
    expect(form.body).toMatchObject({
      survey: { title: "SME needs 2026", anonymity: "confidential" },
      instrument: { title: "SME needs 2026", pages: [{ name: "p1" }] },
      variant: null,
      answers: {},
      status: "open",
      resumeKey: null,
    });
    const wrong = await anonymous.request("POST", `/api/respond/${token}/submit`, {
      answers: { aware: "maybe" },
      idempotencyKey: "retry-key-0000000001",
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toEqual({
      error: { code: "invalid-answers", message: "answers: 1 answer(s) need attention" },
      problems: [
        { path: ["aware"], code: "unknown-choice", message: 'aware: "maybe" is not one of yes, no' },
      ],
    });
    const saved = await anonymous.request("PUT", `/api/respond/${token}/progress`, {
      answers: { benefits: ["skills"] },
    });
    expect(saved.status).toBe(204);
    expect((await anonymous.request("GET", `/api/respond/${token}`)).body.answers).toEqual({
      benefits: ["skills"],
    });
    const body = { answers: { aware: "yes", benefits: ["skills"] }, idempotencyKey: "retry-key-0000000001" };
    const stored = await anonymous.request("POST", `/api/respond/${token}/submit`, body);
    expect([stored.status, stored.body]).toEqual([201, { stored: true }]);
    const retry = await anonymous.request("POST", `/api/respond/${token}/submit`, body);
    expect([retry.status, retry.body]).toEqual([200, { stored: false, alreadyStored: true }]);
    expect((await anonymous.request("GET", `/api/respond/${token}`)).body.status).toBe("completed");
  });

  it("answers an unknown token with 404 invalid-token and a readable message", async () => {
    const reply = await team.browsers.anonymous.request("GET", `/api/respond/${"B".repeat(43)}`);
    expect([reply.status, reply.body]).toEqual([
      404,
      { error: { code: "invalid-token", message: "This survey link is not valid" } },
    ]);
    const form = await team.browsers.anonymous.request(
      "POST",
      `/api/respond/${"B".repeat(43)}/refuse`,
      "reason=no",
      {
        "content-type": "application/x-www-form-urlencoded",
      },
    );
    expect(form.status).toBe(415);
  });

  it("counts dispositions on the dashboard and estimates the results with design weights (R values)", async () => {
    const anonymous = team.browsers.anonymous;
    const rows = [...survey.tokens.keys()].sort((a, b) => a - b);
    const micro = rows.filter((r) => r <= 5);
    const small = rows.filter((r) => r >= 6);
    const answers: [number, Record<string, unknown>][] = [
      [micro[1]!, { aware: "no", benefits: ["skills", "equipment"] }],
      [small[0]!, { aware: "yes", benefits: ["equipment"] }],
      [small[1]!, { aware: "yes" }],
    ];
    for (const [row, given] of answers) {
      const reply = await anonymous.request("POST", `/api/respond/${survey.tokens.get(row)}/submit`, {
        answers: given,
        idempotencyKey: `submit-row-${row}-000000`,
      });
      expect(reply.status).toBe(201);
    }
    const refused = await anonymous.request(
      "POST",
      `/api/respond/${survey.tokens.get(small[2]!)}/refuse`,
      {},
    );
    expect(refused.status).toBe(204);
    const dashboard = await team.browsers.viewer.request("GET", `${survey.path}/dashboard`);
    expect(dashboard.body.dispositions).toEqual({ I: 4, P: 0, R: 1, NC: 0, O: 0, UH: 0, UO: 1, NE: 0 });
    expect(dashboard.body.rates.rates.RR1).toBeCloseTo(4 / 6, 15);
    expect(dashboard.body.mailsByWave).toEqual([{ wave: 0, mails: 6 }]);
    const dispositions = await team.browsers.viewer.request("GET", `${survey.path}/dispositions`);
    expect(dispositions.body.map((d: { code: string }) => d.code).sort()).toEqual([
      "I",
      "I",
      "I",
      "I",
      "R",
      "UO",
    ]);

    const results = await team.browsers.viewer.request("GET", `${survey.path}/results`);
    expect(results.status).toBe(200);
    const [aware, benefits] = results.body.questions;
    expect(results.body.weighting.kind).toBe("design");
    expect(results.body.responses).toBe(4);
    expect(results.body.responseRate).toEqual({ RR1: 4 / 6, e: 1, eBasis: "proportional", low: false });
    const yes = aware.categories[0];
    expect(yes.proportion).toBeCloseTo(0.75, 12);
    expect(yes.se).toBeCloseTo(0.176776695296637, 12);
    expect(yes.low).toBeCloseTo(0.14017710970504, 9);
    expect(yes.high).toBeCloseTo(0.982207827533454, 9);
    expect(benefits.n).toBe(3);
    expect(benefits.categories[1].se).toBeCloseTo(0.24845199749997662, 12);
    expect(JSON.stringify(results.body)).not.toMatch(/caseId|respondentId|@example\.org/);
  });

  it("downloads the data pack: the four responses as CSV, XLSX, .sav and an R script on the same design", async () => {
    const reply = await t.app.request(`${survey.path}/data-pack`, {
      headers: { cookie: [...team.browsers.viewer.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-type")).toBe("application/zip");
    const base = `survey-${survey.id.slice(0, 8)}`;
    expect(reply.headers.get("content-disposition")).toBe(`attachment; filename="${base}-data-pack.zip"`);
    const dir = mkdtempSync(join(tmpdir(), "smartspec-pack-"));
    const path = join(dir, "pack.zip");
    writeFileSync(path, Buffer.from(await reply.arrayBuffer()));
    const handle = await open(path, "r");
    try {
      const directory = (await readZipDirectory(handle, (await handle.stat()).size))!;
      expect([...directory.keys()].sort()).toEqual(
        [
          `${base}-codes.csv`,
          `${base}-labels.csv`,
          `${base}.xlsx`,
          `${base}.sav`,
          `${base}-report-estimates.csv`,
          `${base}-estimates.R`,
          "README.txt",
        ].sort(),
      );
      const text = async (name: string) =>
        (await readZipEntry(handle, directory.get(name)!)).toString("utf8");
      const codes = (await text(`${base}-codes.csv`))
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n");
      expect(codes.length).toBe(1 + 4);
      expect(codes[0]).toMatch(/^stratum,fpc,weight,aware/);
      const script = await text(`${base}-estimates.R`);
      expect(script).toContain("svydesign(ids = ~1, strata = ~`stratum`, fpc = ~`fpc`, data = d)");
      expect(script).not.toMatch(/@example\.org/);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps a live survey's instrument and frame fixed (409), and viewers out of writes (403)", async () => {
    const owner = team.browsers.owner;
    const put = await owner.request("PUT", `${survey.path}/instrument`, {
      format: "surveyjs",
      instrument: surveyJsInstrument,
    });
    expect([put.status, put.body.error.code]).toEqual([409, "conflict"]);
    const frame = await upload(owner, `${survey.path}/frame?name=Again`, frameCsv, "text/csv");
    expect([frame.status, frame.body.error.code]).toEqual([409, "conflict"]);
    const viewer = await team.browsers.viewer.request("POST", `${survey.path}/close`);
    expect([viewer.status, viewer.body.error.code]).toEqual([403, "forbidden"]);
    const outsider = await team.browsers.outsider.request("GET", `${survey.path}/results`);
    expect([outsider.status, outsider.body.error.code]).toEqual([404, "not-found"]);
  });
});
