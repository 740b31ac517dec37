// A real SMTP server in the test process (smtp-server), and a nodemailer transport to it.
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import type { MailTransport } from "../../src/platform/index.ts";

export interface ReceivedMail {
  readonly to: string[];
  /** The envelope sender (MAIL FROM), where delivery reports go. */
  readonly from: string;
  /** The DSN parameters of MAIL FROM (RFC 3461): ENVID and RET, null when not given. */
  readonly dsn: { readonly envid: string | null; readonly ret: string | null };
  /** The raw message, quoted-printable soft line breaks undone (so links read whole). */
  readonly message: string;
}

export interface SmtpReceiver {
  readonly received: ReceivedMail[];
  readonly transport: MailTransport & { close(): void };
  close(): Promise<void>;
}

/** Starts a receiver on a free loopback port, accepting any mail without auth or TLS. */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    // Offer DSN, as a relay does, so the sender's ENVID and RET reach the envelope.
    hideDSN: false,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const { mailFrom, rcptTo, dsn } = session.envelope;
        received.push({
          to: rcptTo.map((r) => r.address),
          from: mailFrom === false ? "" : mailFrom.address,
          dsn: { envid: dsn?.envid ?? null, ret: dsn?.ret ?? null },
          message: undoSoftBreaks(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  return {
    received,
    transport,
    close: () =>
      new Promise<void>((resolve) => {
        transport.close();
        server.close(() => resolve());
      }),
  };
}

function undoSoftBreaks(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
