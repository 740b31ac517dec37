// One fieldwork run on each dialect: frame -> sample -> launch -> invitations delivered over a real
// SMTP server (with a "restart": delivery continues from a second connection) -> answers, refusals,
// unsubscribes, bounces and screen-outs through the personal links -> reminders to non-respondents
// only, once per wave -> dispositions, rates and the dashboard. Expected counts are worked out by
// hand from frameRows() (see survey-fixture.ts) and the actions below.
import { listAllMail } from "@smartspec/storage";
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deliverOutbox, type PlatformContext } from "../../src/platform/index.ts";
import {
  createSurvey,
  drawSample,
  enqueueReminderWave,
  fieldworkDashboard,
  importFrame,
  issueInvitations,
  launchSurvey,
  listCaseDispositions,
  openByToken,
  recordBounce,
  refuse,
  saveInstrumentVersion,
  saveProgress,
  scheduleReminder,
  screenOut,
  sendDueReminders,
  submitResponse,
  unsubscribe,
} from "../../src/surveys/index.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../platform/smtp-receiver.ts";
import {
  dayMs,
  frameRows,
  instrument,
  type SurveyFixture,
  slug,
  surveyFixture,
  surveyTokenFromMail,
} from "./survey-fixture.ts";

const from = "smartspec <no-reply@smartspec.test>";
const template = {
  subject: "{{surveyTitle}}: your views",
  text: "Dear {{organisation}},\n\nPlease answer by {{expiresOn}}:\n{{link}}\n",
};

describe.each(testDialects())("survey fieldwork on %s", (dialect) => {
  let fixture: SurveyFixture;
  let smtp: SmtpReceiver;
  let surveyId: string;
  const tokens = new Map<number, string>();
  const props = () => ({ userId: fixture.ownerId, slug, surveyId });

  beforeAll(async () => {
    fixture = await surveyFixture(dialect);
    smtp = await startSmtpReceiver();
  });
  afterAll(async () => {
    await smtp?.close();
    await fixture?.close();
  });

  const drain = async (ctx: PlatformContext, rounds = Number.POSITIVE_INFINITY) => {
    let sent = 0;
    for (let round = 0; round < rounds; round++) {
      const report = await deliverOutbox(ctx, { transport: smtp.transport, from, batchSize: 10 });
      if (report.sent + report.retrying + report.failed === 0) break;
      sent += report.sent;
    }
    return sent;
  };

  test("draft: instrument versions, frame with duplicates, a stratified draw then a census", async () => {
    const survey = await createSurvey(fixture.ctx, {
      userId: fixture.ownerId,
      slug,
      title: "SME needs 2026",
      anonymity: "identified",
    });
    surveyId = survey.id;
    expect(survey).toMatchObject({
      status: "draft",
      anonymity: "identified",
      openLink: "off",
      openLinkUrl: null,
      partialThreshold: 0.5,
    });

    expect(await saveInstrumentVersion(fixture.ctx, { ...props(), instrument })).toMatchObject({
      version: 1,
      created: true,
    });
    const reordered = { pages: instrument.pages, title: instrument.title };
    expect(await saveInstrumentVersion(fixture.ctx, { ...props(), instrument: reordered })).toMatchObject({
      version: 1,
      created: false,
    });
    const v2 = { ...instrument, title: "SME needs (v2)" };
    expect(await saveInstrumentVersion(fixture.ctx, { ...props(), instrument: v2 })).toMatchObject({
      version: 2,
      created: true,
    });

    const rows = [
      ...frameRows(),
      { rowNumber: 42, organisationName: "Someone else", email: "ORG2@example.org", sizeBand: "micro" },
      {
        rowNumber: 43,
        organisationName: "organisation 3 limited",
        email: "other@example.org",
        postcode: "ne3 1aa",
        sizeBand: "micro",
      },
    ];
    await expect(
      importFrame(fixture.ctx, {
        ...props(),
        name: "bad",
        rows: [{ rowNumber: 7, organisationName: "X", email: "not-mail" }],
      }),
    ).rejects.toThrow('rows: row 7, email: "not-mail" is not an email address');
    const frame = await importFrame(fixture.ctx, {
      ...props(),
      name: "SMEs 2026",
      rows,
      stratifyBy: ["sizeBand"],
    });
    expect(frame).toMatchObject({
      units: 40,
      duplicates: [
        { rowNumber: 42, duplicateOf: 2, reason: "email" },
        { rowNumber: 43, duplicateOf: 3, reason: "name-postcode" },
      ],
      strata: [
        { stratum: "medium", units: 8 },
        { stratum: "micro", units: 20 },
        { stratum: "small", units: 12 },
      ],
    });

    const stratified = await drawSample(fixture.ctx, {
      ...props(),
      frameId: frame.frameId,
      design: { design: "stratified", size: 20, allocation: "proportional" },
      seed: "wave-1",
    });
    expect(stratified.strata).toEqual([
      { stratum: "medium", population: 8, sample: 4, weight: 2 },
      { stratum: "micro", population: 20, sample: 10, weight: 2 },
      { stratum: "small", population: 12, sample: 6, weight: 2 },
    ]);
    const again = await drawSample(fixture.ctx, {
      ...props(),
      frameId: frame.frameId,
      design: { design: "stratified", size: 20, allocation: "proportional" },
      seed: "wave-1",
    });
    expect(again.selectedRows).toEqual(stratified.selectedRows);
    const census = await drawSample(fixture.ctx, {
      ...props(),
      frameId: frame.frameId,
      design: { design: "all" },
      seed: "census",
    });
    expect(census.selectedRows).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
    expect(census.strata).toEqual([{ stratum: "*", population: 40, sample: 40, weight: 1 }]);
  });

  test("launch freezes the newest version; the instrument cannot change after", async () => {
    const live = await launchSurvey(fixture.ctx, props());
    expect(live).toMatchObject({ status: "live", liveVersion: 2 });
    await expect(
      saveInstrumentVersion(fixture.ctx, { ...props(), instrument: { changed: true } }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
  });

  test("invitations: one mail per case with an email, sent once across a restart", async () => {
    expect(await issueInvitations(fixture.ctx, { ...props(), ...template })).toEqual({
      invited: 39,
      skippedNoEmail: 1,
      skippedSuppressed: 0,
    });
    expect(await issueInvitations(fixture.ctx, { ...props(), ...template })).toEqual({
      invited: 0,
      skippedNoEmail: 1,
      skippedSuppressed: 0,
    });
    // Two rounds of 10 from the first server, then the rest from a "restarted" one.
    expect(await drain(fixture.ctx, 2)).toBe(20);
    const restarted = await fixture.another();
    try {
      expect(await drain(restarted.ctx)).toBe(19);
    } finally {
      await restarted.close();
    }
    const recipients = smtp.received.flatMap((m) => m.to);
    expect(recipients).toHaveLength(39);
    expect(new Set(recipients).size).toBe(39);
    for (const mail of await listAllMail(fixture.database.db)) {
      const row = Number(mail.to.match(/^org(\d+)@/)?.[1]);
      const token = surveyTokenFromMail(mail.text);
      tokens.set(row, token);
      const received = smtp.received.find((m) => m.to.includes(mail.to));
      expect(received?.message.replace(/\r/g, "")).toContain(`\nhttps://smartspec.test/s/${token}\n`);
      expect(mail.status).toBe("sent");
    }
    expect(tokens.size).toBe(39);
  });

  test("respondents answer, decline, unsubscribe, bounce and are screened out", async () => {
    const ctx = fixture.ctx;
    const answer = async (row: number) => {
      const token = tokens.get(row)!;
      await openByToken(ctx, { token });
      await saveProgress(ctx, { token, answers: { q1: "yes" } });
      return submitResponse(ctx, {
        token,
        answers: { q1: "yes", q2: row },
        idempotencyKey: `submit-${row}-0000000000`,
      });
    };
    fixture.clock.advance(dayMs);
    for (let row = 2; row <= 11; row++) expect((await answer(row)).status).toBe("stored");
    for (const row of [12, 13]) await openByToken(ctx, { token: tokens.get(row)! });
    await saveProgress(ctx, { token: tokens.get(14)!, answers: { q1: 1, q2: 2, q3: 3 } });
    await saveProgress(ctx, { token: tokens.get(15)!, answers: { q1: 1 } });
    await refuse(ctx, { token: tokens.get(22)! });
    await unsubscribe(ctx, { token: tokens.get(23)! });
    await screenOut(ctx, { token: tokens.get(24)!, reason: "not an SME" });
    const bounced = (await listAllMail(fixture.database.db)).find((m) => m.to === "org25@example.org")!;
    await recordBounce(ctx, { outboxId: bounced.id, kind: "hard" });
    fixture.clock.advance(dayMs);
    for (const row of [26, 27, 28, 29, 30, 34, 35]) await answer(row);

    // A retried submit is acknowledged, not stored twice; a second, different submit is refused.
    expect(
      await submitResponse(ctx, {
        token: tokens.get(2)!,
        answers: { q1: "yes" },
        idempotencyKey: "submit-2-0000000000",
      }),
    ).toEqual({ status: "already-stored", completedOn: "2026-03-02" });
    await expect(
      submitResponse(ctx, {
        token: tokens.get(2)!,
        answers: { q1: "no" },
        idempotencyKey: "another-key-000000000",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      submitResponse(ctx, {
        token: tokens.get(16)!,
        answers: { q2: 1 },
        idempotencyKey: "missing-q1-000000000",
      }),
    ).rejects.toMatchObject({
      code: "validation",
      field: "answers",
      cause: [{ question: "q1", message: "required" }],
    });
    await expect(openByToken(ctx, { token: "x".repeat(43) })).rejects.toMatchObject({
      code: "invalid-token",
    });
    const resumed = await openByToken(ctx, { token: tokens.get(14)! });
    expect(resumed).toMatchObject({
      answers: { q1: 1, q2: 2, q3: 3 },
      completed: false,
      resumeKey: null,
      anonymity: "identified",
    });
  });

  test("reminders go to non-respondents only, once per wave, even when enqueued twice", async () => {
    const dueAt = new Date(fixture.clock.now().getTime() + dayMs);
    await scheduleReminder(fixture.ctx, {
      ...props(),
      wave: 1,
      dueAt,
      subject: "Reminder: {{surveyTitle}}",
      text: "{{link}}",
    });
    expect(await sendDueReminders(fixture.ctx)).toEqual([]);
    fixture.clock.advance(dayMs);
    const other = await fixture.another();
    try {
      // Two servers' loops at once: the wave is claimed by one of them.
      const [a, b] = await Promise.all([sendDueReminders(fixture.ctx), sendDueReminders(other.ctx)]);
      expect([...a, ...b]).toEqual([{ surveyId, wave: 1, mails: 18 }]);
    } finally {
      await other.close();
    }
    expect(await sendDueReminders(fixture.ctx)).toEqual([]);
    const { findSurveyById, withTransaction } = await import("@smartspec/storage");
    const survey = (await findSurveyById(fixture.database.db, surveyId))!;
    const twice = await withTransaction(fixture.database, (trx) =>
      enqueueReminderWave(fixture.ctx, trx, survey, { wave: 1, subject: "again", text: "{{link}}" }),
    );
    expect(twice).toBe(0);
    const reminded = (await listAllMail(fixture.database.db)).filter(
      (m) => m.subject === "Reminder: SME needs 2026",
    );
    const rows = reminded.map((m) => Number(m.to.match(/^org(\d+)@/)?.[1])).sort((x, y) => x - y);
    expect(rows).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 31, 32, 33, 36, 37, 38, 39, 41]);
    expect(await drain(fixture.ctx)).toBe(18);
    expect(smtp.received).toHaveLength(39 + 18);
    // The reminder's own link works, and so does the invitation's.
    const reminderToken = surveyTokenFromMail(reminded.find((m) => m.to === "org16@example.org")!.text);
    expect((await openByToken(fixture.ctx, { token: reminderToken })).completed).toBe(false);
  });

  test("dispositions, rates and the dashboard", async () => {
    const cases = await listCaseDispositions(fixture.ctx, props());
    const code = (row: number) => cases.find((c) => c.rowNumber === row)?.code;
    expect([2, 14, 15, 12, 22, 23, 24, 41, 25, 16, 40].map(code)).toEqual([
      "I",
      "P",
      "R",
      "R",
      "R",
      "R",
      "NE",
      "NE",
      "UO",
      "R",
      "NC",
    ]);
    const dashboard = await fieldworkDashboard(fixture.ctx, props());
    // Row 16 opened its reminder link (implicit refusal): R = 12, 13, 15, 16, 22, 23.
    expect(dashboard.dispositions).toEqual({ I: 17, P: 1, R: 6, NC: 13, O: 0, UH: 0, UO: 1, NE: 2 });
    expect(dashboard.rates.rates.RR1).toBe(17 / 38);
    expect(dashboard.rates.rates.RR2).toBe(18 / 38);
    expect(dashboard.rates.e).toBe(37 / 39);
    expect(dashboard.strata).toEqual([
      {
        stratum: "medium",
        frameUnits: 8,
        cases: 8,
        invited: 7,
        completed: 2,
        dispositions: { I: 2, P: 0, R: 0, NC: 5, O: 0, UH: 0, UO: 0, NE: 1 },
      },
      {
        stratum: "micro",
        frameUnits: 20,
        cases: 20,
        invited: 20,
        completed: 10,
        dispositions: { I: 10, P: 1, R: 4, NC: 5, O: 0, UH: 0, UO: 0, NE: 0 },
      },
      {
        stratum: "small",
        frameUnits: 12,
        cases: 12,
        invited: 12,
        completed: 5,
        dispositions: { I: 5, P: 0, R: 2, NC: 3, O: 0, UH: 0, UO: 1, NE: 1 },
      },
    ]);
    expect(dashboard.mailsByWave).toEqual([
      { wave: 0, mails: 39 },
      { wave: 1, mails: 18 },
    ]);
    const daily = (kind: string) =>
      dashboard.daily.filter((d) => d.kind === kind).map((d) => [d.day, d.stratum, d.cases]);
    expect(daily("invited")).toEqual([
      ["2026-03-01", "medium", 7],
      ["2026-03-01", "micro", 20],
      ["2026-03-01", "small", 12],
    ]);
    expect(daily("completed")).toEqual([
      ["2026-03-02", "micro", 10],
      ["2026-03-03", "medium", 2],
      ["2026-03-03", "small", 5],
    ]);
    // Day 2: rows 2-13; day 3: 26-30, 34, 35 and row 14 resuming; day 4: row 16's reminder link.
    expect(daily("opened")).toEqual([
      ["2026-03-02", "micro", 12],
      ["2026-03-03", "medium", 2],
      ["2026-03-03", "micro", 1],
      ["2026-03-03", "small", 5],
      ["2026-03-04", "micro", 1],
    ]);
    expect(daily("bounced")).toEqual([["2026-03-02", "small", 1]]);
  });
});
