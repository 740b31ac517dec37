#!/usr/bin/env node
// `smartspec` command. Runs the bundled build of apps/cli, rebuilt first when a file this run
// could load changed (current-build.mjs, bundle.mjs); if it cannot be built, runs the TypeScript
// source through tsx (slower start, same behaviour). SMARTSPEC_NO_BUNDLE=1 forces the tsx path.
import { pathToFileURL } from "node:url";
import { freshEntry } from "./current-build.mjs";

async function build() {
  try {
    return await (await import("./bundle.mjs")).buildBundle();
  } catch {
    return undefined; // esbuild missing, or a source that does not compile mid-edit
  }
}

const bundled = process.env.SMARTSPEC_NO_BUNDLE !== "1";
const entry = bundled ? (freshEntry(process.argv.slice(2)) ?? (await build())) : undefined;
if (entry !== undefined) {
  const { runCli } = await import(pathToFileURL(entry).href);
  await runCli();
} else {
  const { register } = await import("tsx/esm/api");
  register();
  const { runCli } = await import(new URL("../src/cli-entry.ts", import.meta.url).href);
  await runCli();
}
