// Benchmark of the importer (issue #3): the whole `smartspec import` process on a generated long
// CSV of 10^7 rows (2,000 regions x 5,000 activities, every cell present, about 190 MB): parse,
// check every field, find repeated cells, write the normalised CSV. Wall time is the median of
// BENCH_RUNS runs (default 3) of the real bin; memory is the process's peak RSS (--timings).
// The input and outputs live in a temporary folder that is removed at the end.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateLongMatrix } from "./generate-long-matrix.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "apps", "cli", "bin", "smartspec.mjs");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const regions = 2000;
const activities = 5000;
const rows = regions * activities;

interface Run {
  readonly seconds: number;
  readonly maxRssMiB: number;
  readonly stages: readonly { readonly stage: string; readonly ms: number; readonly rssMiB: number }[];
}

function runOnce(input: string, out: string): Run {
  rmSync(out, { force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, [bin, "import", input, "--out", out, "--timings"], {
    encoding: "utf8",
    maxBuffer: 16 << 20,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`import failed:\n${child.stdout}\n${child.stderr}`);
  const { timings } = JSON.parse(child.stderr.trim().split("\n").at(-1)!) as { timings: Run };
  return { seconds, maxRssMiB: timings.maxRssMiB, stages: timings.stages };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB; load average at start ${loadavg()[0]!.toFixed(2)}.`,
  );
  const folder = mkdtempSync(join(tmpdir(), "smartspec-bench-import-"));
  try {
    const input = join(folder, "long-10M.csv");
    const generated = performance.now();
    await generateLongMatrix(input, { regions, activities, density: 1, seed: 10 });
    const megabytes = statSync(input).size / 2 ** 20;
    console.log(
      `Generated ${rows.toLocaleString("en-GB")} rows (${megabytes.toFixed(0)} MiB) in ` +
        `${((performance.now() - generated) / 1000).toFixed(1)} s.`,
    );
    spawnSync(process.execPath, [bin, "--version"]); // builds the CLI bundle if stale
    const results = Array.from({ length: runs }, () => runOnce(input, join(folder, "out.csv")));
    const seconds = median(results.map((r) => r.seconds));
    const medianRun = results.find((r) => r.seconds === seconds)!;
    const peak = Math.max(...results.map((r) => r.maxRssMiB));
    console.log(`runs ${results.map((r) => r.seconds.toFixed(2)).join(", ")} s`);
    for (const stage of medianRun.stages) {
      console.log(`  stage ${stage.stage}: ${stage.ms.toFixed(0)} ms, RSS ${stage.rssMiB.toFixed(0)} MiB`);
    }
    console.log(
      `\nimport of ${rows.toLocaleString("en-GB")} rows, median of ${runs}: ${seconds.toFixed(2)} s, ` +
        `${Math.round(rows / seconds).toLocaleString("en-GB")} rows/s, ` +
        `${(megabytes / seconds).toFixed(0)} MiB/s, peak RSS ${peak.toFixed(0)} MiB.`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
