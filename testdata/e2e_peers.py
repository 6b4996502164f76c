#!/usr/bin/python3
"""Peers for the end-to-end row of the Speed section of README.md: the whole job, from a CSV
file to the fitted model with its standard errors, as a statistician runs it.

  /usr/bin/python3 testdata/e2e_peers.py write FILE [M N]   writes FILE: a header x1..xN,y and M
      rows of N standard normal features (6 decimals) and a label drawn from the model with
      theta = 0.5 * N(0, 1) (default 1000000 20: 192 MB)
  /usr/bin/python3 testdata/e2e_peers.py statsmodels FILE   reads FILE with pandas and fits it
      with statsmodels' Logit (Newton's method), printing the summary (coefficients, standard
      errors, z, p, Wald intervals)

Time each beside the Go program and R with /usr/bin/time -f '%e s %M KB':
  /usr/bin/time -f '%e s %M KB' ./logreg FILE > /dev/null
  /usr/bin/time -f '%e s %M KB' /usr/bin/python3 testdata/e2e_peers.py statsmodels FILE > /dev/null
  /usr/bin/time -f '%e s %M KB' Rscript -e 'd <- read.csv("FILE"); print(summary(glm(y ~ ., binomial, d)))' > /dev/null
Needs Debian's python3-numpy, python3-pandas, python3-statsmodels and r-base-core.
"""
import sys

import numpy as np


def write(path, m, n):
    rng = np.random.default_rng(11)
    X = rng.standard_normal((m, n))
    theta = 0.5 * rng.standard_normal(n + 1)
    p = 1 / (1 + np.exp(-(theta[0] + X @ theta[1:])))
    y = (rng.random(m) < p).astype(int)
    with open(path, "w") as f:
        f.write(",".join(f"x{j + 1}" for j in range(n)) + ",y\n")
        for start in range(0, m, 100000):
            rows = X[start:start + 100000]
            lines = [",".join(f"{v:.6f}" for v in row) + f",{label}" for row, label in zip(rows, y[start:start + 100000])]
            f.write("\n".join(lines) + "\n")


def statsmodels_fit(path):
    import pandas as pd
    import statsmodels.api as sm
    d = pd.read_csv(path)
    X = sm.add_constant(d.drop(columns="y"))
    fit = sm.Logit(d["y"], X).fit(disp=0, method="newton", tol=1e-10, maxiter=100)
    print(fit.summary())


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "write":
        m, n = (int(a) for a in (sys.argv[3:5] if len(sys.argv) > 4 else (1000000, 20)))
        write(sys.argv[2], m, n)
    elif len(sys.argv) == 3 and sys.argv[1] == "statsmodels":
        statsmodels_fit(sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
