// Composition root of the server (what bin/start.mjs runs): parse the environment, open and
// migrate the database (PGlite in SMARTSPEC_DATA_DIR, or PostgreSQL at DATABASE_URL), register
// the bundled data, start mail delivery when SMTP_URL is set and the listener for delivery reports
// (bounces) when SMARTSPEC_BOUNCE_SMTP_PORT is, serve the app, print the URL, and shut down cleanly
// on SIGINT / SIGTERM. A failure to start is one line on stderr and exit 1.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ServerType, serve } from "@hono/node-server";
import {
  loadBundledDataOnFirstStart,
  type OutboxDeliveryLoop,
  openPlatform,
  type Platform,
  PlatformError,
  recordBounce,
  type SurveyContext,
  sendDueReminders,
  startOutboxDelivery,
  warmBundledViews,
} from "@smartspec/services";
import nodemailer from "nodemailer";
import { createApp } from "./app.ts";
import { EnvError, parseEnv, type ServerEnv } from "./env.ts";
import { createLogger, type Logger } from "./http/logger.ts";
import { type BounceListener, startBounceListener } from "./mail/bounce-listener.ts";
import { serverSurveyContext } from "./routes/surveys/survey-context.ts";

const defaultWebRoot = fileURLToPath(new URL("../../web/dist", import.meta.url));

/**
 * Starts mail delivery from the outbox over SMTP; failed rounds are logged, never thrown. A survey
 * mail the receiving server refuses for good (5xx) is recorded as a hard bounce: the case stops
 * getting reminders and the address is suppressed (methods doc 2.3, rule 8).
 */
function startMail(
  env: ServerEnv,
  platform: Platform,
  surveys: SurveyContext,
  logger: Logger,
): OutboxDeliveryLoop | undefined {
  if (env.smtpUrl === undefined) return undefined;
  // Pooled: a few kept-open connections instead of one SMTP handshake per mail (on loopback 9 mails/s
  // unpooled, about 46 pooled). A send gives up within 60 s, well inside the 2 minutes after which
  // the outbox takes a claim as interrupted and sends it again (decision 0010).
  const transport = nodemailer.createTransport({
    url: env.smtpUrl,
    pool: true,
    maxConnections: 4,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return startOutboxDelivery(platform, {
    transport,
    from: env.mailFrom,
    ...(env.bounceAddress ? { bounceAddress: env.bounceAddress } : {}),
    onUndeliverable: async (mailId) => {
      try {
        await recordBounce(surveys, { outboxId: mailId, kind: "hard" });
      } catch (error) {
        // Not a survey mail (an invitation to a workspace, a password reset): nothing to record.
        if (!(error instanceof PlatformError && error.code === "not-found")) throw error;
      }
    },
    onRound: (report) => {
      if (report instanceof Error)
        logger.warn({ error: { message: report.message } }, "mail delivery round failed");
      else if (report.sent + report.retrying + report.failed > 0) logger.info(report, "mail delivery");
    },
  });
}

/**
 * Queues due survey reminder waves into the outbox every `intervalMs` (SMARTSPEC_REMINDER_INTERVAL_MS,
 * a minute by default); the outbox loop then sends them.
 * Waves are claimed FOR UPDATE SKIP LOCKED, so several servers may run this; within one process a
 * round still running when the next is due is not doubled (a short interval meets a long wave).
 * Returns a stop function.
 */
function startReminders(surveys: SurveyContext, logger: Logger, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const round = () => {
    if (running !== undefined) return;
    running = sendDueReminders(surveys)
      .then(
        (sent) => {
          if (sent.length > 0) logger.info({ waves: sent.length }, "survey reminders queued");
        },
        (error: Error) => logger.warn({ error: { message: error.message } }, "survey reminder round failed"),
      )
      .finally(() => {
        running = undefined;
      });
  };
  round();
  const timer = setInterval(round, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/** Prepares the bundled explorer views in the background (services' warmBundledViews), logging each. */
function warmEvidence(platform: Platform, logger: Logger): void {
  const started = performance.now();
  void warmBundledViews(platform, ({ error, ...view }) => {
    if (error === undefined) logger.info(view, "explorer view ready");
    else logger.warn({ ...view, error }, "explorer view not prepared");
  }).then(() =>
    logger.info({ milliseconds: Math.round(performance.now() - started) }, "explorer views prepared"),
  );
}

function listen(
  app: ReturnType<typeof createApp>,
  env: ServerEnv,
): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolveListening, reject) => {
    const server = serve(
      { fetch: app.fetch, port: env.port, ...(env.host ? { hostname: env.host } : {}) },
      (info) => resolveListening({ server, port: info.port }),
    );
    // Idle keep-alive connections stay open longer than clients and proxies keep theirs (Node's
    // fetch: 4 s; load balancers: 60 s), so a client never sends on a socket the server is just
    // closing (seen as ECONNRESET on the first request after a pause).
    if ("keepAliveTimeout" in server) {
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
    }
    server.once("error", reject);
  });
}

/**
 * Runs the server until a signal stops it. Resolves to an exit code when it could not start
 * (1), else to undefined once listening (the process then lives on the open socket).
 */
export async function main(
  source: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number | undefined> {
  let env: ServerEnv;
  try {
    env = parseEnv(source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    process.stderr.write(`smartspec: cannot start, bad environment:\n${error.message}\n`);
    return 1;
  }
  const logger = createLogger(env.logLevel);
  let platform: Platform | undefined;
  let bounces: BounceListener | undefined;
  try {
    const dataDir = resolve(env.dataDir);
    if (env.databaseUrl === undefined && !existsSync(join(dataDir, "pglite"))) {
      process.stdout.write(`smartspec: creating the database in ${dataDir} (the first start takes ~10 s)\n`);
    }
    platform = await openPlatform({
      ...(env.databaseUrl ? { databaseUrl: env.databaseUrl } : { dataDir }),
      publicUrl: env.publicUrl,
      mailDelivery: env.smtpUrl ? "smtp" : "outbox",
    });
    const loaded = await loadBundledDataOnFirstStart(platform);
    logger.info(
      { database: platform.database.dialect, migrations: platform.appliedMigrations, bundledData: loaded },
      "database ready",
    );
    const surveys = serverSurveyContext(platform, logger);
    const mail = startMail(env, platform, surveys, logger);
    const app = createApp({
      platform,
      logger,
      config: {
        publicUrl: env.publicUrl,
        webRoot: env.webDist ?? defaultWebRoot,
        trustProxy: env.trustProxy,
        debug: env.debug,
      },
    });
    if (env.bounceSmtpPort !== undefined) {
      bounces = await startBounceListener({
        host: env.bounceSmtpHost,
        port: env.bounceSmtpPort,
        surveys,
        logger,
      });
    }
    const { server, port } = await listen(app, env);
    const stopReminders = startReminders(surveys, logger, env.reminderIntervalMs);
    const listener = bounces;
    // Before the "running" line, which scripts and tests wait for.
    if (listener)
      process.stdout.write(`Delivery reports (bounces) by SMTP at ${listener.host}:${listener.port}\n`);
    process.stdout.write(`smartspec is running at http://localhost:${port}\n`);
    if (env.publicUrl !== `http://localhost:${env.port}`)
      process.stdout.write(`Links in mail use ${env.publicUrl}\n`);
    const open = platform;
    warmEvidence(open, logger);
    const stop = async (signal: string) => {
      logger.info({ signal }, "shutting down");
      const closed = new Promise((done) => server.close(done));
      if ("closeIdleConnections" in server) server.closeIdleConnections();
      setTimeout(() => process.exit(1), 10_000).unref();
      await closed;
      await stopReminders();
      await listener?.close();
      await mail?.stop();
      await open.close();
      process.exit(0);
    };
    process.once("SIGINT", (signal) => void stop(signal));
    process.once("SIGTERM", (signal) => void stop(signal));
    return undefined;
  } catch (error) {
    await bounces?.close().catch(() => undefined);
    await platform?.close().catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`smartspec: cannot start: ${message}\n`);
    if (env.debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
