// Data sets a workspace uploaded: a `datasets` row with the workspace id, and its content (the
// normalised long CSV) in `dataset_contents`. Both are written in one transaction by the caller.
import type { Queryable } from "../database.ts";
import type { DatasetRecord } from "./datasets.ts";

export interface NewWorkspaceDataset {
  readonly id: string;
  readonly workspaceId: string;
  readonly title: string;
  readonly metadata: Record<string, unknown>;
  readonly bytes: Uint8Array;
  /** sha256 (hex) of `bytes`. */
  readonly checksum: string;
}

/** Stores an uploaded data set (kind "region-activity") and its content. */
export async function insertWorkspaceDataset(
  db: Queryable,
  dataset: NewWorkspaceDataset,
  loadedAt: Date,
): Promise<void> {
  await db
    .insertInto("datasets")
    .values({
      id: dataset.id,
      workspace_id: dataset.workspaceId,
      title: dataset.title,
      kind: "region-activity",
      metadata: JSON.stringify(dataset.metadata),
      loaded_at: loadedAt,
    })
    .execute();
  await db
    .insertInto("dataset_contents")
    .values({
      dataset_id: dataset.id,
      checksum: dataset.checksum,
      bytes: dataset.bytes,
      created_at: loadedAt,
    })
    .execute();
}

/** The data sets of these workspaces, newest first. An empty list gives []. */
export async function listWorkspaceDatasets(
  db: Queryable,
  workspaceIds: readonly string[],
): Promise<DatasetRecord[]> {
  if (workspaceIds.length === 0) return [];
  return db
    .selectFrom("datasets")
    .select(["id", "workspace_id as workspaceId", "title", "kind", "metadata", "loaded_at as loadedAt"])
    .where("workspace_id", "in", workspaceIds)
    .orderBy("loaded_at", "desc")
    .orderBy("id")
    .execute();
}

/** The workspace data set `id`, or undefined (bundled sets are not returned). */
export async function findWorkspaceDataset(db: Queryable, id: string): Promise<DatasetRecord | undefined> {
  return db
    .selectFrom("datasets")
    .select(["id", "workspace_id as workspaceId", "title", "kind", "metadata", "loaded_at as loadedAt"])
    .where("id", "=", id)
    .where("workspace_id", "is not", null)
    .executeTakeFirst();
}

/** The stored content of data set `id` and its checksum, or undefined. */
export async function readDatasetContent(
  db: Queryable,
  id: string,
): Promise<{ readonly bytes: Uint8Array; readonly checksum: string } | undefined> {
  const row = await db
    .selectFrom("dataset_contents")
    .select(["bytes", "checksum"])
    .where("dataset_id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const b = row.bytes;
  return { bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength), checksum: row.checksum };
}

/** Deletes data set `id` of `workspaceId` (its content goes with it). True when a row was deleted. */
export async function deleteWorkspaceDataset(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("datasets")
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
