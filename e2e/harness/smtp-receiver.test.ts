// The harness's own mailbox: what nodemailer (the product's mailer) sends over SMTP must come out
// of the receiver and the MIME reader exactly as written, long links included (quoted-printable
// folds lines at 76 characters, so a URL is split by soft line breaks on the wire).
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { decodeHeader, linksIn } from "../support/mail-message.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../support/smtp-receiver.ts";

describe("SMTP receiver and MIME reader", () => {
  let receiver: SmtpReceiver;
  beforeAll(async () => {
    receiver = await startSmtpReceiver();
  });
  afterAll(() => receiver.close());

  test("reads the envelope, an encoded subject, and a text part with a long link", async () => {
    const token = "k".repeat(43);
    const link = `http://localhost:41234/reset-password/${token}`;
    const text = `Hello Zoë,\n\nSet a new password with this link (valid one hour):\n${link}\n\nsmartspec`;
    const transport = nodemailer.createTransport({ url: receiver.url, ignoreTLS: true });
    await transport.sendMail({
      from: "smartspec <no-reply@example.test>",
      to: "Zoë <Zoe@Example.test>",
      subject: "Réinitialiser: set a new password",
      text,
      html: `<p>Hello Zoë,</p><p><a href="${link}">${link}</a></p>`,
    });
    transport.close();

    const mail = await receiver.waitForMail((received) => received.to.includes("zoe@example.test"));
    expect(mail.to).toEqual(["zoe@example.test"]);
    expect(mail.subject).toBe("Réinitialiser: set a new password");
    // nodemailer ends the text part with the text as given; line breaks come back as LF.
    expect(mail.text.replace(/\n+$/, "")).toBe(text);
    expect(linksIn(mail.text)).toEqual([link]);
    expect(mail.html).toContain(`href="${link}"`);
  });

  test("waitForMail fails with what did arrive when nothing matches", async () => {
    await expect(receiver.waitForMail((mail) => mail.to.includes("nobody@example.test"), 50)).rejects.toThrow(
      /No matching mail reached the SMTP receiver in 50 ms \(received: zoe@example.test: Réinitialiser/,
    );
  });
});

describe("decodeHeader", () => {
  test("joins adjacent encoded words (RFC 2047 section 6.2) and decodes B and Q forms", () => {
    // "=C3=A9" is UTF-8 for é; "w6k=" is base64 of the same two bytes.
    expect(decodeHeader("=?UTF-8?Q?caf=C3=A9_au?= =?UTF-8?B?w6k=?= lait")).toBe("café aué lait");
  });
});

describe("linksIn", () => {
  test("drops sentence punctuation after a link and keeps the order", () => {
    expect(linksIn("Open https://a.test/x/1. Or (http://b.test/y?z=1), then stop.")).toEqual([
      "https://a.test/x/1",
      "http://b.test/y?z=1",
    ]);
  });
});
