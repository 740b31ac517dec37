// In-process test harness (hono's etag-test model: app.request, no socket): the real app over a
// fresh migrated database (PGlite always; PostgreSQL when TEST_DATABASE_URL is set, from
// @smartspec/storage/testing), a fixed clock the test can move, a captured log, and a tiny web
// UI folder for the static-file routes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPlatformContext, type PlatformContext } from "@smartspec/services";
import type { DatabaseDialect } from "@smartspec/storage";
import { testDatabase } from "@smartspec/storage/testing";
import { createApp } from "../../src/app.ts";
import type { App, AppConfig } from "../../src/app-env.ts";
import { createLogger } from "../../src/http/logger.ts";

export const publicUrl = "http://localhost:3000";
export const indexHtml =
  '<!doctype html><html><head><title>smartspec</title></head><body><div id="root"></div></body></html>';
export const assetJs = 'console.log("asset");';

export interface TestApp {
  readonly app: App;
  readonly platform: PlatformContext;
  readonly dialect: DatabaseDialect;
  /** The clock the use cases read; set `clock.now` to move time. */
  readonly clock: { now: Date };
  /** Every log line the app wrote (JSON). */
  readonly logs: string[];
  /** The folder served as the web UI (index.html, assets/app-abc123.js); its parent holds secret.txt. */
  readonly webRoot: string;
  /** Another app over the same database, with `config` overriding this one's. */
  appWith(config: Partial<AppConfig>): App;
  close(): Promise<void>;
}

/** A web UI folder inside a temp folder that also holds a file the server must never serve. */
function makeWebRoot(): { folder: string; webRoot: string } {
  const folder = mkdtempSync(join(tmpdir(), "smartspec-server-test-"));
  const webRoot = join(folder, "dist");
  mkdirSync(join(webRoot, "assets"), { recursive: true });
  writeFileSync(join(webRoot, "index.html"), indexHtml);
  writeFileSync(join(webRoot, "assets", "app-abc123.js"), assetJs);
  writeFileSync(join(folder, "secret.txt"), "TOP-SECRET-CONTENT");
  return { folder, webRoot };
}

/** The app on a new empty database; `config` overrides the test defaults. */
export async function testApp(
  dialect: DatabaseDialect = "pglite",
  config: Partial<AppConfig> = {},
): Promise<TestApp> {
  const database = await testDatabase(dialect);
  const clock = { now: new Date("2026-03-02T09:00:00.000Z") };
  const platform = createPlatformContext(database, {
    publicUrl,
    mailDelivery: "outbox",
    now: () => clock.now,
  });
  const logs: string[] = [];
  const logger = createLogger("info", { write: (line: string) => void logs.push(line) });
  const { folder, webRoot } = makeWebRoot();
  const baseConfig: AppConfig = { publicUrl, webRoot, trustProxy: true, debug: false, ...config };
  const appWith = (changes: Partial<AppConfig>) =>
    createApp({ platform, logger, config: { ...baseConfig, ...changes } });
  const app = appWith({});
  return {
    app,
    appWith,
    platform,
    dialect,
    clock,
    logs,
    webRoot,
    close: async () => {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
