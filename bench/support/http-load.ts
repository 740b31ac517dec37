// What the HTTP benchmarks share: the real server process (apps/server/bin/start.mjs) on
// loopback, plain node:http calls on keep-alive agents, closed-loop load from N clients, latency
// percentiles, signing in as the first owner, and a throw-away PostgreSQL database.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { Agent, request } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const root = fileURLToPath(new URL("../..", import.meta.url));

export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly cookies: readonly string[];
}

/** One request; the body is sent as given (a string or bytes). */
export function call(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Uint8Array,
): Promise<Reply> {
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!),
        }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

export interface RunningServer {
  readonly child: ChildProcess;
  readonly port: number;
  /** Everything the server printed on stdout so far (JSON log lines at LOG_LEVEL info). */
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Starts the server on a free port with `env` added; resolves once it prints its URL. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(root, "apps", "server", "bin", "start.mjs")], {
    env: { ...process.env, LOG_LEVEL: "warn", SMARTSPEC_SKIP_WEB_BUILD: "1", ...env, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const match = /running at http:\/\/[^:]+:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code} before listening:\n${out}`)));
  });
  return {
    child,
    port,
    output: () => out,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

/** Resolves once the server has printed `text` (LOG_LEVEL info), polling its output. */
export async function serverPrinted(server: RunningServer, text: string, timeoutMs = 600_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!server.output().includes(text)) {
    if (performance.now() > deadline) throw new Error(`the server did not print "${text}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The value at percentile p of ascending `sorted`. */
export function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface LoadResult {
  readonly latencies: Float64Array;
  readonly failures: number;
  readonly seconds: number;
}

/**
 * `clients` closed loops, each sending its next request when its last one is answered, until
 * `seconds` have passed or `send` returns undefined (no work left). `ok` decides success.
 */
export async function closedLoop(
  clients: number,
  seconds: number,
  send: (agent: Agent, n: number) => Promise<Reply> | undefined,
  ok: (reply: Reply) => boolean = (reply) => reply.status < 300,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let failures = 0;
  let n = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const pending = send(agent, n++);
        if (pending === undefined) return;
        const reply = await pending;
        latencies.push(performance.now() - t0);
        if (!ok(reply)) failures++;
      }
    }),
  );
  agent.destroy();
  return {
    latencies: Float64Array.from(latencies).sort(),
    failures,
    seconds: (performance.now() - started) / 1000,
  };
}

/** "label  p50 x ms  p99 y ms  z req/s (n requests, f failed)". */
export function loadLine(label: string, result: LoadResult, unit = "req/s"): string {
  const { latencies, failures, seconds } = result;
  return (
    `  ${label.padEnd(44)} p50 ${percentile(latencies, 50).toFixed(1).padStart(6)} ms  ` +
    `p99 ${percentile(latencies, 99).toFixed(1).padStart(6)} ms  ` +
    `${(latencies.length / seconds).toFixed(0).padStart(5)} ${unit}  (${latencies.length} requests, ${failures} failed)`
  );
}

/** Makes the first owner with the CLI (before the server starts). */
export function createOwner(env: Record<string, string>, email: string, password: string): void {
  const cli = join(root, "apps", "cli", "bin", "smartspec.mjs");
  const admin = spawnSync(
    process.execPath,
    [cli, "admin", "create", "--email", email, "--password", password],
    {
      env: { ...process.env, ...env },
      encoding: "utf8",
    },
  );
  if (admin.status !== 0) throw new Error(`admin create failed: ${admin.stderr}`);
}

/** Signs in; returns the session cookie line and the CSRF token for state-changing requests. */
export async function signIn(
  port: number,
  email: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const agent = new Agent({ keepAlive: true });
  try {
    const first = await call(agent, port, "GET", "/api/session");
    const csrf = (JSON.parse(first.body) as { csrfToken: string }).csrfToken;
    const login = await call(
      agent,
      port,
      "POST",
      "/api/session",
      { "content-type": "application/json", "x-csrf-token": csrf, cookie: first.cookies.join("; ") },
      JSON.stringify({ email, password }),
    );
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.body}`);
    return {
      cookie: login.cookies.join("; "),
      csrf: (JSON.parse(login.body) as { csrfToken: string }).csrfToken,
    };
  } finally {
    agent.destroy();
  }
}

/** The PostgreSQL server to bench on (BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL). */
export function postgresServerUrl(): string | undefined {
  return (
    process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || undefined
  );
}

/** Runs `work` with the URL of a new database on `serverUrl`, dropped afterwards. */
export async function withScratchDatabase<T>(
  serverUrl: string,
  work: (url: string) => Promise<T>,
): Promise<T> {
  const database = `smartspec_bench_${process.pid}_${Date.now()}`;
  const adminClient = new pg.Client({ connectionString: serverUrl });
  await adminClient.connect();
  await adminClient.query(`create database ${database}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return await work(url.href);
  } finally {
    await adminClient.query(`drop database if exists ${database} with (force)`);
    await adminClient.end();
  }
}
