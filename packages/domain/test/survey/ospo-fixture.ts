// Test helper: the OSPO Survey 2022 extract (fixtures/ospo-2022-organisations.csv; CC BY-SA 4.0,
// see fixtures/OSPO-SOURCE.md) and R's results on it (fixtures/ospo.json from fixtures/ospo.R,
// R 4.2.2, survey 4.1.1): raked weights, then svydesign(ids = ~1, strata = ~size, weights = ~weight).
import { readFileSync } from "node:fs";
import { surveyDesign } from "../../src/survey/index.ts";

const lines = readFileSync(new URL("fixtures/ospo-2022-organisations.csv", import.meta.url), "utf8")
  .trim()
  .split("\n");
const [header, ...rows] = lines.map((line) => line.split(","));
const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]!);

export const ospo = JSON.parse(readFileSync(new URL("fixtures/ospo.json", import.meta.url), "utf8")) as {
  rake: { weights: number[] };
  top2: { proportion: number; logit: [number, number] };
  likertBySize: { f: number; ndf: number; ddf: number; pF: number };
  multipleResponse: {
    respondents: number;
    options: { option: string; proportion: number; se: number; logit: [number, number] }[];
    mentionShare: number[];
  };
  raoScottSizeByRegion: { f: number; ndf: number; ddf: number; pF: number; chisq: number };
};

export const ospoData = {
  size: column("size"),
  region: column("region"),
  q4: column("q4_1").map((v) => (v === "" ? null : v)),
  ticks: [1, 2, 3, 4, 5].map((k) => Float64Array.from(column(`q1_${k}`), Number)),
};

export const ospoDesign = surveyDesign({
  rows: rows.length,
  strata: ospoData.size,
  weights: ospo.rake.weights,
});
