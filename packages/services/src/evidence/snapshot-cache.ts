// One engine run per view, ever: a request reads the snapshot from (1) this process's small
// memory cache, else (2) the analysis_cache row under the view's key, else (3) computes it and
// stores it. Concurrent first requests in one process share one promise; across processes the
// first stored row wins (the same key means the same inputs, so either result is the same).
import { createHash } from "node:crypto";
import { readCachedAnalysis, writeCachedAnalysis } from "@smartspec/storage";
import { engineVersion } from "../pipeline/engine-version.ts";
import type { PlatformContext } from "../platform/platform-context.ts";
import { computeSnapshot } from "./compute-snapshot.ts";
import type { EvidenceSource } from "./evidence-source.ts";
import { decodeSnapshot, encodeSnapshot } from "./snapshot-codec.ts";
import type { EvidenceSnapshot, EvidenceView } from "./snapshot-types.ts";

/** Bumped when the snapshot's shape or content changes, so old rows are not read. */
const snapshotFormat = 1;
const memoryLimit = 6;
const memory = new Map<string, EvidenceSnapshot>();
const inFlight = new Map<string, Promise<EvidenceSnapshot>>();
let engineRuns = 0;

/** How many snapshots this process computed (tests and benchmarks count engine runs). */
export function evidenceEngineRuns(): number {
  return engineRuns;
}

/** Forgets the in-process copies (tests: to show the stored row is read). */
export function clearEvidenceMemory(): void {
  memory.clear();
}

/** sha256 of the input checksum, the view and the engine version. */
export function snapshotKey(source: EvidenceSource, view: EvidenceView): string {
  const parts = [
    "evidence-snapshot",
    snapshotFormat,
    source.checksum(),
    view.dataset,
    view.level,
    view.year,
    view.regionLevel ?? "",
    view.profile,
    engineVersion(),
  ];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

function remember(key: string, snapshot: EvidenceSnapshot): EvidenceSnapshot {
  memory.delete(key);
  memory.set(key, snapshot);
  while (memory.size > memoryLimit) memory.delete(memory.keys().next().value!);
  return snapshot;
}

async function readOrCompute(
  ctx: PlatformContext,
  source: EvidenceSource,
  view: EvidenceView,
  key: string,
): Promise<EvidenceSnapshot> {
  const stored = await readCachedAnalysis(ctx.database.db, key);
  if (stored !== undefined && "bytes" in stored) return decodeSnapshot(stored.bytes);
  engineRuns++;
  const snapshot = await computeSnapshot(source, view);
  await writeCachedAnalysis(ctx.database.db, key, { bytes: encodeSnapshot(snapshot) }, ctx.now());
  return snapshot;
}

/**
 * The snapshot of `view` (see the module comment). Example:
 * `await evidenceSnapshot(ctx, source, { dataset: "uk-bres-itl2", year: 2021, level: "subclass",
 * regionLevel: null, profile: "smartspec" })`.
 */
export async function evidenceSnapshot(
  ctx: PlatformContext,
  source: EvidenceSource,
  view: EvidenceView,
): Promise<EvidenceSnapshot> {
  const key = snapshotKey(source, view);
  const known = memory.get(key);
  if (known !== undefined) return remember(key, known);
  let pending = inFlight.get(key);
  if (pending === undefined) {
    pending = readOrCompute(ctx, source, view, key).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return remember(key, await pending);
}
