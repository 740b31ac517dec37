import { resolve } from "node:path";
import { relatednessMethods, runRelatedness } from "@smartspec/services";
import { cleaningHelp, cleaningOptions, resolveCleaning } from "../cleaning-options.ts";
import type { CliCommand } from "../cli-context.ts";
import { longInputHelp, longInputOptions, resolveLongInput } from "../long-input-options.ts";
import { choiceOption, parseOptions, positiveNumberOption, requiredOption } from "../parse-options.ts";
import { reportInput, writtenFilesSummary } from "./command-output.ts";

const options = {
  ...longInputOptions,
  method: { type: "string" },
  threshold: { type: "string" },
  "z-score": { type: "boolean" },
  ...cleaningOptions,
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const help = `Usage: smartspec relatedness --input FILE --region COL --activity COL --value COL
                             [--time COL] [--method prob] [--z-score] --out DIR

Co-occurrence relatedness between activities (EconGeo relatedness(), van Eck & Waltman 2009):
two activities are related when more regions are specialised in both than chance predicts.
Also the relatedness density of every region around every activity (0-100).

${longInputHelp}

Analysis:
  --method NAME        ${relatednessMethods.join(", ")} (default prob)
  --threshold X        presence threshold on RCA (default 1)
  --z-score            also write the hypergeometric z-score of each pair

${cleaningHelp}

Output:
  --out DIR            folder for relatedness.csv, activities.csv, regions.csv, cells.csv and
                       meta.json

Example:
  smartspec relatedness --dataset world-trade-sitc2 --method cosine --out out/related`;

export const relatednessCommand: CliCommand = {
  name: "relatedness",
  help,
  async run(args, context) {
    const command = "relatedness";
    const values = parseOptions(command, args, options);
    if (values.help) {
      context.stdout(`${help}\n`);
      return 0;
    }
    const input = resolveLongInput(command, values, context.cwd);
    const method = choiceOption(command, values, "method", relatednessMethods);
    const threshold = positiveNumberOption(command, values, "threshold");
    const filter = resolveCleaning(command, values, input.columns.time !== undefined);
    const outDir = resolve(context.cwd, requiredOption(command, values, "out"));
    const result = await runRelatedness({
      input,
      outDir,
      filter,
      ...(method ? { method } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      zScore: values["z-score"] === true,
      ...(context.onStage ? { onStage: context.onStage } : {}),
    });
    context.stdout(writtenFilesSummary(outDir, context.cwd, result.meta.outputs));
    reportInput(context, result.meta.input);
    return 0;
  },
};
