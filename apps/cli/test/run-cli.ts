// Test helper: runs the real `smartspec` bin in a child process, as a user would.
// SMARTSPEC_CLI may point the tests at another build of the same CLI.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

export const cliPath =
  process.env.SMARTSPEC_CLI ?? fileURLToPath(new URL("../bin/smartspec.mjs", import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `smartspec ...args` (cwd default: the test's temp folder); never rejects. */
export function smartspec(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      {
        cwd: options.cwd ?? tmpdir(),
        env: { ...process.env, SMARTSPEC_DEBUG: "", ...options.env },
        maxBuffer: 64 << 20,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh folder under os.tmpdir(), removed after the suite. */
export function tempDirectory(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `smartspec-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
