// The version hash of an instrument: sha256 of its canonical JSON (object keys sorted at every
// level), so the same instrument saved twice, with keys in another order, is the same version.
import { createHash } from "node:crypto";

/** Canonical JSON text: keys sorted, no spaces. Example: `{"b":1,"a":[2]}` -> `{"a":[2],"b":1}`. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** sha256 (hex) of the canonical JSON. */
export function instrumentHash(instrument: unknown): string {
  return createHash("sha256").update(canonicalJson(instrument)).digest("hex");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
