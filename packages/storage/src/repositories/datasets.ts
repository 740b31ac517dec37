// The data set catalogue: bundled sets (workspace_id null) and, later, each workspace's own.
import type { Queryable } from "../database.ts";

export interface DatasetRecord {
  readonly id: string;
  readonly workspaceId: string | null;
  readonly title: string;
  readonly kind: string;
  readonly metadata: Record<string, unknown>;
  readonly loadedAt: Date;
}

export type NewBundledDataset = Pick<DatasetRecord, "id" | "title" | "kind" | "metadata">;

/** The ids of the bundled data sets already registered. */
export async function listBundledDatasetIds(db: Queryable): Promise<string[]> {
  const rows = await db.selectFrom("datasets").select("id").where("workspace_id", "is", null).execute();
  return rows.map((row) => row.id);
}

/**
 * Registers bundled data sets in one statement: new ids are inserted, known ones get the current
 * title, kind, metadata and position (their loaded_at stays). An empty list does nothing.
 */
export async function upsertBundledDatasets(
  db: Queryable,
  datasets: readonly NewBundledDataset[],
  loadedAt: Date,
): Promise<void> {
  if (datasets.length === 0) return;
  await db
    .insertInto("datasets")
    .values(
      datasets.map((d, index) => ({
        id: d.id,
        workspace_id: null,
        title: d.title,
        kind: d.kind,
        metadata: JSON.stringify(d.metadata),
        sort_order: index,
        loaded_at: loadedAt,
      })),
    )
    .onConflict((oc) =>
      oc.column("id").doUpdateSet((eb) => ({
        title: eb.ref("excluded.title"),
        kind: eb.ref("excluded.kind"),
        metadata: eb.ref("excluded.metadata"),
        sort_order: eb.ref("excluded.sort_order"),
      })),
    )
    .execute();
}

/** The bundled data sets in catalogue order (the order of the last registration). */
export async function listBundledDatasets(db: Queryable): Promise<DatasetRecord[]> {
  return db
    .selectFrom("datasets")
    .select(["id", "workspace_id as workspaceId", "title", "kind", "metadata", "loaded_at as loadedAt"])
    .where("workspace_id", "is", null)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
}
