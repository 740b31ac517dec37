// Conformance of the workspace data set repository (migration 0002) on every dialect under test.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  deleteWorkspaceDataset,
  findWorkspaceDataset,
  insertWorkspace,
  insertWorkspaceDataset,
  listWorkspaceDatasets,
  readDatasetContent,
} from "../src/index.ts";
import { type TestDatabase, testDatabase, testDialects } from "../src/testing.ts";

describe.each(testDialects())("workspace data sets on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await testDatabase(dialect);
  });
  afterAll(() => database.close());

  test("stores, lists, reads back bytes exactly, and deletes with the content", async () => {
    const ws = (await insertWorkspace(database.db, { slug: "north", name: "North" }))!;
    const other = (await insertWorkspace(database.db, { slug: "south", name: "South" }))!;
    const bytes = new Uint8Array([0, 255, 10, 44, 200]);
    const at = new Date("2026-01-02T03:04:05.000Z");
    await insertWorkspaceDataset(
      database.db,
      {
        id: "upload-1",
        workspaceId: ws.id,
        title: "Jobs",
        metadata: { years: [2021] },
        bytes,
        checksum: "abc",
      },
      at,
    );
    expect((await listWorkspaceDatasets(database.db, [ws.id])).map((d) => d.id)).toEqual(["upload-1"]);
    expect(await listWorkspaceDatasets(database.db, [other.id])).toEqual([]);
    expect(await listWorkspaceDatasets(database.db, [])).toEqual([]);
    expect(await findWorkspaceDataset(database.db, "upload-1")).toMatchObject({
      title: "Jobs",
      workspaceId: ws.id,
      metadata: { years: [2021] },
      loadedAt: at,
    });
    expect(await readDatasetContent(database.db, "upload-1")).toEqual({ bytes, checksum: "abc" });
    expect(await deleteWorkspaceDataset(database.db, other.id, "upload-1")).toBe(false);
    expect(await deleteWorkspaceDataset(database.db, ws.id, "upload-1")).toBe(true);
    expect(await readDatasetContent(database.db, "upload-1")).toBeUndefined();
  });
});
