// openPlatform, the entry for callers that must not import storage (the CLI, the server's main).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareTestDataDir } from "@smartspec/storage/testing";
import { expect, test } from "vitest";
import { createFirstOwner, logIn, openPlatform } from "../../src/platform/index.ts";
import { goodPassword } from "./platform-fixture.ts";

test("opens a PGlite data directory, migrates, and keeps accounts across a restart", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "smartspec-platform-"));
  try {
    await prepareTestDataDir(dataDir);
    const first = await openPlatform({ dataDir, publicUrl: "http://localhost:3000/" });
    expect([first.appliedMigrations, first.publicUrl, first.mailDelivery, first.database.dialect]).toEqual([
      [],
      "http://localhost:3000",
      "outbox",
      "pglite",
    ]);
    await createFirstOwner(first, { email: "ann@example.org", password: goodPassword });
    await first.close();
    const second = await openPlatform({ dataDir, publicUrl: "http://localhost:3000" });
    expect((await logIn(second, { email: "ann@example.org", password: goodPassword })).user.isAdmin).toBe(
      true,
    );
    await second.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
