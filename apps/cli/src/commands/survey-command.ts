// `smartspec survey <estimate|rake|rates|likert|crosstab>`: survey statistics for data from any survey tool.
import type { CliCommand } from "../cli-context.ts";
import { UsageError } from "../usage-error.ts";
import { runSurveyCrosstab, surveyCrosstabHelp } from "./survey-crosstab-command.ts";
import { runSurveyEstimate, surveyEstimateHelp } from "./survey-estimate-command.ts";
import { runSurveyLikert, surveyLikertHelp } from "./survey-likert-command.ts";
import { runSurveyRake, surveyRakeHelp } from "./survey-rake-command.ts";
import { runSurveyRates, surveyRatesHelp } from "./survey-rates-command.ts";

const subcommands = {
  estimate: {
    run: runSurveyEstimate,
    help: surveyEstimateHelp,
    summary: "weighted shares with design-based intervals",
  },
  rake: { run: runSurveyRake, help: surveyRakeHelp, summary: "rake weights to population margins" },
  rates: {
    run: runSurveyRates,
    help: surveyRatesHelp,
    summary: "AAPOR response, cooperation, refusal and contact rates",
  },
  likert: {
    run: runSurveyLikert,
    help: surveyLikertHelp,
    summary: "Likert items per group: shares, top/bottom box with intervals, diverging bar chart",
  },
  crosstab: {
    run: runSurveyCrosstab,
    help: surveyCrosstabHelp,
    summary: "weighted two-way table with row/column shares and the Rao-Scott test",
  },
} as const;

const help = `Usage: smartspec survey <subcommand> [options]

Survey statistics that match R's survey package, for respondent-level CSV from any survey tool.

Subcommands:
${Object.entries(subcommands)
  .map(([name, s]) => `  ${name.padEnd(9)}${s.summary}`)
  .join("\n")}

Run "smartspec survey <subcommand> --help" for its options.`;

export const surveyCommand: CliCommand = {
  name: "survey",
  help,
  async run(args, context) {
    const [name, ...rest] = args;
    if (name === undefined || name === "--help" || name === "-h") {
      context.stdout(`${help}\n`);
      return 0;
    }
    const subcommand = subcommands[name as keyof typeof subcommands];
    if (subcommand === undefined) {
      throw new UsageError(
        name.startsWith("-")
          ? `${name} needs a subcommand first: estimate, rake, rates, likert or crosstab`
          : `unknown subcommand "${name}"; use estimate, rake, rates, likert or crosstab`,
        "survey",
      );
    }
    return subcommand.run(rest, context);
  },
};
