// Builds apps/cli into dist (docs/decisions/0002-cli-bundle.md); the bin calls it when
// current-build.mjs finds no fresh build. The build is split: entry chunks (argument dispatch,
// help), a chunk per command module of the command table, and shared chunks, so a run loads only
// its command's libraries.
// Each build is a folder that never changes once in place (dist/build-*): esbuild writes a
// temporary folder, which is renamed, then dist/current.json is replaced by a rename. A process
// reads current.json once and takes all its chunks from that folder, so a rebuild by a parallel
// process never mixes two builds. Folders a newer build replaced are removed an hour later (a
// long run may still load a chunk from its own); current.json lists them with that time.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stampFiles, stampKey } from "../../../scripts/build-staleness.mjs";
import { currentFile, distDir, entryName, repoRoot } from "./current-build.mjs";

const cliRoot = fileURLToPath(new URL("..", import.meta.url));
export const entryPath = join(cliRoot, "src", "cli-entry.ts");
const keepRetiredMs = 60 * 60_000;

/**
 * What the build depends on besides the files esbuild reads (those are stamped as they are read):
 * the build scripts, package manifests (exports, dependencies) and the TypeScript settings.
 */
const configurationFiles = [
  join(cliRoot, "package.json"),
  join(cliRoot, "bin", "bundle.mjs"),
  join(cliRoot, "bin", "current-build.mjs"),
  join(repoRoot, "scripts", "build-staleness.mjs"),
  ...["analytics", "data", "domain", "services", "storage"].map((name) =>
    join(repoRoot, "packages", name, "package.json"),
  ),
  join(repoRoot, "package-lock.json"),
  join(repoRoot, "tsconfig.json"),
  join(repoRoot, "tsconfig.base.json"),
];

// A native addon and a wasm engine that loads files next to itself cannot be inlined; CommonJS
// packages that require Node built-ins at run time (exceljs, graphology) stay external too.
const external = [
  "@node-rs/argon2",
  "@electric-sql/pglite",
  "pg",
  "exceljs",
  "graphology",
  "graphology-layout-forceatlas2",
  "graphology-metrics",
];

const workspaceSource = /[\\/](packages|apps)[\\/][^\\/]+[\\/]src[\\/]/;

/**
 * esbuild plugin: workspace sources are free of import-time side effects (checked: no module runs
 * code at its top level beyond building constants), as domain and analytics declare in their
 * package.json. Without this, importing one name from @smartspec/services keeps every module of
 * the package and the libraries they import (pdfkit, kysely, zod...) in every chunk: the entry
 * chunk alone was 4 MB.
 */
const sideEffectFreeWorkspace = {
  name: "side-effect-free-workspace",
  setup(build) {
    const again = Symbol("resolving");
    build.onResolve({ filter: /\.ts$|^@smartspec\// }, async (args) => {
      if (args.pluginData === again || !workspaceSource.test(args.importer)) return undefined;
      const { importer, namespace, resolveDir, kind, with: attributes } = args;
      const resolved = await build.resolve(args.path, {
        importer,
        namespace,
        resolveDir,
        kind,
        with: attributes,
        pluginData: again,
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (resolved.external || !workspaceSource.test(resolved.path) || resolved.path.includes("node_modules"))
        return { path: resolved.path, external: resolved.external, namespace: resolved.namespace };
      return { path: resolved.path, sideEffects: false };
    });
  },
};

/**
 * esbuild plugin for workspace files (not node_modules): stamps each file's mtime just before it
 * is read (an edit during the build then shows as a changed stamp), and keeps `import.meta.url`
 * meaning the source file (the data package finds its data files next to its source), written
 * relative to `outDir` so a moved checkout still works.
 */
function workspaceFiles(outDir, stamps) {
  return {
    name: "workspace-files",
    setup(build) {
      build.onLoad({ filter: /[\\/](packages|apps)[\\/][^\\/]+[\\/]/ }, async (args) => {
        if (args.path.includes("node_modules")) return undefined;
        const file = await open(args.path);
        let text;
        try {
          stamps[stampKey(repoRoot, args.path)] = (await file.stat()).mtimeMs;
          text = await file.readFile("utf8");
        } finally {
          await file.close();
        }
        if (args.path.endsWith(".json")) return { contents: text, loader: "json" };
        const loader = args.path.endsWith(".ts") ? "ts" : "js";
        if (!text.includes("import.meta.url")) return { contents: text, loader };
        const fromOutput = relative(outDir, args.path).split("\\").join("/");
        const url = `new URL(${JSON.stringify(fromOutput)}, import.meta.url).href`;
        return { contents: text.replaceAll("import.meta.url", url), loader };
      });
    },
  };
}

/**
 * The stamp keys each run checks (current-build.mjs): `entry`, what every run may load (the
 * configuration and the entry chunks with everything they import, except command chunks), and
 * for each command what its chunk may load besides. `chunkOf`: each command's chunk, or
 * undefined when the build could not tell (the command then checks every file).
 */
function runFiles(metafile, configurationKeys, chunkOf) {
  const outputs = new Map(Object.entries(metafile.outputs).map(([path, output]) => [basename(path), output]));
  const commandChunks = new Set(Object.values(chunkOf));
  const reach = (start, intoCommands) => {
    const chunks = new Set();
    const todo = [start];
    while (todo.length > 0) {
      const chunk = todo.pop();
      if (chunks.has(chunk)) continue;
      chunks.add(chunk);
      for (const { path, kind, external } of outputs.get(chunk).imports) {
        const target = basename(path);
        if (external || (!intoCommands && kind === "dynamic-import" && commandChunks.has(target))) continue;
        todo.push(target);
      }
    }
    return chunks;
  };
  const sources = (chunks) =>
    new Set(
      [...chunks].flatMap((chunk) =>
        Object.keys(outputs.get(chunk).inputs).filter((input) => !input.includes("node_modules/")),
      ),
    );
  const entry = new Set([...configurationKeys, ...sources(reach(entryName, false))]);
  const commands = {};
  for (const [name, chunk] of Object.entries(chunkOf)) {
    const files = outputs.has(chunk) ? sources(reach(chunk, true)) : sources(outputs.keys());
    commands[name] = [...files].filter((k) => !entry.has(k));
  }
  return { entry: [...entry], commands };
}

/** Each command's chunk, read from the `load` functions of the built command table. */
async function commandChunks(folder) {
  const { commands } = await import(pathToFileURL(join(folder, entryName)).href);
  return Object.fromEntries(
    commands.map((c) => [c.name, /\bimport\("\.\/([^"]+)"\)/.exec(String(c.load))?.[1]]),
  );
}

/**
 * When each build folder other than `ours` was first seen replaced (kept from the previous
 * current.json, else now). current.json never lists its own build, so a folder it lists is not
 * current, whichever parallel build won the rename.
 */
function retiredBuilds(dist, ours) {
  let previous = {};
  try {
    previous = JSON.parse(readFileSync(join(dist, currentFile), "utf8")).retired ?? {};
  } catch {
    // the first build, or one made by an older bundle.mjs
  }
  const retired = {};
  for (const name of readdirSync(dist)) {
    if (name.startsWith("build-") && name !== ours) retired[name] = previous[name] ?? Date.now();
  }
  return retired;
}

/** Removes builds retired more than an hour ago and leftovers of builds that died. Best effort. */
function removeOldBuilds(dist, retired) {
  const old = (time) => Date.now() - time > keepRetiredMs;
  for (const name of readdirSync(dist)) {
    try {
      // A temporary name may be a parallel build in progress: only its age says it was abandoned.
      const leftover =
        (name.startsWith(".tmp-") || name.startsWith(".current-")) && old(statSync(join(dist, name)).mtimeMs);
      if (leftover || (Object.hasOwn(retired, name) && old(retired[name])))
        rmSync(join(dist, name), { recursive: true, force: true });
    } catch {
      // removed by a parallel process meanwhile
    }
  }
}

let builds = 0;

/** Builds the CLI into a new folder of `dist` and makes it current; resolves to its entry file. */
export async function buildBundle(dist = distDir) {
  const { build } = await import("esbuild");
  mkdirSync(dist, { recursive: true });
  const id = `${Date.now().toString(36)}-${process.pid}-${++builds}`;
  const temporary = join(dist, `.tmp-${id}`);
  const folder = `build-${id}`;
  const stamps = stampFiles(repoRoot, configurationFiles);
  const configurationKeys = Object.keys(stamps);
  let metafile;
  let chunkOf;
  try {
    ({ metafile } = await build({
      absWorkingDir: repoRoot,
      entryPoints: [entryPath],
      outdir: temporary,
      bundle: true,
      splitting: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outExtension: { ".js": ".mjs" },
      entryNames: "[name]",
      chunkNames: "[name]-[hash]",
      metafile: true,
      logLevel: "silent",
      external,
      plugins: [sideEffectFreeWorkspace, workspaceFiles(temporary, stamps)],
    }));
    chunkOf = await commandChunks(temporary);
    renameSync(temporary, join(dist, folder));
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  // Workspace inputs esbuild read without the plugin (none today) are stamped now.
  const missed = Object.keys(metafile.inputs).filter((k) => !(k in stamps || k.includes("node_modules/")));
  const late = missed.map((k) => join(repoRoot, k));
  Object.assign(stamps, stampFiles(repoRoot, late));
  const retired = retiredBuilds(dist, folder);
  const pointer = join(dist, `.current-${id}.json`);
  const files = runFiles(metafile, configurationKeys, chunkOf);
  writeFileSync(pointer, JSON.stringify({ build: folder, stamps, ...files, retired }));
  renameSync(pointer, join(dist, currentFile));
  removeOldBuilds(dist, retired);
  return join(dist, folder, entryName);
}
