// Explorer benchmark (issue #5), PGlite in a temp data dir, on the real server process:
//   1. the first profile request of uk-bres-itl2 at subclass level 2021: the engine computes and
//      caches the snapshot (every ITL2 region's opportunities come from it)
//   2. p50 / p99 of the profile and opportunities endpoints under 50 keep-alive clients
//      (BENCH_SECONDS each, default 10), UKK1 and the other regions in turn
//   3. the size of the built web bundle (apps/web/dist/assets), raw and gzip
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const clients = 50;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const view = "year=2021&level=subclass";

function get(agent: Agent, port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [join(root, "apps", "server", "bin", "start.mjs")], {
    env: {
      ...process.env,
      SMARTSPEC_DATA_DIR: dataDir,
      DATABASE_URL: "",
      PORT: "0",
      LOG_LEVEL: "warn",
      SMARTSPEC_SKIP_WEB_BUILD: "1",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const match = /running at http:\/\/[^:]+:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  return { child, port };
}

async function load(port: number, paths: string[], label: string): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let failures = 0;
  let n = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        const reply = await get(agent, port, paths[n++ % paths.length]!);
        latencies.push(performance.now() - started);
        if (reply.status !== 200) failures++;
      }
    }),
  );
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
  console.log(
    `  ${label.padEnd(28)} p50 ${at(50)} ms  p99 ${at(99)} ms  ${(latencies.length / seconds).toFixed(0)} req/s (${failures} failed)`,
  );
}

function bundleSize(): void {
  const assets = join(root, "apps", "web", "dist", "assets");
  if (!existsSync(assets)) {
    console.log("web bundle: apps/web/dist/assets not built");
    return;
  }
  let raw = 0;
  let gzip = 0;
  // What a browser downloads: scripts and styles; source maps are fetched only by developer tools.
  for (const name of readdirSync(assets).filter((file) => !file.endsWith(".map"))) {
    const bytes = readFileSync(join(assets, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(
    `web bundle (apps/web/dist/assets, without source maps): ${(raw / 1024).toFixed(0)} KiB raw, ${(gzip / 1024).toFixed(0)} KiB gzip`,
  );
}

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}, ${availableParallelism()} cores; ${clients} keep-alive clients, ${seconds} s per route`,
  );
  const dataDir = mkdtempSync(join(tmpdir(), "smartspec-bench-explorer-"));
  const { child, port } = await startServer(dataDir);
  try {
    const agent = new Agent({ keepAlive: true });
    const started = performance.now();
    const first = await get(agent, port, `/api/explorer/uk-bres-itl2/regions/UKK1?${view}`);
    console.log(
      `snapshot uk-bres-itl2 subclass 2021 computed and cached: ${((performance.now() - started) / 1000).toFixed(2)} s (status ${first.status})`,
    );
    const regions = (
      JSON.parse((await get(agent, port, `/api/explorer/uk-bres-itl2/regions?${view}`)).body) as {
        regions: { code: string }[];
      }
    ).regions.map((r) => r.code);
    const opportunitiesAll = performance.now();
    for (const r of regions)
      await get(agent, port, `/api/explorer/uk-bres-itl2/regions/${r}/opportunities?${view}`);
    console.log(
      `opportunities of all ${regions.length} regions from the cache, one by one: ${(performance.now() - opportunitiesAll).toFixed(0)} ms`,
    );
    agent.destroy();
    await load(
      port,
      regions.map((r) => `/api/explorer/uk-bres-itl2/regions/${r}?${view}`),
      "profile",
    );
    await load(
      port,
      regions.map((r) => `/api/explorer/uk-bres-itl2/regions/${r}/opportunities?${view}`),
      "opportunities",
    );
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
  bundleSize();
}

await main();
