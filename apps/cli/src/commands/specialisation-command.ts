import { resolve } from "node:path";
import { regionalConventions, runSpecialisation } from "@smartspec/services";
import { cleaningHelp, cleaningOptions, resolveCleaning } from "../cleaning-options.ts";
import type { CliCommand } from "../cli-context.ts";
import { longInputHelp, longInputOptions, resolveLongInput } from "../long-input-options.ts";
import {
  choiceOption,
  parseOptions,
  positiveIntegerOption,
  positiveNumberOption,
  requiredOption,
} from "../parse-options.ts";
import { populationOptions, resolvePopulation } from "../population-options.ts";
import { reportInput, writtenFilesSummary } from "./command-output.ts";

const options = {
  ...longInputOptions,
  threshold: { type: "string" },
  convention: { type: "string" },
  "group-digits": { type: "string" },
  ...populationOptions,
  ...cleaningOptions,
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const help = `Usage: smartspec specialisation --input FILE --region COL --activity COL --value COL
                                [--time COL] [--group-digits N] [--population FILE] --out DIR

How specialised each region is (diversity, Herfindahl, entropy, Krugman, Hoover coefficient,
average location quotient, Hachman; related and unrelated variety) and how concentrated each
activity is across regions (ubiquity, Gini, locational Gini, Hoover index, Hoover-Gini).

${longInputHelp}

Analysis:
  --threshold X        presence threshold on RCA for diversity and ubiquity (default 1)
  --convention NAME    ${regionalConventions.join(" or ")}: exact (default, no rounding) or EconGeo 2.0's
                       rounding and entropy offset
  --group-digits N     group activities by the first N characters of their codes and add
                       related_variety and unrelated_variety (Frenken et al. 2007)
  --population FILE    a CSV with one population per region: Hoover index against it
                       (instead of equal weights) and hoover_gini
  --population-region COL   its region column (default: the --region name)
  --population-value COL    its value column (default: population)

${cleaningHelp}

Output:
  --out DIR            folder for regions.csv, activities.csv and meta.json

Example:
  smartspec specialisation --dataset world-trade-sitc2 --group-digits 2 --out out/spec`;

export const specialisationCommand: CliCommand = {
  name: "specialisation",
  help,
  async run(args, context) {
    const command = "specialisation";
    const values = parseOptions(command, args, options);
    if (values.help) {
      context.stdout(`${help}\n`);
      return 0;
    }
    const input = resolveLongInput(command, values, context.cwd);
    const threshold = positiveNumberOption(command, values, "threshold");
    const convention = choiceOption(command, values, "convention", regionalConventions);
    const groupDigits = positiveIntegerOption(command, values, "group-digits");
    const population = resolvePopulation(command, values, context.cwd, input.columns.region);
    const filter = resolveCleaning(command, values, input.columns.time !== undefined);
    const outDir = resolve(context.cwd, requiredOption(command, values, "out"));
    const result = await runSpecialisation({
      input,
      outDir,
      filter,
      ...(threshold !== undefined ? { threshold } : {}),
      ...(convention ? { convention } : {}),
      ...(groupDigits !== undefined ? { groupDigits } : {}),
      ...(population ? { population } : {}),
      ...(context.onStage ? { onStage: context.onStage } : {}),
    });
    for (const warning of result.warnings) context.stderr(`warning: ${warning}\n`);
    context.stdout(writtenFilesSummary(outDir, context.cwd, result.meta.outputs));
    reportInput(context, result.meta.input);
    return 0;
  },
};
