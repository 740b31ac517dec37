// Explorer benchmark (issue #5), PGlite in a temp data dir, on the real server process:
//   1. the engine's time for uk-bres-itl2 at subclass level 2021, which the server computes and
//      caches at start (every ITL2 region's opportunities come from it), read from its log
//   2. p50 / p99 of the profile and opportunities endpoints under 50 keep-alive clients
//      (BENCH_SECONDS each, default 10), UKK1 and the other regions in turn
//   3. the size of the built web bundle (apps/web/dist/assets), raw and gzip, first load and on demand
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { Agent } from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { call, closedLoop, loadLine, root, startServer } from "./support/http-load.ts";

const clients = 50;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const view = "year=2021&level=subclass";

async function load(port: number, paths: string[], label: string): Promise<void> {
  const result = await closedLoop(
    clients,
    seconds,
    (agent, n) => call(agent, port, "GET", paths[n % paths.length]!, { "accept-encoding": "gzip" }),
    (reply) => reply.status === 200,
  );
  console.log(loadLine(label, result));
}

/** Milliseconds the server logged for preparing a view ("explorer view ready"), once it has. */
async function warmTime(output: () => string, dataset: string, level: string): Promise<number> {
  for (;;) {
    for (const line of output().split("\n")) {
      if (!line.includes('"explorer view ready"')) continue;
      const entry = JSON.parse(line) as { dataset: string; level: string; milliseconds: number };
      if (entry.dataset === dataset && entry.level === level) return entry.milliseconds;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function bundleSize(): void {
  const dist = join(root, "apps", "web", "dist");
  const assets = join(dist, "assets");
  if (!existsSync(assets)) {
    console.log("web bundle: apps/web/dist/assets not built");
    return;
  }
  // What a browser downloads first: the files index.html names; the rest are chunks loaded on demand
  // (the SurveyJS respondent form). Source maps are fetched only by developer tools.
  const initial = new Set(
    [...readFileSync(join(dist, "index.html"), "utf8").matchAll(/assets\/([^"']+)/g)].map((m) => m[1]!),
  );
  const sizes = { initial: { raw: 0, gzip: 0 }, lazy: { raw: 0, gzip: 0 } };
  for (const name of readdirSync(assets).filter((file) => !file.endsWith(".map"))) {
    const bytes = readFileSync(join(assets, name));
    const part = initial.has(name) ? sizes.initial : sizes.lazy;
    part.raw += bytes.length;
    part.gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const kib = (n: number) => (n / 1024).toFixed(0);
  console.log(
    `web bundle, loaded by every page (index.html's scripts and styles): ${kib(sizes.initial.raw)} KiB raw, ${kib(sizes.initial.gzip)} KiB gzip; ` +
      `loaded on demand (survey form): ${kib(sizes.lazy.raw)} KiB raw, ${kib(sizes.lazy.gzip)} KiB gzip`,
  );
}

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}, ${availableParallelism()} cores; ${clients} keep-alive clients, ${seconds} s per route`,
  );
  const dataDir = mkdtempSync(join(tmpdir(), "smartspec-bench-explorer-"));
  const server = await startServer({ SMARTSPEC_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "info" });
  const { port } = server;
  try {
    // The server prepares the bundled views after it starts (uk-bres-itl2 division, then subclass);
    // its log says how long the engine took for each.
    const engine = await warmTime(server.output, "uk-bres-itl2", "subclass");
    console.log(
      `snapshot uk-bres-itl2 subclass 2021 computed and cached at start (every ITL2 region's opportunities): ${(engine / 1000).toFixed(2)} s`,
    );
    const agent = new Agent({ keepAlive: true });
    const regions = (
      JSON.parse((await call(agent, port, "GET", `/api/explorer/uk-bres-itl2/regions?${view}`)).body) as {
        regions: { code: string }[];
      }
    ).regions.map((r) => r.code);
    const opportunitiesAll = performance.now();
    for (const r of regions)
      await call(agent, port, "GET", `/api/explorer/uk-bres-itl2/regions/${r}/opportunities?${view}`);
    console.log(
      `opportunities of all ${regions.length} regions from the cache, one by one (first serialisation): ${(performance.now() - opportunitiesAll).toFixed(0)} ms`,
    );
    agent.destroy();
    await load(
      port,
      regions.map((r) => `/api/explorer/uk-bres-itl2/regions/${r}?${view}`),
      "profile (gzip)",
    );
    await load(
      port,
      regions.map((r) => `/api/explorer/uk-bres-itl2/regions/${r}/opportunities?${view}`),
      "opportunities (gzip)",
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  bundleSize();
}

await main();
