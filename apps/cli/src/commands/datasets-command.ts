import { type BundledDataset, bundledDatasets, findBundledDataset } from "@smartspec/data";
import type { CliCommand } from "../cli-context.ts";
import { parseOptions } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";

const options = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const help = `Usage: smartspec datasets [ID] [--json]

Lists the data sets bundled with smartspec: region x activity data to analyse with --dataset ID,
and the tables, classifications, lookups and boundaries behind them. With an ID, shows that data
set in full: levels, years, licence, the attribution its licence requires and its SOURCE.md.

Options:
  --json               print a JSON array (with ID: one object) with id, title, kind, geography,
                       classification, measure, levels, defaultLevel, years, licence, attribution`;

const yearsText = (years: readonly number[]): string =>
  years.length === 0
    ? "-"
    : years.length > 1 && years.at(-1)! - years[0]! === years.length - 1
      ? `${years[0]}-${years.at(-1)}`
      : years.join(", ");

/** The public description of a data set (no file paths of this machine). */
function describe(dataset: BundledDataset) {
  return {
    id: dataset.id,
    title: dataset.title,
    kind: dataset.kind,
    geography: dataset.geography,
    classification: dataset.classification,
    ...(dataset.measure === undefined ? {} : { measure: dataset.measure }),
    levels: dataset.levels.map((l) => l.id),
    ...(dataset.defaultLevel === undefined ? {} : { defaultLevel: dataset.defaultLevel }),
    years: [...dataset.years],
    licence: dataset.licence,
    attribution: dataset.attribution,
  };
}

/** One block per data set: id, kind and years; title; geography and classification; licence. */
function listing(datasets: readonly BundledDataset[]): string {
  return datasets
    .map((d) => {
      const levels = d.levels.map((l) =>
        l.id === d.defaultLevel && d.levels.length > 1 ? `${l.id}*` : l.id,
      );
      return [
        `${d.id}  (${d.kind}, ${yearsText(d.years)})`,
        `  ${d.title}`,
        `  geography: ${d.geography}`,
        `  classification: ${d.classification}${levels.length > 0 ? `; levels: ${levels.join(", ")}` : ""}`,
        `  licence: ${d.licence}`,
      ].join("\n");
    })
    .join("\n\n");
}

function details(dataset: BundledDataset): string {
  return [
    `${dataset.id}: ${dataset.title}`,
    `  kind            ${dataset.kind}`,
    `  geography       ${dataset.geography}`,
    `  classification  ${dataset.classification}`,
    ...(dataset.measure === undefined ? [] : [`  measure         ${dataset.measure}`]),
    `  years           ${yearsText(dataset.years)}`,
    ...(dataset.levels.length === 0
      ? []
      : [
          `  levels          ${dataset.levels
            .map((l) => `${l.id}${l.id === dataset.defaultLevel ? " (default)" : ""}: ${l.title}`)
            .join("\n                  ")}`,
        ]),
    `  licence         ${dataset.licence}`,
    `  attribution     ${dataset.attribution}`,
    `  source notes    ${dataset.sourceFile}`,
  ].join("\n");
}

export const datasetsCommand: CliCommand = {
  name: "datasets",
  help,
  async run(args, context) {
    const [first, ...rest] = args;
    const id = first !== undefined && !first.startsWith("-") ? first : undefined;
    const values = parseOptions("datasets", id === undefined ? args : rest, options);
    if (values.help) {
      context.stdout(`${help}\n`);
      return 0;
    }
    if (id !== undefined) {
      const dataset = findBundledDataset(id);
      if (dataset === undefined) {
        throw new UsageError(
          `unknown data set "${id}"; bundled: ${bundledDatasets.map((d) => d.id).join(", ")}`,
          "datasets",
        );
      }
      context.stdout(
        values.json ? `${JSON.stringify(describe(dataset), null, 2)}\n` : `${details(dataset)}\n`,
      );
      return 0;
    }
    if (values.json) {
      context.stdout(`${JSON.stringify(bundledDatasets.map(describe), null, 2)}\n`);
      return 0;
    }
    const analysable = bundledDatasets.filter((d) => d.kind === "region-activity");
    const reference = bundledDatasets.filter((d) => d.kind !== "region-activity");
    context.stdout(
      [
        "Region x activity data: analyse with --dataset ID in complexity, specialisation, relatedness, lq",
        "(* the default level; --level picks another, --year one year).",
        "",
        listing(analysable),
        "",
        "Reference data: tables, classifications, lookups and boundaries.",
        "",
        listing(reference),
        "",
        'Details and the attribution each licence requires: "smartspec datasets ID".',
        "",
      ].join("\n"),
    );
    return 0;
  },
};
