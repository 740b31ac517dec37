// The results page's pure parts: the view in the URL, the API paths, the number formats and the
// "who answered" chart options. Expected values by hand (the Kish example is the server test's:
// two micro firms weighing 53,040 and two small firms weighing 10,292.5, methods doc §5).
import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/api/api-client.ts";
import { createSurveyEndpoints } from "../../src/api/survey-endpoints.ts";
import {
  dataPackPath,
  reportPdfPath,
  representativenessPath,
  resultsPath,
} from "../../src/api/survey-results-paths.ts";
import type { LevelComparison } from "../../src/api/survey-weighting-types.ts";
import {
  formatCount,
  formatPoints,
  formatShare,
  formatTotal,
  kishSentence,
  testSentence,
} from "../../src/surveys/owner/results/format-results.ts";
import {
  businessCountYears,
  estimatesView,
  readResultsView,
  resultsViewSearch,
} from "../../src/surveys/owner/results/results-view.ts";
import {
  shareComparisonPlotOptions,
  shortLabel,
} from "../../src/surveys/owner/results/share-comparison-plot.ts";

describe("readResultsView", () => {
  it("reads a weighting and a year from the URL", () => {
    expect(readResultsView({ weighting: "rake:size,section", year: "2021" })).toEqual({
      weighting: "rake:size,section",
      year: 2021,
    });
    expect(readResultsView({ weighting: "post-stratify:size", year: 2019 })).toEqual({
      weighting: "post-stratify:size",
      year: 2019,
    });
  });

  it("falls back to design weights and the latest year for anything malformed", () => {
    expect(readResultsView({})).toEqual({ weighting: "design" });
    expect(readResultsView({ weighting: "trim", year: "20x1" })).toEqual({ weighting: "design" });
    expect(readResultsView({ weighting: "rake", year: "2021.5" })).toEqual({ weighting: "design" });
    expect(readResultsView({ year: 99 })).toEqual({ weighting: "design" });
  });
});

describe("resultsViewSearch", () => {
  it("leaves the defaults out of the URL", () => {
    expect(resultsViewSearch({ weighting: "design" }, 2022)).toEqual({
      weighting: undefined,
      year: undefined,
    });
    expect(resultsViewSearch({ weighting: "design", year: 2022 }, 2022)).toEqual({
      weighting: undefined,
      year: undefined,
    });
    expect(resultsViewSearch({ weighting: "post-stratify:section", year: 2018 }, 2022)).toEqual({
      weighting: "post-stratify:section",
      year: 2018,
    });
  });
});

describe("estimatesView", () => {
  it("drops the year under design weights, where it changes no estimate", () => {
    expect(estimatesView({ weighting: "design", year: 2019 })).toEqual({ weighting: "design" });
    expect(estimatesView({ weighting: "rake:size,section", year: 2019 })).toEqual({
      weighting: "rake:size,section",
      year: 2019,
    });
  });
});

describe("businessCountYears", () => {
  const datasets = [
    { id: "uk-business-counts-lep", years: [2018, 2019] },
    { id: "uk-business-counts-gb-sic5-sizeband", years: [2016, 2017, 2018, 2019, 2020, 2021, 2022] },
  ];

  it("offers the years of the GB business counts, oldest first", () => {
    expect(businessCountYears(datasets, 2022)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022]);
  });

  it("offers the year the server used while the catalogue is unknown", () => {
    expect(businessCountYears(undefined, 2022)).toEqual([2022]);
    expect(businessCountYears(undefined)).toEqual([]);
  });
});

describe("results paths", () => {
  it("put the weighting and year in the query only when they are not the defaults", () => {
    expect(resultsPath("ne", "s1")).toBe("/api/workspaces/ne/surveys/s1/results");
    expect(resultsPath("ne", "s1", { weighting: "design" })).toBe("/api/workspaces/ne/surveys/s1/results");
    expect(resultsPath("ne", "s1", { weighting: "rake:size,section", year: 2021 })).toBe(
      "/api/workspaces/ne/surveys/s1/results?weighting=rake%3Asize%2Csection&year=2021",
    );
    expect(representativenessPath("ne", "s1")).toBe("/api/workspaces/ne/surveys/s1/representativeness");
    expect(representativenessPath("ne", "s1", 2020)).toBe(
      "/api/workspaces/ne/surveys/s1/representativeness?year=2020",
    );
  });

  it("name the two downloads, under the view's weighting and year", () => {
    expect(reportPdfPath("n e", "s1")).toBe("/api/workspaces/n%20e/surveys/s1/report.pdf");
    expect(dataPackPath("ne", "s1")).toBe("/api/workspaces/ne/surveys/s1/data-pack");
    expect(reportPdfPath("ne", "s1", { weighting: "design" })).toBe(
      "/api/workspaces/ne/surveys/s1/report.pdf",
    );
    expect(reportPdfPath("ne", "s1", { weighting: "rake:size,section", year: 2021 })).toBe(
      "/api/workspaces/ne/surveys/s1/report.pdf?weighting=rake%3Asize%2Csection&year=2021",
    );
    expect(dataPackPath("ne", "s1", { weighting: "post-stratify:section" })).toBe(
      "/api/workspaces/ne/surveys/s1/data-pack?weighting=post-stratify%3Asection",
    );
  });

  it("are what the endpoint functions request", async () => {
    const sent: string[] = [];
    const fetch = (async (input: string | URL | Request) => {
      sent.push(String(input));
      return new Response("{}");
    }) as typeof globalThis.fetch;
    const api = createSurveyEndpoints(createApiClient({ fetch }));
    await api.results("ne", "s1", { weighting: "post-stratify:size" });
    await api.representativeness("ne", "s1", 2022);
    expect(sent).toEqual([
      "/api/workspaces/ne/surveys/s1/results?weighting=post-stratify%3Asize",
      "/api/workspaces/ne/surveys/s1/representativeness?year=2022",
    ]);
  });
});

describe("number formats", () => {
  it("write counts, weighted totals and shares", () => {
    expect([formatCount(106080), formatCount(4), formatCount(Number.NaN)]).toEqual(["106,080", "4", "-"]);
    expect([formatTotal(10292.5), formatTotal(20585)]).toEqual(["10,292.5", "20,585"]);
    expect([formatShare(0.83749), formatShare(2 / 3), formatShare(null), formatShare(1)]).toEqual([
      "83.7%",
      "66.7%",
      "-",
      "100.0%",
    ]);
  });

  it("sign a difference in percentage points with a true minus", () => {
    expect([formatPoints(0.163), formatPoints(-0.05), formatPoints(0.0004), formatPoints(-0.0004)]).toEqual([
      "+16.3",
      "\u22125.0",
      "0.0",
      "0.0",
    ]);
  });

  it("state the base of weighted estimates: n, Kish's effective n and design effect", () => {
    // n_eff = 126,665² / (2 x 53,040² + 2 x 10,292.5²) = 2.74804; deff = 4 / n_eff = 1.45558.
    expect(
      kishSentence({ n: 4, effectiveSampleSize: 2.7480384653342327, designEffect: 1.4555837010503767 }),
    ).toBe("n = 4, effective n = 2.7, design effect 1.46");
    expect(kishSentence({ n: 1107, effectiveSampleSize: 1107, designEffect: 1 })).toBe(
      "n = 1,107, effective n = 1107.0, design effect 1.00",
    );
  });

  it("write a chi-square test as R prints its parts", () => {
    expect(testSentence({ statistic: 3.8415, degreesOfFreedom: 1, pValue: 0.05, smallExpected: false })).toBe(
      "chi-square 3.84 on 1 df, p = 0.050",
    );
    expect(testSentence({ statistic: 20.5, degreesOfFreedom: 3, pValue: 0.00013, smallExpected: true })).toBe(
      "chi-square 20.50 on 3 df, p < 0.001 (some expected counts are under 5, so the test is rough)",
    );
  });
});

describe("shareComparisonPlotOptions", () => {
  const level = (label: string, respondentShare: number, populationShare: number): LevelComparison => ({
    level: label.slice(0, 1),
    label,
    population: 0,
    populationShare,
    frame: 0,
    frameShare: 0,
    sample: 0,
    sampleShare: 0,
    respondents: 0,
    respondentShare,
    responseRate: null,
    differenceFromPopulation: respondentShare - populationShare,
    differenceFromFrame: 0,
  });

  it("cuts long labels with an ellipsis", () => {
    expect(shortLabel("C Manufacturing", 20)).toBe("C Manufacturing");
    expect(shortLabel("G Wholesale and retail trade", 10)).toBe("G Wholesa\u2026");
  });

  it("draws shares on a 0-100 % axis, one row per level, labels within 40 % of the width", () => {
    const options = shareComparisonPlotOptions(
      [
        level("micro (0-9)", 0.5, 0.84),
        level("G Wholesale and retail trade; repair of motor vehicles", 0.5, 0.16),
      ],
      600,
    );
    const x = options.x as { domain: number[]; percent: boolean };
    expect([x.domain, x.percent]).toEqual([[0, 100], true]);
    // 40 % of 600 px is 240 px: (240 - 12) / 7 = 32 characters at most.
    expect((options.y as { domain: string[] }).domain).toEqual([
      "micro (0-9)",
      "G Wholesale and retail trade; r\u2026", // 31 characters and the ellipsis
    ]);
    expect([options.height, options.marginLeft]).toEqual([40 + 34 * 2, 12 + 7 * 32]);
    expect(options.marks).toHaveLength(3);
  });
});
