// scripts/build-staleness.mjs, the stamps half: a build records each file's mtime, and a file
// edited, restored to an older version, deleted or created since makes the build stale.
import { rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirectory } from "./run-cli.ts";

interface Staleness {
  stampFiles(root: string, files: readonly string[]): Record<string, number>;
  stampsChanged(root: string, stamps: Record<string, number>, keys?: readonly string[]): boolean;
}

const staleness: Staleness = await import(
  new URL("../../../scripts/build-staleness.mjs", import.meta.url).href
);

const root = tempDirectory("staleness");
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 12, 0, seconds));

function file(name: string, seconds: number): string {
  const path = join(root, name);
  writeFileSync(path, name);
  utimesSync(path, at(seconds), at(seconds));
  return path;
}

describe("stamps of the files a build read", () => {
  it("keys files by their path under the root, with their mtime; -1 for a missing file", () => {
    const stamps = staleness.stampFiles(root, [file("a.ts", 1), join(root, "missing.ts")]);
    expect(stamps).toEqual({ "a.ts": at(1).getTime(), "missing.ts": -1 });
  });

  it("finds no change while every file keeps its mtime, missing ones included", () => {
    const stamps = staleness.stampFiles(root, [file("b.ts", 2), file("c.ts", 3), join(root, "none.ts")]);
    expect(staleness.stampsChanged(root, stamps)).toBe(false);
  });

  it("sees an edit, an older version put back, a deleted file and a created one", () => {
    const edited = file("edited.ts", 4);
    const restored = file("restored.ts", 5);
    const deleted = file("deleted.ts", 6);
    const created = join(root, "created.ts");
    const stamps = staleness.stampFiles(root, [edited, restored, deleted, created]);
    utimesSync(edited, at(7), at(7));
    expect(staleness.stampsChanged(root, stamps, ["edited.ts"])).toBe(true);
    utimesSync(restored, at(0), at(0));
    expect(staleness.stampsChanged(root, stamps, ["restored.ts"])).toBe(true);
    rmSync(deleted);
    expect(staleness.stampsChanged(root, stamps, ["deleted.ts"])).toBe(true);
    file("created.ts", 8);
    expect(staleness.stampsChanged(root, stamps, ["created.ts"])).toBe(true);
  });

  it("checks only the keys asked for, and a key without a stamp is a change", () => {
    const kept = file("kept.ts", 9);
    const other = file("other.ts", 10);
    const stamps = staleness.stampFiles(root, [kept, other]);
    utimesSync(other, at(11), at(11));
    expect(staleness.stampsChanged(root, stamps, ["kept.ts"])).toBe(false);
    expect(staleness.stampsChanged(root, stamps)).toBe(true);
    expect(staleness.stampsChanged(root, { "kept.ts": at(9).getTime() }, ["kept.ts", "other.ts"])).toBe(true);
  });
});
