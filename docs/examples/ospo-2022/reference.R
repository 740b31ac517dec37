# Reference values for docs/examples/ospo-2022.md, from R's survey package (Lumley), checked by
# apps/cli/test/survey-ospo-example.test.ts. Run once from the repository root:
#   Rscript docs/examples/ospo-2022/reference.R
#   npx biome format --write docs/examples/ospo-2022/reference.json   (the committed layout)
# Reads the shipped tidy file of the OSPO Survey 2022 (CC BY-SA 4.0) and the bundled UK Business
# Counts table (OGL v3.0), writes docs/examples/ospo-2022/reference.json.
fixture_script <- "docs/examples/ospo-2022/reference.R"
suppressMessages(library(survey))
source("packages/domain/test/survey/fixtures/write-json.R")

d <- read.csv("packages/data/sets/ospo-survey-2022-organisations/ospo_2022_organisations.csv",
              colClasses = "character", na.strings = "")

# Population margins: enterprises in Great Britain, 2022, all industries, by OSPO size band.
ukbc <- read.csv(gzfile("packages/data/sets/uk-business-counts-gb-sic5-sizeband/ukbc_enterprises_gb_sic5_sizeband_2016_2022.csv.gz"),
                 colClasses = c(COUNT = "numeric", DATE = "integer"))
ukbc <- ukbc[ukbc$DATE == 2022, ]
band <- c("0 to 4" = "1-49", "5 to 9" = "1-49", "10 to 19" = "1-49", "20 to 49" = "1-49",
          "50 to 99" = "50-249", "100 to 249" = "50-249",
          "250 to 499" = "250+", "500 to 999" = "250+", "1000+" = "250+")
totals <- tapply(ukbc$COUNT, band[ukbc$EMPLOYMENT_SIZEBAND_NAME], sum)
pop <- data.frame(size_band = names(totals), Freq = as.vector(totals))

# Post-stratification (what `smartspec survey rake` with one margin does): w = N_h / n_h.
ps <- postStratify(suppressWarnings(svydesign(ids = ~1, data = d)), ~size_band, pop)
d$weight <- weights(ps)
# The CLI takes a weight column as fixed design weights: svydesign(ids = ~1, weights = ~weight).
weighted <- svydesign(ids = ~1, weights = ~weight, data = d)
unweighted <- suppressWarnings(svydesign(ids = ~1, data = d))

# svyciprop(method = "logit") fits svyglm(y ~ 1, quasibinomial) by IRLS, which stops at glm's
# default epsilon (1e-8), so its interval carries about 1e-9 relative iteration error. `converged`
# is the same Wald interval on the logit scale at the exact mean (svymean):
#   expit(logit(p) -/+ qt(0.975, degf) * SE(p) / (p (1 - p))).
converged <- function(m, design) {
  p <- as.vector(coef(m))
  half <- qt(0.975, degf(design)) * as.vector(SE(m)) / (p * (1 - p))
  as_array(1 / (1 + exp(-(log(p / (1 - p)) + c(-half, half)))))
}
top2 <- function(design, by, item) {
  out <- list()
  for (g in sort(unique(design$variables[[by]]))) {
    design$variables$answered <- design$variables[[item]] %in% c("1", "2", "3", "4")
    design$variables$top <- as.numeric(design$variables[[item]] %in% c("3", "4"))
    sub <- subset(design, answered & design$variables[[by]] == g)
    ci <- svyciprop(~top, sub, method = "logit")
    m <- svymean(~top, sub)
    out[[g]] <- list(n = nrow(sub), proportion = as.vector(coef(m)), se = as.vector(SE(m)),
                     logit = as_array(as.vector(attr(ci, "ci"))), logitConverged = converged(m, sub))
  }
  out
}
items <- paste0("q4_", 1:7)
rao_scott <- function(design) {
  f <- svychisq(~ospo + size_band, design, statistic = "F")
  chisq <- svychisq(~ospo + size_band, design, statistic = "Chisq")
  list(f = as.vector(f$statistic), ndf = as.vector(f$parameter[1]), ddf = as.vector(f$parameter[2]),
       pF = f$p.value, chisq = as.vector(chisq$statistic), pChisq = chisq$p.value)
}
ospo_share <- function(design, group) {
  design$variables$yes <- as.numeric(design$variables$ospo %in% "yes")
  sub <- subset(design, !is.na(ospo) & sme == group)
  ci <- svyciprop(~yes, sub, method = "logit")
  m <- svymean(~yes, sub)
  list(n = nrow(sub), proportion = as.vector(coef(m)), se = as.vector(SE(m)),
       logit = as_array(as.vector(attr(ci, "ci"))), logitConverged = converged(m, sub))
}
write_fixture(list(
  rows = nrow(d),
  sizeBands = as.list(table(d$size_band)),
  margins = setNames(as.list(pop$Freq), pop$size_band),
  weights = setNames(as.list(sapply(pop$size_band, function(b) unique(d$weight[d$size_band == b]))), pop$size_band),
  q4Top2BySize = setNames(lapply(items, function(i) top2(unweighted, "size_band", i)), items),
  q4Top2BySmeWeighted = setNames(lapply(items, function(i) top2(weighted, "sme", i)), items),
  ospoBySizeUnweighted = rao_scott(unweighted),
  ospoBySizeWeighted = rao_scott(weighted),
  ospoSmeWeighted = ospo_share(weighted, "sme"),
  ospoSmeUnweighted = ospo_share(unweighted, "sme")
), "docs/examples/ospo-2022/reference.json")
