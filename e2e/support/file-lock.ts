// A cross-process lock for the steps that must happen once per machine or per run (installing
// Chromium, building the data-directory template): Vitest runs e2e files in parallel workers.
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const pollMs = 200;

/** True when a process with this id is alive (signal 0 only checks, it delivers nothing). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function ownerOf(lockDir: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(join(lockDir, "pid"), "utf8"), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function modifiedAt(path: string): Promise<number> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return Date.now();
  }
}

/**
 * Runs `task` while holding the lock `name` (a directory in the OS temp folder: `mkdir` is
 * atomic). A lock left by a dead process is taken over. Waits at most `timeoutMs` (default
 * 10 minutes, the time an `apt-get install` may take) before failing with the lock's path.
 * Example: `await withFileLock("smartspec-e2e-chromium", () => installChromium())`.
 */
export async function withFileLock<T>(name: string, task: () => Promise<T>, timeoutMs = 600_000): Promise<T> {
  const lockDir = join(tmpdir(), `${name}.lock`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(join(lockDir, "pid"), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = await ownerOf(lockDir);
      // A lock without a pid file is being created right now, unless it is old: then its
      // maker died between the two steps.
      const orphan = owner === undefined && Date.now() - (await modifiedAt(lockDir)) > 60_000;
      if (orphan || (owner !== undefined && !processIsAlive(owner))) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for the lock ${lockDir} (held by ${owner})`);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
  try {
    return await task();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}
