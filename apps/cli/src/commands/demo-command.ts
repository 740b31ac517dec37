import { resolve } from "node:path";
import { bundledLongInput, profileIds, runComplexity } from "@smartspec/services";
import type { CliCommand } from "../cli-context.ts";
import { choiceOption, parseOptions, stringOption } from "../parse-options.ts";
import { reportWarnings, writtenFilesSummary } from "./command-output.ts";

const datasetId = "world-trade-sitc2";
const defaultOut = "out/world-trade";
/**
 * Published rankings leave out the smallest exporters first (OEC: exports of at least US$1bn);
 * without that, islands with a handful of idiosyncratic exports top the ECI ranking. In this file's
 * units 5e7 keeps the 166 largest of 226 exporters. The step is recorded in meta.json "cleaning".
 */
const minRegionTotal = 5e7;

const options = {
  out: { type: "string" },
  profile: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const help = `Usage: smartspec demo [--out ${defaultOut}] [--profile NAME]

Runs "smartspec complexity" on the bundled world-trade data set (226 countries x 785 SITC
products, 1998-2000) and prints the countries with the highest economic complexity. As published
rankings do, it first leaves out the smallest exporters (--min-region-total ${minRegionTotal}).

Options:
  --out DIR            output folder (default ${defaultOut})
  --profile NAME       ${profileIds.join(", ")} (default smartspec)`;

const shownRanks = 10;

export const demoCommand: CliCommand = {
  name: "demo",
  help,
  async run(args, context) {
    const values = parseOptions("demo", args, options);
    if (values.help) {
      context.stdout(`${help}\n`);
      return 0;
    }
    const input = bundledLongInput(datasetId)!;
    const profile = choiceOption("demo", values, "profile", profileIds) ?? "smartspec";
    const outDir = resolve(context.cwd, stringOption(values, "out") ?? defaultOut);
    let top: { region: string; eci: number }[] = [];
    const result = await runComplexity({
      input,
      outDir,
      profile,
      filter: { minRegionTotal },
      ...(context.onStage ? { onStage: context.onStage } : {}),
      onPeriod: (_time, analysis) => {
        top = analysis.regions
          .map((region, r) => ({ region, eci: analysis.eci[r]! }))
          .filter((x) => Number.isFinite(x.eci))
          .sort((a, b) => b.eci - a.eci)
          .slice(0, shownRanks);
      },
    });
    reportWarnings(context, result.periods);
    const { meta } = result;
    const lines = [
      `${input.dataset!.title}: ${meta.regions} regions x ${meta.activities} activities.`,
      `Profile ${meta.profile}, method ${meta.method}. Left out ${meta.cleaning[0]?.removed.length ?? 0} exporters with total exports below ${minRegionTotal} (recorded in meta.json).`,
      "",
      `Highest economic complexity (ECI):`,
      ...top.map(
        (x, i) => `  ${String(i + 1).padStart(2)}  ${x.region.padEnd(6)} ${x.eci.toFixed(3).padStart(7)}`,
      ),
      "",
      writtenFilesSummary(outDir, context.cwd, meta.outputs).trimEnd(),
      `Data: ${input.dataset!.attribution}`,
    ];
    context.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
