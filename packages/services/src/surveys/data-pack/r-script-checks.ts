// The checks a data pack's R script ends its parts with, so whoever runs it learns at once whether
// R agrees with the pack: the design's final weights against the pack's weight column, and every
// estimate against the report's (the pack's estimates CSV), each within 1e-9 relative to
// max(1, |value|). A difference stops the script with the entries that differ.
import { rName, rString } from "./r-literal.ts";

/** After the design: R's final weights against the column `weightVariable`. */
export function weightCheckLines(weightVariable: string): string[] {
  const column = `d[[${rString(weightVariable)}]]`;
  return [
    `# Check: the design's final weights are the pack's ${rName(weightVariable)} column.`,
    `weight_gap <- max(abs(unname(weights(des)) - ${column}) / pmax(1, abs(${column})))`,
    'cat(sprintf("Final weights: largest difference from the pack\'s weight column %.3g\\n", weight_gap))',
    'if (!(weight_gap <= 1e-9)) stop("the weights R computed are not the pack\'s weight column")',
  ];
}

/** After the estimates (`out`, values still numbers): R's estimates against `reportFile`'s. */
export function estimateCheckLines(reportFile: string): string[] {
  return [
    `# Check: every estimate equals the report's (${reportFile}).`,
    `report <- read.csv(${rString(reportFile)}, colClasses = "character", na.strings = character(0))`,
    'key <- function(x) paste(x$estimate, x$by, x$category, x$quantity, sep = "|")',
    "expected <- setNames(as.numeric(report$value), key(report))",
    "got <- setNames(out$value, key(out))",
    "if (!setequal(names(got), names(expected))) stop(\"R's estimates are not the report's list of estimates\")",
    "got <- got[names(expected)]",
    "agree <- (is.na(got) & is.na(expected)) |",
    "  (!is.na(got) & !is.na(expected) & (got == expected | abs(got - expected) <= 1e-9 * pmax(1, abs(expected))))",
    'cat(sprintf("Report estimates: %d of %d numbers agree within 1e-9\\n", sum(agree), length(agree)))',
    'if (!all(agree)) stop("these differ from the report: ", paste(names(expected)[!agree], collapse = ", "))',
  ];
}
