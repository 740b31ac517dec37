// The fixed part of the data pack's R script: the interval for one proportion, exactly as the
// report computes it (svyciprop on the domain; the survey >= 4.5 Wilson formula written out so
// older survey versions give it too; an unweighted Clopper-Pearson interval at p = 0 or 1), the
// result collector and the writer. Kept as R text here so the generator only fills in names.
export const rHelpers = String.raw`# One proportion over a domain: svymean for p and its SE, svyciprop for the interval.
proportion_row <- function(design, indicator, domain, method, level) {
  design <- update(design, .y = as.numeric(domain & indicator))
  sub <- design[domain, ]
  est <- svymean(~.y, sub)
  p <- unname(coef(est)[1])
  v <- unname(vcov(est)[1, 1])
  n <- sum(domain)
  x <- sum(indicator[domain])
  alpha <- 1 - level
  if (p > 0 && p < 1 && v > 0) {
    if (method == "wilson") {
      # The Wilson interval of survey >= 4.5 at n_eff = p(1 - p) / var with t on degf(design) df.
      neff <- p * (1 - p) / v
      t <- qt(1 - alpha / 2, degf(sub))
      centre <- p + t^2 / (2 * neff)
      half <- t / (2 * neff) * sqrt(4 * neff * p * (1 - p) + t^2)
      ci <- c(centre - half, centre + half) / (1 + t^2 / neff)
    } else {
      ci <- as.vector(attr(svyciprop(~.y, sub, method = method, level = level), "ci"))
    }
  } else {
    # svyciprop has no interval at p = 0 or 1: an unweighted Clopper-Pearson interval instead.
    ci <- c(if (x == 0) 0 else qbeta(alpha / 2, x, n - x + 1),
            if (x == n) 1 else qbeta(1 - alpha / 2, x + 1, n - x))
  }
  c(proportion = p, se = sqrt(v), ci_low = ci[1], ci_high = ci[2], n = n)
}

# The groups of a by-variable (sorted codes), or one group of every row.
groups_of <- function(by) {
  if (is.null(by)) return(list(list(code = "", rows = rep(TRUE, nrow(d)))))
  lapply(sort(unique(na.omit(by))), function(g) list(code = as.character(g), rows = !is.na(by) & by == g))
}

results <- list()
add <- function(estimate, by, category, values) {
  results[[length(results) + 1]] <<- data.frame(estimate = estimate, by = by, category = as.character(category),
                                                quantity = names(values), value = unname(values))
  cat(sprintf("%-12s %-6s %-6s %s\n", estimate, by, category,
              paste(sprintf("%s = %.6g", names(values), values), collapse = ", ")))
}
`;
