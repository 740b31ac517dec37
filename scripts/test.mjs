#!/usr/bin/env node
// The README's test command runs this: every check, in order, failing fast.
//   1. dependency rules (docs/ARCHITECTURE.md)   2. Biome lint + format   3. tsc --noEmit
//   4. Vitest (unit, property, golden, CLI end-to-end)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const resultsDir = mkdtempSync(join(tmpdir(), "smartspec-test-"));
const resultsFile = join(resultsDir, "vitest.json");

const steps = [
  ["dependency rules", "node", ["scripts/check-dependency-rules.mjs"]],
  ["lint and format (Biome)", "npx", ["biome", "check", "."]],
  ["type check (tsc)", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]],
  ["type check web UI (tsc)", "npx", ["tsc", "-p", "apps/web/tsconfig.json", "--noEmit"]],
  [
    "tests (Vitest)",
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${resultsFile}`],
  ],
];

for (const [name, command, args] of steps) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, TZ: "UTC" } });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`);
    summarise();
    process.exit(result.status ?? 1);
  }
}
summarise();

/** The plain closing line CI reads: "Tests: N passed, N failed, N skipped". */
function summarise() {
  try {
    const json = JSON.parse(readFileSync(resultsFile, "utf8"));
    const skipped = json.numPendingTests + json.numTodoTests;
    console.log(`\nTests: ${json.numPassedTests} passed, ${json.numFailedTests} failed, ${skipped} skipped`);
  } catch {
    // Vitest did not run (an earlier step failed): nothing to summarise.
  } finally {
    rmSync(resultsDir, { recursive: true, force: true });
  }
}
