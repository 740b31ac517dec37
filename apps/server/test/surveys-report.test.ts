// The survey report PDF through the HTTP API (GET {survey}/report.pdf, any member): first with no
// answers (RR1 0%, so the nonresponse caveat), then with the four respondents and one refusal of
// surveys-fieldwork.test.ts, whose estimates are R's (survey 4.1.1, R 4.2.2):
// packages/services/test/surveys/results/survey-results.R. The PDF is read back, inflated, with
// packages/services/test/surveys/report-pdf/pdf-content.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chart } from "../../../packages/services/src/surveys/report-pdf/report-layout.ts";
import { pageText, pdfPages } from "../../../packages/services/test/surveys/report-pdf/pdf-content.ts";
import { makeTeam, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";
import { type LaunchedSurvey, launchSurvey, surveysPath } from "./surveys-fixture.ts";

describe("the survey report as PDF through the HTTP API", () => {
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

  /** GET as the viewer: the reply and its bytes. */
  async function download(path: string) {
    const reply = await t.app.request(path, {
      headers: { cookie: [...team.browsers.viewer.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    return { reply, bytes: new Uint8Array(await reply.arrayBuffer()) };
  }

  it("sends a PDF with the nonresponse caveat while nobody has answered", async () => {
    const { reply, bytes } = await download(`${survey.path}/report.pdf`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-type")).toBe("application/pdf");
    expect(reply.headers.get("content-disposition")).toBe(
      `attachment; filename="survey-${survey.id.slice(0, 8)}-report.pdf"`,
    );
    expect(reply.headers.get("cache-control")).toBe("no-store");
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pages = pdfPages(bytes);
    expect(pages.length).toBe(2);
    const cover = pageText(pages[0]!);
    expect(cover).toContain("Fieldwork: from 2 March 2026, still open on 2 March 2026.");
    expect(cover).toContain("Response rate (AAPOR RR1): 0.0%");
    expect(cover).toContain("Nonresponse caveat The response rate (AAPOR RR1) is 0.0%.");
    expect(pages[1]!.lines.filter((line) => line === "No answers to estimate yet.").length).toBe(2);
    expect(pages[1]!.lines).toContain("smartspec - SME needs 2026 - page 2 of 2");
  });

  it("reports RR1, e, the dispositions and the R-checked estimates once four have answered and one refused", async () => {
    const anonymous = team.browsers.anonymous;
    const rows = [...survey.tokens.keys()].sort((a, b) => a - b);
    const micro = rows.filter((r) => r <= 5);
    const small = rows.filter((r) => r >= 6);
    const answers: [number, Record<string, unknown>][] = [
      [micro[0]!, { aware: "yes", benefits: ["skills"] }],
      [micro[1]!, { aware: "no", benefits: ["skills", "equipment"] }],
      [small[0]!, { aware: "yes", benefits: ["equipment"] }],
      [small[1]!, { aware: "yes" }],
    ];
    for (const [row, given] of answers) {
      const reply = await anonymous.request("POST", `/api/respond/${survey.tokens.get(row)}/submit`, {
        answers: given,
        idempotencyKey: `report-row-${row}-000000`,
      });
      expect(reply.status).toBe(201);
    }
    const refused = await anonymous.request(
      "POST",
      `/api/respond/${survey.tokens.get(small[2]!)}/refuse`,
      {},
    );
    expect(refused.status).toBe(204);

    const { reply, bytes } = await download(`${survey.path}/report.pdf`);
    expect(reply.status).toBe(200);
    const [coverPage, questionPage] = pdfPages(bytes);
    const cover = pageText(coverPage!);
    expect(cover).toContain("Response rate (AAPOR RR1): 66.7%");
    expect(cover).toContain("Estimated eligibility e = 1.000 (proportional basis,");
    expect(cover).toContain("I complete 4 P partial 0 R refusal and break-off 1 NC non-contact 0");
    expect(cover).toContain("UO unknown eligibility, other 1 NE not eligible 0");
    expect(cover).toContain("Responses: 4 completed responses in the estimates.");
    expect(cover).toContain("Weighting: Design weights by stratum (0-9, 10-49)");
    expect(cover).not.toContain("Nonresponse caveat");
    // svyciprop "wilson" intervals of survey-results.R, in percent with one decimal.
    expect(questionPage!.lines).toEqual(
      expect.arrayContaining([
        "Q1. Are you aware of the facility?",
        "75.0% (14.0-98.2)",
        "25.0% (1.8-86.0)",
        "Q2. Which benefits do you expect?",
        "Base: n = 3 respondents who answered. Weighted % of respondents; options can add up to more than 100%.",
        "66.7% (2.4-99.4)",
        "66.7% (1.0-99.8)",
      ]),
    );
    const widths = questionPage!.rectangles.map((r) => r.width);
    expect(widths.length).toBe(4);
    for (const [got, want] of widths.map((w, i) => [w, [0.75, 0.25, 2 / 3, 2 / 3][i]! * chart.barScale]))
      expect(Math.abs(got! - want!)).toBeLessThanOrEqual(1e-6);
  });

  it("gives the same bytes for the same clock and dates the document from the clock", async () => {
    const first = await download(`${survey.path}/report.pdf`);
    const second = await download(`${survey.path}/report.pdf`);
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    expect(Buffer.from(first.bytes).toString("latin1")).toContain("\n(D:20260302090000Z)\n");
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 15 * 60_000);
    const later = await download(`${survey.path}/report.pdf`);
    t.clock.now = start;
    expect(later.reply.status).toBe(200);
    expect(pdfPages(later.bytes)[0]!.lines).toContain("Generated 2026-03-02 09:15 UTC");
    expect(Buffer.from(later.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });

  it("answers 409 for a survey without a questionnaire", async () => {
    const created = await team.browsers.owner.request("POST", surveysPath, {
      title: "Empty",
      anonymity: "identified",
    });
    const { reply, bytes } = await download(`${surveysPath}/${created.body.id}/report.pdf`);
    expect(reply.status).toBe(409);
    expect(JSON.parse(Buffer.from(bytes).toString("utf8"))).toEqual({
      error: { code: "conflict", message: "This survey has no questionnaire yet" },
    });
  });
});
