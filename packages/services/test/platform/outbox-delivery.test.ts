// Mail delivery from the durable outbox to a real SMTP server in the test process.
import { claimDueMail, listAllMail } from "@smartspec/storage";
import { testDatabase, testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  createFirstOwner,
  createPlatformContext,
  deliverOutbox,
  interruptedAfterMs,
  invite,
  type MailTransport,
  type PlatformContext,
  requestPasswordReset,
  startOutboxDelivery,
} from "../../src/platform/index.ts";
import { goodPassword, manualClock } from "./platform-fixture.ts";
import { type SmtpReceiver, startSmtpReceiver } from "./smtp-receiver.ts";

const from = "smartspec <no-reply@smartspec.test>";

describe.each(testDialects())("outbox delivery on %s", (dialect) => {
  let smtp: SmtpReceiver;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
  });
  afterAll(async () => {
    await smtp?.close();
  });

  /** A fresh database with the first owner, mail queued for SMTP, and a clock the test moves. */
  async function setUp() {
    const database = await testDatabase(dialect);
    const clock = manualClock();
    const options = { publicUrl: "https://smartspec.test", mailDelivery: "smtp" as const, now: clock.now };
    const ctx = createPlatformContext(database, options);
    const { user } = await createFirstOwner(ctx, { email: "ann@example.org", password: goodPassword });
    return { database, clock, ctx, options, ownerId: user.id };
  }

  test("two deliverers on separate connections send each of 12 mails exactly once", async () => {
    const { database, ctx, options, ownerId } = await setUp();
    const second = await database.openAnother();
    try {
      for (let i = 0; i < 12; i++) {
        await invite(ctx, {
          userId: ownerId,
          slug: "my-workspace",
          email: `p${i}@example.org`,
          role: "viewer",
        });
      }
      const start = smtp.received.length;
      const ctx2 = createPlatformContext(second, options);
      // Each deliverer takes 2 at a time until a round finds nothing left.
      const drain = async (c: PlatformContext) => {
        let sent = 0;
        for (;;) {
          const report = await deliverOutbox(c, { transport: smtp.transport, from, batchSize: 2 });
          if (report.sent + report.retrying + report.failed === 0) return sent;
          sent += report.sent;
        }
      };
      const [a, b] = await Promise.all([drain(ctx), drain(ctx2)]);
      expect(a + b).toBe(12);
      const recipients = smtp.received
        .slice(start)
        .flatMap((m) => m.to)
        .sort();
      expect(recipients).toEqual(Array.from({ length: 12 }, (_, i) => `p${i}@example.org`).sort());
      const mails = await listAllMail(database.db);
      expect(mails.map((m) => m.status)).toEqual(Array(12).fill("sent"));
      expect(await deliverOutbox(ctx, { transport: smtp.transport, from })).toEqual({
        sent: 0,
        retrying: 0,
        failed: 0,
      });
    } finally {
      await second.close();
      await database.close();
    }
  });

  test("the delivered reset mail carries the link on its own line", async () => {
    const { database, ctx } = await setUp();
    try {
      await requestPasswordReset(ctx, { email: "ann@example.org" });
      const start = smtp.received.length;
      expect(await deliverOutbox(ctx, { transport: smtp.transport, from })).toEqual({
        sent: 1,
        retrying: 0,
        failed: 0,
      });
      const [mail] = smtp.received.slice(start);
      expect(mail?.to).toEqual(["ann@example.org"]);
      expect(mail?.message).toContain("Subject: Reset your smartspec password");
      expect(mail?.message).toMatch(/\r\nhttps:\/\/smartspec\.test\/reset-password\/[A-Za-z0-9_-]{43}\r\n/);
    } finally {
      await database.close();
    }
  });

  test("delivery reports go to the bounce address when one is set, else to the From address", async () => {
    const { database, ctx } = await setUp();
    try {
      const start = smtp.received.length;
      await requestPasswordReset(ctx, { email: "ann@example.org" });
      await deliverOutbox(ctx, { transport: smtp.transport, from });
      const [first] = await listAllMail(database.db);
      await requestPasswordReset(ctx, { email: "ann@example.org" });
      await deliverOutbox(ctx, { transport: smtp.transport, from, bounceAddress: "bounces@smartspec.test" });
      const second = (await listAllMail(database.db)).find((m) => m.id !== first?.id);
      const ids = [first?.id, second?.id];
      expect(smtp.received.slice(start).map((m) => [m.from, m.dsn.envid, m.dsn.ret])).toEqual([
        ["no-reply@smartspec.test", ids[0], "HDRS"],
        ["bounces@smartspec.test", ids[1], "HDRS"],
      ]);
    } finally {
      await database.close();
    }
  });

  test("a send interrupted by a crash is sent again once 2 min have passed, with the same Message-ID, not lost", async () => {
    const { database, clock, ctx } = await setUp();
    try {
      await requestPasswordReset(ctx, { email: "ann@example.org" });
      // The crashed sender: it claimed the mail (status sending) and never finished.
      const [claimed] = await claimDueMail(database.db, clock.now(), 1);
      const start = smtp.received.length;
      clock.advance(interruptedAfterMs);
      expect(await deliverOutbox(ctx, { transport: smtp.transport, from })).toEqual({
        sent: 0,
        retrying: 0,
        failed: 0,
      });
      clock.advance(1);
      expect(await deliverOutbox(ctx, { transport: smtp.transport, from })).toEqual({
        sent: 1,
        retrying: 0,
        failed: 0,
      });
      const [mail] = smtp.received.slice(start);
      expect(mail?.to).toEqual(["ann@example.org"]);
      expect(mail?.message).toContain(`\r\nMessage-ID: <${claimed!.id}@smartspec.test>\r\n`);
      const [row] = await listAllMail(database.db);
      expect(row).toMatchObject({ status: "sent", attempts: 2 });
    } finally {
      await database.close();
    }
  });

  test("a permanent refusal (SMTP 550) fails the mail at once, without retries, and is reported", async () => {
    const { database, ctx } = await setUp();
    try {
      await requestPasswordReset(ctx, { email: "ann@example.org" });
      let calls = 0;
      const refusing: MailTransport = {
        sendMail: async () => {
          calls += 1;
          throw Object.assign(new Error("550 5.1.1 No such user"), { responseCode: 550 });
        },
      };
      const reported: [string, string][] = [];
      const report = await deliverOutbox(ctx, {
        transport: refusing,
        from,
        onUndeliverable: (id, reason) => {
          reported.push([id, reason]);
        },
      });
      expect(report).toEqual({ sent: 0, retrying: 0, failed: 1 });
      const [mail] = await listAllMail(database.db);
      expect(mail).toMatchObject({ status: "failed", attempts: 1, lastError: "550 5.1.1 No such user" });
      expect(reported).toEqual([[mail!.id, "550 5.1.1 No such user"]]);
      expect(calls).toBe(1);
    } finally {
      await database.close();
    }
  });

  test("a failing transport retries after 30 s, 1, 2 and 4 min, then gives up", async () => {
    const { database, clock, ctx } = await setUp();
    try {
      await requestPasswordReset(ctx, { email: "ann@example.org" });
      let calls = 0;
      const refusing: MailTransport = {
        sendMail: async () => {
          calls += 1;
          throw new Error("421 try later");
        },
      };
      const send = () => deliverOutbox(ctx, { transport: refusing, from });
      expect(await send()).toEqual({ sent: 0, retrying: 1, failed: 0 });
      for (const waitSeconds of [30, 60, 120]) {
        clock.advance(waitSeconds * 1000 - 1000);
        expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 }); // not due yet
        clock.advance(1000);
        expect(await send()).toEqual({ sent: 0, retrying: 1, failed: 0 });
      }
      clock.advance(240_000);
      expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 1 });
      expect(calls).toBe(5);
      const [mail] = await listAllMail(database.db);
      expect(mail).toMatchObject({ status: "failed", attempts: 5, lastError: "421 try later", sentAt: null });
    } finally {
      await database.close();
    }
  });

  test("without SMTP, mail is kept and never handed to a transport", async () => {
    const { database, clock } = await setUp();
    try {
      const ctx = createPlatformContext(database, {
        publicUrl: "https://smartspec.test",
        mailDelivery: "outbox",
        now: clock.now,
      });
      await requestPasswordReset(ctx, { email: "ann@example.org" });
      const start = smtp.received.length;
      expect(await deliverOutbox(ctx, { transport: smtp.transport, from })).toEqual({
        sent: 0,
        retrying: 0,
        failed: 0,
      });
      expect(smtp.received.length).toBe(start);
      expect((await listAllMail(database.db)).map((m) => m.status)).toEqual(["kept"]);
    } finally {
      await database.close();
    }
  });

  test("the background loop delivers queued mail and stops cleanly", async () => {
    const { database, ctx } = await setUp();
    try {
      const start = smtp.received.length;
      const rounds: unknown[] = [];
      const loop = startOutboxDelivery(ctx, {
        transport: smtp.transport,
        from,
        intervalMs: 20,
        onRound: (r) => rounds.push(r),
      });
      await requestPasswordReset(ctx, { email: "ann@example.org" });
      for (let i = 0; i < 250 && smtp.received.length === start; i++)
        await new Promise((r) => setTimeout(r, 20));
      await loop.stop();
      expect(smtp.received.slice(start).map((m) => m.to)).toEqual([["ann@example.org"]]);
      expect(rounds.some((r) => r instanceof Error)).toBe(false);
      expect((await listAllMail(database.db)).map((m) => m.status)).toEqual(["sent"]);
    } finally {
      await database.close();
    }
  });
});
