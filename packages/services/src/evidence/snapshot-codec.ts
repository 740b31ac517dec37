// Snapshots are cached as gzip'd JSON bytes. Float64Arrays are written as { "$f64": [...] } with
// null for NaN (JSON has no NaN) and read back as Float64Arrays.
import { gunzipSync, gzipSync } from "node:zlib";
import type { EvidenceSnapshot } from "./snapshot-types.ts";

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Float64Array)
    return { $f64: Array.from(value, (x) => (Number.isFinite(x) ? x : null)) };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === "object" && "$f64" in value) {
    return Float64Array.from((value as { $f64: (number | null)[] }).$f64, (x) => x ?? Number.NaN);
  }
  return value;
}

/** The snapshot as gzip'd JSON. */
export function encodeSnapshot(snapshot: EvidenceSnapshot): Uint8Array {
  return gzipSync(JSON.stringify(snapshot, replacer), { level: 1 });
}

/** The snapshot written by `encodeSnapshot`. */
export function decodeSnapshot(bytes: Uint8Array): EvidenceSnapshot {
  return JSON.parse(gunzipSync(bytes).toString("utf8"), reviver) as EvidenceSnapshot;
}
