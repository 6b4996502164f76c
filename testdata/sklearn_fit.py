#!/usr/bin/python3
"""Peer timing: scikit-learn's unregularized logistic regression fit, for the Speed section of
README.md, beside `go test -bench NewtonLarge`.

Data as the Go benchmark makes them (not the same draws): m x n standard normal features, a
column of ones first, labels drawn from the model with theta = 0.5 * N(0, 1). Fits
LogisticRegression(penalty=None, solver='lbfgs', tol=1e-10, max_iter=10000), the fastest
sklearn solver that takes tol, timed over REPS fits; prints the median, the iterations, and
the norm of the gradient of J = mean cost at its solution, to set beside Newton's.

Usage: /usr/bin/python3 sklearn_fit.py [M N REPS]   (default: 1000000 20 3)
Needs Debian's python3-sklearn. Threads: OMP_NUM_THREADS / OPENBLAS_NUM_THREADS.
"""
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression


def main():
    m, n, reps = (int(a) for a in (sys.argv[1:4] if len(sys.argv) > 3 else (1000000, 20, 3)))
    rng = np.random.default_rng(7)
    X = rng.standard_normal((m, n))
    X[:, 0] = 1.0
    theta = 0.5 * rng.standard_normal(n)
    y = (rng.random(m) < 1 / (1 + np.exp(-X @ theta))).astype(float)
    times = []
    for _ in range(reps):
        clf = LogisticRegression(penalty=None, solver="lbfgs", tol=1e-10, max_iter=10000, fit_intercept=False)
        t = time.perf_counter()
        clf.fit(X, y)
        times.append(time.perf_counter() - t)
    w = clf.coef_.ravel()
    h = 1 / (1 + np.exp(-X @ w))
    grad = X.T @ (h - y) / m
    print(f"sklearn lbfgs m={m} n={n}: median {np.median(times):.3f} s over {reps} fits "
          f"(min {min(times):.3f}), {int(clf.n_iter_[0])} iterations, |grad J| = {np.linalg.norm(grad):.2e}")


if __name__ == "__main__":
    main()
