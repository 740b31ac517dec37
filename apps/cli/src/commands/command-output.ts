import { relative } from "node:path";
import type { CliContext } from "../cli-context.ts";

/** Prints the engine's warnings (dropped regions, small spectral gap...) to stderr, per period. */
export function reportWarnings(
  context: CliContext,
  periods: readonly {
    readonly time: string | null;
    readonly diagnostics: { readonly warnings: readonly { readonly message: string }[] };
  }[],
): void {
  for (const period of periods) {
    for (const warning of period.diagnostics.warnings) {
      context.stderr(`warning: ${period.time === null ? "" : `${period.time}: `}${warning.message}\n`);
    }
  }
}

/** "Wrote out/x: regions.csv (226 rows), ..., meta.json" */
export function writtenFilesSummary(
  outDir: string,
  cwd: string,
  outputs: Readonly<Record<string, { readonly rows: number }>>,
): string {
  const shown = relative(cwd, outDir) || ".";
  const files = Object.entries(outputs).map(([name, { rows }]) => `${name} (${rows} rows)`);
  return `Wrote ${shown}: ${[...files, "meta.json"].join(", ")}\n`;
}
