import { resolve } from "node:path";
import {
  complexityMethods,
  presenceBases,
  profileIds,
  type RunComplexityResult,
  runComplexity,
} from "@smartspec/services";
import { cleaningHelp, cleaningOptions, resolveCleaning } from "../cleaning-options.ts";
import type { CliCommand, CliContext } from "../cli-context.ts";
import { fullCollection } from "../full-collection.ts";
import { longInputHelp, longInputOptions, resolveLongInput } from "../long-input-options.ts";
import {
  choiceOption,
  type ParsedOptions,
  parseOptions,
  positiveNumberOption,
  requiredOption,
} from "../parse-options.ts";
import { populationOptions, resolvePopulation } from "../population-options.ts";
import { UsageError } from "../usage-error.ts";
import { reportInput, reportWarnings, writtenFilesSummary } from "./command-output.ts";

const options = {
  ...longInputOptions,
  profile: { type: "string" },
  method: { type: "string" },
  threshold: { type: "string" },
  presence: { type: "string" },
  ...populationOptions,
  ...cleaningOptions,
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const help = `Usage: smartspec complexity --input FILE --region COL --activity COL --value COL
                            [--time COL] [--profile NAME] [--method NAME] [--threshold 1] --out DIR

Economic complexity of a region x activity data set: RCA, presence M, diversity and ubiquity,
ECI/PCI (or fitness), proximity, density, COI and COG.

${longInputHelp}

Analysis:
  --profile NAME       convention profile (default smartspec):
                       ${profileIds.join(", ")}
  --method NAME        ${complexityMethods.join(", ")} (default: the profile's)
  --threshold X        presence threshold on RCA (default 1)
  --presence BASIS     rca (default), rpop (per capita: (x_rp/X_p)/(pop_r/POP)) or both
                       (present when RCA or RPOP passes the threshold); rpop and both need:
  --population FILE    a CSV with one population per region
  --population-region COL   its region column (default: the --region name)
  --population-value COL    its value column (default: population)

${cleaningHelp}

Output:
  --out DIR            folder for regions.csv, activities.csv, cells.csv, proximity.csv and
                       meta.json (created when missing; files in it are replaced)

Example:
  smartspec complexity --dataset world-trade-sitc2 --out out/world-trade
  smartspec complexity --input exports.csv.gz --region country --activity product \\
      --value value --profile py-ecomplexity --out out/py`;

function runFromOptions(
  command: string,
  values: ParsedOptions,
  context: CliContext,
): Promise<RunComplexityResult> {
  const input = resolveLongInput(command, values, context.cwd);
  const profile = choiceOption(command, values, "profile", profileIds);
  const method = choiceOption(command, values, "method", complexityMethods);
  const threshold = positiveNumberOption(command, values, "threshold");
  const filter = resolveCleaning(command, values, input.columns.time !== undefined);
  const presence = choiceOption(command, values, "presence", presenceBases);
  const population = resolvePopulation(command, values, context.cwd, input.columns.region);
  if (presence !== undefined && presence !== "rca" && population === undefined) {
    throw new UsageError(`--presence ${presence} needs --population FILE`, command);
  }
  const outDir = resolve(context.cwd, requiredOption(command, values, "out"));
  return runComplexity({
    ...(presence ? { presenceBasis: presence } : {}),
    ...(population ? { population } : {}),
    input,
    outDir,
    ...(profile ? { profile } : {}),
    ...(method ? { method } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    filter,
    ...(context.onStage ? { onStage: context.onStage } : {}),
    collectGarbage: fullCollection,
  });
}

export const complexityCommand: CliCommand = {
  name: "complexity",
  help,
  async run(args, context) {
    const values = parseOptions("complexity", args, options);
    if (values.help) {
      context.stdout(`${help}\n`);
      return 0;
    }
    const result = await runFromOptions("complexity", values, context);
    reportWarnings(context, result.periods);
    context.stdout(writtenFilesSummary(result.outDir, context.cwd, result.meta.outputs));
    reportInput(context, result.meta.input);
    return 0;
  },
};
