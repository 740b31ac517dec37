// An SMTP listener for delivery status notifications: the relay the platform hands mail to sends
// the reports of mail it later failed to deliver here (the envelope sender points at it). Any
// recipient is accepted, without auth or TLS (bind it to loopback or a private network). Each
// message is read and its bounce recorded on the survey case (recordDeliveryReport); a message that
// is not a report, or bounces no survey mail, is logged and still answered 250, so a bounce is
// never bounced. Over 1 MiB is refused (552), and a database failure answered 451 so the relay
// tries again later.
import type { AddressInfo } from "node:net";
import { recordDeliveryReport, type SurveyContext } from "@smartspec/services";
import type { Logger } from "../http/logger.ts";

/** Largest report accepted; a report with the returned headers is a few kilobytes. */
export const maxReportBytes = 1024 * 1024;

export interface BounceListenerProps {
  readonly host: string;
  /** 0: a free port (the listener's `port` tells which). */
  readonly port: number;
  readonly surveys: SurveyContext;
  readonly logger: Logger;
}

export interface BounceListener {
  readonly host: string;
  readonly port: number;
  /** Stops accepting and closes open connections. */
  close(): Promise<void>;
}

const smtpError = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

/** Starts listening; rejects when the address cannot be bound (in use, not allowed). */
export async function startBounceListener(props: BounceListenerProps): Promise<BounceListener> {
  const { surveys, logger } = props;
  // Loaded only when the listener is configured: most servers never start it.
  const { SMTPServer } = await import("smtp-server");
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: maxReportBytes,
    logger: false,
    banner: "smartspec delivery reports",
    // A relay's last report may still be in flight at shutdown; do not wait long for it.
    closeTimeout: 5_000,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= maxReportBytes) chunks.push(chunk);
      });
      stream.on("end", () => {
        if (stream.sizeExceeded || bytes > maxReportBytes) {
          logger.warn({ bytes }, "delivery report refused: over 1 MiB");
          callback(smtpError(552, "Delivery report exceeds the 1 MiB limit"));
          return;
        }
        recordDeliveryReport(surveys, Buffer.concat(chunks)).then(
          (outcome) => {
            if (outcome.status === "recorded")
              logger.info(
                { outboxId: outcome.outboxId, kind: outcome.kind },
                "delivery report: bounce recorded",
              );
            else logger.info({ reason: outcome.reason }, "delivery report ignored");
            callback();
          },
          (error: Error) => {
            logger.warn(
              { error: { message: error.message } },
              "delivery report not recorded; the relay will retry",
            );
            callback(smtpError(451, "Cannot record the delivery report now; try again later"));
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) =>
      reject(new Error(`bounce listener on ${props.host}:${props.port}: ${error.message}`));
    server.once("error", failed);
    server.listen(props.port, props.host, () => {
      server.off("error", failed);
      // Errors of single connections (a client that hangs up) must not end the process.
      server.on("error", (error: Error) =>
        logger.warn({ error: { message: error.message } }, "bounce listener"),
      );
      resolve();
    });
  });
  const address = server.server.address() as AddressInfo;
  return {
    host: props.host,
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
