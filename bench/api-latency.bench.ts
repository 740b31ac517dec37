// API latency under load (issue #4): the real server process (apps/server/bin/start.mjs) on
// loopback, signed in as the first owner, then 50 concurrent keep-alive clients for
// BENCH_SECONDS (default 10) each on an authenticated read (GET /api/workspaces/:slug/members)
// and a write (PATCH /api/workspaces/:slug). Prints p50 / p99 latency and requests/s per
// dialect: PGlite in a temp data dir always; PostgreSQL when BENCH_DATABASE_URL, DATABASE_URL or
// TEST_DATABASE_URL names a server (a database of its own is created there and dropped after).
// Client and server share this machine's cores, so the numbers are a floor, not a ceiling.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  call,
  closedLoop,
  createOwner,
  loadLine,
  postgresServerUrl,
  signIn,
  startServer,
  withScratchDatabase,
} from "./support/http-load.ts";

const clients = 50;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const email = "bench@example.org";
const password = "bench password 0123456789";
const slug = "my-workspace";

async function benchDialect(label: string, env: Record<string, string>): Promise<void> {
  createOwner(env, email, password);
  const startedAt = performance.now();
  const server = await startServer(env);
  const { port } = server;
  console.log(`${label}: server ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  try {
    const { cookie, csrf } = await signIn(port, email, password);
    const read = await closedLoop(clients, seconds, (a) =>
      call(a, port, "GET", `/api/workspaces/${slug}/members`, { cookie }),
    );
    console.log(loadLine("read  GET /api/workspaces/:slug/members", read));
    const write = await closedLoop(clients, seconds, (a, n) =>
      call(
        a,
        port,
        "PATCH",
        `/api/workspaces/${slug}`,
        { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
        JSON.stringify({ name: `Bench workspace ${n}` }),
      ),
    );
    console.log(loadLine("write PATCH /api/workspaces/:slug", write));
  } finally {
    await server.stop();
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
  const serverUrl = postgresServerUrl();
  if (serverUrl === undefined) {
    console.log("PostgreSQL: skipped (set BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL)");
    return;
  }
  await withScratchDatabase(serverUrl, (url) => benchDialect("PostgreSQL", { DATABASE_URL: url }));
}

await main();
