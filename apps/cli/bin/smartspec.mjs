#!/usr/bin/env node
// `smartspec` command. Runs the bundled build of apps/cli (rebuilt when stale, see bundle.mjs);
// if it cannot be built, runs the TypeScript source through tsx (slower start, same behaviour).
// SMARTSPEC_NO_BUNDLE=1 forces the tsx path.
import { pathToFileURL } from "node:url";
import { ensureBundle, entryPath } from "./bundle.mjs";

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
