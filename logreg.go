// Logistic regression as in Andrew Ng's Machine Learning course (exercise 2),
// in the summation form of the course notes:
//
//	h_θ(x) = g(θᵀx),  g(z) = 1 / (1 + e^(−z))
//	J(θ)   = −(1/m) Σᵢ [ y⁽ⁱ⁾ log h_θ(x⁽ⁱ⁾) + (1 − y⁽ⁱ⁾) log(1 − h_θ(x⁽ⁱ⁾)) ]
//	∂J/∂θⱼ = (1/m) Σᵢ (h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾
//
// Rows of X are examples and X[i][0] == 1 (the course's X = [ones(m, 1) X]),
// so θ₀ is the intercept; nothing here adds that column. This file does no
// I/O and has no globals but its error values. It needs Go 1.22 or later and
// the standard library only: copy it into another package and change only
// the package clause.
//
// Its chapters, each headed "——— N. … ———":
//
//	1. The course: Sigmoid, CostFunction, CostFunctionReg, MapFeature,
//	   GradientDescent, Hypothesis, Predict, FeatureNormalize
//	2. Newton's method (Newton), and the damped-Newton driver every fit uses
//	3. Diagnoses: Separation, Separates, CheckRank
//	4. Statistics of an unregularized fit: Hessian, StdErrors, Covariance
//	   (kept and made again by its Parts and CovarianceFromParts),
//	   Deviances, ProfileInterval, AUC (and AUCCounter), the χ² and normal distributions;
//	   and Firth's penalized likelihood: Firth, FirthCost,
//	   FirthProfileInterval, FirthLRTest
//	5. More than two classes: OneVsAll and Multinomial (softmax), their
//	   predictions and standard errors
//	6. Choosing λ: CrossValidate, CrossValidateClasses, BestLambda
//	7. Parallel passes, linear algebra, and the checks of what is given
//
// What is an error, and what a panic:
//
//   - The functions that fit or estimate (Newton, NewtonWeighted, Firth,
//     OneVsAll, Multinomial, CrossValidate, CrossValidateClasses, StdErrors,
//     NewCovariance, NewCovarianceWeighted, ProfileInterval,
//     ProfileIntervalWeighted, FirthProfileInterval, FirthLRTest,
//     MultinomialStdErrors, Separation, CheckRank, CovarianceFromParts) check
//     what they are given, before any work, and return a *DataError for
//     what they cannot take: shapes that disagree or no examples, an
//     X[i][0] ≠ 1, a NaN or ±Inf in X or θ, a label outside [0, 1] or a
//     class outside 0 … K−1, λ < 0 or not finite, folds outside 2 … m, a
//     step limit below 1. A fit that is made but has no finite optimum, or
//     does not reach it, returns where it stopped and an error that says
//     why (ErrSeparable, ErrQuasiSeparated, ErrSingular, ErrNotConverged, …).
//   - The functions that evaluate a formula at a given θ keep the course's
//     signatures, which have no error (Sigmoid, CostFunction,
//     CostFunctionReg, CostFunctionWeighted, FirthCost, GradientDescent,
//     MapFeature, Hypothesis, LinearPredictor, Predict, FeatureNormalize,
//     Hessian, Separates, SoftmaxCost, SoftmaxProbabilities, the predictions
//     of the classes, AUC, AUCWeighted, Deviances, DeviancesWeighted,
//     Covariance.SE): shapes that disagree are a programming error, as an
//     index out of range is, and panic with a message that names them. The
//     values are taken as they come, as package math takes them: a NaN in
//     gives a NaN out.
//   - Nothing panics on a goroutine the caller did not start: the checks
//     run on the caller's goroutine before any pass, and a panic inside a
//     pass or a fold's fit is carried back to it.
//
// The order of the arguments: a function that evaluates at θ takes θ first,
// as the course's costFunction(theta, X, y); one that fits takes X first, as
// gradientDescent(X, y, theta, alpha, num_iters). Labels of two classes, and
// Predict's predictions, are the float64s 0 and 1, as y holds them; classes
// are ints 0 … K−1, K the number of classes; folds is the number of folds.

package main

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
)

// ——— 1. The course: the hypothesis, the cost and its gradient, gradient descent, predictions ———

/*
The cost and its gradient, derived once.

The gradient is the chain rule on one example's log-likelihood
G = y log h + (1 − y) log(1 − h), of which J is −(1/m) Σᵢ:

	dG/dθⱼ = dG/dh · dh/dz · dz/dθⱼ = (y − h)/(h(1 − h)) · h(1 − h) · xⱼ = (y − h) xⱼ

so ∂J/∂θⱼ = (1/m) Σᵢ (h − y) xⱼ. The local rule of the sigmoid,
dh/dz = h(1 − h), is also the weight of each example in the Hessian.

The literal −[y log h + (1 − y) log(1 − h)] breaks for |z| beyond about 37:
h rounds to 1, log(1 − h) = −Inf, and 0·(−Inf) = NaN. Computed from z
instead, by two lines of algebra with 1 − g(z) = g(−z) = 1/(1 + e^z):

	−log g(z)       = log(1 + e^(−z)) = softplus(−z)
	−log(1 − g(z))  = log(1 + e^z)    = softplus(z)

so one example's cost is y·softplus(−z) + (1 − y)·softplus(z). softplus is
evaluated as max(t, 0) + log1p(e^(−|t|)), where e^(−|t|) is in [0, 1]:
nothing overflows, and J is finite and exact for every finite z (z = 800,
y = 0 costs 800; z = 40, y = 1 costs log1p(e^(−40)) = 4.248354255291589e-18,
all digits kept). Sigmoid likewise never exponentiates a positive number.

The gradient is the notes' (h − y)xⱼ with h = g(z) in float64. Where h is
within rounding of y (z > 37 for y = 1) the difference is 0 rather than
e^(−z): each summand is exact to rounding of its own size, as in any sum of
float64, while J keeps all its digits. (Newton's pass, which needs h(1 − h)
to all its digits for the Hessian, forms 1 − h as g(−z); see logisticCost.)
*/

// Sigmoid returns the logistic function g(z) = 1 / (1 + e^(−z)).
//
// Special cases are:
//
//	Sigmoid(0) = 0.5
//	Sigmoid(+Inf) = 1
//	Sigmoid(-Inf) = 0
//	Sigmoid(NaN) = NaN
func Sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z) // z < 0: the equal form e^z / (1 + e^z), which cannot overflow
	return e / (1 + e)
}

// softplus returns log(1 + e^t), evaluated as max(t, 0) + log1p(e^(−|t|)).
//
// Special cases are:
//
//	softplus(0) = log 2
//	softplus(+Inf) = +Inf
//	softplus(-Inf) = 0
//	softplus(NaN) = NaN
func softplus(t float64) float64 {
	return math.Max(t, 0) + math.Log1p(math.Exp(-math.Abs(t)))
}

// logLoss returns one example's cost −[y log h + (1 − y) log(1 − h)], h = g(z),
// computed from z (see above):
//
//	logLoss(z, y) = y·softplus(−z) + (1 − y)·softplus(z)
//
// Special cases are:
//
//	logLoss(z, 1) = softplus(−z),  logLoss(z, 0) = softplus(z)
//	logLoss(+Inf, 1) = logLoss(-Inf, 0) = 0
//	logLoss(-Inf, 1) = logLoss(+Inf, 0) = +Inf
func logLoss(z, y float64) float64 {
	switch y { // the labels 0 and 1 need one softplus, and no 0·Inf
	case 1:
		return softplus(-z)
	case 0:
		return softplus(z)
	}
	return y*softplus(-z) + (1-y)*softplus(z)
}

// CostFunction returns the cost J(θ) of logistic regression and its gradient
// ∂J/∂θ, in one pass over the examples, as the course's
// [J, grad] = costFunction(theta, X, y) does:
//
//	J      = (1/m) Σᵢ −[ y log h + (1 − y) log(1 − h) ],   h = g(z), z = θᵀx⁽ⁱ⁾
//	grad_j = (1/m) Σᵢ (h − y) xⱼ⁽ⁱ⁾
//
// X is m×n with X[i][0] == 1, theta has n entries and y has m labels in
// [0, 1]. J is finite and exact for every finite θᵀx: each example's cost is
// computed from z (the block comment above says how). The sums
// run in blocks of examples on up to GOMAXPROCS goroutines, added in a fixed
// order: J and the gradient are the same to the bit on any number of cores.
//
// Special cases are:
//
//	θᵀx = ±Inf for an example: its cost is 0 if h = y, else +Inf
//	shapes that disagree, or m = 0: a panic (a programming error, not a data error)
func CostFunction(theta []float64, X [][]float64, y []float64) (J float64, grad []float64) {
	m, n := checkShapes(theta, X, y)
	sum := inBlocks(m, func(lo, hi int) (s costSums) { // Σ over the examples of a block (see inBlocks)
		s.grad = make([]float64, n)
		for i := lo; i < hi; i++ {
			x := X[i][:n]                   // lets the compiler drop the bounds check on x[j]
			z := dot(theta, x)              // z = θᵀx
			h, cost := sigmoidCost(z, y[i]) // h = g(z), and −[y log h + (1 − y) log(1 − h)]
			s.J += cost
			for j := range s.grad {
				s.grad[j] += (h - y[i]) * x[j] // (h − y) xⱼ
			}
		}
		return s
	})
	J, grad = sum.J/float64(m), sum.grad
	for j := range grad {
		grad[j] /= float64(m)
	}
	return J, grad
}

// costSums are CostFunction's sums over a block of examples.
type costSums struct {
	J    float64
	grad []float64
}

func (s costSums) plus(t costSums) costSums {
	s.J += t.J
	for j := range s.grad {
		s.grad[j] += t.grad[j]
	}
	return s
}

// sigmoidCost returns h = Sigmoid(z) and the cost logLoss(z, y) of one
// example, from the one e^(−|z|) that both need (see logisticCost).
func sigmoidCost(z, y float64) (h, cost float64) {
	h, _, cost = logisticCost(z, y)
	return h, cost
}

// logisticCost returns, for an example with z = θᵀx and label y, h = g(z),
// 1 − h = g(−z) and the example's cost logLoss(z, y), sharing one e^(−|z|)
// and one log1p between them:
//
//	g(|z|) = 1 / (1 + e^(−|z|)),   g(−|z|) = e^(−|z|) · g(|z|)
//	softplus(±|z|) = max(±|z|, 0) + log1p(e^(−|z|))
//
// The passes over the examples call it, one math.Exp and one math.Log1p an
// example; 1 − h keeps all its digits where h rounds to 1, so that Newton's
// h − y and h(1 − h) do too.
func logisticCost(z, y float64) (h, oneMinusH, cost float64) {
	e := math.Exp(-math.Abs(z))
	big := 1 / (1 + e)    // g(|z|)
	if math.IsInf(z, 0) { // the limits, avoiding 0·∞ below
		h, oneMinusH = big, e*big
		if z < 0 {
			h, oneMinusH = oneMinusH, h
		}
		if h == y {
			return h, oneMinusH, 0
		}
		return h, oneMinusH, math.Inf(1)
	}
	l := math.Log1p(e) // softplus(−|z|)
	if z >= 0 {
		return big, e * big, y*l + (1-y)*(z+l) // softplus(−z) = l, softplus(z) = z + l
	}
	return e * big, big, y*(l-z) + (1-y)*l // softplus(−z) = −z + l, softplus(z) = l
}

// CostFunctionReg returns the regularized cost and its gradient:
//
//	J      = CostFunction's J + λ/(2m) Σ_{j≥1} θⱼ²
//	grad_j = CostFunction's grad_j + (λ/m) θⱼ   for j ≥ 1
//
// θ₀, the intercept, is never penalized. lambda should be ≥ 0.
// CostFunctionReg panics on the same shape mismatches as CostFunction.
func CostFunctionReg(theta []float64, X [][]float64, y []float64, lambda float64) (J float64, grad []float64) {
	J, grad = CostFunction(theta, X, y)
	if lambda == 0 {
		return J, grad
	}
	m := float64(len(X))
	for j := 1; j < len(theta); j++ {
		J += lambda / (2 * m) * theta[j] * theta[j] // d/dθⱼ of this term is (λ/m)θⱼ
		grad[j] += lambda / m * theta[j]
	}
	return J, grad
}

// CostFunctionWeighted returns the cost and its gradient for examples of
// weights wᵢ ≥ 0, as R's glm weighs them (a count of trials, or prior
// weights), with the penalty of CostFunctionReg:
//
//	J      = (1/W) Σᵢ wᵢ · −[ y log h + (1 − y) log(1 − h) ] + λ/(2W) Σ_{j≥1} θⱼ²,   W = Σᵢ wᵢ
//	grad_j = (1/W) Σᵢ wᵢ (h − y) xⱼ⁽ⁱ⁾ + (λ/W) θⱼ [j ≥ 1]
//
// the course's sums, each example counted wᵢ times. With every wᵢ = 1
// (or w nil) it is CostFunctionReg; s successes of n trials are the label
// y = s/n with weight n, the same J as the n examples written one by one.
// CostFunctionWeighted panics on the shape mismatches of CostFunction, and
// if len(w) ≠ m.
func CostFunctionWeighted(theta []float64, X [][]float64, y, w []float64, lambda float64) (J float64, grad []float64) {
	_, n := checkShapes(theta, X, y)
	if w != nil && len(w) != len(X) {
		panic(fmt.Sprintf("logreg: len(w) = %d, want len(X) = %d", len(w), len(X)))
	}
	J, grad, _, _ = newtonPass(theta, unstandardized(n), newSample(X, y, w), lambda, false)
	return J, grad
}

// MapFeature returns the course's polynomial features of (x1, x2) up to the
// given degree, leading 1 included:
//
//	[1, x1, x2, x1², x1·x2, x2², x1³, …]:  x1^(i−j) · x2^j  for i = 1..degree, j = 0..i
//
// It has (degree+1)(degree+2)/2 terms (28 for degree 6).
// MapFeature panics if degree < 0.
func MapFeature(x1, x2 float64, degree int) []float64 {
	if degree < 0 {
		panic(fmt.Sprintf("logreg: MapFeature degree = %d, want ≥ 0", degree))
	}
	out := make([]float64, 0, (degree+1)*(degree+2)/2)
	out = append(out, 1)
	for i := 1; i <= degree; i++ {
		for j := 0; j <= i; j++ {
			out = append(out, math.Pow(x1, float64(i-j))*math.Pow(x2, float64(j)))
		}
	}
	return out
}

// GradientDescent returns θ after the given number of iterations of the
// course's batch gradient descent, and history[k] = J(θ) after iteration k
// (the course's J_history). Each iteration is the simultaneous update
//
//	θⱼ := θⱼ − α ∂J/∂θⱼ   for all j at once,
//
// with J and ∂J/∂θ from CostFunctionReg (lambda = 0: no penalty). It does not
// modify theta. It does not judge convergence: the caller can look at the
// gradient at thetaOut (CostFunctionReg) and at history.
func GradientDescent(X [][]float64, y []float64, theta []float64, alpha float64, iterations int, lambda float64) (thetaOut []float64, history []float64) {
	thetaOut = append([]float64(nil), theta...)
	history = make([]float64, 0, max(iterations, 0))
	_, grad := CostFunctionReg(thetaOut, X, y, lambda)
	for range iterations {
		for j := range thetaOut {
			thetaOut[j] -= alpha * grad[j] // grad was computed at the old θ: a simultaneous update
		}
		var J float64
		J, grad = CostFunctionReg(thetaOut, X, y, lambda)
		history = append(history, J)
	}
	return thetaOut, history
}

// Hypothesis returns h_θ(x) = g(θᵀx), the probability that y = 1 for the
// example x (with x[0] = 1).
//
// Hypothesis panics if len(x) ≠ len(theta).
func Hypothesis(theta, x []float64) float64 {
	return Sigmoid(LinearPredictor(theta, x))
}

// LinearPredictor returns z = θᵀx = Σⱼ θⱼ xⱼ, the log-odds of y = 1 for the
// example x (with x[0] = 1): R's linear predictor.
// LinearPredictor panics if len(x) ≠ len(theta).
func LinearPredictor(theta, x []float64) float64 {
	if len(x) != len(theta) {
		panic(fmt.Sprintf("logreg: len(x) = %d, want len(theta) = %d", len(x), len(theta)))
	}
	return dot(theta, x)
}

// Predict returns the course's predictions (predict.m): 1 where
// h_θ(x⁽ⁱ⁾) ≥ 0.5, else 0 — labels, as y holds them.
// Predict panics if a row of X has another length than theta.
func Predict(theta []float64, X [][]float64) []float64 {
	checkRowLengths(theta, X)
	p := make([]float64, len(X))
	for i, x := range X {
		if Hypothesis(theta, x) >= 0.5 {
			p[i] = 1
		}
	}
	return p
}

// FeatureNormalize returns X with every feature but x₀ scaled to mean 0 and
// standard deviation 1, as the course's featureNormalize:
//
//	xⱼ := (xⱼ − μⱼ) / σⱼ   for j ≥ 1,   μ₀ = 0, σ₀ = 1
//
// σⱼ is the sample standard deviation (Octave's std, dividing by m − 1); a
// constant feature (σⱼ = 0, or m = 1) keeps σⱼ = 1 so nothing is divided by 0.
// The sum of squares is accumulated by math.Hypot, so features near 1e200
// do not overflow.
// The result has rows of its own; X is not modified. FeatureNormalize
// panics if X has no rows or rows of different lengths.
func FeatureNormalize(X [][]float64) (Xnorm [][]float64, mu, sigma []float64) {
	if len(X) == 0 {
		panic("logreg: m = 0: X has no examples")
	}
	checkRowLengths(X[0], X)
	m, n := len(X), len(X[0])
	mu, sigma = make([]float64, n), make([]float64, n)
	for _, x := range X {
		for j := 1; j < n; j++ {
			mu[j] += x[j] / float64(m)
		}
	}
	for _, x := range X {
		for j := 1; j < n; j++ {
			sigma[j] = math.Hypot(sigma[j], x[j]-mu[j]) // sqrt(Σ (xⱼ − μⱼ)²), without overflow
		}
	}
	sigma[0] = 1
	for j := 1; j < n; j++ {
		if sigma[j] /= math.Sqrt(float64(m - 1)); !(sigma[j] > 0) || math.IsInf(sigma[j], 0) {
			sigma[j] = 1
		}
	}
	Xnorm = make([][]float64, m)
	backing := make([]float64, m*n)
	for i, x := range X {
		Xnorm[i] = backing[i*n : (i+1)*n]
		Xnorm[i][0] = x[0]
		for j := 1; j < n; j++ {
			Xnorm[i][j] = (x[j] - mu[j]) / sigma[j]
		}
	}
	return Xnorm, mu, sigma
}

// ThetaToOriginal returns θ in the original units for a θ fitted to the data
// of FeatureNormalize, so that θᵀx = θnormᵀxnorm for every example:
//
//	θⱼ = θnormⱼ / σⱼ  (j ≥ 1),   θ₀ = θnorm₀ − Σ_{j≥1} θnormⱼ μⱼ / σⱼ
//
// ThetaToOriginal panics unless mu and sigma are as long as thetaNorm.
func ThetaToOriginal(thetaNorm, mu, sigma []float64) []float64 {
	checkNormalization(thetaNorm, mu, sigma)
	theta := make([]float64, len(thetaNorm))
	theta[0] = thetaNorm[0]
	for j := 1; j < len(theta); j++ {
		theta[j] = thetaNorm[j] / sigma[j]
		theta[0] -= theta[j] * mu[j]
	}
	return theta
}

// ThetaToNormalized is the inverse of ThetaToOriginal:
//
//	θnormⱼ = θⱼ σⱼ  (j ≥ 1),   θnorm₀ = θ₀ + Σ_{j≥1} θⱼ μⱼ
//
// ThetaToNormalized panics unless mu and sigma are as long as theta.
func ThetaToNormalized(theta, mu, sigma []float64) []float64 {
	checkNormalization(theta, mu, sigma)
	thetaNorm := make([]float64, len(theta))
	thetaNorm[0] = theta[0]
	for j := 1; j < len(theta); j++ {
		thetaNorm[j] = theta[j] * sigma[j]
		thetaNorm[0] += theta[j] * mu[j]
	}
	return thetaNorm
}

// ——— 2. Newton's method, and the damped-Newton driver every fit uses ———

// Errors that Newton returns, to be tested with errors.Is.
var (
	// ErrSeparable: the data are linearly separable, so the unregularized
	// cost has no minimum: J → 0 as θ grows along a direction that
	// classifies every example strictly correctly, (2y − 1)·θᵀx > 0 for all
	// i. When an iterate does, θ is returned as that direction; when the
	// linear program of separation finds it, θ is the last iterate.
	ErrSeparable = errors.New("the data are linearly separable: the unregularized cost has no minimum")
	// ErrQuasiSeparated: some examples are separated and the rest lie on the
	// separating hyperplane, so J falls as θ grows along a direction d with
	// (2y − 1)·dᵀx ≥ 0 for every example; the returned error is a
	// *QuasiSeparationError naming the examples fitted ever closer to 0 or 1.
	ErrQuasiSeparated = errors.New("the data are quasi-separated: the unregularized cost has no minimum")
	// ErrBadStart: Newton stalled at a θ that fits some examples at the
	// wrong extreme (h numerically 0 for y = 1, or 1 for y = 0), where the
	// Hessian's weights h(1 − h) vanish: the start, not the data, is the
	// problem. From θ = 0 every weight is ¼.
	ErrBadStart = errors.New("Newton's method stalled far from the optimum: a poor start")
	// ErrNotConverged: the iteration limit was reached, or no step would
	// lower J, before the gradient reached rounding level.
	ErrNotConverged = errors.New("Newton's method did not converge")
	// ErrSingular: a column of X is constant or, to rounding, a linear
	// combination of the others, so the unregularized optimum is not unique;
	// the returned error is a *ColumnError naming the column.
	ErrSingular = errors.New("singular: a column of X is constant or a combination of others")
	// ErrUnderdetermined: fewer examples than parameters and lambda = 0, so
	// the unregularized optimum is not unique (or does not exist).
	ErrUnderdetermined = errors.New("fewer examples than parameters")
	// ErrClassMissing: a class of a softmax fit has no example, so that no
	// λ gives a finite optimum (its θ₀ is not penalized).
	ErrClassMissing = errors.New("a class has no example")
)

// A ColumnError says that column Column of X is constant (a multiple of the
// intercept's column of ones) or a linear combination of the columns before
// it. errors.Is(err, ErrSingular) is true for it.
type ColumnError struct {
	Column   int
	Constant bool
}

func (e *ColumnError) Error() string {
	if e.Constant {
		return fmt.Sprintf("column %d of X is constant, a multiple of the intercept's column", e.Column)
	}
	return fmt.Sprintf("column %d of X is, to rounding, a linear combination of the columns before it", e.Column)
}

func (e *ColumnError) Is(target error) bool { return target == ErrSingular }

// A QuasiSeparationError says that the data are quasi-separated: as θ runs
// off to infinity, the examples Separated (indices of X's rows) are fitted
// ever closer to their labels, h → 0 or 1, while the others stay on the
// separating hyperplane. errors.Is(err, ErrQuasiSeparated) is true for it.
type QuasiSeparationError struct {
	Separated []int
	Steps     int
}

func (e *QuasiSeparationError) Error() string {
	return fmt.Sprintf("%v: after %d Newton steps, %d of the examples are fitted ever closer to probability 0 or 1 as θ grows",
		ErrQuasiSeparated, e.Steps, len(e.Separated))
}

func (e *QuasiSeparationError) Is(target error) bool { return target == ErrQuasiSeparated }

// Tolerances of Newton's method.
const (
	eps = 0x1p-52 // the float64 epsilon
	// newtonTol: Newton stops once the decrease in J that its step promises,
	// ∇Jᵀ H⁻¹ ∇J, is below newtonTol·(1 + |J|): J cannot then be told from its
	// minimum in float64, and the step just taken has put θ at rounding level.
	newtonTol = 16 * eps
	// pivotTol: a Cholesky pivot of the Hessian below pivotTol·Hₖₖ means the
	// Hessian is singular to rounding at this θ.
	pivotTol = 1e-15
	// rankTol: column k of X is taken for a combination of the columns before
	// it when 1 − R², R² of column k regressed on them, is below rankTol: the
	// part of the column the others do not explain is below 1e-6 of its
	// spread. (Rounding alone leaves 1 − R² near n·eps ≈ 1e-14.)
	rankTol = 1e-12
	// constTol: a column whose spread is below constTol times its largest
	// magnitude is constant but for rounding.
	constTol = 1e-12
	// extremeZ: an example with (2y − 1)·z beyond ±extremeZ is fitted at an
	// extreme: |y − h| < 1.4e-11, and its weight h(1 − h) is below 1.4e-11.
	extremeZ = 25
	// sepTol: in the linear program of separation, an example whose margin
	// aᵢᵀd is above sepTol (rows of unit length, |dⱼ| ≤ 1) is separated, and
	// a reduced cost below −lpTol makes a column enter the basis.
	sepTol = 1e-9
	lpTol  = 1e-11
	// maxHalvings bounds the step halving of one Newton step (2⁻⁵⁹ ≈ 2e-18).
	maxHalvings = 60
	// collapseTol: a fit whose Hessian has a pivot below collapseTol times
	// that of the Hessian with every weight ¼ (see collapsed) is tested for
	// quasi-separation by the linear program, however small its z.
	collapseTol = 1e-8
	// staleTol: when a step's decrement ∇Jᵀ H⁻¹ ∇J is below staleTol, θ has
	// moved by about 1e-6 in the Hessian's norm and the Hessian by as little,
	// so the next step (by then, nearly always the last) is taken with the
	// Hessian already in hand: its pass skips the O(m·n²) sum, and the step
	// still lands θ at rounding level, since the error it leaves is about
	// 1e-6 of the error before it.
	staleTol = 1e-12
)

// Newton returns the θ that minimizes CostFunctionReg(θ, X, y, lambda), found
// by Newton's method from theta, with history[k] = J after step k (so the
// number of steps is len(history)) and gradNorm = ‖∇J‖₂ at thetaOut:
//
//	θ := θ − H⁻¹ ∇J,   H = (1/m) Σᵢ h(1 − h) x⁽ⁱ⁾x⁽ⁱ⁾ᵀ + (λ/m)·diag(0, 1, …, 1)
//
// H is the Hessian of J (see Hessian), solved for by a Cholesky
// factorization. The step is halved while it would raise J. Newton stops
// when ∇Jᵀ H⁻¹ ∇J — the decrease the step promises, the gradient measured
// in the Hessian's units — is at rounding level of J (16 ε (1 + |J|)), after
// taking that last step, or after maxIter steps. Each step reads X once; the
// step after one of decrement below 1e-12 reuses the Hessian, and the step
// after the stop test needs none. The features are centered and scaled
// inside the fit, and θ mapped back exactly (the block comment "Why Newton
// centers and scales the features" says why).
//
// Special cases are:
//
//	X, y, theta, lambda or maxIter it cannot take: theta, a *DataError, before any work
//	all labels equal (one class): θ, ErrSeparable, for any lambda (θ₀ is not penalized)
//	lambda = 0 and fewer examples than parameters: θ, ErrUnderdetermined, before any n×n matrix
//	lambda = 0 and a column of X constant or a combination of others: θ, a *ColumnError (ErrSingular)
//	lambda = 0 and the data separable: θ, ErrSeparable
//	lambda = 0 and the data quasi-separated: the last θ, a *QuasiSeparationError (ErrQuasiSeparated)
//	    (both decided exactly, by a linear program, when Newton stalls or fits an example at an extreme)
//	stalled with examples fitted at the wrong extreme: the last θ, ErrBadStart
//	maxIter steps, or no step lowers J: θ, ErrNotConverged
//
// With lambda > 0 and both classes present the cost is strictly convex with
// a finite minimum, and Newton converges from θ = 0.
// Newton does not modify theta.
func Newton(X [][]float64, y []float64, theta []float64, lambda float64, maxIter int) (thetaOut []float64, history []float64, gradNorm float64, err error) {
	return NewtonWeighted(X, y, nil, theta, lambda, maxIter)
}

// NewtonWeighted is Newton for examples of weights wᵢ ≥ 0 (nil for weights
// of 1): it returns the θ that minimizes CostFunctionWeighted(θ, X, y, w,
// lambda), with the steps, special cases and errors of Newton, weighted
// sums in its passes (H = (1/W) Σᵢ wᵢ h(1 − h) x⁽ⁱ⁾x⁽ⁱ⁾ᵀ + …), and the
// examples of weight 0 left out of the count of examples and of the
// diagnoses. The error is also a *DataError for weights it cannot take: of
// another length than y, negative, not finite, or all 0.
//
// A watch, if given, is told of each step as it is taken (see Watch).
func NewtonWeighted(X [][]float64, y, w []float64, theta []float64, lambda float64, maxIter int, watch ...Watch) (thetaOut []float64, history []float64, gradNorm float64, err error) {
	c, err := checkBinary(X, y, theta, lambda, maxIter)
	if err := firstError(err, func() error { return checkWeights(w, len(X)) }); err != nil {
		return append([]float64(nil), theta...), nil, math.NaN(), err
	}
	return newton(c, newSample(X, y, w), theta, lambda, maxIter, watching(watch, c, -1))
}

// A Watch is told of each step of a fit as it is taken, on the fit's
// goroutine, which waits for it: the class being fitted (OneVsAll's k, −1
// for a fit of one model), the step's number from 1, and J and ‖∇J‖ after
// it. It lets a long fit show its progress; what it is told does not change
// the fit. Only the first watch given to a fit is told.
type Watch func(class, step int, J, gradNorm float64)

// watching returns the driver's watch of the first of watch, for the class,
// ‖∇J‖ in the units of X (c's inverse map); nil for none.
func watching(watch []Watch, c *standardizer, class int) func(at newtonPoint, steps int) {
	if len(watch) == 0 || watch[0] == nil {
		return nil
	}
	return func(at newtonPoint, steps int) {
		g := at.grad
		if c != nil {
			g = c.gradFrom(g)
		}
		watch[0](class, steps, at.J, norm(g))
	}
}

// newton is NewtonWeighted on arguments already checked, with X's
// standardizer c (nil: newton makes it), and the driver's watch (or nil).
func newton(c *standardizer, d *sample, theta []float64, lambda float64, maxIter int, watch func(newtonPoint, int)) (thetaOut []float64, history []float64, gradNorm float64, err error) {
	X, m, n := d.X, d.count(), len(theta)
	thetaOut = append([]float64(nil), theta...)
	if label, ok := oneClass(d); ok {
		_, grad := CostFunctionWeighted(thetaOut, X, d.y, d.w, lambda)
		toward := "-Inf" // all y = 0: h → 0 as θ₀ → −∞
		if label == 1 {
			toward = "+Inf"
		}
		return thetaOut, nil, norm(grad), fmt.Errorf("%w: every label is %g, so J falls as θ₀ runs to %s", ErrSeparable, label, toward)
	}
	if lambda == 0 && m < n {
		return thetaOut, nil, math.NaN(), fmt.Errorf("%w: %d examples cannot determine %d parameters", ErrUnderdetermined, m, n)
	}
	if c == nil {
		c = newStandardizer(X)
	}
	var L0 [][]float64 // the factor of the Hessian with every weight ¼, for λ = 0
	stop := func(at newtonPoint, steps int) error {
		if lambda > 0 {
			return nil
		}
		if steps == 0 { // the rank of X, decided once, before the first step
			G := at.H // from θ = 0 every weight is ¼, and H is the Gram matrix over 4W
			scale := 1.0
			if norm(theta) != 0 {
				G, scale = gram(d, c), 1/(4*d.W)
			}
			L, err := rankFactor(G, c)
			if err != nil {
				return err
			}
			for j := range L { // the factor of H₀, the Hessian with every weight ¼
				for k := range L[j] {
					L[j][k] *= math.Sqrt(scale)
				}
			}
			L0 = L
		}
		if at.fit.misfit == 0 {
			return fmt.Errorf("%w (θ = %.6g separates them after %d Newton steps)", ErrSeparable, c.from(at.theta), steps)
		}
		return nil
	}
	r := minimize(newtonProblem{pass: binaryPass(c, d, lambda), stop: stop, watch: watch}, c.to(theta), maxIter)
	var col *ColumnError
	if errors.As(r.stopped, &col) {
		return thetaOut, nil, math.NaN(), r.stopped
	}
	thetaOut, gradNorm = c.from(r.theta), norm(c.gradFrom(r.grad))
	if r.stopped != nil {
		return thetaOut, r.history, gradNorm, r.stopped
	}
	suspect := r.stall == nil && L0 != nil && r.factor != nil && collapsed(r.factor, L0)
	return thetaOut, r.history, gradNorm, diagnose(c, d, lambda, r.fit, len(r.history), r.stall, suspect)
}

// binaryPass returns the pass of the binary fit at θ̃ for the driver (see newtonPass).
func binaryPass(c *standardizer, d *sample, lambda float64) func(thetaS []float64, hessian bool) newtonPoint {
	return func(thetaS []float64, hessian bool) newtonPoint {
		J, grad, H, fit := newtonPass(thetaS, c, d, lambda, hessian)
		return newtonPoint{theta: thetaS, J: J, grad: grad, H: H, fit: fit}
	}
}

/*
Why Newton centers and scales the features.

With the features standardized, x̃ⱼ = (xⱼ − μⱼ)·sⱼ (j ≥ 1, x̃₀ = 1), where μⱼ
is the mean of column j and sⱼ a power of two that brings x̃ⱼ into [−1, 1],
the same model is

	θᵀx = θ₀ + Σⱼ θⱼ xⱼ = θ̃₀ + Σⱼ θ̃ⱼ x̃ⱼ,   θ̃ⱼ = θⱼ / sⱼ,   θ̃₀ = θ₀ + Σⱼ θⱼ μⱼ.

Newton's iterates are the same in exact arithmetic (the method is invariant
under this change of variables), but in float64 they are not. A feature
measured far from 0 — 1e8 + x, say — makes XᵀWX nearly singular: its
entries are near 1e16, and the spread of the feature that determines θⱼ
lives in their last digits, so the step, the standard errors and the test of
rank lose (1e8/spread)² of their accuracy, up to all of it. Centered, the
Hessian sees the spread itself. A feature in units near 1e200 or 1e-200
would overflow or underflow in xⱼ² (the Hessian, the Gram matrix); scaled,
it does not. Since sⱼ is a power of two, the slopes map back exactly,
θⱼ = θ̃ⱼ·sⱼ, and only the intercept is computed, θ₀ = θ̃₀ − Σⱼ θⱼ μⱼ, as
the model demands. The rank of X is decided once, from X itself (the Gram
matrix of the standardized columns, below), never from a Hessian whose
weights h(1 − h) may have collapsed as θ runs off to infinity.

This is done on the fly, a row at a time, so X is not copied. A QR
factorization of √W·X, as R's glm.fit makes, would also keep the condition
number from squaring where features are nearly collinear among themselves,
not only far from 0; it costs twice the Hessian's flops in every step, and
here that case is caught by the test of rank instead (1 − R² < rankTol).
*/

// A standardizer maps X's columns to x̃ⱼ = (xⱼ − μⱼ)·sⱼ (see above), and θ
// to θ̃ and back. size holds each column's largest |xⱼ|, lo and hi its
// smallest and largest xⱼ (column 0's too).
type standardizer struct {
	mu, s, size, lo, hi []float64
}

// newStandardizer returns the standardizer of X: μⱼ the mean of column j,
// sⱼ the power of two 2⁻ᵉ with max |xⱼ − μⱼ| in [2ᵉ⁻¹, 2ᵉ), or 1 for a
// constant column; μ₀ = 0, s₀ = 1. One pass over X gives each column's sum,
// smallest and largest value; max |xⱼ − μⱼ| is then the larger of
// max xⱼ − μⱼ and μⱼ − min xⱼ (rounding is monotonic, so these are the same
// numbers as the largest of the rounded xⱼ − μⱼ). A sum that overflows, of
// numbers near 1e300, is made again as Σ xⱼ/m.
func newStandardizer(X [][]float64) *standardizer {
	n, m := len(X[0]), float64(len(X))
	col := inBlocks(len(X), func(lo, hi int) columnStats {
		s := columnStats{sum: make([]float64, n), min: append([]float64(nil), X[lo][:n]...), max: append([]float64(nil), X[lo][:n]...)}
		for _, x := range X[lo:hi] {
			x = x[:n] // lets the compiler drop the bounds checks
			for j := range n {
				s.sum[j] += x[j]
				s.min[j] = min(s.min[j], x[j])
				s.max[j] = max(s.max[j], x[j])
			}
		}
		return s
	})
	c := &standardizer{mu: col.sum, s: make([]float64, n), size: make([]float64, n), lo: col.min, hi: col.max}
	for j := 1; j < n; j++ {
		if math.IsInf(c.mu[j], 0) {
			c.mu[j] = 0
			for _, x := range X {
				c.mu[j] += x[j] / m
			}
		} else {
			c.mu[j] /= m
		}
		c.size[j] = max(-col.min[j], col.max[j]) // the largest |xⱼ|
		spread := max(col.max[j]-c.mu[j], c.mu[j]-col.min[j])
		c.s[j] = 1
		if spread > 0 && !math.IsInf(spread, 0) {
			_, e := math.Frexp(spread) // spread = f·2ᵉ, f in [½, 1)
			c.s[j] = math.Ldexp(1, -e)
		}
	}
	c.mu[0], c.s[0] = 0, 1
	return c
}

// columnStats are each column's sum, smallest and largest value over a
// block of examples (see inBlocks).
type columnStats struct {
	sum, min, max []float64
}

func (a columnStats) plus(b columnStats) columnStats {
	for j := range a.sum {
		a.sum[j] += b.sum[j]
		a.min[j] = min(a.min[j], b.min[j])
		a.max[j] = max(a.max[j], b.max[j])
	}
	return a
}

// unstandardized returns the standardizer that changes nothing (μ = 0, s = 1).
func unstandardized(n int) *standardizer {
	c := &standardizer{mu: make([]float64, n), s: make([]float64, n), size: make([]float64, n), lo: make([]float64, n), hi: make([]float64, n)}
	for j := range c.s {
		c.s[j] = 1
	}
	return c
}

// row sets xs to x̃ = (1, (x₁ − μ₁)s₁, …).
func (c *standardizer) row(x, xs []float64) {
	x, mu, s := x[:len(xs)], c.mu[:len(xs)], c.s[:len(xs)] // lets the compiler drop the bounds checks
	xs[0] = 1
	for j := 1; j < len(xs); j++ {
		xs[j] = (x[j] - mu[j]) * s[j]
	}
}

// to returns θ̃: θ̃ⱼ = θⱼ / sⱼ, θ̃₀ = θ₀ + Σ_{j≥1} θⱼ μⱼ.
func (c *standardizer) to(theta []float64) []float64 {
	thetaS := append([]float64(nil), theta...)
	for j := 1; j < len(theta); j++ {
		thetaS[j] = theta[j] / c.s[j]
		thetaS[0] += theta[j] * c.mu[j]
	}
	return thetaS
}

// from is the inverse of to: θⱼ = θ̃ⱼ·sⱼ, θ₀ = θ̃₀ − Σ_{j≥1} θⱼ μⱼ.
func (c *standardizer) from(thetaS []float64) []float64 {
	theta := append([]float64(nil), thetaS...)
	for j := 1; j < len(theta); j++ {
		theta[j] = thetaS[j] * c.s[j]
		theta[0] -= theta[j] * c.mu[j]
	}
	return theta
}

// combination returns ã with aᵀθ = ãᵀθ̃: since θⱼ = sⱼθ̃ⱼ and
// θ₀ = θ̃₀ − Σⱼ μⱼ sⱼ θ̃ⱼ,
//
//	ã = (a₀, s₁(a₁ − a₀μ₁), …, sₙ(aₙ − a₀μₙ)).
//
// For a = x, ã is the standardized example x̃; for a = eₖ, the map of θₖ.
func (c *standardizer) combination(a []float64) []float64 {
	at := make([]float64, len(a))
	at[0] = a[0]
	for j := 1; j < len(a); j++ {
		at[j] = c.s[j] * (a[j] - a[0]*c.mu[j])
	}
	return at
}

// gradFrom returns ∂J/∂θ from ∂J/∂θ̃ by the chain rule:
// ∂J/∂θⱼ = ∂J/∂θ̃ⱼ / sⱼ + μⱼ ∂J/∂θ̃₀, since θ̃ⱼ = θⱼ/sⱼ and ∂θ̃₀/∂θⱼ = μⱼ.
func (c *standardizer) gradFrom(gradS []float64) []float64 {
	grad := append([]float64(nil), gradS...)
	for j := 1; j < len(grad); j++ {
		grad[j] = gradS[j]/c.s[j] + c.mu[j]*gradS[0]
	}
	return grad
}

// newtonSums are newtonPass's sums over a block of examples: J, the
// gradient, the lower triangle of the Hessian, and the margins' counts.
type newtonSums struct {
	J    float64
	grad []float64
	H    [][]float64
	fit  margins
}

func (s newtonSums) plus(t newtonSums) newtonSums {
	s.J += t.J
	for j := range s.grad {
		s.grad[j] += t.grad[j]
	}
	for j := range s.H {
		for k := range j + 1 {
			s.H[j][k] += t.H[j][k]
		}
	}
	s.fit = margins{s.fit.misfit + t.fit.misfit, s.fit.wrong + t.fit.wrong, s.fit.right + t.fit.right}
	return s
}

// margins counts examples by their margin (2y − 1)·z, which is positive
// when the example is classified correctly: misfit those with margin ≤ 0
// (none, and θ separates the data), wrong those fitted at the wrong extreme
// (margin < −extremeZ), right those fitted at the right one (> extremeZ).
type margins struct {
	misfit, wrong, right int
}

// count counts one example of label y at z = θᵀx, by its margin (2y − 1)·z.
// A label strictly between 0 and 1 (a share of trials) is fitted right by
// no z, and wrongly at either extreme.
func (f *margins) count(y, z float64) {
	if y > 0 && y < 1 {
		f.misfit++
		if math.Abs(z) > extremeZ {
			f.wrong++
		}
		return
	}
	margin := (2*y - 1) * z
	switch {
	case margin < -extremeZ:
		f.wrong++
	case margin > extremeZ:
		f.right++
	}
	if margin <= 0 {
		f.misfit++
	}
}

// A sample is what a binary fit sums over: the examples X, their labels y
// in [0, 1] and their weights w (nil for weights of 1), whose sum is W
// (m without weights).
type sample struct {
	X    [][]float64
	y, w []float64
	W    float64
}

// newSample returns the sample of X, y and w (nil for weights of 1).
func newSample(X [][]float64, y, w []float64) *sample {
	d := &sample{X: X, y: y, w: w, W: float64(len(X))}
	if w != nil {
		d.W = 0
		for _, v := range w {
			d.W += v
		}
	}
	return d
}

// weight returns example i's weight wᵢ.
func (d *sample) weight(i int) float64 {
	if d.w == nil {
		return 1
	}
	return d.w[i]
}

// count returns the number of examples of weight above 0.
func (d *sample) count() int {
	if d.w == nil {
		return len(d.X)
	}
	k := 0
	for _, v := range d.w {
		if v > 0 {
			k++
		}
	}
	return k
}

// newtonPass returns, in one pass over the examples of d, at θ̃ (see
// standardizer), J = CostFunctionWeighted's J, its gradient and its Hessian
// with respect to θ̃, and the examples counted by their margins (see
// margins); H is nil unless hessian is true:
//
//	grad_j = (1/W) Σᵢ wᵢ (h − y) x̃ⱼ + (λ/W) θⱼ sⱼ [j ≥ 1],   x̃ⱼ = (xⱼ − μⱼ)·sⱼ
//	H_jk   = (1/W) Σᵢ wᵢ h(1 − h) x̃ⱼ x̃ₖ + (λ/W) sⱼ² [j = k ≥ 1]
//
// the course's sums with x̃ for x (see CostFunction and Hessian), each
// example weighted by wᵢ (1 without weights, W = m), and the penalty
// λ/(2W) Σ θⱼ² with θⱼ = θ̃ⱼ sⱼ.
func newtonPass(thetaS []float64, c *standardizer, d *sample, lambda float64, hessian bool) (J float64, grad []float64, H [][]float64, fit margins) {
	n := len(thetaS)
	X, y, m := d.X, d.y, d.W
	sum := inBlocks(len(X), func(lo, hi int) (s newtonSums) { // Σ over the examples of a block (see inBlocks)
		s.grad = make([]float64, n)
		if hessian {
			s.H = newMatrix(n)
		}
		xs := make([]float64, n) // x̃, the standardized example
		for i := lo; i < hi; i++ {
			wi := d.weight(i)
			if wi == 0 {
				continue // an example of weight 0 adds nothing
			}
			c.row(X[i][:n], xs)
			z := dot(thetaS, xs)
			yi := 0.0 // no labels (nil) for a pass that needs H only
			if y != nil {
				yi = y[i]
			}
			h, oneMinusH, cost := logisticCost(z, yi)
			s.J += wi * cost
			r := wi * ((1-yi)*h - yi*oneMinusH) // w(h − y), without cancellation where h is within rounding of y
			w := wi * h * oneMinusH             // w·dh/dz = w·h(1 − h)
			for j := range n {
				s.grad[j] += r * xs[j]
			}
			for j := range s.H {
				wxj, row := w*xs[j], s.H[j][:j+1] // the lower triangle; the upper is its mirror
				xk := xs[:len(row)]               // lets the compiler drop the bounds checks
				for k := range row {
					row[k] += wxj * xk[k]
				}
			}
			s.fit.count(yi, z)
		}
		return s
	})
	J, grad, H, fit = sum.J/m, sum.grad, sum.H, sum.fit
	for j := range n {
		grad[j] /= m
		if j > 0 {
			theta := thetaS[j] * c.s[j]
			J += lambda / (2 * m) * theta * theta
			grad[j] += lambda / m * theta * c.s[j]
		}
	}
	for j := range H {
		for k := range j + 1 {
			H[j][k] /= m
		}
		if j > 0 {
			H[j][j] += lambda / m * c.s[j] * c.s[j]
		}
		for k := range j {
			H[k][j] = H[j][k]
		}
	}
	return J, grad, H, fit
}

/*
The damped Newton driver, one for every fit.

The binary fit, the constrained fits of the profile intervals and softmax
regression all minimize a smooth convex J by the same iteration; each gives
only its pass, which returns J, ∇J and, when asked, the Hessian H at a θ.
From θ, a step is

	θ := θ − t·H⁻¹∇J,   t = 1, ½, ¼, … the largest that does not raise J beyond rounding,

with H⁻¹∇J from a Cholesky factorization of H. The decrement ∇Jᵀ H⁻¹ ∇J is
the decrease in J that the full step promises: once it is at rounding level
of J (newtonTol), that last step is taken in full and the iteration stops —
the step cannot raise J by more than rounding, and J's own rounding must not
halve it. After a step whose decrement is below staleTol the next step reuses
the Hessian (see staleTol), and the last step needs none, so its pass skips
the O(m·n²) sum.

With a constraint aᵀθ = b held fixed (the profile likelihood's), the step
is the one that keeps aᵀθ: with u = H⁻¹∇J and v = H⁻¹a,

	step = u − v·(aᵀu)/(aᵀv),   and λ = (aᵀu)/(aᵀv) the constraint's Lagrange multiplier.

The driver stops short, with the reason, when the Hessian is singular to
rounding (pivotTol), when no step lowers J, or at the step limit.
*/

// newtonPoint is a point of the iteration: θ and what a pass returns there.
type newtonPoint struct {
	theta []float64
	J     float64
	grad  []float64
	H     [][]float64 // nil if the pass was asked for no Hessian
	fit   margins     // the binary pass's counts of examples by margin
}

// newtonProblem is what the driver minimizes: pass(θ, hessian) is the point
// at θ, with H only if hessian is true; constraint, if not nil, is the a
// whose aᵀθ every step keeps; stop, if not nil, is asked at each point
// before a step is taken whether the iteration should end there.
type newtonProblem struct {
	pass       func(theta []float64, hessian bool) newtonPoint
	constraint []float64
	stop       func(at newtonPoint, steps int) error
	watch      func(at newtonPoint, steps int) // if not nil, told of each step taken
	// linear: the pass's H is not J's Hessian (Fisher scoring), so the
	// steps converge linearly, not quadratically, and a decrement at
	// rounding level of J does not yet put θ there: the steps go on until
	// it is at ε² of J, or has not fallen in three steps
	linear bool
}

// newtonResult is where the driver ended: the point, J after each step, the
// constraint's multiplier there, and why it ended short of an optimum —
// stopped is stop's error, stall the driver's own reason; both nil when the
// decrement reached rounding level.
type newtonResult struct {
	newtonPoint
	history    []float64
	multiplier float64
	factor     [][]float64 // the Cholesky factor of the Hessian of the last step, at convergence
	stopped    error
	stall      error
}

// minimize runs the damped Newton iteration (see above) from start, for at
// most maxIter steps.
func minimize(p newtonProblem, start []float64, maxIter int) (r newtonResult) {
	at := p.pass(start, true)
	H := at.H
	previous, stuck := math.Inf(1), 0 // linear: the least decrement so far, and the steps since
	for len(r.history) < maxIter {
		if p.stop != nil {
			if r.stopped = p.stop(at, len(r.history)); r.stopped != nil {
				break
			}
		}
		L, bad := cholesky(H, pivotTol)
		if bad >= 0 {
			r.stall = fmt.Errorf("the Hessian became singular (column %d)", bad)
			break
		}
		step, multiplier := newtonStep(L, at.grad, p.constraint)
		decrement := dot(at.grad, step) // ∇Jᵀ H⁻¹ ∇J
		last := decrement <= newtonTol*(1+math.Abs(at.J))
		if p.linear { // on until the decrement is ≤ 0, at ε² of J, or has not fallen in 3 steps: rounding
			if decrement < previous {
				previous, stuck = decrement, 0
			} else {
				stuck++
			}
			last = last && (decrement <= eps*eps*(1+math.Abs(at.J)) || stuck >= 3)
		}
		accepted := false
		// at rounding level of J the step is taken in full: J cannot judge it then (for the
		// linear kind, whose steps go on there, too)
		full := last || p.linear && decrement <= newtonTol*(1+math.Abs(at.J))
		for halvings := range maxHalvings {
			trial := make([]float64, len(step))
			for j := range trial {
				trial[j] = at.theta[j] - math.Ldexp(step[j], -halvings)
			}
			fresh := !last && (halvings > 0 || decrement >= staleTol)
			next := p.pass(trial, fresh)
			if next.J <= at.J+newtonTol*math.Abs(at.J) || full && finite(next.J) {
				accepted, at = true, next
				if fresh {
					H = next.H
				}
				break
			}
		}
		if !accepted && p.linear && decrement <= newtonTol*(1+math.Abs(at.J)) {
			last = true // at rounding level already: the further steps only round
		} else {
			r.history = append(r.history, at.J) // a step not accepted is no step
			if p.watch != nil {
				p.watch(at, len(r.history))
			}
		}
		if !accepted && !last {
			r.stall = errors.New("no step along the Newton direction lowers J")
			break
		}
		if last {
			if p.constraint != nil { // the multiplier at the point reached
				_, multiplier = newtonStep(L, at.grad, p.constraint)
			}
			r.newtonPoint, r.multiplier, r.factor = at, multiplier, L
			return r
		}
	}
	if r.stopped == nil && r.stall == nil {
		r.stall = fmt.Errorf("the iteration limit (%d) was reached", maxIter)
	}
	r.newtonPoint = at
	return r
}

// newtonStep returns H⁻¹∇J for H = L·Lᵀ or, with a constraint a, the step
// u − v·(aᵀu)/(aᵀv) that keeps aᵀθ, and the multiplier (aᵀu)/(aᵀv).
func newtonStep(L [][]float64, grad, a []float64) (step []float64, multiplier float64) {
	u := cholSubstitute(L, grad)
	if a == nil {
		return u, 0
	}
	v := cholSubstitute(L, a)
	multiplier = dot(a, u) / dot(a, v)
	return vecAdd(u, v, -multiplier), multiplier
}

// ——— 3. Diagnoses: separation, quasi-separation, the rank of X ———

// diagnose returns the error of a Newton run that ended, after the given
// steps, at a θ whose pass counted fit: nil if it converged (stall nil) to
// a finite optimum; ErrBadStart if it stalled with examples fitted at the
// wrong extreme; with lambda = 0, if it stalled or fits some example at the
// right extreme or its Hessian's weights have collapsed along a direction
// (suspect, see collapsed), ErrSeparable or a *QuasiSeparationError when the linear
// program of separation (below) finds that J has no minimum; else, for a
// stall, ErrNotConverged with the reason.
func diagnose(c *standardizer, d *sample, lambda float64, fit margins, steps int, stall error, suspect bool) error {
	if stall != nil && fit.wrong > 0 {
		return fmt.Errorf("%w: %v after %d steps, with %d examples fitted at the wrong extreme (h ≈ 0 for y = 1 or h ≈ 1 for y = 0)",
			ErrBadStart, stall, steps, fit.wrong)
	}
	undecided := ""
	if lambda == 0 && (stall != nil || fit.right > 0 || suspect) {
		separated, all, decided := separation(d, c)
		switch {
		case !decided:
			undecided = "; whether the data are separated was not decided (the linear program reached its iteration limit)"
		case all:
			return fmt.Errorf("%w (every example can be classified strictly correctly; found after %d Newton steps)", ErrSeparable, steps)
		case len(separated) > 0:
			return &QuasiSeparationError{Separated: separated, Steps: steps}
		}
	}
	if stall == nil {
		return nil
	}
	return fmt.Errorf("%w: %v after %d steps%s", ErrNotConverged, stall, steps, undecided)
}

// oneClass reports whether the labels of the examples of weight above 0
// are all 0 or all 1, and which.
func oneClass(d *sample) (label float64, ok bool) {
	label = math.NaN()
	for i, v := range d.y {
		switch {
		case d.weight(i) == 0:
		case v != 0 && v != 1 || label == label && v != label:
			return 0, false
		default:
			label = v
		}
	}
	return label, label == label
}

// Separates reports whether θ classifies every example strictly correctly,
// (2y − 1)·θᵀx > 0 for all i: a certificate that the data are linearly
// separable and the unregularized cost has no minimum.
//
// Separates panics, as CostFunction does, if the shapes disagree.
func Separates(theta []float64, X [][]float64, y []float64) bool {
	checkShapes(theta, X, y)
	for i, x := range X {
		if (2*y[i]-1)*dot(theta, x) <= 0 {
			return false
		}
	}
	return true
}

// Separation returns the examples (rows of X, in increasing order) that J
// fits ever closer to their labels as θ runs off to infinity: those that a
// direction d with (2y − 1)·dᵀx ≥ 0 for every example classifies strictly
// correctly. None means the unregularized cost has a finite minimum; all
// means the data are linearly separable; some, quasi-separated. It is decided
// exactly, by a linear program (the block comment "Separation" says how).
// The error is a *DataError for X or y it cannot take (the labels must be 0
// or 1), or ErrNotConverged if the linear program reached its iteration
// limit, leaving the question undecided.
func Separation(X [][]float64, y []float64) ([]int, error) {
	c, err := checkX(X)
	if err := firstError(err, func() error { return checkLabels(y, len(X)) }); err != nil {
		return nil, err
	}
	for i, v := range y {
		if v != 0 && v != 1 {
			return nil, dataError(ErrLabel, i, -1, "y[%d] = %g, want 0 or 1", i, v)
		}
	}
	separated, _, decided := separation(newSample(X, y, nil), c)
	if !decided {
		return nil, fmt.Errorf("%w: the linear program of separation reached its iteration limit", ErrNotConverged)
	}
	return separated, nil
}

// CheckRank returns a *ColumnError (ErrSingular) if a column of X is
// constant or, to rounding, a linear combination of the columns before it
// (1 − R² of it regressed on them below 1e-12), so that no unique
// unregularized optimum exists; else nil. It is decided from X itself, the
// Gram matrix of its columns centered and scaled, as Newton decides it. The
// error is a *DataError for X it cannot take.
func CheckRank(X [][]float64) error {
	c, err := checkX(X)
	if err != nil {
		return err
	}
	return checkRank(gram(newSample(X, nil, nil), c), c)
}

// gram returns the Gram matrix of the standardized columns of d's examples,
// G = Σᵢ wᵢ x̃x̃ᵀ. Without weights the centered columns are orthogonal to the
// intercept's column of ones, so G₀₀ = m and G₀ⱼ = 0 for j ≥ 1; with
// weights, row and column 0 are summed too.
func gram(d *sample, c *standardizer) [][]float64 {
	n, X := len(c.mu), d.X
	first := 1 // the first column summed
	if d.w != nil {
		first = 0
	}
	G := inBlocks(len(X), func(lo, hi int) matSum { // Σ over the examples of a block (see inBlocks)
		G := matSum(newMatrix(n))
		xs := make([]float64, n)
		for i := lo; i < hi; i++ {
			wi := d.weight(i)
			if wi == 0 {
				continue
			}
			c.row(X[i], xs)
			for j := first; j < n; j++ {
				row := G[j][first : j+1] // the lower triangle; the upper is its mirror
				xk := xs[first : j+1]
				for k := range row {
					row[k] += wi * xs[j] * xk[k]
				}
			}
		}
		return G
	})
	if d.w == nil {
		G[0][0] = float64(len(X))
	}
	for j := first; j < n; j++ {
		for k := first; k < j; k++ {
			G[k][j] = G[j][k]
		}
	}
	return G
}

// checkRank returns a *ColumnError if a column of X is constant (its spread
// sqrt(Gⱼⱼ/G₀₀)/sⱼ below constTol times its largest magnitude) or, to
// rounding, a combination of the columns before it: a Cholesky pivot of G
// below rankTol times Gⱼⱼ, that is 1 − R² < rankTol. G is the Gram matrix of
// the standardized columns (see gram), or any positive multiple of it.
func checkRank(G [][]float64, c *standardizer) error {
	_, err := rankFactor(G, c)
	return err
}

// rankFactor is checkRank, and returns G's Cholesky factor when X has full rank.
func rankFactor(G [][]float64, c *standardizer) ([][]float64, error) {
	for j := 1; j < len(c.mu); j++ {
		if spread := math.Sqrt(G[j][j]/G[0][0]) / c.s[j]; !(spread > constTol*c.size[j]) {
			return nil, &ColumnError{Column: j, Constant: true}
		}
	}
	L, bad := cholesky(G, rankTol)
	if bad >= 0 {
		return nil, &ColumnError{Column: bad}
	}
	return L, nil
}

// collapsed reports whether the weights h(1 − h) of the Hessian H = L·Lᵀ at
// a fit have collapsed along some direction, as they do along one that
// quasi-separates the data, where the examples it separates are fitted
// within rounding of their labels: a pivot of H below collapseTol times the
// same pivot of H₀ = L₀·L₀ᵀ, the Hessian with every weight ¼ (the most a
// weight can be). Each pivot is the information about one coefficient
// beyond the columns before it, so the ratio is the weights' share of it:
// ¼ and above 1e-3 in an ordinary fit, near 1e-10 along a separating
// direction whose examples stop at |z| ≈ 24.
func collapsed(L, L0 [][]float64) bool {
	for j := range L {
		if r := L[j][j] / L0[j][j]; r*r < collapseTol {
			return true
		}
	}
	return false
}

/*
Separation, decided exactly by a linear program.

With aᵢ = (2yᵢ − 1)·x̃ᵢ, example i's margin along a direction d is aᵢᵀd. If
Ad ≥ 0 and Ad ≠ 0, J(θ + t·d) falls as t → ∞ from every θ: no example's
cost rises, and those with aᵢᵀd > 0 fall to 0; so J has no minimum. If no
such d exists, J has a finite minimum (Albert & Anderson, 1984). As in R's
detectseparation package (Konis, 2007), d is found by the linear program

	maximize 1ᵀA d   subject to  A d ≥ 0,  −1 ≤ dⱼ ≤ 1,

whose optimum is 0 exactly when no example can be separated. It is solved
through its dual, which has one equality constraint per parameter:

	minimize 1ᵀu + 1ᵀv   subject to  −Aᵀw + u − v = Aᵀ1,   w, u, v ≥ 0,

by the revised simplex method with Bland's rule (so it cannot cycle),
starting from the basis of the u or v of each row. The simplex multipliers
of the optimal basis are the optimal d, and the reduced cost of wᵢ is aᵢᵀd,
so a column enters exactly when an example has a negative margin. Each
iteration prices the m columns and updates an n×n basis inverse: O(m·n)
work and O(n²) memory, nothing of size m·n. The rows aᵢ are scaled to unit
length and the features standardized (see standardizer), which changes no
margin's sign.

An optimal d separates some of the examples that can be, not always all; those
are set aside and the program solved again on the rest, until it separates
no more. The union is the set of examples fitted ever closer to 0 or 1.
*/

// maxLPIter bounds the simplex iterations of one linear program, per row.
const maxLPIter = 200

// separation returns the examples of the sample that a direction d with
// Ad ≥ 0 separates, aᵢᵀd > sepTol (see above), in increasing order; none when
// J has a finite minimum; all is true when every example of weight above 0
// is. An example of weight 0 takes no part; one whose label is strictly
// between 0 and 1 (a share of trials) is a row aᵢ of each sign, so that no d
// separates it. decided is false if a linear program reached its iteration
// limit.
func separation(d *sample, c *standardizer) (separated []int, all, decided bool) {
	n := len(c.mu)
	var example []int  // the rows aₖ of the program: example[k]'s x̃ ...
	var sign []float64 // ... times sign[k], the 2y − 1 of its label
	for i, y := range d.y {
		if d.weight(i) == 0 {
			continue
		}
		if y > 0 {
			example, sign = append(example, i), append(sign, 1)
		}
		if y < 1 {
			example, sign = append(example, i), append(sign, -1)
		}
	}
	row := func(k int, a []float64) { // a = aₖ, of unit length
		c.row(d.X[example[k]], a)
		f := sign[k] / norm(a)
		for j := range a {
			a[j] *= f
		}
	}
	rest := make([]int, len(example))
	for k := range rest {
		rest[k] = k
	}
	a := make([]float64, n)
	for len(rest) > 0 {
		dir, ok := maxMargin(rest, n, row)
		if !ok {
			return nil, false, false
		}
		var left []int
		for _, k := range rest {
			if row(k, a); dot(dir, a) > sepTol {
				separated = append(separated, example[k])
			} else {
				left = append(left, k)
			}
		}
		if len(left) == len(rest) {
			break
		}
		rest = left
	}
	sort.Ints(separated)
	all = len(separated) == len(example)
	return separated, all, true
}

// maxMargin returns the optimal d of the linear program above for the
// examples rows (row(i, a) sets a = aᵢ), by the revised simplex method on its
// dual; ok is false if it reached maxLPIter·n iterations.
func maxMargin(rows []int, n int, row func(i int, a []float64)) (d []float64, ok bool) {
	m := len(rows)
	// the dual's variables: wₖ is k, uⱼ is m + j, vⱼ is m + n + j
	column := func(k int, col []float64) (cost float64) {
		clear(col)
		switch {
		case k < m:
			row(rows[k], col)
			for j := range col {
				col[j] = -col[j] // −aₖ
			}
			return 0
		case k < m+n:
			col[k-m] = 1
		default:
			col[k-m-n] = -1
		}
		return 1
	}
	b := make([]float64, n) // Aᵀ1
	col := make([]float64, n)
	for k := range m {
		column(k, col)
		for j := range b {
			b[j] -= col[j]
		}
	}
	basis := make([]int, n)
	for j := range basis {
		basis[j] = m + j // uⱼ = bⱼ ≥ 0
		if b[j] < 0 {
			basis[j] = m + n + j // vⱼ = −bⱼ > 0
		}
	}
	Binv, xB := basisInverse(basis, b, column)
	d = make([]float64, n)
	delta := make([]float64, n)
	for iter := range maxLPIter * n {
		if iter%(4*n) == 4*n-1 { // recompute, so that rounding does not build up
			Binv, xB = basisInverse(basis, b, column)
		}
		clear(d) // the multipliers dᵀ = c_Bᵀ B⁻¹
		for r, k := range basis {
			if k >= m { // the cost of uⱼ and vⱼ is 1, of wₖ 0
				for j := range d {
					d[j] += Binv[r][j]
				}
			}
		}
		enter := -1 // Bland's rule: the first column whose reduced cost is negative
		for k := 0; k < m+2*n && enter < 0; k++ {
			if cost := column(k, col); cost-dot(d, col) < -lpTol {
				enter = k
			}
		}
		if enter < 0 {
			return d, true // optimal
		}
		column(enter, col)
		for r := range delta {
			delta[r] = dot(Binv[r], col)
		}
		leave := -1 // the ratio test; ties to the smallest variable (Bland)
		for r := range delta {
			if delta[r] > lpTol {
				if leave < 0 || xB[r]/delta[r] < xB[leave]/delta[leave] ||
					xB[r]/delta[r] == xB[leave]/delta[leave] && basis[r] < basis[leave] {
					leave = r
				}
			}
		}
		if leave < 0 {
			return d, true // unbounded: not possible, as d = 0 is feasible
		}
		t, p := xB[leave]/delta[leave], delta[leave]
		for r := range xB {
			xB[r] -= t * delta[r]
		}
		xB[leave] = t
		for j := range Binv[leave] {
			Binv[leave][j] /= p
		}
		for r := range Binv {
			if r != leave && delta[r] != 0 {
				for j := range Binv[r] {
					Binv[r][j] -= delta[r] * Binv[leave][j]
				}
			}
		}
		basis[leave] = enter
	}
	return d, false
}

// basisInverse returns B⁻¹ for the basis' columns and the basic values
// x_B = B⁻¹b, by Gauss–Jordan elimination with partial pivoting.
func basisInverse(basis []int, b []float64, column func(int, []float64) float64) (Binv [][]float64, xB []float64) {
	n := len(basis)
	B, Binv := newMatrix(n), newMatrix(n)
	col := make([]float64, n)
	for r, k := range basis {
		column(k, col)
		for j := range n {
			B[j][r] = col[j]
		}
		Binv[r][r] = 1
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(B[r][c]) > math.Abs(B[p][c]) {
				p = r
			}
		}
		B[c], B[p] = B[p], B[c]
		Binv[c], Binv[p] = Binv[p], Binv[c]
		for r := range n {
			if f := B[r][c] / B[c][c]; r != c && f != 0 {
				for j := range n {
					B[r][j] -= f * B[c][j]
					Binv[r][j] -= f * Binv[c][j]
				}
			}
		}
	}
	for r := range n {
		for j := range n {
			Binv[r][j] /= B[r][r]
		}
	}
	xB = make([]float64, n)
	for r := range n {
		xB[r] = dot(Binv[r], b)
	}
	return Binv, xB
}

// ——— 4. Statistics of an unregularized fit, as R's glm summary, confint and predict give them ———

// Hessian returns the Hessian of CostFunctionReg at θ, an n×n matrix:
//
//	H = (1/m) Σᵢ h(1 − h) x⁽ⁱ⁾x⁽ⁱ⁾ᵀ + (λ/m)·diag(0, 1, …, 1)
//
// since ∂/∂θₖ of (h − y)xⱼ is dh/dz · dz/dθₖ · xⱼ = h(1 − h) xₖ xⱼ.
// Hessian panics on the shape mismatches of CostFunction.
func Hessian(theta []float64, X [][]float64, lambda float64) [][]float64 {
	_, n := checkRows(theta, X)
	_, _, H, _ := newtonPass(theta, unstandardized(n), newSample(X, nil, nil), lambda, true)
	return H
}

// StdErrors returns, for the unregularized optimum θ, the standard errors,
// z values and two-sided p-values of its coefficients, as R's glm summary
// prints them:
//
//	se = sqrt(diag((Xᵀ S X)⁻¹)),  S = diag(h(1 − h)),   z = θ / se,   p = erfc(|z| / √2)
//
// Xᵀ S X is m·H (see Hessian, with lambda = 0); the variances come from
// Covariance, which never forms (Xᵀ S X)⁻¹.
// The error is a *DataError for θ or X it cannot take, and ErrSingular if
// the Hessian is singular to rounding.
func StdErrors(theta []float64, X [][]float64) (se, z, p []float64, err error) {
	v, err := NewCovariance(theta, X)
	if err != nil {
		return nil, nil, nil, err
	}
	se, z, p = v.Wald(theta)
	return se, z, p, nil
}

// A Covariance holds what the sampling variance of any linear combination
// aᵀθ of an unregularized optimum θ needs: the Cholesky factor L of the
// Hessian H̃ of the features centered and scaled as Newton's (x̃ⱼ = (xⱼ − μⱼ)·sⱼ), so that
//
//	Var(aᵀθ) = ãᵀ (m·H̃)⁻¹ ã = ‖L⁻¹ã‖² / m,   ã = (a₀, s₁(a₁ − a₀μ₁), …, sₙ(aₙ − a₀μₙ))
//
// (aᵀθ = ãᵀθ̃), a sum of squares: (XᵀWX)⁻¹ is never formed.
type Covariance struct {
	c *standardizer
	l [][]float64 // L
	m float64     // W, the sum of the weights (m without weights)
}

// NewCovariance returns the Covariance of the unregularized optimum θ of X.
// The error is a *DataError for θ or X it cannot take, and ErrSingular if
// the Hessian at θ is singular to rounding.
func NewCovariance(theta []float64, X [][]float64) (*Covariance, error) {
	return NewCovarianceWeighted(theta, X, nil)
}

// NewCovarianceWeighted is NewCovariance for examples of weights w (nil for
// weights of 1), the optimum of NewtonWeighted: Var(aᵀθ) = ãᵀ (W·H̃)⁻¹ ã,
// H̃ the weighted Hessian. The error is also a *DataError for weights it
// cannot take.
func NewCovarianceWeighted(theta []float64, X [][]float64, w []float64) (*Covariance, error) {
	c, err := checkStatistics(theta, X)
	if err := firstError(err, func() error { return checkWeights(w, len(X)) }); err != nil {
		return nil, err
	}
	return newCovariance(theta, c, newSample(X, nil, w)) // no labels: H needs none
}

// newCovariance is NewCovarianceWeighted on arguments already checked, with
// X's standardizer, for the sample's X and weights (its labels, which the
// Hessian does not use, aside).
func newCovariance(theta []float64, c *standardizer, d *sample) (*Covariance, error) {
	_, _, H, _ := newtonPass(c.to(theta), c, d, 0, true)
	L, bad := cholesky(H, pivotTol)
	if bad >= 0 {
		return nil, fmt.Errorf("%w at θ (column %d)", ErrSingular, bad)
	}
	return &Covariance{c: c, l: L, m: d.W}, nil
}

// CovarianceParts are what a Covariance holds, to be kept and made into
// the same Covariance again (a fit saved to a file): the standardizer's μ
// and s, the Cholesky factor L of the standardized Hessian, and W.
type CovarianceParts struct {
	Mu, S []float64
	L     [][]float64
	W     float64
}

// Parts returns a copy of the parts of the Covariance.
func (v *Covariance) Parts() CovarianceParts {
	return CovarianceParts{Mu: append([]float64(nil), v.c.mu...), S: append([]float64(nil), v.c.s...), L: copyRows(v.l), W: v.m}
}

// copyRows returns a copy of the rows of A.
func copyRows(A [][]float64) [][]float64 {
	B := make([][]float64, len(A))
	for i := range A {
		B[i] = append([]float64(nil), A[i]...)
	}
	return B
}

// CovarianceFromParts returns the Covariance of the parts, whose SE gives
// the same bits as the Covariance they came from; the error is a
// *DataError unless they fit together: μ and s of n entries, L n×n
// lower-triangular with a finite diagonal above 0, W finite and above 0.
func CovarianceFromParts(p CovarianceParts) (*Covariance, error) {
	n := len(p.Mu)
	if n == 0 || len(p.S) != n || len(p.L) != n {
		return nil, dataError(ErrShape, -1, -1, "len(Mu) = %d, len(S) = %d, len(L) = %d, want n ≥ 1 each", n, len(p.S), len(p.L))
	}
	for j, row := range p.L {
		if len(row) != n {
			return nil, dataError(ErrShape, j, -1, "len(L[%d]) = %d, want %d", j, len(row), n)
		}
		if !(row[j] > 0) || !finite(row...) || !finite(p.Mu[j], p.S[j]) || !(p.S[j] > 0) {
			return nil, dataError(ErrNotFinite, j, j, "L[%d][%d] = %g, S[%d] = %g", j, j, row[j], j, p.S[j])
		}
		for k := j + 1; k < n; k++ {
			if row[k] != 0 {
				return nil, dataError(ErrShape, j, k, "L[%d][%d] = %g above the diagonal, want 0", j, k, row[k])
			}
		}
	}
	if !(p.W > 0) || math.IsInf(p.W, 0) {
		return nil, dataError(ErrArgument, -1, -1, "W = %g, want a finite number above 0", p.W)
	}
	return &Covariance{c: &standardizer{mu: append([]float64(nil), p.Mu...), s: append([]float64(nil), p.S...)}, l: copyRows(p.L), m: p.W}, nil
}

// SE returns the standard error of aᵀθ, sqrt(Var(aᵀθ)) (see Covariance).
// SE panics if len(a) is not the number of parameters.
func (v *Covariance) SE(a []float64) float64 {
	if len(a) != len(v.c.mu) {
		panic(fmt.Sprintf("logreg: len(a) = %d, want %d parameters", len(a), len(v.c.mu)))
	}
	return norm(forwardSubstitute(v.l, v.c.combination(a))) / math.Sqrt(v.m)
}

// Wald returns, for the θ of the Covariance, its coefficients' standard
// errors, z values and two-sided p-values (see StdErrors):
//
//	seₖ = SE(eₖ),   zₖ = θₖ / seₖ,   pₖ = erfc(|zₖ| / √2)
func (v *Covariance) Wald(theta []float64) (se, z, p []float64) {
	n := len(theta)
	se, z, p = make([]float64, n), make([]float64, n), make([]float64, n)
	for k := range n {
		se[k] = v.SE(unit(n, k))
		z[k] = theta[k] / se[k]
		p[k] = math.Erfc(math.Abs(z[k]) / math.Sqrt2)
	}
	return se, z, p
}

// Deviances returns, for the unregularized optimum θ of X and y (0/1
// labels), the residual deviance 2m·J(θ), the null deviance of the
// intercept-only model, whose optimum is h = ȳ for every example,
//
//	null = −2 Σᵢ [ y log ȳ + (1 − y) log(1 − ȳ) ] = −2m [ ȳ log ȳ + (1 − ȳ) log(1 − ȳ) ],
//
// and the AIC, 2m·J(θ) + 2n (−2 log-likelihood + 2 per parameter), as R's glm
// reports them. Deviances panics on the shape mismatches of CostFunction.
func Deviances(theta []float64, X [][]float64, y []float64) (residual, null, aic float64) {
	return DeviancesWeighted(theta, X, y, nil, nil)
}

// DeviancesWeighted is Deviances for examples of weights w (nil for weights
// of 1), as R's glm gives them for a binomial fit with prior weights or
// counts, y = s/n the share of successes in n trials and w the prior weight
// times n (R's weights after cbind(s, n − s)):
//
//	residual = 2 Σᵢ wᵢ [ y log(y/h) + (1 − y) log((1 − y)/(1 − h)) ]
//	null     = the same with h = ȳ = Σ wᵢyᵢ / Σ wᵢ, the intercept-only optimum
//	aic      = −2 Σ_{kᵢ>0} (wᵢ/kᵢ) log C(kᵢ, kᵢyᵢ) h^{kᵢyᵢ} (1 − h)^{kᵢ(1−yᵢ)} + 2n
//
// where kᵢ is trials[i] if any trial count is above 1, else wᵢ, and kᵢ and
// kᵢyᵢ are rounded to whole numbers, half to even (R's binomial()$aic, with the binomial
// coefficient); trials nil means one trial each. With weights and trials of
// 1 these are Deviances'. DeviancesWeighted panics on the shape mismatches
// of CostFunction, and if len(w) or len(trials) is not m.
func DeviancesWeighted(theta []float64, X [][]float64, y, w, trials []float64) (residual, null, aic float64) {
	checkShapes(theta, X, y)
	for _, v := range [][]float64{w, trials} {
		if v != nil && len(v) != len(X) {
			panic(fmt.Sprintf("logreg: len(w) or len(trials) = %d, want len(X) = %d", len(v), len(X)))
		}
	}
	d := newSample(X, y, w)
	ybar := 0.0
	for i, v := range y {
		ybar += d.weight(i) * v / d.W
	}
	many := false // a trial count above 1: k = trials, else k = w
	for _, n := range trials {
		many = many || n > 1
	}
	nullPos, nullNeg := -math.Log(ybar), -math.Log1p(-ybar)     // −log ȳ and −log(1 − ȳ)
	sum := inBlocks(len(X), func(lo, hi int) (s devianceSums) { // Σ over the examples of a block (see inBlocks)
		for i := lo; i < hi; i++ {
			wi := d.weight(i)
			if wi == 0 {
				continue
			}
			saturated := 0.0 // −[y log y + (1 − y) log(1 − y)], 0 for y = 0 or 1
			if yi := y[i]; yi > 0 && yi < 1 {
				saturated = -yi*math.Log(yi) - (1-yi)*math.Log1p(-yi)
			}
			cost := logLoss(dot(theta, X[i]), y[i])
			s.residual += 2 * wi * (cost - saturated)
			null := 0.0 // −[y log ȳ + (1 − y) log(1 − ȳ)], with no 0·∞ where ȳ is 0 or 1
			if y[i] > 0 {
				null += y[i] * nullPos
			}
			if y[i] < 1 {
				null += (1 - y[i]) * nullNeg
			}
			s.null += 2 * wi * (null - saturated)
			k := wi
			if many {
				k = trials[i]
			}
			if k <= 0 {
				continue
			}
			N, successes := math.RoundToEven(k), math.RoundToEven(k*y[i]) // R rounds half to even
			logLik := -N * cost                                           // log h^s (1 − h)^(N−s) when s = N·y
			if successes != N*y[i] {
				z := dot(theta, X[i])
				logLik = -successes*softplus(-z) - (N-successes)*softplus(z)
			}
			if N > 1 { // log C(N, s); 0 for N = 1
				lgN, _ := math.Lgamma(N + 1)
				lgS, _ := math.Lgamma(successes + 1)
				lgF, _ := math.Lgamma(N - successes + 1)
				logLik += lgN - lgS - lgF
			}
			s.aic -= 2 * wi / k * logLik
		}
		return s
	})
	return sum.residual, sum.null, sum.aic + 2*float64(len(theta))
}

// devianceSums are DeviancesWeighted's sums over a block of examples.
type devianceSums struct {
	residual, null, aic float64
}

func (s devianceSums) plus(t devianceSums) devianceSums {
	return devianceSums{s.residual + t.residual, s.null + t.null, s.aic + t.aic}
}

/*
The χ² upper tail, by the regularized incomplete gamma function.

P(χ²ₖ > x) = Q(k/2, x/2), Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x). As in Numerical
Recipes (§6.2): for x < a + 1 the series

	P(a, x) = e^(−x) x^a / Γ(a) · Σₙ xⁿ / (a (a+1) ⋯ (a+n)),

whose terms fall fast there, and Q = 1 − P; else the continued fraction

	Q(a, x) = e^(−x) x^a / Γ(a) · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …)))

by the modified Lentz method, which converges fast there and keeps Q's small
values to their relative accuracy (1 − P would lose them). Both stop when a
term changes the sum by less than eps.
*/

// GammaQ returns the regularized upper incomplete gamma function Q(a, x) =
// Γ(a, x)/Γ(a), for a > 0 and x ≥ 0.
//
// Special cases are:
//
//	GammaQ(a, 0) = 1
//	GammaQ(a, +Inf) = 0
//	GammaQ(a, x) = NaN for a ≤ 0, x < 0 or NaN
func GammaQ(a, x float64) float64 {
	switch {
	case !(a > 0) || !(x >= 0):
		return math.NaN()
	case x == 0:
		return 1
	case math.IsInf(x, 1):
		return 0
	}
	lga, _ := math.Lgamma(a)
	front := math.Exp(-x + a*math.Log(x) - lga) // e^(−x) x^a / Γ(a)
	if x < a+1 {
		term, sum := 1/a, 1/a
		for n := 1; n < 1000 && math.Abs(term) > eps*math.Abs(sum); n++ {
			term *= x / (a + float64(n))
			sum += term
		}
		return 1 - front*sum
	}
	const tiny = 1e-300
	b := x + 1 - a
	c, d := 1/tiny, 1/b
	f := d
	for i := 1; i < 1000; i++ {
		an := -float64(i) * (float64(i) - a)
		b += 2
		d = an*d + b
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = b + an/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		delta := d * c
		f *= delta
		if math.Abs(delta-1) < eps {
			break
		}
	}
	return front * f
}

// ChiSquareUpper returns P(χ²ₖ > x) = GammaQ(k/2, x/2), the p-value of a
// χ² statistic x on k degrees of freedom.
func ChiSquareUpper(x float64, k int) float64 {
	return GammaQ(float64(k)/2, x/2)
}

// NormalCritical returns the z with P(|Z| ≤ z) = level for a standard
// normal Z, the half-width in standard errors of a two-sided interval at
// that level (1.959963984540054 for 0.95):
//
//	z = √2 · erfc⁻¹(1 − level)
//
// from the upper tail, 1 − level, which is exact for a level near 1 where
// (1 + level)/2 would round to 1 (NormalQuantile((1 + level)/2) is the
// same z for other levels). NormalCritical(1) = +Inf.
func NormalCritical(level float64) float64 {
	return math.Sqrt2 * math.Erfcinv(1-level)
}

// NormalQuantile returns the p-quantile of the standard normal distribution,
// √2 · erf⁻¹(2p − 1): 1.959963984540054 for p = 0.975.
func NormalQuantile(p float64) float64 {
	return math.Sqrt2 * math.Erfinv(2*p-1)
}

// AUC returns the area under the ROC curve of the scores for the labels:
// the probability that a random positive example scores above a random
// negative one, ties counted as ½ — the Mann–Whitney statistic
//
//	AUC = (R₁ − n₁(n₁ + 1)/2) / (n₁ n₀),
//
// R₁ the sum of the positive examples' ranks among all scores (tied scores
// share their mean rank). It is NaN with one class only.
//
// AUC panics if len(scores) ≠ len(y).
func AUC(scores, y []float64) float64 {
	return AUCWeighted(scores, y, nil)
}

// AUCWeighted is AUC for examples of weights w (nil for weights of 1) and
// labels in [0, 1]: example i counts as wᵢyᵢ positive examples and
// wᵢ(1 − yᵢ) negative ones at its score (s successes of n trials: s and
// n − s), so that, summed over the groups g of tied scores in increasing
// order,
//
//	AUC = Σ_g P_g (N_{<g} + N_g/2) / (P N),
//
// P_g and N_g the positive and negative weight of group g, N_{<g} the
// negative weight below it, P and N the totals: the Mann–Whitney statistic
// above, to the bit, for weights of 1 and labels 0 or 1.
// AUCWeighted panics if len(scores), len(y) and len(w) disagree.
func AUCWeighted(scores, y, w []float64) float64 {
	if len(scores) != len(y) || w != nil && len(w) != len(y) {
		panic(fmt.Sprintf("logreg: len(scores) = %d, len(y) = %d, len(w) = %d, want them equal", len(scores), len(y), len(w)))
	}
	if w == nil && !slices.ContainsFunc(y, func(v float64) bool { return v != 0 && v != 1 }) {
		// labels 0 and 1: the smaller class's scores held, the other's counted against them
		P := 0
		for _, v := range y {
			P += int(v)
		}
		hold := float64(0)
		if 2*P <= len(y) {
			hold = 1
		}
		held := make([]float64, 0, min(P, len(y)-P))
		for i, v := range y {
			if v == hold {
				held = append(held, scores[i])
			}
		}
		a := NewAUCCounter(held, hold == 1)
		for i, v := range y {
			if v != hold {
				a.Add(scores[i])
			}
		}
		return a.AUC()
	}
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return scores[order[a]] < scores[order[b]] }) // ties are taken together below
	var area, below, P float64
	for lo := 0; lo < len(order); {
		hi := lo
		for hi < len(order) && scores[order[hi]] == scores[order[lo]] {
			hi++
		}
		var pos, neg float64 // the group's positive and negative weight
		for _, i := range order[lo:hi] {
			wi := 1.0
			if w != nil {
				wi = w[i]
			}
			pos += wi * y[i]
			neg += wi * (1 - y[i])
		}
		area += pos * (below + neg/2)
		below += neg
		P += pos
		lo = hi
	}
	return area / (P * below)
}

// An AUCCounter forms
//
//	AUC = (1/(P·N)) Σ over the pairs of a positive and a negative example
//	      [1 if s₊ > s₋, ½ if s₊ = s₋, 0 else]
//
// with labels 0 and 1 from the scores of one class
// held sorted and the other class's scores given one at a time, so that it
// holds the scores of one class only (the smaller, to hold least): each
// example added counts the pairs it makes with the held class, 1 for a pair
// ordered right and ½ for a tie. The sums are of whole and half numbers,
// exact in float64 below 2⁵³ pairs, so the AUC is the bits of AUCWeighted's
// sums over the groups of tied scores, in any order of the examples.
type AUCCounter struct {
	held     []float64 // sorted, NaNs first
	positive bool      // held are the positive examples' scores
	area     float64   // the pairs ordered right, ½ for a tie
	others   float64
}

// NewAUCCounter returns the counter holding the scores of the positive
// examples (positive true) or of the negative ones. It sorts scores in place
// and keeps it.
func NewAUCCounter(scores []float64, positive bool) *AUCCounter {
	slices.Sort(scores)
	return &AUCCounter{held: scores, positive: positive}
}

// Add counts an example of the other class, of the given score.
func (a *AUCCounter) Add(score float64) {
	below, _ := slices.BinarySearch(a.held, score)                                          // the held below score
	ties := sort.Search(len(a.held), func(k int) bool { return a.held[k] > score }) - below // and equal to it
	if ties < 0 || math.IsNaN(score) {
		ties = 0
	}
	right := below // a positive example added: the negatives below it
	if a.positive {
		right = len(a.held) - below - ties // a negative added: the positives above it
	}
	a.area += float64(right) + float64(ties)/2
	a.others++
}

// AUC returns the area under the ROC curve of the examples counted.
func (a *AUCCounter) AUC() float64 {
	return a.area / (float64(len(a.held)) * a.others)
}

/*
Profile-likelihood intervals, with their bounds found exactly.

The profile deviance of θₖ is D(b) = 2m·(Jₚ(b) − J(θ̂)), Jₚ(b) the least J
over θ with θₖ = b; the interval at level L is where D(b) ≤ q, q the
χ²₁ L-quantile, z² for z = NormalQuantile((1 + L)/2). R's MASS::confint
interpolates a spline through D on a grid; here the two roots of D(b) = q
are found to rounding, by Newton's method on b, with

	D′(b) = 2m·λ(b),

λ the Lagrange multiplier of the constraint aᵀθ̃ = b at the constrained
optimum (θₖ = aᵀθ̃ in the standardized coordinates; see Covariance), since
dJₚ/db = λ. Each Jₚ(b) is itself a Newton fit, whose step keeps aᵀθ̃ fixed:
with u = H̃⁻¹∇J and v = H̃⁻¹a,

	θ̃ := θ̃ − (u − v·(aᵀu)/(aᵀv)),   and at the optimum λ = (aᵀu)/(aᵀv).

Newton's method on b is kept inside a bracket [inner, outer] of the root,
halving it when a step would leave it. Where D(b) stays below q as b runs
off (quasi-separation, or too few examples), the bound is ±Inf.
*/

// ProfileInterval returns the profile-likelihood confidence interval of θₖ at
// the given level (0.95 for 95%) for the unregularized optimum θ of X and y:
// the two values of θₖ where the profile deviance
//
//	D(θₖ) = 2m·(J with θₖ fixed and the rest refitted − J(θ̂))
//
// equals the χ²₁ quantile z², z = NormalCritical(level), found to
// rounding (the block comment "Profile-likelihood intervals" says how).
// A bound that does not exist is −Inf or +Inf.
//
// The error is a *DataError for θ, X, y, k or level it cannot take, and
// ErrSingular if the Hessian at θ is singular to rounding.
func ProfileInterval(theta []float64, X [][]float64, y []float64, k int, level float64) (lo, hi float64, err error) {
	return ProfileIntervalWeighted(theta, X, y, nil, k, level)
}

// ProfileIntervalWeighted is ProfileInterval for examples of weights w (nil
// for weights of 1), the optimum of NewtonWeighted: its profile deviance is
// D(θₖ) = 2W·(J with θₖ fixed and the rest refitted − J(θ̂)), J of
// CostFunctionWeighted. The error is also a *DataError for weights it
// cannot take.
func ProfileIntervalWeighted(theta []float64, X [][]float64, y, w []float64, k int, level float64) (lo, hi float64, err error) {
	c, err := checkStatistics(theta, X)
	if err := firstError(err, func() error { return checkLabels(y, len(X)) }, func() error { return checkWeights(w, len(X)) }); err != nil {
		return 0, 0, err
	}
	d := newSample(X, y, w)
	if err := checkProfile(k, len(theta), level); err != nil {
		return 0, 0, err
	}
	v, err := newCovariance(theta, c, d)
	if err != nil {
		return 0, 0, err
	}
	lo, hi, _ = profileBounds(theta, c, d.W, k, level, v, binaryPass(c, d, 0), false)
	return lo, hi, nil
}

// checkProfile returns a *DataError unless k is a coefficient of n and level is in (0, 1).
func checkProfile(k, n int, level float64) error {
	if k < 0 || k >= n {
		return dataError(ErrArgument, -1, -1, "k = %d, want a coefficient 0 to %d", k, n-1)
	}
	if !(level > 0 && level < 1) {
		return dataError(ErrArgument, -1, -1, "level = %g, want a number between 0 and 1", level)
	}
	return nil
}

// profileBounds finds the two roots of the profile deviance D(θₖ) = 2W·(J
// with θₖ fixed and the rest refitted − J(θ̂)) = z² (see the block comment
// above), J that of the pass (the cost of the fit, or Firth's penalized
// one), v the Covariance at θ̂ (for the Wald bounds it starts from).
func profileBounds(theta []float64, c *standardizer, m float64, k int, level float64, v *Covariance, pass func(thetaS []float64, hessian bool) newtonPoint, linear bool) (lo, hi float64, uncertain [2]bool) {
	n := len(theta)
	thetaS := c.to(theta)
	J0 := pass(thetaS, false).J
	// the search runs on u = θₖ/σ, the coefficient in the units of its
	// standardized feature (σ = sₖ, a power of two, so u·σ is exact; the
	// intercept's own), so that its tolerances scale with the feature
	sigma := 1.0
	if k > 0 {
		sigma = c.s[k]
	}
	a := c.combination(unit(n, k)) // θₖ = aᵀθ̃, so u = (a/σ)ᵀθ̃
	for j := range a {
		a[j] /= sigma
	}
	z := NormalCritical(level)
	q := z * z
	// D(b) − q and its derivative, from the constrained fit started at start
	profile := func(b float64, start []float64) (f, df float64, at []float64, ok bool) {
		at, J, lambda, ok := constrainedFit(start, a, b, pass, linear)
		return 2*m*(J-J0) - q, 2 * m * lambda, at, ok
	}
	se, center := v.SE(unit(n, k))/sigma, theta[k]/sigma // in the units of u
	var bounds [2]float64
	for side, dir := range []float64{-1, 1} {
		inner, outer := center, math.Inf(int(dir)) // f(inner) = −q < 0; f(outer) > 0 once found
		b, start := center+dir*z*se, thetaS        // the Wald bound: a good first guess
		bound := math.Inf(int(dir))
		for iter := 0; iter < 200; iter++ {
			f, df, at, ok := profile(b, start)
			if !ok { // no constrained optimum: beyond the bound, or none
				outer = b
			} else if f < 0 {
				inner, start = b, at
			} else {
				outer = b
			}
			if ok && math.Abs(f) <= 1e-12*q {
				bound = b
				break
			}
			next := b - f/df // Newton's step on b
			switch {
			case ok && df*dir > 0 && (next-inner)*dir > 0 && (math.IsInf(outer, 0) || (outer-next)*dir > 0):
				// inside the bracket
			case math.IsInf(outer, 0):
				next = inner + 2*(b-inner) // expand outwards
				if math.Abs(next-center) > 1e6*(1+math.Abs(center)+se) {
					next = math.Inf(int(dir)) // D stays below q: no bound
				}
			default:
				next = (inner + outer) / 2 // bisect
			}
			if math.IsInf(next, 0) {
				break
			}
			if math.Abs(next-b) <= 1e-15*math.Max(1, math.Abs(b)) {
				bound = next
				break
			}
			b = next
		}
		bounds[side] = bound * sigma
		if linear && !math.IsInf(bound, 0) { // Firth's: ℓ* with θₖ fixed need not be concave
			uncertain[side] = higherMaximum(thetaS, k, a, bound, q, J0, m, pass)
		}
	}
	return bounds[0], bounds[1], uncertain
}

// higherMaximum reports whether, at the bound b of a Firth profile, fits
// with θₖ fixed started away from θ̂ — along each other coordinate, by three
// times its size and one, either way — reach a higher ℓ* than the root's:
// then the profile followed a local maximum, and the bound is not to be
// trusted.
func higherMaximum(thetaS []float64, k int, a []float64, b, q, J0, m float64, pass func(thetaS []float64, hessian bool) newtonPoint) bool {
	for j := range thetaS {
		if j == k {
			continue
		}
		for _, dir := range []float64{-3, 3} {
			start := append([]float64(nil), thetaS...)
			start[j] += dir * (math.Abs(thetaS[j]) + 1)
			if _, J, _, ok := constrainedFit(start, a, b, pass, true); ok && 2*m*(J-J0)-q < -1e-9*q {
				return true
			}
		}
	}
	return false
}

// constrainedFit returns, from start, the θ̃ that minimizes J with aᵀθ̃ = b,
// its J and its Lagrange multiplier λ (see above); ok is false if Newton
// does not reach it (the constrained problem has no finite optimum).
func constrainedFit(start, a []float64, b float64, pass func(thetaS []float64, hessian bool) newtonPoint, linear bool) (thetaS []float64, J, lambda float64, ok bool) {
	// move start onto the constraint along H⁻¹a: the quadratic model's best point
	L, bad := cholesky(pass(start, true).H, pivotTol)
	if bad >= 0 {
		return nil, 0, 0, false
	}
	v := cholSubstitute(L, a)
	r := minimize(newtonProblem{pass: pass, constraint: a, linear: linear}, vecAdd(start, v, (b-dot(a, start))/dot(a, v)), 200)
	if r.stall != nil {
		return nil, 0, 0, false
	}
	return r.theta, r.J, r.multiplier, true
}

/*
Firth's penalized likelihood, and its score in the course's summation form.

Firth (1993) maximizes ℓ*(θ) = ℓ(θ) + ½ log det I(θ), the log-likelihood
with Jeffreys' prior, I(θ) = Σᵢ wᵢ hᵢ(1 − hᵢ) x⁽ⁱ⁾x⁽ⁱ⁾ᵀ Fisher's
information. Its maximum is finite even where ℓ has none (separated data),
and its bias is of a smaller order. Here, as J is −ℓ/W,

	J*(θ) = J(θ) − (1/(2W)) log det I(θ).

The penalty's derivative is a trace, d/dθⱼ log det I = tr(I⁻¹ ∂I/∂θⱼ), and
∂I/∂θⱼ = Σᵢ wᵢ hᵢ(1 − hᵢ)(1 − 2hᵢ) xᵢⱼ x⁽ⁱ⁾x⁽ⁱ⁾ᵀ, since d/dz of h(1 − h) is
h(1 − h)(1 − 2h). With aᵢ = wᵢ hᵢ(1 − hᵢ) x⁽ⁱ⁾ᵀ I⁻¹ x⁽ⁱ⁾, example i's
leverage (the diagonal of the hat matrix), the trace is Σᵢ aᵢ(1 − 2hᵢ) xᵢⱼ,
and the score U* = −W ∇J* is the course's sum with each residual modified:

	U*ⱼ = Σᵢ (wᵢ(yᵢ − hᵢ) + aᵢ(½ − hᵢ)) xᵢⱼ.

firthPass computes it so: a pass for J and I (newtonPass's), I's Cholesky
factor L (log det I = 2 Σⱼ log Lⱼⱼ), then a pass for the leverages,
aᵢ = wᵢhᵢ(1 − hᵢ)‖L⁻¹x⁽ⁱ⁾‖², and the modified residuals, one example at a
time: no m × m matrix is formed. The step is Fisher scoring, θ += I⁻¹U*,
by the Newton driver with I/W for the Hessian (the penalty's own second
derivative left out): its stopping rule, ∇J*ᵀ(I/W)⁻¹∇J* at rounding level,
holds at the maximum of ℓ*, and its step halving keeps J* falling.
*/

// firthPass returns the pass of Firth's penalized fit at θ̃ for the driver
// (see above): J*, its gradient, and I/W for H. Coordinates marked fixed
// keep their value: their gradient entries are 0 and their rows and columns
// of H those of the identity, so that no step moves them, while the penalty
// stays that of the full model's information (logistf's tests).
func firthPass(c *standardizer, d *sample, fixed []bool) func(thetaS []float64, hessian bool) newtonPoint {
	return func(thetaS []float64, hessian bool) newtonPoint {
		n := len(thetaS)
		J, _, H, fit := newtonPass(thetaS, c, d, 0, true) // J and I/W; the gradient is made below
		L, bad := cholesky(H, pivotTol)
		if bad >= 0 { // I singular: log det I = −∞, ℓ* = −∞
			return newtonPoint{theta: thetaS, J: math.Inf(1), grad: make([]float64, n), H: H, fit: fit}
		}
		logDet := float64(n) * math.Log(d.W) // log det I = log det(W·H)
		for j := range n {
			logDet += 2 * math.Log(L[j][j])
		}
		sum := inBlocks(len(d.X), func(lo, hi int) (s costSums) { // Σ over the examples of a block (see inBlocks)
			s.grad = make([]float64, n)
			xs := make([]float64, n)
			for i := lo; i < hi; i++ {
				wi := d.weight(i)
				if wi == 0 {
					continue
				}
				c.row(d.X[i][:n], xs)
				z := dot(thetaS, xs)
				h, oneMinusH, _ := logisticCost(z, d.y[i])
				v := forwardSubstitute(L, xs)             // L⁻¹x̃, so ‖v‖² = x̃ᵀ(W·I⁻¹)x̃
				a := wi * h * oneMinusH * dot(v, v) / d.W // aᵢ = wᵢhᵢ(1 − hᵢ) x̃ᵀI⁻¹x̃, the leverage
				yMinusH := d.y[i]*oneMinusH - (1-d.y[i])*h
				u := wi*yMinusH + a*(0.5-h) // the modified residual wᵢ(y − h) + aᵢ(½ − h)
				for j := range n {
					s.grad[j] -= u * xs[j] // ∇J* = −U*/W
				}
			}
			return s
		})
		grad := sum.grad
		for j := range grad {
			grad[j] /= d.W
		}
		if fixed != nil {
			H = append([][]float64(nil), H...)
			for j, f := range fixed {
				if !f {
					continue
				}
				grad[j] = 0
				H[j] = make([]float64, n)
				H[j][j] = 1
				for k := range n {
					if k != j {
						H[k] = append([]float64(nil), H[k]...)
						H[k][j] = 0
					}
				}
			}
		}
		return newtonPoint{theta: thetaS, J: J - logDet/(2*d.W), grad: grad, H: H, fit: fit}
	}
}

// polish returns the point that Newton steps with J*'s own Hessian take
// from at, the end of Fisher scoring, while they lower ‖∇J*‖: where J* is
// flat along a direction (quasi-separated data, where the penalty's
// curvature nearly cancels the information's), scoring's steps shrink by a
// factor near 1 and end short of the optimum, by 4e-9 in birthwt's ptl. The
// Hessian is the central differences of the analytic gradient, a step of
// 1e-5 in each standardized coordinate (errors of 1e-10 of it, so that each
// step takes 10 digits off the error); its steps run while they lower ‖∇J*‖,
// at most 4.
func polish(pass func(thetaS []float64, hessian bool) newtonPoint, at newtonPoint) newtonPoint {
	const delta = 1e-5
	n := len(at.theta)
	for range 4 {
		if norm(at.grad) == 0 {
			return at
		}
		H := newMatrix(n)
		for j := range n {
			up, down := append([]float64(nil), at.theta...), append([]float64(nil), at.theta...)
			up[j] += delta
			down[j] -= delta
			gu, gd := pass(up, true).grad, pass(down, true).grad
			for k := range n {
				H[k][j] = (gu[k] - gd[k]) / (2 * delta)
			}
		}
		for j := range n { // a fixed coordinate, whose gradient is 0 wherever it is: no step moves it
			zero := true
			for _, v := range H[j] {
				zero = zero && v == 0
			}
			if zero {
				for k := range n {
					H[j][k], H[k][j] = 0, 0
				}
				H[j][j] = 1
			}
		}
		for j := range n { // symmetric, as J*'s Hessian is
			for k := range j {
				H[j][k] = (H[j][k] + H[k][j]) / 2
				H[k][j] = H[j][k]
			}
		}
		L, bad := cholesky(H, pivotTol)
		if bad >= 0 {
			return at
		}
		next := pass(vecAdd(at.theta, cholSubstitute(L, at.grad), -1), true)
		if !(norm(next.grad) < norm(at.grad)) {
			return at
		}
		at = next
	}
	return at
}

// FirthCost returns Firth's penalized cost at θ and its gradient, for
// examples of weights w (nil for weights of 1), in the course's summation
// form (derived in the block comment "Firth's penalized likelihood"):
//
//	J*     = J(θ) − (1/(2W)) log det I(θ),   I(θ) = Σᵢ wᵢ hᵢ(1 − hᵢ) x⁽ⁱ⁾x⁽ⁱ⁾ᵀ
//	grad_j = −(1/W) Σᵢ (wᵢ(yᵢ − hᵢ) + aᵢ(½ − hᵢ)) xᵢⱼ,   aᵢ = wᵢ hᵢ(1 − hᵢ) x⁽ⁱ⁾ᵀ I⁻¹ x⁽ⁱ⁾
//
// J the cost of CostFunctionWeighted, W = Σ wᵢ, aᵢ example i's leverage.
// J* is +Inf where I is singular. FirthCost panics on the shape mismatches
// of CostFunction.
func FirthCost(theta []float64, X [][]float64, y, w []float64) (J float64, grad []float64) {
	_, n := checkShapes(theta, X, y)
	if w != nil && len(w) != len(X) {
		panic(fmt.Sprintf("logreg: len(w) = %d, want len(X) = %d", len(w), len(X)))
	}
	at := firthPass(unstandardized(n), newSample(X, y, w), nil)(theta, true)
	return at.J, at.grad
}

// Firth returns the θ that maximizes Firth's penalized log-likelihood
// ℓ*(θ) = ℓ(θ) + ½ log det I(θ) for examples of weights w (nil for weights
// of 1) — that minimizes FirthCost — found from theta by the Newton driver
// with Fisher's information for the Hessian (Fisher scoring, as logistf and
// brglm2), with J* after each step and ‖∇J*‖ at the end. The features are
// centered and scaled inside, as in Newton. The maximum is finite on
// separated and quasi-separated data, where ℓ has none.
//
// Special cases are:
//
//	X, y, w, theta or maxIter it cannot take: theta, a *DataError
//	fewer examples of weight above 0 than parameters: theta, ErrUnderdetermined
//	a column of X constant or a combination of others: theta, a *ColumnError (ErrSingular)
//	maxIter steps, or no step lowers J*: θ, ErrNotConverged
func Firth(X [][]float64, y, w []float64, theta []float64, maxIter int, watch ...Watch) (thetaOut []float64, history []float64, gradNorm float64, err error) {
	return firth(X, y, w, theta, nil, maxIter, watch...)
}

// firth is Firth, with the coordinates marked fixed held at theta's values.
func firth(X [][]float64, y, w []float64, theta []float64, fixed []bool, maxIter int, watch ...Watch) (thetaOut []float64, history []float64, gradNorm float64, err error) {
	thetaOut = append([]float64(nil), theta...)
	c, err := checkBinary(X, y, theta, 0, maxIter)
	if err := firstError(err, func() error { return checkWeights(w, len(X)) }); err != nil {
		return thetaOut, nil, math.NaN(), err
	}
	d := newSample(X, y, w)
	if d.count() < len(theta) {
		return thetaOut, nil, math.NaN(), fmt.Errorf("%w: %d examples cannot determine %d parameters", ErrUnderdetermined, d.count(), len(theta))
	}
	if err := checkRank(gram(d, c), c); err != nil {
		return thetaOut, nil, math.NaN(), err
	}
	pass := firthPass(c, d, fixed)
	r := minimize(newtonProblem{pass: pass, linear: true, watch: watching(watch, c, -1)}, c.to(theta), maxIter)
	if r.stall == nil {
		r.newtonPoint = polish(pass, r.newtonPoint)
	}
	thetaOut, gradNorm = c.from(r.theta), norm(c.gradFrom(r.grad))
	if r.stall != nil {
		err = fmt.Errorf("%w: %v after %d steps", ErrNotConverged, r.stall, len(r.history))
	}
	return thetaOut, r.history, gradNorm, err
}

// ErrProfileUncertain: a bound of FirthProfileInterval is a root of the
// profile that followed one local maximum of ℓ* with θₖ fixed, where fits
// from other starts reach a higher one: the bound is returned, not to be
// trusted.
var ErrProfileUncertain = errors.New("the profile followed a local maximum of the penalized likelihood")

// FirthProfileInterval returns the profile penalized-likelihood interval of
// θₖ at the given level for Firth's optimum θ (logistf's default): the two
// values of θₖ where
//
//	2·(ℓ*(θ̂) − max ℓ* with θₖ fixed) = z²,   z = NormalCritical(level),
//
// the rest refitted with the penalty of the full model's information, found
// to rounding as ProfileInterval's (the block comment "Profile-likelihood
// intervals"). A bound that does not exist is −Inf or +Inf. Since ℓ* with
// θₖ fixed need not be concave, each bound is checked with fits from other
// starts (along each other coordinate): if one reaches a higher maximum
// there, the bounds come with ErrProfileUncertain. The error is also a
// *DataError for what it cannot take, and ErrSingular if I(θ) is singular.
func FirthProfileInterval(theta []float64, X [][]float64, y, w []float64, k int, level float64) (lo, hi float64, err error) {
	c, err := checkStatistics(theta, X)
	if err := firstError(err, func() error { return checkLabels(y, len(X)) }, func() error { return checkWeights(w, len(X)) },
		func() error { return checkProfile(k, len(theta), level) }); err != nil {
		return 0, 0, err
	}
	d := newSample(X, y, w)
	v, err := newCovariance(theta, c, d)
	if err != nil {
		return 0, 0, err
	}
	lo, hi, uncertain := profileBounds(theta, c, d.W, k, level, v, firthPass(c, d, nil), true)
	switch {
	case uncertain[0] && uncertain[1]:
		return lo, hi, fmt.Errorf("%w: both bounds of θ%d", ErrProfileUncertain, k)
	case uncertain[0]:
		return lo, hi, fmt.Errorf("%w: the lower bound of θ%d", ErrProfileUncertain, k)
	case uncertain[1]:
		return lo, hi, fmt.Errorf("%w: the upper bound of θ%d", ErrProfileUncertain, k)
	}
	return lo, hi, nil
}

// FirthLRTest returns the penalized likelihood-ratio statistic of the
// coefficients cols of Firth's optimum θ, as logistf computes it: twice the
// drop in ℓ* when they are held at 0 and the rest refitted, the penalty
// staying that of the full model's information,
//
//	χ² = 2W·(J* with θ_cols = 0 − J*(θ̂)),
//
// on len(cols) degrees of freedom (ChiSquareUpper gives its p-value); for
// the model's test, cols are every coefficient but the intercept. The
// error is a *DataError for what it cannot take, or the refit's.
func FirthLRTest(theta []float64, X [][]float64, y, w []float64, cols []int, maxIter int) (chi float64, err error) {
	c, err := checkStatistics(theta, X)
	if err := firstError(err, func() error { return checkLabels(y, len(X)) }, func() error { return checkWeights(w, len(X)) }); err != nil {
		return 0, err
	}
	fixed := make([]bool, len(theta))
	start := make([]float64, len(theta)) // from 0, as the fit: the full fit's θ less cols can be a poor start on separated data
	for _, j := range cols {
		if j < 1 || j >= len(theta) {
			return 0, dataError(ErrArgument, -1, -1, "cols: %d, want a coefficient 1 to %d", j, len(theta)-1)
		}
		fixed[j] = true
	}
	d := newSample(X, y, w)
	J0 := firthPass(c, d, nil)(c.to(theta), true).J
	restricted, _, _, err := firth(X, y, w, start, fixed, maxIter)
	if err != nil {
		return 0, err
	}
	J1 := firthPass(c, d, nil)(c.to(restricted), true).J
	return max(0, 2*d.W*(J1-J0)), nil
}

// ——— 5. More than two classes: the course's one-vs-all, and softmax regression ———

// OneVsAll returns the course's oneVsAll: for each class k of K, the θ that
// Newton fits to the binary problem "class k or not" (y = 1 for the examples
// of class k, 0 for the rest) with the given lambda, and that fit's error
// errs[k] (nil for an optimum; see Newton). class[i] is example i's class,
// 0 to K−1. err is a *DataError, and no fit is made, for X, class, K,
// lambda or maxIter it cannot take.
func OneVsAll(X [][]float64, class []int, K int, lambda float64, maxIter int, watch ...Watch) (Theta [][]float64, errs []error, err error) {
	c, err := checkMulti(X, class, K, lambda, maxIter)
	if err != nil {
		return nil, nil, err
	}
	n := len(X[0])
	Theta, errs = make([][]float64, K), make([]error, K)
	for k := range K {
		Theta[k], _, _, errs[k] = newton(c, newSample(X, classIndicator(class, k), nil), make([]float64, n), lambda, maxIter, watching(watch, c, k))
	}
	return Theta, errs, nil
}

// classIndicator returns yᵢ = 1 for the examples of class k, 0 for the rest.
func classIndicator(class []int, k int) []float64 {
	y := make([]float64, len(class))
	for i, c := range class {
		if c == k {
			y[i] = 1
		}
	}
	return y
}

// PredictOneVsAll returns, for each example, the class k whose θₖ gives the
// largest h = g(θₖᵀx) (the course's predictOneVsAll; the first on a tie).
//
// PredictOneVsAll panics if a row of X has another length than a θₖ.
func PredictOneVsAll(Theta [][]float64, X [][]float64) []int {
	for _, theta := range Theta {
		checkRowLengths(theta, X)
	}
	p := make([]int, len(X))
	for i, x := range X {
		best := math.Inf(-1)
		for k, theta := range Theta {
			if z := dot(theta, x); z > best { // g is increasing: the largest z has the largest h
				best, p[i] = z, k
			}
		}
	}
	return p
}

/*
Softmax regression, and why its gradient is the binary one's.

With K classes and the first as reference (θ₁ = 0, as R's nnet::multinom and
statsmodels' MNLogit), zₖ = θₖᵀx and

	hₖ = e^{zₖ} / Σₗ e^{zₗ},   J(Θ) = −(1/m) Σᵢ log h_{yᵢ} + λ/(2m) Σ_{k≥2} Σ_{j≥1} θₖⱼ².

One example's log-likelihood is G = log h_y = z_y − log Σₗ e^{zₗ}, so
∂G/∂zₖ = [k = y] − hₖ, and by the chain rule, dzₖ/dθₖⱼ = xⱼ:

	∂J/∂θₖⱼ = (1/m) Σᵢ (hₖ − yₖ) xⱼ,   yₖ = [yᵢ = k],

the same (h − y)x as the binary fit, one row per class. The Hessian's blocks
are (1/m) Σᵢ hₖ([k = l] − hₗ) x xᵀ. log Σ e^{z} is computed with the largest z
taken out, zmax + log Σ e^{z − zmax}, which overflows for no finite z.
*/

// softmax sets h to hₖ = e^{zₖ} / Σₗ e^{zₗ} and returns log Σₗ e^{zₗ}, by the
// max-shift (see above).
func softmax(z, h []float64) (logSum float64) {
	zmax := math.Inf(-1)
	for _, v := range z {
		zmax = math.Max(zmax, v)
	}
	sum := 0.0
	for k, v := range z {
		h[k] = math.Exp(v - zmax)
		sum += h[k]
	}
	for k := range h {
		h[k] /= sum
	}
	return zmax + math.Log(sum)
}

// SoftmaxProbabilities returns the class probabilities of the example x
// under a softmax fit Θ (rows θ₂ … θ_K; θ₁ = 0):
//
//	hₖ = e^{zₖ} / Σₗ e^{zₗ},   zₖ = θₖᵀx,
//
// computed with the largest z taken out, so that no finite z overflows.
// It panics if len(x) differs from a row of Theta.
func SoftmaxProbabilities(Theta [][]float64, x []float64) []float64 {
	z, h := make([]float64, len(Theta)+1), make([]float64, len(Theta)+1)
	for k, theta := range Theta {
		z[k+1] = LinearPredictor(theta, x)
	}
	softmax(z, h)
	return h
}

// SoftmaxCost returns the cost J(Θ) of softmax regression and its gradient
// (derived in the block comment "Softmax regression" above), Theta holding
// the K−1 rows θ₂ … θ_K (θ₁ = 0), class[i] in 0 … K−1, in one pass over the
// examples, hₖ = e^{θₖᵀx} / Σₗ e^{θₗᵀx}, yₖ = [yᵢ = k]:
//
//	J          = −(1/m) Σᵢ log h_{yᵢ} + λ/(2m) Σ_{k≥2} Σ_{j≥1} θₖⱼ²
//	grad[k][j] = (1/m) Σᵢ (hₖ − yₖ) xⱼ + (λ/m) θₖⱼ [j ≥ 1]
//
// SoftmaxCost panics, as CostFunction does, if the shapes disagree or a
// class is out of range.
func SoftmaxCost(Theta [][]float64, X [][]float64, class []int, lambda float64) (J float64, grad [][]float64) {
	K, n := len(Theta)+1, checkClassShapes(Theta, X, class)
	var theta []float64
	for _, row := range Theta {
		theta = append(theta, row...)
	}
	J, g, _ := softmaxPass(theta, K, X, class, lambda, false)
	grad = make([][]float64, K-1)
	for k := range grad {
		grad[k] = g[k*n : (k+1)*n : (k+1)*n]
	}
	return J, grad
}

// softmaxSums are softmaxPass's sums over a block of examples.
type softmaxSums struct {
	J    float64
	grad []float64
	H    [][]float64
}

func (s softmaxSums) plus(t softmaxSums) softmaxSums {
	s.J += t.J
	for a := range s.grad {
		s.grad[a] += t.grad[a]
	}
	s.H = matSum(s.H).plus(matSum(t.H))
	return s
}

// matSum is a sum of matrices over a block of examples (see inBlocks).
type matSum [][]float64

func (a matSum) plus(b matSum) matSum {
	for j := range a {
		for k := range a[j] {
			a[j][k] += b[j][k]
		}
	}
	return a
}

// softmaxPass returns, in one pass over the examples, SoftmaxCost's J and
// gradient and, if hessian is true, the Hessian, for the parameters θ in the
// order θ₂ (n entries), θ₃, …, θ_K:
//
//	H[(k,j),(l,i)] = (1/m) Σ hₖ([k = l] − hₗ) xⱼ xᵢ + (λ/m) [k = l, j = i ≥ 1]
func softmaxPass(theta []float64, K int, X [][]float64, class []int, lambda float64, hessian bool) (J float64, grad []float64, H [][]float64) {
	n, m := len(X[0]), float64(len(X))
	N := (K - 1) * n
	sum := inBlocks(len(X), func(lo, hi int) (s softmaxSums) { // Σ over the examples of a block (see inBlocks)
		s.grad = make([]float64, N)
		if hessian {
			s.H = newMatrix(N)
		}
		z, h := make([]float64, K), make([]float64, K)
		for i := lo; i < hi; i++ {
			x := X[i][:n]
			for k := 1; k < K; k++ {
				z[k] = dot(theta[(k-1)*n:k*n], x) // zₖ = θₖᵀx; z₁ = 0
			}
			s.J += softmax(z, h) - z[class[i]] // −log h_y = log Σ e^{z} − z_y
			for k := 1; k < K; k++ {
				yk := 0.0
				if class[i] == k {
					yk = 1
				}
				g := s.grad[(k-1)*n : k*n]
				for j := range g {
					g[j] += (h[k] - yk) * x[j] // (hₖ − yₖ) xⱼ
				}
			}
			if !hessian {
				continue
			}
			for k := 1; k < K; k++ {
				for l := 1; l <= k; l++ { // the blocks at and below the diagonal
					w := -h[k] * h[l] // hₖ([k = l] − hₗ)
					if k == l {
						w += h[k]
					}
					for j := range n {
						width := n // a block below the diagonal whole, one on it to its diagonal
						if k == l {
							width = j + 1
						}
						wxj, row := w*x[j], s.H[(k-1)*n+j][(l-1)*n:(l-1)*n+width]
						xi := x[:len(row)]
						for i := range row {
							row[i] += wxj * xi[i]
						}
					}
				}
			}
		}
		return s
	})
	J, grad, H = sum.J/m, sum.grad, sum.H
	for a := range grad {
		grad[a] /= m
		if a%n > 0 {
			J += lambda / (2 * m) * theta[a] * theta[a]
			grad[a] += lambda / m * theta[a]
		}
	}
	for a := range H {
		for b := range a + 1 { // the lower triangle, then its mirror
			H[a][b] /= m
		}
		if a%n > 0 {
			H[a][a] += lambda / m
		}
		for b := range a {
			H[b][a] = H[a][b]
		}
	}
	return J, grad, H
}

// Multinomial returns the Θ (rows θ₂ … θ_K; θ₁ = 0) that minimizes
// SoftmaxCost, found by Newton's method from Θ = 0, with J after each step
// and ‖∇J‖ at the end. Its steps are Newton's (the same driver, stopping
// rule and step halving). With lambda = 0 it fits the features centered and
// scaled, as Newton does (a copy of X), and maps Θ back exactly.
// class[i] is example i's class, 0 to K−1. Special cases are:
//
//	X, class, K, lambda or maxIter it cannot take: nil, a *DataError
//	a class of 0 … K−1 with no example: nil, ErrClassMissing, at any lambda
//	lambda = 0 and a column of X constant or a combination of others: nil, a *ColumnError (ErrSingular)
//	lambda = 0 and a class separable from the rest: Θ, a *ClassSeparationError (ErrSeparable or ErrQuasiSeparated)
//	a singular Hessian (collapsed probabilities, as under separation): Θ, ErrNotConverged
//	maxIter steps: Θ, ErrNotConverged
func Multinomial(X [][]float64, class []int, K int, lambda float64, maxIter int, watch ...Watch) (Theta [][]float64, history []float64, gradNorm float64, err error) {
	c, err := checkMulti(X, class, K, lambda, maxIter)
	if err != nil {
		return nil, nil, math.NaN(), err
	}
	if k := missingClass(class, K); k >= 0 {
		return nil, nil, math.NaN(), fmt.Errorf("%w: class %d has no example, so its θ₀ runs to −∞ at any λ", ErrClassMissing, k)
	}
	n, Xs := len(X[0]), X
	if lambda > 0 {
		c = unstandardized(n)
	} else { // fit the standardized features (see standardizer), and map Θ back exactly
		if err := checkRank(gram(newSample(X, nil, nil), c), c); err != nil {
			return nil, nil, math.NaN(), err
		}
		Xs = standardized(X, c)
	}
	pass := func(theta []float64, hessian bool) newtonPoint {
		J, grad, H := softmaxPass(theta, K, Xs, class, lambda, hessian)
		return newtonPoint{theta: theta, J: J, grad: grad, H: H}
	}
	var L0 [][]float64 // the factor of the Hessian at Θ = 0, every hₖ 1/K
	stop := func(at newtonPoint, steps int) error {
		if steps == 0 && lambda == 0 {
			L0, _ = cholesky(at.H, pivotTol)
		}
		return nil
	}
	var seen func(newtonPoint, int)
	if w := watching(watch, nil, -1); w != nil {
		seen = func(at newtonPoint, steps int) { // ‖∇J‖ in the units of X, a class's block at a time
			grad := make([]float64, 0, len(at.grad))
			for k := range K - 1 {
				grad = append(grad, c.gradFrom(at.grad[k*n:(k+1)*n])...)
			}
			at.grad = grad
			w(at, steps)
		}
	}
	r := minimize(newtonProblem{pass: pass, stop: stop, watch: seen}, make([]float64, (K-1)*n), maxIter)
	if r.stall != nil {
		err = fmt.Errorf("%w: %v after %d steps", ErrNotConverged, r.stall, len(r.history))
	}
	if lambda == 0 {
		suspect := err != nil || L0 != nil && r.factor != nil && collapsed(r.factor, L0)
		if e := classSeparation(r.theta, Xs, class, K, suspect); e != nil {
			err = e
		}
	}
	Theta = make([][]float64, K-1)
	grad := make([]float64, 0, len(r.grad))
	for k := range Theta {
		Theta[k] = c.from(r.theta[k*n : (k+1)*n])
		grad = append(grad, c.gradFrom(r.grad[k*n:(k+1)*n])...)
	}
	return Theta, r.history, norm(grad), err
}

// standardized returns a copy of X with the rows x̃ of the standardizer c.
// (The softmax fit copies X; the binary fit standardizes a row at a time.)
func standardized(X [][]float64, c *standardizer) [][]float64 {
	n := len(X[0])
	backing := make([]float64, len(X)*n)
	Xs := make([][]float64, len(X))
	for i, x := range X {
		Xs[i] = backing[i*n : (i+1)*n]
		c.row(x, Xs[i])
	}
	return Xs
}

// classSeparation returns, for a softmax fit θ (the rows of Θ side by
// side) that did not converge (always) or that fits some example's own
// class with probability within 1e-10 of 1, a *ClassSeparationError when
// the linear program of separation over the example × class margins (see
// softmaxSeparation) finds a direction along which J falls forever — then
// the unregularized softmax has no finite optimum, however Newton's steps
// ended; else nil.
func classSeparation(theta []float64, Xs [][]float64, class []int, K int, always bool) error {
	n := len(Xs[0])
	z, h := make([]float64, K), make([]float64, K)
	extreme := always
	for i, x := range Xs {
		if extreme {
			break
		}
		for k := 1; k < K; k++ {
			z[k] = dot(theta[(k-1)*n:k*n], x)
		}
		softmax(z, h)
		extreme = h[class[i]] > 1-1e-10
	}
	if !extreme {
		return nil
	}
	groups, separated, all, decided := softmaxSeparation(Xs, class, K)
	if !decided || len(separated) == 0 && len(groups) < 2 {
		return nil
	}
	return &ClassSeparationError{Groups: groups, Separated: separated, All: all}
}

/*
Separation of more than two classes.

Softmax regression has no finite optimum exactly when some direction D =
(d₂, …, d_K) (d₁ = 0, as θ₁) moves no example toward another class and some
away: for every example i of class y and every other class k,
(d_y − d_k)ᵀx⁽ⁱ⁾ ≥ 0, and one of them > 0 (Albert & Anderson, 1984). These
are the margins of a linear program of the binary kind (see separation), one
row a = e_y ⊗ x − e_k ⊗ x for each example and class it is not in, over the
(K − 1)·n entries of D: the same maxMargin solves it, and again repeats on
the rows left until it separates no more. A separated row is a pair of an
example and a class that the example's probability of leaves for ever.

What is separated is told by the classes: two classes are joined when a row
between an example of one and the other is not separated; the joined
classes form groups, and groups fall apart from one another as D grows —
{Con, Head} from the rest of MASS's fgl, or every class from every other
(all rows separated: the classes are linearly separable).
*/

// softmaxSeparation returns the groups of classes that a direction of the
// linear program above separates from one another (one group, all K
// classes, when none do), the examples whose every row is separated (fitted
// ever closer to their class), in increasing order, and whether all rows
// are; decided is false if a linear program reached its iteration limit.
func softmaxSeparation(Xs [][]float64, class []int, K int) (groups [][]int, separated []int, all, decided bool) {
	n := len(Xs[0])
	N := (K - 1) * n
	type pair struct{ i, k int } // example i and a class k it is not in
	var pairs []pair
	for i, y := range class {
		for k := range K {
			if k != y {
				pairs = append(pairs, pair{i, k})
			}
		}
	}
	row := func(r int, a []float64) { // a = e_y ⊗ x − e_k ⊗ x, of unit length
		clear(a)
		p, x := pairs[r], Xs[pairs[r].i]
		if y := class[p.i]; y > 0 {
			for j := range n {
				a[(y-1)*n+j] += x[j]
			}
		}
		if p.k > 0 {
			for j := range n {
				a[(p.k-1)*n+j] -= x[j]
			}
		}
		f := 1 / norm(a)
		for j := range a {
			a[j] *= f
		}
	}
	rest := make([]int, len(pairs))
	for r := range rest {
		rest[r] = r
	}
	cut := make([]bool, len(pairs)) // the rows separated
	a := make([]float64, N)
	for len(rest) > 0 {
		d, ok := maxMargin(rest, N, row)
		if !ok {
			return nil, nil, false, false
		}
		var left []int
		for _, r := range rest {
			if row(r, a); dot(d, a) > sepTol {
				cut[r] = true
			} else {
				left = append(left, r)
			}
		}
		if len(left) == len(rest) {
			break
		}
		rest = left
	}
	parent := make([]int, K) // the groups: classes joined by a row not separated
	for k := range parent {
		parent[k] = k
	}
	var root func(k int) int
	root = func(k int) int {
		for parent[k] != k {
			k = parent[k]
		}
		return k
	}
	whole := make([]bool, len(Xs)) // every row of the example separated
	for i := range whole {
		whole[i] = true
	}
	all = true
	for r, p := range pairs {
		if !cut[r] {
			all, whole[p.i] = false, false
			parent[root(class[p.i])] = root(p.k)
		}
	}
	index := map[int]int{}
	for k := range K {
		g, ok := index[root(k)]
		if !ok {
			g = len(groups)
			index[root(k)] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], k)
	}
	for i, ok := range whole {
		if ok {
			separated = append(separated, i)
		}
	}
	return groups, separated, all, true
}

// A ClassSeparationError says that a softmax fit has no finite optimum: the
// classes fall into Groups (indices of classes) that a direction separates
// from one another — every class from every other when All — or, in one
// group, that the examples Separated are fitted ever closer to their class.
// errors.Is(err, ErrSeparable) is true for it when All, else
// errors.Is(err, ErrQuasiSeparated).
type ClassSeparationError struct {
	Groups    [][]int
	Separated []int
	All       bool
}

func (e *ClassSeparationError) Error() string {
	switch {
	case e.All:
		return fmt.Sprintf("%v: the classes are linearly separable, each from the others", ErrSeparable)
	case len(e.Groups) > 1:
		return fmt.Sprintf("%v: the classes fall into %d groups separable from one another, %v", ErrQuasiSeparated, len(e.Groups), e.Groups)
	}
	return fmt.Sprintf("%v: %d examples are fitted ever closer to their class", ErrQuasiSeparated, len(e.Separated))
}

func (e *ClassSeparationError) Is(target error) bool {
	return e.All && target == ErrSeparable || !e.All && target == ErrQuasiSeparated
}

// MultinomialStdErrors returns the standard errors of an unregularized
// Multinomial optimum, se[k][j] = sqrt((H⁻¹)[(k,j),(k,j)] / m), H the
// Hessian of SoftmaxCost, as statsmodels' MNLogit prints them. The error is
// a *DataError for X or Θ it cannot take, and ErrSingular if H is singular
// to rounding.
func MultinomialStdErrors(Theta [][]float64, X [][]float64) ([][]float64, error) {
	c, err := checkX(X)
	if err != nil {
		return nil, err
	}
	if len(Theta) == 0 {
		return nil, dataError(ErrShape, -1, -1, "len(Theta) = 0, want K − 1 ≥ 1 rows")
	}
	n, m := len(X[0]), float64(len(X))
	for k, theta := range Theta {
		if len(theta) != n {
			return nil, dataError(ErrShape, k, -1, "len(Theta[%d]) = %d, want len(X[0]) = %d", k, len(theta), n)
		}
	}
	// as the fit does: θₖⱼ = aᵀΘ̃ (see Covariance)
	var thetaS []float64
	for k := range Theta {
		thetaS = append(thetaS, c.to(Theta[k])...)
	}
	_, _, H := softmaxPass(thetaS, len(Theta)+1, standardized(X, c), make([]int, len(X)), 0, true)
	L, bad := cholesky(H, pivotTol)
	if bad >= 0 {
		return nil, fmt.Errorf("%w (parameter %d)", ErrSingular, bad)
	}
	se := newMatrixRect(len(Theta), n)
	for k := range se {
		for j := range se[k] {
			a := make([]float64, len(Theta)*n) // θₖⱼ = aᵀΘ̃: class k's block holds the map of θⱼ
			copy(a[k*n:], c.combination(unit(n, j)))
			se[k][j] = norm(forwardSubstitute(L, a)) / math.Sqrt(m)
		}
	}
	return se, nil
}

// PredictMultinomial returns, for each example, the class with the largest
// hₖ (θ₁ = 0 for the first class).
//
// PredictMultinomial panics if a row of X has another length than a θₖ.
func PredictMultinomial(Theta [][]float64, X [][]float64) []int {
	for _, theta := range Theta {
		checkRowLengths(theta, X)
	}
	p := make([]int, len(X))
	for i, x := range X {
		best := 0.0 // z₁ = 0
		for k, theta := range Theta {
			if z := dot(theta, x); z > best {
				best, p[i] = z, k+1
			}
		}
	}
	return p
}

// ——— 6. Choosing λ: k-fold cross-validation ———

// A CVResult holds the cross-validated figures of one λ (see CrossValidate).
type CVResult struct {
	Lambda             float64
	TrainCost          float64 // the training folds' unregularized cost at their fit, averaged over the folds
	ValidationCost     float64 // the held-out cost of every example, summed and divided by m
	ValidationAccuracy float64 // the share of examples predicted right when held out
	Converged          int     // the fold fits that reached a finite optimum
	Errs               []error // each fold fit's error (nil for an optimum; see Newton)
}

// CrossValidate returns, for each λ of lambdas, the figures of k-fold
// cross-validation with the given number of folds: example i (counting from
// 0) is in fold i mod folds; for each fold, θ is fitted by Newton to the
// other folds with that λ, and the held-out examples' unregularized cost
// (log loss) −[y log h + (1 − y) log(1 − h)] and prediction (h ≥ ½) are
// taken at it. The fits use every core, a few at a time, in memory bounded
// whatever the number of λ and folds (the block comment "Cross-validation in
// bounded memory" says how), and their figures are added in a fixed
// order: the same bits on any number of cores. The error is a *DataError,
// and no fit is made, for X, y, lambdas, folds (2 to m) or maxIter it
// cannot take.
func CrossValidate(X [][]float64, y []float64, lambdas []float64, folds, maxIter int) ([]CVResult, error) {
	_, err := checkX(X)
	if err := firstError(err, func() error { return checkLabels(y, len(X)) },
		func() error { return checkFolds(len(X), lambdas, folds, maxIter) }); err != nil {
		return nil, err
	}
	n := len(X[0])
	fit := func(lambda float64, train []int) ([]float64, error, float64) {
		Xt, yt := make([][]float64, len(train)), make([]float64, len(train))
		for t, i := range train {
			Xt[t], yt[t] = X[i], y[i]
		}
		theta, _, _, err := newton(nil, newSample(Xt, yt, nil), make([]float64, n), lambda, maxIter, nil)
		J, _ := CostFunction(theta, Xt, yt)
		return theta, err, J
	}
	heldOut := func(theta []float64, i int) (cost float64, right bool) {
		z := dot(theta, X[i])
		return logLoss(z, y[i]), (Sigmoid(z) >= 0.5) == (y[i] == 1)
	}
	return crossValidation(len(X), n, lambdas, folds, fit, heldOut), nil
}

// CrossValidateClasses is CrossValidate for K classes, class[i] in 0 … K−1,
// with the same folds (example i in fold i mod folds, 2 to m of them), by
// softmax (multinomial) or one-vs-all, with the multi-class log loss
// −log p_y: for softmax p = h, for one-vs-all each class's h normalized to
// sum to 1 (as scikit-learn's one-vs-rest predict_proba). The prediction is
// the class with the largest p.
func CrossValidateClasses(X [][]float64, class []int, K int, lambdas []float64, folds, maxIter int, multinomial bool) ([]CVResult, error) {
	_, err := checkX(X)
	if err := firstError(err, func() error { return checkClasses(class, len(X), K) },
		func() error { return checkFolds(len(X), lambdas, folds, maxIter) }); err != nil {
		return nil, err
	}
	// logProbs returns log pₖ for each class of x under a fit: for softmax
	// zₖ − log Σₗ e^{zₗ}, for one-vs-all log hₖ − log Σₗ hₗ with log h = −softplus(−z),
	// each by the largest term taken out, so that no p underflows to 0 and
	// −log p stays finite (and exact) for an example far from its class
	logProbs := func(Theta [][]float64, x []float64) []float64 {
		l := make([]float64, K)
		if multinomial {
			for k := 1; k < K; k++ {
				l[k] = dot(Theta[k-1], x)
			}
		} else {
			for k := range K {
				l[k] = -softplus(-dot(Theta[k], x)) // log g(z)
			}
		}
		lmax := l[0]
		for _, v := range l {
			lmax = max(lmax, v)
		}
		sum := 0.0
		for _, v := range l {
			sum += math.Exp(v - lmax)
		}
		logSum := lmax + math.Log(sum)
		for k := range l {
			l[k] -= logSum
		}
		return l
	}
	fit := func(lambda float64, train []int) (Theta [][]float64, err error, J float64) {
		Xt, ct := make([][]float64, len(train)), make([]int, len(train))
		for t, i := range train {
			Xt[t], ct[t] = X[i], class[i]
		}
		if k := missingClass(ct, K); k >= 0 { // no λ fits a class the training folds lack
			return nil, fmt.Errorf("%w: class %d has no example in the training folds", ErrClassMissing, k), math.NaN()
		}
		if multinomial {
			Theta, _, _, err = Multinomial(Xt, ct, K, lambda, maxIter)
		} else {
			var errs []error
			Theta, errs, err = OneVsAll(Xt, ct, K, lambda, maxIter)
			err = errors.Join(append(errs, err)...)
		}
		if Theta == nil { // no fit: a column constant in the training folds
			return nil, err, math.NaN()
		}
		for t, x := range Xt {
			J -= logProbs(Theta, x)[ct[t]] / float64(len(Xt))
		}
		return Theta, err, J
	}
	heldOut := func(Theta [][]float64, i int) (cost float64, right bool) {
		if Theta == nil {
			return math.NaN(), false
		}
		l := logProbs(Theta, X[i])
		best := 0
		for k := range l {
			if l[k] > l[best] {
				best = k
			}
		}
		return -l[class[i]], best == class[i]
	}
	params := len(X[0])
	if multinomial {
		params *= K - 1
	}
	return crossValidation(len(X), params, lambdas, folds, fit, heldOut), nil
}

// BestLambda returns the index of the result with the lowest validation
// cost among those whose every fold fit reached an optimum, or −1 if none did.
func BestLambda(results []CVResult) int {
	best := -1
	for l, r := range results {
		if r.Converged == len(r.Errs) && (best < 0 || r.ValidationCost < results[best].ValidationCost) {
			best = l
		}
	}
	return best
}

/*
Cross-validation in bounded memory.

There are len(lambdas)·folds fits, each to all the examples but a fold's.
They are handed out in order to a few goroutines, each fitting one after
another, each fit into a slot of its own: the memory in use is that of the
fits running, not of all of them, and the slots hold only each fit's θ.
How many run side by side (foldsAtOnce): as many as the cores that one
fit's passes leave idle — a pass of mₜ examples runs on ⌈mₜ/blockRows⌉ of
them (see inBlocks), so a fit to more than GOMAXPROCS·blockRows examples
runs alone on every core — and no more than fit in cvMemory, counting a
fit's n×n matrices (the Hessian, its factor, a trial's, and one a block of
its pass) and its rows. So at most max(one fit, cvMemory) is in use,
whatever the number of λ and folds.
*/

// cvMemory bounds the memory of the fits that cross-validation runs side by side.
const cvMemory = 64 << 20

// foldsAtOnce returns how many fits to mTrain examples with the given
// number of parameters run side by side (see above): at least one.
func foldsAtOnce(mTrain, params int) int {
	blocks := (mTrain + blockRows - 1) / blockRows
	perFit := 8 * ((3+blocks)*params*params + 4*mTrain)
	return max(1, min(runtime.GOMAXPROCS(0)/blocks, cvMemory/perFit))
}

// crossValidation is the frame of CrossValidate and CrossValidateClasses:
// for every λ and fold f it calls fit(λ, the examples i with i mod folds ≠ f)
// for the fit, its error and its training cost, a few fits at a time (see
// above), each into a slot of its own; then, in a fixed order, heldOut(fit
// of i's fold, i) for every example, for its held-out cost and whether it
// was predicted right. A panic in a fit is carried to the caller's goroutine.
func crossValidation[F any](m, params int, lambdas []float64, folds int, fit func(lambda float64, train []int) (F, error, float64), heldOut func(F, int) (float64, bool)) []CVResult {
	type foldFit struct {
		fit   F
		err   error
		train float64
	}
	fits := make([][]foldFit, len(lambdas))
	jobs := make(chan [2]int, len(lambdas)*folds) // (λ, fold), in order
	for l := range lambdas {
		fits[l] = make([]foldFit, folds)
		for f := range folds {
			jobs <- [2]int{l, f}
		}
	}
	close(jobs)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var panicked any
	for range foldsAtOnce(m-m/folds, params) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					mu.Lock()
					panicked = r
					mu.Unlock()
				}
			}()
			for job := range jobs {
				l, f := job[0], job[1]
				var train []int
				for i := range m {
					if i%folds != f {
						train = append(train, i)
					}
				}
				r := &fits[l][f]
				r.fit, r.err, r.train = fit(lambdas[l], train)
			}
		}()
	}
	wg.Wait()
	if panicked != nil {
		panic(panicked)
	}
	results := make([]CVResult, len(lambdas))
	for l, lambda := range lambdas {
		r := CVResult{Lambda: lambda, Errs: make([]error, folds)}
		right := 0
		for f := range folds {
			r.Errs[f] = fits[l][f].err
			if fits[l][f].err == nil {
				r.Converged++
			}
			r.TrainCost += fits[l][f].train / float64(folds)
		}
		for i := range m { // held out: example i in fold i mod folds
			cost, ok := heldOut(fits[l][i%folds].fit, i)
			r.ValidationCost += cost
			if ok {
				right++
			}
		}
		r.ValidationCost /= float64(m)
		r.ValidationAccuracy = float64(right) / float64(m)
		results[l] = r
	}
	return results
}

// ——— 7. Parallel passes, linear algebra, and the checks of what is given ———

/*
Parallel passes, the same to the last bit on any number of cores.

A pass over the examples — the cost and gradient, Newton's step — is a sum
over i. inBlocks cuts the examples into blocks of blockRows rows, a constant:
each block is summed by the loop the course writes, from its first row to
its last, into sums of its own (no two goroutines write near each other), and
the blocks' sums are then added in block order, left to right. Which
goroutine sums which block changes nothing: every number is formed by the
same operations in the same order whether there is one core or sixty-four,
so J, ∇J and Newton's θ come out the same to the bit. With up to blockRows
examples there is one block, summed on the calling goroutine at no cost.
*/

// blockRows is the number of examples in a block of a parallel pass: small
// enough that 1e4 examples make three blocks for two cores, large enough
// that a block's own sums (an n×n Hessian in Newton's pass) cost little
// beside it.
const blockRows = 4096

// inBlocks returns sum(block₀) + sum(block₁) + … added in that order by
// plus, where blockₖ = [k·blockRows, min((k+1)·blockRows, m)), the blocks'
// sums computed on up to GOMAXPROCS goroutines, each taking the next block
// not yet taken (so a core slowed by other work takes fewer), and added in
// order as they come, so that few sums wait to be added, whatever m. A
// panic in sum is carried to the caller's goroutine.
func inBlocks[T interface{ plus(T) T }](m int, sum func(lo, hi int) T) T {
	blocks := (m + blockRows - 1) / blockRows
	if blocks <= 1 {
		return sum(0, m)
	}
	sums := make([]chan T, blocks) // sums[k] receives block k's sum
	for k := range sums {
		sums[k] = make(chan T, 1)
	}
	next := make(chan int, blocks) // the blocks not yet taken, in order
	for k := range blocks {
		next <- k
	}
	close(next)
	failed := make(chan any, 1) // a goroutine's panic, carried to the caller's
	for range min(runtime.GOMAXPROCS(0), blocks) {
		go func() {
			defer func() {
				if r := recover(); r != nil {
					select {
					case failed <- r:
					default: // another's panic is carried already
					}
				}
			}()
			for k := range next {
				sums[k] <- sum(k*blockRows, min((k+1)*blockRows, m))
			}
		}()
	}
	var total T
	for k, s := range sums {
		select {
		case t := <-s:
			if k == 0 {
				total = t
			} else {
				total = total.plus(t)
			}
		case r := <-failed:
			panic(r)
		}
	}
	return total
}

// dot returns θᵀx = Σⱼ θⱼ xⱼ. The caller guarantees len(x) ≥ len(theta).
//
// The sum runs as four partial sums, over j = 0, 4, 8, …, over j = 1, 5, 9, …,
// and so on, added at the end: a single running sum waits for each addition
// to finish before it can start the next (about 3 cycles, so 300 for
// n = 100), while four run side by side.
func dot(theta, x []float64) float64 {
	x = x[:len(theta)] // lets the compiler drop the bounds check on x[j]
	var z0, z1, z2, z3 float64
	j := 0
	for ; j+4 <= len(theta); j += 4 {
		t, v := theta[j:j+4], x[j:j+4]
		z0 += t[0] * v[0]
		z1 += t[1] * v[1]
		z2 += t[2] * v[2]
		z3 += t[3] * v[3]
	}
	for ; j < len(theta); j++ {
		z0 += theta[j] * x[j]
	}
	return (z0 + z1) + (z2 + z3)
}

// cholesky returns the lower-triangular L with L·Lᵀ = A, for a symmetric
// positive definite A (the Cholesky–Banachiewicz order, row by row):
//
//	Lⱼⱼ = sqrt(Aⱼⱼ − Σ_{k<j} Lⱼₖ²),   Lᵢⱼ = (Aᵢⱼ − Σ_{k<j} Lᵢₖ Lⱼₖ) / Lⱼⱼ   for i > j
//
// and bad = −1; or L = nil and bad = the first column j whose pivot is not
// above tol·Aⱼⱼ (A is then singular to rounding), or whose Aⱼⱼ is not finite.
// The pivot of column j over Aⱼⱼ is 1 − R² of column j on those before it.
func cholesky(A [][]float64, tol float64) (L [][]float64, bad int) {
	n := len(A)
	L = newMatrix(n)
	for i := range n {
		for j := range i + 1 {
			s := A[i][j]
			for k := range j {
				s -= L[i][k] * L[j][k]
			}
			if i > j {
				L[i][j] = s / L[j][j]
				continue
			}
			if !(s > tol*A[j][j]) || math.IsInf(A[j][j], 0) { // also catches NaN
				return nil, j
			}
			L[j][j] = math.Sqrt(s)
		}
	}
	return L, -1
}

// forwardSubstitute solves L·w = b for a lower-triangular L.
func forwardSubstitute(L [][]float64, b []float64) []float64 {
	w := append([]float64(nil), b...)
	for i := range w {
		for k := range i {
			w[i] -= L[i][k] * w[k]
		}
		w[i] /= L[i][i]
	}
	return w
}

// cholSubstitute solves L·Lᵀ·x = b by forward substitution (L·w = b) and
// back substitution (Lᵀ·x = w).
func cholSubstitute(L [][]float64, b []float64) []float64 {
	x := forwardSubstitute(L, b)
	for i := len(x) - 1; i >= 0; i-- {
		for k := i + 1; k < len(x); k++ {
			x[i] -= L[k][i] * x[k]
		}
		x[i] /= L[i][i]
	}
	return x
}

// newMatrix returns an n×n matrix of zeros.
func newMatrix(n int) [][]float64 {
	return newMatrixRect(n, n)
}

// newMatrixRect returns an r×c matrix of zeros, its rows side by side in one
// array, so that the Hessian's rank-one updates, row after row, run through
// memory in order: Newton's pass at 1e6 × 20 took 183 ms instead of 230 ms
// with rows allocated one by one.
func newMatrixRect(r, c int) [][]float64 {
	A, entries := make([][]float64, r), make([]float64, r*c)
	for k := range A {
		A[k] = entries[k*c : (k+1)*c : (k+1)*c]
	}
	return A
}

// norm returns the Euclidean norm ‖v‖₂ = sqrt(Σⱼ vⱼ²), accumulated by
// math.Hypot so that no square overflows.
func norm(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s = math.Hypot(s, x)
	}
	return s
}

// vecAdd returns a + t·b.
func vecAdd(a, b []float64, t float64) []float64 {
	out := make([]float64, len(a))
	for j := range a {
		out[j] = a[j] + t*b[j]
	}
	return out
}

// unit returns eₖ, of length n.
func unit(n, k int) []float64 {
	e := make([]float64, n)
	e[k] = 1
	return e
}

// finite reports whether no v is NaN or ±Inf.
func finite(v ...float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// Errors about what a function is given, to be tested with errors.Is; each
// comes inside a *DataError that names the entry.
var (
	// ErrShape: lengths that disagree (a row of X, y, θ, the classes), or no examples.
	ErrShape = errors.New("shapes disagree")
	// ErrIntercept: an X[i][0] that is not 1. The course's X = [ones(m, 1) X]
	// carries the intercept's column of ones; the functions here do not add it.
	ErrIntercept = errors.New("X[i][0] must be 1, the intercept's column of ones")
	// ErrNotFinite: a NaN or ±Inf in X or θ.
	ErrNotFinite = errors.New("not a finite number")
	// ErrLabel: a label outside [0, 1], or a class outside 0 … K−1.
	ErrLabel = errors.New("label out of range")
	// ErrArgument: λ, the number of folds or of classes, the step limit, a
	// coefficient's index or a level outside what the function takes.
	ErrArgument = errors.New("argument out of range")
)

// A DataError says what entry of a function's arguments it cannot take, as
// "X[4][0] = 2" or "lambda = -1", and why (Err, one of ErrShape,
// ErrIntercept, ErrNotFinite, ErrLabel, ErrArgument). Row is the example
// (the row of X, the entry of y or of the classes), counting from 0, and
// Column the column of X, or −1 where the entry has none.
type DataError struct {
	Row, Column int
	Entry       string
	Err         error
}

func (e *DataError) Error() string { return e.Entry + ": " + e.Err.Error() }

func (e *DataError) Unwrap() error { return e.Err }

// dataError returns the *DataError for the entry, formatted.
func dataError(err error, row, column int, format string, args ...any) *DataError {
	return &DataError{Row: row, Column: column, Entry: fmt.Sprintf(format, args...), Err: err}
}

// checkX returns X's standardizer, or a *DataError unless X has m ≥ 1 rows
// of the same length n ≥ 1, every X[i][0] is 1 and every entry is finite.
// The lengths are checked a row at a time; the entries from each column's
// smallest and largest value, which the standardizer's pass over X finds
// (a NaN or ±Inf makes one of them not finite), so that the check costs the
// fit no pass of its own. Only if one is amiss are the rows searched for
// the first entry at fault.
func checkX(X [][]float64) (*standardizer, error) {
	if len(X) == 0 {
		return nil, dataError(ErrShape, -1, -1, "len(X) = 0: no examples")
	}
	n := len(X[0])
	if n == 0 {
		return nil, dataError(ErrShape, 0, -1, "len(X[0]) = 0: no column of ones")
	}
	for i, x := range X {
		if len(x) != n {
			return nil, dataError(ErrShape, i, -1, "len(X[%d]) = %d, want len(X[0]) = %d", i, len(x), n)
		}
	}
	c := newStandardizer(X)
	if c.lo[0] == 1 && c.hi[0] == 1 && finite(c.lo...) && finite(c.hi...) {
		return c, nil
	}
	for i, x := range X {
		if x[0] != 1 {
			return nil, dataError(ErrIntercept, i, 0, "X[%d][0] = %g", i, x[0])
		}
		for j, v := range x {
			if !finite(v) {
				return nil, dataError(ErrNotFinite, i, j, "X[%d][%d] = %g", i, j, v)
			}
		}
	}
	return c, nil // not reached: a column's range is amiss only if an entry is
}

// checkLabels returns a *DataError unless y has m labels, each in [0, 1].
func checkLabels(y []float64, m int) error {
	if len(y) != m {
		return dataError(ErrShape, -1, -1, "len(y) = %d, want len(X) = %d", len(y), m)
	}
	for i, v := range y {
		if !(v >= 0 && v <= 1) {
			return dataError(ErrLabel, i, -1, "y[%d] = %g, want a label in [0, 1]", i, v)
		}
	}
	return nil
}

// checkClasses returns a *DataError unless K ≥ 2 and class has m entries, each in 0 … K−1.
func checkClasses(class []int, m, K int) error {
	if K < 2 {
		return dataError(ErrArgument, -1, -1, "K = %d classes, want 2 or more", K)
	}
	if len(class) != m {
		return dataError(ErrShape, -1, -1, "len(class) = %d, want len(X) = %d", len(class), m)
	}
	for i, c := range class {
		if c < 0 || c >= K {
			return dataError(ErrLabel, i, -1, "class[%d] = %d, want 0 to K−1 = %d", i, c, K-1)
		}
	}
	return nil
}

// checkTheta returns a *DataError unless θ has n finite entries.
func checkTheta(theta []float64, n int) error {
	if len(theta) != n {
		return dataError(ErrShape, -1, -1, "len(theta) = %d, want len(X[0]) = %d", len(theta), n)
	}
	for j, v := range theta {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return dataError(ErrNotFinite, -1, j, "theta[%d] = %g", j, v)
		}
	}
	return nil
}

// checkFit returns a *DataError unless λ is finite and ≥ 0 and maxIter ≥ 1.
func checkFit(lambda float64, maxIter int) error {
	if !(lambda >= 0) || math.IsInf(lambda, 0) {
		return dataError(ErrArgument, -1, -1, "lambda = %g, want a finite number ≥ 0", lambda)
	}
	if maxIter < 1 {
		return dataError(ErrArgument, -1, -1, "maxIter = %d, want 1 or more", maxIter)
	}
	return nil
}

// checkBinary checks the arguments of a binary fit, X, θ, y, λ and maxIter,
// and returns X's standardizer (see checkX).
func checkBinary(X [][]float64, y, theta []float64, lambda float64, maxIter int) (*standardizer, error) {
	c, err := checkX(X)
	return c, firstError(err, func() error { return checkTheta(theta, len(X[0])) },
		func() error { return checkLabels(y, len(X)) }, func() error { return checkFit(lambda, maxIter) })
}

// checkMulti checks the arguments of a fit to K classes, X, class, K, λ and
// maxIter, and returns X's standardizer (see checkX).
func checkMulti(X [][]float64, class []int, K int, lambda float64, maxIter int) (*standardizer, error) {
	c, err := checkX(X)
	return c, firstError(err, func() error { return checkClasses(class, len(X), K) }, func() error { return checkFit(lambda, maxIter) })
}

// checkStatistics checks the arguments of the statistics of a fit, X and θ,
// and returns X's standardizer (see checkX).
func checkStatistics(theta []float64, X [][]float64) (*standardizer, error) {
	c, err := checkX(X)
	return c, firstError(err, func() error { return checkTheta(theta, len(X[0])) })
}

// checkFolds returns a *DataError unless there is at least one λ, each λ
// and maxIter as a fit takes them, and 2 to m folds.
func checkFolds(m int, lambdas []float64, folds, maxIter int) error {
	if len(lambdas) == 0 {
		return dataError(ErrArgument, -1, -1, "len(lambdas) = 0, want a λ or more")
	}
	for l, lambda := range lambdas {
		if err := checkFit(lambda, maxIter); err != nil {
			return dataError(ErrArgument, -1, -1, "lambdas[%d]: %s", l, err.(*DataError).Entry)
		}
	}
	if folds < 2 || folds > m {
		return dataError(ErrArgument, -1, -1, "folds = %d, want 2 to m = %d", folds, m)
	}
	return nil
}

// firstError returns err, or else the first error of the checks, run in order.
func firstError(err error, checks ...func() error) error {
	for _, check := range checks {
		if err != nil {
			return err
		}
		err = check()
	}
	return err
}

// checkShapes returns m = len(X) and n = len(theta), and panics with a
// message naming the mismatch if y or a row of X disagrees, or if m = 0.
func checkShapes(theta []float64, X [][]float64, y []float64) (m, n int) {
	m, n = checkRows(theta, X)
	if len(y) != m {
		panic(fmt.Sprintf("logreg: len(y) = %d, want len(X) = %d", len(y), m))
	}
	return m, n
}

// checkRows returns m = len(X) and n = len(theta), and panics with a message
// naming the mismatch if a row of X has another length, or if m = 0.
func checkRows(theta []float64, X [][]float64) (m, n int) {
	if len(X) == 0 {
		panic("logreg: m = 0: X has no examples")
	}
	checkRowLengths(theta, X)
	return len(X), len(theta)
}

// checkRowLengths panics with a message naming the row if a row of X has
// another length than theta.
func checkRowLengths(theta []float64, X [][]float64) {
	for i, x := range X {
		if len(x) != len(theta) {
			panic(fmt.Sprintf("logreg: len(X[%d]) = %d, want len(theta) = %d", i, len(x), len(theta)))
		}
	}
}

// checkClassShapes returns n = len(X[0]), and panics with a message naming
// the mismatch if a row of Theta or of X has another length, if class has
// another length than X or holds a class outside 0 … len(Theta), or if m = 0.
func checkClassShapes(Theta [][]float64, X [][]float64, class []int) (n int) {
	if len(X) == 0 {
		panic("logreg: m = 0: X has no examples")
	}
	n = len(X[0])
	for _, theta := range Theta {
		checkRows(theta, X)
	}
	if len(class) != len(X) {
		panic(fmt.Sprintf("logreg: len(class) = %d, want len(X) = %d", len(class), len(X)))
	}
	for i, c := range class {
		if c < 0 || c > len(Theta) {
			panic(fmt.Sprintf("logreg: class[%d] = %d, want 0 to %d", i, c, len(Theta)))
		}
	}
	return n
}

// checkNormalization panics with a message naming the mismatch unless mu
// and sigma are as long as theta.
func checkNormalization(theta, mu, sigma []float64) {
	if len(mu) != len(theta) || len(sigma) != len(theta) {
		panic(fmt.Sprintf("logreg: len(mu) = %d, len(sigma) = %d, want len(theta) = %d", len(mu), len(sigma), len(theta)))
	}
}

// checkWeights returns a *DataError unless w is nil or has m finite entries
// ≥ 0, not all 0.
func checkWeights(w []float64, m int) error {
	if w == nil {
		return nil
	}
	if len(w) != m {
		return dataError(ErrShape, -1, -1, "len(w) = %d, want len(X) = %d", len(w), m)
	}
	W := 0.0
	for i, v := range w {
		if !(v >= 0) || math.IsInf(v, 0) {
			return dataError(ErrArgument, i, -1, "w[%d] = %g, want a finite weight ≥ 0", i, v)
		}
		W += v
	}
	if !(W > 0) || math.IsInf(W, 0) {
		return dataError(ErrArgument, -1, -1, "Σ w = %g, want a finite sum above 0", W)
	}
	return nil
}

// missingClass returns the first class of 0 … K−1 with no example, or −1.
func missingClass(class []int, K int) int {
	seen := make([]bool, K)
	for _, c := range class {
		seen[c] = true
	}
	for k, ok := range seen {
		if !ok {
			return k
		}
	}
	return -1
}
