// The data pack's R script: self-contained R that reads the pack's codes CSV, builds the design
// with survey::svydesign (then postStratify / rake), and prints and writes every estimate the
// report shows (svyciprop / svymean on each domain, svychisq for the Rao-Scott tests) as
// `estimate,by,category,quantity,value` rows, the shape of the domain's datasetEstimates, so the
// two can be compared number for number.
import {
  type DatasetDesignSpec,
  DatasetError,
  type DatasetEstimateSpec,
  type DatasetMargin,
  type NumericVariable,
  type SurveyDataset,
} from "@smartspec/domain";
import { rComment, rName, rNumber, rString } from "./r-literal.ts";
import { estimateCheckLines, weightCheckLines } from "./r-script-checks.ts";
import { rHelpers } from "./r-script-helpers.ts";

export interface RScriptInput {
  readonly dataset: SurveyDataset;
  readonly design: DatasetDesignSpec;
  readonly estimates: readonly DatasetEstimateSpec[];
  /** The codes CSV of the pack, read from the script's working folder. */
  readonly dataFile: string;
  /** Where the script writes its results (default "estimates-r.csv"). */
  readonly outputFile?: string;
  /** The column of final weights; when given, the script checks its design's weights against it. */
  readonly weightVariable?: string;
  /** The report's estimates in the pack; when given, the script checks its own against them. */
  readonly reportEstimatesFile?: string;
}

function numericVariable(dataset: SurveyDataset, name: string): NumericVariable {
  const variable = dataset.variables.find((v) => v.name === name);
  if (variable?.type !== "numeric")
    throw new DatasetError("unknown-variable", `the R script needs a coded variable "${name}".`, {
      field: name,
    });
  return variable;
}

function codesOf(variable: NumericVariable): string {
  const missing = new Set(variable.missingCodes);
  return `c(${variable.valueLabels
    .filter((l) => !missing.has(l.code))
    .map((l) => rNumber(l.code))
    .join(", ")})`;
}

function describe(variable: NumericVariable): string {
  const labels = variable.valueLabels.map((l) => `${l.code} = ${l.label}`).join(", ");
  return `# ${variable.name}: ${rComment(variable.label)}${labels ? ` (${rComment(labels)})` : ""}`;
}

function marginFrame(dataset: SurveyDataset, margin: DatasetMargin): string {
  const variable = numericVariable(dataset, margin.variable);
  const entries = Object.entries(margin.population).map(([value, total]) => {
    const label = variable.valueLabels.find((l) => l.value === value);
    if (!label)
      throw new DatasetError("unknown-level", `"${value}" is not a value of ${variable.name}.`, {
        field: variable.name,
      });
    return { code: label.code, total };
  });
  const codes = entries.map((e) => rNumber(e.code)).join(", ");
  const totals = entries.map((e) => rNumber(e.total)).join(", ");
  return `setNames(data.frame(c(${codes}), c(${totals})), c(${rString(variable.name)}, "Freq"))`;
}

function designLines(input: RScriptInput): string[] {
  const { dataset, design } = input;
  const args = ["ids = ~1"];
  if (design.strata) args.push(`strata = ~${rName(design.strata)}`);
  if (design.fpc) args.push(`fpc = ~${rName(design.fpc)}`);
  if (design.weights) args.push(`weights = ~${rName(design.weights)}`);
  args.push("data = d");
  const call = `svydesign(${args.join(", ")})`;
  // Without weights or an fpc svydesign warns that it assumes equal probabilities, as intended here.
  const lines = [`des <- ${design.weights || design.fpc ? call : `suppressWarnings(${call})`}`];
  if (design.postStratify) {
    const v = design.postStratify.variable;
    lines.push(`des <- postStratify(des, ~${rName(v)}, ${marginFrame(dataset, design.postStratify)})`);
  }
  if (design.rake && design.rake.length > 0) {
    const formulas = design.rake.map((m) => `~${rName(m.variable)}`).join(", ");
    const frames = design.rake.map((m) => `  ${marginFrame(dataset, m)}`).join(",\n");
    const control = design.rakeControl ?? {};
    lines.push(
      `des <- rake(des, list(${formulas}), list(\n${frames}\n), control = list(maxit = ${control.maxIterations ?? 10}, epsilon = ${rNumber(control.epsilon ?? 1)}))`,
    );
  }
  return lines;
}

function estimateLines(dataset: SurveyDataset, spec: DatasetEstimateSpec): string[] {
  if (spec.kind === "rao-scott") {
    const formula = `~${rName(spec.rows)} + ${rName(spec.columns)}`;
    return [
      `# ${spec.id}: Rao-Scott tests of ${spec.rows} x ${spec.columns} (svychisq, second-order F and first-order chi-square)`,
      `f <- svychisq(${formula}, des, statistic = "F")`,
      `x <- svychisq(${formula}, des, statistic = "Chisq")`,
      `add(${rString(spec.id)}, "", "", c(chisq = unname(x$statistic), p_chisq = unname(x$p.value), f = unname(f$statistic),`,
      `  ndf = unname(f$parameter[1]), ddf = unname(f$parameter[2]), p_f = unname(f$p.value)))`,
    ];
  }
  const variable = numericVariable(dataset, spec.variable);
  const by = spec.by ? `d[[${rString(spec.by)}]]` : "NULL";
  const level = rNumber(spec.level ?? 0.95);
  const v = `d[[${rString(variable.name)}]]`;
  if (spec.kind === "proportions") {
    return [
      `# ${spec.id}: share of each category, ${spec.method} intervals at level ${level}${spec.by ? `, by ${spec.by}` : ""}`,
      describe(variable),
      `for (g in groups_of(${by})) {`,
      `  domain <- !is.na(${v}) & g$rows`,
      "  if (!any(domain)) next",
      `  for (k in ${codesOf(variable)}) add(${rString(spec.id)}, g$code, k, proportion_row(des, !is.na(${v}) & ${v} == k, domain, ${rString(spec.method)}, ${level}))`,
      "}",
    ];
  }
  const box = spec.box ?? 2;
  return [
    `# ${spec.id}: top-${box} box, ${spec.method} intervals at level ${level}${spec.by ? `, by ${spec.by}` : ""}; user-missing answers out of the base`,
    describe(variable),
    `scale <- ${codesOf(variable)}`,
    `for (g in groups_of(${by})) {`,
    `  domain <- ${v} %in% scale & g$rows`,
    "  if (!any(domain)) next",
    `  add(${rString(spec.id)}, g$code, "top", proportion_row(des, ${v} %in% tail(scale, ${box}), domain, ${rString(spec.method)}, ${level}))`,
    "}",
  ];
}

/** The R script text (UTF-8: code and strings are ASCII, non-ASCII escaped; comments may hold labels as written). */
export function dataPackRScript(input: RScriptInput): string {
  const { dataset } = input;
  const output = input.outputFile ?? "estimates-r.csv";
  const missing = dataset.variables.filter(
    (v): v is NumericVariable => v.type === "numeric" && v.missingCodes.length > 0,
  );
  const lines = [
    `# Reproduces the estimates of the survey ${rString(dataset.title)} with R's survey package.`,
    `# Reads ${input.dataFile} (codes; labels and the codebook are in the pack's XLSX and .sav files),`,
    "# builds the design, and prints every estimate and writes them to",
    `# ${output} as estimate,by,category,quantity,value (by and category are codes).`,
    '# Needs R >= 4.0 and the survey package: install.packages("survey").',
    `# Run in the folder of the data pack: Rscript <this file>.`,
    "suppressMessages(library(survey))",
    "",
    `d <- read.csv(${rString(input.dataFile)}, fileEncoding = "UTF-8-BOM", check.names = FALSE,`,
    '              stringsAsFactors = FALSE, na.strings = "")',
    "",
    '# User-missing codes ("don\'t know", "not applicable") are left out of every base.',
    ...missing.map(
      (v) =>
        `d[[${rString(v.name)}]][d[[${rString(v.name)}]] %in% c(${v.missingCodes.map(rNumber).join(", ")})] <- NA`,
    ),
    "",
    "# The design.",
    ...designLines(input),
    ...(input.weightVariable === undefined ? [] : weightCheckLines(input.weightVariable)),
    "",
    rHelpers,
    ...input.estimates.flatMap((spec) => [...estimateLines(dataset, spec), ""]),
    "out <- do.call(rbind, results)",
    ...(input.reportEstimatesFile === undefined
      ? []
      : [...estimateCheckLines(input.reportEstimatesFile), ""]),
    'out$value <- sprintf("%.17g", out$value)',
    `write.csv(out, ${rString(output)}, row.names = FALSE)`,
    "",
  ];
  return lines.join("\n");
}
