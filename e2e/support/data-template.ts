// The instance every test file starts from, made once per Vitest run: the first owner created by
// the real CLI (`smartspec admin create`), then one server start (migrations, bundled data, a
// build of apps/web when it is stale, and the bundled explorer views computed and cached). A new PGlite directory costs 7-15 s and the CLI several
// more; a copy of this one well under a second. Keyed by the Vitest main process (the parent of
// every fork worker) and built behind a lock, so parallel files build it once.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AdminAccount, createAdminByCli } from "./admin-cli.ts";
import { processIsAlive, withFileLock } from "./file-lock.ts";
import { freePort } from "./free-port.ts";
import { startServerProcess } from "./server-process.ts";

const prefix = "smartspec-e2e-template-";

export interface InstanceTemplate {
  /** The initialised data directory: copy it, never write to it. */
  readonly dataDir: string;
  /** The first owner the CLI created in it (a new random password every run). */
  readonly owner: AdminAccount;
}

/** A strong random password: there is no default password anywhere, so every run makes its own. */
export function newPassword(): string {
  return `E2e-${randomBytes(12).toString("base64url")}`;
}

async function removeTemplatesOfFinishedRuns(): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (name.startsWith(prefix) && Number.isFinite(pid) && !processIsAlive(pid)) {
      await rm(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

async function buildTemplate(root: string): Promise<void> {
  const dataDir = join(root, "data");
  await rm(root, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const owner: AdminAccount = {
    email: "olive.owner@example.test",
    password: newPassword(),
    name: "Olive Owner",
    workspaceName: "North East Evidence",
  };
  await createAdminByCli(dataDir, owner);
  // Under the lock, so parallel test files never build apps/web at the same time.
  const server = await startServerProcess({ port: await freePort(), dataDir, startTimeoutMs: 240_000 });
  // The server prepares the bundled explorer views after it starts; waiting for them stores their
  // snapshots in the template, so each test's server reads them back instead of running the engine
  // (seconds of CPU) while its journey runs.
  await server.waitForLog("explorer views prepared", 300_000);
  await server.stop();
  await writeFile(join(root, "owner.json"), JSON.stringify(owner));
}

/** This run's template, built on first use. */
export async function instanceTemplate(): Promise<InstanceTemplate> {
  const root = join(tmpdir(), `${prefix}${process.ppid}`);
  const ownerFile = join(root, "owner.json");
  if (!existsSync(ownerFile)) {
    await withFileLock("smartspec-e2e-template", async () => {
      if (existsSync(ownerFile)) return;
      await removeTemplatesOfFinishedRuns();
      await buildTemplate(root);
    });
  }
  const owner = JSON.parse(await readFile(ownerFile, "utf8")) as AdminAccount;
  return { dataDir: join(root, "data"), owner };
}

/** A fresh copy of the template for one server, in a new temporary folder. */
export async function freshInstance(): Promise<InstanceTemplate & { remove: () => Promise<void> }> {
  const template = await instanceTemplate();
  const root = await mkdtemp(join(tmpdir(), "smartspec-e2e-data-"));
  const dataDir = join(root, "data");
  await cp(template.dataDir, dataDir, { recursive: true });
  return { dataDir, owner: { ...template.owner }, remove: () => rm(root, { recursive: true, force: true }) };
}
