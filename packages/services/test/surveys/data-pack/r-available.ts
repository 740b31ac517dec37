// Whether Rscript (with the packages a test needs) is on this machine, and a way to run an R file
// in a folder. CI machines have no R: tests then compare against the committed R fixtures and say
// so on the console, rather than passing silently.
import { spawnSync } from "node:child_process";

export function rAvailable(packages: readonly string[]): boolean {
  const check = packages.map((p) => `suppressMessages(library(${p}))`).join(";");
  const result = spawnSync("Rscript", ["-e", check], { encoding: "utf8" });
  return result.status === 0;
}

export function runR(script: string, folder: string): void {
  const result = spawnSync("Rscript", [script], { cwd: folder, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`Rscript ${script} failed:\n${result.stderr}`);
}

export function reportNoR(what: string, fixture: string): void {
  console.warn(
    `R NOT run (Rscript or its packages missing): ${what} checked against the committed ${fixture} only.`,
  );
}
