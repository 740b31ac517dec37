#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts through tsx, one after the other, in its own
// process (so one benchmark's memory never counts against another's).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const only = process.argv[2];
const files = readdirSync(join(root, "bench"))
  .filter((name) => name.endsWith(".bench.ts") && (only === undefined || name.includes(only)))
  .sort();

for (const file of files) {
  console.log(`== bench/${file}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", join(root, "bench", file)], {
    stdio: "inherit",
    cwd: root,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
