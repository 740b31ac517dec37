// Test helper: the real server process (bin/start.mjs) on a free port, as `npm start` runs it.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const startScript = fileURLToPath(new URL("../bin/start.mjs", import.meta.url));
const runningLine = /smartspec is running at http:\/\/localhost:(\d+)\n/;

export interface StartedServer {
  readonly child: ChildProcess;
  readonly port: number;
  /** Group 1 of each `waitFor` pattern, in order. */
  readonly found: readonly string[];
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
}

/**
 * Starts the server with `env` on top of a test environment (port 0, PGlite, no web build) and
 * resolves once it says it is running and every `waitFor` pattern has matched its output; rejects
 * with the output if it exits first.
 */
export function startServer(
  env: Record<string, string>,
  waitFor: readonly RegExp[] = [],
): Promise<StartedServer> {
  const child = spawn(process.execPath, [startScript], {
    env: {
      ...process.env,
      PORT: "0",
      LOG_LEVEL: "warn",
      SMARTSPEC_SKIP_WEB_BUILD: "1",
      DATABASE_URL: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const running = runningLine.exec(out);
      const matches = waitFor.map((pattern) => pattern.exec(out));
      if (running && matches.every((m) => m !== null)) {
        clearInterval(timer);
        resolve({ child, port: Number(running[1]), found: matches.map((m) => m![1]!), output: () => out });
      }
    }, 50);
    child.once("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code}: ${out}`));
    });
  });
}

/** Resolves with the exit code once `child` exits. */
export const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
