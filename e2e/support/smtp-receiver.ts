// An in-process SMTP server that keeps every message it receives, so a journey can read the
// link the product mailed (password reset, invitation) exactly as a user's mailbox would.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { parseMail, type ReceivedMail } from "./mail-message.ts";

export interface SmtpReceiver {
  /** `smtp://127.0.0.1:<port>`, the value for the server's SMTP_URL. */
  readonly url: string;
  readonly messages: readonly ReceivedMail[];
  /** Resolves with the first message (already received or still to come) that `accept` matches. */
  waitForMail(accept: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * Starts the receiver on a free loopback port. Any sender, any recipient, no authentication and
 * no STARTTLS (nodemailer would otherwise upgrade and reject the self-signed certificate).
 * Example: `const mail = await smtp.waitForMail((m) => m.to.includes("a@example.test"))`.
 */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((recipient) => recipient.address);
        messages.push(parseMail(Buffer.concat(chunks).toString("utf8"), to));
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  function waitForMail(accept: (mail: ReceivedMail) => boolean, timeoutMs = 20_000): Promise<ReceivedMail> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.find(accept);
        if (found === undefined) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        const seen = messages.map((mail) => `${mail.to.join(",")}: ${mail.subject}`).join("; ") || "none";
        reject(
          new Error(`No matching mail reached the SMTP receiver in ${timeoutMs} ms (received: ${seen})`),
        );
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMail,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
