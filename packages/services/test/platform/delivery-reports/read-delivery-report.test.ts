// The DSN reader over sample bounces of Postfix, Exim, Exchange / Office 365 and Gmail (fixtures/,
// written after RFC 3464 and each MTA's format, see fixtures/README.md). Expected fields are read
// off the fixtures by hand: folds joined by one space, `rfc822;` / `smtp;` types dropped.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { bounceOfReport } from "../../../src/platform/outbox/delivery-reports/bounce-of-report.ts";
import {
  type DeliveryStatusReport,
  readDeliveryReport,
} from "../../../src/platform/outbox/delivery-reports/read-delivery-report.ts";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "latin1");
const crlf = (text: string) => text.replace(/\r?\n/g, "\r\n");
const bytes = (text: string) => Buffer.from(text, "latin1");

/** Reads `text`, failing the test when it is not a report. */
function report(text: string): DeliveryStatusReport {
  const reading = readDeliveryReport(bytes(text));
  if (!reading.ok) throw new Error(reading.reason);
  return reading.report;
}

const expected: Record<string, { report: DeliveryStatusReport; bounce: ReturnType<typeof bounceOfReport> }> =
  {
    "postfix-user-unknown.eml": {
      report: {
        messageId: "<0b6f3c52-8d1e-4f7a-9c2b-5e4d3a2b1c0d@smartspec.example.org>",
        envelopeId: null,
        outboxIdHeader: "0b6f3c52-8d1e-4f7a-9c2b-5e4d3a2b1c0d",
        recipients: [
          {
            address: "org25@example.org",
            action: "failed",
            status: "5.1.1",
            diagnostic:
              "550 5.1.1 <org25@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
          },
        ],
      },
      bounce: { bounce: true, outboxId: "0b6f3c52-8d1e-4f7a-9c2b-5e4d3a2b1c0d", kind: "hard" },
    },
    "postfix-delayed.eml": {
      report: {
        messageId: "<3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f@smartspec.example.org>",
        envelopeId: null,
        outboxIdHeader: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
        recipients: [
          {
            address: "org31@example.org",
            action: "delayed",
            status: "4.4.1",
            diagnostic: "connect to mx.example.org[192.0.2.25]:25: Connection timed out",
          },
        ],
      },
      bounce: { bounce: false, reason: "delivery is delayed, not failed: the relay is still trying" },
    },
    "exim-no-such-user.eml": {
      report: {
        messageId: "<7d1e2f30-4a5b-4c6d-8e9f-a0b1c2d3e4f5@smartspec.example.org>",
        envelopeId: null,
        outboxIdHeader: "7d1e2f30-4a5b-4c6d-8e9f-a0b1c2d3e4f5",
        recipients: [
          {
            address: "org26@example.net",
            action: "failed",
            status: "5.0.0",
            diagnostic: "550 No such user here",
          },
        ],
      },
      bounce: { bounce: true, outboxId: "7d1e2f30-4a5b-4c6d-8e9f-a0b1c2d3e4f5", kind: "hard" },
    },
    "office365-recipient-not-found.eml": {
      report: {
        messageId: "<a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e8f@smartspec.example.org>",
        envelopeId: "a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e8f",
        outboxIdHeader: "a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e8f",
        recipients: [
          {
            address: "org27@example.com",
            action: "failed",
            status: "5.1.10",
            diagnostic:
              "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
          },
        ],
      },
      bounce: { bounce: true, outboxId: "a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e8f", kind: "hard" },
    },
    "exchange-message-expired.eml": {
      report: {
        messageId: "<9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d@smartspec.example.org>",
        envelopeId: null,
        outboxIdHeader: null,
        recipients: [
          {
            address: "org33@example.co.uk",
            action: "failed",
            status: "4.4.7",
            diagnostic: "550 4.4.7 QUEUE.Expired; message expired",
          },
        ],
      },
      bounce: { bounce: true, outboxId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", kind: "soft" },
    },
    "gmail-no-such-user.eml": {
      report: {
        messageId: "<4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8@smartspec.example.org>",
        envelopeId: null,
        outboxIdHeader: "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8",
        recipients: [
          {
            address: "org28@gmail.com",
            action: "failed",
            status: "5.1.1",
            diagnostic:
              "550-5.1.1 The email account that you tried to reach does not exist. Please try " +
              "550-5.1.1 double-checking the recipient's email address for typos or " +
              "550-5.1.1 unnecessary spaces. For more information, go to " +
              "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 2adb3069b0e04-5131d8f1c2fsor1234567e87.99 - gsmtp",
          },
        ],
      },
      bounce: { bounce: true, outboxId: "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8", kind: "hard" },
    },
  };

describe("readDeliveryReport over MTA-shaped samples", () => {
  test.each(Object.keys(expected))("%s, with LF and with CRLF line ends", (name) => {
    const { report: fields, bounce } = expected[name]!;
    for (const text of [fixture(name), crlf(fixture(name))]) {
      expect(report(text)).toEqual(fields);
      expect(bounceOfReport(report(text))).toEqual(bounce);
    }
  });

  test.each([
    [
      "out-of-office.eml",
      "not a delivery status notification: no message/delivery-status part in multipart/alternative",
    ],
    [
      "read-receipt.eml",
      "not a delivery status notification: no message/delivery-status part in multipart/report (report-type disposition-notification)",
    ],
  ])("%s is not a delivery report", (name, reason) => {
    expect(readDeliveryReport(bytes(fixture(name)))).toEqual({ ok: false, reason });
    expect(readDeliveryReport(bytes(crlf(fixture(name))))).toEqual({ ok: false, reason });
  });
});

describe("readDeliveryReport on variations", () => {
  const postfix = fixture("postfix-user-unknown.eml");
  const postfixId = "0b6f3c52-8d1e-4f7a-9c2b-5e4d3a2b1c0d";

  test("a relay that rewrote the Message-ID: the X-Smartspec-Outbox-ID header names the mail", () => {
    const rewritten = postfix.replace(
      `Message-ID: <${postfixId}@smartspec.example.org>`,
      "Message-ID: <0100018e2a3b4c5d-relay@email.example.net>",
    );
    expect(report(rewritten).messageId).toBe("<0100018e2a3b4c5d-relay@email.example.net>");
    expect(bounceOfReport(report(rewritten))).toEqual({ bounce: true, outboxId: postfixId, kind: "hard" });
    const anonymous = rewritten.replace(`X-Smartspec-Outbox-ID: ${postfixId}\n`, "");
    expect(bounceOfReport(report(anonymous))).toEqual({
      bounce: false,
      reason:
        "the report names no outbox mail (no Message-ID, Original-Envelope-Id or X-Smartspec-Outbox-ID of ours)",
    });
  });

  test("without the returned headers the Original-Envelope-Id names the mail", () => {
    const o365 = fixture("office365-recipient-not-found.eml");
    const cut = o365.slice(0, o365.indexOf("Content-Type: text/rfc822-headers"));
    const fields = report(cut);
    expect([fields.messageId, fields.envelopeId, fields.outboxIdHeader]).toEqual([
      null,
      "a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e8f",
      null,
    ]);
    expect(bounceOfReport(fields)).toEqual({
      bounce: true,
      outboxId: "a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e8f",
      kind: "hard",
    });
  });

  test("a base64 delivery-status part and quoted-printable returned headers read the same", () => {
    const statusStart = postfix.indexOf("Reporting-MTA:");
    const statusEnd = postfix.indexOf("\n--4TQ2Kx0mYXz9sWP", statusStart);
    const status = postfix.slice(statusStart, statusEnd);
    const encoded = Buffer.from(status, "latin1").toString("base64").replace(/.{76}/g, "$&\n");
    const headersStart = postfix.indexOf("Return-Path: <bounces@");
    const headersEnd = postfix.indexOf("\n--4TQ2Kx0mYXz9sWP", headersStart);
    const headers = postfix
      .slice(headersStart, headersEnd)
      .replace(/=/g, "=3D")
      .replace("Message-ID: ", "Message-=\nID: ");
    const variant = `${postfix.slice(0, statusStart - 1)}Content-Transfer-Encoding: base64\n\n${encoded}\n${postfix
      .slice(statusEnd, headersStart)
      .replace(
        "Content-Transfer-Encoding: 8bit",
        "Content-Transfer-Encoding: quoted-printable",
      )}${headers}${postfix.slice(headersEnd)}`;
    expect(variant).toContain("Content-Transfer-Encoding: base64\n\nUmVwb3J0aW5nLU1UQTog");
    expect(variant).toContain("Message-=\nID: <0b6f3c52");
    expect(report(variant)).toEqual(expected["postfix-user-unknown.eml"]!.report);
  });

  test("an mbox From_ line first, and a body cut off before its closing delimiter, still read", () => {
    const cut = postfix.slice(0, postfix.lastIndexOf("\n--4TQ2Kx0mYXz9sWP"));
    const withFromLine = `From MAILER-DAEMON  Tue Mar  3 09:14:07 2026\n${cut}`;
    expect(report(withFromLine)).toEqual(expected["postfix-user-unknown.eml"]!.report);
  });

  test("a report wrapped in a multipart/mixed by a gateway is found one level down", () => {
    const wrapped = [
      "From: gateway@example.org",
      'Content-Type: multipart/mixed; boundary="wrap"',
      "",
      "--wrap",
      "Content-Type: text/plain",
      "",
      "Forwarded by the gateway.",
      "--wrap",
      postfix.slice(postfix.indexOf("Content-Type: multipart/report")),
      "--wrap--",
    ].join("\n");
    expect(report(wrapped)).toEqual(expected["postfix-user-unknown.eml"]!.report);
  });

  test("a UTF-8 address in a global delivery status (RFC 6533) reads as text", () => {
    const global = postfix
      .replace("Content-Type: message/delivery-status", "Content-Type: message/global-delivery-status")
      .replace("Final-Recipient: rfc822; org25@example.org", "Final-Recipient: utf-8; jürgen@example.org");
    expect(report(Buffer.from(global, "utf8").toString("latin1")).recipients[0]?.address).toBe(
      "jürgen@example.org",
    );
  });

  test("messages that are not reports say why", () => {
    expect(readDeliveryReport("just some text")).toEqual({
      ok: false,
      reason: "not a mail message: it has no header fields",
    });
    expect(readDeliveryReport("Subject: hello\n\nbody")).toEqual({
      ok: false,
      reason: "not a delivery status notification: no message/delivery-status part in text/plain",
    });
    const empty = postfix.replace(/Final-Recipient[\s\S]*?mailbox table\n/, "");
    expect(readDeliveryReport(bytes(empty))).toEqual({
      ok: false,
      reason: "the delivery status notification names no recipient",
    });
  });
});

describe("bounceOfReport", () => {
  const recipient = (action: string, status: string) => ({
    address: "a@example.org",
    action,
    status,
    diagnostic: null,
  });
  const of = (...recipients: ReturnType<typeof recipient>[]) =>
    bounceOfReport({
      messageId: "<0b6f3c52-8d1e-4f7a-9c2b-5e4d3a2b1c0d@host>",
      envelopeId: null,
      outboxIdHeader: null,
      recipients,
    });

  test("a 5.x.x failure outranks a 4.x.x one; relayed or delivered is no failure", () => {
    const id = "0b6f3c52-8d1e-4f7a-9c2b-5e4d3a2b1c0d";
    expect(of(recipient("failed", "4.2.2"), recipient("failed", "5.2.1"))).toEqual({
      bounce: true,
      outboxId: id,
      kind: "hard",
    });
    expect(of(recipient("failed", "4.2.2"), recipient("delayed", "4.4.1"))).toEqual({
      bounce: true,
      outboxId: id,
      kind: "soft",
    });
    expect(of(recipient("relayed", "2.0.0"), recipient("delivered", "2.0.0"))).toEqual({
      bounce: false,
      reason: "no recipient failed (the report tells of delivery or relaying)",
    });
  });
});
