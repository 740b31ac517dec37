// Whether a build output is older than what it is built from: a cheap mtime walk, shared by the
// builds that run on demand at start-up (the CLI bundle, the server bundle, the web UI).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The newest modification time under `path` (a file or a folder, walked); 0 when it is missing. */
function newestModification(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, name)));
  return newest;
}

/** True when `output` is missing or older than any of `sources` (files or folders). */
export function isStale(output, sources) {
  let built;
  try {
    built = statSync(output).mtimeMs;
  } catch {
    return true;
  }
  return sources.some((source) => newestModification(source) > built);
}
