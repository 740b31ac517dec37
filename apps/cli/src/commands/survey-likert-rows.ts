// What `smartspec survey likert` writes, from the domain's Likert summaries: the long CSV (one row
// per answer on the scale with its bar segment, then the top box, the bottom box and each "don't
// know" code) and the bars of the diverging chart.
import type { DomainProportion, LikertSummary } from "@smartspec/domain";
import type { LikertBar } from "../charts/likert-chart-svg.ts";

/** The answer scale: substantive codes low to high, codes kept apart, and each code's label. */
export interface LikertScale {
  readonly codes: readonly string[];
  readonly dontKnow: readonly string[];
  readonly label: (code: string) => string;
}

/** One item summarised in one group ("" when there is no --by). */
export interface LikertResult {
  readonly item: string;
  readonly group: string;
  readonly summary: LikertSummary;
}

export const likertCsvHeader = [
  "item",
  "item_text",
  "by",
  "measure",
  "category",
  "label",
  "count",
  "n",
  "proportion",
  "se",
  "ci_low",
  "ci_high",
  "n_effective",
  "bar_start",
  "bar_end",
] as const;

/** The box's codes ("3+4") and labels ("Sometimes + Frequently"). */
export function boxText(scale: LikertScale, codes: readonly string[]): { codes: string; labels: string } {
  return { codes: codes.join("+"), labels: codes.map(scale.label).join(" + ") };
}

/** The CSV rows, in likertCsvHeader's order (NaN = empty field). */
export function likertCsvRows(
  results: readonly LikertResult[],
  scale: LikertScale,
  box: number,
  itemText: (item: string) => string,
): (string | number)[][] {
  const top = boxText(scale, scale.codes.slice(-box));
  const bottom = boxText(scale, scale.codes.slice(0, box));
  const interval = (p: DomainProportion) => [p.proportion, p.se, p.lower, p.upper, p.nEffective];
  return results.flatMap(({ item, group, summary }) => {
    const base = [item, itemText(item), group];
    const answering = summary.n + summary.nonSubstantive.reduce((s, d) => s + d.count, 0);
    return [
      ...summary.distribution.map((d, i) => [
        ...base,
        "share",
        d.category,
        scale.label(d.category),
        d.count,
        summary.n,
        ...interval(d),
        summary.diverging[i]!.start,
        summary.diverging[i]!.end,
      ]),
      [
        ...base,
        "top-box",
        top.codes,
        top.labels,
        summary.topBox.count,
        summary.n,
        ...interval(summary.topBox),
        NaN,
        NaN,
      ],
      [
        ...base,
        "bottom-box",
        bottom.codes,
        bottom.labels,
        summary.bottomBox.count,
        summary.n,
        ...interval(summary.bottomBox),
        NaN,
        NaN,
      ],
      // "Don't know": a share of everyone who answered the item, without an interval.
      ...summary.nonSubstantive.map((d) => [
        ...base,
        "dont-know",
        d.code,
        scale.label(d.code),
        d.count,
        answering,
        d.share,
        NaN,
        NaN,
        NaN,
        NaN,
        NaN,
        NaN,
      ]),
    ];
  });
}

/** The chart's bars: one per item and group, segments in scale order. */
export function likertChartBars(
  results: readonly LikertResult[],
  scale: LikertScale,
  itemLabel: (item: string) => string,
): LikertBar[] {
  return results.map(({ item, group, summary }) => ({
    item,
    itemLabel: itemLabel(item),
    group,
    n: summary.n,
    segments: summary.diverging.map((segment, i) => ({
      category: segment.category,
      label: scale.label(segment.category),
      share: summary.distribution[i]!.proportion,
      count: summary.distribution[i]!.count,
      start: segment.start,
      end: segment.end,
    })),
    dontKnowShare: summary.nonSubstantive.reduce((s, d) => s + d.share, 0),
  }));
}
