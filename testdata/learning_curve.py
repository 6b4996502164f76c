# An independent computation of -learningcurve's figures, for
# TestLearningCurve: numpy's own Newton iteration on the regularized cost
# J = -(1/m) Σ [y log h + (1 - y) log(1 - h)] + λ/(2m) Σ_{j≥1} θj², run to
# rounding level from θ = 0 for the first i training examples (the file's
# examples i, from 0, with i mod 5 ≠ 0), and the unregularized J of that θ
# on them and on the held-out examples (i mod 5 = 0).
# Run in testdata/: python3 learning_curve.py > learning_curve_ref.txt
import csv
import numpy as np


def cost(theta, X, y):
    z = X @ theta
    # -[y log g(z) + (1 - y) log(1 - g(z))] = log(1 + e^z) - y z, without overflow
    return np.mean(np.logaddexp(0, z) - y * z)


def fit(X, y, lam):
    m, n = X.shape
    theta = np.zeros(n)
    P = np.eye(n) * lam / m
    P[0, 0] = 0
    for _ in range(200):
        h = 1 / (1 + np.exp(-(X @ theta)))
        grad = X.T @ (h - y) / m + P @ theta
        H = (X * (h * (1 - h))[:, None]).T @ X / m + P
        step = np.linalg.solve(H, grad)
        theta = theta - step
        if np.max(np.abs(step)) <= 1e-15 * max(1, np.max(np.abs(theta))):
            break
    return theta


def curve(name, label, lam):
    rows = list(csv.reader(open(name)))
    header, rows = rows[0], rows[1:]
    k = header.index(label)
    X = np.array([[1] + [float(v) for j, v in enumerate(r) if j != k] for r in rows])
    y = np.array([float(r[k]) for r in rows])
    held = np.arange(len(y)) % 5 == 0
    Xt, yt, Xv, yv = X[~held], y[~held], X[held], y[held]
    first = next(i + 1 for i in range(1, len(yt)) if yt[i] != yt[0])
    for i in range(first, len(yt) + 1):
        theta = fit(Xt[:i], yt[:i], lam)
        print(name, lam, i, repr(cost(theta, Xt[:i], yt[:i])), repr(cost(theta, Xv, yv)))


curve("challenger.csv", "distress", 1.0)
curve("iris_vv.csv", "virginica", 1.0)
