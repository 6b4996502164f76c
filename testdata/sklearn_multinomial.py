#!/usr/bin/python3
"""Peer timing: scikit-learn's unregularized multinomial logistic regression, beside
`go test -bench Multinomial` (README, More than two classes).

Data as the Go benchmark makes them (not the same draws): m x n standard normal features, a
column of ones first, K classes drawn from a softmax model with Theta = 0.5 * N(0, 1). Fits
LogisticRegression(penalty=None, solver='lbfgs', multi_class='multinomial', tol=1e-10), timed over
REPS fits; prints the median and the iterations.

Usage: /usr/bin/python3 sklearn_multinomial.py [M N K REPS]   (default: 100000 20 5 3)
"""
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression


def main():
    m, n, K, reps = (int(a) for a in (sys.argv[1:5] if len(sys.argv) > 4 else (100000, 20, 5, 3)))
    rng = np.random.default_rng(11)
    X = rng.standard_normal((m, n))
    X[:, 0] = 1.0
    Theta = 0.5 * rng.standard_normal((K, n))
    Z = X @ Theta.T
    P = np.exp(Z - Z.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    y = (rng.random(m)[:, None] > P.cumsum(axis=1)).sum(axis=1)
    times = []
    for _ in range(reps):
        clf = LogisticRegression(penalty=None, solver="lbfgs", multi_class="multinomial", tol=1e-10,
                                 max_iter=10000, fit_intercept=False)
        t = time.perf_counter()
        clf.fit(X, y)
        times.append(time.perf_counter() - t)
    print(f"sklearn multinomial lbfgs m={m} n={n} K={K}: median {np.median(times):.3f} s over {reps} fits "
          f"(min {min(times):.3f}), {int(clf.n_iter_[0])} iterations")


if __name__ == "__main__":
    main()
