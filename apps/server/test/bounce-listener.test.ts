// Delivery reports (bounces) through the real server process (bin/start.mjs -> main.ts): with
// SMARTSPEC_BOUNCE_SMTP_PORT=0 it listens for them on a free loopback port and prints it. The
// invitations of a launched survey go over SMTP to a relay in this process with the bounce address
// as envelope sender; the relay's report for one of them (Postfix-shaped, the received headers
// returned), sent with nodemailer to the listener, makes that case a hard bounce in the fieldwork
// API. The same report again, and a mail that is no report, are answered 250 and change nothing;
// a report over 1 MiB is refused with 552. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SurveyContext } from "@smartspec/services";
import { prepareTestDataDir } from "@smartspec/storage/testing";
import nodemailer from "nodemailer";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  prepareCensusSurvey,
  censusSlug as slug,
} from "../../../packages/services/test/surveys/census-survey.ts";
import { createLogger } from "../src/http/logger.ts";
import { startBounceListener } from "../src/mail/bounce-listener.ts";
import { exitOf, startServer } from "./server-process.ts";

const postfixSample = readFileSync(
  new URL(
    "../../../packages/services/test/platform/delivery-reports/fixtures/postfix-user-unknown.eml",
    import.meta.url,
  ),
  "latin1",
);
const outOfOffice = readFileSync(
  new URL(
    "../../../packages/services/test/platform/delivery-reports/fixtures/out-of-office.eml",
    import.meta.url,
  ),
);
const password = "correct horse battery staple";
const bounceAddress = "bounces@smartspec.test";

/** The Postfix sample reporting `recipient` as unknown, with `headers` as the returned headers. */
function postfixReport(recipient: string, headers: string): string {
  const start = postfixSample.indexOf("Return-Path: <bounces@");
  const end = postfixSample.indexOf("\n\n--4TQ2Kx0mYXz9sWP", start);
  return `${postfixSample.slice(0, start)}${headers}${postfixSample.slice(end)}`.replaceAll(
    "org25@example.org",
    recipient,
  );
}

interface Relayed {
  readonly from: string;
  readonly to: string;
  readonly message: string;
}

/** The relay: an SMTP server that keeps what it is handed. */
async function startRelay(): Promise<{ received: Relayed[]; port: number; close(): Promise<void> }> {
  const received: Relayed[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const { mailFrom, rcptTo } = session.envelope;
        received.push({
          from: mailFrom === false ? "" : mailFrom.address,
          to: rcptTo.map((r) => r.address).join(","),
          message: Buffer.concat(chunks).toString("latin1"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return { received, port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Signs the owner in over HTTP; the cookie header and CSRF token to send. */
async function signIn(base: string): Promise<{ cookie: string }> {
  const first = await fetch(`${base}/api/session`);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const anonymous = first.headers.getSetCookie()[0]!.split(";")[0]!;
  const signedIn = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": csrfToken, cookie: anonymous },
    body: JSON.stringify({ email: "owner@example.org", password }),
  });
  expect(signedIn.status).toBe(200);
  return {
    cookie: signedIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; "),
  };
}

const postgresServers = process.env.TEST_DATABASE_URL ? [process.env.TEST_DATABASE_URL] : [];
const targets = ["pglite", ...postgresServers.map(() => "postgres")];

describe.each(targets)("delivery reports by SMTP into the server on %s", (target) => {
  const folder = mkdtempSync(join(tmpdir(), "smartspec-bounces-"));
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let databaseEnv: Record<string, string>;
  let dropDatabase = async () => {};

  beforeAll(async () => {
    if (target === "pglite") {
      const dataDir = join(folder, "data");
      await prepareTestDataDir(dataDir);
      await prepareCensusSurvey({ dataDir }, { publicUrl: "http://smartspec.test", password });
      databaseEnv = { SMARTSPEC_DATA_DIR: dataDir };
    } else {
      const serverUrl = postgresServers[0]!;
      const database = `smartspec_bounces_${randomBytes(4).toString("hex")}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${database}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${database}`;
      await prepareCensusSurvey({ databaseUrl: url.href }, { publicUrl: "http://smartspec.test", password });
      databaseEnv = { DATABASE_URL: url.href };
      dropDatabase = async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`drop database if exists ${database} with (force)`);
        await client.end();
      };
    }
    relay = await startRelay();
  });
  afterAll(async () => {
    await relay?.close();
    await dropDatabase();
    rmSync(folder, { recursive: true, force: true });
  });

  it("records a DSN for an invitation as a hard bounce, once, and never bounces a bounce", {
    timeout: 120_000,
  }, async () => {
    const server = await startServer(
      {
        ...databaseEnv,
        LOG_LEVEL: "info",
        SMTP_URL: `smtp://127.0.0.1:${relay.port}`,
        SMARTSPEC_PUBLIC_URL: "http://smartspec.test",
        SMARTSPEC_BOUNCE_SMTP_PORT: "0",
        SMARTSPEC_BOUNCE_ADDRESS: bounceAddress,
      },
      [/Delivery reports \(bounces\) by SMTP at 127\.0\.0\.1:(\d+)\n/],
    );
    const bouncePort = Number(server.found[0]);
    const base = `http://127.0.0.1:${server.port}`;
    const listener = nodemailer.createTransport({
      host: "127.0.0.1",
      port: bouncePort,
      secure: false,
      ignoreTLS: true,
    });
    // As a relay sends a report: from the null sender (<>), to the address the mail came from.
    const report = (raw: string | Buffer) =>
      listener.sendMail({ envelope: { from: "", to: [bounceAddress] }, raw });
    try {
      // Generous: the server prepares the explorer views at the same time, which can take a while on 2 cores.
      for (let wait = 0; wait < 1200 && relay.received.length < 3; wait++)
        await new Promise((r) => setTimeout(r, 50));
      expect(relay.received.map((m) => [m.from, m.to]).sort()).toEqual([
        [bounceAddress, "org2@example.org"],
        [bounceAddress, "org3@example.org"],
        [bounceAddress, "org4@example.org"],
      ]);
      const { cookie } = await signIn(base);
      const surveys = (await (
        await fetch(`${base}/api/workspaces/${slug}/surveys`, { headers: { cookie } })
      ).json()) as {
        id: string;
      }[];
      const dispositions = async () => {
        const reply = await fetch(`${base}/api/workspaces/${slug}/surveys/${surveys[0]!.id}/dispositions`, {
          headers: { cookie },
        });
        const rows = (await reply.json()) as {
          rowNumber: number;
          code: string;
          rule: number;
          subtype: string | null;
        }[];
        return rows.map((r) => [r.rowNumber, r.code, r.rule, r.subtype]).sort();
      };
      expect(await dispositions()).toEqual([
        [2, "NC", 9, null],
        [3, "NC", 9, null],
        [4, "NC", 9, null],
      ]);

      const sent = relay.received.find((m) => m.to === "org3@example.org")!;
      const dsn = postfixReport("org3@example.org", sent.message.slice(0, sent.message.search(/\r?\n\r?\n/)));
      // The listener answers only once the report is recorded, so the API shows it at once.
      expect((await report(dsn)).response).toMatch(/^250 /);
      const bounced = [
        [2, "NC", 9, null],
        [3, "UO", 8, "undelivered"],
        [4, "NC", 9, null],
      ];
      expect(await dispositions()).toEqual(bounced);
      expect((await report(dsn)).response).toMatch(/^250 /);
      expect((await report(outOfOffice)).response).toMatch(/^250 /);
      expect(await dispositions()).toEqual(bounced);
      await expect(report(`Subject: big\r\n\r\n${"x".repeat(76)}\r\n`.repeat(15_000))).rejects.toMatchObject({
        responseCode: 552,
      });

      // The log reaches this process through a pipe, maybe after the SMTP reply: wait for the last line.
      for (let wait = 0; wait < 100 && !server.output().includes("over 1 MiB"); wait++)
        await new Promise((r) => setTimeout(r, 50));
      const reportLines = server
        .output()
        .split("\n")
        .filter((line) => line.includes("delivery report"));
      expect(reportLines.map((line) => JSON.parse(line).msg)).toEqual([
        "delivery report: bounce recorded",
        "delivery report ignored",
        "delivery report ignored",
        "delivery report refused: over 1 MiB",
      ]);
      expect(reportLines.join("\n")).not.toContain("@");
    } finally {
      listener.close();
      server.child.kill("SIGTERM");
    }
    expect(await exitOf(server.child)).toBe(0);
  });
});

describe("startBounceListener", () => {
  it("refuses an address in use with a message naming it", async () => {
    const logger = createLogger("silent");
    const surveys = {} as SurveyContext; // never reached: nothing is received
    const first = await startBounceListener({ host: "127.0.0.1", port: 0, surveys, logger });
    try {
      await expect(
        startBounceListener({ host: "127.0.0.1", port: first.port, surveys, logger }),
      ).rejects.toThrow(
        `bounce listener on 127.0.0.1:${first.port}: listen EADDRINUSE: address already in use 127.0.0.1:${first.port}`,
      );
    } finally {
      await first.close();
    }
  });
});
