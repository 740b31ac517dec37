// The current build of the CLI (bundle.mjs makes it) and whether it is fresh for this run. A run
// can only load the entry chunks and the chunks of commands it names in its arguments (main.ts
// finds a command by an argument's text: `complexity ...`, `help complexity`), so only their
// files are checked: editing survey code does not rebuild for `complexity`, whose run executes
// only code built from unchanged sources. `--help` checks ~20 files: the entry chunks' and the
// build configuration.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stampsChanged } from "../../../scripts/build-staleness.mjs";

const cliRoot = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = join(cliRoot, "..", "..");
export const distDir = join(cliRoot, "dist");
/** Names the current build folder and the mtime of every file it was made of (see bundle.mjs). */
export const currentFile = "current.json";
export const entryName = "cli-entry.mjs";

/**
 * The entry file of the current build when it is fresh for a run with these arguments; undefined
 * when there is no build or a file the run could load has changed.
 */
export function freshEntry(args, dist = distDir) {
  let build, stamps, keys;
  try {
    let entry, commands;
    ({ build, stamps, entry, commands } = JSON.parse(readFileSync(join(dist, currentFile), "utf8")));
    keys = [...entry];
    for (const arg of args) if (Object.hasOwn(commands, arg)) keys.push(...commands[arg]);
  } catch {
    return undefined; // none yet, or written by an older bundle.mjs
  }
  return stampsChanged(repoRoot, stamps, keys) ? undefined : join(dist, build, entryName);
}
