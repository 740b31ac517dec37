// The real server process (bin/start.mjs -> the bundle -> main.ts) on a prepared data directory:
// it prints its URL, answers /healthz, sends mail over SMTP from the outbox (an in-process
// smtp-server receives it), stops cleanly on SIGTERM, and refuses a bad environment with exit 1.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFirstOwner, openPlatform } from "@smartspec/services";
import { prepareTestDataDir } from "@smartspec/storage/testing";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitOf, startScript, startServer } from "./server-process.ts";

const password = "correct horse battery staple";

/** The mail text with quoted-printable soft breaks and escapes undone (nodemailer wraps long lines). */
const quotedPrintable = (text: string) =>
  text
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

describe("npm start (bin/start.mjs)", () => {
  const folder = mkdtempSync(join(tmpdir(), "smartspec-server-start-"));
  const dataDir = join(folder, "data");
  const received: { to: string; text: string }[] = [];
  let smtp: SMTPServer;
  let smtpPort = 0;

  beforeAll(async () => {
    await prepareTestDataDir(dataDir);
    const platform = await openPlatform({ dataDir, publicUrl: "http://localhost:3000" });
    await createFirstOwner(platform, { email: "owner@example.org", password });
    await platform.close();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let text = "";
        stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), text });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    smtpPort = (smtp.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    rmSync(folder, { recursive: true, force: true });
  });

  it("serves, mails a reset link over SMTP, and stops on SIGTERM with exit 0", async () => {
    const server = await startServer({
      SMARTSPEC_DATA_DIR: dataDir,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SMARTSPEC_PUBLIC_URL: "http://smartspec.test",
    });
    const base = `http://127.0.0.1:${server.port}`;
    try {
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok", database: "pglite" });
      const session = await fetch(`${base}/api/session`);
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      const cookie = session.headers.getSetCookie()[0]!.split(";")[0]!;
      const reset = await fetch(`${base}/api/password-resets`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrfToken, cookie },
        body: JSON.stringify({ email: "owner@example.org" }),
      });
      expect(reset.status).toBe(202);
      for (let wait = 0; wait < 100 && received.length === 0; wait++)
        await new Promise((r) => setTimeout(r, 100));
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toBe("owner@example.org");
      expect(quotedPrintable(received[0]!.text)).toMatch(
        /^http:\/\/smartspec\.test\/reset-password\/[A-Za-z0-9_-]{43}\r$/m,
      );
      expect(server.output()).toContain("Links in mail use http://smartspec.test\n");
    } finally {
      server.child.kill("SIGTERM");
    }
    expect(await exitOf(server.child)).toBe(0);
  });

  it("refuses a bad environment with exit 1 and names the variable", async () => {
    const child = spawn(process.execPath, [startScript], {
      env: { ...process.env, PORT: "70000", SMARTSPEC_SKIP_WEB_BUILD: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    expect(await exitOf(child)).toBe(1);
    expect(stderr).toBe(
      'smartspec: cannot start, bad environment:\nPORT must be between 0 and 65535 (got "70000")\n',
    );
  });
});
