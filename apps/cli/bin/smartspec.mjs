#!/usr/bin/env node
// `smartspec` command. Runs the bundled build of apps/cli (rebuilt when stale, see bundle.mjs);
// if it cannot be built, runs the TypeScript source through tsx (slower start, same behaviour).
// SMARTSPEC_NO_BUNDLE=1 forces the tsx path. A big input is run with huge pages (huge-pages.mjs).
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureBundle, entryPath } from "./bundle.mjs";
import { rerunWithHugePages } from "./huge-pages.mjs";

const rerun = rerunWithHugePages(fileURLToPath(import.meta.url));
if (rerun !== undefined) process.exit(rerun);

const bundle = process.env.SMARTSPEC_NO_BUNDLE === "1" ? undefined : await ensureBundle();
if (bundle !== undefined) {
  const { runCli } = await import(pathToFileURL(bundle).href);
  await runCli();
} else {
  const { register } = await import("tsx/esm/api");
  register();
  const { runCli } = await import(pathToFileURL(entryPath).href);
  await runCli();
}
