// Keeps apps/server/dist/server.mjs, a one-file ESM build of the server and the workspace
// packages it uses, up to date (the CLI's approach, docs/decisions/0002-cli-bundle.md): loading it
// takes ~0.2 s where tsx takes 2-3 s to transform the same sources. Packages from node_modules
// stay external (PGlite loads its wasm next to its own files; argon2 is a native addon). Rebuilt
// when missing or older than any source, written to a temporary name and renamed, so servers
// started in parallel never load half a file.
import { renameSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isStale } from "../../../scripts/build-staleness.mjs";

const serverRoot = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = join(serverRoot, "..", "..");
export const bundlePath = join(serverRoot, "dist", "server.mjs");
export const entryPath = join(serverRoot, "src", "main.ts");

const sources = [
  join(serverRoot, "src"),
  join(serverRoot, "package.json"),
  join(serverRoot, "bin", "bundle.mjs"),
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

/** esbuild plugin: workspace packages (@smartspec/*) are bundled, every other package stays external. */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@smartspec/") ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * esbuild plugin: in workspace sources, `import.meta.url` keeps meaning the source file (the data
 * package finds its files next to its source), written relative to the bundle.
 */
const sourceUrls = {
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
    plugins: [externalPackages, sourceUrls],
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
