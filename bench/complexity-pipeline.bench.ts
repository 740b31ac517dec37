// Benchmark of issue #2: the whole `smartspec complexity` process (parse, RCA, M, ECI/PCI,
// proximity, density, COI, COG, write) on the world-trade data and on generated 3,000 x 1,000 and
// 250 x 5,000 matrices (40% non-zero). Wall time is the median of 3 runs of the real bin; memory
// is the process's peak RSS; the stage breakdown comes from the hidden --timings flag.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateLongMatrix } from "./generate-long-matrix.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "apps", "cli", "bin", "smartspec.mjs");
const out = join(root, "bench", "out");
const runs = Number(process.env.BENCH_RUNS ?? 3);

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly goalSeconds: number;
  /** A quarter of the best established tool's peak memory (issue #2). */
  readonly goalMiB: number;
}

interface StageTiming {
  readonly stage: string;
  readonly ms: number;
  readonly rssMiB: number;
  readonly heapMiB: number;
}

interface Run {
  readonly seconds: number;
  readonly maxRssMiB: number;
  readonly stages: readonly StageTiming[];
}

const columns = ["--region", "region", "--activity", "activity", "--value", "value"];

async function cases(): Promise<Case[]> {
  const large = join(out, "matrix-3000x1000.csv");
  const wide = join(out, "matrix-250x5000.csv");
  await generateLongMatrix(large, { regions: 3000, activities: 1000, density: 0.4, seed: 3000 });
  await generateLongMatrix(wide, { regions: 250, activities: 5000, density: 0.4, seed: 250 });
  return [
    {
      name: "world trade 226 x 785",
      args: ["--dataset", "world-trade-sitc2"],
      goalSeconds: 0.4,
      goalMiB: 179 / 4,
    },
    { name: "3,000 x 1,000", args: ["--input", large, ...columns], goalSeconds: 1.5, goalMiB: 800 / 4 },
    { name: "250 x 5,000", args: ["--input", wide, ...columns], goalSeconds: 3, goalMiB: 1000 / 4 },
  ];
}

function runOnce(benchCase: Case, index: number): Run {
  const target = join(out, `result-${index}`);
  // A fresh folder: replacing big files costs the file system extra work (freeing their blocks).
  rmSync(target, { recursive: true, force: true });
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [bin, "complexity", ...benchCase.args, "--out", target, "--timings"],
    {
      encoding: "utf8",
      maxBuffer: 16 << 20,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`${benchCase.name} failed:\n${child.stderr}`);
  const line = child.stderr.trim().split("\n").at(-1)!;
  const { timings } = JSON.parse(line) as { timings: { stages: StageTiming[]; maxRssMiB: number } };
  return { seconds, maxRssMiB: timings.maxRssMiB, stages: timings.stages };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fixed = (x: number, digits: number) => x.toFixed(digits);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "),
    )
    .join("\n");
}

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB; load average at start ${loadavg()[0]!.toFixed(2)} ` +
      "(other processes on the machine slow every number down).",
  );
  const all = await cases();
  // Builds the bundle of the complexity command if stale (freshness is checked per command).
  spawnSync(process.execPath, [bin, "complexity", "--help"]);
  const summary: string[][] = [
    ["data", "wall s (median)", "goal s", "peak MiB", "goal MiB", "time", "memory"],
  ];
  for (const [index, benchCase] of all.entries()) {
    const results = Array.from({ length: runs }, () => runOnce(benchCase, index));
    const seconds = median(results.map((r) => r.seconds));
    const medianRun = results.find((r) => r.seconds === seconds)!;
    const peak = Math.max(...results.map((r) => r.maxRssMiB));
    summary.push([
      benchCase.name,
      fixed(seconds, 2),
      fixed(benchCase.goalSeconds, 1),
      fixed(peak, 0),
      fixed(benchCase.goalMiB, 0),
      seconds <= benchCase.goalSeconds ? "met" : "missed",
      peak <= benchCase.goalMiB ? "met" : "missed",
    ]);
    console.log(`\n${benchCase.name}: runs ${results.map((r) => fixed(r.seconds, 2)).join(", ")} s`);
    console.log(
      table([
        ["stage (median run)", "ms", "RSS MiB", "heap MiB"],
        ...medianRun.stages.map((s) => [s.stage, fixed(s.ms, 1), fixed(s.rssMiB, 0), fixed(s.heapMiB, 0)]),
      ]),
    );
  }
  for (const index of all.keys()) rmSync(join(out, `result-${index}`), { recursive: true, force: true });
  console.log(`\nWhole process, median of ${runs} (goals from issue #2):\n${table(summary)}`);
}

await main();
