// Writes a synthetic region x activity data set in long layout for the benchmarks: a seeded
// (mulberry32) share of non-zero cells with heavy-tailed values, regions and activities of
// varying size, so RCA, presence and complexity look like real data rather than noise.
import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { dirname } from "node:path";

export interface GeneratedMatrix {
  readonly regions: number;
  readonly activities: number;
  /** Share of cells that are non-zero (a row in the file). */
  readonly density: number;
  readonly seed: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `path` (region,activity,value) unless it exists; resolves to the number of rows. */
export async function generateLongMatrix(path: string, spec: GeneratedMatrix): Promise<number> {
  if (existsSync(path)) return -1;
  mkdirSync(dirname(path), { recursive: true });
  const random = mulberry32(spec.seed);
  const regionSize = Array.from({ length: spec.regions }, () => Math.exp(3 * random()));
  const activitySize = Array.from({ length: spec.activities }, () => Math.exp(3 * random()));
  const width = String(spec.activities).length + 1;
  const temporary = `${path}.tmp`;
  const out = createWriteStream(temporary);
  let chunk = "region,activity,value\n";
  let rows = 0;
  for (let r = 0; r < spec.regions; r++) {
    const region = `R${String(r).padStart(5, "0")}`;
    for (let p = 0; p < spec.activities; p++) {
      if (random() >= spec.density) continue;
      const value = Math.max(
        1,
        Math.round(regionSize[r]! * activitySize[p]! * -Math.log(1 - random()) * 100),
      );
      chunk += `${region},${String(p).padStart(width, "0")},${value}\n`;
      rows++;
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
        chunk = "";
      }
    }
  }
  out.write(chunk);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  renameSync(temporary, path);
  return rows;
}
