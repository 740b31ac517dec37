// Multi-year panels in one call: each period is analysed on its own (its own drops, eigenvector and
// standardisation), over the panel's shared code lists. ECI is therefore not comparable across years
// (reference pitfall 12); every period's result says so in a warning.
import type { Panel } from "../matrix/matrix-from-long.ts";
import { analyseComplexity } from "./analyse-complexity.ts";
import type { ComplexityAnalysis, ComplexityAnalysisOptions } from "./complexity-analysis-types.ts";

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
    if (panel.times.length < 2) return result;
    return {
      ...result,
      diagnostics: {
        ...result.diagnostics,
        warnings: [
          ...result.diagnostics.warnings,
          {
            code: "not-comparable-across-periods",
            message:
              "ECI and PCI are standardised within each period, so their levels are not comparable across periods; compare ranks.",
          },
        ],
      },
    };
  });
  return { times: panel.times, periods };
}
