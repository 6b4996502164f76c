// Logistic regression as in Andrew Ng's Machine Learning course (exercise 2),
// in the summation form of the course notes:
//
//	h_θ(x) = g(θᵀx),  g(z) = 1 / (1 + e^(−z))
//	J(θ)   = −(1/m) Σᵢ [ y⁽ⁱ⁾ log h_θ(x⁽ⁱ⁾) + (1 − y⁽ⁱ⁾) log(1 − h_θ(x⁽ⁱ⁾)) ]
//	∂J/∂θⱼ = (1/m) Σᵢ (h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾
//
// Rows of X are examples and X[i][0] == 1 (the course's X = [ones(m, 1) X]),
// so θ₀ is the intercept. This file does no I/O and has no globals: copy it
// into another project and change only the package clause.
package main

import (
	"errors"
	"fmt"
	"math"
)

// Sigmoid returns the logistic function g(z) = 1 / (1 + e^(−z)).
//
// It never overflows: for z < 0 it uses the equal form e^z / (1 + e^z).
//
// Special cases are:
//
//	Sigmoid(+Inf) = 1
//	Sigmoid(-Inf) = 0
//	Sigmoid(NaN) = NaN
func Sigmoid(z float64) float64 {
	h, _, _ := logistic(z)
	return h
}

// logistic returns h = g(z) and 1 − h, each with all its digits, and
// e^(−|z|), from which both are made:
//
//	g(|z|) = 1 / (1 + e^(−|z|)),   g(−|z|) = 1 − g(|z|) = e^(−|z|) · g(|z|)
//
// e^(−|z|) is in [0, 1], so nothing overflows; 1 − h is not formed by a
// subtraction, which would round it to 0 for z > 37.
func logistic(z float64) (h, oneMinusH, e float64) {
	e = math.Exp(-math.Abs(z))
	big := 1 / (1 + e)
	if z >= 0 {
		return big, e * big, e
	}
	return e * big, big, e // also for NaN: NaN, NaN
}

// CostFunction returns the cost J(θ) of logistic regression and its gradient
// ∂J/∂θ, both in one pass over the examples, like the course's
// [J, grad] = costFunction(theta, X, y):
//
//	J      = (1/m) Σᵢ −[ y log h + (1 − y) log(1 − h) ],   h = g(z), z = θᵀx⁽ⁱ⁾
//	grad_j = (1/m) Σᵢ (h − y) xⱼ⁽ⁱ⁾
//
// The literal formula breaks for |z| beyond about 37: h rounds to 1,
// log(1 − h) = −Inf and 0·(−Inf) = NaN. So each example's cost is computed
// from z, not from h, by two lines of algebra. With 1 − g(z) = 1/(1 + e^z):
//
//	−log g(z)       = log(1 + e^(−z)) = softplus(−z)
//	−log(1 − g(z))  = log(1 + e^z)    = softplus(z)
//
// so −[y log h + (1 − y) log(1 − h)] = y·softplus(−z) + (1 − y)·softplus(z),
// which equals log(1 + e^z) − y·z because softplus(−z) = softplus(z) − z.
// softplus is evaluated without overflow as max(z, 0) + log1p(e^(−|z|)).
// J is then finite and exact for every finite z (z = 800, y = 0 costs 800),
// and the gradient has no NaN for finite inputs.
//
// The gradient is the chain rule on one example's log-likelihood
// G = y log h + (1 − y) log(1 − h), of which J is −(1/m) Σᵢ:
//
//	dG/dθⱼ = dG/dh · dh/dz · dz/dθⱼ = (y − h)/(h(1 − h)) · h(1 − h) · xⱼ = (y − h) xⱼ
//
// so ∂J/∂θⱼ = −(1/m) Σᵢ (y − h) xⱼ = (1/m) Σᵢ (h − y) xⱼ.
//
// X is m×n with X[i][0] == 1, theta has n entries, y has m labels in [0, 1]
// (0 or 1 for classification). CostFunction panics if the shapes disagree
// or m = 0: that is a programming error, not a data error.
func CostFunction(theta []float64, X [][]float64, y []float64) (J float64, grad []float64) {
	m, n := checkShapes(theta, X, y)
	grad = make([]float64, n)
	for i, x := range X {
		x = x[:len(grad)] // lets the compiler drop the bounds check on x[j]
		z := dot(theta, x)
		cost, h, oneMinusH := exampleCost(z, y[i])
		J += cost
		// chain rule: ∂(cost)/∂θⱼ = −dG/dh · dh/dz · dz/dθⱼ = (h − y) · xⱼ;
		// h − y is formed as (1 − y)h − y(1 − h): the same number, without
		// cancellation when h is within rounding of y.
		r := (1-y[i])*h - y[i]*oneMinusH
		for j := range grad {
			grad[j] += r * x[j]
		}
	}
	J /= float64(m)
	for j := range grad {
		grad[j] /= float64(m)
	}
	return J, grad
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

// exampleCost returns one example's cost −[y log h + (1 − y) log(1 − h)],
// its h = g(z) and 1 − h (see logistic), from z = θᵀx:
//
//	cost = y·softplus(−z) + (1 − y)·softplus(z),  softplus(t) = max(t, 0) + log1p(e^(−|t|))
//
// (see CostFunction for the algebra). Both softplus terms share
// log1p(e^(−|z|)), and e^(−|z|) is the one math.Exp that logistic makes.
func exampleCost(z, y float64) (cost, h, oneMinusH float64) {
	h, oneMinusH, e := logistic(z)
	if math.IsInf(z, 0) { // θᵀx overflowed: take the limits, avoiding 0·∞ below
		if h != y {
			return math.Inf(1), h, oneMinusH
		}
		return 0, h, oneMinusH
	}
	l := math.Log1p(e) // log(1 + e^(−|z|))
	if z >= 0 {
		return y*l + (1-y)*(z+l), h, oneMinusH // softplus(z) = z + l, softplus(−z) = l
	}
	return y*(l-z) + (1-y)*l, h, oneMinusH // softplus(z) = l, softplus(−z) = −z + l
}

// dot returns θᵀx = Σⱼ θⱼ xⱼ. The caller guarantees len(x) ≥ len(theta).
func dot(theta, x []float64) float64 {
	x = x[:len(theta)] // lets the compiler drop the bounds check on x[j]
	z := 0.0
	for j, t := range theta {
		z += t * x[j]
	}
	return z
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
	m, n = len(X), len(theta)
	if m == 0 {
		panic("logreg: m = 0: X has no examples")
	}
	for i, x := range X {
		if len(x) != n {
			panic(fmt.Sprintf("logreg: len(X[%d]) = %d, want len(theta) = %d", i, len(x), n))
		}
	}
	return m, n
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

// Errors that Newton returns, to be tested with errors.Is.
var (
	// ErrSeparable: an iterate θ classifies every example strictly correctly,
	// (2y − 1)·θᵀx > 0 for all i, so the unregularized cost has no minimum:
	// J → 0 as θ grows along that direction. θ is returned as that direction.
	ErrSeparable = errors.New("the data are linearly separable: the unregularized cost has no minimum")
	// ErrNotConverged: the iteration limit was reached, or no step would
	// lower J, before the gradient reached rounding level.
	ErrNotConverged = errors.New("Newton's method did not converge")
	// ErrSingular: the Hessian is not positive definite, so the Newton step
	// is not defined: a feature is a linear combination of others.
	ErrSingular = errors.New("the Hessian is singular")
)

// Tolerances of Newton's method, as multiples of the float64 epsilon 2⁻⁵².
const (
	eps = 0x1p-52
	// newtonTol: Newton stops once the decrease in J that its step promises,
	// ∇Jᵀ H⁻¹ ∇J, is below newtonTol·(1 + |J|): J cannot then be told from its
	// minimum in float64, and the step just taken has put θ at rounding level.
	newtonTol = 16 * eps
	// choleskyTol: a pivot below choleskyTol·Aₖₖ means column k of A is, to
	// rounding, a combination of the columns before it (for the Hessian,
	// 1 − R² of feature k on the features before it, weighted by h(1 − h)).
	choleskyTol = 1e-13
	// maxHalvings bounds the step halving of one Newton step (2⁻⁶⁰ ≈ 1e-18).
	maxHalvings = 60
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
// in the Hessian's units — is at rounding level of J (newtonTol), after
// taking that last step, or after maxIter steps.
//
// Special cases are:
//
//	all labels equal (one class): θ, ErrSeparable, for any lambda (θ₀ is not penalized)
//	lambda = 0 and an iterate separates the data: θ, ErrSeparable
//	maxIter steps, or no step lowers J: θ, ErrNotConverged (with the gradient norm and, where
//	    fitted probabilities are numerically 0 or 1, a note on quasi-separation)
//	H not positive definite (e.g. two equal features, lambda = 0): θ, ErrSingular
//
// With lambda > 0 and both classes present the cost is strictly convex with
// a finite minimum, and Newton always converges.
// Newton does not modify theta.
func Newton(X [][]float64, y []float64, theta []float64, lambda float64, maxIter int) (thetaOut []float64, history []float64, gradNorm float64, err error) {
	thetaOut = append([]float64(nil), theta...)
	J, grad := CostFunctionReg(thetaOut, X, y, lambda)
	if label, ok := oneClass(y); ok {
		toward := "-Inf" // all y = 0: h → 0 as θ₀ → −∞
		if label == 1 {
			toward = "+Inf"
		}
		return thetaOut, nil, norm(grad), fmt.Errorf("%w: every label is %g, so J falls as θ₀ runs to %s; lambda cannot help, as θ₀ is never penalized",
			ErrSeparable, label, toward)
	}
	for len(history) < maxIter {
		if lambda == 0 && Separates(thetaOut, X, y) {
			return thetaOut, history, norm(grad), fmt.Errorf("%w (θ = %.6g separates them after %d Newton steps; use lambda > 0 for a finite optimum)",
				ErrSeparable, thetaOut, len(history))
		}
		step, err := choleskySolve(Hessian(thetaOut, X, lambda), grad)
		if err != nil && extremeFits(thetaOut, X) > 0 {
			// h(1 − h) has underflowed: the Hessian is singular because
			// θ is running off to infinity, not because of the features.
			return thetaOut, history, norm(grad), notConverged(thetaOut, X, grad, len(history),
				errors.New("the Hessian became singular"))
		}
		if err != nil {
			return thetaOut, history, norm(grad), err
		}
		decrement := dot(grad, step) // ∇Jᵀ H⁻¹ ∇J
		thetaNew, Jnew, gradNew, ok := halvedStep(thetaOut, step, X, y, lambda, J)
		if !ok {
			history = append(history, J) // the step taken is no step
			return thetaOut, history, norm(grad), notConverged(thetaOut, X, grad, len(history),
				errors.New("no step along the Newton direction lowers J"))
		}
		thetaOut, J, grad = thetaNew, Jnew, gradNew
		history = append(history, J)
		if decrement <= newtonTol*(1+math.Abs(J)) {
			return thetaOut, history, norm(grad), nil
		}
	}
	return thetaOut, history, norm(grad), notConverged(thetaOut, X, grad, len(history),
		fmt.Errorf("the iteration limit (%d) was reached", maxIter))
}

// halvedStep returns θ − t·step for the largest t in 1, ½, ¼, … that does not
// raise J above J0 (beyond rounding), with its J and gradient; ok is false
// if no such t down to 2⁻⁶⁰ exists (the caller keeps θ, J0 and its gradient).
func halvedStep(theta, step []float64, X [][]float64, y []float64, lambda, J0 float64) (thetaNew []float64, J float64, grad []float64, ok bool) {
	thetaNew = make([]float64, len(theta))
	t := 1.0
	for range maxHalvings {
		for j := range theta {
			thetaNew[j] = theta[j] - t*step[j]
		}
		J, grad = CostFunctionReg(thetaNew, X, y, lambda)
		if J <= J0+newtonTol*math.Abs(J0) {
			return thetaNew, J, grad, true
		}
		t /= 2
	}
	return nil, 0, nil, false
}

// notConverged returns ErrNotConverged with the reason, the gradient norm and,
// if some fitted probability is numerically 0 or 1, a note that the data look
// quasi-separated (the cost falls towards its infimum as θ grows).
func notConverged(theta []float64, X [][]float64, grad []float64, steps int, reason error) error {
	msg := fmt.Sprintf("%v after %d steps; ‖grad‖ = %.3g", reason, steps, norm(grad))
	if extreme := extremeFits(theta, X); extreme > 0 {
		msg += fmt.Sprintf("; fitted probabilities numerically 0 or 1 for %d of %d examples: the data look quasi-separated, so the unregularized optimum is at infinity; use lambda > 0", extreme, len(X))
	}
	return fmt.Errorf("%w: %s", ErrNotConverged, msg)
}

// oneClass reports whether all labels are 0/1 and equal, and which.
func oneClass(y []float64) (label float64, ok bool) {
	for _, v := range y {
		if v != y[0] || (v != 0 && v != 1) {
			return 0, false
		}
	}
	return y[0], true
}

// extremeFits returns how many examples have a fitted probability h_θ(x)
// numerically 0 or 1: within eps of either.
func extremeFits(theta []float64, X [][]float64) int {
	count := 0
	for _, x := range X {
		if h := Hypothesis(theta, x); h < eps || h > 1-eps {
			count++
		}
	}
	return count
}

// Hessian returns the Hessian of CostFunctionReg at θ, an n×n matrix:
//
//	H = (1/m) Σᵢ h(1 − h) x⁽ⁱ⁾x⁽ⁱ⁾ᵀ + (λ/m)·diag(0, 1, …, 1)
//
// since ∂/∂θₖ of (h − y)xⱼ is dh/dz · dz/dθₖ · xⱼ = h(1 − h) xₖ xⱼ.
// Hessian panics on the shape mismatches of CostFunction.
func Hessian(theta []float64, X [][]float64, lambda float64) [][]float64 {
	m, n := checkRows(theta, X)
	H := newMatrix(n)
	for _, x := range X {
		x = x[:n]
		h, oneMinusH, _ := logistic(dot(theta, x))
		w := h * oneMinusH / float64(m) // dh/dz = h(1 − h), all digits kept
		for j := range n {
			wxj, row := w*x[j], H[j]
			for k := range j + 1 { // the lower triangle; the upper is its mirror
				row[k] += wxj * x[k]
			}
		}
	}
	for j := range n {
		if j > 0 {
			H[j][j] += lambda / float64(m)
		}
		for k := range j {
			H[k][j] = H[j][k]
		}
	}
	return H
}

// Separates reports whether θ classifies every example strictly correctly,
// (2y − 1)·θᵀx > 0 for all i: a certificate that the data are linearly
// separable and the unregularized cost has no minimum.
func Separates(theta []float64, X [][]float64, y []float64) bool {
	for i, x := range X {
		if (2*y[i]-1)*dot(theta, x) <= 0 {
			return false
		}
	}
	return true
}

// Hypothesis returns h_θ(x) = g(θᵀx), the probability that y = 1 for the
// example x (with x[0] = 1).
func Hypothesis(theta, x []float64) float64 {
	return Sigmoid(dot(theta, x))
}

// Predict returns the course's predictions (predict.m): 1 where
// h_θ(x⁽ⁱ⁾) ≥ 0.5, else 0.
func Predict(theta []float64, X [][]float64) []float64 {
	p := make([]float64, len(X))
	for i, x := range X {
		if Hypothesis(theta, x) >= 0.5 {
			p[i] = 1
		}
	}
	return p
}

// StdErrors returns, for the unregularized optimum θ, the standard errors,
// z values and two-sided p-values of its coefficients, as R's glm summary
// prints them:
//
//	se = sqrt(diag((Xᵀ S X)⁻¹)),  S = diag(h(1 − h)),   z = θ / se,   p = erfc(|z| / √2)
//
// Xᵀ S X is m·H (see Hessian, with lambda = 0). The error is ErrSingular if
// it cannot be inverted.
func StdErrors(theta []float64, X [][]float64) (se, z, p []float64, err error) {
	L, err := cholesky(Hessian(theta, X, 0))
	if err != nil {
		return nil, nil, nil, err
	}
	n, m := len(theta), float64(len(X))
	se, z, p = make([]float64, n), make([]float64, n), make([]float64, n)
	e := make([]float64, n)
	for k := range n {
		clear(e)
		e[k] = 1
		col := cholSubstitute(L, e) // column k of H⁻¹
		se[k] = math.Sqrt(col[k] / m)
		z[k] = theta[k] / se[k]
		p[k] = math.Erfc(math.Abs(z[k]) / math.Sqrt2)
	}
	return se, z, p, nil
}

// cholesky returns the lower-triangular L with L·Lᵀ = A, for a symmetric
// positive definite A (the Cholesky–Banachiewicz order, row by row):
//
//	Lⱼⱼ = sqrt(Aⱼⱼ − Σ_{k<j} Lⱼₖ²),   Lᵢⱼ = (Aᵢⱼ − Σ_{k<j} Lᵢₖ Lⱼₖ) / Lⱼⱼ   for i > j
//
// The error is ErrSingular, naming the column, if a pivot is not above
// choleskyTol·Aⱼⱼ.
func cholesky(A [][]float64) ([][]float64, error) {
	n := len(A)
	L := newMatrix(n)
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
			if math.IsInf(A[j][j], 0) || math.IsNaN(A[j][j]) {
				return nil, fmt.Errorf("%w: its entry (%d, %d) is %g: feature %d is too large for float64 arithmetic; scale it (feature normalization)", ErrSingular, j, j, A[j][j], j)
			}
			if !(s > choleskyTol*A[j][j]) { // also catches NaN
				return nil, fmt.Errorf("%w: feature column %d is, to rounding, a linear combination of the columns before it (a duplicate or constant feature?); remove it or use lambda > 0", ErrSingular, j)
			}
			L[j][j] = math.Sqrt(s)
		}
	}
	return L, nil
}

// cholSubstitute solves L·Lᵀ·x = b by forward substitution (L·w = b) and
// back substitution (Lᵀ·x = w).
func cholSubstitute(L [][]float64, b []float64) []float64 {
	n := len(b)
	x := append([]float64(nil), b...)
	for i := range n {
		for k := range i {
			x[i] -= L[i][k] * x[k]
		}
		x[i] /= L[i][i]
	}
	for i := n - 1; i >= 0; i-- {
		for k := i + 1; k < n; k++ {
			x[i] -= L[k][i] * x[k]
		}
		x[i] /= L[i][i]
	}
	return x
}

// choleskySolve returns the solution x of A·x = b for a symmetric positive
// definite A, or the error of cholesky.
func choleskySolve(A [][]float64, b []float64) ([]float64, error) {
	L, err := cholesky(A)
	if err != nil {
		return nil, err
	}
	return cholSubstitute(L, b), nil
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
// The result has rows of its own; X is not modified.
func FeatureNormalize(X [][]float64) (Xnorm [][]float64, mu, sigma []float64) {
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
func ThetaToOriginal(thetaNorm, mu, sigma []float64) []float64 {
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
func ThetaToNormalized(theta, mu, sigma []float64) []float64 {
	thetaNorm := make([]float64, len(theta))
	thetaNorm[0] = theta[0]
	for j := 1; j < len(theta); j++ {
		thetaNorm[j] = theta[j] * sigma[j]
		thetaNorm[0] += theta[j] * mu[j]
	}
	return thetaNorm
}

// newMatrix returns an n×n matrix of zeros.
func newMatrix(n int) [][]float64 {
	A := make([][]float64, n)
	for j := range A {
		A[j] = make([]float64, n)
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
