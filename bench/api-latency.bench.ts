// API latency under load (issue #4): the real server process (apps/server/bin/start.mjs) on
// loopback, signed in as the first owner, then 50 concurrent keep-alive clients for
// BENCH_SECONDS (default 10) each on an authenticated read (GET /api/workspaces/:slug/members)
// and a write (PATCH /api/workspaces/:slug). Prints p50 / p99 latency and requests/s per
// dialect: PGlite in a temp data dir always; PostgreSQL when BENCH_DATABASE_URL, DATABASE_URL or
// TEST_DATABASE_URL names a server (a database of its own is created there and dropped after).
// Client and server share this machine's cores, so the numbers are a floor, not a ceiling.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = fileURLToPath(new URL("..", import.meta.url));
const clients = 50;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const email = "bench@example.org";
const password = "bench password 0123456789";
const slug = "my-workspace";

interface Reply {
  readonly status: number;
  readonly body: string;
  readonly cookies: readonly string[];
}

function call(agent: Agent, port: number, method: string, path: string, headers = {}, body?: string) {
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

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [join(root, "apps", "server", "bin", "start.mjs")], {
    env: { ...process.env, ...env, PORT: "0", LOG_LEVEL: "warn", SMARTSPEC_SKIP_WEB_BUILD: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const match = /running at http:\/\/[^:]+:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code} before listening:\n${out}`)));
  });
  return { child, port };
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `clients` loops, each sending its next request when the last one is answered. */
async function load(send: (agent: Agent, n: number) => Promise<Reply>, label: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        const reply = await send(agent, n++);
        latencies.push(performance.now() - started);
        if (reply.status >= 300) failures++;
      }
    }),
  );
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const line =
    `  ${label.padEnd(44)} p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms  ` +
    `p99 ${percentile(sorted, 99).toFixed(1).padStart(6)} ms  ` +
    `${(latencies.length / seconds).toFixed(0).padStart(5)} req/s  (${latencies.length} requests, ${failures} failed)`;
  console.log(line);
}

async function benchDialect(label: string, env: Record<string, string>): Promise<void> {
  const admin = spawnSync(
    process.execPath,
    [
      join(root, "apps", "cli", "bin", "smartspec.mjs"),
      "admin",
      "create",
      "--email",
      email,
      "--password",
      password,
    ],
    { env: { ...process.env, ...env }, encoding: "utf8" },
  );
  if (admin.status !== 0) throw new Error(`admin create failed: ${admin.stderr}`);
  const startedAt = performance.now();
  const { child, port } = await startServer(env);
  console.log(`${label}: server ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  try {
    const agent = new Agent({ keepAlive: true });
    const first = await call(agent, port, "GET", "/api/session");
    const csrfCookie = first.cookies.join("; ");
    const csrf = (JSON.parse(first.body) as { csrfToken: string }).csrfToken;
    const login = await call(
      agent,
      port,
      "POST",
      "/api/session",
      { "content-type": "application/json", "x-csrf-token": csrf, cookie: csrfCookie },
      JSON.stringify({ email, password }),
    );
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.body}`);
    const cookie = login.cookies.join("; ");
    const token = (JSON.parse(login.body) as { csrfToken: string }).csrfToken;
    agent.destroy();
    await load(
      (a) => call(a, port, "GET", `/api/workspaces/${slug}/members`, { cookie }),
      "read  GET /api/workspaces/:slug/members",
    );
    await load(
      (a, n) =>
        call(
          a,
          port,
          "PATCH",
          `/api/workspaces/${slug}`,
          { cookie, "x-csrf-token": token, "content-type": "application/json" },
          JSON.stringify({ name: `Bench workspace ${n}` }),
        ),
      "write PATCH /api/workspaces/:slug",
    );
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}); ` +
      `${clients} keep-alive clients, ${seconds} s per route, client and server on one machine; ` +
      `load average at start ${loadavg()[0]!.toFixed(2)}.`,
  );
  const dataDir = mkdtempSync(join(tmpdir(), "smartspec-bench-api-"));
  try {
    await benchDialect("PGlite", { SMARTSPEC_DATA_DIR: dataDir, DATABASE_URL: "" });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl =
    process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl === undefined) {
    console.log("PostgreSQL: skipped (set BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL)");
    return;
  }
  const database = `smartspec_bench_${process.pid}`;
  const adminClient = new pg.Client({ connectionString: serverUrl });
  await adminClient.connect();
  await adminClient.query(`create database ${database}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    await benchDialect("PostgreSQL", { DATABASE_URL: url.href });
  } finally {
    await adminClient.query(`drop database if exists ${database} with (force)`);
    await adminClient.end();
  }
}

await main();
