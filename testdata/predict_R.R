# The reference predictions of TestNewdataAgainstR: R glm fits to the training
# files, refitted twice from their own optimum (epsilon 1e-15) so that se.fit is
# the optimum's, and predict(type = "link", se.fit = TRUE) on the held-out rows
# without a missing value, mapped through g: h and its 95% Wald bounds.
# Run in testdata/ with R 4.2: Rscript predict_R.R
ref <- function(train, test, out) {
  tr <- read.csv(train, stringsAsFactors = TRUE); te <- read.csv(test, stringsAsFactors = TRUE)
  label <- if ("low" %in% names(tr)) "low" else "case"
  tr <- tr[, names(tr) != "X"]; f <- as.formula(paste(label, "~ ."))
  fit0 <- glm(f, binomial, tr)
  fit <- glm(f, binomial, tr, start = coef(fit0), control = glm.control(epsilon = 1e-15, maxit = 100))
  fit <- glm(f, binomial, tr, start = coef(fit), control = glm.control(epsilon = 1e-15, maxit = 100))
  te <- na.omit(te[, names(te) != "X"])
  p <- predict(fit, te, type = "link", se.fit = TRUE)
  z <- qnorm(0.975)
  h <- cbind(plogis(p$fit), plogis(p$fit - z * p$se.fit), plogis(p$fit + z * p$se.fit))
  writeLines(apply(h, 1, function(r) paste(sprintf("%.17g", r), collapse = ",")), out)
}
options(digits = 17)
ref("birthwt_train.csv", "birthwt_test.csv", "birthwt_test_R.txt")
ref("infert_train.csv", "infert_test.csv", "infert_test_R.txt")
