// Instance settings: one JSON value per key.
import type { Queryable } from "../database.ts";

/** Every stored setting as key -> parsed JSON value. */
export async function readSettings(db: Queryable): Promise<Record<string, unknown>> {
  const rows = await db.selectFrom("settings").select(["key", "value"]).execute();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

/** Stores `value` (any JSON value) under `key`, replacing what was there. */
export async function writeSetting(db: Queryable, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto("settings")
    .values({ key, value: json })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: json }))
    .execute();
}
