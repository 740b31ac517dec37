// `smartspec survey likert`: Likert item summaries per item and group (the domain's likertSummary:
// distribution, top and bottom box with svyciprop intervals, "don't know" kept apart), written as a
// long CSV and, with --svg, drawn as a diverging stacked bar chart (charts/likert-chart-svg.ts).
import { resolve } from "node:path";
import { likertSummary, sortedLevels, surveyDesign } from "@smartspec/domain";
import { InputError } from "@smartspec/services";
import { likertChartSvg } from "../charts/likert-chart-svg.ts";
import type { CliContext } from "../cli-context.ts";
import {
  choiceOption,
  parseOptions,
  positiveIntegerOption,
  requiredOption,
  stringOption,
} from "../parse-options.ts";
import { positiveColumn, textColumn, writeOutput, writeSurveyCsv } from "./survey-csv.ts";
import { readSurveyData } from "./survey-data-source.ts";
import { locateSurveyErrors } from "./survey-design-error.ts";
import { intervalChoices, levelOption, svycipropMethod } from "./survey-interval-options.ts";
import { displayOrder, labelsOption, listOption } from "./survey-levels.ts";
import {
  boxText,
  type LikertResult,
  type LikertScale,
  likertChartBars,
  likertCsvHeader,
  likertCsvRows,
} from "./survey-likert-rows.ts";

const options = {
  data: { type: "string" },
  dataset: { type: "string" },
  items: { type: "string" },
  by: { type: "string" },
  weight: { type: "string" },
  labels: { type: "string" },
  "dont-know": { type: "string" },
  box: { type: "string" },
  ci: { type: "string" },
  level: { type: "string" },
  out: { type: "string" },
  svg: { type: "string" },
  title: { type: "string" },
  source: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const surveyLikertHelp = `Usage: smartspec survey likert (--data FILE.csv | --dataset ID) --items COL,COL,... [--by COL]
         [--weight COL] [--labels "1=Never,2=Rarely,3=Sometimes,4=Frequently"] [--dont-know 5]
         [--box 2] [--ci wilson|clopper-pearson|logit|wald] [--level 0.95] --out FILE.csv
         [--svg FILE.svg] [--title TEXT] [--source TEXT]

Summarises Likert items that share one answer scale, per group of --by: the share of each answer
among the answers on the scale, the top box (the --box highest answers) and the bottom box with
design-based intervals, as R's survey package computes them with
  svyciprop(~I(ITEM %in% TOP), subset(svydesign(ids = ~1, weights = ~WEIGHT, data = d),
            ITEM %in% SCALE & BY == group), method = ...)
"Don't know" answers are left out of the percentages and reported apart, as a share of everyone
who answered the item.

Options:
  --data FILE.csv     one row per respondent (comma, semicolon or tab separated)
  --dataset ID        a bundled survey instead (smartspec datasets lists them: ospo-survey-2022);
                      its data dictionary labels the items and its attribution goes on the chart
  --items COLS        the item columns, comma separated, in the order to show them
  --by COL            summarise per group of this column (rows with an empty group are left out)
  --weight COL        weights (> 0), taken as fixed design weights; default 1
  --labels LIST       CODE=LABEL for every answer code, lowest to highest; the scale is these codes
                      without the --dont-know ones. Without --labels: every code found, sorted
  --dont-know CODES   codes reported apart, not on the scale (comma separated)
  --box N             answers in the top and bottom box (default 2)
  --ci METHOD         wilson (default), clopper-pearson, logit (svyciprop's default in R), wald
  --level X           confidence level, between 0 and 1 (default 0.95)
  --out FILE.csv      item,item_text,by,measure,category,label,count,n,proportion,se,ci_low,ci_high,
                      n_effective,bar_start,bar_end: measure "share" (one row per answer on the
                      scale, with its bar segment), "top-box", "bottom-box", "dont-know" (n = all
                      who answered the item; no interval)
  --svg FILE.svg      a diverging stacked bar chart: one bar per item and group, centred on the
                      middle of the scale, with legend, axis at 0, source line and licence
  --title TEXT        the chart's title (default: the question, from the data dictionary)
  --source TEXT       the chart's source line (default: the bundled data set's attribution)

Example:
  smartspec survey likert --dataset ospo-survey-2022 --items q4_1,q4_2 --by size_band \\
    --labels "1=Never,2=Rarely,3=Sometimes,4=Frequently,5=Don't know" --dont-know 5 \\
    --out q4.csv --svg q4.svg`;

function scaleOf(
  command: string,
  values: Record<string, string | boolean | undefined>,
  answers: readonly (readonly string[])[],
): LikertScale {
  const dontKnowText = stringOption(values, "dont-know");
  const dontKnow = dontKnowText === undefined ? [] : listOption(command, "dont-know", dontKnowText);
  const labelsText = stringOption(values, "labels");
  const labels = new Map(labelsText === undefined ? [] : labelsOption(command, "labels", labelsText));
  const codes =
    labelsText === undefined
      ? sortedLevels(answers.flat()).filter((code) => !dontKnow.includes(code))
      : [...labels.keys()].filter((code) => !dontKnow.includes(code));
  return { codes, dontKnow, label: (code) => labels.get(code) ?? code };
}

/** Throws InputError at the first answer that is neither on the scale nor a don't-know code. */
function checkCodes(
  file: string,
  lines: readonly number[],
  item: string,
  answers: readonly string[],
  scale: LikertScale,
) {
  const known = new Set([...scale.codes, ...scale.dontKnow]);
  const bad = answers.findIndex((answer) => answer !== "" && !known.has(answer));
  if (bad < 0) return;
  throw new InputError(
    "invalid-data",
    `${file}, line ${lines[bad]}, column "${item}": "${answers[bad]}" is not on the scale (${scale.codes.join(", ")})` +
      `${scale.dontKnow.length > 0 ? ` nor a --dont-know code (${scale.dontKnow.join(", ")})` : ""}; list every answer code in --labels.`,
    { file, line: lines[bad]!, column: item },
  );
}

const percent = (p: number) => `${(100 * p).toFixed(1)}%`;

export async function runSurveyLikert(args: readonly string[], context: CliContext): Promise<number> {
  const command = "survey likert";
  const values = parseOptions(command, args, options);
  if (values.help) {
    context.stdout(`${surveyLikertHelp}\n`);
    return 0;
  }
  const items = listOption(command, "items", requiredOption(command, values, "items"));
  const out = requiredOption(command, values, "out");
  const box = positiveIntegerOption(command, values, "box") ?? 2;
  const ci = choiceOption(command, values, "ci", intervalChoices) ?? "wilson";
  const level = levelOption(command, values);
  const [by, weight, svg] = ["by", "weight", "svg"].map((name) => stringOption(values, name));

  const data = readSurveyData(command, values, context);
  const { table } = data;
  const answers = items.map((item) => textColumn(table, item, "--items"));
  const scale = scaleOf(command, values, answers);
  for (const [k, item] of items.entries()) checkCodes(table.file, table.lines, item, answers[k]!, scale);
  const groupOf = by === undefined ? undefined : textColumn(table, by, "--by");
  const groups = groupOf === undefined ? [""] : displayOrder(sortedLevels(groupOf));
  const design = locateSurveyErrors(table, () =>
    surveyDesign({
      rows: table.records.length,
      ...(weight === undefined ? {} : { weights: positiveColumn(table, weight, "--weight") }),
    }),
  );
  const method = svycipropMethod[ci];
  const substantive = new Set(scale.codes);
  const results: LikertResult[] = [];
  items.forEach((item, k) => {
    for (const group of groups) {
      const rows = Uint8Array.from(table.records, (_, i) =>
        groupOf === undefined || groupOf[i] === group ? 1 : 0,
      );
      const codes = answers[k]!.map((a) => (a === "" ? null : a));
      if (!codes.some((v, i) => rows[i] === 1 && v !== null && substantive.has(v))) {
        context.stderr(
          `warning: column "${item}"${by === undefined ? "" : `, group "${group}"`}: no answer on the scale; left out.\n`,
        );
        continue;
      }
      const summary = locateSurveyErrors(table, () =>
        likertSummary({
          design,
          values: codes,
          scale: scale.codes,
          nonSubstantive: scale.dontKnow,
          box,
          method,
          level,
          rows,
        }),
      );
      results.push({ item, group, summary });
    }
  });

  const itemText = (item: string) => data.itemText(item) ?? "";
  const rows = likertCsvRows(results, scale, box, itemText);
  writeSurveyCsv(resolve(context.cwd, out), out, likertCsvHeader, rows);

  if (svg !== undefined) {
    const bars = likertChartBars(results, scale, (item) => itemText(item) || item);
    const question = data.questionText(items[0]!)?.replace(/\s*\(select[^)]*\)\s*$/, "");
    const title =
      stringOption(values, "title") ??
      `${question ?? `Answers to ${items.join(", ")}`}${by === undefined ? "" : ` (by ${by})`}`;
    const source =
      stringOption(values, "source") ??
      (data.attribution === undefined ? `Data: ${table.file}` : `Source: ${data.attribution}`);
    writeOutput(
      resolve(context.cwd, svg),
      svg,
      likertChartSvg({
        title,
        categories: scale.codes.map((code) => ({ code, label: scale.label(code) })),
        dontKnowLabel: scale.dontKnow.length === 0 ? undefined : scale.dontKnow.map(scale.label).join(" / "),
        bars,
        notes: [
          weight === undefined ? "Unweighted." : `Weighted by column "${weight}".`,
          `Bars: shares of the answers on the scale (n per bar), centred on the middle of the scale.`,
        ],
        source,
      }),
    );
  }

  const top = boxText(scale, scale.codes.slice(-box)).labels;
  const lines = results.map(({ item, group, summary }) => {
    const t = summary.topBox;
    const dk = summary.nonSubstantive.reduce((s, d) => s + d.count, 0);
    return `  ${item}${group === "" ? "" : ` ${group}`}: n ${summary.n}, top-${box} (${top}) ${percent(t.proportion)} [${percent(t.lower)}, ${percent(t.upper)}], bottom-${box} ${percent(summary.bottomBox.proportion)}${scale.dontKnow.length > 0 ? `, don't know ${dk}` : ""}`;
  });
  context.stdout(
    `Wrote ${out} (${rows.length} rows)${svg === undefined ? "" : ` and ${svg}`}: ${results.length} item x group summaries, ` +
      `svyciprop(method = "${method}", level = ${level})${weight === undefined ? ", unweighted" : `, weights = ~${weight}`}.\n${lines.join("\n")}\n`,
  );
  return 0;
}
