#!/usr/bin/python3
# Copied from the project's shared benchmarks (shared/bench/numpy_costgrad.py) on 2026-11-29; unchanged below.
# The peer for the Speed section of README.md: run with /usr/bin/python3 (Debian's python3-numpy).
"""Peer timing: one cost+gradient pass of logistic regression in vectorized numpy.

    J    = mean(log(1 + e^z) - y z),  z = X theta
    grad = X^T (sigmoid(X theta) - y) / m

Two ways a careful numpy user writes it, timed alternately; the faster one is the peer:
  plain:   z = X @ theta; J = mean(logaddexp(0, z) - y*z); grad = X.T @ (1/(1+exp(-z)) - y) / m
  buffers: the same math into preallocated arrays (out=...), no large temporaries

Usage: /usr/bin/python3 numpy_costgrad.py [M N ...]   (default: 1000000 10 100000 100)
Needs Debian's numpy: apt-get install -y python3-numpy. Prints, per shape, the median over 20
runs of each form, in ms, and `best` = the faster median, to set beside `go test -bench`
figures taken on the same machine in the same minute. BLAS threads: OPENBLAS_NUM_THREADS.
"""
import sys
import time

import numpy as np


def forms(m, n):
    rng = np.random.default_rng(1)
    X = rng.standard_normal((m, n))
    X[:, 0] = 1.0
    y = (rng.random(m) < 0.5).astype(float)
    theta = rng.standard_normal(n) * 0.1

    def plain():
        z = X @ theta
        h = 1.0 / (1.0 + np.exp(-z))
        return np.mean(np.logaddexp(0.0, z) - y * z), X.T @ (h - y) / m

    z, t, u, g = np.empty(m), np.empty(m), np.empty(m), np.empty(n)

    def buffers():
        np.dot(X, theta, out=z)
        np.logaddexp(0.0, z, out=t)
        np.multiply(y, z, out=u)
        np.subtract(t, u, out=t)
        J = t.mean()
        np.negative(z, out=t)
        np.exp(t, out=t)
        np.add(t, 1.0, out=t)
        np.reciprocal(t, out=t)
        np.subtract(t, y, out=t)
        np.dot(t, X, out=g)
        return J, g / m

    return {"plain": plain, "buffers": buffers}


def time_pass(m, n, reps=20):
    fs = forms(m, n)
    ts = {name: [] for name in fs}
    for f in fs.values():
        f()
    for _ in range(reps):
        for name, f in fs.items():
            t0 = time.perf_counter()
            f()
            ts[name].append(time.perf_counter() - t0)
    return {name: float(np.median(v)) * 1e3 for name, v in ts.items()}


def main(argv):
    sizes = [int(a) for a in argv] or [1_000_000, 10, 100_000, 100]
    for m, n in zip(sizes[::2], sizes[1::2]):
        r = time_pass(m, n)
        print(f"numpy m={m} n={n}: plain {r['plain']:.3f} ms  buffers {r['buffers']:.3f} ms  best {min(r.values()):.3f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
