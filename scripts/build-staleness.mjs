// Whether a build output is older than what it is built from, shared by the builds that run on
// demand at start-up (the CLI bundle, the server bundle, the web UI). Two ways:
// - isStale: a walk of the source folders, comparing every file's mtime with the output's;
// - stampsChanged: the build records the mtime of each file it read and of its configuration;
//   the check stats just those files (no directory listings), and any difference - older or
//   newer, a file gone, or one that was missing now there - means stale. Editing a file changes
//   its own mtime, not its folder's, so every file is stat'ed; a new file only matters once a
//   recorded file imports it, and that import is an edit of the recorded file.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

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

/** A file's path relative to `root` with forward slashes: the key of its stamp. */
export function stampKey(root, path) {
  return relative(root, path).split(sep).join("/");
}

/** The mtime of each file (absolute paths) keyed by stampKey; -1 for a missing file. */
export function stampFiles(root, files) {
  const stamps = {};
  for (const file of files)
    stamps[stampKey(root, file)] = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  return stamps;
}

/**
 * True when a stamped file (relative to `root`) has another mtime than recorded, or appeared or
 * went; `keys` picks the stamps to check (default: all).
 */
export function stampsChanged(root, stamps, keys = Object.keys(stamps)) {
  // Plain concatenation: path.join costs ~15 us a call in a cold process, as much as the stat.
  const prefix = root.endsWith(sep) ? root : root + sep;
  for (const key of keys) {
    if ((statSync(prefix + key, { throwIfNoEntry: false })?.mtimeMs ?? -1) !== stamps[key]) return true;
  }
  return false;
}
