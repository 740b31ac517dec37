// `smartspec admin create`: the first owner of an instance (its admin) and their workspace, on the
// database the server uses (SMARTSPEC_DATA_DIR or DATABASE_URL). There is no default password:
// without this command nobody can sign in. The password is never printed, not even in errors.
import { resolve } from "node:path";
import { emailSchema, passwordSchema, personNameSchema, workspaceNameSchema } from "@smartspec/domain";
import { createFirstOwner, isPlatformError, openPlatform } from "@smartspec/services";
import type { CliCommand } from "../cli-context.ts";
import { argsAfterAction, parseOptions, requiredOption, stringOption } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";

const options = {
  email: { type: "string" },
  password: { type: "string" },
  name: { type: "string" },
  workspace: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const help = `Usage: smartspec admin create --email EMAIL --password PASSWORD [--name NAME] [--workspace NAME]

Creates the first owner of this smartspec instance - its administrator - and a workspace they
own. Refused (exit 1) once an administrator exists; invite further people from the web UI.

Options:
  --email EMAIL        the owner's sign-in email
  --password PASSWORD  12 to 256 characters (quote it; it is never printed)
  --name NAME          display name (default: the part of the email before "@")
  --workspace NAME     the workspace's name (default "My workspace"); its URL name is derived

The database is the server's: PostgreSQL when DATABASE_URL is set, else the embedded database in
SMARTSPEC_DATA_DIR (default ./.smartspec). Stop a server using the embedded database first.`;

/** Where the database is, for messages (a PostgreSQL URL may hold a password: never shown). */
function describeTarget(databaseUrl: string | undefined, dataDir: string): string {
  return databaseUrl ? "the PostgreSQL database at DATABASE_URL" : dataDir;
}

export const adminCommand: CliCommand = {
  name: "admin",
  help,
  async run(args, context) {
    const rest = argsAfterAction("admin", "create", "create --email E --password P", args);
    if (rest === undefined) {
      context.stdout(`${help}\n`);
      return 0;
    }
    const values = parseOptions("admin", rest, options);
    if (values.help) {
      context.stdout(`${help}\n`);
      return 0;
    }
    const email = requiredOption("admin", values, "email");
    const password = requiredOption("admin", values, "password");
    const name = stringOption(values, "name");
    const workspaceName = stringOption(values, "workspace");
    // Checked before the database is opened; the message names the option, never the value.
    const checks = [
      ["email", email, emailSchema],
      ["password", password, passwordSchema],
      ["name", name, personNameSchema],
      ["workspace", workspaceName, workspaceNameSchema],
    ] as const;
    for (const [option, value, schema] of checks) {
      const result = value === undefined ? undefined : schema.safeParse(value);
      if (result?.success === false) {
        throw new UsageError(`--${option}: ${result.error.issues[0]?.message ?? "not valid"}`, "admin");
      }
    }
    const databaseUrl = context.env.DATABASE_URL || undefined;
    const dataDir = resolve(context.cwd, context.env.SMARTSPEC_DATA_DIR || ".smartspec");
    const publicUrl = context.env.SMARTSPEC_PUBLIC_URL || `http://localhost:${context.env.PORT || "3000"}`;

    let platform: Awaited<ReturnType<typeof openPlatform>>;
    try {
      platform = await openPlatform({ ...(databaseUrl ? { databaseUrl } : { dataDir }), publicUrl });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      context.stderr(`smartspec admin: cannot open ${describeTarget(databaseUrl, dataDir)}: ${reason}\n`);
      return 1;
    }
    try {
      const created = await createFirstOwner(platform, {
        email,
        password,
        ...(name === undefined ? {} : { name }),
        ...(workspaceName === undefined ? {} : { workspaceName }),
      });
      context.stdout(
        `Created ${created.user.email} (${created.user.name}), the instance admin, owner of the workspace ` +
          `"${created.workspace.name}" (${publicUrl}/w/${created.workspace.slug}).\n` +
          `Database: ${describeTarget(databaseUrl, dataDir)}. Start the server (npm start) and sign in.\n`,
      );
      return 0;
    } catch (error) {
      if (isPlatformError(error, "validation")) throw new UsageError(error.message, "admin");
      if (isPlatformError(error, "conflict")) {
        context.stderr(`smartspec admin: ${error.message}. Nothing was changed.\n`);
        return 1;
      }
      throw error;
    } finally {
      await platform.close();
    }
  },
};
