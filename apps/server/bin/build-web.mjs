// Keeps apps/web/dist up to date for `npm start`: rebuilt with Vite when missing or older than any
// of its sources (a cheap mtime walk, like apps/cli/bin/bundle.mjs). The build goes to a
// temporary folder that replaces dist in one rename, under a lock folder, so servers started in
// parallel (e2e tests) neither build twice at once nor serve half a build.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isStale } from "../../../scripts/build-staleness.mjs";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const webRoot = join(repoRoot, "apps", "web");
export const webDist = join(webRoot, "dist");
const lock = join(webRoot, ".build-lock");
/** A lock older than this was left by a build that died. */
const staleLockMs = 5 * 60_000;

/** Everything the UI build is made of. */
const sources = [
  join(webRoot, "src"),
  join(webRoot, "public"),
  join(webRoot, "index.html"),
  join(webRoot, "vite.config.ts"),
  join(webRoot, "package.json"),
  join(repoRoot, "packages", "domain", "src"),
  join(repoRoot, "packages", "analytics", "src"),
  join(repoRoot, "package-lock.json"),
];

/** True when the output is missing or older than a source. */
export function webBuildIsStale() {
  return isStale(join(webDist, "index.html"), sources);
}

function takeLock() {
  const deadline = Date.now() + staleLockMs;
  for (;;) {
    try {
      mkdirSync(lock);
      return true;
    } catch {
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released between the two calls
      }
      if (age > staleLockMs) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) return false;
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

function runVite(outDir) {
  const vite = join(repoRoot, "node_modules", "vite", "bin", "vite.js");
  const args = existsSync(vite)
    ? [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"]
    : undefined;
  // Always the production build: a server started from a test run (Vitest sets NODE_ENV=test)
  // must serve what users get, not React's development bundle.
  const env = { ...process.env, NODE_ENV: "production" };
  const result = args
    ? spawnSync(process.execPath, args, { cwd: webRoot, stdio: "inherit", env })
    : spawnSync("npm", ["run", "build", "-w", "@smartspec/web", "--", "--outDir", outDir], {
        cwd: repoRoot,
        stdio: "inherit",
        env,
      });
  return result.status === 0;
}

/**
 * Builds the UI when stale. Resolves to a message for the person starting the server, or
 * undefined when dist is fine. A failed build leaves the previous dist (if any) in place.
 */
export function ensureWebBuild(log = (text) => process.stderr.write(`${text}\n`)) {
  if (!webBuildIsStale()) return;
  if (!takeLock()) return log("smartspec: another process is building the web UI; serving what is there.");
  try {
    if (!webBuildIsStale()) return; // built by the process that held the lock
    log("smartspec: building the web UI (apps/web) ...");
    const started = Date.now();
    const temporary = join(webRoot, `dist.tmp-${process.pid}`);
    if (!runVite(temporary)) {
      rmSync(temporary, { recursive: true, force: true });
      return log("smartspec: the web UI build failed (see above); the API still works.");
    }
    const old = join(webRoot, `dist.old-${process.pid}`);
    if (existsSync(webDist)) renameSync(webDist, old);
    renameSync(temporary, webDist);
    rmSync(old, { recursive: true, force: true });
    log(`smartspec: web UI built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
