#!/usr/bin/env node
// `npm start`: builds the web UI when it is missing or stale (build-web.mjs), then runs the
// server's composition root (src/main.ts) from its esbuild bundle (bundle.mjs), or through tsx
// when the bundle cannot be built. SMARTSPEC_SKIP_WEB_BUILD=1 skips the UI build (benchmarks,
// API-only runs); SMARTSPEC_NO_BUNDLE=1 forces tsx.
import { pathToFileURL } from "node:url";
import { ensureWebBuild } from "./build-web.mjs";
import { ensureBundle, entryPath } from "./bundle.mjs";

if (process.env.SMARTSPEC_SKIP_WEB_BUILD !== "1") ensureWebBuild();

const bundle = process.env.SMARTSPEC_NO_BUNDLE === "1" ? undefined : await ensureBundle();
if (bundle === undefined) {
  const { register } = await import("tsx/esm/api");
  register();
}
const { main } = await import(pathToFileURL(bundle ?? entryPath).href);
const code = await main();
if (code !== undefined) process.exitCode = code;
