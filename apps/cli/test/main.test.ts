// main() in-process: what the user sees when something unexpected fails (a short message, a
// stack trace only with SMARTSPEC_DEBUG=1), the progress bar on a terminal, and --timings.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("@smartspec/services", async (importOriginal) => {
  const original = await importOriginal<typeof import("@smartspec/services")>();
  return {
    ...original,
    runSpecialisation: () => {
      throw new TypeError("boom");
    },
  };
});

const { main } = await import("../src/main.ts");

function io(env: Record<string, string> = {}, terminal = false) {
  const out: string[] = [];
  const err: string[] = [];
  const drawn: string[] = [];
  return {
    out,
    err,
    drawn,
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      progress: { isTTY: terminal, columns: 100, write: (t: string) => drawn.push(t) },
      env,
      cwd: tmpdir(),
    },
  };
}

const failing = ["specialisation", "--dataset", "world-trade-sitc2", "--out", join(tmpdir(), "never")];

describe("main", () => {
  it("reports an unexpected error in one line and exit 1, without a stack trace", async () => {
    const run = io();
    expect(await main(failing, run.io)).toBe(1);
    expect(run.err.join("")).toBe(
      "smartspec: unexpected error: boom\nSet SMARTSPEC_DEBUG=1 to see where it happened.\n",
    );
  });

  it("adds the stack trace with SMARTSPEC_DEBUG=1", async () => {
    const run = io({ SMARTSPEC_DEBUG: "1" });
    expect(await main(failing, run.io)).toBe(1);
    expect(run.err.join("")).toMatch(/^smartspec: unexpected error: boom\nTypeError: boom\n\s+at /);
  });

  it("draws a progress bar only on a terminal, and clears it before printing", async () => {
    const args = [
      "complexity",
      "--dataset",
      "world-trade-sitc2",
      "--out",
      join(tmpdir(), "smartspec-main-progress"),
    ];
    const onTerminal = io({}, true);
    expect(await main(args, onTerminal.io)).toBe(0);
    expect(onTerminal.drawn.some((t) => /^\r.*\[[#-]{24}\] +\d+% density/.test(t))).toBe(true);
    expect(onTerminal.drawn.at(-1)).toBe("\r\x1b[K");
    const piped = io({}, false);
    expect(await main(args, piped.io)).toBe(0);
    expect(piped.drawn).toEqual([]);
  });

  it("prints per-stage timings as one JSON line with --timings", async () => {
    const run = io();
    const args = [
      "complexity",
      "--dataset",
      "world-trade-sitc2",
      "--out",
      join(tmpdir(), "smartspec-main-timings"),
    ];
    expect(await main([...args, "--timings"], run.io)).toBe(0);
    const report = JSON.parse(run.err.at(-1)!);
    const stages = report.timings.stages.map((s: { stage: string }) => s.stage);
    expect(stages).toEqual([
      "read",
      "panel",
      "matrix",
      "rca",
      "presence",
      "complexity",
      "proximity",
      // cells.csv is written band by band inside the density stage, so "write" ends first.
      "write",
      "density",
      "outlook",
    ]);
    expect(report.timings.maxRssMiB).toBeGreaterThan(0);
  });
});
