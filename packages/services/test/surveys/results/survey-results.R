# Reference values for the survey results tests (packages/services/test/surveys/results and
# apps/server/test/surveys-fieldwork.test.ts): four respondents in two size strata of a frame of
# 4 + 4 organisations (3 + 3 sampled), design svydesign(ids = ~1, strata = ~h, fpc = ~N), and
# svyciprop intervals by the survey 4.5 "wilson" formula (n_eff = p(1-p)/var, t with degf df),
# written out as in packages/domain/test/survey/fixtures/sme24.R because survey 4.1 lacks it.
# Run: Rscript survey-results.R
suppressMessages(library(survey))
d <- data.frame(
  h = c("0-9", "0-9", "10-49", "10-49"),
  N = 4,
  aware = c(1, 0, 1, 1),
  skills = c(1, 1, 0, NA),
  equipment = c(0, 1, 1, NA))
des <- svydesign(ids = ~1, strata = ~h, fpc = ~N, data = d)
wilson <- function(formula, design) {
  ci <- svyciprop(formula, design, method = "mean")
  p <- as.vector(coef(ci)); v <- as.vector(attr(ci, "var"))
  neff <- p * (1 - p) / v
  t <- qt(0.975, degf(design))
  centre <- p + t^2 / (2 * neff)
  half <- t / (2 * neff) * sqrt(4 * neff * p * (1 - p) + t^2)
  c(p = p, se = sqrt(v), low = (centre - half) / (1 + t^2 / neff), high = (centre + half) / (1 + t^2 / neff),
    degf = degf(design))
}
cat(R.version.string, "survey", as.character(packageVersion("survey")), "\n")
print(weights(des))
print(wilson(~I(aware == 1), des), digits = 15)
print(wilson(~I(aware == 0), des), digits = 15)
answered <- subset(des, !is.na(skills))
print(wilson(~I(skills == 1), answered), digits = 15)
print(wilson(~I(equipment == 1), answered), digits = 15)
