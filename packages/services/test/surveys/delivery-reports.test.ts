// A bounce that arrives later as a delivery status notification (DSN), on each dialect: invitations
// go out over a real SMTP server with the bounce address as envelope sender; the relay's report
// for one of them - Postfix-shaped (../platform/delivery-reports/fixtures), carrying the headers
// of the mail as it was received - marks the case a hard bounce exactly as an SMTP 5xx does: UO by
// rule 8, no reminder, the address suppressed for the workspace's next survey. The same report
// twice, or after the 5xx, records once; reports that bounce nothing are ignored with a reason
// that names no address.
import { readFileSync } from "node:fs";
import { listAllMail, listCaseEvents } from "@smartspec/storage";
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deliverOutbox, requestPasswordReset } from "../../src/platform/index.ts";
import {
  createSurvey,
  drawSample,
  importFrame,
  issueInvitations,
  launchSurvey,
  listCaseDispositions,
  recordBounce,
  recordDeliveryReport,
  saveInstrumentVersion,
  scheduleReminder,
  sendDueReminders,
} from "../../src/surveys/index.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../platform/smtp-receiver.ts";
import { launchedSurvey } from "./launched-survey.ts";
import { dayMs, frameRows, instrument, type SurveyFixture, slug, surveyFixture } from "./survey-fixture.ts";

const from = "smartspec <no-reply@smartspec.test>";
const bounceAddress = "bounces@smartspec.test";
const postfix = readFileSync(
  new URL("../platform/delivery-reports/fixtures/postfix-user-unknown.eml", import.meta.url),
  "latin1",
);

/**
 * The Postfix sample, reporting `status` for `recipient`, with `returnedHeaders` (the header block
 * of the mail as the relay received it) in place of the sample's.
 */
function postfixReport(
  recipient: string,
  returnedHeaders: string,
  action = "failed",
  status = "5.1.1",
): string {
  const start = postfix.indexOf("Return-Path: <bounces@");
  const end = postfix.indexOf("\n\n--4TQ2Kx0mYXz9sWP", start);
  return `${postfix.slice(0, start)}${returnedHeaders}${postfix.slice(end)}`
    .replaceAll("org25@example.org", recipient)
    .replace("Action: failed", `Action: ${action}`)
    .replace("Status: 5.1.1", `Status: ${status}`);
}

/** The header block of a received raw message. */
const headerBlock = (message: string) => message.slice(0, message.search(/\r?\n\r?\n/));

describe.each(testDialects())("delivery reports on %s", (dialect) => {
  let fixture: SurveyFixture;
  let smtp: SmtpReceiver;
  let surveyId: string;
  let reportFor: (row: number) => string;
  const outboxIds = new Map<number, string>();

  beforeAll(async () => {
    fixture = await surveyFixture(dialect);
    smtp = await startSmtpReceiver();
    const { survey } = await launchedSurvey(fixture, {
      title: "SME needs 2026",
      anonymity: "identified",
      rows: 6,
    });
    surveyId = survey.id;
    for (const mail of await listAllMail(fixture.database.db))
      outboxIds.set(Number(/^org(\d+)@/.exec(mail.to)?.[1]), mail.id);
    let report = await deliverOutbox(fixture.ctx, { transport: smtp.transport, from, bounceAddress });
    while (report.sent + report.retrying + report.failed > 0)
      report = await deliverOutbox(fixture.ctx, { transport: smtp.transport, from, bounceAddress });
    reportFor = (row) => {
      const received = smtp.received.find((m) => m.to[0] === `org${row}@example.org`);
      if (!received) throw new Error(`no mail to row ${row}`);
      return postfixReport(`org${row}@example.org`, headerBlock(received.message));
    };
  });
  afterAll(async () => {
    await smtp?.close();
    await fixture?.close();
  });

  const props = () => ({ userId: fixture.ownerId, slug, surveyId });
  const dispositionOf = async (row: number) => {
    const found = (await listCaseDispositions(fixture.ctx, props())).find((c) => c.rowNumber === row);
    return found && { code: found.code, rule: found.rule, subtype: found.subtype };
  };
  const bouncedEvents = async () =>
    (await listCaseEvents(fixture.database.db, surveyId))
      .filter((e) => e.kind === "bounced")
      .map((e) => e.detail)
      .sort();

  test("each invitation leaves with the bounce address as envelope sender and its outbox id as ENVID", () => {
    expect(smtp.received).toHaveLength(6);
    for (const mail of smtp.received) {
      const id = outboxIds.get(Number(/^org(\d+)@/.exec(mail.to[0] ?? "")?.[1]));
      expect([mail.from, mail.dsn]).toEqual([bounceAddress, { envid: id, ret: "HDRS" }]);
      expect(mail.message).toMatch(new RegExp(`^X-Smartspec-Outbox-ID: ${id}\r$`, "m"));
    }
  });

  test("a DSN for an invitation marks the case a hard bounce (UO, rule 8), as a 5xx does; twice records once", async () => {
    expect(await dispositionOf(3)).toEqual({ code: "NC", rule: 9, subtype: null });
    const dsn = reportFor(3);
    expect(await recordDeliveryReport(fixture.ctx, Buffer.from(dsn, "latin1"))).toEqual({
      status: "recorded",
      outboxId: outboxIds.get(3),
      kind: "hard",
    });
    expect(await dispositionOf(3)).toEqual({ code: "UO", rule: 8, subtype: "undelivered" });
    expect(await recordDeliveryReport(fixture.ctx, Buffer.from(dsn, "latin1"))).toEqual({
      status: "ignored",
      reason: `the bounce of outbox mail ${outboxIds.get(3)} was recorded before`,
    });
    // The synchronous 5xx path after the DSN changes nothing either.
    expect(await recordBounce(fixture.ctx, { outboxId: outboxIds.get(3)!, kind: "hard" })).toBe(false);
    expect(await bouncedEvents()).toEqual(["hard"]);
    expect(fixture.logLines.filter((line) => line.includes("survey.mail.bounced"))).toEqual([
      JSON.stringify({ event: "survey.mail.bounced", kind: "hard" }),
    ]);
  });

  test("a delayed report and a 4.x.x failure: nothing, then a soft bounce that suppresses nothing", async () => {
    const received = smtp.received.find((m) => m.to[0] === "org4@example.org")!;
    const headers = headerBlock(received.message);
    expect(
      await recordDeliveryReport(fixture.ctx, postfixReport("org4@example.org", headers, "delayed", "4.4.1")),
    ).toEqual({ status: "ignored", reason: "delivery is delayed, not failed: the relay is still trying" });
    expect(await dispositionOf(4)).toEqual({ code: "NC", rule: 9, subtype: null });
    expect(
      await recordDeliveryReport(fixture.ctx, postfixReport("org4@example.org", headers, "failed", "4.4.7")),
    ).toEqual({ status: "recorded", outboxId: outboxIds.get(4), kind: "soft" });
    expect(await dispositionOf(4)).toEqual({ code: "UO", rule: 8, subtype: "undelivered" });
    expect(await bouncedEvents()).toEqual(["hard", "soft"]);
  });

  test("bounced cases get no reminder; the hard-bounced address is suppressed in the next survey", async () => {
    fixture.clock.advance(dayMs);
    await scheduleReminder(fixture.ctx, {
      ...props(),
      wave: 1,
      dueAt: fixture.clock.now(),
      subject: "Reminder",
      text: "{{link}}",
    });
    expect(await sendDueReminders(fixture.ctx)).toEqual([{ surveyId, wave: 1, mails: 4 }]);
    const reminded = (await listAllMail(fixture.database.db)).filter((m) => m.subject === "Reminder");
    expect(reminded.map((m) => m.to).sort()).toEqual([2, 5, 6, 7].map((row) => `org${row}@example.org`));

    const next = await createSurvey(fixture.ctx, {
      userId: fixture.ownerId,
      slug,
      title: "Next",
      anonymity: "identified",
    });
    const nextProps = { userId: fixture.ownerId, slug, surveyId: next.id };
    await saveInstrumentVersion(fixture.ctx, { ...nextProps, instrument });
    const frame = await importFrame(fixture.ctx, {
      ...nextProps,
      name: "frame",
      rows: frameRows().slice(0, 6),
    });
    await drawSample(fixture.ctx, {
      ...nextProps,
      frameId: frame.frameId,
      design: { design: "all" },
      seed: "all",
    });
    await launchSurvey(fixture.ctx, nextProps);
    const issued = await issueInvitations(fixture.ctx, { ...nextProps, subject: "Next", text: "{{link}}" });
    expect(issued).toMatchObject({ invited: 5, skippedNoEmail: 0, skippedSuppressed: 1 });
    const invitedNext = (await listAllMail(fixture.database.db)).filter((m) => m.subject === "Next");
    expect(invitedNext.map((m) => m.to)).not.toContain("org3@example.org");
    expect(invitedNext.map((m) => m.to)).toContain("org4@example.org"); // soft: not suppressed
  });

  test("reports that bounce no survey mail are ignored with a reason that names no address", async () => {
    await requestPasswordReset(fixture.ctx, { email: "owner@example.org" });
    const reset = (await listAllMail(fixture.database.db)).find((m) => m.to === "owner@example.org")!;
    const resetHeaders = `Message-ID: <${reset.id}@smartspec.test>\nTo: owner@example.org`;
    const outcomes = [
      await recordDeliveryReport(fixture.ctx, postfixReport("owner@example.org", resetHeaders)),
      await recordDeliveryReport(
        fixture.ctx,
        postfixReport("x@example.org", "Message-ID: <00000000-0000-4000-8000-000000000000@smartspec.test>"),
      ),
      await recordDeliveryReport(
        fixture.ctx,
        readFileSync(new URL("../platform/delivery-reports/fixtures/out-of-office.eml", import.meta.url)),
      ),
    ];
    expect(outcomes).toEqual([
      {
        status: "ignored",
        reason: `outbox mail ${reset.id} is not a survey mail (a workspace invitation, a password reset, or unknown)`,
      },
      {
        status: "ignored",
        reason:
          "outbox mail 00000000-0000-4000-8000-000000000000 is not a survey mail (a workspace invitation, a password reset, or unknown)",
      },
      {
        status: "ignored",
        reason:
          "not a delivery status notification: no message/delivery-status part in multipart/alternative",
      },
    ]);
    expect(JSON.stringify(outcomes)).not.toContain("@");
    expect(fixture.logLines.join("\n")).not.toContain("@");
  });
});
