// The real server as a user starts it (`npm start` = node apps/server/bin/start.mjs), in its own
// process group so stopping it also stops anything it spawned (a tsx loader, a build).
import { type ChildProcess, spawn } from "node:child_process";
import { serverStartScript } from "./repo-paths.ts";

export interface ServerProcessOptions {
  readonly port: number;
  readonly dataDir: string;
  /** `smtp://host:port`; without it mail stays in the outbox. */
  readonly smtpUrl?: string;
  /** How long the first /healthz may take (a first start runs initdb and may build the UI). */
  readonly startTimeoutMs?: number;
  /** More variables for the server (e.g. SMARTSPEC_REMINDER_INTERVAL_MS), set after ours. */
  readonly extraEnv?: Readonly<Record<string, string>>;
}

export interface ServerProcess {
  /** `http://localhost:<port>`: the origin the browser uses and SMARTSPEC_PUBLIC_URL. */
  readonly url: string;
  /** The last lines the server printed, for failure messages. */
  logTail(): string;
  /** Resolves once the server has printed `text` (e.g. a log message), or rejects after `timeoutMs`. */
  waitForLog(text: string, timeoutMs: number): Promise<void>;
  /** SIGTERM: the server's graceful shutdown (SIGKILL after 10 s). */
  stop(): Promise<void>;
  /** SIGKILL, no warning: a crash, as a power cut or the OOM killer would end it. */
  kill(): Promise<void>;
}

/** The environment for the server and the CLI: ours only, nothing inherited that picks a mode. */
export function productEnv(options: { dataDir: string; port?: number; smtpUrl?: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SMARTSPEC_DATA_DIR: options.dataDir, TZ: "UTC" };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  delete env.NODE_OPTIONS;
  if (options.port !== undefined) {
    env.PORT = String(options.port);
    env.SMARTSPEC_PUBLIC_URL = `http://localhost:${options.port}`;
  }
  if (options.smtpUrl !== undefined) env.SMTP_URL = options.smtpUrl;
  return env;
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts the server and resolves once `GET /healthz` answers 200; rejects with the server's last
 * output when it exits first or does not become healthy within `startTimeoutMs` (default 60 s).
 * Example: `const server = await startServerProcess({ port, dataDir }); ...; await server.stop()`.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const url = `http://localhost:${options.port}`;
  const child = spawn(process.execPath, [serverStartScript], {
    env: { ...productEnv(options), ...options.extraEnv },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const waiters = new Set<() => void>();
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-8_000);
    for (const wake of waiters) wake();
  };
  const waitForLog = (text: string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!log.includes(text)) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`The server did not print "${text}" within ${timeoutMs} ms:\n${log}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // If the test worker dies, do not leave a server holding the port and the data directory.
  const onExit = () => stopGroup(child, "SIGKILL");
  process.once("exit", onExit);

  const stop = async () => {
    stopGroup(child, "SIGTERM");
    const timer = setTimeout(() => stopGroup(child, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    process.removeListener("exit", onExit);
  };

  const kill = async () => {
    stopGroup(child, "SIGKILL");
    await exited;
    process.removeListener("exit", onExit);
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      process.removeListener("exit", onExit);
      throw new Error(`The server exited before it was healthy (code ${child.exitCode}):\n${log}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer /healthz within the time allowed:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { url, logTail: () => log, waitForLog, stop, kill };
}
