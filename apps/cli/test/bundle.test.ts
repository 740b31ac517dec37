// The CLI build (bin/bundle.mjs, bin/current-build.mjs; docs/decisions/0002-cli-bundle.md): split
// so a run loads only its command's libraries, checked against exactly the files a run can load,
// made current in one rename, and old builds removed only an hour after a newer one replaced them.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import cliPackage from "../package.json" with { type: "json" };
import { commands } from "../src/command-table.ts";
import { tempDirectory } from "./run-cli.ts";

interface CurrentJson {
  readonly build: string;
  readonly stamps: Record<string, number>;
  readonly entry: string[];
  readonly commands: Record<string, string[]>;
  readonly retired: Record<string, number>;
}

const bundleScript = new URL("../bin/bundle.mjs", import.meta.url).href;

/** Builds into `dist` in a child process, as the bin does (Vitest would transform the built code). */
async function buildBundle(dist: string): Promise<string> {
  const script = `const { buildBundle } = await import(${JSON.stringify(bundleScript)});
process.stdout.write(await buildBundle(${JSON.stringify(dist)}));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script]);
  return stdout;
}
const current: { freshEntry(args: readonly string[], dist: string): string | undefined } = await import(
  new URL("../bin/current-build.mjs", import.meta.url).href
);

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const staleness: { stampFiles(root: string, files: readonly string[]): Record<string, number> } =
  await import(new URL("../../../scripts/build-staleness.mjs", import.meta.url).href);

const readCurrent = (dist: string): CurrentJson =>
  JSON.parse(readFileSync(join(dist, "current.json"), "utf8"));
const commandChunk = /^[\w-]+-commands?-\w+\.mjs$/;

/** The chunk files a run loads: from `start`, every import, and commands only when `start` is one. */
function chunksFrom(folder: string, start: string): Set<string> {
  const chunks = new Set<string>();
  const todo = [start];
  while (todo.length > 0) {
    const chunk = todo.pop()!;
    if (chunks.has(chunk)) continue;
    chunks.add(chunk);
    const text = readFileSync(join(folder, chunk), "utf8");
    for (const [, name] of text.matchAll(/from "\.\/([^"]+)"/g)) todo.push(name!);
    for (const [, name] of text.matchAll(/import\("\.\/([^"]+)"\)/g)) {
      if (!commandChunk.test(name!) || commandChunk.test(start)) todo.push(name!);
    }
  }
  return chunks;
}

/** The node_modules packages inlined in some chunks (esbuild heads each module with its path). */
function packagesIn(folder: string, chunks: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const chunk of chunks) {
    const text = readFileSync(join(folder, chunk), "utf8");
    for (const [, name] of text.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) found.add(name!);
  }
  return [...found].sort();
}

describe("the split CLI build", () => {
  const dist = tempDirectory("bundle");
  let entry = "";
  let folder = "";
  beforeAll(async () => {
    entry = await buildBundle(dist);
    folder = join(dist, readCurrent(dist).build);
  }, 120_000);

  it("makes current a complete folder and leaves no temporary files", () => {
    expect(entry).toBe(join(folder, "cli-entry.mjs"));
    expect(existsSync(entry)).toBe(true);
    expect(readdirSync(dist).sort()).toEqual([readCurrent(dist).build, "current.json"]);
  });

  it("knows for each command of the table which files a run of it can load", () => {
    const json = readCurrent(dist);
    expect(Object.keys(json.commands).sort()).toEqual(commands.map((c) => c.name).sort());
    const all = Object.keys(json.stamps).filter((k) => !json.entry.includes(k));
    for (const name of Object.keys(json.commands)) {
      expect(json.commands[name]!.length).toBeGreaterThan(0);
      expect(json.commands[name]!.length).toBeLessThan(all.length);
    }
    expect(json.commands.complexity).toContain("apps/cli/src/commands/complexity-command.ts");
    expect(json.commands.complexity).toEqual(json.commands.specialisation);
    expect(json.commands.survey).toContain("apps/cli/src/commands/survey-command.ts");
    expect(json.entry).toContain("apps/cli/src/main.ts");
  });

  it("loads no library for --help, and for complexity only csv-parse when a file needs it", () => {
    expect(packagesIn(folder, chunksFrom(folder, "cli-entry.mjs"))).toEqual([]);
    const complexity = readdirSync(folder).find((f) => f.startsWith("analysis-commands-"))!;
    expect(packagesIn(folder, chunksFrom(folder, complexity))).toEqual(["csv-parse"]);
    const sources = [...readCurrent(dist).entry, ...readCurrent(dist).commands.complexity!];
    const unused = /storage\/src\/|\/src\/(surveys?|import)\/|commands\/(survey|import|admin)/;
    expect(sources.filter((s) => unused.test(s))).toEqual([]);
  });

  it("runs from its folder (bundled data files found relative to it)", async () => {
    const runner = join(dist, "run.mjs");
    writeFileSync(runner, "const { runCli } = await import(process.env.ENTRY);\nawait runCli();\n");
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, [runner, ...args], { env: { ...process.env, ENTRY: entry } });
    expect((await run(["--version"])).stdout).toBe(`${cliPackage.version}\n`);
    const out = join(dist, "world-trade");
    const { stdout } = await run(["complexity", "--dataset", "world-trade-sitc2", "--out", out]);
    expect(stdout).toMatch(/cells\.csv \(177410 rows\)/);
  }, 60_000);

  it("is fresh for a run until a file that run can load changes", () => {
    const built = readFileSync(join(dist, "current.json"), "utf8");
    const json = readCurrent(dist);
    // Stamped afresh: other work may edit sources while the suite runs.
    const now = staleness.stampFiles(
      repoRoot,
      Object.keys(json.stamps).map((k) => join(repoRoot, k)),
    );
    const write = (stamps: Record<string, number>) =>
      writeFileSync(join(dist, "current.json"), JSON.stringify({ ...json, stamps: { ...now, ...stamps } }));
    const fresh = (...args: string[]) => current.freshEntry(args, dist) === entry;
    try {
      write({});
      expect([fresh("complexity", "--out", "x"), fresh("--help"), fresh("survey", "rates")]).toEqual([
        true,
        true,
        true,
      ]);
      const complexityOnly = json.commands.complexity!.find((k) => !json.commands.survey!.includes(k))!;
      write({ [complexityOnly]: now[complexityOnly]! - 1000 });
      expect(fresh("complexity", "--out", "x")).toBe(false);
      expect(fresh("help", "complexity")).toBe(false);
      expect([fresh("--help"), fresh("survey", "rates")]).toEqual([true, true]);
      write({ "apps/cli/src/main.ts": 0 });
      expect([fresh("--help"), fresh("survey", "rates"), fresh("--version")]).toEqual([false, false, false]);
      write({ "package-lock.json": 0 });
      expect(fresh("--version")).toBe(false);
      writeFileSync(join(dist, "current.json"), JSON.stringify({ build: json.build, stamps: now }));
      expect(fresh("--version")).toBe(false);
    } finally {
      writeFileSync(join(dist, "current.json"), built);
    }
  });
});

describe("builds side by side", () => {
  const dist = tempDirectory("bundles");

  it("builds started together each leave a complete folder; one is current, never listed as replaced", async () => {
    const entries = await Promise.all([1, 2, 3].map(() => buildBundle(dist)));
    const builds = entries.map((e) => e.split(/[\\/]/).at(-2)!);
    expect(new Set(builds).size).toBe(3);
    for (const e of entries) expect(existsSync(e)).toBe(true);
    const { build, retired } = readCurrent(dist);
    expect(builds).toContain(build);
    // Usually both others; one renamed in place just after the last build listed the folder waits
    // for the next build to be listed.
    expect(builds.filter((b) => b !== build)).toEqual(expect.arrayContaining(Object.keys(retired)));
  }, 180_000);

  it("removes a build an hour after it was replaced, and an abandoned temporary folder", async () => {
    const hoursAgo = (hours: number) => Date.now() - hours * 3_600_000;
    const justReplaced = hoursAgo(0.5);
    const json = readCurrent(dist);
    writeFileSync(
      join(dist, "current.json"),
      JSON.stringify({
        ...json,
        retired: { ...json.retired, "build-long-replaced": hoursAgo(2), "build-just-replaced": justReplaced },
      }),
    );
    for (const name of ["build-long-replaced", "build-just-replaced", "build-replaced-now", ".tmp-died"])
      mkdirSync(join(dist, name));
    utimesSync(join(dist, ".tmp-died"), new Date(hoursAgo(2)), new Date(hoursAgo(2)));
    mkdirSync(join(dist, ".tmp-building"));
    await buildBundle(dist);
    const left = readdirSync(dist);
    expect(left).not.toContain("build-long-replaced");
    expect(left).not.toContain(".tmp-died");
    expect(left).toEqual(
      expect.arrayContaining(["build-just-replaced", "build-replaced-now", ".tmp-building"]),
    );
    const { retired } = readCurrent(dist);
    expect(retired["build-just-replaced"]).toBe(justReplaced);
    expect(Date.now() - retired["build-replaced-now"]!).toBeLessThan(120_000);
  }, 120_000);
});
