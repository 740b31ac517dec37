// Results of long analyses, stored once under a key naming their inputs (input checksum + profile
// + parameters) so a request never recomputes them. Values are JSON or bytes.
import type { Queryable } from "../database.ts";

export type CachedValue = { readonly json: unknown } | { readonly bytes: Uint8Array };

/** The cached value under `key`, or undefined. Bytes come back as a Uint8Array on both dialects. */
export async function readCachedAnalysis(db: Queryable, key: string): Promise<CachedValue | undefined> {
  const row = await db
    .selectFrom("analysis_cache")
    .select(["value_json", "value_bytes"])
    .where("key", "=", key)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.value_bytes !== null) {
    const bytes = row.value_bytes;
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  }
  return { json: row.value_json };
}

/**
 * Stores `value` under `key` unless a value is already there (the same key means the same inputs,
 * so the first result stands). Returns true when this call stored it.
 */
export async function writeCachedAnalysis(
  db: Queryable,
  key: string,
  value: CachedValue,
  createdAt: Date,
): Promise<boolean> {
  const row = await db
    .insertInto("analysis_cache")
    .values({
      key,
      value_json: "json" in value ? JSON.stringify(value.json) : null,
      value_bytes: "bytes" in value ? value.bytes : null,
      created_at: createdAt,
    })
    .onConflict((oc) => oc.column("key").doNothing())
    .returning("key")
    .executeTakeFirst();
  return row !== undefined;
}
