// A small hand-made survey report input for the PDF tests: a single-choice question, a
// multiple-choice question, a 5-point Likert item with a "don't know", a number and a text
// question, with made-up weighted estimates (the writer draws what it is given; the estimates
// themselves are tested in ../results). "Yes" is the methods doc's §3.2 example (0.373832, Wilson
// 0.288028-0.468381); the rates are its §2.4 test vector (RR1 = 95 / 1053).
import { aaporRates } from "@smartspec/domain";
import type { ReportInput } from "../../../src/surveys/report-pdf/report-input.ts";
import type { SurveyResults } from "../../../src/surveys/results/estimate-survey-results.ts";
import type { QuestionResult } from "../../../src/surveys/results/result-shapes.ts";
import type { WeightsSummary } from "../../../src/surveys/results/weighting-choice.ts";

/** Methods doc §2.4: I 95, P 12, R 41, NC 585, O 0, UH 0, UO 320, NE 50 (RR1 0.090218, e 0.936143). */
export const rates = aaporRates({ I: 95, P: 12, R: 41, NC: 585, O: 0, UH: 0, UO: 320, NE: 50 });

const category = (
  value: string,
  label: string,
  proportion: number,
  low: number,
  high: number,
  n: number,
) => ({
  value,
  label,
  proportion,
  se: 0.05,
  low,
  high,
  n,
});

export const aware: QuestionResult = {
  name: "aware",
  title: "Are you aware of the facility?",
  type: "single-choice",
  n: 95,
  estimated: true,
  categories: [
    category("yes", "Yes", 0.373832, 0.288028, 0.468381, 36),
    category("no", "No", 0.485981, 0.393402, 0.579611, 46),
    category("unsure", "Not sure", 0.140187, 0.08704, 0.217809, 13),
  ],
};

export const benefits: QuestionResult = {
  name: "benefits",
  title: "Which benefits do you expect?",
  type: "multiple-choice",
  n: 80,
  estimated: true,
  categories: [
    category("skills", "Skills", 0.5, 0.39, 0.61, 40),
    category("equipment", "Equipment", 0.75, 0.64, 0.83, 60),
    category("contacts", "Contacts", 0.2, 0.12, 0.3, 16),
  ],
  multiple: {
    weightedMentions: 116,
    mentionShares: [
      { value: "skills", share: 40 / 116 },
      { value: "equipment", share: 60 / 116 },
      { value: "contacts", share: 16 / 116 },
    ],
  },
};

const agreeScale = [
  ["1", "Strongly disagree", 0.1],
  ["2", "Disagree", 0.15],
  ["3", "Neither", 0.2],
  ["4", "Agree", 0.35],
  ["5", "Strongly agree", 0.2],
] as const;

/** Diverging layout as likertSummary gives it: the left edge is -(0.1 + 0.15 + 0.2 / 2) = -0.35. */
export const supplyChain: QuestionResult = {
  name: "supply",
  title: "Association with a global manufacturer improves our access to new technology.",
  type: "likert",
  n: 90,
  estimated: true,
  categories: agreeScale.map(([value, label, share]) =>
    category(value, label, share, share - 0.05, share + 0.05, 9),
  ),
  likert: {
    topBox: { estimate: 0.55, se: 0.05, low: 0.45, high: 0.65 },
    bottomBox: { estimate: 0.25, se: 0.05, low: 0.17, high: 0.35 },
    median: "4",
    diverging: [
      { category: "1", start: -0.35, end: -0.25 },
      { category: "2", start: -0.25, end: -0.1 },
      { category: "3", start: -0.1, end: 0.1 },
      { category: "4", start: 0.1, end: 0.45 },
      { category: "5", start: 0.45, end: 0.65 },
    ],
    nonSubstantive: [{ value: "dk", label: "Don't know", n: 5, share: 5 / 95 }],
  },
};

export const employees: QuestionResult = {
  name: "employees",
  title: "How many people do you employ?",
  type: "number",
  n: 93,
  estimated: true,
  categories: [],
  mean: { estimate: 23.456, se: 2, low: 19.5, high: 27.4 },
};

export const comment: QuestionResult = {
  name: "comment",
  title: "Anything else?",
  type: "text",
  n: 31,
  estimated: false,
  categories: [],
};

export const results: SurveyResults = {
  responses: 95,
  excluded: 3,
  weighting: {
    kind: "design",
    description:
      "Design weights by stratum (0-9, 10-49): each response weighs N_h / r_h (frame units over responses in its stratum), with the finite-population correction.",
  },
  interval: { method: "wilson", level: 0.95 },
  responseRate: { RR1: rates.rates.RR1, e: rates.e, eBasis: rates.eBasis, low: true },
  caveat:
    "The response rate (AAPOR RR1) is 9.0%. The intervals cover sampling error only; at a rate this low, nonresponse bias may be larger, so compare respondents with the frame before relying on these figures.",
  questions: [aware, benefits, supplyChain, employees, comment],
};

export const generatedAt = new Date("2026-04-20T09:30:00Z");

export const reportInput: ReportInput = {
  title: "SME needs 2026",
  fieldwork: { start: new Date("2026-03-02T08:00:00Z"), end: new Date("2026-04-13T17:00:00Z") },
  results,
  rates,
  partialThreshold: 0.5,
  ruleSet: "survey-methods.md 2.3 (proposal), rules 1-10; bounces of either kind -> rule 8",
  generatedAt,
};

/** The raking summary the results would carry for the same 95 responses (numbers made up). */
export const rakedWeights: WeightsSummary = {
  requested: "rake:size,section",
  applied: "rake:size,section",
  kish: { n: 95, effectiveSampleSize: 71.84, designEffect: 1.3224 },
  problems: [],
  population: {
    source:
      "Enterprises in Great Britain by SIC 2007 subclass and size band (9 bands), 2016-2022 (uk-business-counts-gb-sic5-sizeband)",
    year: 2022,
    geography: "Great Britain (K03000001)",
    attribution:
      "Source: Office for National Statistics (UK Business Counts), licensed under the Open Government Licence v3.0.",
    licence: "OGL-UK-3.0",
    sizeBandMapping: "0 to 4, 5 to 9 -> micro (0-9); 10 to 19, 20 to 49 -> small (10-49)",
    frameSizeBands: {},
    margins: [],
  },
  rake: { sweeps: 6, converged: true, delta: 0.41 },
};

/** The same report raked to business counts. */
export const rakedInput: ReportInput = {
  ...reportInput,
  results: {
    ...results,
    weighting: {
      kind: "design",
      description: `${results.weighting.description} The weights are then raked (6 sweeps) to enterprises in Great Britain (K03000001) by size band and SIC section (ONS UK Business Counts, 2022), so the weighted respondents match the population's shares of each size band and SIC section; the variance allows for this adjustment.`,
    },
    weights: rakedWeights,
  },
};
