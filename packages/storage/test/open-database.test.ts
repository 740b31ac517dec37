// Opening each engine: PGlite on disk survives a reopen; PostgreSQL servers starting together
// migrate once; bad targets fail with the reason.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { findMemberWorkspace, insertWorkspace, migrateToLatest, openDatabase } from "../src/index.ts";
import { prepareTestDataDir, testDialects } from "../src/testing.ts";

describe("openDatabase", () => {
  test("PGlite in a data directory keeps its rows across a reopen", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "smartspec-storage-"));
    try {
      await prepareTestDataDir(dataDir);
      const first = await openDatabase({ dataDir });
      expect(await migrateToLatest(first)).toEqual([]);
      const created = await insertWorkspace(first.db, { slug: "kept", name: "Kept" });
      await first.close();
      const second = await openDatabase({ dataDir });
      const row = await second.db
        .selectFrom("workspaces")
        .selectAll()
        .where("slug", "=", "kept")
        .executeTakeFirst();
      expect(row?.id).toBe(created?.id);
      expect(await findMemberWorkspace(second.db, "kept", created?.id ?? "")).toBeUndefined();
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("without a target it says what it needs", async () => {
    await expect(openDatabase({})).rejects.toThrow(
      "openDatabase needs a databaseUrl, a dataDir, or memory: true",
    );
  });

  test("a schema name that is not a plain identifier is refused before connecting", async () => {
    await expect(
      openDatabase({ databaseUrl: "postgres://127.0.0.1:1/x", schema: "x; drop" }),
    ).rejects.toThrow('Schema name "x; drop" must be a lower-case identifier (a-z, 0-9, _)');
  });

  test("an unreachable PostgreSQL server fails at open, not at the first query", async () => {
    await expect(openDatabase({ databaseUrl: "postgres://postgres@127.0.0.1:1/none" })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });
});

const databaseUrl = process.env.TEST_DATABASE_URL;

// PostgreSQL-only behaviour (run when TEST_DATABASE_URL is set); the conformance suite covers the
// shared queries on both engines.
describe.each(testDialects().filter((d) => d === "postgres"))("%s servers starting together", () => {
  test("three processes migrating one database at once apply each migration once", async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const handles = await Promise.all(
      [1, 2, 3].map(() => openDatabase({ databaseUrl: databaseUrl!, schema })),
    );
    try {
      const applied = await Promise.all(handles.map(migrateToLatest));
      expect(applied.flat().sort()).toEqual([
        "0001-platform",
        "0002-workspace-datasets",
        "0003-surveys",
        "0004-survey-coding",
        "0005-survey-variants",
        "0006-anonymous-batches",
      ]);
      expect(await insertWorkspace(handles[0]!.db, { slug: "one", name: "One" })).toMatchObject({
        slug: "one",
      });
    } finally {
      await Promise.all(handles.map((h) => h.close()));
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    }
  });
});
