// One running product per test file: a copy of the instance template (whose first owner the real
// CLI made), the server on a free port, and (in SMTP mode) an in-process mail receiver.
import type { AdminAccount } from "./admin-cli.ts";
import { ApiClient } from "./api-client.ts";
import { freshInstance } from "./data-template.ts";
import { freePort } from "./free-port.ts";
import { linksIn, type ReceivedMail } from "./mail-message.ts";
import { startServerProcess } from "./server-process.ts";
import { type SmtpReceiver, startSmtpReceiver } from "./smtp-receiver.ts";

export interface RunningApp {
  readonly url: string;
  readonly owner: AdminAccount;
  /** The owner's workspace as the API reports it after the CLI created it. */
  readonly workspace: { readonly slug: string; readonly name: string };
  /** The mail receiver; undefined in outbox mode (no SMTP_URL). */
  readonly smtp: SmtpReceiver | undefined;
  /** A new API client with its own cookie jar (not logged in). */
  api(): ApiClient;
  /** The first link in the newest mail to `email` whose text contains `pathPart` (SMTP or outbox). */
  mailedLink(email: string, pathPart: string): Promise<string>;
  logTail(): string;
  /**
   * Ends the server - `graceful` (SIGTERM: requests and the mail round in progress finish) or
   * `crash` (SIGKILL) - and starts it again on the same data directory, port and mail receiver.
   */
  restart(how: "graceful" | "crash"): Promise<void>;
  stop(): Promise<void>;
}

async function linkFromOutbox(app: RunningApp, email: string, pathPart: string): Promise<string> {
  const api = app.api();
  await api.login(app.owner.email, app.owner.password);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await api.request("GET", `/api/workspaces/${app.workspace.slug}/outbox`);
    const mails = (response.body ?? []) as { to: string; text: string }[];
    const link = mails
      .filter((mail) => mail.to.toLowerCase() === email.toLowerCase())
      .flatMap((mail) => linksIn(mail.text))
      .filter((href) => href.includes(pathPart))
      .at(-1);
    if (link !== undefined) return link;
    if (Date.now() > deadline) throw new Error(`No mail to ${email} with a ${pathPart} link in the outbox`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Starts the whole product. `smtp: true` sets SMTP_URL to an in-process receiver; `false` leaves
 * mail in the outbox; `extraEnv` adds server variables. Call `stop()` to end the server, the
 * receiver and remove the data.
 * Example: `const app = await startApp({ smtp: true }); await app.stop();`.
 */
export async function startApp(options: {
  smtp: boolean;
  extraEnv?: Readonly<Record<string, string>>;
}): Promise<RunningApp> {
  const data = await freshInstance();
  const smtp = options.smtp ? await startSmtpReceiver() : undefined;
  const owner = data.owner;
  try {
    const serverOptions = {
      port: await freePort(),
      dataDir: data.dataDir,
      ...(smtp === undefined ? {} : { smtpUrl: smtp.url }),
      ...(options.extraEnv === undefined ? {} : { extraEnv: options.extraEnv }),
    };
    let server = await startServerProcess(serverOptions);
    // The fixture's own sign-in checks the CLI's owner works and finds the workspace's slug.
    const session = await new ApiClient(server.url)
      .login(owner.email, owner.password)
      .catch(async (error) => {
        await server.stop();
        throw error;
      });
    const first = session.workspaces[0];
    if (first === undefined) {
      await server.stop();
      throw new Error("The owner created by the CLI has no workspace");
    }
    const app: RunningApp = {
      url: server.url,
      owner,
      workspace: { slug: first.slug, name: first.name },
      smtp,
      api: () => new ApiClient(server.url),
      mailedLink: async (email, pathPart) => {
        if (smtp === undefined) return linkFromOutbox(app, email, pathPart);
        const matches = (received: ReceivedMail) =>
          received.to.includes(email.toLowerCase()) &&
          linksIn(received.text).some((href) => href.includes(pathPart));
        await smtp.waitForMail(matches);
        const newest = smtp.messages.filter(matches).at(-1);
        return linksIn(newest?.text ?? "").find((href) => href.includes(pathPart)) ?? "";
      },
      logTail: () => server.logTail(),
      restart: async (how) => {
        await (how === "crash" ? server.kill() : server.stop());
        server = await startServerProcess(serverOptions);
      },
      stop: async () => {
        await server.stop();
        await smtp?.close();
        await data.remove();
      },
    };
    return app;
  } catch (error) {
    await smtp?.close();
    await data.remove();
    throw error;
  }
}
