// `smartspec mail bounce [--file MESSAGE.eml]`: records one delivery status notification (a bounce
// the relay mailed back) on the database the server uses, for an MTA alias or pipe. The message is
// read from --file or standard input. A report that bounces a survey mail is recorded as the
// server's SMTP listener would; anything else is ignored with the reason printed, and still exits 0
// (an MTA must never bounce a bounce). When the database cannot be reached the exit is 75
// (EX_TEMPFAIL of sysexits.h), so the MTA keeps the message and tries again.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createSurveyContext, openPlatform, recordDeliveryReport } from "@smartspec/services";
import type { CliCommand, CliContext } from "../cli-context.ts";
import { argsAfterAction, parseOptions, stringOption } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";

const command = "mail";
/** sysexits.h EX_TEMPFAIL: Postfix, Exim and Sendmail keep the message and run the pipe again later. */
export const tempFailure = 75;

const options = {
  file: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const help = `Usage: smartspec mail bounce [--file MESSAGE.eml]

Reads one bounce - a delivery status notification (RFC 3464) that a mail relay sends back for a mail
it could not deliver - and records it on the survey case of the invitation or reminder that bounced:
a permanent failure (status 5.x.x) is a hard bounce (the case ends as UO and its address is not
mailed again by the workspace), a final temporary one (4.x.x) a soft bounce (no more reminders).
Delays, other reports and other mail are ignored; the reason is printed. The same report twice
records once.

Options:
  --file MESSAGE.eml  the message as received (default: standard input, for an MTA pipe)

For an MTA alias, e.g. in /etc/aliases:
  smartspec-bounces: "|env DATABASE_URL=postgres://... npx smartspec mail bounce"
and set SMARTSPEC_BOUNCE_ADDRESS=smartspec-bounces@your.domain on the server, so relays send
bounces there. The server can receive them itself by SMTP instead (SMARTSPEC_BOUNCE_SMTP_PORT).

The database is the server's: PostgreSQL when DATABASE_URL is set, else the embedded database in
SMARTSPEC_DATA_DIR (default ./.smartspec), which only one process may open: with the embedded
database, use the server's SMTP listener while the server runs.

Exit codes: 0 recorded or ignored (the reason is printed), 1 the file cannot be read,
2 usage error, 75 the database cannot be reached now (the MTA tries again later).`;

/** The message from `--file`, or from standard input when it is not a terminal. */
async function readMessage(file: string | undefined, context: CliContext): Promise<Uint8Array> {
  if (file !== undefined && file !== "-") return readFile(resolve(context.cwd, file));
  if (process.stdin.isTTY)
    throw new UsageError("give the message with --file MESSAGE.eml or on standard input", command);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const mailBounceCommand: CliCommand = {
  name: command,
  help,
  async run(args, context) {
    const rest = argsAfterAction(command, "bounce", "bounce [--file MESSAGE.eml]", args);
    if (rest === undefined) {
      context.stdout(`${help}\n`);
      return 0;
    }
    const values = parseOptions(command, rest, options);
    if (values.help) {
      context.stdout(`${help}\n`);
      return 0;
    }
    const file = stringOption(values, "file");
    if (file === "") throw new UsageError("--file needs a file name", command);
    let message: Uint8Array;
    try {
      message = await readMessage(file, context);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      context.stderr(`smartspec mail: cannot read ${file ?? "standard input"} (${reason}).\n`);
      return 1;
    }

    const databaseUrl = context.env.DATABASE_URL || undefined;
    const dataDir = resolve(context.cwd, context.env.SMARTSPEC_DATA_DIR || ".smartspec");
    const publicUrl = context.env.SMARTSPEC_PUBLIC_URL || `http://localhost:${context.env.PORT || "3000"}`;
    const where = databaseUrl ? "the PostgreSQL database at DATABASE_URL" : dataDir;
    let platform: Awaited<ReturnType<typeof openPlatform>>;
    try {
      platform = await openPlatform({ ...(databaseUrl ? { databaseUrl } : { dataDir }), publicUrl });
    } catch (error) {
      context.stderr(`smartspec mail: cannot open ${where}: ${(error as Error).message}\n`);
      return tempFailure;
    }
    try {
      // Recording a bounce never checks answers: there is no instrument to validate against here.
      const surveys = createSurveyContext(platform, {
        validateResponse: () => ({ ok: false, problems: ["answers are not taken by the command line"] }),
      });
      const outcome = await recordDeliveryReport(surveys, message);
      context.stdout(
        outcome.status === "recorded"
          ? `Recorded a ${outcome.kind} bounce for outbox mail ${outcome.outboxId}.\n`
          : `Ignored: ${outcome.reason}.\n`,
      );
      return 0;
    } catch (error) {
      context.stderr(
        `smartspec mail: cannot record the report in ${where} now: ${(error as Error).message}\n`,
      );
      return tempFailure;
    } finally {
      await platform.close();
    }
  },
};
