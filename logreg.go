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
	switch {
	case math.IsNaN(z):
		return z
	case z >= 0:
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
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
// its h = g(z) and 1 − h, from z = θᵀx, sharing one call to math.Exp:
//
//	cost = y·softplus(−z) + (1 − y)·softplus(z),  softplus(t) = max(t, 0) + log1p(e^(−|t|))
//
// (see CostFunction for the algebra). Both softplus terms share log1p(e^(−|z|)).
// 1 − h is returned computed directly, not by a subtraction that would round
// it to 0 for z > 37, so that h − y and h(1 − h) keep all their digits.
func exampleCost(z, y float64) (cost, h, oneMinusH float64) {
	e := math.Exp(-math.Abs(z)) // e^(−|z|) is in [0, 1]: it cannot overflow
	l := math.Log1p(e)          // log(1 + e^(−|z|))
	big := 1 / (1 + e)          // g(|z|); g(−|z|) = 1 − g(|z|) = e·g(|z|)
	if z >= 0 {
		// softplus(z) = z + l, softplus(−z) = l
		return y*l + (1-y)*(z+l), big, e * big
	}
	// softplus(z) = l, softplus(−z) = −z + l
	return y*(l-z) + (1-y)*l, e * big, big
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
	m, n = len(X), len(theta)
	if m == 0 {
		panic("logreg: m = 0: X has no examples")
	}
	if len(y) != m {
		panic(fmt.Sprintf("logreg: len(y) = %d, want len(X) = %d", len(y), m))
	}
	for i, x := range X {
		if len(x) != n {
			panic(fmt.Sprintf("logreg: len(X[%d]) = %d, want len(theta) = %d", i, len(x), n))
		}
	}
	return m, n
}
