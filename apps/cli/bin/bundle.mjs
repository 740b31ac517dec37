// Keeps apps/cli/dist/smartspec.mjs, the one-file ESM build of the CLI, up to date
// (docs/decisions/0002-cli-bundle.md). Loading it takes a few ms where tsx takes ~350 ms.
// It is rebuilt when missing or older than any file it bundles (a cheap mtime walk), written
// to a temporary name and renamed, so CLI processes started in parallel never see half a file.
import { renameSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isStale } from "../../../scripts/build-staleness.mjs";

const cliRoot = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = join(cliRoot, "..", "..");
export const bundlePath = join(cliRoot, "dist", "smartspec.mjs");
export const entryPath = join(cliRoot, "src", "cli-entry.ts");

/** Everything the bundle is made of: a change to any of these makes it stale. */
const sources = [
  join(cliRoot, "src"),
  join(cliRoot, "package.json"),
  join(cliRoot, "bin", "bundle.mjs"),
  join(repoRoot, "scripts", "build-staleness.mjs"),
  ...["analytics", "data", "domain", "services", "storage"].flatMap((name) => [
    join(repoRoot, "packages", name, "src"),
    join(repoRoot, "packages", name, "package.json"),
  ]),
  join(repoRoot, "package-lock.json"),
];

/** True when the output is missing or older than a source. */
export function bundleIsStale() {
  return isStale(bundlePath, sources);
}

/**
 * esbuild plugin: in workspace sources, `import.meta.url` keeps meaning the source file (the data
 * package finds its data files next to its source), written relative to the bundle so a moved
 * checkout still works.
 */
export const sourceUrls = {
  name: "source-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /[\\/](packages|apps)[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return { contents: text, loader: "ts" };
      const fromBundle = relative(dirname(bundlePath), args.path).split("\\").join("/");
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return { contents: text.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

/** Builds the bundle (esbuild must be installed); resolves to its path. */
export async function buildBundle() {
  const { build } = await import("esbuild");
  const temporary = `${bundlePath}.${process.pid}.tmp`;
  await build({
    entryPoints: [entryPath],
    outfile: temporary,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    // A native addon and a wasm engine that loads files next to itself cannot be inlined; CommonJS
    // packages that require Node built-ins at run time (exceljs, graphology) stay external too.
    external: [
      "@node-rs/argon2",
      "@electric-sql/pglite",
      "pg",
      "exceljs",
      "graphology",
      "graphology-layout-forceatlas2",
      "graphology-metrics",
    ],
    plugins: [sourceUrls],
  });
  renameSync(temporary, bundlePath);
  return bundlePath;
}

/** The bundle's path, rebuilt first when stale; undefined when it cannot be built. */
export async function ensureBundle() {
  if (!bundleIsStale()) return bundlePath;
  try {
    return await buildBundle();
  } catch {
    return undefined;
  }
}
