#!/usr/bin/env node
// The README's test command runs this: every check, in order, failing fast.
//   1. dependency rules (docs/ARCHITECTURE.md)   2. Biome lint + format   3. tsc --noEmit
//   4. Vitest (unit, property, golden, CLI end-to-end)
import { spawnSync } from "node:child_process";

const steps = [
  ["dependency rules", "node", ["scripts/check-dependency-rules.mjs"]],
  ["lint and format (Biome)", "npx", ["biome", "check", "."]],
  ["type check (tsc)", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]],
  ["tests (Vitest)", "npx", ["vitest", "run"]],
];

for (const [name, command, args] of steps) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, TZ: "UTC" } });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}
