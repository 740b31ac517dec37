// Multi-year panels in one call: each period is analysed on its own (its own drops, eigenvector and
// standardisation), over the panel's shared code lists. ECI is therefore not comparable across years
// (reference pitfall 12); every period's result says so in a warning.

import type { ComplexityWarning } from "../complexity/complexity-warnings.ts";
import type { Panel } from "../matrix/matrix-from-long.ts";
import { analyseComplexity } from "./analyse-complexity.ts";
import type { ComplexityAnalysis, ComplexityAnalysisOptions } from "./complexity-analysis-types.ts";

/** The warning every period of a multi-period analysis carries (reference pitfall 12). */
export const notComparableAcrossPeriods: ComplexityWarning = {
  code: "not-comparable-across-periods",
  message:
    "ECI and PCI are standardised within each period, so their levels are not comparable across periods; compare ranks.",
};

/** `analysis` with the not-comparable warning added (for callers that analyse period by period). */
export function withPanelWarning<A extends Pick<ComplexityAnalysis, "diagnostics">>(analysis: A): A {
  return {
    ...analysis,
    diagnostics: {
      ...analysis.diagnostics,
      warnings: [...analysis.diagnostics.warnings, notComparableAcrossPeriods],
    },
  };
}

export interface ComplexityPanelAnalysis {
  readonly times: readonly string[];
  readonly periods: readonly ComplexityAnalysis[];
}

/** `analyseComplexity` for every period of `panel`, in time order. */
export function analyseComplexityPanel(
  panel: Panel,
  options: ComplexityAnalysisOptions = {},
): ComplexityPanelAnalysis {
  const periods = panel.matrices.map((matrix) => {
    const result = analyseComplexity(matrix, options);
    return panel.times.length < 2 ? result : withPanelWarning(result);
  });
  return { times: panel.times, periods };
}
