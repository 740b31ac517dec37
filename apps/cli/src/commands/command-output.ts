import { isAbsolute, relative } from "node:path";
import type { CliContext } from "../cli-context.ts";

/** Prints the engine's warnings (dropped regions, small spectral gap...) to stderr, per period. */
export function reportWarnings(
  context: CliContext,
  periods: readonly {
    readonly time: string | null;
    readonly diagnostics: {
      readonly warnings: readonly { readonly code: string; readonly message: string }[];
      readonly droppedRegions: readonly string[];
      readonly droppedActivities: readonly string[];
    };
  }[],
): void {
  for (const period of periods) {
    const { warnings, droppedRegions, droppedActivities } = period.diagnostics;
    for (const warning of warnings) {
      let text = warning.message;
      if (warning.code === "dropped-empty") {
        if (droppedRegions.length > 0) text += ` Regions: ${listed(droppedRegions)}.`;
        if (droppedActivities.length > 0) text += ` Activities: ${listed(droppedActivities)}.`;
      }
      context.stderr(`warning: ${period.time === null ? "" : `${period.time}: `}${text}\n`);
    }
  }
}

const listedCodes = 10;

/** "a, b, c" or "a, b, ... (25 in all)". */
function listed(codes: readonly string[]): string {
  if (codes.length <= listedCodes) return codes.join(", ");
  return `${codes.slice(0, listedCodes).join(", ")}, ... (${codes.length} in all)`;
}

/** "Wrote out/x: regions.csv (226 rows), ..., meta.json" */
export function writtenFilesSummary(
  outDir: string,
  cwd: string,
  outputs: Readonly<Record<string, { readonly rows: number }>>,
): string {
  // A folder inside the working directory is shown relative to it, any other by its absolute path.
  const inside = relative(cwd, outDir);
  const shown = inside === "" ? "." : inside.startsWith("..") || isAbsolute(inside) ? outDir : inside;
  const files = Object.entries(outputs).map(([name, { rows }]) => `${name} (${rows} rows)`);
  return `Wrote ${shown}: ${[...files, "meta.json"].join(", ")}\n`;
}

interface ValuesReadAsZero {
  readonly count: number;
  readonly firstLines: readonly number[];
}

/** What every long-data command says about its input: empty values read as zero, the data's attribution. */
export function reportInput(
  context: CliContext,
  input: {
    readonly file: string;
    readonly dataset?: { readonly attribution: string };
    readonly emptyValuesReadAsZero?: ValuesReadAsZero;
    readonly negativeValuesReadAsZero?: ValuesReadAsZero;
  },
): void {
  const note = (what: string, read: ValuesReadAsZero | undefined) => {
    if (read === undefined) return;
    const lines = `${read.firstLines.join(", ")}${read.count > read.firstLines.length ? ", ..." : ""}`;
    const s = read.count === 1 ? "" : "s";
    context.stderr(
      `warning: ${input.file}: ${read.count} ${what} value${s} read as zero (line${s} ${lines}); recorded in meta.json.\n`,
    );
  };
  note("empty (suppressed)", input.emptyValuesReadAsZero);
  note("negative", input.negativeValuesReadAsZero);
  if (input.dataset !== undefined) context.stdout(`Data: ${input.dataset.attribution}\n`);
}
