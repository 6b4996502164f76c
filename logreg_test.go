package main

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// ——— Helpers: data, comparisons, running the program, reading its pictures ———

// tol is the relative tolerance against the 50-digit references of
// testdata/REFERENCE.md (given to 17 digits).
const tol = 1e-13

// near reports whether got is within rel of want, relatively
// (absolutely, by rel, when want is 0).
func near(got, want, rel float64) bool {
	if want == 0 {
		return math.Abs(got) <= rel
	}
	return math.Abs(got-want) <= rel*math.Abs(want)
}

func nearAll(got, want []float64, rel float64) bool {
	if len(got) != len(want) {
		return false
	}
	for j := range got {
		if !near(got[j], want[j], rel) {
			return false
		}
	}
	return true
}

// load reads a data set of testdata/ into the course's X (with the column of
// ones) and y, through the program's own reader.
func load(t testing.TB, name string) (X [][]float64, y []float64) {
	t.Helper()
	d := readTestdata(t, name, false)
	return d.X, d.y
}

// loadClasses reads a data set of testdata/ with its label as classes.
func loadClasses(t testing.TB, name string) (X [][]float64, class []int, classes []string) {
	t.Helper()
	d := readTestdata(t, name, true)
	return d.X, d.class, d.classes
}

func readTestdata(t testing.TB, name string, multi bool) *dataset {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := readData(name, f, &readSpec{multi: multi})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// readData reads a data file from r as the program does, with the flags' spec.
func readData(file string, r io.Reader, spec *readSpec) (*dataset, error) {
	lim := testLimits()
	tab, err := readTable(file, r, lim)
	if err != nil {
		return nil, err
	}
	if spec.mem.bytes == 0 {
		spec.mem = lim.mem
	}
	return tab.design(spec)
}

// testLimits read a file as the program does, on GOMAXPROCS cores, the data bound to 1 GiB.
func testLimits() readLimits {
	return readLimits{mem: memory{1 << 30, "the tests' bound"}, workers: runtime.GOMAXPROCS(0), chunk: chunkSize}
}

// readColumns reads a CSV file of testdata/ with a header of names into its
// columns of numbers.
func readColumns(t *testing.T, name string) map[string][]float64 {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	cols := map[string][]float64{}
	for _, rec := range records[1:] {
		for k, field := range rec {
			v, err := strconv.ParseFloat(field, 64)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			cols[records[0][k]] = append(cols[records[0][k]], v)
		}
	}
	return cols
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// randomProblem returns a random m×n design matrix (X[i][0] = 1, the rest
// standard normal), random 0/1 labels and a random θ.
func randomProblem(r *rand.Rand, m, n int) (X [][]float64, y, theta []float64) {
	X = make([][]float64, m)
	y = make([]float64, m)
	backing := make([]float64, m*n) // rows share one array, as readData's do
	for i := range X {
		X[i] = backing[i*n : (i+1)*n]
		X[i][0] = 1
		for j := 1; j < n; j++ {
			X[i][j] = r.NormFloat64()
		}
		if r.Float64() < 0.5 {
			y[i] = 1
		}
	}
	theta = make([]float64, n)
	for j := range theta {
		theta[j] = r.NormFloat64()
	}
	return X, y, theta
}

// fitData returns a synthetic m×n problem drawn from the model itself:
// standard normal features and y ~ Bernoulli(g(θtrueᵀx)), θtrue ~ N(0, ¼).
// It has a finite optimum, and its features are already on one scale.
func fitData(m, n int) (X [][]float64, y []float64) {
	r := rand.New(rand.NewPCG(7, 8))
	X, _, thetaTrue := randomProblem(r, m, n)
	for j := range thetaTrue {
		thetaTrue[j] *= 0.5
	}
	y = make([]float64, m)
	for i, x := range X {
		if r.Float64() < Hypothesis(thetaTrue, x) {
			y[i] = 1
		}
	}
	return X, y
}

// costData returns a random m×n problem shaped as the numpy benchmark's.
func costData(m, n int) (X [][]float64, y, theta []float64) {
	r := rand.New(rand.NewPCG(1, 1))
	X, y, theta = randomProblem(r, m, n)
	for j := range theta {
		theta[j] *= 0.1
	}
	return X, y, theta
}

// lcg is a tiny deterministic generator of uniform numbers in [0, 1), so
// that a test's data do not depend on math/rand's algorithms.
type lcg uint64

func (s *lcg) next() float64 {
	*s = *s*6364136223846793005 + 1442695040888963407
	return float64(uint64(*s)>>11) / (1 << 53)
}

// withColumn returns the rows of X with the value f(i) appended to row i.
func withColumn(X [][]float64, f func(i int) float64) [][]float64 {
	out := make([][]float64, len(X))
	for i, x := range X {
		out[i] = append(append([]float64(nil), x...), f(i))
	}
	return out
}

// scaled returns X with every feature (not x₀) multiplied by c.
func scaled(X [][]float64, c float64) [][]float64 {
	out := make([][]float64, len(X))
	for i, x := range X {
		out[i] = append([]float64(nil), x...)
		for j := 1; j < len(x); j++ {
			out[i][j] *= c
		}
	}
	return out
}

// gridData returns m examples on the 5×5 grid of [−1, 1]², labelled by a
// noisy circle (x1² + x2² < 0.6) and mapped to the given degree: duplicates
// with both labels make many of them quasi-separated.
func gridData(seed, m, degree int, noise float64) (X [][]float64, y []float64) {
	s := lcg(seed)
	for range m {
		x1, x2 := float64(int(s.next()*5)-2)/2, float64(int(s.next()*5)-2)/2
		e := (s.next() + s.next() + s.next() - 1.5) * 2 * noise
		label := 0.0
		if x1*x1+x2*x2+e < 0.6 {
			label = 1
		}
		X = append(X, MapFeature(x1, x2, degree))
		y = append(y, label)
	}
	return X, y
}

// multiclassData returns m examples of n − 1 standard normal features and K
// classes drawn from a softmax model with Θ = 0.5·N(0, 1).
func multiclassData(m, n, K int) (X [][]float64, class []int) {
	r := rand.New(rand.NewPCG(11, 12))
	X, _, _ = randomProblem(r, m, n)
	Theta := newMatrixRect(K, n)
	for k := range Theta {
		for j := range Theta[k] {
			Theta[k][j] = 0.5 * r.NormFloat64()
		}
	}
	z, h := make([]float64, K), make([]float64, K)
	class = make([]int, m)
	for i, x := range X {
		for k := range K {
			z[k] = dot(Theta[k], x)
		}
		softmax(z, h)
		u := r.Float64()
		for class[i] = 0; class[i] < K-1 && u > h[class[i]]; class[i]++ {
			u -= h[class[i]]
		}
	}
	return X, class
}

// matVec returns X·v.
func matVec(X [][]float64, v []float64) []float64 {
	out := make([]float64, len(X))
	for i := range X {
		for j := range v {
			out[i] += X[i][j] * v[j]
		}
	}
	return out
}

// transposeVec returns Xᵀ·r, column by column.
func transposeVec(X [][]float64, r []float64) []float64 {
	out := make([]float64, len(X[0]))
	for j := range out {
		for i := range X {
			out[j] += X[i][j] * r[i]
		}
	}
	return out
}

// centralDiff returns (f(v+d) − f(v−d)) / 2d.
func centralDiff(f func(float64) float64, v, d float64) float64 {
	return (f(v+d) - f(v-d)) / (2 * d)
}

// panicMessage returns what f panics with, or "no panic".
func panicMessage(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return "no panic"
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func accuracy(pred, class []int) int {
	right := 0
	for i := range pred {
		if pred[i] == class[i] {
			right++
		}
	}
	return right
}

// runProgram runs the program in-process on args and returns its exit
// status, standard output and standard error.
func runProgram(args ...string) (status int, stdout, stderr string) {
	var out, errOut strings.Builder
	status = run(args, &out, &errOut)
	return status, out.String(), errOut.String()
}

// writeFile writes content to name in a fresh directory and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := t.TempDir() + "/" + name
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// utf16Text returns s encoded in UTF-16 in the given byte order, with or
// without a byte order mark.
func utf16Text(s string, order binary.ByteOrder, bom bool) string {
	if bom {
		s = "\ufeff" + s
	}
	units := utf16.Encode([]rune(s))
	b := make([]byte, 2*len(units))
	for k, u := range units {
		order.PutUint16(b[2*k:], u)
	}
	return string(b)
}

// containsFields reports whether text contains want, the columns' widths
// aside: runs of spaces and line ends count as one space in both.
func containsFields(text, want string) bool {
	return strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(want), " "))
}

// A programRun is a command line of the program, the exit status it must give, and
// lines its report must hold, the columns' widths aside.
type programRun struct {
	args   []string
	status int
	want   []string
}

// checkRuns runs the program on each command line and checks its status and report.
func checkRuns(t *testing.T, runs []programRun) {
	t.Helper()
	for _, r := range runs {
		status, stdout, stderr := runProgram(r.args...)
		if status != r.status {
			t.Errorf("logreg %v: status %d, want %d (%s)", r.args, status, r.status, stderr)
		}
		checkReport(t, fmt.Sprintf("logreg %v", r.args), stdout, r.want, nil)
	}
}

// checkReport checks that a report holds each line of want, the columns'
// widths aside, and none of the texts of not.
func checkReport(t *testing.T, what, report string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !containsFields(report, w) {
			t.Errorf("%s: the report lacks %q:\n%s", what, w, report)
		}
	}
	for _, n := range not {
		if strings.Contains(report, n) {
			t.Errorf("%s: the report has %q:\n%s", what, n, report)
		}
	}
}

// analyzeRun parses the command line, reads its file and computes the report, as run does.
func analyzeRun(t *testing.T, args ...string) *report {
	t.Helper()
	opt, err := parseArgs(args, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	d, err := loadData(opt.file, opt.spec())
	if err != nil {
		t.Fatal(err)
	}
	p, err := newProblem(d, opt)
	if err != nil {
		t.Fatal(err)
	}
	p.progress = newProgress(io.Discard) // as run gives it one
	r, err := analyze(p, opt)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// failWriter is a writer whose every write fails, as one to a full disk.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// svgNode is an element of a parsed SVG.
type svgNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []svgNode  `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n *svgNode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// find returns the elements below n (n included) for which keep is true.
func (n *svgNode) find(keep func(*svgNode) bool) []*svgNode {
	var out []*svgNode
	if keep(n) {
		out = append(out, n)
	}
	for k := range n.Nodes {
		out = append(out, n.Nodes[k].find(keep)...)
	}
	return out
}

func (n *svgNode) byID(id string) *svgNode {
	if found := n.find(func(e *svgNode) bool { return e.attr("id") == id }); len(found) > 0 {
		return found[0]
	}
	return nil
}

// plotFile runs the program with -plot and returns the SVG parsed, and its text.
func plotFile(t *testing.T, args ...string) (*svgNode, string) {
	t.Helper()
	path := t.TempDir() + "/plot.svg"
	status, _, stderr := runProgram(append([]string{"-plot", path}, args...)...)
	if status != 0 {
		t.Fatalf("%v: status %d, stderr %q", args, status, stderr)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var root svgNode
	if err := xml.Unmarshal(text, &root); err != nil {
		t.Fatalf("%v: the SVG does not parse: %v", args, err)
	}
	if root.XMLName.Local != "svg" {
		t.Fatalf("%v: root element %q, want svg", args, root.XMLName.Local)
	}
	return &root, string(text)
}

// pathPoints returns the coordinate pairs of a path of M, L commands.
func pathPoints(t *testing.T, d string) [][2]float64 {
	t.Helper()
	var pts [][2]float64
	for _, cmd := range strings.FieldsFunc(d, func(r rune) bool { return r == 'M' || r == 'L' }) {
		var p [2]float64
		if _, err := fmt.Sscan(cmd, &p[0], &p[1]); err != nil {
			t.Fatalf("path command %q: %v", cmd, err)
		}
		pts = append(pts, p)
	}
	return pts
}

// plotFrame returns the data panel's frame: its clip rectangle and data-range.
func plotFrame(t *testing.T, root *svgNode, group string) frame {
	t.Helper()
	var f frame
	g := root.byID(group)
	if g == nil {
		t.Fatalf("no %s group", group)
	}
	if _, err := fmt.Sscan(g.attr("data-range"), &f.x0, &f.x1, &f.y0, &f.y1); err != nil {
		t.Fatalf("%s data-range %q: %v", group, g.attr("data-range"), err)
	}
	rects := root.find(func(e *svgNode) bool { return e.XMLName.Local == "rect" && e.attr("fill") == "none" })
	if len(rects) == 0 {
		t.Fatal("no plot area")
	}
	r := rects[0] // the data panel comes first; the cost, or the learning curve after it, last
	if group == "cost" || group == "learning" {
		r = rects[len(rects)-1]
	}
	fmt.Sscan(r.attr("x"), &f.left)
	fmt.Sscan(r.attr("y"), &f.top)
	fmt.Sscan(r.attr("width"), &f.width)
	fmt.Sscan(r.attr("height"), &f.height)
	return f
}

// countMarkers returns the number of + and o markers drawn in the data panel.
func countMarkers(root *svgNode) (pos, neg int) {
	for _, u := range root.byID("data").find(func(e *svgNode) bool { return e.XMLName.Local == "use" }) {
		switch u.attr("href") {
		case "#pos":
			pos++
		case "#neg":
			neg++
		}
	}
	return pos, neg
}

// inRects reports whether the point (x, y), in pixels, is in one of the
// rectangles "Mx yhWvHh-WZ" of a region's path.
func inRects(d string, x, y float64) bool {
	for _, r := range strings.Split(d, "Z") {
		var x0, y0, w, h, back float64
		if _, err := fmt.Sscanf(r, "M%g %gh%gv%gh%g", &x0, &y0, &w, &h, &back); err == nil && x >= x0 && x < x0+w && y >= y0 && y < y0+h {
			return true
		}
	}
	return false
}

// benchTol is how close to the optimum J* both fits of the benchmarks get:
// J − J* ≤ benchTol·J*.
const benchTol = 1e-10

// benchOptimum returns the problem of the fitting benchmarks and J* at its
// optimum, with Newton's history from θ = 0.
func benchOptimum(b *testing.B) (X [][]float64, y []float64, Jstar float64, history []float64) {
	X, y = fitData(100000, 20)
	_, history, _, err := Newton(X, y, make([]float64, 20), 0, 100)
	if err != nil {
		b.Fatal(err)
	}
	return X, y, history[len(history)-1], history
}

// itersToTol returns the first k with history[k−1] within benchTol of Jstar,
// or len(history)+1 if there is none.
func itersToTol(history []float64, Jstar float64) int {
	for k, J := range history {
		if J-Jstar <= benchTol*Jstar {
			return k + 1
		}
	}
	return len(history) + 1
}

// peakHeap returns the most heap in use while f ran, above what was in use
// before it: the heap is sampled every 100 µs, with the collector run at
// GOGC = 10 so that what is sampled is nearly all live.
func peakHeap(f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapAlloc, ms.HeapAlloc
	done, sampled := make(chan bool), make(chan bool)
	go func() {
		for {
			select {
			case <-done:
				close(sampled)
				return
			case <-time.After(100 * time.Microsecond):
				var s runtime.MemStats
				runtime.ReadMemStats(&s)
				peak = max(peak, s.HeapAlloc)
			}
		}
	}()
	f()
	close(done)
	<-sampled
	return peak - base
}

// ——— 1. The course: the hypothesis, the cost and its gradient, gradient descent, predictions ———

func TestSigmoidSpecialCases(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want float64
	}{
		{"zero", 0, 0.5},
		{"+Inf", math.Inf(1), 1},
		{"-Inf", math.Inf(-1), 0},
		{"-800 underflows to 0", -800, 0},
		{"800 rounds to 1", 800, 1},
		{"-1e300", -1e300, 0},
		{"1", 1, 0.7310585786300049}, // 1/(1+e^-1), 50-digit value rounded
		{"-1", -1, 0.2689414213699951},
		{"-40", -40, 4.248354255291589e-18}, // e^-40/(1+e^-40): all digits kept
	}
	for _, tt := range tests {
		if got := Sigmoid(tt.in); !near(got, tt.want, 1e-15) {
			t.Errorf("%s: Sigmoid(%g) = %g, want %g", tt.name, tt.in, got, tt.want)
		}
	}
	if got := Sigmoid(math.NaN()); !math.IsNaN(got) {
		t.Errorf("Sigmoid(NaN) = %g, want NaN", got)
	}
}

func TestSigmoidSymmetryAndDerivative(t *testing.T) {
	for _, z := range []float64{-30, -5, -1, -0.25, 0, 1e-3, 0.5, 2, 7, 30} {
		// symmetry: g(−z) = 1 − g(z)
		// (to one rounding of the subtraction: 2⁻⁵², an ulp of 1)
		if got, want := Sigmoid(-z), 1-Sigmoid(z); math.Abs(got-want) > 0x1p-52 {
			t.Errorf("Sigmoid(%g) = %.17g, want 1 - Sigmoid(%g) = %.17g", -z, got, z, want)
		}
		// local rule: g′(z) = g(z)(1 − g(z)), against a central difference
		// (its error: d²·g‴/6 ≈ 1e-9 plus rounding eps/d ≈ 1e-12)
		numeric := centralDiff(Sigmoid, z, 1e-4)
		g := Sigmoid(z)
		if analytic := g * (1 - g); math.Abs(numeric-analytic) > 1e-9 {
			t.Errorf("g'(%g): central difference %.12g, want g(1-g) = %.12g", z, numeric, analytic)
		}
	}
}

// referenceTable holds the rows of the tables in testdata/REFERENCE.md.
var referenceTable = []struct {
	data   string
	theta  []float64
	lambda float64
	J      float64
	grad   []float64
}{
	{"iris_vv.csv", []float64{0, 0, 0}, 0, 0.69314718055994531, []float64{0, -0.323, -0.175}},
	{"iris_vv.csv", []float64{0, 0, 0}, 1, 0.69314718055994531, []float64{0, -0.323, -0.175}},
	{"iris_vv.csv", []float64{-40, 5, 10}, 0, 0.1155945678622318,
		[]float64{0.02891743464664367, 0.13873962606024291, 0.045913108378934874}},
	{"iris_vv.csv", []float64{-40, 5, 10}, 1, 0.74059456786223181,
		[]float64{0.02891743464664367, 0.18873962606024291, 0.14591310837893488}},
	{"iris_vv.csv", []float64{-45, 5.75, 10.45}, 0, 0.10380214122452665,
		[]float64{0.0077084667166064171, 0.037681506198088312, 0.012493793929953355}},
	{"challenger.csv", []float64{0, 0}, 0, 0.69314718055994531, []float64{0.19565217391304348, 15.391304347826087}},
	{"challenger.csv", []float64{0, 0}, 1, 0.69314718055994531, []float64{0.19565217391304348, 15.391304347826087}},
	{"challenger.csv", []float64{15, -0.25}, 0, 0.53596251816867101,
		[]float64{-0.13867700730080064, -9.2964648184455968}},
	{"challenger.csv", []float64{15, -0.25}, 1, 0.53732121382084492,
		[]float64{-0.13867700730080064, -9.3073343836629881}},
	{"challenger.csv", []float64{10, -0.2}, 0, 0.88821520429453118,
		[]float64{-0.25648167066128842, -16.534230134692637}},
}

func TestCostFunctionReference(t *testing.T) {
	for _, tt := range referenceTable {
		X, y := load(t, tt.data)
		J, grad := CostFunctionReg(tt.theta, X, y, tt.lambda)
		if !near(J, tt.J, tol) {
			t.Errorf("%s: CostFunctionReg(%v, λ=%g) J = %.17g, want %.17g", tt.data, tt.theta, tt.lambda, J, tt.J)
		}
		if !nearAll(grad, tt.grad, tol) {
			t.Errorf("%s: CostFunctionReg(%v, λ=%g) grad = %.17g, want %.17g", tt.data, tt.theta, tt.lambda, grad, tt.grad)
		}
		if tt.lambda != 0 {
			continue
		}
		J, grad = CostFunction(tt.theta, X, y)
		if !near(J, tt.J, tol) || !nearAll(grad, tt.grad, tol) {
			t.Errorf("%s: CostFunction(%v) = %.17g, %.17g, want %.17g, %.17g", tt.data, tt.theta, J, grad, tt.J, tt.grad)
		}
	}
}

// At θ = 0 every h is ½: J = log 2 and grad = (1/m) Σ (½ − y) x.
func TestCostFunctionAtZero(t *testing.T) {
	X := [][]float64{{1, 2, -1}, {1, 0, 3}, {1, -4, 5}, {1, 6, 0}}
	y := []float64{1, 0, 0, 1}
	// (1/4)·[(−½)·(1,2,−1) + ½·(1,0,3) + ½·(1,−4,5) + (−½)·(1,6,0)]
	//   = (1/4)·[0, −1 + 0 − 2 − 3, ½ + 3/2 + 5/2 + 0] = [0, −1.5, 1.125]
	wantGrad := []float64{0, -1.5, 1.125}
	J, grad := CostFunction([]float64{0, 0, 0}, X, y)
	if !near(J, math.Ln2, 1e-16) {
		t.Errorf("CostFunction(0) J = %.17g, want log 2 = %.17g", J, math.Ln2)
	}
	if !nearAll(grad, wantGrad, 1e-16) {
		t.Errorf("CostFunction(0) grad = %g, want %g", grad, wantGrad)
	}
}

// The summation form equals the matrix form (1/m) Xᵀ(g(Xθ) − y).
func TestGradientMatrixForm(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, size := range [][2]int{{1, 1}, {5, 2}, {50, 4}, {300, 9}} {
		X, y, theta := randomProblem(r, size[0], size[1])
		z := matVec(X, theta)
		for i := range z {
			z[i] = Sigmoid(z[i]) - y[i]
		}
		want := transposeVec(X, z)
		for j := range want {
			want[j] /= float64(len(X))
		}
		if _, grad := CostFunction(theta, X, y); !nearAll(grad, want, 1e-12) {
			t.Errorf("m=%d n=%d: grad = %g, want (1/m) X'(g(X theta) - y) = %g", size[0], size[1], grad, want)
		}
	}
}

// The derivation, one step at a time, for one example, by central differences:
// dG/dh = (y − h)/(h(1 − h)), dh/dz = h(1 − h), dz/dθⱼ = xⱼ, and the product is (y − h)xⱼ.
func TestChainRuleSteps(t *testing.T) {
	x := []float64{1, 0.8, -1.7}
	theta := []float64{0.3, -0.6, 0.4}
	for _, y := range []float64{0, 1} {
		z := dot(theta, x)
		h := Sigmoid(z)
		G := func(h float64) float64 { return y*math.Log(h) + (1-y)*math.Log(1-h) }

		dGdh := (y - h) / (h * (1 - h))
		if num := centralDiff(G, h, 1e-6); !near(num, dGdh, 1e-8) {
			t.Errorf("y=%g: dG/dh = %.12g by differences, want (y-h)/(h(1-h)) = %.12g", y, num, dGdh)
		}
		dhdz := h * (1 - h)
		if num := centralDiff(Sigmoid, z, 1e-6); !near(num, dhdz, 1e-8) {
			t.Errorf("y=%g: dh/dz = %.12g by differences, want h(1-h) = %.12g", y, num, dhdz)
		}
		_, grad := CostFunction(theta, [][]float64{x}, []float64{y})
		for j := range theta {
			zOf := func(t float64) float64 {
				th := append([]float64(nil), theta...)
				th[j] = t
				return dot(th, x)
			}
			if num := centralDiff(zOf, theta[j], 1e-6); !near(num, x[j], 1e-9) {
				t.Errorf("dz/dθ%d = %.12g by differences, want x%d = %g", j, num, j, x[j])
			}
			// J = −G for one example: its gradient is −dG/dh · dh/dz · dz/dθⱼ,
			// with the three factors checked above
			if want := -dGdh * dhdz * x[j]; !near(grad[j], want, 1e-14) {
				t.Errorf("y=%g: CostFunction grad[%d] = %.17g, want -dG/dh·dh/dz·xj = %.17g", y, j, grad[j], want)
			}
		}
	}
}

func TestGradientCheck(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	X, y, theta := randomProblem(r, 200, 6)
	for _, lambda := range []float64{0, 0.7, 10} {
		_, grad := CostFunctionReg(theta, X, y, lambda)
		num := centralDifferences(theta, X, y, lambda)
		if d := relativeDifference(grad, num); d > 1e-7 {
			t.Errorf("λ=%g: analytic grad %g, central differences %g: largest difference, relative to the largest entry, %g > 1e-7", lambda, grad, num, d)
		}
	}
}

// Extreme z: the cost is exact and nothing is NaN. X = [[1]], θ = [z], so
// J = softplus(z) − y·z and grad = h − y.
func TestCostFunctionExtreme(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name     string
		z, y     float64
		J, grad0 float64
	}{
		{"z=800 y=0", 800, 0, 800, 1},
		{"z=800 y=1", 800, 1, 0, 0},
		{"z=-800 y=1", -800, 1, 800, -1},
		{"z=-800 y=0", -800, 0, 0, 0},
		{"z=1e300 y=0", 1e300, 0, 1e300, 1},
		{"z=1e300 y=1", 1e300, 1, 0, 0},
		{"z=-1e300 y=1", -1e300, 1, 1e300, -1},
		{"z=-1e300 y=0", -1e300, 0, 0, 0},
		{"z=+Inf y=1", inf, 1, 0, 0},
		{"z=+Inf y=0", inf, 0, inf, 1},
		{"z=-Inf y=1", -inf, 1, inf, -1},
		{"z=-Inf y=0", -inf, 0, 0, 0},
		// Within rounding of the label J keeps all its digits, log1p(e^-40);
		// the gradient is the notes' h − y with h = g(40) rounded to 1, so 0
		// (what is promised: each summand (h − y)xⱼ to rounding of its size).
		{"z=40 y=1", 40, 1, 4.248354255291589e-18, 0},
		{"z=-40 y=0", -40, 0, 4.248354255291589e-18, 4.248354255291589e-18},
		// 30 + log1p(e^-30) = 30.0000000000000935762…: the log1p part is 3e-15 of J
		{"z=30 y=0", 30, 0, 30.000000000000093576, 0.99999999999990642377},
		{"z=0.5 y=0.25 (a soft label)", 0.5, 0.25, 0.84907698418010668, 0.37245933120185456},
	}
	for _, tt := range tests {
		J, grad := CostFunction([]float64{tt.z}, [][]float64{{1}}, []float64{tt.y})
		if !(J == tt.J || near(J, tt.J, 1e-15)) || !(grad[0] == tt.grad0 || near(grad[0], tt.grad0, 1e-15)) {
			t.Errorf("%s: CostFunction = %.17g, %.17g, want %.17g, %.17g", tt.name, J, grad[0], tt.J, tt.grad0)
		}
	}
	// Many extreme examples together, with λ: still finite, no NaN.
	X := [][]float64{{1, 1e300}, {1, -1e300}, {1, 800}, {1, -800}}
	y := []float64{0, 1, 1, 0}
	J, grad := CostFunctionReg([]float64{0, 1}, X, y, 2)
	if math.IsNaN(J) || math.IsInf(J, 0) {
		t.Errorf("CostFunctionReg on extreme X: J = %g, want finite", J)
	}
	for j, g := range grad {
		if math.IsNaN(g) {
			t.Errorf("CostFunctionReg on extreme X: grad[%d] = NaN", j)
		}
	}
	if want := (1e300 + 1e300) / 4; !near(J, want+2.0/8, 1e-15) {
		t.Errorf("CostFunctionReg on extreme X: J = %g, want %g", J, want)
	}
}

// logisticCost, Newton's fused form, against Sigmoid and logLoss.
func TestLogisticCost(t *testing.T) {
	inf := math.Inf(1)
	for _, z := range []float64{-inf, -1e300, -800, -40, -1, 0, 0.5, 30, 40, 800, 1e300, inf} {
		for _, y := range []float64{0, 1, 0.25} {
			if math.IsInf(z, 0) && y == 0.25 {
				continue // a soft label at ±Inf costs +Inf either way
			}
			h, oneMinusH, cost := logisticCost(z, y)
			if !(h == Sigmoid(z) || near(h, Sigmoid(z), 1e-15)) || !(oneMinusH == Sigmoid(-z) || near(oneMinusH, Sigmoid(-z), 1e-15)) { // e·(1/(1+e)) against e/(1+e): an ulp
				t.Errorf("logisticCost(%g, %g): h, 1 − h = %.17g, %.17g, want g(z), g(−z) = %.17g, %.17g", z, y, h, oneMinusH, Sigmoid(z), Sigmoid(-z))
			}
			if want := logLoss(z, y); !(cost == want || near(cost, want, 1e-15)) {
				t.Errorf("logisticCost(%g, %g) cost = %.17g, want logLoss = %.17g", z, y, cost, want)
			}
		}
	}
}

// The penalty is λ/(2m) Σ_{j≥1} θⱼ² in J and (λ/m)θⱼ in ∂J/∂θⱼ for j ≥ 1;
// the intercept θ₀ is never penalized. At slopes away from 0, so that the
// penalty does not vanish.
func TestCostFunctionRegPenalty(t *testing.T) {
	X, y := load(t, "iris_vv.csv")
	theta := []float64{-3.5, 0.7, -1.2}
	m := float64(len(X))
	J0, g0 := CostFunction(theta, X, y)
	for _, lambda := range []float64{0.1, 1, 100} {
		J, g := CostFunctionReg(theta, X, y, lambda)
		if want := J0 + lambda/(2*m)*(0.7*0.7+1.2*1.2); !near(J, want, 1e-15) {
			t.Errorf("CostFunctionReg(%v, λ=%g) J = %.17g, want J + λ/(2m)(θ1² + θ2²) = %.17g", theta, lambda, J, want)
		}
		want := []float64{g0[0], g0[1] + lambda/m*0.7, g0[2] - lambda/m*1.2}
		if !nearAll(g, want, 1e-15) {
			t.Errorf("CostFunctionReg(%v, λ=%g) grad = %.17g, want %.17g (θ0 unpenalized)", theta, lambda, g, want)
		}
	}
}

func TestMapFeature(t *testing.T) {
	tests := []struct {
		name   string
		x1, x2 float64
		degree int
		want   []float64
	}{
		{"degree 0", 2, 3, 0, []float64{1}},
		{"degree 1", 0.5, -2, 1, []float64{1, 0.5, -2}},
		{"degree 2", 2, 3, 2, []float64{1, 2, 3, 4, 6, 9}},
		{"degree 3", 2, 3, 3, []float64{1, 2, 3, 4, 6, 9, 8, 12, 18, 27}},
	}
	for _, tt := range tests {
		if got := MapFeature(tt.x1, tt.x2, tt.degree); !nearAll(got, tt.want, 0) {
			t.Errorf("%s: MapFeature(%g, %g, %d) = %g, want %g", tt.name, tt.x1, tt.x2, tt.degree, got, tt.want)
		}
	}
	// Degree 6: 28 terms, x1^(i−j)·x2^j in the course's order.
	got := MapFeature(2, 3, 6)
	if len(got) != 28 {
		t.Fatalf("MapFeature(2, 3, 6) has %d terms, want 28", len(got))
	}
	k := 1
	for i := 1; i <= 6; i++ {
		for j := 0; j <= i; j++ {
			if want := math.Pow(2, float64(i-j)) * math.Pow(3, float64(j)); got[k] != want {
				t.Errorf("MapFeature(2, 3, 6)[%d] = %g, want 2^%d·3^%d = %g", k, got[k], i-j, j, want)
			}
			k++
		}
	}
}

func TestGradientDescentNormalizedIris(t *testing.T) {
	X, y := load(t, "iris_vv.csv")
	Xn, mu, sigma := FeatureNormalize(X)
	start := []float64{0, 0, 0}
	thetaN, history := GradientDescent(Xn, y, start, 1, 20000, 0)
	if !nearAll(start, []float64{0, 0, 0}, 0) {
		t.Errorf("GradientDescent modified its theta: %g", start)
	}
	if len(history) != 20000 {
		t.Fatalf("len(history) = %d, want 20000", len(history))
	}
	J := history[len(history)-1]
	if want := optima[0].J; math.Abs(J-want) > 1e-6 {
		t.Errorf("GradientDescent J = %.12g, want %.12g within 1e-6", J, want)
	}
	theta := ThetaToOriginal(thetaN, mu, sigma)
	if !nearAll(theta, optima[0].theta, 1e-3) {
		t.Errorf("GradientDescent θ in original units = %.8g, want %.8g", theta, optima[0].theta)
	}
	// The same J in original units: θᵀx is unchanged by the map.
	if Jorig, _ := CostFunction(theta, X, y); !near(Jorig, J, 1e-12) {
		t.Errorf("J at θ in original units = %.17g, want the normalized J %.17g", Jorig, J)
	}
}

func TestGradientDescentHistoryNonIncreasing(t *testing.T) {
	X, y := load(t, "challenger.csv")
	for _, lambda := range []float64{0, 1} {
		_, history := GradientDescent(X, y, []float64{0, 0}, 1e-4, 500, lambda)
		for k := 1; k < len(history); k++ {
			if history[k] > history[k-1] {
				t.Fatalf("λ=%g: J rose at iteration %d: %.17g > %.17g", lambda, k, history[k], history[k-1])
			}
		}
		if J0, _ := CostFunctionReg([]float64{0, 0}, X, y, lambda); !(history[len(history)-1] < J0) {
			t.Errorf("λ=%g: J after 500 iterations %g, not below J(0) = %g", lambda, history[len(history)-1], J0)
		}
	}
}

func TestPredict(t *testing.T) {
	tests := []struct {
		name  string
		theta []float64
		X     [][]float64
		want  []float64
	}{
		{"h = 0.5 predicts 1", []float64{0, 1}, [][]float64{{1, -1}, {1, 0}, {1, 2}}, []float64{0, 1, 1}},
		{"intercept only", []float64{-3}, [][]float64{{1}, {1}}, []float64{0, 0}},
		{"two features", []float64{-1, 2, -3}, [][]float64{{1, 1, 0}, {1, 1, 1}, {1, 3, 1}}, []float64{1, 0, 1}},
	}
	for _, tt := range tests {
		if got := Predict(tt.theta, tt.X); !nearAll(got, tt.want, 0) {
			t.Errorf("%s: Predict(%g, %g) = %g, want %g", tt.name, tt.theta, tt.X, got, tt.want)
		}
	}
}

func TestFeatureNormalize(t *testing.T) {
	X := [][]float64{{1, 1, 10, 5}, {1, 2, 20, 5}, {1, 3, 60, 5}}
	Xn, mu, sigma := FeatureNormalize(X)
	wantMu := []float64{0, 2, 30, 5}
	wantSigma := []float64{1, 1, math.Sqrt(700), 1} // Octave's std: divide by m − 1; a constant column keeps 1
	if !nearAll(mu, wantMu, 1e-15) || !nearAll(sigma, wantSigma, 1e-15) {
		t.Errorf("FeatureNormalize μ, σ = %g, %g, want %g, %g", mu, sigma, wantMu, wantSigma)
	}
	if want := []float64{1, -1, -20 / math.Sqrt(700), 0}; !nearAll(Xn[0], want, 1e-15) {
		t.Errorf("FeatureNormalize row 0 = %g, want %g", Xn[0], want)
	}
	if X[0][1] != 1 {
		t.Errorf("FeatureNormalize modified X")
	}
	// θ maps back and forth, and θᵀx = θnormᵀxnorm.
	theta := []float64{0.5, -1, 0.25, 2}
	thetaN := ThetaToNormalized(theta, mu, sigma)
	if back := ThetaToOriginal(thetaN, mu, sigma); !nearAll(back, theta, 1e-14) {
		t.Errorf("ThetaToOriginal(ThetaToNormalized(%g)) = %g", theta, back)
	}
	for i := range X {
		if a, b := dot(theta, X[i]), dot(thetaN, Xn[i]); !near(a, b, 1e-14) {
			t.Errorf("row %d: θᵀx = %.17g, θnormᵀxnorm = %.17g", i, a, b)
		}
	}
}

// ——— 2. Newton's method, and the damped-Newton driver every fit uses ———

// optima holds the unregularized optima of REFERENCE.md.
var optima = []struct {
	data             string
	theta            []float64
	J                float64
	se, z            []float64
	zTol             float64 // see TestNewtonReference
	p                []float64
	correct          int
	nullDeviance     float64
	residualDeviance float64
}{
	{
		data:             "iris_vv.csv",
		theta:            []float64{-45.272343772129524, 5.7545323188879465, 10.44669989466631},
		J:                0.10281754051696816,
		se:               []float64{13.611668397567227, 2.3059124319462314, 3.7556509809334404},
		z:                []float64{-3.3259952812675055, 2.495555491971483, 2.7815950170352015},
		zTol:             1e-7,
		correct:          94,
		nullDeviance:     138.62943611198907,
		residualDeviance: 20.56350810339363,
	},
	{
		data:             "challenger.csv",
		theta:            []float64{15.042901647702442, -0.23216274421859648},
		J:                0.4416346236492789,
		se:               []float64{7.3786363849165655, 0.10823652164928543},
		z:                []float64{2.0387102525426086, -2.144957549273736},
		zTol:             1e-11,
		p:                []float64{0.04147895391119157, 0.031956241249327035},
		correct:          20,
		nullDeviance:     28.2671527342935,
		residualDeviance: 20.31519268786683,
	},
}

func TestNewtonReference(t *testing.T) {
	for _, tt := range optima {
		X, y := load(t, tt.data)
		theta, history, gradNorm, err := Newton(X, y, make([]float64, len(X[0])), 0, 100)
		if err != nil {
			t.Fatalf("%s: Newton: %v", tt.data, err)
		}
		if !nearAll(theta, tt.theta, 1e-11) {
			t.Errorf("%s: Newton θ = %.17g, want %.17g", tt.data, theta, tt.theta)
		}
		if len(history) > 15 {
			t.Errorf("%s: Newton took %d steps, want at most 15", tt.data, len(history))
		}
		if J := history[len(history)-1]; !near(J, tt.J, tol) {
			t.Errorf("%s: Newton J = %.17g, want %.17g", tt.data, J, tt.J)
		}
		if gradNorm > 1e-13 {
			t.Errorf("%s: Newton ‖grad‖ = %g, want rounding level", tt.data, gradNorm)
		}
		if d := 2 * float64(len(X)) * tt.J; !near(d, tt.residualDeviance, 1e-13) {
			t.Errorf("%s: residual deviance 2mJ = %.17g, want %.17g", tt.data, d, tt.residualDeviance)
		}
		se, z, p, err := StdErrors(theta, X)
		if err != nil {
			t.Fatalf("%s: StdErrors: %v", tt.data, err)
		}
		if !nearAll(se, tt.se, 1e-12) {
			t.Errorf("%s: StdErrors se = %.17g, want %.17g", tt.data, se, tt.se)
		}
		// z = θ/se to the last digits of the reference θ and se...
		for k := range z {
			if want := tt.theta[k] / tt.se[k]; !near(z[k], want, 1e-12) {
				t.Errorf("%s: z[%d] = %.17g, want θ/se = %.17g", tt.data, k, z[k], want)
			}
		}
		// ...while REFERENCE.md's z values for iris are R's, off from its own
		// θ/se by 2e-8 (R's glm stops at a relative change in deviance of 1e-8).
		if !nearAll(z, tt.z, tt.zTol) {
			t.Errorf("%s: z = %.17g, want %.17g", tt.data, z, tt.z)
		}
		if tt.p != nil && !nearAll(p, tt.p, 1e-10) {
			t.Errorf("%s: p = %.17g, want %.17g", tt.data, p, tt.p)
		}
		correct := 0
		for i, pred := range Predict(theta, X) {
			if pred == y[i] {
				correct++
			}
		}
		if correct != tt.correct {
			t.Errorf("%s: Predict is right for %d of %d, want %d", tt.data, correct, len(y), tt.correct)
		}
		// The null model: the intercept alone.
		ones := make([][]float64, len(X))
		for i := range ones {
			ones[i] = X[i][:1]
		}
		_, history, _, err = Newton(ones, y, []float64{0}, 0, 100)
		if d := 2 * float64(len(X)) * history[len(history)-1]; err != nil || !near(d, tt.nullDeviance, 1e-13) {
			t.Errorf("%s: null deviance = %.17g (%v), want %.17g", tt.data, d, err, tt.nullDeviance)
		}
	}
}

func TestChallengerAt31F(t *testing.T) {
	X, y := load(t, "challenger.csv")
	theta, _, _, err := Newton(X, y, []float64{0, 0}, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Hypothesis(theta, []float64{1, 31}), 0.9996087828849318; !near(got, want, 1e-12) {
		t.Errorf("Hypothesis(θ, 31 °F) = %.17g, want %.17g", got, want)
	}
}

// A finite optimum with huge weights: 118 points in a noisy disc, mapped to
// degree 6 as the course's ex2data2, are not separable, but only just, and
// the unregularized optimum has ‖θ‖ near 1e4. Newton must reach it, from
// two starts, and not give up or call it separable.
func TestNewtonHugeFiniteOptimum(t *testing.T) {
	s := lcg(25)
	var X [][]float64
	var y []float64
	for range 118 {
		x1, x2 := 2*s.next()-1, 2*s.next()-1
		noise := (s.next() + s.next() + s.next() - 1.5) * 0.4
		label := 0.0
		if x1*x1+x2*x2+noise < 0.5 {
			label = 1
		}
		X = append(X, MapFeature(x1, x2, 6))
		y = append(y, label)
	}
	theta, history, gradNorm, err := Newton(X, y, make([]float64, 28), 0, 100)
	if err != nil {
		t.Fatalf("Newton: %v", err)
	}
	if norm(theta) < 5000 || gradNorm > 1e-12 {
		t.Errorf("Newton: ‖θ‖ = %.4g after %d steps, ‖grad‖ = %.3g; want ‖θ‖ > 5000 and the gradient at rounding level", norm(theta), len(history), gradNorm)
	}
	start := make([]float64, 28)
	start[0] = 1
	other, _, _, err := Newton(X, y, start, 0, 100)
	if err != nil || !nearAll(other, theta, 1e-8) {
		t.Errorf("Newton from another start: %v; θ differs from the first by more than 1e-8", err)
	}
}

// A feature far from 0, or in large or small units, gives the same slopes
// and standard errors as the plain one: Newton centers the features, so the
// offset is not squared into the Hessian.
func TestNewtonShiftedFeature(t *testing.T) {
	tests := []struct {
		data         string
		column       int
		shift, scale float64
	}{
		{"iris_vv.csv", 1, 1e7, 1},
		{"iris_vv.csv", 1, 1e8, 1},
		{"iris_vv.csv", 2, -1e8, 1},
		{"challenger.csv", 1, 1e8, 1},
		{"iris_vv.csv", 1, 0, 1e5},
		{"iris_vv.csv", 2, 0, 1e-6},
		{"iris_vv.csv", 1, 1e6, 1e3},     // 1e9 + x·1e3
		{"iris_vv.csv", 1, 0, 1e200},     // x² would overflow
		{"challenger.csv", 1, 0, 1e-200}, // x² would underflow
		{"iris_vv.csv", 2, 3e200, 1e199},
	}
	for _, tt := range tests {
		X, y := load(t, tt.data)
		Xs := make([][]float64, len(X))
		for i, x := range X {
			Xs[i] = append([]float64(nil), x...)
			Xs[i][tt.column] = x[tt.column]*tt.scale + tt.shift
			// the shift rounds the data (1.4 − 1e8 is 1.4 ± 7e-9): the
			// reference is the rounded data shifted back, exactly
			X[i][tt.column] = (Xs[i][tt.column] - tt.shift) / tt.scale
		}
		theta, _, _, err := Newton(X, y, make([]float64, len(X[0])), 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		se, _, _, _ := StdErrors(theta, X)
		thetaS, _, _, err := Newton(Xs, y, make([]float64, len(X[0])), 0, 100)
		if err != nil {
			t.Errorf("%s, column %d × %g + %g: Newton: %v", tt.data, tt.column, tt.scale, tt.shift, err)
			continue
		}
		seS, _, _, err := StdErrors(thetaS, Xs)
		if err != nil {
			t.Errorf("%s, column %d × %g + %g: StdErrors: %v", tt.data, tt.column, tt.scale, tt.shift, err)
			continue
		}
		for j := 1; j < len(theta); j++ {
			want, wantSE := theta[j], se[j]
			if j == tt.column {
				want, wantSE = want/tt.scale, wantSE/tt.scale
			}
			if !near(thetaS[j], want, 1e-8) || !near(seS[j], wantSE, 1e-7) {
				t.Errorf("%s, column %d × %g + %g: θ%d = %.12g (se %.12g), want %.12g (se %.12g)",
					tt.data, tt.column, tt.scale, tt.shift, j, thetaS[j], seS[j], want, wantSE)
			}
		}
		// the intercept moves by θⱼ·shift and the fitted probabilities are the
		// same, but for the rounding of θᵀx = θ₀ + …, where θ₀ ≈ −θⱼ·shift: 1e-7 in z
		if h, want := Hypothesis(thetaS, Xs[0]), Hypothesis(theta, X[0]); !near(h, want, 1e-6) {
			t.Errorf("%s, column %d × %g + %g: h(x⁽¹⁾) = %.12g, want %.12g", tt.data, tt.column, tt.scale, tt.shift, h, want)
		}
	}
}

func TestNewtonIterationLimit(t *testing.T) {
	X, y := load(t, "iris_vv.csv")
	_, history, _, err := Newton(X, y, []float64{0, 0, 0}, 0, 3)
	if !errors.Is(err, ErrNotConverged) || len(history) != 3 || !strings.Contains(err.Error(), "iteration limit (3)") {
		t.Errorf("Newton(maxIter=3) = %d steps, %v; want 3 steps and ErrNotConverged naming the limit", len(history), err)
	}
}

// Newton on one class: no finite optimum for any λ, said at once.
func TestNewtonOneClass(t *testing.T) {
	X, _ := load(t, "iris_vv.csv")
	for _, label := range []float64{0, 1} {
		y := make([]float64, len(X))
		for i := range y {
			y[i] = label
		}
		for _, lambda := range []float64{0, 1} {
			_, history, _, err := Newton(X, y, make([]float64, 3), lambda, 100)
			if !errors.Is(err, ErrSeparable) || len(history) != 0 || !strings.Contains(err.Error(), fmt.Sprintf("every label is %g", label)) {
				t.Errorf("Newton(every label %g, λ=%g) = %d steps, %v; want ErrSeparable at once", label, lambda, len(history), err)
			}
		}
	}
}

// One damped-Newton driver: the step halving, the stopping rule and the
// stale-Hessian rule are written once, in minimize, which the binary fit,
// the profile's constrained fits and softmax all call.
func TestOneNewtonDriver(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "logreg.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	uses := map[string]map[string]bool{} // function → the names it uses
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok {
			uses[fn.Name.Name] = map[string]bool{}
			ast.Inspect(fn, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					uses[fn.Name.Name][id.Name] = true
				}
				return true
			})
		}
	}
	for _, rule := range []string{"maxHalvings", "newtonTol", "staleTol"} {
		for fn, names := range uses {
			if names[rule] && fn != "minimize" {
				t.Errorf("%s uses %s: the driver's rules belong to minimize alone", fn, rule)
			}
		}
	}
	for _, fn := range []string{"newton", "constrainedFit", "Multinomial"} {
		if !uses[fn]["minimize"] {
			t.Errorf("%s does not call minimize", fn)
		}
	}
}

// ——— 3. Diagnoses: separation, quasi-separation, the rank of X ———

func TestNewtonSeparable(t *testing.T) {
	X := [][]float64{{1, 0}, {1, 1}, {1, 2}, {1, 3}}
	y := []float64{0, 0, 1, 1}
	theta, _, _, err := Newton(X, y, []float64{0, 0}, 0, 100)
	if !errors.Is(err, ErrSeparable) {
		t.Fatalf("Newton(λ=0) on separable data: err = %v, want ErrSeparable", err)
	}
	if !Separates(theta, X, y) {
		t.Errorf("Newton returned θ = %g with ErrSeparable, but it does not separate the data", theta)
	}
	theta, history, _, err := Newton(X, y, []float64{0, 0}, 1, 100)
	if err != nil {
		t.Fatalf("Newton(λ=1): %v", err)
	}
	if want := []float64{-1.4374289, 0.95828595}; !nearAll(theta, want, 1e-7) {
		t.Errorf("Newton(λ=1) θ = %.10g, want %.8g", theta, want)
	}
	if J, want := history[len(history)-1], 0.46235212; !near(J, want, 1e-8) {
		t.Errorf("Newton(λ=1) J = %.10g, want %.8g", J, want)
	}
}

// Quasi-separation: the examples at x = 2 have both labels, the others are
// separated there, so no θ separates strictly but J has no minimum.
func TestNewtonQuasiSeparated(t *testing.T) {
	X := [][]float64{{1, 0}, {1, 1}, {1, 2}, {1, 2}, {1, 3}, {1, 4}}
	y := []float64{0, 0, 0, 1, 1, 1}
	_, _, _, err := Newton(X, y, []float64{0, 0}, 0, 100)
	var q *QuasiSeparationError
	if !errors.As(err, &q) || !errors.Is(err, ErrQuasiSeparated) || errors.Is(err, ErrSeparable) {
		t.Fatalf("Newton on quasi-separated data: err = %v, want a *QuasiSeparationError", err)
	}
	if want := []int{0, 1, 4, 5}; fmt.Sprint(q.Separated) != fmt.Sprint(want) {
		t.Errorf("Newton on quasi-separated data: separated examples %v, want %v", q.Separated, want)
	}
	if _, _, _, err := Newton(X, y, []float64{0, 0}, 0.5, 100); err != nil {
		t.Errorf("Newton(λ=0.5) on quasi-separated data: %v, want convergence", err)
	}
}

func TestNewtonSingular(t *testing.T) {
	tests := []struct {
		name     string
		X        [][]float64
		column   int
		constant bool
	}{
		{"duplicated column", [][]float64{{1, 0, 0}, {1, 1, 1}, {1, 2, 2}, {1, 3, 3}, {1, 1.5, 1.5}}, 2, false},
		{"constant column", [][]float64{{1, 4, 0}, {1, 4, 1}, {1, 4, 2}, {1, 4, 3}, {1, 4, 1.5}}, 1, true},
		{"a sum of two columns, rounded", [][]float64{{1, 0.1, 0.7, 0.8}, {1, 0.2, 0.3, 0.5}, {1, 0.3, 0.9, 1.2}, {1, 0.7, 0.1, 0.8}, {1, 0.5, 0.6, 1.1}}, 3, false},
		{"constant to rounding", [][]float64{{1, 0.3, 0}, {1, 0.1 + 0.2, 1}, {1, 0.3, 2}, {1, 0.3, 3}, {1, 0.1 + 0.2, 1.5}}, 1, true},
	}
	y := []float64{0, 1, 0, 1, 1}
	for _, tt := range tests {
		start := make([]float64, len(tt.X[0]))
		_, _, _, err := Newton(tt.X, y, start, 0, 100)
		var col *ColumnError
		if !errors.As(err, &col) || !errors.Is(err, ErrSingular) || col.Column != tt.column || col.Constant != tt.constant {
			t.Errorf("%s: Newton err = %v, want a *ColumnError for column %d (constant %v)", tt.name, err, tt.column, tt.constant)
		}
		if _, _, _, err := Newton(tt.X, y, start, 1, 100); err != nil {
			t.Errorf("%s: Newton(λ=1): %v, want convergence", tt.name, err)
		}
	}
}

// Each way of having no finite optimum gets its own name, and a finite
// optimum with a far-out example gets none.
func TestNewtonDiagnoses(t *testing.T) {
	iris, irisY := load(t, "iris_vv.csv")
	flagged := func(i int) float64 { // 1 for every third virginica only: quasi-separation along θ3
		if irisY[i] == 1 && i%3 == 0 {
			return 1
		}
		return 0
	}
	var flaggedExamples []int
	for i := range irisY {
		if flagged(i) == 1 {
			flaggedExamples = append(flaggedExamples, i)
		}
	}
	// iris with one more virginica far out (petal length 30 cm): fitted at
	// h = 1 − 1e-60, yet the optimum is finite
	farX := append(append([][]float64(nil), iris...), []float64{1, 30, 2})
	farY := append(append([]float64(nil), irisY...), 1)
	tests := []struct {
		name      string
		X         [][]float64
		y         []float64
		start     []float64
		want      error // nil for a finite optimum
		separated []int // the examples a *QuasiSeparationError names
	}{
		{"quasi-separated, full rank (the issue's four rows)",
			[][]float64{{1, 1, 2}, {1, 3, 4}, {1, 5, 6}, {1, 2, 5}}, []float64{0, 1, 0, 1}, nil, ErrQuasiSeparated, []int{3}},
		{"quasi-separated by a binary feature", withColumn(iris, flagged), irisY, nil, ErrQuasiSeparated, flaggedExamples},
		{"quasi-separated, one feature", [][]float64{{1, 0}, {1, 1}, {1, 2}, {1, 2}, {1, 3}, {1, 4}}, []float64{0, 0, 0, 1, 1, 1}, nil, ErrQuasiSeparated, []int{0, 1, 4, 5}},
		{"completely separated", [][]float64{{1, 0}, {1, 1}, {1, 2}, {1, 3}}, []float64{0, 0, 1, 1}, nil, ErrSeparable, nil},
		{"a finite optimum with an example fitted at 1 − 1e-60", farX, farY, nil, nil, nil},
		{"a poor start (every example at h ≈ 1)", scaled(iris, 10), irisY, []float64{0, 1, 1}, ErrBadStart, nil},
		{"the same data from θ = 0", scaled(iris, 10), irisY, nil, nil, nil},
		{"fewer examples than parameters", [][]float64{{1, 1, 2, 3}, {1, 4, 5, 7}, {1, 2, 2, 2}}, []float64{0, 1, 0}, nil, ErrUnderdetermined, nil},
	}
	for _, tt := range tests {
		start := tt.start
		if start == nil {
			start = make([]float64, len(tt.X[0]))
		}
		_, _, _, err := Newton(tt.X, tt.y, start, 0, 100)
		if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: Newton err = %v, want %v", tt.name, err, tt.want)
			continue
		}
		var q *QuasiSeparationError
		if errors.As(err, &q) && fmt.Sprint(q.Separated) != fmt.Sprint(tt.separated) {
			t.Errorf("%s: separated examples %v, want %v", tt.name, q.Separated, tt.separated)
		}
		for _, other := range []error{ErrSeparable, ErrQuasiSeparated, ErrBadStart, ErrSingular, ErrNotConverged, ErrUnderdetermined} {
			if other != tt.want && errors.Is(err, other) {
				t.Errorf("%s: Newton err = %v, which is also %v", tt.name, err, other)
			}
		}
	}
}

// Sixty grid data sets whose verdicts and separated examples were found
// independently, by scipy's linprog (HiGHS) on the same linear program
// (maximize Σ margins subject to margins ≥ 0, |dⱼ| ≤ 1, repeated on the
// examples not yet separated), and by numpy's matrix_rank for the singular one.
func TestNewtonGridSeparation(t *testing.T) {
	tests := []struct {
		seed      int
		want      error
		separated int // how many examples a *QuasiSeparationError names
	}{
		{1, nil, 0}, {2, ErrQuasiSeparated, 16}, {3, ErrSeparable, 0}, {4, nil, 0},
		{5, ErrQuasiSeparated, 18}, {6, ErrQuasiSeparated, 25}, {7, ErrQuasiSeparated, 35}, {8, nil, 0},
		{9, ErrQuasiSeparated, 56}, {10, ErrQuasiSeparated, 18}, {11, ErrQuasiSeparated, 19}, {12, nil, 0},
		{13, nil, 0}, {14, nil, 0}, {15, ErrSeparable, 0}, {16, nil, 0},
		{17, nil, 0}, {18, ErrSeparable, 0}, {19, ErrQuasiSeparated, 50}, {20, nil, 0},
		{21, ErrSeparable, 0}, {22, ErrQuasiSeparated, 31}, {23, ErrQuasiSeparated, 33}, {24, nil, 0},
		{25, ErrQuasiSeparated, 16}, {26, ErrQuasiSeparated, 22}, {27, ErrQuasiSeparated, 37}, {28, nil, 0},
		{29, nil, 0}, {30, ErrSeparable, 0}, {31, ErrQuasiSeparated, 23}, {32, nil, 0},
		{33, ErrQuasiSeparated, 47}, {34, nil, 0}, {35, ErrSingular, 0}, {36, nil, 0},
		{37, nil, 0}, {38, ErrQuasiSeparated, 38}, {39, ErrSeparable, 0}, {40, nil, 0},
		{41, nil, 0}, {42, ErrQuasiSeparated, 38}, {43, ErrQuasiSeparated, 39}, {44, nil, 0},
		{45, ErrSeparable, 0}, {46, ErrQuasiSeparated, 27}, {47, ErrQuasiSeparated, 33}, {48, nil, 0},
		{49, nil, 0}, {50, ErrSeparable, 0}, {51, ErrSeparable, 0}, {52, nil, 0},
		{53, nil, 0}, {54, ErrQuasiSeparated, 52}, {55, ErrQuasiSeparated, 18}, {56, nil, 0},
		{57, ErrQuasiSeparated, 36}, {58, ErrQuasiSeparated, 47}, {59, nil, 0}, {60, nil, 0},
	}
	for _, tt := range tests {
		X, y := gridData(tt.seed, 20+tt.seed%5*10, 1+tt.seed%4, []float64{0.1, 0.3, 0.6}[tt.seed%3])
		_, _, _, err := Newton(X, y, make([]float64, len(X[0])), 0, 300)
		var q *QuasiSeparationError
		switch {
		case tt.want == nil && err != nil, tt.want != nil && !errors.Is(err, tt.want):
			t.Errorf("grid %d: Newton err = %v, want %v", tt.seed, err, tt.want)
		case errors.As(err, &q) && len(q.Separated) != tt.separated:
			t.Errorf("grid %d: %d examples separated, want %d", tt.seed, len(q.Separated), tt.separated)
		}
	}
}

// The linear program of separation, on data whose answer is known by hand,
// and diagnose's verdict from it after a stall.
func TestSeparation(t *testing.T) {
	tests := []struct {
		name      string
		X         [][]float64
		y         []float64
		separated []int
		want      error
	}{
		{"completely separated", [][]float64{{1, 0}, {1, 1}, {1, 2}, {1, 3}}, []float64{0, 0, 1, 1}, []int{0, 1, 2, 3}, ErrSeparable},
		{"quasi-separated: the examples at x = 2 overlap", [][]float64{{1, 0}, {1, 1}, {1, 2}, {1, 2}, {1, 3}, {1, 4}}, []float64{0, 0, 0, 1, 1, 1}, []int{0, 1, 4, 5}, ErrQuasiSeparated},
		{"quasi-separated in two rounds", [][]float64{{1, 0, 0}, {1, 1, 0}, {1, 2, 0}, {1, 2, 0}, {1, 2, 1}, {1, 2, 2}, {1, 3, 0}}, []float64{0, 0, 0, 1, 0, 1, 1}, nil, ErrQuasiSeparated},
		{"overlapping: a finite optimum", [][]float64{{1, 0}, {1, 1}, {1, 2}, {1, 3}}, []float64{0, 1, 0, 1}, nil, nil},
	}
	for _, tt := range tests {
		c := newStandardizer(tt.X)
		d := newSample(tt.X, tt.y, nil)
		separated, _, decided := separation(d, c)
		if !decided || tt.separated != nil && fmt.Sprint(separated) != fmt.Sprint(tt.separated) || tt.want == nil && separated != nil {
			t.Errorf("%s: separation = %v (decided %v), want %v", tt.name, separated, decided, tt.separated)
		}
		_, _, _, fit := newtonPass(make([]float64, len(tt.X[0])), c, d, 0, false) // θ = 0: every margin 0
		err := diagnose(c, d, 0, fit, 1, errors.New("a stall"), false)
		if tt.want == nil && !errors.Is(err, ErrNotConverged) || tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: diagnose after a stall = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// Quasi-separation whatever the z at which Newton stops: 5000 examples of
// which a binary feature, rare, is 1 for 3, all y = 1. The fit's steps
// reached rounding level at rare ≈ 22.4 (|z| < 25, se 70265), and it was
// called converged; the collapse of the Hessian's weights along rare sends
// it to the linear program, which names the 3.
func TestNewtonQuasiSeparatedAtSmallZ(t *testing.T) {
	var X [][]float64
	var y []float64
	for i := range 5000 {
		x := math.Sin(float64(i)*1.7) * 1.5
		rare := 0.0
		if i == 100 || i == 2000 || i == 4000 {
			rare = 1
		}
		u := math.Mod(math.Abs(math.Sin(float64(i)*12.9898)*43758.5453), 1)
		label := 0.0
		if rare == 1 || u < Sigmoid(0.2+0.8*x) {
			label = 1
		}
		X, y = append(X, []float64{1, x, rare}), append(y, label)
	}
	for _, m := range []int{500, 5000} {
		_, _, _, err := Newton(X[:m], y[:m], []float64{0, 0, 0}, 0, 100)
		var q *QuasiSeparationError
		if !errors.As(err, &q) || fmt.Sprint(q.Separated) != fmt.Sprint([]int{100, 2000, 4000}[:1+boolInt(m > 2000)*2]) {
			t.Errorf("m = %d: %v, want a *QuasiSeparationError naming the rare examples", m, err)
		}
	}
}

// ——— 4. Statistics of an unregularized fit ———

// Hessian against central differences of the gradient, with λ.
func TestHessian(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	X, y, theta := randomProblem(r, 60, 4)
	const lambda = 0.8
	H := Hessian(theta, X, lambda)
	for k := range theta {
		d := 1e-5
		th := append([]float64(nil), theta...)
		th[k] += d
		_, plus := CostFunctionReg(th, X, y, lambda)
		th[k] -= 2 * d
		_, minus := CostFunctionReg(th, X, y, lambda)
		for j := range theta {
			if num := (plus[j] - minus[j]) / (2 * d); math.Abs(num-H[j][k]) > 1e-8 {
				t.Errorf("H[%d][%d] = %.12g, central difference of the gradient %.12g", j, k, H[j][k], num)
			}
		}
	}
}

// The statistician's report against R 4.2 (glm with epsilon 1e-15; the null
// model glm(y ~ 1); Wald intervals θ ± z·se with se at the converged θ;
// predict(type = "link", se.fit = TRUE); the AUC by ranks), on the bundled
// data and two of R's data sets, mtcars (am ~ hp + wt) and infert (case ~
// age + parity + induced + spontaneous). The profile bounds are checked
// against R's own exact root finding — uniroot (tol 1e-14) on the deviance of
// glm.fit with θₖ fixed by an offset — and against MASS::confint, whose spline
// is off by up to 1.3e-3 here (checked to 3e-3). (For mtcars' wt, R's offset fits fail below
// θ = −16.9, and its uniroot lands at −16.7066, where the deviance is 0.29
// below the bound; that entry is NaN, and MASS, −17.2087, agrees with ours.)
func TestStatisticsAgainstR(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		data                           string
		residual, null, aic, pLR       float64
		waldLo, waldHi, profLo, profHi []float64
		massLo, massHi                 []float64
		predX                          []float64 // the first example, its first feature × 0.9
		pred, predLo, predHi, predSE   float64
		auc                            float64
		tp, fp, tn, fn                 int
	}{
		{"challenger.csv", 20.315192687866823, 28.2671527342935, 24.315192687866823, 0.0048035325101403103,
			[]float64{0.58104007824868198, -0.44430242846309365}, []float64{29.504763217156281, -0.020023059974100338},
			[]float64{3.3286977933714277, -0.51543253759528651}, []float64{34.339582609498905, -0.060786257198653632},
			[]float64{3.3305847689470003, -0.51547175147932334}, []float64{34.342151236458527, -0.060820761390552543},
			[]float64{1, 59.4}, 0.77772102466048854, 0.29598855605592239, 0.96679683274739425, 1.0810956108665117,
			0.78125, 4, 0, 16, 3},
		{"iris_vv.csv", 20.56350810339363, 138.62943611198907, 26.563508103393627, 2.3030824320838728e-26,
			[]float64{-71.95072360085841, 1.2350270007706694, 3.0857592335347546}, []float64{-18.593963943400471, 10.274037637005206, 17.807640555797814},
			[]float64{-81.352279224234863, 2.166447619873249, 4.1736359803169529}, []float64{-25.031302797532824, 11.866881858729261, 19.557178409332259},
			[]float64{-81.35901410312826, 2.167534171301873, 4.175028226570733}, []float64{-25.047477293039861, 11.867964945059761, 19.558320266211744},
			[]float64{1, 4.23, 1.4}, 0.0018232819058628886, 3.9056308189990611e-05, 0.078701829758768063, 1.9618599708600091,
			0.994, 47, 3, 47, 3},
		{"mtcars_am.csv", 10.059110472266987, 43.229733276857807, 16.059110472266987, 6.2674485478383584e-08,
			[]float64{4.2771922815403993, 0.0014972922953254628, -14.097968202458711}, []float64{33.455405152867861, 0.071013899869107666, -2.0689821624305633},
			[]float64{8.3664978189327002, 0.010594272764954912, nan}, []float64{40.550747572955991, 0.090552356299417422, -3.7695301535086441},
			[]float64{8.3762669798435745, 0.010608135810902222, -17.208693526552704}, []float64{40.550841854271141, 0.090554098294896107, -3.7730697608647756},
			[]float64{1, 99, 2.62}, 0.78192124237420901, 0.26685128725326723, 0.97246704506635295, 1.1671412364554379,
			0.98380566801619429, 12, 1, 18, 1},
		{"infert.csv", 260.94336748711834, 316.17111081640439, 270.94336748711834, 2.910881574217334e-11,
			[]float64{-4.8207487089828644, -0.0058952719573217988, -1.063414854264765, 0.62151116379234694, 1.3400328162814916},
			[]float64{-0.88403202632564604, 0.11225724692157529, -0.35424527147498081, 1.7578012575869788, 2.5106436592832058},
			[]float64{-4.874311877010685, -0.0054226077151667187, -1.0814869016834758, 0.6361197425009828, 1.36636487264462},
			[]float64{-0.92218378141519208, 0.11325089885488254, -0.36921193690657172, 1.7773833678640001, 2.5412386962107285},
			[]float64{-4.8743889149270787, -0.0054226904122452631, -1.0814899845110424, 0.63613263222232697, 1.3663674774200618},
			[]float64{-0.92221854321450347, 0.11325303384445755, -0.36921624502821287, 1.7774031681928295, 2.5412466284268258},
			[]float64{1, 23.4, 6, 1, 2}, 0.30563568500766841, 0.11845870702850023, 0.59046826774031469, 0.60537054078183961,
			0.77123037604965317, 39, 19, 146, 44},
	}
	for _, tt := range tests {
		X, y := load(t, tt.data)
		theta, _, _, err := Newton(X, y, make([]float64, len(X[0])), 0, 100)
		if err != nil {
			t.Fatalf("%s: %v", tt.data, err)
		}
		residual, null, aic := Deviances(theta, X, y)
		p := ChiSquareUpper(null-residual, len(theta)-1)
		for _, c := range []struct {
			what      string
			got, want float64
		}{{"residual deviance", residual, tt.residual}, {"null deviance", null, tt.null}, {"AIC", aic, tt.aic}, {"LR p-value", p, tt.pLR}} {
			if !near(c.got, c.want, 1e-10) {
				t.Errorf("%s: %s = %.17g, want %.17g", tt.data, c.what, c.got, c.want)
			}
		}
		cov, err := NewCovariance(theta, X)
		if err != nil {
			t.Fatal(err)
		}
		z := NormalQuantile(0.975)
		for k := range theta {
			se := cov.SE(unit(len(theta), k))
			if lo, hi := theta[k]-z*se, theta[k]+z*se; !near(lo, tt.waldLo[k], 1e-10) || !near(hi, tt.waldHi[k], 1e-10) {
				t.Errorf("%s: θ%d Wald interval [%.17g, %.17g], want [%.17g, %.17g]", tt.data, k, lo, hi, tt.waldLo[k], tt.waldHi[k])
			}
			lo, hi, err := ProfileInterval(theta, X, y, k, 0.95)
			if err != nil {
				t.Fatalf("%s: θ%d: %v", tt.data, k, err)
			}
			for _, b := range []struct {
				got, exact, mass float64
			}{{lo, tt.profLo[k], tt.massLo[k]}, {hi, tt.profHi[k], tt.massHi[k]}} {
				if !math.IsNaN(b.exact) && !near(b.got, b.exact, 1e-8) || !near(b.got, b.mass, 3e-3) {
					t.Errorf("%s: θ%d profile bound %.17g, want %.17g (R, uniroot), %.17g (MASS, to 3e-3)", tt.data, k, b.got, b.exact, b.mass)
				}
			}
		}
		eta, se := dot(theta, tt.predX), cov.SE(tt.predX)
		for _, c := range []struct {
			what      string
			got, want float64
		}{{"h", Sigmoid(eta), tt.pred}, {"lower", Sigmoid(eta - z*se), tt.predLo}, {"upper", Sigmoid(eta + z*se), tt.predHi}, {"se(θᵀx)", se, tt.predSE}} {
			if !near(c.got, c.want, 1e-10) {
				t.Errorf("%s: prediction %s = %.17g, want %.17g", tt.data, c.what, c.got, c.want)
			}
		}
		h := make([]float64, len(y))
		for i := range y {
			h[i] = Hypothesis(theta, X[i])
		}
		if got := AUC(h, y); got != tt.auc {
			t.Errorf("%s: AUC = %.17g, want %.17g", tt.data, got, tt.auc)
		}
		_, stdout, _ := runProgram("testdata/" + tt.data)
		if want := fmt.Sprintf("TP = %d, FP = %d, TN = %d, FN = %d", tt.tp, tt.fp, tt.tn, tt.fn); !strings.Contains(stdout, want) {
			t.Errorf("%s: the report lacks %q", tt.data, want)
		}
	}
}

// A Covariance made again from its Parts gives the same standard errors,
// bit for bit, and owns its numbers; parts that do not fit together are a
// *DataError of the kind named.
func TestCovarianceParts(t *testing.T) {
	X, y := load(t, "challenger.csv")
	theta, _, _, err := Newton(X, y, make([]float64, len(X[0])), 0, 50)
	if err != nil {
		t.Fatal(err)
	}
	cov, err := NewCovariance(theta, X)
	if err != nil {
		t.Fatal(err)
	}
	parts := cov.Parts()
	again, err := CovarianceFromParts(parts)
	if err != nil {
		t.Fatal(err)
	}
	as := [][]float64{{1, 0}, {0, 1}, {1, 31}, {1, 70}}
	var want []float64
	for _, a := range as {
		want = append(want, cov.SE(a))
	}
	parts.L[1][0], parts.Mu[1] = 1e9, 1e9 // neither Covariance may see this
	for i, a := range as {
		if got := again.SE(a); got != want[i] {
			t.Errorf("SE(%v) from parts = %.17g, want %.17g", a, got, want[i])
		}
		if got := cov.SE(a); got != want[i] {
			t.Errorf("SE(%v) after changing its parts = %.17g, want %.17g", a, got, want[i])
		}
	}
	good := cov.Parts()
	for _, tt := range []struct {
		name   string
		change func(p *CovarianceParts)
		want   error
	}{
		{"no parameters", func(p *CovarianceParts) { p.Mu, p.S, p.L = nil, nil, nil }, ErrShape},
		{"a short S", func(p *CovarianceParts) { p.S = p.S[:1] }, ErrShape},
		{"a short row of L", func(p *CovarianceParts) { p.L[1] = p.L[1][:1] }, ErrShape},
		{"L not lower-triangular", func(p *CovarianceParts) { p.L[0][1] = 0.5 }, ErrShape},
		{"a zero on L's diagonal", func(p *CovarianceParts) { p.L[1][1] = 0 }, ErrNotFinite},
		{"a NaN in μ", func(p *CovarianceParts) { p.Mu[1] = math.NaN() }, ErrNotFinite},
		{"a negative s", func(p *CovarianceParts) { p.S[1] = -1 }, ErrNotFinite},
		{"W of 0", func(p *CovarianceParts) { p.W = 0 }, ErrArgument},
		{"W of +Inf", func(p *CovarianceParts) { p.W = math.Inf(1) }, ErrArgument},
	} {
		p := good
		p.Mu, p.S, p.L = append([]float64(nil), good.Mu...), append([]float64(nil), good.S...), copyRows(good.L)
		tt.change(&p)
		_, err := CovarianceFromParts(p)
		var de *DataError
		if !errors.Is(err, tt.want) || !errors.As(err, &de) {
			t.Errorf("CovarianceFromParts(%s) = %v, want a *DataError of %v", tt.name, err, tt.want)
		}
	}
}

// Weighted fits against R 4.2's glm (epsilon 1e-14): esoph's cases out of
// cases + controls, glm(cbind(ncases, ncontrols) ~ agegp + alcgp) with the
// factors unordered (treatment contrasts), its model matrix written to
// testdata/esoph_grouped.csv; and MASS's birthwt with prior weights
// w = 1 + age mod 3 + 0.5·[race = 2], glm(low ~ age + lwt, weights = w)
// (testdata/birthwt_weights.csv). θ, standard errors, deviances and AIC (R's
// binomial AIC, with the binomial coefficient for counts) to 1e-9, and the
// standard errors to 1e-8 (R's come from its last iterate but one).
func TestWeightedAgainstR(t *testing.T) {
	tests := []struct {
		data, label, trials, weights string
		features                     []string
		theta, se                    []float64
		residual, null, aic          float64
	}{
		{"esoph_grouped.csv", "ncases", "n", "",
			[]string{"agegp35.44", "agegp45.54", "agegp55.64", "agegp65.74", "agegp75.", "alcgp40.79", "alcgp80.119", "alcgp120."},
			[]float64{-6.1471913613375735, 1.6311214841091297, 3.4258442766626258, 3.9434564512014147, 4.3567765660813809, 4.4242289291461621, 1.4343097417641271, 2.007110366825577, 3.6800123857481415},
			[]float64{1.0418817495287431, 1.0800173875347956, 1.038941576607723, 1.0346267412332837, 1.0413402994994188, 1.0914042645699451, 0.24478577709456481, 0.27761531757609809, 0.37633722472103015},
			105.8811852245167, 367.95345785593372, 238.93610562329096},
		{"birthwt_weights.csv", "low", "", "w", []string{"age", "lwt"},
			[]float64{2.2708281652033104, -0.034979477183699363, -0.017251722118452634},
			[]float64{0.69703459758744957, 0.022231043166378445, 0.0044920231299515057},
			489.44600522711806, 512.83237740010986, 507.05160582141548},
	}
	for _, tt := range tests {
		cols := readColumns(t, tt.data)
		m := len(cols[tt.label])
		X := make([][]float64, m)
		y, w := make([]float64, m), make([]float64, m)
		var trials []float64
		for i := range X {
			X[i] = []float64{1}
			for _, f := range tt.features {
				X[i] = append(X[i], cols[f][i])
			}
			y[i], w[i] = cols[tt.label][i], 1
			if tt.weights != "" {
				w[i] = cols[tt.weights][i]
			}
			if tt.trials != "" {
				n := cols[tt.trials][i]
				y[i], w[i] = y[i]/n, w[i]*n
			}
		}
		if tt.trials != "" {
			trials = cols[tt.trials]
		}
		theta, _, _, err := NewtonWeighted(X, y, w, make([]float64, len(X[0])), 0, 100)
		if err != nil {
			t.Fatalf("%s: %v", tt.data, err)
		}
		if !nearAll(theta, tt.theta, 1e-9) {
			t.Errorf("%s: θ = %v, want %v", tt.data, theta, tt.theta)
		}
		cov, err := NewCovarianceWeighted(theta, X, w)
		if err != nil {
			t.Fatal(err)
		}
		if se, _, _ := cov.Wald(theta); !nearAll(se, tt.se, 1e-8) { // R's se: from its last iterate but one
			t.Errorf("%s: se = %v, want %v", tt.data, se, tt.se)
		}
		residual, null, aic := DeviancesWeighted(theta, X, y, w, trials)
		if !near(residual, tt.residual, 1e-9) || !near(null, tt.null, 1e-9) || !near(aic, tt.aic, 1e-9) {
			t.Errorf("%s: deviances %.17g, %.17g, AIC %.17g; want %.17g, %.17g, %.17g", tt.data, residual, null, aic, tt.residual, tt.null, tt.aic)
		}
	}
}

// Counts are the examples written one by one: esoph's 88 groups as s
// successes of n trials (y = s/n, w = n) fit the same θ, standard errors,
// deviance, profile intervals and AUC as its 975 cases and controls in rows
// of their own; and weights of 1 are no weights, to the bit.
func TestCountsAreExamples(t *testing.T) {
	cols := readColumns(t, "esoph_grouped.csv")
	features := []string{"agegp35.44", "agegp45.54", "agegp55.64", "agegp65.74", "agegp75.", "alcgp40.79", "alcgp80.119", "alcgp120."}
	var Xg, Xe [][]float64
	var yg, wg, ye []float64
	for i, s := range cols["ncases"] {
		x := []float64{1}
		for _, f := range features {
			x = append(x, cols[f][i])
		}
		n := cols["n"][i]
		Xg, yg, wg = append(Xg, x), append(yg, s/n), append(wg, n)
		for k := range int(n) {
			Xe, ye = append(Xe, x), append(ye, float64(boolInt(k < int(s))))
		}
	}
	start := make([]float64, len(features)+1)
	thetaG, _, _, err := NewtonWeighted(Xg, yg, wg, start, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	thetaE, _, _, err := Newton(Xe, ye, start, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if !nearAll(thetaG, thetaE, 1e-11) {
		t.Errorf("θ grouped %v, one by one %v", thetaG, thetaE)
	}
	covG, _ := NewCovarianceWeighted(thetaG, Xg, wg)
	covE, _ := NewCovariance(thetaE, Xe)
	seG, _, _ := covG.Wald(thetaG)
	seE, _, _ := covE.Wald(thetaE)
	if !nearAll(seG, seE, 1e-10) {
		t.Errorf("se grouped %v, one by one %v", seG, seE)
	}
	// the deviances differ by the saturated model's, which is 0 one by one; their differences do not
	rG, nG, _ := DeviancesWeighted(thetaG, Xg, yg, wg, cols["n"])
	rE, nE, _ := Deviances(thetaE, Xe, ye)
	if !near(nG-rG, nE-rE, 1e-10) {
		t.Errorf("null − residual deviance: grouped %.15g, one by one %.15g", nG-rG, nE-rE)
	}
	for _, k := range []int{1, 6} {
		loG, hiG, errG := ProfileIntervalWeighted(thetaG, Xg, yg, wg, k, 0.95)
		loE, hiE, errE := ProfileInterval(thetaE, Xe, ye, k, 0.95)
		if errG != nil || errE != nil || !near(loG, loE, 1e-9) || !near(hiG, hiE, 1e-9) {
			t.Errorf("θ%d's profile interval: grouped (%.12g, %.12g) %v, one by one (%.12g, %.12g) %v", k, loG, hiG, errG, loE, hiE, errE)
		}
	}
	hG, hE := make([]float64, len(Xg)), make([]float64, len(Xe))
	for i, x := range Xg {
		hG[i] = Hypothesis(thetaG, x)
	}
	for i, x := range Xe {
		hE[i] = Hypothesis(thetaG, x)
	}
	if a, b := AUCWeighted(hG, yg, wg), AUC(hE, ye); !near(a, b, 1e-14) {
		t.Errorf("AUC grouped %.17g, one by one %.17g", a, b)
	}
	// weights of 1 are no weights
	X, y := load(t, "infert.csv")
	ones := make([]float64, len(X))
	for i := range ones {
		ones[i] = 1
	}
	theta1, _, g1, _ := Newton(X, y, make([]float64, 5), 0, 100)
	thetaW, _, gW, _ := NewtonWeighted(X, y, ones, make([]float64, 5), 0, 100)
	if fmt.Sprint(theta1, g1) != fmt.Sprint(thetaW, gW) {
		t.Errorf("weights of 1: θ %v, ‖∇J‖ %g; without weights %v, %g", thetaW, gW, theta1, g1)
	}
	at := []float64{-1, 0.02, -0.3, 0.5, 1}
	J1, grad1 := CostFunctionReg(at, X, y, 0.5)
	JW, gradW := CostFunctionWeighted(at, X, y, ones, 0.5)
	if !near(JW, J1, 1e-15) || !nearAll(gradW, grad1, 1e-14) {
		t.Errorf("CostFunctionWeighted with weights of 1: %.17g, %v; CostFunctionReg %.17g, %v", JW, gradW, J1, grad1)
	}
}

// Profile intervals and the even-odds standard error scale with the feature:
// Challenger's temperature times s, from 1e-200 to 1e200, gives the slope's
// bounds divided by s and x₅₀'s standard error times s, to 1e-8. (At 1e14
// and 1e20 a tolerance of 1e-15 in the slope's own units ended the search
// early: (−5.20208, −0.553866)/s against (−5.15433, −0.607863)/s; at 1e-160
// the bounds were the Wald bounds, and θ₁² overflowed the delta method.)
func TestProfileScaleFree(t *testing.T) {
	X, y := load(t, "challenger.csv")
	fit := func(s float64) (lo, hi, x50se float64) {
		Xs := scaled(X, s)
		theta, _, _, err := Newton(Xs, y, []float64{0, 0}, 0, 100)
		if err != nil {
			t.Fatalf("s = %g: %v", s, err)
		}
		lo, hi, err = ProfileInterval(theta, Xs, y, 1, 0.95)
		if err != nil {
			t.Fatal(err)
		}
		cov, _ := NewCovariance(theta, Xs)
		x50 := -theta[0] / theta[1]
		return lo, hi, cov.SE([]float64{1, x50}) / math.Abs(theta[1])
	}
	lo1, hi1, se1 := fit(1)
	for _, s := range []float64{1e-200, 1e-160, 1e-14, 1e14, 1e20, 1e200} {
		lo, hi, se := fit(s)
		if !near(lo*s, lo1, 1e-8) || !near(hi*s, hi1, 1e-8) || !near(se/s, se1, 1e-8) {
			t.Errorf("s = %g: bounds·s (%.12g, %.12g), x₅₀'s se/s %.12g; want (%.12g, %.12g), %.12g", s, lo*s, hi*s, se/s, lo1, hi1, se1)
		}
	}
	r := analyzeRun(t, writeFile(t, "tiny.csv", func() string {
		var b strings.Builder
		b.WriteString("temperature_F,distress\n")
		for i, x := range X {
			fmt.Fprintf(&b, "%.17g,%g\n", x[1]*1e-160, y[i])
		}
		return b.String()
	}()))
	if !near(r.stats.x50se*1e160, se1, 1e-8) {
		t.Errorf("the program's even-odds se at 1e-160: %g, want %g·1e-160", r.stats.x50se, se1)
	}
}

// Firth's fit against R's brglm2 (glm(..., method = "brglmFit", type =
// "AS_mean", epsilon = 1e-12, maxit = 500, start = 0)): θ and the standard
// errors of I(θ̂)⁻¹ to 1e-8 on four ordinary data sets (Challenger, infert,
// iris versicolor/virginica, the first 25 rows of MASS's Pima.tr with glu
// and bmi), one completely separated (iris setosa/versicolor by the sepals,
// testdata/iris_sv.csv) and one quasi-separated (MASS's birthwt, race 1 and
// age < 20, lwt and ptl: testdata/birthwt_sub.csv), where ML has no optimum.
// The score is at rounding level, as ML's is. And esoph's counts, through
// the weights, against brglm2's cbind fit.
func TestFirthAgainstBrglm2(t *testing.T) {
	tests := []struct {
		file      string
		theta, se []float64
	}{
		{"challenger.csv", []float64{11.949515132942278, -0.18604191552379282}, []float64{6.2554386729128257, 0.091582263129696098}},
		{"infert.csv", []float64{-2.7917226180802857, 0.051860747286955472, -0.68258605947211626, 1.1538896045542051, 1.8710066664099041},
			[]float64{0.99714148271796932, 0.02994438484240633, 0.17849149947902027, 0.28669056258185388, 0.29420236461122556}},
		{"iris_vv.csv", []float64{-36.154764669496238, 4.4310448813917569, 8.8132442947485483}, []float64{9.8749248258390185, 1.7765139979535167, 3.0422256149767706}},
		{"pima25.csv", []float64{-5.2851063755290504, 0.020121965968486588, 0.064582615316943884}, []float64{2.8126160951000405, 0.012468574419959671, 0.065087143708688455}},
		{"iris_sv.csv", []float64{-24.508251933427132, 9.7317796252420283, -8.8970536379985479}, []float64{12.492843845019394, 3.3341580727453652, 2.748244216921456}},
		{"birthwt_sub.csv", []float64{1.8708599368343999, -0.024107870237146778, 0.71078427170703307}, []float64{2.7026241116457328, 0.022537443102677964, 1.2202430815116994}},
	}
	tests = append(tests, struct { // esoph's counts, with the factors: glm(cbind(ncases, n - ncases) ~ agegp + alcgp + tobgp, ...)
		file      string
		theta, se []float64
	}{"esoph_r.csv",
		[]float64{-6.419077848282484, 1.6211120032408826, 3.3508892393741507, 3.8993347559905871, 4.4516945211771208, 4.3975168080834033, 3.5206072863362365, 1.4073107732196419, 1.9464406059751052, 0.43375038432628732, 0.51018486430506738, 1.6130338108999807},
		[]float64{0.9191011629957262, 0.94054700595669172, 0.90041968920061766, 0.89670795087221011, 0.9092727484002654, 0.96162710415514019, 0.37821558496142349, 0.24678529118878004, 0.28175570068463662, 0.22643365020127229, 0.27079910456690909, 0.33965600618446146}})
	for _, tt := range tests {
		var X [][]float64
		var y, w []float64
		if tt.file == "esoph_r.csv" {
			f, err := os.Open("testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			d, err := readData(tt.file, f, &readSpec{label: "ncases", trials: "n"})
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			X, y, w = d.X, d.y, d.w
		} else {
			X, y = load(t, tt.file)
		}
		theta, _, gradNorm, err := Firth(X, y, w, make([]float64, len(X[0])), 100)
		if err != nil || !nearAll(theta, tt.theta, 1e-8) || gradNorm > 1e-12 {
			t.Errorf("%s: θ = %v (‖∇J*‖ %g, %v), want %v", tt.file, theta, gradNorm, err, tt.theta)
			continue
		}
		cov, err := NewCovarianceWeighted(theta, X, w)
		if err != nil {
			t.Fatal(err)
		}
		if se, _, _ := cov.Wald(theta); !nearAll(se, tt.se, 1e-8) {
			t.Errorf("%s: se = %v, want %v", tt.file, se, tt.se)
		}
	}
}

// Firth's profile penalized-likelihood intervals and penalized LR tests
// against an independent computation (testdata/firth_profile.py: ℓ*
// maximized by scipy with θₖ fixed, the roots by brentq), to 1e-8, on
// ordinary, separated and quasi-separated data.
func TestFirthProfileAndLR(t *testing.T) {
	tests := []struct {
		file        string
		k           int
		lo, hi, chi float64
	}{
		{"challenger.csv", 1, -0.41953281233571726, -0.04052852672828335, 6.764497279171678},
		{"iris_sv.csv", 1, 4.869032533281009, 31.651053415090374, 61.01919548484118}, // not 19.2006, a local maximum's root
		{"birthwt_sub.csv", 2, -0.9684435451834887, 3.285133690715582, 0.6697136640142549},
		{"infert.csv", 1, -0.005876470559765199, 0.11103812054389381, 3.096823699922197},
	}
	for _, tt := range tests {
		X, y := load(t, tt.file)
		theta, _, _, err := Firth(X, y, nil, make([]float64, len(X[0])), 100)
		if err != nil {
			t.Fatal(err)
		}
		lo, hi, err := FirthProfileInterval(theta, X, y, nil, tt.k, 0.95)
		if err != nil || !near(lo, tt.lo, 1e-8) || !near(hi, tt.hi, 1e-8) {
			t.Errorf("%s: θ%d's profile interval (%.15g, %.15g) %v, want (%.15g, %.15g)", tt.file, tt.k, lo, hi, err, tt.lo, tt.hi)
		}
		chi, err := FirthLRTest(theta, X, y, nil, []int{tt.k}, 100)
		if err != nil || !near(chi, tt.chi, 1e-8) {
			t.Errorf("%s: θ%d's penalized LR χ² %.15g %v, want %.15g", tt.file, tt.k, chi, err, tt.chi)
		}
	}
}

// The Firth profile's check for other maxima: on iris setosa/versicolor,
// Sepal.Length fixed at 19.2006 — the root of the local maximum that a fit
// from θ̂ reaches — fits from other starts reach a higher ℓ*, so a bound
// there is flagged; at the global root, 31.6511, none does.
func TestFirthProfileOtherMaxima(t *testing.T) {
	X, y := load(t, "iris_sv.csv")
	theta, _, _, err := Firth(X, y, nil, make([]float64, 3), 100)
	if err != nil {
		t.Fatal(err)
	}
	c := newStandardizer(X)
	d := newSample(X, y, nil)
	pass := firthPass(c, d, nil)
	thetaS := c.to(theta)
	J0 := pass(thetaS, false).J
	a := c.combination(unit(3, 1))
	for j := range a {
		a[j] /= c.s[1]
	}
	q := NormalCritical(0.95) * NormalCritical(0.95)
	for _, tt := range []struct {
		b      float64
		higher bool
	}{{19.2005605858126, true}, {31.6510534148678, false}} {
		if got := higherMaximum(thetaS, 1, a, tt.b/c.s[1], q, J0, d.W, pass); got != tt.higher {
			t.Errorf("Sepal.Length = %g: a higher maximum elsewhere %v, want %v", tt.b, got, tt.higher)
		}
	}
}

// GammaQ against 40-digit values of mpmath's gammainc(a, x, ∞, regularized=True).
func TestGammaQ(t *testing.T) {
	tests := []struct{ a, x, want float64 }{
		{0.5, 0.1, 0.65472084601857702044},
		{0.5, 3.9759800232133387, 0.0048035325101403030916}, // Challenger's χ² = 7.95 on 1 df
		{1, 1, 0.3678794411714423216},
		{1.5, 2.5, 0.17179714429673313506},
		{2, 17.15, 6.4673485108773604285e-7},
		{3, 0.5, 0.98561232203302931336},
		{10, 5, 0.96817194269379518826},
		{10, 30, 7.1217508628155770916e-6},
		{0.5, 59.03, 1.6822155331167446405e-27},
		{50, 40, 0.92966493334060504556},
		{50, 70, 0.0051405024585058938995},
		{2.5, 0.001, 0.99999999049146540139},
	}
	for _, tt := range tests {
		if got := GammaQ(tt.a, tt.x); !near(got, tt.want, 1e-12) {
			t.Errorf("GammaQ(%g, %g) = %.17g, want %.17g", tt.a, tt.x, got, tt.want)
		}
	}
	if GammaQ(2, 0) != 1 || GammaQ(2, math.Inf(1)) != 0 || !math.IsNaN(GammaQ(0, 1)) || !math.IsNaN(GammaQ(1, -1)) {
		t.Errorf("GammaQ's special cases: %g %g %g %g", GammaQ(2, 0), GammaQ(2, math.Inf(1)), GammaQ(0, 1), GammaQ(1, -1))
	}
	if got, want := NormalQuantile(0.975), 1.959963984540054; !near(got, want, 1e-15) {
		t.Errorf("NormalQuantile(0.975) = %.17g, want %.17g", got, want)
	}
}

// AUC with ties: each tied pair of a positive and a negative counts ½.
func TestAUC(t *testing.T) {
	tests := []struct {
		scores, y []float64
		want      float64
	}{
		{[]float64{0.1, 0.4, 0.35, 0.8}, []float64{0, 0, 1, 1}, 0.75},
		{[]float64{0.5, 0.5, 0.5, 0.5}, []float64{0, 1, 0, 1}, 0.5},
		{[]float64{0.2, 0.2, 0.9, 0.1}, []float64{1, 0, 1, 0}, 0.875}, // pairs: (0.2,0.2) ½, (0.2,0.1) 1, (0.9,0.2) 1, (0.9,0.1) 1
		{[]float64{1, 2, 3}, []float64{1, 1, 0}, 0},
	}
	for _, tt := range tests {
		if got := AUC(tt.scores, tt.y); got != tt.want {
			t.Errorf("AUC(%v, %v) = %g, want %g", tt.scores, tt.y, got, tt.want)
		}
	}
	// AUC's labels 0 and 1 go to AUCSplit; weights of 1 to the groups of the
	// sorted order: the same bits, on scores with many ties
	r := rand.New(rand.NewPCG(5, 6))
	for _, m := range []int{1, 2, 10, 1000, 100000} {
		scores, y, ones := make([]float64, m), make([]float64, m), make([]float64, m)
		for i := range scores {
			scores[i] = float64(r.IntN(50)) / 7
			y[i], ones[i] = float64(r.IntN(2)), 1
		}
		y[0] = 1 - y[m-1] // both classes, for m ≥ 2
		if got, want := AUC(scores, y), AUCWeighted(scores, y, ones); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("m = %d: AUC = %.17g, AUCWeighted with weights of 1 = %.17g", m, got, want)
		}
	}
}

// ——— 5. More than two classes ———

// Iris, all three species, against testdata/REFERENCE.md (scipy's
// trust-exact, agreeing with statsmodels' MNLogit): one-vs-all and softmax
// with λ = 1.
func TestMulticlassIris(t *testing.T) {
	X, class, classes := loadClasses(t, "iris.csv")
	if fmt.Sprint(classes) != "[setosa versicolor virginica]" {
		t.Fatalf("classes %v", classes)
	}
	ova := [][]float64{
		{6.6904236402434, -0.445027097347547, 0.900006792037614, -2.32353632158149, -0.973450682120816},
		{5.58621576228377, -0.179310351229472, -2.12864992038861, 0.696673480740092, -1.274806591251},
		{-14.4312638967276, -0.39442692136888, -0.513329702080337, 2.93086437016957, 2.41706471609373},
	}
	Theta, errs, err := OneVsAll(X, class, 3, 1, 100)
	if err != nil {
		t.Fatal(err)
	}
	for k := range ova {
		if errs[k] != nil || !nearAll(Theta[k], ova[k], 1e-8) {
			t.Errorf("OneVsAll class %d: θ = %.15g (%v), want %.15g", k, Theta[k], errs[k], ova[k])
		}
	}
	if got := accuracy(PredictOneVsAll(Theta, X), class); got != 143 {
		t.Errorf("PredictOneVsAll: %d of 150 right, want 143", got)
	}
	soft := [][]float64{
		{-6.27684579219, 0.875482317871, -1.06986145895, 1.78596766025, -0.164369977039},
		{-18.9877565814, 0.319244997241, -0.897612470875, 4.0520299127, 2.60018302853},
	}
	M, history, gradNorm, err := Multinomial(X, class, 3, 1, 100)
	if err != nil || gradNorm > 1e-12 {
		t.Fatalf("Multinomial: %v, ‖grad‖ = %g", err, gradNorm)
	}
	// The reference's own gradient there is 2e-9 (its optimizer's stop), ours
	// 1e-15, and its virginica θ1 is 2e-8 from ours: to 5e-8, then.
	for k := range soft {
		if !nearAll(M[k], soft[k], 5e-8) {
			t.Errorf("Multinomial θ%d = %.15g, want %.15g", k+2, M[k], soft[k])
		}
	}
	if J := history[len(history)-1]; !near(J, 0.256989880185794, 1e-12) {
		t.Errorf("Multinomial J = %.17g, want 0.256989880185794", J)
	}
	if got := accuracy(PredictMultinomial(M, X), class); got != 144 {
		t.Errorf("PredictMultinomial: %d of 150 right, want 144", got)
	}
	// λ = 0: setosa is separable, so no finite optimum
	var sep *ClassSeparationError
	if _, _, _, err := Multinomial(X, class, 3, 0, 100); !errors.Is(err, ErrQuasiSeparated) || !errors.As(err, &sep) || fmt.Sprint(sep.Groups) != "[[0] [1 2]]" {
		t.Errorf("Multinomial(λ = 0) on iris: %v, want setosa separated from the other two", err)
	}
}

// SoftmaxCost's gradient against central differences, and with K = 2 it is
// the binary cost: h₂ = g(θ₂ᵀx).
func TestSoftmaxCost(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 9))
	X, _, _ := randomProblem(r, 80, 4)
	class := make([]int, len(X))
	for i := range class {
		class[i] = r.IntN(3)
	}
	Theta := [][]float64{{0.2, -0.5, 0.3, 0.1}, {-0.4, 0.6, -0.2, 0.7}}
	const lambda = 0.7
	_, grad := SoftmaxCost(Theta, X, class, lambda)
	for k := range Theta {
		for j := range Theta[k] {
			d := 1e-6
			Theta[k][j] += d
			plus, _ := SoftmaxCost(Theta, X, class, lambda)
			Theta[k][j] -= 2 * d
			minus, _ := SoftmaxCost(Theta, X, class, lambda)
			Theta[k][j] += d
			if num := (plus - minus) / (2 * d); math.Abs(num-grad[k][j]) > 1e-8 {
				t.Errorf("SoftmaxCost grad[%d][%d] = %.12g, central difference %.12g", k, j, grad[k][j], num)
			}
		}
	}
	y := make([]float64, len(class))
	binary := make([]int, len(class))
	for i := range class {
		binary[i] = class[i] % 2
		y[i] = float64(binary[i])
	}
	Js, gs := SoftmaxCost([][]float64{Theta[0]}, X, binary, lambda)
	Jb, gb := CostFunctionReg(Theta[0], X, y, lambda)
	if !near(Js, Jb, 1e-14) || !nearAll(gs[0], gb, 1e-13) {
		t.Errorf("K = 2: SoftmaxCost = %.17g, %.17g; the binary cost %.17g, %.17g", Js, gs[0], Jb, gb)
	}
	// no overflow for any finite z
	if J, _ := SoftmaxCost([][]float64{{1e300, 0}}, [][]float64{{1, 1}, {1, -1}}, []int{0, 1}, 0); math.IsNaN(J) || !near(J, 1e300/2, 1e-15) {
		t.Errorf("SoftmaxCost at z = 1e300: J = %g, want 5e299", J)
	}
}

// Softmax against statsmodels 0.13's MNLogit (Newton, tol 1e-15) on two of
// R's mtcars models: gear (3, 4, 5) ~ mpg + hp, and carb (1, 2, 3, 4, 6, 8,
// numeric labels sorted numerically) ~ mpg: θ and the standard errors to 1e-8,
// the log-likelihood −m·J to 1e-12.
func TestMultinomialStatsmodels(t *testing.T) {
	tests := []struct {
		data    string
		classes string
		theta   [][]float64
		se      [][]float64
		loglik  float64
	}{
		{"mtcars_gear.csv", "[3 4 5]",
			[][]float64{{-5.765605103712899, 0.5077023650043904, -0.03696116561834541}, {-30.952794064075075, 1.0510798820938652, 0.05820433681827828}},
			[][]float64{{10.933211124763655, 0.3897190211105899, 0.03552040415419177}, {12.292472017205233, 0.42921623148296884, 0.02689595741381293}},
			-13.411720500134695},
		{"mtcars_carb.csv", "[1 2 3 4 6 8]",
			[][]float64{{2.8170509299560016, -0.1032684526572007}, {9.26388525261568, -0.5084893387482529}, {11.25914080483394, -0.5578099226408548},
				{3.2842352385463016, -0.23548374295280705}, {10.179881319566492, -0.6372889391234937}},
			[][]float64{{2.3637633037757744, 0.09623839040319224}, {4.486263679084719, 0.24064713667177706}, {3.85866074786308, 0.19841726501459353},
				{5.497609846210221, 0.266081465301437}, {6.169796610227017, 0.37195744559349836}},
			-37.969502606163616},
	}
	for _, tt := range tests {
		X, class, classes := loadClasses(t, tt.data)
		if fmt.Sprint(classes) != tt.classes {
			t.Errorf("%s: classes %v, want %s", tt.data, classes, tt.classes)
		}
		Theta, history, _, err := Multinomial(X, class, len(classes), 0, 100)
		if err != nil {
			t.Fatalf("%s: %v", tt.data, err)
		}
		se, err := MultinomialStdErrors(Theta, X)
		if err != nil {
			t.Fatal(err)
		}
		for k := range tt.theta {
			if !nearAll(Theta[k], tt.theta[k], 1e-8) || !nearAll(se[k], tt.se[k], 1e-8) {
				t.Errorf("%s: class %s: θ = %.15g, se %.15g; want %.15g, %.15g", tt.data, classes[k+1], Theta[k], se[k], tt.theta[k], tt.se[k])
			}
		}
		if ll := -float64(len(X)) * history[len(history)-1]; !near(ll, tt.loglik, 1e-12) {
			t.Errorf("%s: log-likelihood %.17g, want %.17g", tt.data, ll, tt.loglik)
		}
	}
}

// Softmax, like the binary fit, is not thrown by a feature far from 0.
func TestMultinomialShifted(t *testing.T) {
	X, class, classes := loadClasses(t, "mtcars_gear.csv")
	Theta, _, _, err := Multinomial(X, class, len(classes), 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	se, _ := MultinomialStdErrors(Theta, X)
	Xs := make([][]float64, len(X))
	for i, x := range X {
		Xs[i] = append([]float64(nil), x...)
		Xs[i][2] += 1e8 // hp + 1e8, exact for these whole numbers
	}
	ThetaS, _, _, err := Multinomial(Xs, class, len(classes), 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	seS, err := MultinomialStdErrors(ThetaS, Xs)
	if err != nil {
		t.Fatal(err)
	}
	for k := range Theta {
		for j := 1; j < len(Theta[k]); j++ {
			if !near(ThetaS[k][j], Theta[k][j], 1e-8) || !near(seS[k][j], se[k][j], 1e-7) {
				t.Errorf("hp + 1e8: θ%d,%d = %.12g (se %.12g), want %.12g (se %.12g)", k+2, j, ThetaS[k][j], seS[k][j], Theta[k][j], se[k][j])
			}
		}
	}
}

// Multinomial on a column that is a multiple of another is refused as
// Newton refuses it, by a *ColumnError naming the column, before any step.
func TestMultinomialSingular(t *testing.T) {
	X, class, _ := loadClasses(t, "iris.csv")
	doubled := withColumn(X, func(i int) float64 { return 2 * X[i][3] })
	_, history, _, err := Multinomial(doubled, class, 3, 0, 100)
	var col *ColumnError
	if !errors.As(err, &col) || col.Column != 5 || col.Constant || history != nil {
		t.Errorf("Multinomial with column 5 = 2·column 3: err = %v after %d steps, want a *ColumnError for column 5", err, len(history))
	}
	if err := CheckRank(doubled); !errors.As(err, &col) || col.Column != 5 {
		t.Errorf("CheckRank: %v, want a *ColumnError for column 5", err)
	}
	if err := CheckRank(X); err != nil {
		t.Errorf("CheckRank(iris) = %v, want nil", err)
	}
}

// Softmax separation decided over the example × class margins: three
// sectors of a disc are linearly separable, each from the others; in every
// 4th row of MASS's fgl (Mg and Al, testdata/fgl4.csv) {Con, Head} together
// are separable from the other four, which no class alone is. Both fits were
// "converged", with θ near 286 and standard errors near 1e7.
func TestMultinomialSeparation(t *testing.T) {
	var disc [][]float64
	var sector []int
	for i := range 90 {
		a := 2*math.Pi*float64(i)/90 + 0.01
		r := 1 + 0.5*math.Sin(float64(i)*7)
		disc, sector = append(disc, []float64{1, r * math.Cos(a), r * math.Sin(a)}), append(sector, int(a/(2*math.Pi/3))%3)
	}
	X, class, classes := loadClasses(t, "fgl4.csv")
	tests := []struct {
		name   string
		X      [][]float64
		class  []int
		K      int
		all    bool
		groups string
	}{
		{"three sectors", disc, sector, 3, true, "[[0] [1] [2]]"},
		{"fgl, every 4th row", X, class, len(classes), false, "[[0 1] [2 3 4 5]]"}, // {Con, Head} and {Tabl, Veh, WinF, WinNF}
	}
	for _, tt := range tests {
		_, _, _, err := Multinomial(tt.X, tt.class, tt.K, 0, 100)
		var sep *ClassSeparationError
		if !errors.As(err, &sep) || sep.All != tt.all || fmt.Sprint(sep.Groups) != tt.groups {
			t.Errorf("%s: %v, want the groups %s (all separable: %v)", tt.name, err, tt.groups, tt.all)
		}
	}
	if fmt.Sprint(classes) != "[Con Head Tabl Veh WinF WinNF]" {
		t.Errorf("fgl's classes %v", classes)
	}
}

// ——— 6. Choosing λ: k-fold cross-validation ———

// Cross-validation on iris (versicolor vs virginica), degree-3 features,
// against an independent computation: scipy's trust-exact fit of each fold's
// objective (gtol 1e-13; its stop left 2.6e-9 in one λ's figures, so five
// numpy Newton steps after it) and numpy's log loss on the held-out fold, in
// 5 folds, example i in fold i mod 5.
func TestCrossValidate(t *testing.T) {
	X0, y := load(t, "iris_vv.csv")
	X := make([][]float64, len(X0))
	for i, x := range X0 {
		X[i] = MapFeature(x[1], x[2], 3)
	}
	lambdas := []float64{0, 0.01, 0.1, 1, 10, 100}
	want := []struct {
		train, validation float64
		right             int
	}{
		{0, 0, 0}, // λ = 0: separable folds, no optimum
		{0.07061148780060145, 0.14492286291749065, 95},
		{0.08796902111570704, 0.13937774791926402, 94},
		{0.09728601766619915, 0.1600488321826332, 92},
		{0.10024381982016373, 0.15177976947812527, 92},
		{0.11500058834517601, 0.1419892103092145, 94},
	}
	results, _ := CrossValidate(X, y, lambdas, 5, 100)
	for l, r := range results {
		if l == 0 {
			if r.Converged != 0 {
				t.Errorf("λ = 0: %d fold fits converged, want none (each fold is separable)", r.Converged)
			}
			continue
		}
		if r.Converged != 5 || !near(r.TrainCost, want[l].train, 1e-9) || !near(r.ValidationCost, want[l].validation, 1e-9) ||
			int(math.Round(r.ValidationAccuracy*100)) != want[l].right {
			t.Errorf("λ = %g: %d converged, training %.15g, validation %.15g, accuracy %g; want 5, %.15g, %.15g, %d%%",
				r.Lambda, r.Converged, r.TrainCost, r.ValidationCost, r.ValidationAccuracy, want[l].train, want[l].validation, want[l].right)
		}
	}
	if best := BestLambda(results); best != 2 {
		t.Errorf("BestLambda = %d, want 2 (λ = 0.1)", best)
	}
	// the same bits on any number of cores
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one, _ := CrossValidate(X, y, lambdas, 5, 100)
	runtime.GOMAXPROCS(4)
	four, _ := CrossValidate(X, y, lambdas, 5, 100)
	for l := range one {
		if math.Float64bits(one[l].ValidationCost) != math.Float64bits(four[l].ValidationCost) || math.Float64bits(one[l].TrainCost) != math.Float64bits(four[l].TrainCost) {
			t.Errorf("λ = %g: GOMAXPROCS 1 and 4 differ", lambdas[l])
		}
	}
	// fold assignment: the fit of fold f leaves out exactly the examples i with i mod K = f
	r, _ := CrossValidate([][]float64{{1, 0}, {1, 1}, {1, 2}, {1, 3}, {1, 4}, {1, 5}}, []float64{0, 1, 0, 1, 1, 0}, []float64{1}, 3, 100)
	if len(r[0].Errs) != 3 || r[0].Converged != 3 {
		t.Errorf("3 folds of 6: %d fits, %d converged", len(r[0].Errs), r[0].Converged)
	}
}

// Fold assignment: fold f holds out exactly the examples i with i mod K = f,
// in file order — rebuilt here by hand, fold by fold, to the same bits.
func TestCrossValidateFolds(t *testing.T) {
	X, y := load(t, "challenger.csv")
	const K, lambda = 4, 0.5
	var cost float64
	var right int
	for f := range K {
		var Xt, Xv [][]float64
		var yt, yv []float64
		for i := range X {
			if i%K == f {
				Xv, yv = append(Xv, X[i]), append(yv, y[i])
			} else {
				Xt, yt = append(Xt, X[i]), append(yt, y[i])
			}
		}
		theta, _, _, err := Newton(Xt, yt, []float64{0, 0}, lambda, 100)
		if err != nil {
			t.Fatal(err)
		}
		for i, x := range Xv {
			z := dot(theta, x)
			cost += logLoss(z, yv[i])
			if (Sigmoid(z) >= 0.5) == (yv[i] == 1) {
				right++
			}
		}
	}
	rs, _ := CrossValidate(X, y, []float64{lambda}, K, 100)
	r := rs[0]
	// the same fits, the held-out costs summed in another order: to rounding
	if !near(r.ValidationCost, cost/float64(len(X)), 1e-14) || r.ValidationAccuracy != float64(right)/float64(len(X)) {
		t.Errorf("CrossValidate: validation cost %.17g, accuracy %g; by hand %.17g, %g", r.ValidationCost, r.ValidationAccuracy, cost/float64(len(X)), float64(right)/float64(len(X)))
	}
}

// Cross-validation of softmax on iris (three species), against the same kind
// of independent computation as TestCrossValidate: scipy's trust-exact fit
// of each fold's softmax objective (first class the reference), five numpy
// Newton steps after it, and numpy's multi-class log loss on the held-out fold.
func TestCrossValidateClasses(t *testing.T) {
	X, class, classes := loadClasses(t, "iris.csv")
	want := []struct {
		lambda, train, validation float64
		right                     int
	}{
		{0.1, 0.07046442047853135, 0.08995262577117365, 145},
		{1, 0.17387271668898716, 0.18942792264366884, 143},
		{10, 0.42902869752733536, 0.43619450809918303, 138},
	}
	lambdas := []float64{0.1, 1, 10}
	results, _ := CrossValidateClasses(X, class, len(classes), lambdas, 5, 100, true)
	for l, r := range results {
		w := want[l]
		if r.Converged != 5 || !near(r.TrainCost, w.train, 1e-9) || !near(r.ValidationCost, w.validation, 1e-9) ||
			int(math.Round(r.ValidationAccuracy*150)) != w.right {
			t.Errorf("λ = %g: %d converged, training %.15g, validation %.15g, accuracy %g; want 5, %.15g, %.15g, %d of 150",
				w.lambda, r.Converged, r.TrainCost, r.ValidationCost, r.ValidationAccuracy, w.train, w.validation, w.right)
		}
	}
	if best := BestLambda(results); best != 0 {
		t.Errorf("BestLambda = %d, want 0 (λ = 0.1)", best)
	}
	// λ = 0: setosa is separable in every fold, so never chosen
	if r, _ := CrossValidateClasses(X, class, len(classes), []float64{0}, 5, 100, true); r[0].Converged != 0 || BestLambda(r) != -1 {
		t.Errorf("λ = 0: %d fold fits converged, want none", r[0].Converged)
	}
}

// Cross-validation checks what it is given before it starts a fit: no panic
// on a goroutine the caller cannot recover, and a ragged row is named by its
// row of X, not by its place in a fold.
func TestCrossValidateErrors(t *testing.T) {
	X, y := load(t, "challenger.csv")
	ragged := append([][]float64(nil), X...)
	ragged[7] = []float64{1}
	Xg, class, _ := loadClasses(t, "mtcars_gear.csv")
	tests := []struct {
		name string
		err  func() error
		want error
		row  int
	}{
		{"1 fold", func() error { _, err := CrossValidate(X, y, []float64{1}, 1, 100); return err }, ErrArgument, -1},
		{"m + 1 folds", func() error { _, err := CrossValidate(X, y, []float64{1}, len(X)+1, 100); return err }, ErrArgument, -1},
		{"no λ", func() error { _, err := CrossValidate(X, y, nil, 5, 100); return err }, ErrArgument, -1},
		{"λ = -1", func() error { _, err := CrossValidate(X, y, []float64{1, -1}, 5, 100); return err }, ErrArgument, -1},
		{"ragged row", func() error { _, err := CrossValidate(ragged, y, []float64{1}, 5, 100); return err }, ErrShape, 7},
		{"label 2", func() error {
			y2 := append([]float64(nil), y...)
			y2[4] = 2
			_, err := CrossValidate(X, y2, []float64{1}, 5, 100)
			return err
		}, ErrLabel, 4},
		{"classes, 1 fold", func() error {
			_, err := CrossValidateClasses(Xg, class, 3, []float64{1}, 1, 100, true)
			return err
		}, ErrArgument, -1},
		{"classes, class 3 of 3", func() error {
			c := append([]int(nil), class...)
			c[9] = 3
			_, err := CrossValidateClasses(Xg, c, 3, []float64{1}, 5, 100, false)
			return err
		}, ErrLabel, 9},
	}
	for _, tt := range tests {
		err := tt.err()
		var de *DataError
		if !errors.Is(err, tt.want) || !errors.As(err, &de) || de.Row != tt.row {
			t.Errorf("%s: err = %v, want a *DataError that is %v at row %d", tt.name, err, tt.want, tt.row)
		}
	}
}

// Cross-validation runs a bounded number of fits at once, whatever the
// number of λ and folds: as many as the cores one fit's passes leave idle,
// within cvMemory; one fit at a time when a fit uses every core itself.
func TestFoldsAtOnce(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	tests := []struct {
		mTrain, params, want int
	}{
		{1200, 301, 4},           // four one-block fits of 3 MB
		{2 * blockRows, 10, 2},   // each fit's passes take two cores
		{4 * blockRows, 10, 1},   // or all four
		{100 * blockRows, 10, 1}, // or more
		{1200, 2000, 1},          // 128 MB a fit: one at a time
		{1200, 1000, 2},          // 32 MB a fit: two
		{3 * blockRows, 4096, 1}, // the largest Newton takes
	}
	for _, tt := range tests {
		if got := foldsAtOnce(tt.mTrain, tt.params); got != tt.want {
			t.Errorf("foldsAtOnce(%d, %d) at GOMAXPROCS 4 = %d, want %d", tt.mTrain, tt.params, got, tt.want)
		}
	}
}

// ——— 7. Parallel passes, linear algebra, and the checks of what is given ———

// The passes give the same bits on any number of cores: data spanning
// several blocks, at GOMAXPROCS 1, 2 and 4.
func TestSameBitsOnAnyCores(t *testing.T) {
	X, y := fitData(5*blockRows+123, 6)
	theta := []float64{0.1, -0.2, 0.3, 0.05, -0.4, 0.25}
	type result struct{ J, grad, thetaN []float64 }
	fit := func(procs int) (r result) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		J, grad := CostFunctionReg(theta, X, y, 0.5)
		thetaN, _, gradNorm, err := Newton(X, y, make([]float64, 6), 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		return result{[]float64{J, gradNorm}, grad, thetaN}
	}
	bits := func(v []float64) []uint64 {
		b := make([]uint64, len(v))
		for k, x := range v {
			b[k] = math.Float64bits(x)
		}
		return b
	}
	one := fit(1)
	for _, procs := range []int{2, 4, 16} {
		other := fit(procs)
		for _, pair := range [][2][]float64{{one.J, other.J}, {one.grad, other.grad}, {one.thetaN, other.thetaN}} {
			if fmt.Sprint(bits(pair[0])) != fmt.Sprint(bits(pair[1])) {
				t.Errorf("GOMAXPROCS %d: %.17g, want the bits of GOMAXPROCS 1: %.17g", procs, pair[1], pair[0])
			}
		}
	}
}

// A panic in a pass or a fold fit reaches the caller's goroutine, where
// recover catches it.
func TestPanicReachesCaller(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	tests := []struct {
		name string
		f    func()
	}{
		{"inBlocks", func() {
			inBlocks(3*blockRows, func(lo, hi int) costSums {
				if lo > 0 {
					panic("block")
				}
				return costSums{}
			})
		}},
		{"crossValidation", func() {
			crossValidation(10, 2, []float64{1, 2}, 5, func(lambda float64, train []int) (int, error, float64) {
				if lambda == 2 {
					panic("fit")
				}
				return 0, nil, 0
			}, func(int, int) (float64, bool) { return 0, true })
		}},
	}
	for _, tt := range tests {
		if got := panicMessage(tt.f); got == "no panic" {
			t.Errorf("%s: the panic did not reach the caller", tt.name)
		}
	}
}

func TestCholesky(t *testing.T) {
	A := [][]float64{{4, 12, -16}, {12, 37, -43}, {-16, -43, 98}}
	wantL := [][]float64{{2, 0, 0}, {6, 1, 0}, {-8, 5, 3}}
	L, bad := cholesky(A, pivotTol)
	if bad >= 0 {
		t.Fatalf("cholesky(A): bad column %d", bad)
	}
	for i := range wantL {
		if !nearAll(L[i], wantL[i], 1e-15) {
			t.Errorf("cholesky(A) row %d = %g, want %g", i, L[i], wantL[i])
		}
	}
	// A·x = b with x = (1, −2, 0.5): b = A·x.
	x := []float64{1, -2, 0.5}
	if got := cholSubstitute(L, matVec(A, x)); !nearAll(got, x, 1e-13) {
		t.Errorf("cholSubstitute(L, A·x) = %g, want %g", got, x)
	}
	if _, bad := cholesky([][]float64{{1, 2}, {2, 1}}, pivotTol); bad != 1 {
		t.Errorf("cholesky of an indefinite matrix: bad column %d, want 1", bad)
	}
	// singular to rounding: the second pivot is 0, or 1e-16 of its diagonal
	for _, a := range []float64{1, 1 + 0x1p-52} {
		if _, bad := cholesky([][]float64{{1, 1}, {1, a}}, 1e-15); bad != 1 {
			t.Errorf("cholesky([[1 1] [1 %.17g]], 1e-15): bad column %d, want 1", a, bad)
		}
	}
}

// The contract: every function that fits or estimates returns an error for
// data it cannot fit, named by errors.Is, and the computations of the course
// panic (on the caller's goroutine) where the shapes disagree.
func TestContractErrors(t *testing.T) {
	X, y := load(t, "challenger.csv")
	noOnes := make([][]float64, len(X)) // the temperatures without the column of ones
	for i, x := range X {
		noOnes[i] = []float64{x[1], 1}
	}
	withNaN := withColumn(X, func(i int) float64 {
		if i == 5 {
			return math.NaN()
		}
		return float64(i)
	})
	label := func(i int, v float64) []float64 {
		y2 := append([]float64(nil), y...)
		y2[i] = v
		return y2
	}
	theta := []float64{0, 0}
	tests := []struct {
		name string
		err  func() error
		want error
	}{
		{"Newton, no column of ones", func() error { _, _, _, err := Newton(noOnes, y, theta, 0, 100); return err }, ErrIntercept},
		{"Newton, label 2", func() error { _, _, _, err := Newton(X, label(3, 2), theta, 0, 100); return err }, ErrLabel},
		{"Newton, label -1", func() error { _, _, _, err := Newton(X, label(3, -1), theta, 0, 100); return err }, ErrLabel},
		{"Newton, label NaN", func() error { _, _, _, err := Newton(X, label(3, math.NaN()), theta, 0, 100); return err }, ErrLabel},
		{"Newton, λ = -1", func() error { _, _, _, err := Newton(X, y, theta, -1, 100); return err }, ErrArgument},
		{"Newton, λ = +Inf", func() error { _, _, _, err := Newton(X, y, theta, math.Inf(1), 100); return err }, ErrArgument},
		{"Newton, NaN in X", func() error { _, _, _, err := Newton(withNaN, y, []float64{0, 0, 0}, 0, 100); return err }, ErrNotFinite},
		{"Newton, Inf in θ", func() error { _, _, _, err := Newton(X, y, []float64{math.Inf(1), 0}, 0, 100); return err }, ErrNotFinite},
		{"Newton, short θ", func() error { _, _, _, err := Newton(X, y, []float64{0}, 0, 100); return err }, ErrShape},
		{"Newton, short y", func() error { _, _, _, err := Newton(X, y[1:], theta, 0, 100); return err }, ErrShape},
		{"Newton, no examples", func() error { _, _, _, err := Newton(nil, nil, theta, 0, 100); return err }, ErrShape},
		{"NewtonWeighted, w = -1", func() error { _, _, _, err := NewtonWeighted(X, y, label(2, -1), theta, 0, 100); return err }, ErrArgument},
		{"NewtonWeighted, w = NaN", func() error { _, _, _, err := NewtonWeighted(X, y, label(2, math.NaN()), theta, 0, 100); return err }, ErrArgument},
		{"NewtonWeighted, all w = 0", func() error { _, _, _, err := NewtonWeighted(X, y, make([]float64, len(y)), theta, 0, 100); return err }, ErrArgument},
		{"NewtonWeighted, short w", func() error { _, _, _, err := NewtonWeighted(X, y, y[1:], theta, 0, 100); return err }, ErrShape},
		{"NewCovarianceWeighted, w = +Inf", func() error {
			_, err := NewCovarianceWeighted([]float64{15, -0.2}, X, label(0, math.Inf(1)))
			return err
		}, ErrArgument},
		{"StdErrors, no column of ones", func() error { _, _, _, err := StdErrors([]float64{0.1, 0.2}, noOnes); return err }, ErrIntercept},
		{"NewCovariance, NaN in X", func() error { _, err := NewCovariance([]float64{0, 0, 0}, withNaN); return err }, ErrNotFinite},
		{"ProfileInterval, k = 2", func() error { _, _, err := ProfileInterval([]float64{15, -0.2}, X, y, 2, 0.95); return err }, ErrArgument},
		{"ProfileInterval, level 1", func() error { _, _, err := ProfileInterval([]float64{15, -0.2}, X, y, 1, 1); return err }, ErrArgument},
		{"Multinomial, class 3 of 3", func() error {
			_, _, _, err := Multinomial(X, []int{0, 1, 2, 3, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0}, 3, 1, 100)
			return err
		}, ErrLabel},
		{"Multinomial, no column of ones", func() error {
			_, _, _, err := Multinomial(noOnes, make([]int, len(X)), 2, 1, 100)
			return err
		}, ErrIntercept},
		{"MultinomialStdErrors, short Θ row", func() error { _, err := MultinomialStdErrors([][]float64{{0}}, X); return err }, ErrShape},
	}
	for _, tt := range tests {
		err := tt.err()
		var de *DataError
		if !errors.Is(err, tt.want) || !errors.As(err, &de) {
			t.Errorf("%s: err = %v, want a *DataError that is %v", tt.name, err, tt.want)
		}
	}
}

// The course's computations, whose signatures have no error, panic with a
// message naming the mismatch.
func TestContractPanics(t *testing.T) {
	X, _ := load(t, "challenger.csv")
	tests := []struct {
		name string
		f    func()
		want string
	}{
		{"Predict, short θ", func() { Predict([]float64{1}, X) }, "len(X[0]) = 2, want len(theta) = 1"},
		{"Predict, long θ", func() { Predict([]float64{1, 2, 3}, X) }, "len(X[0]) = 2, want len(theta) = 3"},
		{"Hypothesis, short x", func() { Hypothesis([]float64{1, 2}, []float64{1}) }, "len(x) = 1, want len(theta) = 2"},
		{"PredictOneVsAll, short row", func() { PredictOneVsAll([][]float64{{1, 2, 3}}, X) }, "len(X[0]) = 2, want len(theta) = 3"},
		{"PredictMultinomial, short row", func() { PredictMultinomial([][]float64{{1, 2, 3}}, X) }, "len(X[0]) = 2, want len(theta) = 3"},
		{"FeatureNormalize, ragged", func() { FeatureNormalize([][]float64{{1, 2}, {1}}) }, "len(X[1]) = 1, want len(theta) = 2"},
		{"FeatureNormalize, no examples", func() { FeatureNormalize(nil) }, "m = 0"},
		{"ThetaToOriginal, short σ", func() { ThetaToOriginal([]float64{1, 2}, []float64{0, 1}, []float64{1}) }, "len(sigma) = 1, want len(theta) = 2"},
		{"ThetaToNormalized, short μ", func() { ThetaToNormalized([]float64{1, 2}, []float64{0}, []float64{1, 1}) }, "len(mu) = 1, len(sigma) = 2, want len(theta) = 2"},
		{"SoftmaxCost, class out of range", func() { SoftmaxCost([][]float64{{0, 0}}, X, make([]int, len(X)-1), 0) }, "len(class) = 22, want len(X) = 23"},
	}
	for _, tt := range tests {
		if got := panicMessage(tt.f); !strings.Contains(got, tt.want) {
			t.Errorf("%s: panicked with %q, want a message containing %q", tt.name, got, tt.want)
		}
	}
}

// The entry at fault is named by its row and column, wherever it is: the
// check finds that one is amiss from the columns' ranges, then the first.
func TestDataErrorNamesEntry(t *testing.T) {
	X, y := load(t, "challenger.csv")
	tests := []struct {
		i, j     int
		v        float64
		want     error
		row, col int
	}{
		{7, 0, 0, ErrIntercept, 7, 0},
		{22, 0, 1 + 1e-15, ErrIntercept, 22, 0},
		{9, 1, math.Inf(-1), ErrNotFinite, 9, 1},
		{0, 1, math.Inf(1), ErrNotFinite, 0, 1},
		{14, 1, math.NaN(), ErrNotFinite, 14, 1},
		{3, 1, 1e308, nil, -1, -1}, // finite, if far: a fit, not an error
	}
	for _, tt := range tests {
		Xb := make([][]float64, len(X))
		for i := range X {
			Xb[i] = append([]float64(nil), X[i]...)
		}
		Xb[tt.i][tt.j] = tt.v
		_, _, _, err := Newton(Xb, y, []float64{0, 0}, 1, 100)
		var de *DataError
		switch {
		case tt.want == nil && errors.As(err, &de):
			t.Errorf("X[%d][%d] = %g: %v, want no *DataError", tt.i, tt.j, tt.v, err)
		case tt.want != nil && (!errors.Is(err, tt.want) || !errors.As(err, &de) || de.Row != tt.row || de.Column != tt.col):
			t.Errorf("X[%d][%d] = %g: %v, want %v at row %d, column %d", tt.i, tt.j, tt.v, err, tt.want, tt.row, tt.col)
		}
	}
}

// The functions that fit or estimate never panic, whatever they are given:
// random shapes, entries, labels, classes, λ, folds and step limits, 3000
// times over. What is malformed gets a *DataError.
func TestContractRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	pick := func(v ...float64) float64 { return v[r.IntN(len(v))] }
	for trial := range 3000 {
		m, n := r.IntN(6), 1+r.IntN(3)
		if r.IntN(3) == 0 {
			m = 20 + r.IntN(30)
		}
		X := make([][]float64, m)
		y, class := make([]float64, m), make([]int, m)
		for i := range X {
			X[i] = make([]float64, n)
			if r.IntN(40) == 0 {
				X[i] = make([]float64, r.IntN(4)) // ragged
			}
			for j := range X[i] {
				X[i][j] = r.NormFloat64()
				if r.IntN(30) == 0 {
					X[i][j] = pick(math.NaN(), math.Inf(1), math.Inf(-1), 1e300)
				}
			}
			if len(X[i]) > 0 && r.IntN(30) != 0 {
				X[i][0] = 1
			}
			y[i] = float64(r.IntN(2))
			if r.IntN(30) == 0 {
				y[i] = pick(0.5, 2, -1, math.NaN())
			}
			class[i] = r.IntN(3) - boolInt(r.IntN(40) == 0)
		}
		if r.IntN(20) == 0 && m > 0 {
			y, class = y[1:], class[1:]
		}
		theta := make([]float64, n+boolInt(r.IntN(20) == 0))
		Theta := [][]float64{make([]float64, n)}
		lambda := pick(0, 0, 1, 0.1, -1, math.NaN(), math.Inf(1))
		K, folds, iters := r.IntN(5)-1, r.IntN(7)-1, r.IntN(4)-1
		k, level := r.IntN(4)-1, pick(0.95, 0, 1, math.NaN())
		calls := map[string]func() error{
			"Newton":      func() error { _, _, _, err := Newton(X, y, theta, lambda, iters); return err },
			"OneVsAll":    func() error { _, _, err := OneVsAll(X, class, K, lambda, iters); return err },
			"Multinomial": func() error { _, _, _, err := Multinomial(X, class, K, lambda, iters); return err },
			"CrossValidate": func() error {
				_, err := CrossValidate(X, y, []float64{lambda}, folds, iters)
				return err
			},
			"CrossValidateClasses": func() error {
				_, err := CrossValidateClasses(X, class, K, []float64{lambda}, folds, iters, r.IntN(2) == 0)
				return err
			},
			"StdErrors":            func() error { _, _, _, err := StdErrors(theta, X); return err },
			"ProfileInterval":      func() error { _, _, err := ProfileInterval(theta, X, y, k, level); return err },
			"MultinomialStdErrors": func() error { _, err := MultinomialStdErrors(Theta, X); return err },
			"Separation":           func() error { _, err := Separation(X, y); return err },
			"CheckRank":            func() error { return CheckRank(X) },
		}
		for name, call := range calls {
			var err error
			if msg := panicMessage(func() { err = call() }); msg != "no panic" {
				t.Fatalf("trial %d: %s panicked: %s (m = %d, n = %d, λ = %g, K = %d, folds = %d, iters = %d)", trial, name, msg, m, n, lambda, K, folds, iters)
			}
			takesLambda := name == "Newton" || name == "OneVsAll" || name == "Multinomial" || strings.HasPrefix(name, "CrossValidate")
			var de *DataError
			if (m == 0 || takesLambda && !(lambda >= 0)) && !errors.As(err, &de) {
				t.Fatalf("trial %d: %s(m = %d, λ = %g) = %v, want a *DataError", trial, name, m, lambda, err)
			}
		}
	}
}

// Shape mismatches are programming errors: they panic with a message naming them.
func TestCostFunctionShapePanics(t *testing.T) {
	tests := []struct {
		name    string
		theta   []float64
		X       [][]float64
		y       []float64
		want    string
		hessian bool // Hessian, which takes no y, panics too
	}{
		{"no examples", []float64{0}, nil, nil, "m = 0", true},
		{"len(y) != m", []float64{0, 0}, [][]float64{{1, 2}, {1, 3}}, []float64{1}, "len(y) = 1, want len(X) = 2", false},
		{"short row", []float64{0, 0}, [][]float64{{1, 2}, {1}}, []float64{1, 0}, "len(X[1]) = 1, want len(theta) = 2", true},
		{"long row", []float64{0, 0}, [][]float64{{1, 2, 3}}, []float64{1}, "len(X[0]) = 3, want len(theta) = 2", true},
	}
	for _, tt := range tests {
		got := panicMessage(func() { CostFunctionReg(tt.theta, tt.X, tt.y, 1) })
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: CostFunction panicked with %q, want a message containing %q", tt.name, got, tt.want)
		}
		if !tt.hessian {
			continue
		}
		got = panicMessage(func() { Hessian(tt.theta, tt.X, 1) })
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: Hessian panicked with %q, want a message containing %q", tt.name, got, tt.want)
		}
	}
}

// ——— The program (main.go), in its order: flags, reading, the report, -explain, -plot ———

// -h prints the usage and the flags, and exits 0.
func TestRunHelp(t *testing.T) {
	status, stdout, stderr := runProgram("-h")
	if status != 0 || stdout != "" || !strings.Contains(stderr, "usage: logreg [flags] [FILE]") || !strings.Contains(stderr, "-label string") {
		t.Errorf("logreg -h: status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
}

// The report's numbers, printed with 6 decimals, against REFERENCE.md.
func TestRunReference(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"bundled sample", nil, []string{
			"m = 100 examples, n = 2 features: petal_length, petal_width; label: virginica (column 3, the last)",
			"50 positive (y = 1), 50 negative (y = 0)",
			"Cost at initial theta (zeros): 0.693147",
			"θ1   petal_length      -0.323000",
			"converged in 10 steps",
			"θ0   (intercept)      -45.272344", "θ1   petal_length       5.754532", "θ2   petal_width       10.446700",
			"(intercept)      -45.272344      13.611668    -3.3260", "2.305912", "3.755651",
			"Cost at theta found: 0.102818",
			"Train accuracy: 94.000000 % (94 of 100)",
		}},
		{"challenger", []string{"-predict", "31", "testdata/challenger.csv"}, []string{
			"m = 23 examples, n = 1 feature: temperature_F; label: distress (column 2, the last)",
			"7 positive (y = 1), 16 negative (y = 0)",
			"θ1   temperature_F      15.391304", // the gradient at θ = 0
			"θ0   (intercept)        15.042902", "θ1   temperature_F      -0.232163",
			"7.378636", "0.108237", "0.04148", "0.03196",
			"Cost at theta found: 0.441635",
			"Train accuracy: 86.956522 % (20 of 23)",
			"For x = (31): P(y = 1) = h(θᵀx) = 0.999609",
		}},
		{"challenger, flags after the file, from -theta", []string{"testdata/challenger.csv", "-theta", "15,-0.25", "-lambda", "1"}, []string{
			"Cost at initial theta (-theta): 0.537321",
			"θ1   temperature_F      -9.307334",
		}},
		{"gradient descent on scaled iris", []string{"-method", "gd", "-normalize", "-alpha", "1", "-iters", "20000"}, []string{
			"gradient descent, lambda = 0: alpha = 1, 20000 iterations",
			"Theta found by gradient descent",
			"Cost at theta found: 0.102818",
		}},
	}
	for _, tt := range tests {
		status, stdout, stderr := runProgram(tt.args...)
		if status != 0 || stderr != "" {
			t.Errorf("%s: status %d, stderr %q; want 0 and nothing", tt.name, status, stderr)
		}
		for _, want := range tt.want {
			if !strings.Contains(stdout, want) {
				t.Errorf("%s: the report lacks %q:\n%s", tt.name, want, stdout)
			}
		}
	}
}

// Warnings go to stderr with the remedy; no optimum is claimed.
func TestRunWarnings(t *testing.T) {
	separable := writeFile(t, "sep.csv", "x,y\n0,0\n1,0\n2,1\n3,1\n")
	oneClass := writeFile(t, "one.csv", "1,0\n2,0\n3,0\n")
	tests := []struct {
		name       string
		args       []string
		wantStderr []string
		wantStdout []string
		notStdout  string
	}{
		{"separable", []string{separable}, []string{"linearly separable", "Remedy: -firth gives finite estimates with valid standard errors, tests and intervals; -lambda 1"},
			[]string{"not an optimum", "Train accuracy: 100.000000 %"}, "Theta found"},
		{"separable, gradient descent", []string{"-method", "gd", "-alpha", "1", separable}, []string{"linearly separable", "-lambda"},
			[]string{"not an optimum"}, "Theta found"},
		{"one class", []string{oneClass}, []string{"only one class", "every label is 0", "add examples of the other class"},
			[]string{"Fit: none"}, "Theta"},
		{"gradient descent not converged", []string{"-method", "gd", "-iters", "50"}, []string{"|grad J| = ", "not the optimum", "Remedy: more -iters"},
			[]string{"not an optimum"}, "Theta found"},
		{"gradient descent diverging", []string{"-method", "gd", "-alpha", "50", "testdata/challenger.csv"}, []string{"J rose", "-alpha 50 is too large"},
			nil, "Theta found"},
		{"quasi-separated, gradient descent", []string{"-method", "gd", "-alpha", "0.1", writeFile(t, "quasi.csv", "1,2,0\n3,4,1\n5,6,0\n2,5,1\n")},
			[]string{"quasi-separated: 1 example is fitted ever closer", "example 4 (line 4, y = 1)"}, []string{"not an optimum"}, "Theta found"},
		{"Newton's step limit", []string{"-iters", "2"}, []string{"did not converge", "iteration limit (2)", "‖grad J‖ = "},
			[]string{"not an optimum"}, "Theta found"},
	}
	for _, tt := range tests {
		status, stdout, stderr := runProgram(tt.args...)
		if status != 0 {
			t.Errorf("%s: status %d, want 0 (warnings only); stderr %q", tt.name, status, stderr)
		}
		for _, want := range tt.wantStderr {
			if !strings.Contains(stderr, want) || !strings.HasPrefix(stderr, "logreg: warning: ") {
				t.Errorf("%s: stderr %q, want a warning saying %q", tt.name, stderr, want)
			}
		}
		for _, want := range tt.wantStdout {
			if !strings.Contains(stdout, want) {
				t.Errorf("%s: stdout lacks %q:\n%s", tt.name, want, stdout)
			}
		}
		if strings.Contains(stdout, tt.notStdout) {
			t.Errorf("%s: stdout says %q:\n%s", tt.name, tt.notStdout, stdout)
		}
	}
}

// Bad input: one line on stderr naming the place, nothing on stdout, status 1 (2 for flags).
func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name    string
		content string // the file's content, written to data.csv and named last, unless noFile
		args    []string
		status  int
		want    string // stderr, after the file's path
		report  bool   // the error comes after the report began on stdout
		noFile  bool   // no data file is written: args name their own
	}{
		{"missing file", "", []string{"/nonexistent/data.csv"}, 1, "/nonexistent/data.csv: cannot open: no such file or directory", false, true},
		{"empty file", "\n\n", nil, 1, ": empty file", false, false},
		{"header, no rows", "a,b,label\n\n", nil, 1, ":1: a header row but no data rows", false, false},
		{"short row", "1,2,0\n3,4,1\n5,1\n", nil, 1, ":3:3: 2 fields, want 3 as on line 1", false, false},
		{"long row", "x1,x2,y\n1,2,0\n3,4,1,7\n", nil, 1, ":3:4: 4 fields, want 3 as on line 1", false, false},
		{"NaN, -na fail", "1,2,0\n1,NaN,1\n", []string{"-na", "fail"}, 1, `:2:2: a missing value in column x2 (-na fail`, false, false},
		{"Inf", "1,2,0\n-inf,1,1\n", nil, 1, `:2:1: "-inf" is not a finite decimal number`, false, false},
		{"a missing value in every row", "NaN,1,0\n", nil, 1, `: every row has a missing value in a column the model uses`, false, false},
		{"out of range", "1,1e400,0\n", nil, 1, `:1:2: "1e400" is out of the range of a float64`, false, false},
		{"label of 3 levels", "1,2,0\n3,4,2\n5,6,1\n", nil, 1, `: the label y has 3 levels (0, 1, 2) (the label is the last column, y, unless -label NAME or -label N chooses another): -onevsall or -multinomial`, false, false},
		{"label 0.5", "1 2 0\n3 4 0.5\n", nil, 1, `:2:3: label "0.5" is not 0 or 1: a share of trials needs -trials`, false, false},
		{"empty field, -na fail", "1,,0\n", []string{"-na", "fail"}, 1, ":1:2: a missing value in column x2", false, false},
		{"one column", "0\n1\n", nil, 1, ":1: 1 column", false, false},
		{"hex", "0x1p3,1,0\n", nil, 1, `:1:1: "0x1p3" is not a finite decimal number`, false, false},
		{"underscore", "1_000,1,0\n", nil, 1, `:1:1: "1_000" is not a finite decimal number`, false, false},
		{"a header with numbers for names", "x,1,0\n2,3,1\n", nil, 1, `cannot fit: 1 example cannot determine 3 parameters`, false, false},
		{"-lambda abc", "1,0\n2,1\n", []string{"-lambda", "abc"}, 2, `invalid value "abc" for flag -lambda`, false, false},
		{"-lambda -1", "1,0\n2,1\n", []string{"-lambda", "-1"}, 2, "-lambda -1: want a finite number ≥ 0", false, false},
		{"-predict 1,x", "1,2,0\n2,1,1\n", []string{"-predict", "1,x"}, 2, `-predict: "x" is not a number, for x2`, false, false},
		{"-predict of the wrong length", "1,2,0\n2,1,1\n", []string{"-predict", "1"}, 2, "-predict has 1 value, want 2: x1, x2", false, false},
		{"-theta of the wrong length", "1,2,0\n2,1,1\n", []string{"-theta", "0,0"}, 2, "-theta has 2 numbers, want 3", false, false},
		{"-degree overflows", "a,b,y\n1e200,1,0\n2e200,2,1\n", []string{"-degree", "2"}, 1, ":2: -degree 2: the term a^2 overflows float64 (a = 1e+200, b = 1)", false, false},
		{"-degree with 3 features", "1,2,3,0\n2,1,1,1\n", []string{"-degree", "2"}, 2, "-degree 2 maps two numeric features", false, false},
		{"-method", "1,0\n2,1\n", []string{"-method", "sgd"}, 2, `-method "sgd": want newton or gd`, false, false},
		{"-alpha 0", "1,0\n2,1\n", []string{"-method", "gd", "-alpha", "0"}, 2, "-alpha 0: want a finite number > 0", false, false},
		{"-iters -5", "1,0\n2,1\n", []string{"-iters", "-5"}, 2, "-iters -5: want 1 to 10000000", false, false},
		{"-degree 0", "1,2,0\n2,1,1\n", []string{"-degree", "0"}, 2, "-degree 0: want 1", false, false},
		{"-plot and -explain", "1,0\n2,1\n", []string{"-plot", "x.svg", "-explain"}, 2, "-plot has no effect with -explain", false, false},
		{"-iters 0", "1,0\n2,1\n", []string{"-iters", "0"}, 2, "-iters 0: want 1 to 10000000", false, false},
		{"-example without -explain", "1,0\n2,1\n", []string{"-example", "500"}, 2, "-example has no effect without -explain", false, false},
		{"-alpha with Newton", "1,0\n2,1\n", []string{"-alpha", "0.1"}, 2, "-alpha has no effect with -method newton", false, false},
		{"-predict with -explain", "1,0\n2,1\n", []string{"-explain", "-predict", "3"}, 2, "-predict has no effect with -explain", false, false},
		{"-iters with -explain", "1,0\n2,1\n", []string{"-explain", "-iters", "3"}, 2, "-iters has no effect with -explain", false, false},
		{"-plot not .svg", "1,0\n2,1\n", []string{"-plot", "x.png"}, 2, "-plot x.png: want a file name ending in .svg", false, false},
		{"-example past the end", "1,0\n2,1\n", []string{"-explain", "-example", "3"}, 2, "-example 3: ", false, false},
		{"unknown flag", "1,0\n2,1\n", []string{"-lamda", "1"}, 2, "flag provided but not defined: -lamda", false, false},
		{"two files", "1,0\n2,1\n", []string{"other.csv"}, 2, "one data file at most", false, false},
		{"NUL byte", "1,0\n2\x00,1\n", nil, 1, ":2: a NUL byte: this is not a text file of numbers", false, false},
		{"a quote left open", "x,y\n\"1,0\n2,1\n", nil, 1, `:3: character 5: extraneous or missing " in quoted-field`, false, false},
		{"a quote inside a field", "x,y\n1\"5,0\n", nil, 1, `:2: character 2: bare " in non-quoted-field`, false, false},
		{"UTF-16 cut short", "\xff\xfe1\x00,\x000\x00\n", nil, 1, ": UTF-16 text with an odd number of bytes", false, false},
		{"label not 0/1, last column by default", "y,x1,x2\n1,0.5,3\n0,0.7,4\n1,0.2,5\n", nil, 1, `: the label x2 has 3 levels (3, 4, 5) (the label is the last column, x2, unless -label NAME or -label N chooses another): -onevsall or -multinomial fit more than two classes`, false, false},
		{"too few examples for the parameters", "1,2,3,0\n4,5,7,1\n2,2,2,0\n", nil, 1, "cannot fit: 3 examples cannot determine 4 parameters (θ0 to θ3)", false, false},
		{"constant column", "1,5,0\n2,5,1\n3,5,0\n4,5,1\n", nil, 1, "cannot fit: column 2 (x2) is constant", true, false},
		{"duplicated column", "1,1,0\n2,2,1\n3,3,0\n4,4,1\n", nil, 1, "cannot fit: column 2 (x2) is, to rounding, a linear combination of the intercept and the columns before it (x1)", true, false},
		{"unwritable plot", "1,0\n2,1\n3,0\n4,1\n", []string{"-plot", "/nonexistent/dir/p.svg"}, 1, "cannot write the plot: open /nonexistent/dir/p.svg", true, false},
	}
	for _, tt := range tests {
		args := tt.args
		if !tt.noFile {
			args = append(append([]string(nil), args...), writeFile(t, "data.csv", tt.content))
		}
		status, stdout, stderr := runProgram(args...)
		if status != tt.status {
			t.Errorf("%s: status %d, want %d (stderr %q)", tt.name, status, tt.status, stderr)
		}
		if !strings.Contains(stderr, tt.want) {
			t.Errorf("%s: stderr %q, want it to contain %q", tt.name, stderr, tt.want)
		}
		if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
			t.Errorf("%s: stderr has a stack trace: %q", tt.name, stderr)
		}
		if lines := strings.Count(stderr, "\n"); lines != 1 {
			t.Errorf("%s: stderr has %d lines, want 1: %q", tt.name, lines, stderr)
		}
		if (stdout != "") != tt.report {
			t.Errorf("%s: stdout %q, want a report begun: %v", tt.name, stdout, tt.report)
		}
	}
}

// The file formats a user has: the course's ex2data1.txt style (no header,
// commas), spaces and tabs as Octave's load reads, CRLF and blank lines.
func TestRunFormats(t *testing.T) {
	const want = "Cost at theta found: 0.441635"
	challenger, err := os.ReadFile("testdata/challenger.csv")
	if err != nil {
		t.Fatal(err)
	}
	noHeader := strings.SplitN(string(challenger), "\n", 2)[1]
	spaced := strings.ReplaceAll(noHeader, ",", " ")
	// quoted as R's write.csv writes: names and numbers in quotes
	quoted := "\"temp, °F\",\"distress \"\"yes\"\"\"\n" + regexp.MustCompile(`(?m)^(\d+),(\d)$`).ReplaceAllString(noHeader, `"$1","$2"`)
	tests := []struct {
		name, content string
		names         string // the report's column names, if not the default
	}{
		{"no header", noHeader, ""},
		{"spaces and tabs", strings.NewReplacer(",", " \t ").Replace(noHeader), ""},
		{"CRLF and blank lines", "\r\n" + strings.ReplaceAll(noHeader, "\n", "\r\n\r\n"), ""},
		{"CR line ends (classic Mac), commas", strings.ReplaceAll(noHeader, "\n", "\r"), ""},
		{"CR line ends (classic Mac), spaces", strings.ReplaceAll(spaced, "\n", "\r"), ""},
		{"CR line ends and a header", strings.ReplaceAll(string(challenger), "\n", "\r"), "temperature_F; label: distress"},
		{"quoted header, spaces around commas", "\"temp\", \"distress\"\n" + strings.ReplaceAll(noHeader, ",", " , "), "temp; label: distress"},
		{"RFC 4180 quoting: commas and doubled quotes in names, quoted numbers", quoted, `temp, °F; label: distress "yes"`},
		{"tab-separated, names with spaces", "launch temp\tO-ring distress\n" + strings.ReplaceAll(noHeader, ",", "\t"), "launch temp; label: O-ring distress"},
		{"quoted names, spaces between", "\"temp\" \"distress\"\n" + spaced, "temp; label: distress"},
		{"no final newline", strings.TrimSuffix(noHeader, "\n"), ""},
		{"byte order mark", "\ufeff" + noHeader, ""},
		{"byte order mark before a header", "\ufeff" + string(challenger), "temperature_F; label: distress"},
		{"UTF-16LE with byte order mark, as Windows saves it", utf16Text(string(challenger), binary.LittleEndian, true), "temperature_F; label: distress"},
		{"UTF-16BE with byte order mark", utf16Text(string(challenger), binary.BigEndian, true), "temperature_F; label: distress"},
		{"UTF-16LE without byte order mark", utf16Text(noHeader, binary.LittleEndian, false), ""},
		{"UTF-16 and CRLF", utf16Text(strings.ReplaceAll(string(challenger), "\n", "\r\n"), binary.LittleEndian, true), "temperature_F; label: distress"},
	}
	for _, tt := range tests {
		status, stdout, stderr := runProgram(writeFile(t, "data.txt", tt.content))
		if status != 0 || !strings.Contains(stdout, want) || !strings.Contains(stdout, "m = 23 examples") {
			t.Errorf("%s: status %d, stderr %q; want the Challenger fit:\n%s", tt.name, status, stderr, stdout)
		}
		names := tt.names
		if names == "" {
			names = "x1; label: y"
		}
		if !strings.Contains(stdout, "n = 1 feature: "+names+" (column 2, the last)") {
			t.Errorf("%s: want the columns %q:\n%s", tt.name, names, stdout)
		}
	}
}

// -label chooses the label's column, by header name or number; the report says which.
func TestRunLabel(t *testing.T) {
	// the Challenger data with the label first, as many files have it
	data := "distress,temperature_F\n" + regexp.MustCompile(`(?m)^(\d+),(\d)$`).ReplaceAllString(
		strings.SplitN(mustRead(t, "testdata/challenger.csv"), "\n", 2)[1], "$2,$1")
	file := writeFile(t, "labelfirst.csv", data)
	tests := []struct {
		args       []string
		status     int
		wantStdout string
		wantStderr string
	}{
		{nil, 1, "", `: the label temperature_F has 16 levels (53, 57, 58, 63, 66, 67, …) (the label is the last column, temperature_F, unless -label NAME or -label N chooses another): -onevsall or -multinomial fit more than two classes`},
		{[]string{"-label", "distress"}, 0, "n = 1 feature: temperature_F; label: distress (column 1, chosen by -label)", ""},
		{[]string{"-label", "1"}, 0, "n = 1 feature: temperature_F; label: distress (column 1, chosen by -label)", ""},
		{[]string{"-label", "2"}, 1, "", `: the label temperature_F has 16 levels`},
		{[]string{"-label", "3"}, 2, "", "-label 3: want a column from 1 to 2"},
		{[]string{"-label", "y"}, 2, "", "-label y: no column has that name; the columns are distress, temperature_F"},
	}
	for _, tt := range tests {
		status, stdout, stderr := runProgram(append(tt.args, file)...)
		if status != tt.status || !strings.Contains(stdout, tt.wantStdout) || !strings.Contains(stderr, tt.wantStderr) {
			t.Errorf("logreg %s: status %d, want %d; stdout %q, want %q; stderr %q, want %q",
				strings.Join(tt.args, " "), status, tt.status, stdout, tt.wantStdout, stderr, tt.wantStderr)
		}
		if tt.status == 0 && !strings.Contains(stdout, "Cost at theta found: 0.441635") {
			t.Errorf("logreg %s: not the Challenger fit:\n%s", strings.Join(tt.args, " "), stdout)
		}
	}
	if status, _, stderr := runProgram("-label", "distress", writeFile(t, "noheader.csv", "1,0\n2,1\n3,0\n")); status != 2 || !strings.Contains(stderr, "the file has no header line") {
		t.Errorf("-label NAME without a header: status %d, stderr %q", status, stderr)
	}
}

// realDataRuns are the program's runs on files as R, pandas and
// spreadsheets write them, one or more for each kind the issue of real data
// names: the status, lines the report must hold (the columns' widths aside)
// and a part of stderr.
var realDataRuns = []struct {
	name, content string
	args          []string
	status        int
	want          []string // lines of stdout
	stderr        string
}{
	// 1. row names never become a feature
	{"R's row names", "\"\",\"x\",\"y\"\n\"a\",1,0\n\"b\",2,1\n\"c\",3,0\n\"d\",4,1\n\"e\",3.5,1\n\"f\",1.5,0\n", nil, 0,
		[]string{"n = 1 feature: x; label: y (column 3, the last)", "column 1, with no name, left out: the row names that R's write.csv and pandas' to_csv write", "θ1 x 1.464975"}, ""},
	{"pandas' index written back", "Unnamed: 0,x,y\n0,1,0\n1,2,1\n2,3,0\n3,4,1\n4,3.5,1\n5,1.5,0\n", nil, 0,
		[]string{"column 1, \"Unnamed: 0\", left out: the row names", "θ1 x 1.464975"}, ""},
	{"a column of row numbers", "id,x,y\n1,5,0\n2,3,1\n3,6,0\n4,2,1\n5,5,1\n6,1,0\n7,4,0\n8,2,1\n9,7,0\n10,3,1\n", nil, 0, nil,
		"warning: column 1, id, holds 1, 2, …, 10 in order: it looks like a row number, not a feature. Remedy: -drop id"},
	// 2. factors, as R's glm with treatment contrasts
	{"a text column is a factor", "g,x,y\nb,1,0\na,2,1\nc,3,0\na,4,1\nb,3,1\nc,1,0\na,2,0\nb,4,1\n", nil, 0,
		[]string{"n = 3 features: gb, gc, x;", "g: a factor of 3 levels, a (the reference), b, c; its columns gb, gc"}, ""},
	{"-ref", "g,x,y\nb,1,0\na,2,1\nc,3,0\na,4,1\nb,3,1\nc,1,0\na,2,0\nb,4,1\n", []string{"-ref", "g=c"}, 0,
		[]string{"g: a factor of 3 levels, c (the reference), a, b; its columns ga, gb"}, ""},
	{"-factor on a numeric column", "race,x,y\n1,1,0\n2,2,1\n3,3,0\n1,4,1\n2,3,1\n3,1,0\n1,2,0\n2,4,1\n", []string{"-factor", "race"}, 0,
		[]string{"race: a factor of 3 levels, 1 (the reference), 2, 3; its columns race2, race3"}, ""},
	{"-predict by a level's name", "g,x,y\nb,1,0\na,2,1\nc,3,0\na,4,1\nb,3,1\nc,1,0\na,2,0\nb,4,1\n", []string{"-predict", "c,2.5"}, 0,
		[]string{"For x = (c, 2.5): P(y = 1) = h(θᵀx) ="}, ""},
	{"an identifier", "name,x,y\nn1,1,0\nn2,2,1\nn3,3,0\nn4,4,1\nn5,3,1\nn6,1,0\nn7,2,0\nn8,4,1\nn9,1,1\nn10,2,0\nn11,3,1\nn12,4,0\n", nil, 1, nil,
		"column name has 12 distinct texts in 12 rows: it looks like an identifier, not a factor. Remedy: -drop name"},
	// 3. missing values, as R's na.omit
	{"NA, empty, ?, NULL, NaN", "x,z,y\n1,2,0\nNA,1,1\n3,,0\n4,?,1\n5,NULL,1\nNaN,3,0\n2,1,1\n3,2,0\n4,4,1\n1,3,1\n2,2,0\n", nil, 0,
		[]string{"m = 6 examples", "5 rows with a missing value left out, as R's na.omit (lines 3, 4, 5, 6, 7)"}, ""},
	{"-na fail", "x,z,y\n1,2,0\nNA,1,1\n3,4,0\n", []string{"-na", "fail"}, 1, nil, ":3:1: a missing value in column x (-na fail"},
	{"a factor with NA and an empty field", "g,x,y\nb,1,0\nNA,2,1\nc,3,0\na,4,1\nb,3,1\nc,1,0\na,2,0\nb,4,1\na,1,1\nc,2,1\nb,2,0\n,3,1\na,3,0\n", nil, 0,
		[]string{"2 rows with a missing value left out, as R's na.omit (lines 3, 13)", "θ2 gc -0.384937", "θ3 x 0.736137"}, ""}, // R: read.csv(na.strings = c("", "NA"))
	// 4. a label in two levels, the second y = 1
	{"yes/no", "x,y\n1,no\n2,yes\n3,no\n4,yes\n3.5,yes\n1.5,no\n", nil, 0, []string{"y = 1: y = yes, y = 0: y = no", "θ1 x 1.464975"}, ""},
	{"TRUE/FALSE", "x,y\n1,FALSE\n2,TRUE\n3,FALSE\n4,TRUE\n3.5,TRUE\n1.5,FALSE\n", nil, 0, []string{"y = 1: y = TRUE, y = 0: y = FALSE", "θ1 x 1.464975"}, ""},
	{"pandas' True/False", "x,y\n1,False\n2,True\n3,False\n4,True\n3.5,True\n1.5,False\n", nil, 0, []string{"y = 1: y = True", "θ1 x 1.464975"}, ""},
	{"M/B", "x,y\n1,B\n2,M\n3,B\n4,M\n3.5,M\n1.5,B\n", nil, 0, []string{"y = 1: y = M, y = 0: y = B", "θ1 x 1.464975"}, ""},
	{"1/2", "x,y\n1,1\n2,2\n3,1\n4,2\n3.5,2\n1.5,1\n", nil, 0, []string{"y = 1: y = 2, y = 0: y = 1", "θ1 x 1.464975"}, ""},
	{"-1/1", "x,y\n1,-1\n2,1\n3,-1\n4,1\n3.5,1\n1.5,-1\n", nil, 0, []string{"y = 1: y = 1, y = 0: y = -1", "θ1 x 1.464975"}, ""},
	{"-positive", "x,y\n1,yes\n2,no\n3,yes\n4,no\n3.5,no\n1.5,yes\n", []string{"-positive", "yes"}, 0, []string{"y = 1: y = yes, y = 0: y = no", "θ1 x -1.464975"}, ""},
	{"three levels", "x,y\n1,a\n2,b\n3,c\n", nil, 1, nil, "the label y has 3 levels (a, b, c) (the label is the last column, y, unless -label NAME or -label N chooses another): -onevsall or -multinomial fit more than two classes"},
	// 5. labels equal as numbers are one class
	{"1 and 1.0", "x,z,y\n1,2,1\n2,1,1.0\n3,3,2\n4,1,2.0\n5,2,3\n1,2,1\n2,3,2\n3,1,3\n4,4,3.0\n", []string{"-multinomial", "-lambda", "1"}, 0, []string{"3 classes: 1 (3), 2 (3), 3 (3)"}, ""},
	// 6. the features chosen
	{"-x", "a,b,c,y\n1,5,2,0\n2,3,1,1\n3,6,3,0\n4,2,4,1\n3.5,1,2,1\n1.5,4,3,0\n", []string{"-x", "a"}, 0, []string{"n = 1 feature: a;", "θ1 a 1.464975"}, ""},
	{"-drop", "a,b,c,y\n1,5,2,0\n2,3,1,1\n3,6,3,0\n4,2,4,1\n3.5,1,2,1\n1.5,4,3,0\n", []string{"-drop", "b,3"}, 0, []string{"n = 1 feature: a;", "θ1 a 1.464975"}, ""},
	{"-x names nothing", "a,b,y\n1,5,0\n2,3,1\n", []string{"-x", "d"}, 2, nil, "-x d: no column has that name; the columns are a, b, y"},
	// 7. counts and weights
	{"-trials", "x,s,n\n1,0,2\n2,1,2\n3,1,3\n4,3,3\n", []string{"-label", "s", "-trials", "n"}, 0,
		[]string{"5 successes (y = 1), 5 failures (y = 0)", "label: s successes of the trials in column n, as R's glm(cbind(s, n - s) ~ …): 5 of 10"}, ""},
	{"more successes than trials", "x,s,n\n1,0,2\n2,3,2\n", []string{"-label", "s", "-trials", "n"}, 1, nil, ":3:2: successes \"3\": want a whole number from 0 to the trials, 2"},
	{"-weights", "x,w,y\n1,2,0\n2,1,1\n3,1,0\n4,2,1\n3.5,1,1\n1.5,3,0\n", []string{"-weights", "w"}, 0,
		[]string{"4 positive (y = 1), 6 negative (y = 0), counted by their weights", "weights: column w, R's glm(…, weights = w)"}, ""},
	{"a negative weight", "x,w,y\n1,2,0\n2,-1,1\n", []string{"-weights", "w"}, 1, nil, ":3:2: weight \"-1\": want a finite number ≥ 0"},
	// 8. semicolons and decimal commas
	{"write.csv2", "\"\";\"x\";\"y\"\n\"1\";1;0\n\"2\";2;1\n\"3\";3;0\n\"4\";4;1\n\"5\";3,5;1\n\"6\";1,5;0\n", nil, 0,
		[]string{"read as R's write.csv2 writes it: ';' between fields, ',' as the decimal point", "θ1 x 1.464975"}, ""},
	// 9. headers and fields at the edges
	{"duplicate names", "y,a,y\n0,1,0\n1,2,1\n", nil, 1, nil, ":1:3: columns 1 and 3 are both named \"y\": rename one"},
	{"row names beside x1", "\"\",x1,x2,y\n\"1\",1,5,0\n\"2\",2,3,1\n\"3\",3,6,0\n\"4\",4,2,1\n\"5\",3.5,1,1\n\"6\",1.5,4,0\n", []string{"-drop", "x2"}, 0,
		[]string{"n = 1 feature: x1;", "column 1, with no name, left out", "θ1 x1 1.464975"}, ""},
	{"a header with inf", "age,inf,y\n1,5,0\n2,3,1\n3,6,0\n4,2,1\n3.5,1,1\n1.5,4,0\n", []string{"-x", "age"}, 0, []string{"n = 1 feature: age;", "θ1 age 1.464975"}, ""},
	{"a header with years", "region,2019,y\n1,5,0\n2,3,1\n3,6,0\n4,2,1\n3.5,1,1\n1.5,4,0\n", []string{"-drop", "2019"}, 0, []string{"n = 1 feature: region;"}, ""},
	{"a data line with inf", "1,inf,0\n2,1,1\n", nil, 1, nil, ":1:2: \"inf\" is not a finite decimal number"},
	{"a quoted newline in a name", "\"dose\nmg\",y\n1,0\n2,1\n3,0\n4,1\n3.5,1\n1.5,0\n", nil, 0, []string{"n = 1 feature: dose\\x0amg;"}, ""},
	{"an empty TSV field", "a\tb\ty\n1\t\t0\n2\t3\t1\n", []string{"-na", "fail"}, 1, nil, ":2:2: a missing value in column b"},
	{"a control character in a name", "te\x1bmp,y\n1,0\n2,1\n3,0\n4,1\n3.5,1\n1.5,0\n", nil, 0, []string{"n = 1 feature: te\\x1bmp;", "θ1 te\\x1bmp 1.464975"}, ""},
}

// The program reads files as R, pandas and spreadsheets write them (see
// realDataRuns); a control character never reaches the terminal or the SVG raw.
func TestRunRealData(t *testing.T) {
	for _, r := range realDataRuns {
		args := append(append([]string(nil), r.args...), writeFile(t, "data.csv", r.content))
		status, stdout, stderr := runProgram(args...)
		if status != r.status || !strings.Contains(stderr, r.stderr) {
			t.Errorf("%s: status %d, stderr %q; want %d and %q", r.name, status, stderr, r.status, r.stderr)
		}
		checkReport(t, r.name, stdout, r.want, nil)
		if strings.ContainsRune(stdout+stderr, 0x1b) {
			t.Errorf("%s: a raw ESC reached the terminal", r.name)
		}
	}
	root, _ := plotFile(t, writeFile(t, "esc.csv", "te\x1bmp,y\n1,0\n2,1\n3,0\n4,1\n3.5,1\n1.5,0\n"))
	if root == nil {
		t.Error("the SVG of a file with ESC in a name does not parse")
	}
}

// Files as R and pandas write them, against R 4.2's glm (epsilon 1e-15,
// refitted from its own optimum so that its standard errors are at it):
// MASS's birthwt with race and smoke as text, low as no/yes and 6 values NA,
// by write.csv (testdata/birthwt_r.csv), write.csv2 (birthwt_r2.csv) and
// pandas' to_csv of it (birthwt_pd.csv), fitted as glm(low == "yes" ~ .,
// binomial, read.csv("birthwt_r.csv", row.names = 1)); esoph's counts by
// write.csv with n = ncases + ncontrols (testdata/esoph_r.csv), fitted as
// glm(cbind(ncases, n - ncases) ~ agegp + alcgp + tobgp), its factors read
// back as text; and mtcars' am ~ wt + hp by write.csv2, decimal commas and
// all (mtcars_csv2.csv). θ, se, deviances and AIC to 1e-9.
func TestRealFilesAgainstR(t *testing.T) {
	birthwt := struct{ theta, se, dev []float64 }{
		[]float64{2.1507988442402701, -0.041062513599694574, -0.015865703112356563, -0.53307625883745302, -1.310701099653675, 0.90027225104569331, 0.5692567811814071, 1.99354172062181, 0.72093585310206298, 0.069364404578071678},
		[]float64{1.3383946599334127, 0.037839712813229148, 0.0073700196322969884, 0.56084567131420493, 0.54022250110957759, 0.40961855992343299, 0.34800134703984875, 0.72042149634313857, 0.4667538728061259, 0.17521964320616637},
		[]float64{193.8045216225099, 227.02104685504887, 213.80452162250992},
	}
	tests := []struct {
		file           string
		spec           readSpec
		names          []string
		theta, se, dev []float64
	}{
		{"birthwt_r.csv", readSpec{label: "low"}, []string{"age", "lwt", "raceother", "racewhite", "smokeyes", "ptl", "ht", "ui", "ftv", "low"}, birthwt.theta, birthwt.se, birthwt.dev},
		{"birthwt_r2.csv", readSpec{label: "low"}, nil, birthwt.theta, birthwt.se, birthwt.dev},
		{"birthwt_pd.csv", readSpec{label: "low"}, nil, birthwt.theta, birthwt.se, birthwt.dev},
		{"esoph_r.csv", readSpec{label: "ncases", trials: "n"},
			[]string{"agegp35-44", "agegp45-54", "agegp55-64", "agegp65-74", "agegp75+", "alcgp120+", "alcgp40-79", "alcgp80-119", "tobgp10-19", "tobgp20-29", "tobgp30+", "ncases"},
			[]float64{-6.8954151737063025, 1.9808845739302872, 3.7762864679260559, 4.3351816651977151, 4.8964058520742837, 4.8265420130605019, 3.6028688070641413, 1.4346286827910619, 1.980717294332494, 0.43805245445972818, 0.51261806272880972, 1.6409973294939084},
			[]float64{1.0859407606903033, 1.1040681956115099, 1.0680445387075417, 1.065051623000606, 1.0763806439807622, 1.1213004046968968, 0.38503808593375688, 0.25006226205466447, 0.28476194742709487, 0.22832287294525613, 0.27297723844988464, 0.34411373097934456},
			[]float64{82.336872469568377, 367.95345785593372, 221.39179286834266}},
		{"mtcars_csv2.csv", readSpec{}, []string{"wt", "hp", "am"}, []float64{18.8662987172040957, -8.0834751824446283, 0.0362555960822165}, nil, nil},
		{"birthwt_weights.csv", readSpec{weights: "w"}, []string{"age", "lwt", "low"}, // as TestWeightedAgainstR's
			[]float64{2.2708281652033104, -0.034979477183699363, -0.017251722118452634}, nil,
			[]float64{489.44600522711806, 512.83237740010986, 507.05160582141548}},
	}
	for _, tt := range tests {
		f, err := os.Open("testdata/" + tt.file)
		if err != nil {
			t.Fatal(err)
		}
		d, err := readData(tt.file, f, &tt.spec)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if tt.names != nil && fmt.Sprint(d.names) != fmt.Sprint(tt.names) {
			t.Errorf("%s: columns %v, want %v", tt.file, d.names, tt.names)
		}
		theta, _, _, err := NewtonWeighted(d.X, d.y, d.w, make([]float64, len(d.X[0])), 0, 100)
		if err != nil || !nearAll(theta, tt.theta, 1e-9) {
			t.Errorf("%s: θ = %v (%v), want %v", tt.file, theta, err, tt.theta)
			continue
		}
		cov, err := NewCovarianceWeighted(theta, d.X, d.w)
		if err != nil {
			t.Fatal(err)
		}
		if se, _, _ := cov.Wald(theta); tt.se != nil && !nearAll(se, tt.se, 1e-9) {
			t.Errorf("%s: se %v, want %v", tt.file, se, tt.se)
		}
		residual, null, aic := DeviancesWeighted(theta, d.X, d.y, d.w, d.trials)
		if tt.dev != nil && !nearAll([]float64{residual, null, aic}, tt.dev, 1e-9) {
			t.Errorf("%s: deviances and AIC %v, want %v", tt.file, []float64{residual, null, aic}, tt.dev)
		}
	}
}

// tableDump writes what a table read holds, every number by its bits, for
// comparing two readings of one file.
func tableDump(t *table, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "width %d label %d header %v line %d first %q comma %v odd %d missing %v\n", t.width, t.label, t.header, t.headerLine, t.first, t.comma, t.odd, t.missed)
	for i, row := range t.rows {
		fmt.Fprintf(&b, "%d:", t.lines.at(i))
		for k := range t.cols {
			fmt.Fprintf(&b, " %x", math.Float64bits(t.at(i, k)))
		}
		fmt.Fprintf(&b, " (%d)\n", len(row))
	}
	for k, c := range t.cols {
		fmt.Fprintf(&b, "col %d: %v %v %v\n", k, c.levels, c.count, c.code)
	}
	return b.String()
}

// The file read in chunks of any size on any number of cores holds the same
// rows, lines, levels and first error as the file read whole on one core:
// files with CR, CRLF, a byte order mark, quotes holding separators and line
// ends, blank lines, texts first seen late, and errors, with every chunk size
// from 1 byte, so that a chunk's edge falls everywhere.
func TestParallelReader(t *testing.T) {
	files := []string{
		"x1,x2,y\n1,2,0\n3,4,1\n5,6,0\n",
		"x1,x2,y\r\n1,2,0\r\n\r\n3,4,1\r\n5,6,0",
		"x1,x2,y\r1,2,0\r3,4,1\r\r5,6,0\r",
		"\xef\xbb\xbfa,b,y\n1,2,0\n3,4,1\n",
		"\"name\",\"note\",\"y\"\n\"a\",\"x, \"\"q\"\"\n2nd line\",\"0\"\n\"b\",\"plain\",\"1\"\n\"a\",\"\",1\n\"c\",\"line\none\ntwo\",0\n",
		"id,g,y\n1,1,0\n2,1,1\n3,1,0\n4,1,1\n5,b,0\n6,a,1\n7,g,0\n8,b,1\n",
		"g,v,y\ng,1,0\nb,2,1\ng,3,0\na,4,1\n",
		"a;b;y\n1,5;2;0\n3;4,25;1\n5;6;0\n",
		"1 2 0\n  3\t4 1\n\n\"5\" '6' 0\n",
		"x,y\n1,0\n2,1\n3,zz\n4,1\n5,1e999\n",
		"x,y\n1,0\n2,1\n3\n4,1,2\n",
		"x,y\n1,0\n2,1\n3,a\"b\n4,1\n",
		"x,y\n1,0\n2,\"1\n3,0\n4,1\n",
		"x,y\n1,0\n2,1\n3,0\x00\n4,1\n",
		"x,y\n1,0\n1e999,1\n3,0\x00\n4,1\n",
		"x,y\n1,0\n2,1\n0x1p3,0\n",
		"inf,y\n1,0\n2,1\n",
		"\n\n\n1,0\n2,1\n",
		"x,y\n",
		"",
		"\"\",a,b,y\n\"1\",NA,2,0\n\"2\",3,,1\n\"3\",?,NULL,0\n\"4\",5,6,1\n",
		"a,b,y\n,2,0\nNaN,3,1\n4,,\n",
	}
	// a longer file: a factor whose levels appear far apart, quotes now and then
	var long strings.Builder
	long.WriteString("\"id\",x,f,y\n")
	for i := range 150 {
		fmt.Fprintf(&long, "\"%d\",%d.5,%c,%d\n", i, i%17, 'a'+byte(i*i%7), i%2)
		if i%37 == 0 {
			long.WriteString("\n")
		}
	}
	files = append(files, long.String(), long.String()+"1,2,3\n", long.String()+"\"1,2,3,4\n")
	for _, text := range files {
		whole := readLimits{mem: memory{1 << 30, "test"}, workers: 1, chunk: 1 << 20} // more than any file here
		want := tableDump(readTable("f.csv", strings.NewReader(text), whole))
		for _, chunk := range []int{1, 2, 3, 5, 8, 13, 64, 257} {
			for _, workers := range []int{1, 2, 4} {
				lim := readLimits{mem: memory{1 << 30, "test"}, workers: workers, chunk: chunk}
				if got := tableDump(readTable("f.csv", strings.NewReader(text), lim)); got != want {
					t.Fatalf("%q in chunks of %d bytes on %d cores:\n%s\nwant (read whole on one core):\n%s", text, chunk, workers, got, want)
				}
			}
		}
	}
}

// Every limit of a line is checked as it is read, with the line's number:
// its length (64 MiB) in each kind of file, within one read or across
// reads, and its fields (2²⁰), counted before the record is split.
func TestReadLimits(t *testing.T) {
	long := strings.Repeat("1", maxLine+1)
	tests := []struct {
		name, text, want string
	}{
		{"spaces", "1 0\n" + long + " 0\n2 1\n", "f.csv:2: a line longer than 64 MiB"},
		{"commas", "1,0\n2,1\n" + long + ",0\n", "f.csv:3: a line longer than 64 MiB"},
		{"commas, the line across reads", "1,0\n" + strings.Repeat("2", chunkSize-10) + long + ",1\n", "f.csv:2: a line longer than 64 MiB"},
		{"quotes", "\"a\",\"y\"\n\"" + long + "\",1\n", "f.csv:2: a line longer than 64 MiB"},
		{"fields, commas", "1,0\n" + strings.Repeat("1,", maxFields) + "0\n", "f.csv:2: more than 1048576 fields on one line"},
		{"fields, spaces", strings.Repeat("1 ", maxFields) + "0\n", "f.csv:1: more than 1048576 fields on one line"},
		{"fields, quotes", "\"a\",\"b\"\n\"x\"," + strings.Repeat("1,", maxFields) + "0\n", "f.csv:2: more than 1048576 fields on one line"},
		{"a line too long after an error", "1,0\n1e999,1\n" + long + ",0\n", "f.csv:2:1: \"1e999\" is out of the range of a float64"},
		{"a NUL after an error", "1,0\n1e999,1\n3,\x000\n", "f.csv:2:1: \"1e999\" is out of the range of a float64"},
		{"a NUL after an error, CR line ends", "1,0\r1e999,1\r3,\x000\r", "f.csv:2:1: \"1e999\" is out of the range of a float64"},
		{"a NUL", "1,0\n2,1\n3,\x000\n", "f.csv:3: a NUL byte"},
		{"fields, quotes, after an error", "\"a\",\"b\"\n\"x\"y,1\n\"x\"," + strings.Repeat("1,", maxFields) + "0\n", "f.csv:2: character 3: extraneous or missing \" in quoted-field"},
	}
	for _, tt := range tests {
		_, err := readTable("f.csv", strings.NewReader(tt.text), testLimits())
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %s", tt.name, err, tt.want)
		}
	}
}

// The memory bound: -mem's sizes, and the refusal of a file whose size
// shows that it cannot fit, from its first chunk, before the rest is read.
func TestMemoryBound(t *testing.T) {
	sizes := []struct {
		in   string
		want int64
	}{
		{"8G", 8 << 30}, {"512M", 512 << 20}, {"1.5GiB", 3 << 29}, {"100000", 100000}, {"64kb", 64 << 10}, {"2T", 2 << 40},
		{"0", 0}, {"-1G", 0}, {"8X", 0}, {"", 0}, {"G", 0}, {"1e30", 0},
	}
	for _, tt := range sizes {
		got, err := parseSize(tt.in)
		if got != tt.want || (err == nil) != (tt.want > 0) {
			t.Errorf("parseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
	if mb := machineMemory(); mb.bytes <= 0 || mb.from == "" {
		t.Errorf("machineMemory() = %+v", mb)
	}
	var b strings.Builder
	b.WriteString("x1,x2,y\n")
	for i := range 700000 { // 10 MB: more than a chunk
		fmt.Fprintf(&b, "%d.25,%d.5,%d\n", i%1000, i%777, i%2)
	}
	file := filepath.Join(t.TempDir(), "big.csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	status, _, stderr := runProgram("-mem", "4M", file)
	if want := "big.csv: about 700"; status != 1 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "more than the memory bound, 4 MiB (-mem 4M; -mem SIZE sets it)") {
		t.Errorf("-mem 4M on 700000 examples: status %d, %s; want a refusal from the file's size", status, stderr)
	}
	if status, _, stderr := runProgram("-mem", "100M", "-lambda", "0.5", file); status != 0 {
		t.Errorf("-mem 100M on 700000 examples: status %d, %s", status, stderr)
	}
	if status, _, stderr := runProgram("-mem", "lots", file); status != 2 || !strings.Contains(stderr, `-mem: "lots" is not a size`) {
		t.Errorf("-mem lots: status %d, %s", status, stderr)
	}
}

// Softmax regression's parameters are counted before any Hessian is made.
func TestSoftmaxTooLarge(t *testing.T) {
	var b strings.Builder
	for i := range 4200 {
		fmt.Fprintf(&b, "%d.5,%d\n", i%13, i%2100)
	}
	file := filepath.Join(t.TempDir(), "k2100.csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	status, _, stderr := runProgram("-multinomial", file)
	if want := "softmax regression of 2100 classes on 1 features has 4198 parameters"; status != 1 || !strings.Contains(stderr, want) {
		t.Errorf("-multinomial, 2100 classes: status %d, %s; want %s", status, stderr, want)
	}
}

// FuzzParallelReader: any text, read in small chunks on two cores, holds
// what it holds read whole on one (go test -fuzz FuzzParallelReader).
func FuzzParallelReader(f *testing.F) {
	for _, seed := range []string{"x,y\n1,0\n2,1\n", "\"a\",\"b\"\n\"1\n2\",0\n", "1 2 0\r3 4 1\r", "a;b\n1,5;0\n", "x,y\n1,\"0\n", "\xef\xbb\xbfg,y\nb,1\na,0\n"} {
		f.Add(seed, uint8(3))
	}
	f.Fuzz(func(t *testing.T, text string, chunk uint8) {
		whole := readLimits{mem: memory{1 << 30, "test"}, workers: 1, chunk: 1 << 20}
		want := tableDump(readTable("f.csv", strings.NewReader(text), whole))
		lim := readLimits{mem: memory{1 << 30, "test"}, workers: 2, chunk: 1 + int(chunk)%64}
		if got := tableDump(readTable("f.csv", strings.NewReader(text), lim)); got != want {
			t.Fatalf("%q in chunks of %d bytes on 2 cores:\n%s\nwant:\n%s", text, lim.chunk, got, want)
		}
	})
}

// The data held in memory are bounded by bytes, 8 a number and 40 an example.
func TestMemoryFits(t *testing.T) {
	mb := memory{1 << 30, "a test's bound"}
	tests := []struct {
		m, width int
		held     int64
		ok       bool
	}{
		{1_000_000, 21, 0, true},
		{5_000_000, 21, 0, true},
		{5_200_000, 21, 0, false},
		{19_173_961, 2, 0, true},
		{19_173_962, 2, 0, false},
		{4, 100_001, 0, true},
		{1_000_000, 21, 1 << 29, true},
		{3_000_000, 21, 1 << 29, false},
	}
	for _, tt := range tests {
		if err := mb.fits(tt.m, tt.width, tt.held); (err == nil) != tt.ok {
			t.Errorf("fits(%d, %d, %d) = %v, want ok = %v", tt.m, tt.width, tt.held, err, tt.ok)
		}
	}
	err := mb.fits(5_200_000, 21, 0)
	if want := "5200000 examples of 21 numbers take 1.01 GiB (8 bytes a number, 40 an example), more than the memory bound, 1 GiB (a test's bound; -mem SIZE sets it)"; err == nil || err.Error() != want {
		t.Errorf("fits(5200000, 21) = %v, want %s", err, want)
	}
}

// A file of 4 examples × 100,000 features is refused before anything of
// size n² (80 GB) is made.
func TestRunWideFile(t *testing.T) {
	var b strings.Builder
	for i := range 4 {
		for j := range 100_000 {
			fmt.Fprintf(&b, "%d,", (i*7+j*3)%10)
		}
		fmt.Fprintf(&b, "%d\n", i%2)
	}
	file := writeFile(t, "wide.csv", b.String())
	tests := []struct {
		args []string
		want string
	}{
		{nil, "cannot fit: 4 examples cannot determine 100001 parameters (θ0 to θ100000)"},
		{[]string{"-lambda", "1"}, "cannot fit: 100001 parameters is more than Newton's method takes here (4096"},
	}
	for _, tt := range tests {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		status, _, stderr := runProgram(append(tt.args, file)...)
		runtime.ReadMemStats(&after)
		if status != 1 || !strings.Contains(stderr, tt.want) {
			t.Errorf("logreg %v wide.csv: status %d, stderr %q; want 1 and %q", tt.args, status, stderr, tt.want)
		}
		if mb := (after.TotalAlloc - before.TotalAlloc) >> 20; mb > 100 {
			t.Errorf("logreg %v wide.csv: allocated %d MB, want the file's size, not n²", tt.args, mb)
		}
	}
}

// The program on the same inputs: the digits, the diagnosis and the remedy.
func TestRunTrust(t *testing.T) {
	iris := mustRead(t, "testdata/iris_vv.csv")
	mapRows := func(f func(pl, pw float64) string) string {
		var b strings.Builder
		for k, line := range strings.Split(strings.TrimSpace(iris), "\n") {
			fs := strings.Split(line, ",")
			if k == 0 {
				b.WriteString(line + "\n")
				continue
			}
			pl, _ := strconv.ParseFloat(fs[0], 64)
			pw, _ := strconv.ParseFloat(fs[1], 64)
			b.WriteString(f(pl, pw) + "," + fs[2] + "\n")
		}
		return b.String()
	}
	unitsFile := writeFile(t, "units.csv", mapRows(func(pl, pw float64) string { return fmt.Sprintf("%.17g,%.17g", pl*1e5, pw*1e5) }))
	shiftFile := writeFile(t, "shift.csv", mapRows(func(pl, pw float64) string { return fmt.Sprintf("%.17g,%.17g", pl+1e8, pw) }))
	hugeFile := writeFile(t, "huge.csv", mapRows(func(pl, pw float64) string { return fmt.Sprintf("%.17g,%.17g", pl*1e200, pw*1e-200) }))
	tenFile := writeFile(t, "ten.csv", mapRows(func(pl, pw float64) string { return fmt.Sprintf("%.17g,%.17g", pl*10, pw*10) }))
	quasiFile := writeFile(t, "quasi.csv", "1,2,0\n3,4,1\n5,6,0\n2,5,1\n")
	// iris with a flag that is 1 for every third virginica only: 17 examples separated
	flagFile := writeFile(t, "flag.csv", func() string {
		var b strings.Builder
		for k, line := range strings.Split(strings.TrimSpace(iris), "\n") {
			fs := strings.Split(line, ",")
			flag := "0"
			if k == 0 {
				flag = "flag"
			} else if fs[2] == "1" && (k-1)%3 == 0 {
				flag = "1"
			}
			b.WriteString(fs[0] + "," + fs[1] + "," + flag + "," + fs[2] + "\n")
		}
		return b.String()
	}())
	// 25 features: the report names 20 and counts the rest
	wideFile := writeFile(t, "wide25.csv", func() string {
		var b strings.Builder
		s := lcg(9)
		for i := range 40 {
			for range 25 {
				fmt.Fprintf(&b, "%.3f,", s.next())
			}
			fmt.Fprintf(&b, "%d\n", i%2)
		}
		return b.String()
	}())
	tests := []struct {
		name       string
		args       []string
		wantStdout []string
		wantStderr []string // "" for no warning
	}{
		{"features in units of 1e-5", []string{unitsFile}, []string{
			"petal_length    5.75453e-05    2.30591e-05     2.4956    0.01258",
			"petal_width     0.000104467    3.75565e-05     2.7816   0.005409",
		}, nil},
		{"a feature 1e8 from 0", []string{shiftFile}, []string{
			"converged", "petal_length       5.754532       2.305912     2.4956    0.01258",
			"petal_width       10.446700       3.755651     2.7816   0.005409",
		}, nil},
		{"features near 1e200 and 1e-200", []string{hugeFile}, []string{
			"converged", "petal_length   5.75453e-200   2.30591e-200     2.4956    0.01258",
			"petal_width    1.04467e+201   3.75565e+200     2.7816   0.005409",
		}, nil},
		{"quasi-separated (the issue's four rows)", []string{quasiFile}, []string{
			"stopped, the data are quasi-separated,", "Theta where Newton's method stopped (not an optimum)",
		}, []string{"the data are quasi-separated: 1 example is fitted ever closer to probability 0 or 1", "example 4 (line 4, y = 1)", "Remedy: -firth gives finite estimates with valid standard errors, tests and intervals; -lambda 1"}},
		{"quasi-separated, regularized", []string{"-lambda", "1", quasiFile}, []string{"converged", "Theta found by Newton's method"}, nil},
		{"quasi-separated by a flag", []string{flagFile}, []string{"stopped, the data are quasi-separated,"},
			[]string{"17 examples are fitted ever closer to probability 0 or 1", "example 52 (line 53, y = 1), example 55 (line 56, y = 1)", "and 12 more"}},
		{"a probability within 5e-7 of 1", []string{"-predict", "0", "testdata/challenger.csv"}, []string{"P(y = 1) = h(θᵀx) = 1.000000 (1 - h = 2.93e-07)"}, nil},
		{"25 features", []string{"-lambda", "1", wideFile}, []string{"n = 25 features: x1, x2,", "x20, … (5 more); label: y (column 26, the last)"}, nil},
		{"a poor start", []string{"-theta", "0,1,1", tenFile}, []string{
			"The -theta start was poor", "started again from θ = 0",
			"Theta found by Newton's method", "θ1   petal_length       0.575453",
		}, nil},
	}
	for _, tt := range tests {
		status, stdout, stderr := runProgram(tt.args...)
		if status != 0 {
			t.Errorf("%s: status %d, want 0; stderr %q", tt.name, status, stderr)
		}
		for _, want := range tt.wantStdout { // the columns' widths aside
			if !containsFields(stdout, want) {
				t.Errorf("%s: stdout lacks %q:\n%s", tt.name, want, stdout)
			}
		}
		if tt.wantStderr == nil && stderr != "" {
			t.Errorf("%s: stderr %q, want nothing", tt.name, stderr)
		}
		for _, want := range tt.wantStderr {
			if !strings.Contains(stderr, want) {
				t.Errorf("%s: stderr %q lacks %q", tt.name, stderr, want)
			}
		}
		if regexp.MustCompile(`\s-?0\.000000(\s|$)`).MatchString(strings.SplitN(stdout, "Fit:", 2)[1]) {
			t.Errorf("%s: a value printed as 0.000000 after the fit:\n%s", tt.name, stdout)
		}
	}
}

// Trust: the right numbers, or the right diagnosis, on every input.

func TestDigits(t *testing.T) {
	tests := []struct {
		v    float64
		sig  int
		want string
	}{
		{0, 6, "0.000000"},
		{0.693147180559945, 6, "0.693147"}, // as ex2.m's %f prints it
		{-45.272344, 6, "-45.272344"},
		{0.1, 6, "0.100000"},
		{0.0123456789, 6, "0.0123457"},
		{-1.55e-5, 6, "-1.55000e-05"}, // %f printed -0.000016
		{2.30591e-5, 6, "2.30591e-05"},
		{0.00012345678, 6, "0.000123457"},
		{9.99999e-5, 6, "9.99999e-05"},
		{1.98e-16, 6, "1.98000e-16"}, // %f printed 0.000000
		{2.5e9, 6, "2.50000e+09"},
		{-57545368.471475, 6, "-57545368.471475"},
		{0.0289174346466, 10, "0.02891743465"},
		{-3.3260, 4, "-3.3260"},
		{4e-6, 4, "4.000e-06"},
	}
	for _, tt := range tests {
		if got := digits(tt.v, tt.sig); got != tt.want {
			t.Errorf("digits(%g, %d) = %q, want %q", tt.v, tt.sig, got, tt.want)
		}
	}
}

// The report's statistics, as the README shows them for Challenger.
func TestRunStatistics(t *testing.T) {
	tests := []programRun{
		{[]string{"-predict", "31", "testdata/challenger.csv"}, 0, []string{
			"Null deviance: 28.267153  on 22 degrees of freedom",
			"Residual deviance: 20.315193  on 21 degrees of freedom",
			"AIC: 24.315193", "Number of Newton steps: 6",
			"χ² = 7.951960 on 1 df, p = 0.004804",
			"(intercept)       0.581040    29.504763       3.328698      34.339583",
			"h = 0.5 (even odds) at temperature_F = 64.794641, standard error 2.809031 (delta method)",
			"95% confidence interval: 0.481609 to 0.99999986",
			"Area under the ROC curve (AUC): 0.781250",
		}},
		{[]string{"-level", "0.9", "testdata/challenger.csv"}, 0, []string{"90% confidence intervals:"}},
		{[]string{"-lambda", "1", "-predict", "31", "testdata/challenger.csv"}, 0, []string{"(no confidence interval"}},
		{[]string{"-level", "1", "testdata/challenger.csv"}, 2, nil},
		{[]string{"-explain", "-level", "0.9"}, 2, nil},
	}
	checkRuns(t, tests)
}

// The binary model block against R 4.2 (glm, epsilon 1e-15): logLik and its
// df, BIC, McFadden's pseudo-R² 1 − logLik/logLik(glm(y ~ 1)), and
// drop1(fit, test = "LRT"): each term's deviance, AIC, LRT and p, a factor
// as one term (birthwt's race, esoph's three), to 1e-9.
func TestModelBlockAgainstR(t *testing.T) {
	type dropRow struct{ residual, aic, lrt, p float64 }
	tests := []struct {
		args                []string
		logLik, bic, pseudo float64
		df                  int
		drops               []dropRow
	}{
		{[]string{"testdata/challenger.csv"}, -10.157596343933411, 26.586181119725122, 0.28131450384033263, 2,
			[]dropRow{{28.2671527342935, 30.2671527342935, 7.9519600464266773, 0.0048035325101403103}}},
		{[]string{"testdata/infert.csv"}, -130.47168374355917, 288.51051121794325, 0.17467675394718729, 5,
			[]dropRow{{264.10445579681351, 272.10445579681351, 3.1610883096951738, 0.075413}, {279.03680251934264, 287.03680251934264, 18.0934350322243063, 2.1033e-05},
				{279.40622397841543, 287.40622397841543, 18.4628564912970887, 1.7325e-05}, {316.09170287483778, 324.09170287483778, 55.1483353877194418, 1.1177e-13}}},
		{[]string{"-label", "low", "testdata/birthwt_r.csv"}, -96.902260811254948, 245.89938315092411, 0.14631473906358761, 10,
			[]dropRow{{195.00642129358846, 213.00642129358846, 1.20189967107856432, 0.2729423}, {198.96865039760519, 216.96865039760519, 5.16412877509529267, 0.0230580},
				{200.79247658094118, 216.79247658094118, 6.98795495843128833, 0.0303798}, {198.76318852306537, 216.76318852306537, 4.95866690055547110, 0.0259602},
				{196.56338259682758, 214.56338259682758, 2.75886097431768462, 0.0967171}, {202.06114401224573, 220.06114401224573, 8.25662238973583840, 0.0040604},
				{196.14230476425109, 214.14230476425109, 2.33778314174119828, 0.1262691}, {193.95984715934449, 211.95984715934449, 0.15532553683459582, 0.6934972}}},
		{[]string{"-label", "ncases", "-trials", "n", "testdata/esoph_r.csv"}, -98.695896434171317, 251.11983464208112, 0.59132842874984104, 12,
			[]dropRow{{208.825026632371248, 337.87994703114543, 126.488154162802829, 0}, {210.269724904379245, 343.32464530315349, 127.932852434810826, 0},
				{105.881185224516713, 238.93610562329093, 23.544312754948294, 3.1095e-05}}},
	}
	for _, tt := range tests {
		s := analyzeRun(t, tt.args...).stats
		if !near(s.logLik, tt.logLik, 1e-9) || !near(s.bic, tt.bic, 1e-9) || !near(s.pseudoR2, tt.pseudo, 1e-9) || len(s.theta) != tt.df {
			t.Errorf("%v: logLik %.15g (df %d), BIC %.15g, pseudo-R² %.15g; want %.15g (%d), %.15g, %.15g", tt.args, s.logLik, len(s.theta), s.bic, s.pseudoR2, tt.logLik, tt.df, tt.bic, tt.pseudo)
		}
		if len(s.drops) != len(tt.drops) {
			t.Fatalf("%v: %d terms dropped, want %d", tt.args, len(s.drops), len(tt.drops))
		}
		for k, d := range s.drops {
			w := tt.drops[k]
			// R prints p to 5 digits; below 2.2e-16 it prints < 2.22e-16
			if d.err != nil || !near(d.residual, w.residual, 1e-9) || !near(d.aic, w.aic, 1e-9) || !near(d.chi, w.lrt, 1e-8) ||
				w.p > 0 && !near(d.p, w.p, 1e-4) || w.p == 0 && d.p > 2.2e-16 {
				t.Errorf("%v: dropping %s: %v, deviance %.15g, AIC %.15g, LRT %.15g, p %.5g; want %.15g, %.15g, %.15g, %.5g",
					tt.args, d.term.name, d.err, d.residual, d.aic, d.chi, d.p, w.residual, w.aic, w.lrt, w.p)
			}
		}
	}
}

// The binary model block against statsmodels 0.13's Logit (Newton, tol
// 1e-14): llf, llnull, llr, llr_pvalue, prsquared and bse, to 1e-8 (its
// llnull comes from an iterative fit of the null model, up to 1.1e-8 off
// here; ours is the closed form, R's null deviance over −2).
func TestModelBlockAgainstStatsmodels(t *testing.T) {
	tests := []struct {
		file                              string
		llf, llnull, llr, llrP, prsquared float64
		bse                               []float64
	}{
		{"testdata/challenger.csv", -10.157596343933415, -14.13357636734077, 7.951960046814712, 0.0048035325091104, 0.2813145038501982,
			[]float64{7.378636384916659, 0.10823652164928677}},
		{"testdata/infert.csv", -130.47168374355917, -158.0855554193949, 55.22774335167145, 2.9108815427752664e-11, 0.17467675400562177,
			[]float64{1.0042829137957465, 0.03014150255077878, 0.18091393219049548, 0.28987524841209966, 0.29863070246069456}},
	}
	for _, tt := range tests {
		s := analyzeRun(t, tt.file).stats
		got := []float64{s.logLik, s.logLik - (s.null-s.residual)/2, s.chi, s.pseudoR2}
		want := []float64{tt.llf, tt.llnull, tt.llr, tt.prsquared}
		// p to 1e-7: statsmodels' llnull, 1.1e-8 off on infert, moves its p by 1.1e-8 of itself
		if !nearAll(got, want, 1e-8) || !near(s.chiP, tt.llrP, 1e-7) || !nearAll(s.se, tt.bse, 1e-8) {
			t.Errorf("%s: llf, llnull, llr, prsquared %v, p %g, se %v; want %v, %g, %v", tt.file, got, s.chiP, s.se, want, tt.llrP, tt.bse)
		}
	}
}

// edgeRuns are runs at the edges of the report, where it printed NaN, a
// negative χ², ±Inf or a level it was not given.
var edgeRuns = []struct {
	name, content string // content "" for a file of testdata/
	args          []string
	want, not     []string // lines the report must hold, and texts it must not
}{
	{"a feature with no effect", "x,y\n1,1\n4,1\n2,0\n1,1\n", nil,
		[]string{"Likelihood-ratio test against the intercept-only model: χ² = 0.000000 on 1 df, p = 1.000"}, []string{"NaN", "-8.88"}},
	{"a slope of exactly 0", "x,y\n1,0\n2,0\n1,1\n2,1\n", nil,
		[]string{"h = 0.5 (even odds) at no x: its slope is 0, so h is the same for every x"}, []string{"NaN", "Inf"}},
	{"a -predict whose θᵀx overflows", "", []string{"-predict", "1e308,1e308,-1e308,1e308", "testdata/infert.csv"},
		[]string{"For x = (1e308, 1e308, -1e308, 1e308): θᵀx overflows float64 (its terms are ±Inf): no probability"}, []string{"NaN"}},
	{"-level near 1", "", []string{"-level", "0.9999999999999999", "testdata/challenger.csv"},
		[]string{"99.99999999999999% confidence intervals:"}, []string{"Inf"}},
	{"-level 0.57", "", []string{"-level", "0.57", "testdata/challenger.csv"}, []string{"57% confidence intervals:"}, []string{"56.99"}},
	{"p-values with their zeros", "", []string{"testdata/iris_vv.csv"},
		[]string{"(intercept) -45.272344 13.611668 -3.3260 0.0008810", "petal_width 10.446700 3.755651 2.7816 0.005409"}, nil},
}

// The report at its edges: no NaN, no negative χ², no ±Inf where a finite
// number or a sentence is right (see edgeRuns).
func TestRunEdges(t *testing.T) {
	for _, r := range edgeRuns {
		args := r.args
		if r.content != "" {
			args = append(append([]string(nil), args...), writeFile(t, "data.csv", r.content))
		}
		status, stdout, stderr := runProgram(args...)
		if status != 0 {
			t.Errorf("%s: status %d (%s)", r.name, status, stderr)
		}
		checkReport(t, r.name, stdout, r.want, r.not)
	}
}

// The statistician's report: the binary model block (R's logLik, BIC,
// McFadden's pseudo-R², drop1, odds ratios), -summary without the course's
// lines, the softmax block and J at any λ, and one-vs-all's standard errors,
// per-column status and a separated class's boundary.
func TestRunStatisticianReport(t *testing.T) {
	runs := []struct {
		args      []string
		want, not []string
	}{
		{[]string{"testdata/challenger.csv"}, []string{
			"Log-likelihood: -10.157596 (df = 2); BIC: 26.586181; McFadden's pseudo-R²: 0.281315",
			"temperature_F 1 28.267153 30.267153 7.951960 0.004804",
			"temperature_F 0.792817 0.641271 0.980176 0.597242 0.941024",
		}, nil},
		{[]string{"-summary", "testdata/challenger.csv"}, []string{"Coefficients:", "Area under the ROC curve (AUC): 0.781250"},
			[]string{"Cost at initial theta", "Theta found", "Cost at theta found", "Train accuracy", "Number of Newton steps"}},
		{[]string{"-multinomial", "-lambda", "1", "testdata/iris.csv"}, []string{"θ of the first class, setosa, is 0 (the reference); the cost at Θ, J = 0.256990"}, nil}, // scipy BFGS on the same J: 0.25698988
		{[]string{"-multinomial", "testdata/mtcars_gear.csv"}, []string{
			"Log-likelihood: -13.411721 (df = 6); of the intercept-only model: -32.416727",
			"Deviance: 26.823441; AIC: 38.823441; BIC: 47.617856; McFadden's pseudo-R²: 0.586272",
			"Likelihood-ratio test against the intercept-only model: χ² = 38.010012 on 4 df, p = 1.115e-07",
		}, nil},
		{[]string{"-onevsall", "testdata/iris.csv"}, []string{
			"versicolor against the rest Estimate Std. Error z value Pr(>|z|) Wald lower Wald upper",
			"setosa (no optimum) versicolor virginica",
			"setosa 50 0 0",
		}, nil},
	}
	for _, r := range runs {
		status, stdout, stderr := runProgram(r.args...)
		if status != 0 {
			t.Errorf("logreg %v: status %d (%s)", r.args, status, stderr)
		}
		checkReport(t, fmt.Sprintf("logreg %v", r.args), stdout, r.want, r.not)
	}
}

// -firth in the program: on separated data, where the ML fit warns and has
// no optimum, a finite fit with its standard errors, ℓ* and ℓ, penalized LR
// tests and profile penalized-likelihood intervals (the library's, checked
// against brglm2 and scipy above); -firth with what it does not take is a
// usage error.
func TestRunFirth(t *testing.T) {
	checkRuns(t, []programRun{
		{[]string{"-firth", "testdata/iris_sv.csv"}, 0, []string{
			"Fit: Firth's penalized likelihood, by Newton's method with Fisher's information (Fisher scoring), lambda = 0: converged",
			"Sepal.Length 9.731780 3.334158 2.9188 0.003514",
			"Penalized log-likelihood ℓ* = ℓ + ½ log det I: -3.304855; log-likelihood ℓ at the estimate: -1.661498",
			"Sepal.Length 1 61.019195 5.652e-15",
			"Sepal.Length 3.196950 16.266609 4.869033 31.651053",
		}},
		{[]string{"-firth", "-lambda", "1", "testdata/iris_sv.csv"}, 2, nil},
		{[]string{"-firth", "-multinomial", "testdata/iris.csv"}, 2, nil},
		{[]string{"-firth", "-method", "gd", "testdata/iris_sv.csv"}, 2, nil},
	})
	_, _, stderr := runProgram("testdata/iris_sv.csv")
	if !strings.Contains(stderr, "Remedy: -firth gives finite estimates with valid standard errors, tests and intervals") {
		t.Errorf("the ML fit's separation warning does not name -firth: %q", stderr)
	}
}

// The program with more than two classes: text or numeric labels, sorted.
func TestRunClasses(t *testing.T) {
	numeric := writeFile(t, "numeric.csv", "x,grade\n1,10\n2,2\n3,10\n4,2\n5,3\n6,3\n1.5,10\n4.5,2\n")
	tests := []struct {
		args       []string
		status     int
		wantStdout []string
		wantStderr string
	}{
		{[]string{"-multinomial", "-lambda", "1", "-predict", "5.1,3.5,1.4,0.2", "testdata/iris.csv"}, 0, []string{
			"3 classes: setosa (50), versicolor (50), virginica (50)", "converged",
			"Train accuracy: 96.000000 % (144 of 150)", "virginica 0 3 47",
			"P(setosa) = 0.956433", "predicted class: setosa",
		}, ""},
		{[]string{"-onevsall", "-lambda", "1", "testdata/iris.csv"}, 0, []string{"Train accuracy: 95.333333 % (143 of 150)", "versicolor 0 45 5"}, ""},
		{[]string{"-multinomial", "testdata/iris.csv"}, 0, []string{"not an optimum"}, "the classes fall into groups that a direction separates from one another, {setosa} and {versicolor, virginica}"},
		{[]string{"-multinomial", "-lambda", "0.1", numeric}, 0, []string{"3 classes: 2 (3), 3 (2), 10 (3)"}, ""}, // numerically, not "10" < "2"
		{[]string{"testdata/iris.csv"}, 1, nil, `the label species has 3 levels (setosa, versicolor, virginica) (the label is the last column, species, unless -label NAME or -label N chooses another): -onevsall or -multinomial fit more than two classes`},
		{[]string{"-multinomial", "-explain", "-example", "51", "testdata/iris.csv"}, 0, []string{
			"for example 51 (class versicolor) at the initial Θ = 0",
			"versicolor 0.0000000000 0.3333333333 0.6666666667",
			"θ1 sepal_length 7.0000000000 4.6666666667", // ([k = y] − hₖ)·x₁ = ⅔·7
			"θ1 sepal_length versicolor -0.03088888889",
		}, ""},
		{[]string{"-onevsall", "-multinomial", "testdata/iris.csv"}, 2, nil, "choose one"},
		{[]string{"-multinomial", writeFile(t, "constant.csv", "1,5,a\n2,5,b\n3,5,c\n4,5,a\n5,5,b\n6,5,c\n")}, 1, nil, "column 2 (x2) is constant"},
		{[]string{"-multinomial", "-method", "gd", "testdata/iris.csv"}, 2, nil, "fit by Newton's method"},
	}
	for _, tt := range tests {
		status, stdout, stderr := runProgram(tt.args...)
		if status != tt.status || !strings.Contains(stderr, tt.wantStderr) {
			t.Errorf("logreg %v: status %d, stderr %q; want %d and %q", tt.args, status, stderr, tt.status, tt.wantStderr)
		}
		for _, want := range tt.wantStdout {
			if !containsFields(stdout, want) {
				t.Errorf("logreg %v: stdout lacks %q:\n%s", tt.args, want, stdout)
			}
		}
	}
	// a label other than 0/1 without the flags names them
	if _, _, stderr := runProgram(writeFile(t, "three.csv", "1,0\n2,1\n3,2\n")); !strings.Contains(stderr, "-onevsall or -multinomial") {
		t.Errorf("label 2 without the flags: stderr %q, want the flags named", stderr)
	}
}

// The softmax model block against statsmodels 0.13's MNLogit (Newton, tol
// 1e-14): llf, llnull, llr, llr_pvalue, prsquared, aic, bic, bse and
// conf_int, on mtcars' gear ~ mpg + hp and MASS's survey, Exer ~ Sex +
// Wr.Hnd + Height with its rows with NA dropped (testdata/survey.csv, R's
// write.csv of MASS::survey), to 1e-8. The intercept-only log-likelihood is
// Σₖ nₖ log(nₖ/m), checked against its 40-digit value (mpmath): statsmodels
// fits that model by iteration and is off by 2e-9 and 2e-8 here, so the LR
// χ² and pseudo-R² are checked as computed from its llf and the exact llnull,
// and the p-value to 1e-6.
func TestMultinomialBlockAgainstStatsmodels(t *testing.T) {
	tests := []struct {
		args                        []string
		llf, llnull, llrP, aic, bic float64
		bse                         []float64 // class by class
		lower                       []float64 // the first class's 95% bounds
	}{
		{[]string{"-multinomial", "testdata/mtcars_gear.csv"}, -13.411720500134702, -32.416726513431593, 1.1152428436457087e-07,
			38.823441000269405, 47.61785641706776, nil, []float64{-27.194305143620312, -0.25613288046247595, -0.10657987847686706}},
		{[]string{"-label", "Exer", "-multinomial", "-x", "Sex,Wr.Hnd,Height", "testdata/survey.csv"}, -186.12139522726602, -194.17772077703119,
			0.013161926806806175, 388.24279045453204, 414.904540800655,
			[]float64{5.681943275444687, 0.681599955799159, 0.17985599588716758, 0.03686859456484395, 3.6325915749236652, 0.4358322452087767, 0.10739230024219047, 0.022852481589148977},
			[]float64{2.8855763440751385, -0.3668572381213133, -0.21646309315973386, -0.18147808496637607}},
	}
	for _, tt := range tests {
		r := analyzeRun(t, tt.args...)
		c := r.classes
		params := float64(len(c.Theta) * len(r.p.names))
		m := float64(len(r.p.data.class))
		got := []float64{c.logLik, c.chi, 1 - c.logLik/c.logLik0, -2*c.logLik + 2*params, -2*c.logLik + params*math.Log(m)}
		want := []float64{tt.llf, 2 * (tt.llf - tt.llnull), 1 - tt.llf/tt.llnull, tt.aic, tt.bic}
		if !nearAll(got, want, 1e-8) || !near(c.logLik0, tt.llnull, 1e-14) || !near(c.chiP, tt.llrP, 1e-6) {
			t.Errorf("%v: llf, llr, pseudo-R², AIC, BIC = %v, want %v; llnull %.17g, want %.17g; p %.17g, want %.17g", tt.args, got, want, c.logLik0, tt.llnull, c.chiP, tt.llrP)
		}
		var se []float64
		for _, row := range c.se {
			se = append(se, row...)
		}
		if tt.bse != nil && !nearAll(se, tt.bse, 1e-8) {
			t.Errorf("%v: se %v, want %v", tt.args, se, tt.bse)
		}
		z := NormalCritical(0.95)
		for j, want := range tt.lower {
			if got := c.Theta[0][j] - z*c.se[0][j]; !near(got, want, 1e-8) {
				t.Errorf("%v: θ%d's lower bound %.15g, want %.15g", tt.args, j, got, want)
			}
		}
	}
}

// The program cross-validates a list of -lambda and fits the chosen one.
func TestRunCrossValidation(t *testing.T) {
	tests := []programRun{
		{[]string{"-degree", "3", "-lambda", "0,0.01,0.1,1,10,100", "testdata/iris_vv.csv"}, 0, []string{
			"Cross-validation, 5 folds (example i, from 0, in fold i mod 5)",
			"0 of 5 (not chosen: no finite optimum in 5)", // λ = 0: its costs are wherever the fits stopped
			"0.1 * 0.0879690 0.139378 94.0000 % 5 of 5",
			"Chosen: lambda = 0.1 (*)",
			"Fit: Newton's method, lambda = 0.1: converged",
		}},
		{[]string{"-lambda", "0,1", "-folds", "200", "testdata/iris_vv.csv"}, 2, nil},
		{[]string{"-folds", "3", "testdata/iris_vv.csv"}, 2, nil},
	}
	checkRuns(t, tests)
}

// A λ chosen at an end of the list is warned about, in the report and the
// picture, with the values to try next; one inside the list is not. The
// picture rings the chosen λ on the validation curve.
func TestChosenAtEdge(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string // "" for no warning
	}{
		{[]string{"-degree", "6", "-lambda", "0,0.01,0.1,1,10,100", "testdata/iris_vv.csv"},
			"Warning: λ = 100 is the largest value tried: the validation cost may fall further beyond it. Remedy: try larger ones, -lambda 100,1000,10000."},
		{[]string{"-degree", "3", "-lambda", "0.1,1,10,100", "testdata/iris_vv.csv"},
			"Warning: λ = 0.1 is the smallest value tried that has an optimum in every fold: the validation cost may fall further below it. Remedy: try smaller ones, -lambda 0.001,0.01,0.1."},
		{[]string{"-degree", "3", "-lambda", "0,0.01,0.1,1,10,100", "testdata/iris_vv.csv"}, ""},
	} {
		_, stdout, stderr := runProgram(tt.args...)
		if !strings.Contains(stdout, "Chosen: lambda") {
			t.Fatalf("%v: no λ chosen (%s)", tt.args, stderr)
		}
		if got := strings.Contains(stdout, "Warning: λ ="); tt.want == "" && got || tt.want != "" && !strings.Contains(stdout, tt.want) {
			t.Errorf("%v: want the warning %q:\n%s", tt.args, tt.want, stdout)
		}
		root, _ := plotFile(t, tt.args...)
		if root.byID("chosen") == nil || root.byID("chosen-multiple") == nil || root.byID("multiples-legend") == nil {
			t.Errorf("%v: the chosen λ is not ringed on the validation curve and framed among the multiples, or they have no legend", tt.args)
		}
		if edge := root.byID("edge"); (edge != nil) != (tt.want != "") {
			t.Errorf("%v: the picture's warning %v, want one: %v", tt.args, edge, tt.want != "")
		}
	}
}

// Cross-validation of softmax with an outlier, and with a class that a
// training fold lacks: the validation costs are finite (−log p by
// log-sum-exp: p of the outlier underflowed, and every cost was +Inf), the λ
// chosen does not depend on the order of the list, and a fold without a
// class is said to be one, not "separable or nearly".
func TestRunCrossValidationEdges(t *testing.T) {
	var outlier, missing strings.Builder
	outlier.WriteString("x,z,y\n")
	for i := range 60 {
		c := i % 3
		fmt.Fprintf(&outlier, "%g,%g,%c\n", 2*float64(c)+1.5*math.Sin(float64(i)), math.Cos(float64(i)), 'a'+c)
		if i == 30 {
			outlier.WriteString("2000,0.1,a\n")
		}
	}
	missing.WriteString("x,z,y\n")
	for i := range 40 {
		c := "c"
		switch {
		case i%5 == 0 && i < 10:
			c = "a"
		case i%2 == 1:
			c = "b"
		}
		fmt.Fprintf(&missing, "%g,%d,%s\n", float64(i)/10, i*7%5, c)
	}
	file := writeFile(t, "outlier.csv", outlier.String())
	_, forward, _ := runProgram("-multinomial", "-lambda", "0.01,0.1,1,10", file)
	_, backward, _ := runProgram("-multinomial", "-lambda", "10,1,0.1,0.01", file)
	if strings.Contains(forward, "Inf") || strings.Contains(forward, "NaN") {
		t.Errorf("a validation cost is not finite:\n%s", forward)
	}
	chosen := regexp.MustCompile(`Chosen: lambda = \S+`)
	if a, b := chosen.FindString(forward), chosen.FindString(backward); a == "" || a != b {
		t.Errorf("the list in one order chose %q, in the other %q", a, b)
	}
	status, stdout, stderr := runProgram("-multinomial", "-lambda", "0.1,1", writeFile(t, "missing.csv", missing.String()))
	if status != 1 || !strings.Contains(stderr, "have no example of class a, which no λ can fit") || strings.Contains(stdout, "NaN") {
		t.Errorf("a fold without a class: status %d, stderr %q, stdout:\n%s", status, stderr, stdout)
	}
}

// -learningcurve against an independent computation (testdata/
// learning_curve.py: numpy's own Newton iteration from θ = 0 to rounding
// level for each size): both errors at every size, to 1e-10 relative; a
// grid of sizes past maxLearningSizes; a usage error for more classes.
func TestLearningCurve(t *testing.T) {
	want := map[string][][3]float64{} // file → rows of i, training error, validation error
	for _, line := range strings.Split(strings.TrimSpace(mustRead(t, "testdata/learning_curve_ref.txt")), "\n") {
		f := strings.Fields(line)
		var row [3]float64
		for k := range row {
			row[k], _ = strconv.ParseFloat(f[k+2], 64)
		}
		want[f[0]] = append(want[f[0]], row)
	}
	for _, file := range []string{"challenger.csv", "iris_vv.csv"} {
		lc := analyzeRun(t, "-learningcurve", "-lambda", "1", "testdata/"+file).learning
		if lc == nil || len(lc.sizes) != len(want[file]) {
			t.Fatalf("%s: %v sizes, want %d", file, lc, len(want[file]))
		}
		for k, w := range want[file] {
			if float64(lc.sizes[k]) != w[0] || !near(lc.trainErr[k], w[1], 1e-10) || !near(lc.valErr[k], w[2], 1e-10) || !lc.optimum[k] {
				t.Errorf("%s: i = %d: errors %.17g, %.17g (optimum %v), want i = %g: %.17g, %.17g", file, lc.sizes[k], lc.trainErr[k], lc.valErr[k], lc.optimum[k], w[0], w[1], w[2])
			}
		}
	}
	X, y := fitData(500, 3)
	var b strings.Builder
	for i, x := range X {
		fmt.Fprintf(&b, "%g,%g,%g\n", x[1], x[2], y[i])
	}
	lc := analyzeRun(t, "-learningcurve", writeFile(t, "big.csv", b.String())).learning
	if !lc.grid || len(lc.sizes) > maxLearningSizes || lc.sizes[len(lc.sizes)-1] != 400 || !slices.IsSorted(lc.sizes) {
		t.Errorf("400 training examples: sizes %v, want a grid of at most %d ending at 400", lc.sizes, maxLearningSizes)
	}
	// -plot draws it: a point a size, at its validation error.
	root, _ := plotFile(t, "-learningcurve", "-lambda", "1", "testdata/iris_vv.csv")
	f := plotFrame(t, root, "learning")
	lc = analyzeRun(t, "-learningcurve", "-lambda", "1", "testdata/iris_vv.csv").learning
	line := root.byID("learning-validation")
	if line == nil {
		t.Fatal("-plot -learningcurve: no validation line")
	}
	pts := pathPoints(t, line.attr("d"))
	if len(pts) != len(lc.sizes) || math.Abs(pts[0][0]-f.px(float64(lc.sizes[0]))) > 0.051 || math.Abs(pts[len(pts)-1][1]-f.py(lc.valErr[len(lc.valErr)-1])) > 0.051 {
		t.Errorf("the validation line's %d points from %v to %v, want %d from i = %d to error %g", len(pts), pts[0], pts[len(pts)-1], len(lc.sizes), lc.sizes[0], lc.valErr[len(lc.valErr)-1])
	}
	if status, _, stderr := runProgram("-learningcurve", "-multinomial", "testdata/iris.csv"); status != 2 || !strings.Contains(stderr, "-learningcurve fits two classes") {
		t.Errorf("-learningcurve -multinomial: status %d, %q", status, stderr)
	}
}

// -validate, ex5's validation set: a list of λ is chosen by its cost, each λ
// fitted to all the training examples, and the learning curve's validation
// error is on it. At λ = 0 its validation cost on birthwt's held-out third
// is the log loss of R's own h on those rows (testdata/birthwt_test_R.txt:
// 0.62694767069103, from predict_R.R's fit) to 1e-10; with -learningcurve
// the last size, all the training examples, gives the same.
func TestValidate(t *testing.T) {
	var want float64
	rows := 0
	labels := []float64{}
	for _, rec := range strings.Split(strings.TrimSpace(mustRead(t, "testdata/birthwt_test.csv")), "\n")[1:] {
		if !strings.Contains(rec, "NA") {
			labels = append(labels, float64(boolInt(strings.Contains(strings.Split(rec, ",")[1], "yes"))))
		}
	}
	for k, line := range strings.Fields(mustRead(t, "testdata/birthwt_test_R.txt")) {
		h, _ := strconv.ParseFloat(strings.Split(line, ",")[0], 64)
		want -= labels[k]*math.Log(h) + (1-labels[k])*math.Log(1-h)
		rows++
	}
	want /= float64(rows)
	r := analyzeRun(t, "-label", "low", "-lambda", "0,1,10", "-validate", "testdata/birthwt_test.csv", "testdata/birthwt_train.csv")
	if got := r.cv.results[0].ValidationCost; len(r.yval) != 62 || !near(got, want, 1e-10) {
		t.Errorf("-validate: %d examples, validation cost at λ = 0 %.17g, want 62 and %.17g (R's h)", len(r.yval), got, want)
	}
	lc := analyzeRun(t, "-label", "low", "-learningcurve", "-validate", "testdata/birthwt_test.csv", "testdata/birthwt_train.csv").learning
	if last := len(lc.sizes) - 1; lc.sizes[last] != 121 || !near(lc.valErr[last], want, 1e-10) {
		t.Errorf("-learningcurve -validate: the last size %d with validation error %.17g, want 121 and %.17g", lc.sizes[last], lc.valErr[last], want)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-validate", "testdata/birthwt_test.csv", "-label", "low", "testdata/birthwt_train.csv"}, "-validate needs -learningcurve or a list of -lambda"},
		{[]string{"-validate", "testdata/iris.csv", "-lambda", "0,1", "-label", "low", "testdata/birthwt_train.csv"}, `iris.csv:1: no column named "age"`},
	} {
		if status, _, stderr := runProgram(tt.args...); status == 0 || !strings.Contains(stderr, tt.want) {
			t.Errorf("logreg %v: status %d, %q; want %q", tt.args, status, stderr, tt.want)
		}
	}
}

// One data summary, for two classes and for more: the same file read as
// 0/1 labels and as classes is described in the same words.
func TestRunDataSummary(t *testing.T) {
	_, binary, _ := runProgram("testdata/iris_vv.csv")
	_, classes, _ := runProgram("-multinomial", "testdata/iris_vv.csv")
	b, c := strings.Split(binary, "\n"), strings.Split(classes, "\n")
	if b[0] != c[0] || b[1] != c[1] || !strings.Contains(b[1], "(column 3, the last)") {
		t.Errorf("the data summaries differ:\n%s\n%s\nand\n%s\n%s", b[0], b[1], c[0], c[1])
	}
}

// A report that cannot be written is an error: a message and exit 1.
func TestRunWriteError(t *testing.T) {
	for _, args := range [][]string{{"testdata/challenger.csv"}, {"-multinomial", "testdata/iris.csv"}, {"-explain"}} {
		var stderr strings.Builder
		if status := run(args, failWriter{}, &stderr); status != 1 || !strings.Contains(stderr.String(), "cannot write the report: no space left on device") {
			t.Errorf("logreg %v to a full disk: status %d, stderr %q; want 1 and the error", args, status, stderr.String())
		}
	}
}

// firstWrite is a writer that keeps the first write it is given apart.
type firstWrite struct{ first, all strings.Builder }

func (f *firstWrite) Write(b []byte) (int, error) {
	if f.all.Len() == 0 {
		f.first.Write(b)
	}
	return f.all.Write(b)
}

// The data summary reaches standard output before the fit starts, in a
// write of its own, so that a long fit is not silent.
func TestDataSummaryFirst(t *testing.T) {
	for _, args := range [][]string{{"testdata/challenger.csv"}, {"-multinomial", "testdata/iris.csv"}, {"-lambda", "0,1", "testdata/challenger.csv"}} {
		var out firstWrite
		if status := run(args, &out, io.Discard); status != 0 {
			t.Fatalf("%v: status %d", args, status)
		}
		first := out.first.String()
		if !strings.HasPrefix(first, "Data: ") || strings.Contains(first, "Fit:") || strings.Contains(first, "Cross-validation") || !strings.HasPrefix(out.all.String(), first) {
			t.Errorf("%v: the first write is %q, want the data summary alone", args, first)
		}
	}
}

// Long work shows its progress on standard error, and short work none: at
// progressAfter = 0, gradient descent's 3000 iterations give a line at each
// 1000, the profile intervals and the tests of each term theirs; at the
// default of 2 s a run of milliseconds gives none.
func TestProgress(t *testing.T) {
	_, _, stderr := runProgram("-method", "gd", "-iters", "3000", "-alpha", "0.001", "testdata/challenger.csv")
	if strings.Contains(stderr, "logreg: gradient descent: iteration") {
		t.Errorf("a short run shows progress: %q", stderr)
	}
	defer func(after, every time.Duration) { progressAfter, progressEvery = after, every }(progressAfter, progressEvery)
	progressAfter, progressEvery = 0, 0
	_, _, stderr = runProgram("-method", "gd", "-iters", "3000", "-alpha", "0.001", "testdata/challenger.csv")
	_, _, newton := runProgram("testdata/challenger.csv")
	stderr += newton
	_, _, classes := runProgram("-onevsall", "testdata/iris.csv")
	_, _, softmax := runProgram("-multinomial", "testdata/iris.csv")
	_, _, firth := runProgram("-firth", "testdata/challenger.csv")
	stderr += classes + softmax + firth
	for _, want := range []string{"logreg: gradient descent: iteration 1000 of 3000, J = ", "iteration 3000 of 3000",
		"logreg: the fit: Newton step 1, J = ", "logreg: profile interval 2 of 2 (temperature_F)", "logreg: likelihood-ratio test 1 of 1",
		"logreg: one-vs-all: class setosa (1 of 3) against the rest, Newton step 1, J = ", "(3 of 3) against the rest, Newton step 2,",
		"logreg: the softmax fit: Newton step 3, J = ", "logreg: Firth's fit: Newton step 1, J = "} {
		if !strings.Contains(stderr, want) {
			t.Errorf("progress lacks %q:\n%s", want, stderr)
		}
	}
	if _, _, stderr = runProgram("-lambda", "0.1,1", "testdata/challenger.csv"); !strings.Contains(stderr, "logreg: cross-validation: λ = 1, 2 of 2") {
		t.Errorf("cross-validation shows no progress:\n%s", stderr)
	}
}

// A table past longRows rows or wideColumns columns is cut, with a note
// that says what was left out; -full writes it whole.
func TestAbridged(t *testing.T) {
	table := func(rows, cols int) [][]string {
		out := make([][]string, 1+rows)
		for i := range out {
			out[i] = make([]string, 1+cols)
		}
		return out
	}
	tests := []struct {
		rows, cols         int
		full               bool
		wantRows, wantCols int
		note               string
	}{
		{longRows, wideColumns, false, longRows, wideColumns, ""},
		{longRows + 1, 3, false, shortRows, 3, "… and 21 more rows, left out: -full writes the table whole"},
		{400, 1000, false, shortRows, wideColumns, "… and 360 more rows and 988 more columns, left out: -full writes the table whole"},
		{5, 13, false, 5, wideColumns, "… and 1 more columns, left out: -full writes the table whole"},
		{400, 1000, true, 400, 1000, ""},
	}
	for _, tt := range tests {
		rows, note := abridged(table(tt.rows, tt.cols), tt.full)
		if len(rows)-1 != tt.wantRows || len(rows[0])-1 != tt.wantCols || note != tt.note {
			t.Errorf("abridged(%d × %d, full %v) = %d × %d, %q; want %d × %d, %q",
				tt.rows, tt.cols, tt.full, len(rows)-1, len(rows[0])-1, note, tt.wantRows, tt.wantCols, tt.note)
		}
	}
}

// A fit of 70 features writes the first rows of θ and says that the rest
// were left out; -full writes all 71.
func TestLongTables(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	for i := range 200 {
		for range 70 {
			fmt.Fprintf(&b, "%.4f,", r.NormFloat64())
		}
		fmt.Fprintf(&b, "%d\n", i%2)
	}
	file := filepath.Join(t.TempDir(), "wide.csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, cut, _ := runProgram("-summary", file)
	_, whole, _ := runProgram("-summary", "-full", file)
	if !strings.Contains(cut, "  … and 31 more rows, left out: -full writes the table whole\n") || strings.Contains(cut, "x70 ") {
		t.Errorf("θ of 71 rows is not cut to 40 with a note:\n%s", cut)
	}
	if strings.Contains(whole, "left out") || !strings.Contains(whole, "x70 ") {
		t.Errorf("-full does not write θ whole:\n%s", whole)
	}
}

// Every flag of -h is in README's table of flags.
func TestFlagsInREADME(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	start := strings.Index(string(readme), "## Flags")
	end := strings.Index(string(readme)[start+1:], "\n## ")
	if start < 0 || end < 0 {
		t.Fatal("README has no section ## Flags")
	}
	section := string(readme)[start : start+1+end]
	_, _, help := runProgram("-h")
	flags := regexp.MustCompile(`(?m)^  -([a-z]+)`).FindAllStringSubmatch(help, -1)
	if len(flags) < 20 {
		t.Fatalf("-h lists %d flags:\n%s", len(flags), help)
	}
	for _, f := range flags {
		if !strings.Contains(section, "`-"+f[1]) {
			t.Errorf("README's table of flags lacks -%s", f[1])
		}
	}
}

// Once the fit is made, its θ is known to the progress, for Ctrl-C to say
// if the report is cut short in its intervals or tests.
func TestKnownSoFar(t *testing.T) {
	r := analyzeRun(t, "testdata/challenger.csv")
	if want := "θ found by Newton's method, J = 0.441635: θ0 (intercept) = 15.042902, θ1 temperature_F = -0.232163"; r.p.progress.known != want {
		t.Errorf("known so far: %q, want %q", r.p.progress.known, want)
	}
}

// Ctrl-C ends a long run with status 130 and says what was written: the
// program built and run, interrupted once its data summary is out.
func TestInterrupt(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "logreg")
	build := exec.Command(goTool, "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off", "GOTOOLCHAIN=local")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-method", "gd", "-iters", "10000000", "-alpha", "1", "-normalize", "testdata/iris_vv.csv")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line := make([]byte, 5)
	if _, err := io.ReadFull(stdout, line); err != nil || string(line) != "Data:" {
		t.Fatalf("the run began %q (%v), want its data summary", line, err)
	}
	time.Sleep(300 * time.Millisecond) // for a chunk of 1000 iterations or more to be done
	cmd.Process.Signal(os.Interrupt)
	io.Copy(io.Discard, stdout)
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 130 || !strings.Contains(stderr.String(), "logreg: interrupted at: gradient descent: iteration ") {
		t.Errorf("interrupted: %v, stderr %q; want status 130 and the line that says so", err, stderr.String())
	}
}

// The report is computed before it is written: what writes it (the
// functions and methods of main.go named write…, print… or describe…) calls
// nothing that fits, estimates or draws; and the options are set only while
// the flags are parsed.
func TestReportComputedFirst(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	computes := map[string]bool{}
	for _, name := range []string{"Newton", "Multinomial", "OneVsAll", "CrossValidate", "CrossValidateClasses", "GradientDescent",
		"ProfileInterval", "NewCovariance", "StdErrors", "MultinomialStdErrors", "Deviances", "AUC", "Separation", "CheckRank",
		"CostFunction", "CostFunctionReg", "SoftmaxCost", "fitProblem", "centralDifferences", "plotSVG", "plotClasses", "plotCV"} {
		computes[name] = true
	}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		name := fn.Name.Name
		writes := strings.HasPrefix(name, "write") || strings.HasPrefix(name, "print") || strings.HasPrefix(name, "describe")
		ast.Inspect(fn, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && writes && computes[id.Name] {
					t.Errorf("%s, which writes the report, calls %s", name, id.Name)
				}
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					if sel, ok := lhs.(*ast.SelectorExpr); ok {
						if id, ok := sel.X.(*ast.Ident); ok && id.Name == "opt" && name != "parseArgs" && name != "check" {
							t.Errorf("%s sets opt.%s after the flags are parsed", name, sel.Sel.Name)
						}
					}
				}
			}
			return true
		})
	}
}

// newdataRows runs the program with args and returns the predictions' CSV
// rows with a prediction (h, then its bounds) as numbers.
func newdataRows(t *testing.T, args ...string) [][]float64 {
	t.Helper()
	status, stdout, stderr := runProgram(args...)
	if status != 0 {
		t.Fatalf("logreg %v: status %d: %s", args, status, stderr)
	}
	records, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	h := slices.Index(records[0], "h")
	var rows [][]float64
	for _, rec := range records[1:] {
		if rec[h] == "" {
			continue
		}
		var row []float64
		for _, f := range rec[h : h+3] {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				t.Fatal(err)
			}
			row = append(row, v)
		}
		rows = append(rows, row)
	}
	return rows
}

// -newdata's report on a labelled file, with -out: the held-out log loss,
// accuracy, confusion matrix and AUC (birthwt's checked against R's h:
// 0.62694767, TP 5, FP 7, TN 35, FN 15), the rows with a missing value
// counted, and why a fit's intervals of h are empty, said once.
func TestRunNewdata(t *testing.T) {
	out := filepath.Join(t.TempDir(), "p.csv")
	checkRuns(t, []programRun{
		{[]string{"-label", "low", "-newdata", "testdata/birthwt_test.csv", "-out", out, "testdata/birthwt_train.csv"}, 0, []string{
			"birthwt_test.csv: 1 row with a missing value in a column the model takes: their predictions are empty (line 7)",
			"Held out (testdata/birthwt_test.csv, 62 rows with the label low): log loss 0.626948, accuracy 64.516129 % (40 of 62)",
			"Confusion matrix at h ≥ 0.5: TP = 5, FP = 7, TN = 35, FN = 15; precision 0.416667, recall 0.250000",
		}},
		{[]string{"-lambda", "1", "-level", "0.9", "-newdata", "testdata/challenger.csv", "-out", out, "testdata/challenger.csv"}, 0, []string{
			"the columns h_lower_90 and h_upper_90 are empty (no confidence interval: it needs the unregularized optimum's covariance",
			"Confusion matrix at h ≥ 0.5: TP = 4, FP = 0, TN = 16, FN = 3",
		}},
		{[]string{"-multinomial", "-lambda", "1", "-newdata", "testdata/iris.csv", "-out", out, "testdata/iris.csv"}, 0, []string{
			"Held out (testdata/iris.csv, 150 rows with the label species)",
			"true \\ predicted setosa versicolor virginica",
		}},
	})
	if _, stdout, _ := runProgram("-lambda", "1", "-level", "0.9", "-newdata", "testdata/challenger.csv", "testdata/challenger.csv"); !strings.HasPrefix(stdout, "temperature_F,distress,h,h_lower_90,h_upper_90,predicted\n66,0,0.4") {
		t.Errorf("-newdata's CSV begins %.80q", stdout)
	}
	if strings.Count(mustRead(t, out), "\n") != 151 {
		t.Errorf("-out holds %d lines, want the header and 150 rows", strings.Count(mustRead(t, out), "\n"))
	}
	// A header without the row names' column, as R's write.table writes it.
	rowNames := writeFile(t, "new.txt", "temperature_F distress\n\"1\" 31 1\n\"2\" 66 0\n")
	if _, stdout, stderr := runProgram("-newdata", rowNames, "testdata/challenger.csv"); !strings.HasPrefix(stdout, ",temperature_F,distress,h,h_lower_95,h_upper_95,predicted\n1,31,1,0.99960878") {
		t.Errorf("-newdata with row names: %q (%s)", stdout, stderr)
	}
	// An error in the file leaves no -out file, not even half of one.
	bad := writeFile(t, "bad.csv", "temperature_F\n31\n40,3\n")
	half := filepath.Join(t.TempDir(), "half.csv")
	if status, _, stderr := runProgram("-newdata", bad, "-out", half, "testdata/challenger.csv"); status != 1 || !strings.Contains(stderr, `bad.csv:3:1: "40,3" is not a number, for temperature_F`) {
		t.Errorf("-newdata of a bad file: status %d, %q", status, stderr)
	}
	if entries, _ := os.ReadDir(filepath.Dir(half)); len(entries) != 0 {
		t.Errorf("a failed -newdata left %d files in -out's directory", len(entries))
	}
}

// -newdata on the training file itself gives the training report's
// figures: the held-out log loss is J at the unregularized optimum, and
// the accuracy, confusion matrix and AUC are the report's, for 0/1 labels,
// a text label with a factor, counts with -trials, -weights and softmax.
func TestHeldOutOnTrainingFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "p.csv")
	cost := regexp.MustCompile(`(?:Cost at theta found: |the cost at Θ, J = )(\S+)`)
	accuracy := regexp.MustCompile(`Train accuracy: (\S+ % \(\S+ of \S+\))`)
	for _, args := range [][]string{
		{"testdata/challenger.csv"},
		{"-label", "low", "testdata/birthwt_train.csv"},
		{"-label", "ncases", "-trials", "n", "testdata/esoph_r.csv"},
		{"-label", "low", "-weights", "w", "testdata/birthwt_weights.csv"},
		{"-multinomial", "testdata/mtcars_carb.csv"},
	} {
		file := args[len(args)-1]
		_, report, stderr := runProgram(append([]string{"-newdata", file, "-out", out}, args...)...)
		J, acc := cost.FindStringSubmatch(report), accuracy.FindStringSubmatch(report)
		k := strings.Index(report, "\nHeld out (")
		if J == nil || acc == nil || k < 0 {
			t.Fatalf("%v: the report lacks J, the accuracy or the held-out figures (%s):\n%s", args, stderr, report)
		}
		held, training := report[k:], report[:k]
		if !strings.Contains(held, "log loss "+J[1]+", accuracy "+acc[1]) {
			t.Errorf("%v: %q, want log loss %s and accuracy %s", args, strings.SplitN(held, "\n", 3)[1], J[1], acc[1])
		}
		confusion := training[strings.Index(training, "Confusion matrix"):]
		if end := strings.Index(confusion, "\n\n"); end >= 0 {
			confusion = confusion[:end+1]
		}
		if end := strings.Index(confusion, "\nlogreg:"); end >= 0 {
			confusion = confusion[:end+1]
		}
		if !strings.Contains(held, confusion) {
			t.Errorf("%v: held out:\n%s\nwant the report's\n%s", args, held, confusion)
		}
	}
}

// -newdata against R's predict(fit, newdata, type = "link", se.fit = TRUE)
// through g, R refitted from its own optimum (epsilon 1e-15), on a held-out
// third of birthwt as R writes it (factors, NA: testdata/birthwt_test.csv,
// the fit on the rest) and a quarter of infert: h and its 95% bounds to 1e-9
// for every row (R's in testdata/*_test_R.txt).
func TestNewdataAgainstR(t *testing.T) {
	for _, tt := range []struct{ args []string }{
		{[]string{"-label", "low", "-newdata", "testdata/birthwt_test.csv", "testdata/birthwt_train.csv"}},
		{[]string{"-newdata", "testdata/infert_test.csv", "testdata/infert_train.csv"}},
	} {
		got := newdataRows(t, tt.args...)
		name := strings.TrimSuffix(tt.args[len(tt.args)-2], ".csv") + "_R.txt"
		var want [][]float64
		for _, line := range strings.Fields(mustRead(t, name)) {
			var row []float64
			for _, f := range strings.Split(line, ",") {
				v, _ := strconv.ParseFloat(f, 64)
				row = append(row, v)
			}
			want = append(want, row)
		}
		if len(got) != len(want) {
			t.Fatalf("%v: %d rows predicted, R %d", tt.args, len(got), len(want))
		}
		for i := range got {
			if !nearAll(got[i], want[i], 1e-9) {
				t.Errorf("%v: row %d: h and bounds %v, R %v", tt.args, i+1, got[i], want[i])
			}
		}
	}
}

// A fit saved and loaded predicts as the fit itself, bit for bit: -newdata's
// CSV (and held-out figures) and -predict's line, for a binary fit with
// factors, softmax, one-vs-all, λ > 0, counts, Firth's fit, gradient
// descent stopped early and -degree with -normalize.
func TestModelRoundTrip(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ fit, predict, newdata []string }{
		{[]string{"-label", "low", "testdata/birthwt_train.csv"}, []string{"-predict", "25,130,white,yes,0,0,0,1"}, []string{"-newdata", "testdata/birthwt_test.csv"}},
		{[]string{"-multinomial", "-lambda", "0.5", "testdata/iris.csv"}, []string{"-predict", "5.1,3.5,1.4,0.2"}, []string{"-newdata", "testdata/iris.csv"}},
		{[]string{"-onevsall", "-lambda", "0.5", "testdata/iris.csv"}, []string{"-predict", "6,3,4.5,1.5"}, []string{"-newdata", "testdata/iris.csv"}},
		{[]string{"-lambda", "1", "testdata/challenger.csv"}, []string{"-predict", "31"}, []string{"-newdata", "testdata/challenger.csv"}},
		{[]string{"-label", "ncases", "-trials", "n", "testdata/esoph_r.csv"}, []string{"-predict", "25-34,0-39g/day,0-9g/day"}, []string{"-newdata", "testdata/esoph_r.csv"}},
		{[]string{"-firth", "testdata/challenger.csv"}, []string{"-predict", "31"}, []string{"-newdata", "testdata/challenger.csv"}},
		{[]string{"-method", "gd", "-iters", "50", "testdata/challenger.csv"}, []string{"-predict", "31"}, []string{"-newdata", "testdata/challenger.csv"}},
		{[]string{"-degree", "3", "-normalize", "testdata/iris_sv.csv"}, []string{"-predict", "5,3"}, []string{"-newdata", "testdata/iris_sv.csv"}},
	} {
		model := filepath.Join(dir, "model.json")
		_, fresh, _ := runProgram(append(append(append([]string{"-save", model}, tt.newdata...), tt.fit[:len(tt.fit)-1]...), tt.fit[len(tt.fit)-1])...)
		_, loaded, stderr := runProgram(append([]string{"-model", model}, tt.newdata...)...)
		if fresh == "" || fresh != loaded {
			t.Errorf("%v: -newdata from the saved fit differs (%s):\n%s\nand\n%s", tt.fit, stderr, fresh, loaded)
		}
		_, report, _ := runProgram(append(append([]string(nil), tt.predict...), tt.fit...)...)
		_, line, stderr := runProgram(append([]string{"-model", model}, tt.predict...)...)
		if line == "" || !strings.Contains(report, line) {
			t.Errorf("%v: -predict from the saved fit %q (%s) is not the report's line", tt.fit, line, stderr)
		}
	}
}

// Model files that cannot be used, and new data that do not match the
// model, are errors naming what is wrong; nothing is predicted.
func TestBadModelFiles(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "model.json")
	if status, _, stderr := runProgram("-label", "low", "-save", model, "testdata/birthwt_train.csv"); status != 0 {
		t.Fatal(stderr)
	}
	good := mustRead(t, model)
	tests := []struct {
		name, model, newdata string
		want                 string
	}{
		{"truncated", good[:len(good)/2], "", "not a model file logreg -save wrote: unexpected EOF"},
		{"another version", strings.Replace(good, `"version": 1`, `"version": 2`, 1), "", "its version is 2, and this logreg reads version 1"},
		{"another format", strings.Replace(good, `"logreg model"`, `"sklearn"`, 1), "", `its format is "sklearn"`},
		{"a short θ", strings.Replace(good, `"theta": [`+"\n  [\n", `"theta": [`+"\n  [\n   0.5,\n", 1), "", "a row of θ of 11 entries, want 10"},
		{"a covariance of another size", strings.Replace(good, `"mu": [`+"\n   0,\n", `"mu": [`+"\n   0,\n   0,\n", 1), "", "its covariance"},
		{"no covariance, and no reason", regexp.MustCompile(`(?s),\s*"covariance": \{.*\}\s*\}\s*$`).ReplaceAllString(good, "\n}\n"), "", "neither a covariance nor why"},
		{"a covariance for no optimum", strings.Replace(good, `"optimum": true`, `"optimum": false`, 1), "", "only a binary fit at its optimum has one"},
		{"a level named twice", strings.Replace(good, `"other",`, `"black",`, 1), "", "its levels are fewer than 2 or repeat"},
		{"three levels of a binary label", strings.Replace(good, `"levels": [`+"\n  \"no\",", `"levels": [`+"\n  \"maybe\",\n  \"no\",", 1), "", "3 levels of the label for a fit of kind binary"},
		{"a missing column", good, "x,lwt\n1,2\n", `no column named "age", which the model takes`},
		{"an unknown level", good, "age,lwt,race,smoke,ptl,ht,ui,ftv\n20,120,purple,no,0,0,0,0\n", `:2:3: "purple" is not a level of the factor race`},
		{"a text for a number", good, "age,lwt,race,smoke,ptl,ht,ui,ftv\ntwenty,120,white,no,0,0,0,0\n", `:2:1: "twenty" is not a number, for age`},
	}
	for _, tt := range tests {
		m := writeFile(t, "m.json", tt.model)
		newdata := "testdata/birthwt_test.csv"
		if tt.newdata != "" {
			newdata = writeFile(t, "new.csv", tt.newdata)
		}
		status, stdout, stderr := runProgram("-model", m, "-newdata", newdata)
		if status != 1 || !strings.Contains(stderr, tt.want) || strings.Count(stdout, "\n") > 1 {
			t.Errorf("%s: status %d, stderr %q, stdout %q; want 1 and %q", tt.name, status, stderr, stdout, tt.want)
		}
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-predict", "1", "-predict", "2", "testdata/challenger.csv"}, "given twice: one example a run"},
		{[]string{"-model", model}, "-model needs something to predict"},
		{[]string{"-model", model, "-newdata", "testdata/birthwt_test.csv", "testdata/birthwt_train.csv"}, "give no data FILE"},
		{[]string{"-model", model, "-lambda", "1", "-newdata", "testdata/birthwt_test.csv"}, "-lambda has no effect with -model"},
		{[]string{"-model", model, "-save", model, "-newdata", "testdata/birthwt_test.csv"}, "-save has no effect with -model"},
		{[]string{"-model", model, "-predict", "25,130"}, "-predict has 2 values, want 8"},
		{[]string{"-out", "p.csv", "testdata/challenger.csv"}, "-out has no effect without -newdata"},
		{[]string{"-explain", "-newdata", "testdata/challenger.csv", "testdata/challenger.csv"}, "-newdata has no effect with -explain"},
	} {
		if status, _, stderr := runProgram(tt.args...); status != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("logreg %v: status %d, %q; want 2 and %q", tt.args, status, stderr, tt.want)
		}
	}
	if _, err := os.Stat("p.csv"); err == nil {
		t.Errorf("a refused -out made its file")
	}
}

func TestRunExplain(t *testing.T) {
	status, stdout, stderr := runProgram("-explain", "-example", "51", "-lambda", "1")
	if status != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", status, stderr)
	}
	// Example 51 of iris is (6, 2.5), y = 1; at θ = 0: z = 0, h = ½.
	for _, want := range []string{
		"for example 51 (y = 1)",
		"z      = θᵀx                        = 0.0000000000",
		"h      = g(z) = 1/(1 + e^(-z))      = 0.5000000000",
		"dG/dh  = (y - h)/(h(1 - h))         = 2.0000000000",
		"dh/dz  = h(1 - h)                   = 0.2500000000",
		"θ1   petal_length     6.0000000000           3.0000000000     3.0000000000",
		"θ1   petal_length          -0.3230000000       0.0000000000      -0.3230000000", // the data term, the penalty's (0 at θ = 0), the analytic ∂J/∂θ1
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("-explain lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "Theta found") {
		t.Errorf("-explain fitted too:\n%s", stdout)
	}
	var rel float64
	i := strings.LastIndex(stdout, "largest gradient entry: ")
	if i < 0 {
		t.Fatalf("-explain prints no largest difference:\n%s", stdout)
	}
	if _, err := fmt.Sscan(stdout[i+len("largest gradient entry: "):], &rel); err != nil || rel > 1e-6 {
		t.Errorf("-explain: largest relative difference %g (%v), want ≤ 1e-6", rel, err)
	}
	// At a θ away from 0 the steps have other numbers: z = θᵀx for example 1 (4.7, 1.4).
	_, stdout, _ = runProgram("-explain", "-theta", "-40,5,10")
	if z := -40 + 5*4.7 + 10*1.4; !strings.Contains(stdout, fmt.Sprintf("= %.10f", z)) {
		t.Errorf("-explain -theta -40,5,10: want z = %.10f:\n%s", z, stdout)
	}
	// With λ > 0 the gradient's two terms stand side by side: the penalty's
	// (λ/m) θj = θj/100 here, 0 for θ0, and their sum, the analytic gradient.
	_, stdout, _ = runProgram("-explain", "-lambda", "1", "-theta", "-1,0.5,2")
	for _, want := range []string{
		"(1/m) Σ (h - y) xj (λ/m) θj analytic central difference",
		"θ0 (intercept) 0.4850306982 0 (not penalized) 0.4850306982",
		"θ1 petal_length 2.0676508378 0.005000000000 2.0726508378",
		"θ2 petal_width 0.6436009793 0.02000000000 0.6636009793",
	} {
		if !containsFields(stdout, want) {
			t.Errorf("-explain -lambda 1 lacks %q:\n%s", want, stdout)
		}
	}
	// Softmax's headers stand apart, at least two spaces between columns.
	_, stdout, _ = runProgram("-explain", "-multinomial", "-lambda", "1", "testdata/iris.csv")
	for _, want := range []string{"zk = θkᵀx  hk = e^zk / Σ e^zl  dG/dzk = [k = y] - hk", "xj = dzk/dθkj  ([k = y] - hk) xj", "class  (1/m) Σ (hk - yk) xj"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("-explain -multinomial lacks %q:\n%s", want, stdout)
		}
	}
}

func TestPlotSelfContained(t *testing.T) {
	_, text := plotFile(t)
	for _, bad := range []string{"<script", "xlink:href=\"http", "href=\"http", "@import", "<image", "<foreignObject"} {
		if strings.Contains(text, bad) {
			t.Errorf("the SVG contains %q", bad)
		}
	}
	if strings.Count(text, "http") != 1 { // the xmlns only
		t.Errorf("the SVG links out: %d mentions of http", strings.Count(text, "http"))
	}
}

// The markers match the classes, and every point of the drawn boundary is
// within half a pixel of θᵀx = 0 (its distance to the curve to first order:
// |v| / ‖∇v‖, with v = θᵀ·mapFeature(x1, x2) and ∇ in pixels).
func TestPlotBoundary(t *testing.T) {
	X, y := load(t, "iris_vv.csv")
	mapped := make([][]float64, len(X))
	for i, x := range X {
		mapped[i] = MapFeature(x[1], x[2], 6)
	}
	theta6, _, _, err := Newton(mapped, y, make([]float64, 28), 1, 100)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		theta  []float64
		degree int
	}{
		{"degree 1", nil, optima[0].theta, 1},
		{"degree 6, λ = 1", []string{"-degree", "6", "-lambda", "1"}, theta6, 6},
		{"degree 6, λ = 1, scaled", []string{"-degree", "6", "-lambda", "1", "-normalize"}, nil, 6},
	}
	for _, tt := range tests {
		root, _ := plotFile(t, tt.args...)
		pos, neg := countMarkers(root)
		if pos != 50 || neg != 50 {
			t.Errorf("%s: %d + and %d o markers, want 50 and 50", tt.name, pos, neg)
		}
		boundary := root.byID("boundary")
		if boundary == nil || tt.theta == nil {
			if boundary == nil {
				t.Errorf("%s: no boundary drawn", tt.name)
			}
			continue
		}
		f := plotFrame(t, root, "data")
		v := func(px, py float64) float64 {
			x1 := f.x0 + (px-f.left)/f.width*(f.x1-f.x0)
			x2 := f.y1 - (py-f.top)/f.height*(f.y1-f.y0)
			return dot(tt.theta, MapFeature(x1, x2, tt.degree))
		}
		pts := pathPoints(t, boundary.attr("d"))
		if len(pts) < 2 {
			t.Fatalf("%s: boundary has %d points", tt.name, len(pts))
		}
		worst := 0.0
		for _, p := range pts {
			gx := (v(p[0]+0.01, p[1]) - v(p[0]-0.01, p[1])) / 0.02
			gy := (v(p[0], p[1]+0.01) - v(p[0], p[1]-0.01)) / 0.02
			worst = math.Max(worst, math.Abs(v(p[0], p[1]))/math.Hypot(gx, gy))
		}
		if worst > 0.5 {
			t.Errorf("%s: a boundary point is %.2g pixels from θᵀx = 0, want ≤ 0.5", tt.name, worst)
		}
	}
}

// The cost polyline of gradient descent with a small α never rises: its
// pixel y (down the page) never falls.
func TestPlotCost(t *testing.T) {
	root, text := plotFile(t, "-method", "gd", "-alpha", "1e-4", "-iters", "3000", "testdata/challenger.csv")
	pts := pathPoints(t, root.byID("cost-line").attr("d"))
	if len(pts) < 100 {
		t.Fatalf("cost line has %d points", len(pts))
	}
	for k := 1; k < len(pts); k++ {
		if pts[k][0] <= pts[k-1][0] || pts[k][1] < pts[k-1][1] {
			t.Fatalf("cost line goes from %v to %v: want right and not up", pts[k-1], pts[k])
		}
	}
	if !strings.Contains(text, "1 in 4 of the 3000 iterations drawn") {
		t.Errorf("the thinned cost line is not said to be thinned")
	}
	if root.byID("curve") == nil {
		t.Errorf("one feature: no probability curve drawn")
	}
	// Three features: the cost panel alone.
	root, _ = plotFile(t, writeFile(t, "three.csv", "1,2,3,0\n2,1,0,1\n3,3,1,0\n0,1,2,1\n5,2,2,1\n"), "-lambda", "1")
	if root.byID("data") != nil || root.byID("cost-line") == nil {
		t.Errorf("three features: want the cost panel only")
	}
	if note := root.byID("no-data-panel"); note == nil || !strings.Contains(note.Text, "3 features") {
		t.Errorf("three features: the picture does not say why there is no data panel")
	}
	root, _ = plotFile(t, "testdata/challenger.csv")
	if root.byID("no-data-panel") != nil {
		t.Errorf("one feature: the picture says there is no data panel")
	}
	// The cost axis starts at 0, so that λ = 100's fall from 0.693 to 0.686 looks as small as it is.
	root, _ = plotFile(t, "-lambda", "100", "testdata/iris_vv.csv")
	if f := plotFrame(t, root, "cost"); !(f.y0 <= 0 && f.y0 > -0.1 && f.y1 > 0.693) {
		t.Errorf("λ = 100: the cost axis spans %g to %g, want from 0 to above J at the start, 0.693", f.y0, f.y1)
	}
}

// Each picture says what was fitted: the method, λ and the degree, in the
// panels' subtitles and the picture's title element, so that the course's
// λ = 0, 1 and 100 pictures of the same data are told apart.
func TestPlotTitles(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-degree", "6", "-lambda", "0", "testdata/iris_vv.csv"}, "Newton's method, λ = 0, degree 6"},
		{[]string{"-degree", "6", "-lambda", "1", "testdata/iris_vv.csv"}, "Newton's method, λ = 1, degree 6"},
		{[]string{"-degree", "6", "-lambda", "100", "testdata/iris_vv.csv"}, "Newton's method, λ = 100, degree 6"},
		{[]string{"-method", "gd", "-normalize", "-alpha", "1", "testdata/challenger.csv"}, "gradient descent, λ = 0, normalized"},
		{[]string{"-firth", "testdata/iris_sv.csv"}, "Firth's penalized likelihood"},
		{[]string{"-multinomial", "-lambda", "1", "testdata/iris_petal.csv"}, "softmax regression, λ = 1"},
		{[]string{"-onevsall", "-lambda", "0.5", "testdata/iris_petal.csv"}, "one-vs-all, λ = 0.5"},
		{[]string{"-degree", "3", "-lambda", "0,1,10", "testdata/iris_vv.csv"}, "Newton's method, λ chosen from 3 by cross-validation in 5 folds, degree 3"},
	} {
		root, _ := plotFile(t, tt.args...)
		var titles, subtitles []string
		for _, e := range root.find(func(e *svgNode) bool { return e.XMLName.Local == "title" }) {
			titles = append(titles, e.Text)
		}
		for _, e := range root.find(func(e *svgNode) bool { return e.attr("class") == "subtitle" }) {
			subtitles = append(subtitles, e.Text)
		}
		file := tt.args[len(tt.args)-1]
		if len(titles) != 1 || titles[0] != "logreg: "+file+": "+tt.want {
			t.Errorf("%v: title elements %q, want one, %q", tt.args, titles, "logreg: "+file+": "+tt.want)
		}
		if !strings.Contains(tt.want, "cross-validation") && (len(subtitles) == 0 || slices.ContainsFunc(subtitles, func(s string) bool { return s != tt.want })) {
			t.Errorf("%v: subtitles %q, want each %q", tt.args, subtitles, tt.want)
		}
	}
}

// -predict's example is drawn where it is, inside the axes even outside the
// data (Challenger at 31 °F), at its h, with its interval as a bar for one
// feature: the report's 0.999609 and 0.481609 to 0.99999986 (pixels are
// rounded to 0.1).
func TestPlotPredict(t *testing.T) {
	root, _ := plotFile(t, "-predict", "31", "testdata/challenger.csv")
	f := plotFrame(t, root, "data")
	g := root.byID("predict")
	if g == nil || !(f.x0 < 31) {
		t.Fatalf("no -predict point, or an x axis from %g that leaves out 31", f.x0)
	}
	uses := g.find(func(e *svgNode) bool { return e.XMLName.Local == "use" })
	var x, y float64
	if len(uses) != 1 {
		t.Fatalf("%d markers for -predict, want 1", len(uses))
	}
	fmt.Sscan(uses[0].attr("x"), &x)
	fmt.Sscan(uses[0].attr("y"), &y)
	if math.Abs(x-f.px(31)) > 0.051 || math.Abs(y-f.py(0.999609)) > 0.051 {
		t.Errorf("-predict drawn at (%g, %g), want (%.1f, %.1f)", x, y, f.px(31), f.py(0.999609))
	}
	bar := root.byID("predict-interval")
	if bar == nil {
		t.Fatal("no interval bar")
	}
	var bx, lo, hi float64
	if _, err := fmt.Sscanf(bar.attr("d"), "M%g %gV%g", &bx, &lo, &hi); err != nil || math.Abs(lo-f.py(0.481609)) > 0.051 || math.Abs(hi-f.py(0.99999986)) > 0.051 {
		t.Errorf("interval bar %q (%v), want from %.1f to %.1f", bar.attr("d"), err, f.py(0.481609), f.py(0.99999986))
	}
	// Two features: the point at (x1, x2), with its h.
	root, _ = plotFile(t, "-predict", "5.5,1.6", "testdata/iris_vv.csv")
	if g := root.byID("predict"); g == nil || !strings.Contains(g.find(func(e *svgNode) bool { return e.XMLName.Local == "text" })[0].Text, "h = 0.956574") {
		t.Errorf("two features: no -predict point with h = 0.956574")
	}
}

// The y = 1 side of the boundary is shaded: an example well inside it is
// covered and one well outside is not, for the features as they are (one
// polygon) and for degree 6 (rectangles of a 2-pixel grid).
func TestPlotPositiveSide(t *testing.T) {
	for _, args := range [][]string{{"testdata/iris_vv.csv"}, {"-degree", "6", "-lambda", "1", "testdata/iris_vv.csv"}} {
		root, _ := plotFile(t, args...)
		f := plotFrame(t, root, "data")
		side := root.byID("positive-side")
		if side == nil {
			t.Fatalf("%v: no shaded side", args)
		}
		d := side.attr("d")
		covered := func(x, y float64) bool { // in the polygon, or in one of the rectangles
			px, py := f.px(x), f.py(y)
			if !strings.Contains(d, "h") {
				pts := pathPoints(t, strings.TrimSuffix(d, "Z"))
				in := false
				for k := range pts {
					a, b := pts[k], pts[(k+1)%len(pts)]
					if (a[1] > py) != (b[1] > py) && px < a[0]+(py-a[1])/(b[1]-a[1])*(b[0]-a[0]) {
						in = !in
					}
				}
				return in
			}
			return inRects(d, px, py)
		}
		if !covered(6.5, 2.3) || covered(3.5, 1.05) {
			t.Errorf("%v: (6.5, 2.3) covered %v, want true; (3.5, 1.05) covered %v, want false", args, covered(6.5, 2.3), covered(3.5, 1.05))
		}
	}
}

// 1e4 examples: under 200 KB, the scatter thinned, and the picture says so.
func TestPlotLarge(t *testing.T) {
	var b strings.Builder
	r := rand.New(rand.NewPCG(9, 9))
	m, positives := 10000, 0
	for range m {
		x1, x2 := r.NormFloat64()*10+50, r.NormFloat64()*10+50
		label := 0
		if x1+x2+r.NormFloat64()*8 > 100 {
			label = 1
			positives++
		}
		fmt.Fprintf(&b, "%.6f,%.6f,%d\n", x1, x2, label)
	}
	root, text := plotFile(t, writeFile(t, "large.csv", b.String()))
	if len(text) > 200_000 {
		t.Errorf("the SVG of 1e4 examples is %d bytes, want < 200 KB", len(text))
	}
	pos, neg := countMarkers(root)
	// 1 in 4 of each class, the first of each included.
	if want := (positives + 3) / 4; pos != want {
		t.Errorf("%d + markers, want %d", pos, want)
	}
	if want := (m - positives + 3) / 4; neg != want {
		t.Errorf("%d o markers, want %d", neg, want)
	}
	if want := fmt.Sprintf("%d of 10000 examples drawn (1 in 4 of each class)", pos+neg); !strings.Contains(text, want) {
		t.Errorf("the SVG does not say %q", want)
	}
}

// The contour tracer's saddle: in the cell around (0, 0), x1·x2 + c changes
// sign on all four edges, and the sign at the centre, that of c, pairs the
// four crossings: each segment must stay on one branch of the hyperbola
// x1·x2 = −c, never cross from one to the other. c > 0 pairs them as they
// come (branches in x1 < 0 < x2 and x2 < 0 < x1); c < 0 swaps them.
func TestContourSaddle(t *testing.T) {
	f := newFrame(0, -1, 1.0133, -1, 1.0133)   // (0, 0) is a cell's centre
	for _, c := range []float64{4e-5, -4e-5} { // |c| below (cell/2)² = 4.5e-5: a saddle
		pts := pathPoints(t, contourPath(f, func(x1, x2 float64) float64 { return x1*x2 + c }))
		if len(pts) == 0 || len(pts)%2 != 0 {
			t.Fatalf("c = %g: contour has %d points, want segments", c, len(pts))
		}
		axis := f.px(0)
		for k := 0; k < len(pts); k += 2 {
			a, b := pts[k][0]-axis, pts[k+1][0]-axis
			if a < -0.5 && b > 0.5 || a > 0.5 && b < -0.5 {
				t.Errorf("c = %g: segment %v–%v crosses from one branch to the other", c, pts[k], pts[k+1])
			}
		}
	}
}

// -plot with classes: the examples a color a class over the regions where
// each class is predicted; a marker mostly sits in its own class's region.
func TestPlotClasses(t *testing.T) {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(mustRead(t, "testdata/iris.csv")), "\n") {
		b.WriteString(strings.Join(strings.Split(line, ",")[2:], ",") + "\n") // petal length, petal width, species
	}
	petal := writeFile(t, "petal.csv", b.String())
	root, text := plotFile(t, "-multinomial", "-lambda", "1", petal)
	if len(text) > 200_000 {
		t.Errorf("the picture has %d bytes, want under 200 KB", len(text))
	}
	f := plotFrame(t, root, "data")
	regions := root.find(func(e *svgNode) bool { return e.attr("class") == "region" })
	if len(regions) != 3 {
		t.Fatalf("%d region paths, want one a class", len(regions))
	}
	inOwn, marks := 0, 0
	for k := range 3 {
		for _, u := range root.find(func(e *svgNode) bool { return e.XMLName.Local == "use" && e.attr("href") == fmt.Sprintf("#c%d", k) }) {
			var x, y float64
			fmt.Sscan(u.attr("x"), &x)
			fmt.Sscan(u.attr("y"), &y)
			if y > f.top+f.height { // the legend's markers, below the plot
				continue
			}
			marks++
			for _, r := range regions {
				if inRects(r.attr("d"), x, y) {
					if r.attr("data-class") == strconv.Itoa(k) {
						inOwn++
					}
					break
				}
			}
		}
	}
	if marks != 150 || inOwn < 140 {
		t.Errorf("%d markers, %d in their own class's region; want 150, and the 144 the fit gets right give or take a cell", marks, inOwn)
	}
	root, _ = plotFile(t, "-multinomial", "-lambda", "1", "testdata/iris.csv")
	if root.byID("no-data-panel") == nil || root.byID("cost-line") == nil {
		t.Errorf("four features: want the cost and a note that the classes are drawn for two features")
	}
	// One-vs-all as complete: the regions, and a cost line a class, each
	// from log 2 at θ = 0 down to its fit's J.
	for _, file := range []string{petal, "testdata/iris.csv"} {
		root, _ = plotFile(t, "-onevsall", "-lambda", "1", file)
		f := plotFrame(t, root, "cost")
		lines := root.find(func(e *svgNode) bool { return e.attr("class") == "cost-line" })
		if len(lines) != 3 {
			t.Fatalf("-onevsall %s: %d cost lines, want one a class", file, len(lines))
		}
		for _, l := range lines {
			pts := pathPoints(t, l.attr("d"))
			if math.Abs(pts[0][1]-f.py(math.Ln2)) > 0.051 || pts[len(pts)-1][1] <= pts[0][1] {
				t.Errorf("-onevsall %s: %s starts at %v, want at J = log 2 (y = %.1f), and falls", file, l.attr("id"), pts[0], f.py(math.Ln2))
			}
		}
	}
	if root, _ = plotFile(t, "-onevsall", "-lambda", "1", petal); len(root.find(func(e *svgNode) bool { return e.attr("class") == "region" })) != 3 {
		t.Errorf("-onevsall: want a region a class")
	}
}

// -plot with a list of λ: the validation curve and, for two features, a
// small multiple of the boundary at each λ.
func TestPlotCrossValidation(t *testing.T) {
	root, _ := plotFile(t, "-degree", "6", "-lambda", "0,0.01,0.1,1,10,100", "testdata/iris_vv.csv")
	val := pathPoints(t, root.byID("validation-line").attr("d"))
	train := pathPoints(t, root.byID("train-line").attr("d"))
	if len(val) != 5 || len(train) != 5 { // λ = 0 has no optimum in its folds: not on the curve
		t.Errorf("validation curve %d points, training %d, want 5 each", len(val), len(train))
	}
	for k := 1; k < len(val); k++ {
		if val[k][0] <= val[k-1][0] {
			t.Errorf("the validation curve goes left at point %d", k)
		}
	}
	multiples := root.find(func(e *svgNode) bool { return e.attr("class") == "multiple" })
	if len(multiples) != 6 {
		t.Fatalf("%d small multiples, want 6", len(multiples))
	}
	for _, m := range multiples {
		if len(m.find(func(e *svgNode) bool { return e.attr("class") == "boundary" && e.attr("d") != "" })) != 1 {
			t.Errorf("the multiple at λ = %s has no boundary", m.attr("data-lambda"))
		}
	}
	texts := strings.Join(func() (ts []string) {
		for _, e := range root.find(func(e *svgNode) bool { return e.XMLName.Local == "text" }) {
			ts = append(ts, e.Text)
		}
		return ts
	}(), "|")
	for _, want := range []string{"λ = 100 (chosen)", "λ = 0: no optimum", "no finite optimum in some fold, not drawn: λ = 0"} {
		if !strings.Contains(texts, want) {
			t.Errorf("the picture does not say %q", want)
		}
	}
}

// ——— The shape of the project: the library's API, its docs, README, copying logreg.go ———

// main.go uses only what logreg.go exports — no unexported function, type,
// constant, field or method of it — so that the program does nothing a user
// of the library cannot do. The two files are type-checked together and each
// use in main.go of a name declared in logreg.go is looked up.
func TestMainUsesExportedAPI(t *testing.T) {
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range []string{"logreg.go", "main.go"} {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("main", fset, files, info); err != nil {
		t.Fatal(err)
	}
	for id, obj := range info.Uses {
		use, decl := fset.Position(id.Pos()), fset.Position(obj.Pos())
		if use.Filename == "main.go" && decl.Filename == "logreg.go" && !obj.Exported() {
			t.Errorf("main.go:%d uses %s, which logreg.go does not export (declared at line %d)", use.Line, id.Name, decl.Line)
		}
	}
}

// The documentation of what logreg.go exports, which go doc shows, names
// nothing unexported: no unexported function or type written as code
// (name(, "see name", or a name in camelCase), since a reader of go doc
// cannot look it up.
func TestDocsNameOnlyExported(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "logreg.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	unexported := map[string]bool{}
	type doc struct {
		name string
		text string
	}
	var docs []doc
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() {
				if d.Recv == nil {
					unexported[d.Name.Name] = true
				}
			} else if d.Doc != nil {
				docs = append(docs, doc{d.Name.Name, d.Doc.Text()})
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if !s.Name.IsExported() {
						unexported[s.Name.Name] = true
					} else if d.Doc != nil {
						docs = append(docs, doc{s.Name.Name, d.Doc.Text()})
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if !n.IsExported() {
							unexported[n.Name] = true
						} else if s.Doc != nil || d.Doc != nil {
							text := ""
							if s.Doc != nil {
								text += s.Doc.Text()
							}
							if d.Doc != nil {
								text += d.Doc.Text()
							}
							docs = append(docs, doc{n.Name, text})
						}
					}
				}
			}
		}
	}
	word := regexp.MustCompile(`(see )?\b([a-z][A-Za-z0-9]*)\b(\()?`)
	for _, d := range docs {
		for _, m := range word.FindAllStringSubmatch(d.text, -1) {
			name := m[2]
			if unexported[name] && (m[1] != "" || m[3] != "" || strings.ToLower(name) != name) {
				t.Errorf("the doc of %s names %q, which logreg.go does not export", d.name, m[0])
			}
		}
	}
}

// The library's traps, closed: Covariance keeps its factor to itself; a
// parameter named K is always a number of classes; README states the Go
// version that go.mod requires.
func TestAPITraps(t *testing.T) {
	cov := reflect.TypeOf(Covariance{})
	for i := range cov.NumField() {
		if cov.Field(i).IsExported() {
			t.Errorf("Covariance exports its field %s", cov.Field(i).Name)
		}
	}
	f, err := parser.ParseFile(token.NewFileSet(), "logreg.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || !fn.Name.IsExported() {
			continue
		}
		for _, field := range fn.Type.Params.List {
			for _, name := range field.Names {
				if name.Name == "K" && !strings.Contains(fn.Doc.Text(), "class") {
					t.Errorf("%s has a parameter K that is not a number of classes", fn.Name.Name)
				}
				if name.Name == "folds" && !strings.Contains(fn.Doc.Text(), "folds") {
					t.Errorf("%s has a parameter folds its doc does not explain", fn.Name.Name)
				}
			}
		}
	}
	version := regexp.MustCompile(`(?m)^go (\S+)$`).FindStringSubmatch(mustRead(t, "go.mod"))
	if version == nil || !strings.Contains(mustRead(t, "README.md"), "Go "+version[1]+" or later") {
		t.Errorf("README does not state the Go version go.mod requires (%v)", version)
	}
}

// README's table of the derivation points at the code by function and
// snippet: each "in `F`: `code`" must be code of the function F in
// logreg.go, and each "`F()`" a function or method it declares.
func TestReadmeCode(t *testing.T) {
	readme, src := mustRead(t, "README.md"), mustRead(t, "logreg.go")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "logreg.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	body := map[string]string{} // each function's source
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok {
			body[fn.Name.Name] += src[fset.Position(fn.Pos()).Offset:fset.Position(fn.End()).Offset]
		}
	}
	refs := regexp.MustCompile("in `(\\w+)`: `([^`]+)`").FindAllStringSubmatch(readme, -1)
	if len(refs) < 8 {
		t.Fatalf("README points at %d snippets of logreg.go, want the derivation's steps", len(refs))
	}
	for _, ref := range refs {
		if !strings.Contains(body[ref[1]], ref[2]) {
			t.Errorf("README: %s in logreg.go should hold %q", ref[1], ref[2])
		}
	}
	for _, ref := range regexp.MustCompile("`(\\w+)\\(\\)`").FindAllStringSubmatch(readme, -1) {
		if body[ref[1]] == "" {
			t.Errorf("README: logreg.go should declare %s", ref[1])
		}
	}
}

// logreg.go alone, copied into a module of its own with its package clause
// changed, builds and vets: "copy it and change the package clause" stays
// true. Its header is not a package comment, so that go doc in this
// directory shows the command's documentation (main.go's).
func TestCopyLogregGo(t *testing.T) {
	src := mustRead(t, "logreg.go")
	f, err := parser.ParseFile(token.NewFileSet(), "logreg.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	if f.Doc != nil {
		t.Errorf("logreg.go's header is a package comment; go doc would show it for the command")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	version := regexp.MustCompile(`(?m)^go (\S+)$`).FindStringSubmatch(mustRead(t, "go.mod"))
	if version == nil {
		t.Fatal("go.mod states no Go version")
	}
	dir := t.TempDir()
	copied := strings.Replace(src, "\npackage main\n", "\npackage regression\n", 1)
	if copied == src {
		t.Fatal("logreg.go has no line package main")
	}
	for name, content := range map[string]string{
		"go.mod":    "module example.com/regression\n\ngo " + version[1] + "\n",
		"logreg.go": copied,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command(goTool, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off", "GOTOOLCHAIN=local")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go %s on logreg.go alone: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// ——— Fuzzing, benchmarks and examples ———

// FuzzReadCSV: the reader never panics, and every file it accepts gives
// consistent shapes: m ≥ 1 rows of n+1 finite numbers starting with 1, m
// labels of 0 or 1, n+1 names.
func FuzzReadCSV(f *testing.F) {
	for _, seed := range []string{
		"1,2,0\n3,4,1\n", "x,y\n1,0\n", "1 2\t0\r\n\r\n3 4 1", "a,b\n", "", "1,NaN,0", "\"q\",z\n1e3,1\n",
		"1,,0\n", "0x1p3,0\n", "-1.5e-3 , 2 , 1\n", "1,2,0\n1,2\n",
		"1,0\r2,1\r", "\"a,b\",\"y\"\n\"1\",\"0\"\n", "a b\tc\n1\t0\n", "\xff\xfe1\x00,\x000\x00\n\x00", "\"1,0\n", "1\x00,0\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, content string) {
		d, err := readData("fuzz.csv", strings.NewReader(content), &readSpec{})
		if err == nil && d.lines.n != len(d.y) {
			t.Fatalf("%d line numbers for %d examples", d.lines.n, len(d.y))
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.csv") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		m, width := len(d.y), len(d.names)
		if m == 0 || len(d.X) != m || width < 2 {
			t.Fatalf("accepted with m = %d, %d rows, %d names", m, len(d.X), width)
		}
		for i, x := range d.X {
			if len(x) != width || x[0] != 1 {
				t.Fatalf("row %d = %v, want %d numbers starting with 1", i, x, width)
			}
			for _, v := range x {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("row %d = %v has a non-finite number", i, x)
				}
			}
			if d.y[i] != 0 && d.y[i] != 1 {
				t.Fatalf("label %d = %g", i, d.y[i])
			}
		}
	})
}

func BenchmarkCostFunction(b *testing.B) {
	for _, size := range [][2]int{{100, 3}, {10000, 10}, {1000000, 10}, {100000, 100}} {
		m, n := size[0], size[1]
		b.Run(fmt.Sprintf("m=%d/n=%d", m, n), func(b *testing.B) {
			X, y, theta := costData(m, n)
			b.SetBytes(int64(8 * m * n))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				CostFunction(theta, X, y)
			}
		})
	}
}

// BenchmarkPerExample times, an example at a time, what a pass spends
// beside its sums, on the z of BenchmarkCostFunction's m = 1e6, n = 10
// (z = θᵀx, θⱼ about 0.1): math.Exp and math.Log1p alone, the two chained
// as the cost needs them (log1p of the exponential), and logisticCost,
// which adds h, 1 − h and the sign.
func BenchmarkPerExample(b *testing.B) {
	X, y, theta := costData(1<<16, 10)
	z := make([]float64, len(X))
	for i, x := range X {
		z[i] = dot(theta, x)
	}
	sink := 0.0
	for _, bench := range []struct {
		name string
		f    func(z, y float64) float64
	}{
		{"Exp", func(z, _ float64) float64 { return math.Exp(-math.Abs(z)) }},
		{"Log1p", func(z, _ float64) float64 { return math.Log1p(math.Abs(z)) }},
		{"Exp-then-Log1p", func(z, _ float64) float64 { return math.Log1p(math.Exp(-math.Abs(z))) }},
		{"logisticCost", func(z, y float64) float64 { h, oneMinusH, cost := logisticCost(z, y); return h + oneMinusH + cost }},
	} {
		b.Run(bench.name, func(b *testing.B) {
			for i := range b.N {
				k := i & (len(z) - 1)
				sink += bench.f(z[k], y[k])
			}
		})
	}
	if math.IsNaN(sink) {
		b.Fatal("NaN")
	}
}

// BenchmarkNewton fits a 1e5×20 problem by Newton's method from θ = 0, to
// rounding level; "steps" is its number of steps, "steps-to-tol" how many it
// took to get within benchTol of J*.
func BenchmarkNewton(b *testing.B) {
	X, y, Jstar, history := benchOptimum(b)
	b.ResetTimer()
	for range b.N {
		Newton(X, y, make([]float64, 20), 0, 100)
	}
	b.ReportMetric(float64(len(history)), "steps")
	b.ReportMetric(float64(itersToTol(history, Jstar)), "steps-to-tol")
}

// BenchmarkNewtonLarge: Newton's whole fit of 1e6 × 20 (standard normal
// features, labels drawn from the model) from θ = 0, to its own stop at
// rounding level, as the peer script's sklearn fit is timed on the same shape.
func BenchmarkNewtonLarge(b *testing.B) {
	X, y := fitData(1000000, 20)
	b.ResetTimer()
	var history []float64
	var gradNorm float64
	for range b.N {
		var err error
		if _, history, gradNorm, err = Newton(X, y, make([]float64, 20), 0, 100); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(history)), "steps")
	b.ReportMetric(math.Log10(gradNorm), "log10-grad-norm")
}

// BenchmarkNewtonPass: one pass of Newton's method over the data of
// BenchmarkNewtonLarge (1e6 × 20), with the Hessian and without it, at a θ
// where the weights vary as they do in a fit.
func BenchmarkNewtonPass(b *testing.B) {
	X, y := fitData(1000000, 20)
	c := newStandardizer(X)
	thetaS := make([]float64, 20)
	for j := range thetaS {
		thetaS[j] = 0.01 * float64(j)
	}
	for _, hessian := range []bool{true, false} {
		b.Run(fmt.Sprintf("hessian=%v", hessian), func(b *testing.B) {
			for range b.N {
				newtonPass(thetaS, c, newSample(X, y, nil), 0, hessian)
			}
		})
	}
}

// BenchmarkNewtonQuasiSeparated: the benchmark problem of BenchmarkNewton
// with a binary feature that is 1 only for a tenth of the positive examples:
// Newton's steps until the weights collapse, then the linear program that
// names the separated examples.
func BenchmarkNewtonQuasiSeparated(b *testing.B) {
	X, y := fitData(100000, 20)
	s := lcg(3)
	for i, x := range X {
		x[2] = 0
		if y[i] == 1 && s.next() < 0.1 {
			x[2] = 1
		}
	}
	var q *QuasiSeparationError
	var history []float64
	var err error
	for range b.N {
		_, history, _, err = Newton(X, y, make([]float64, 20), 0, 100)
	}
	if !errors.As(err, &q) {
		b.Fatalf("Newton: %v, want quasi-separation", err)
	}
	b.ReportMetric(float64(len(history)), "steps")
	b.ReportMetric(float64(len(q.Separated)), "separated")
}

// BenchmarkGradientDescent runs gradient descent (α = 1, θ = 0) on the
// problem of BenchmarkNewton for as many iterations as it needs to get
// within benchTol of Newton's J*, reported as "iters".
func BenchmarkGradientDescent(b *testing.B) {
	X, y, Jstar, _ := benchOptimum(b)
	_, gd := GradientDescent(X, y, make([]float64, 20), 1, 2000, 0)
	iters := itersToTol(gd, Jstar)
	if iters > len(gd) {
		b.Fatalf("gradient descent not within %g of J* after %d iterations", benchTol, len(gd))
	}
	b.ResetTimer()
	for range b.N {
		GradientDescent(X, y, make([]float64, 20), 1, iters, 0)
	}
	b.ReportMetric(float64(iters), "iters")
}

// BenchmarkMultinomial: softmax's whole fit of 1e5 × 20 with 5 classes, to
// Newton's stop at rounding level (testdata/sklearn_multinomial.py is the peer).
func BenchmarkMultinomial(b *testing.B) {
	X, class := multiclassData(100000, 20, 5)
	b.ResetTimer()
	var history []float64
	for range b.N {
		var err error
		if _, history, _, err = Multinomial(X, class, 5, 0, 100); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(history)), "steps")
}

// BenchmarkCrossValidateMemory sets the memory of 5-fold cross-validation of
// 4 λ beside that of one fit to a training fold, at 1500 × 300 (the issue's
// case): peak-MB is the most heap in use at once (see peakHeap), which the
// bounded number of fits at once (foldsAtOnce) keeps near one fit's, whatever
// the number of λ and folds; B/op counts all the fits' allocations.
func BenchmarkCrossValidateMemory(b *testing.B) {
	X, y := fitData(1500, 300)
	lambdas := []float64{0.1, 1, 10, 100}
	b.Run("one-fit", func(b *testing.B) {
		b.ReportAllocs()
		var peak uint64
		for range b.N {
			peak = max(peak, peakHeap(func() {
				if _, _, _, err := Newton(X[:1200], y[:1200], make([]float64, 300), 1, 100); err != nil {
					b.Fatal(err)
				}
			}))
		}
		b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	})
	b.Run("cross-validation", func(b *testing.B) {
		b.ReportAllocs()
		var peak uint64
		for range b.N {
			peak = max(peak, peakHeap(func() {
				if _, err := CrossValidate(X, y, lambdas, 5, 100); err != nil {
					b.Fatal(err)
				}
			}))
		}
		b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	})
}

// BenchmarkReadData reads a CSV file of 1e6 rows × 20 features and a label
// (about 190 MB of text, numbers with 6 decimals) from memory.
func BenchmarkReadData(b *testing.B) {
	const m, n = 1000000, 20
	r := rand.New(rand.NewPCG(10, 10))
	var text []byte
	for range m {
		for range n {
			text = strconv.AppendFloat(text, r.NormFloat64(), 'f', 6, 64)
			text = append(text, ',')
		}
		text = append(text, "01"[r.IntN(2)], '\n')
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		d, err := readData("bench.csv", bytes.NewReader(text), &readSpec{})
		if err != nil || len(d.X) != m {
			b.Fatal(err)
		}
	}
}

// Examples: the numbers you should expect, checked by go test.

func ExampleSigmoid() {
	for _, z := range []float64{-800, -1, 0, 1, 800} {
		fmt.Printf("g(%g) = %.6f\n", z, Sigmoid(z))
	}
	// Output:
	// g(-800) = 0.000000
	// g(-1) = 0.268941
	// g(0) = 0.500000
	// g(1) = 0.731059
	// g(800) = 1.000000
}

func ExampleCostFunction() {
	// Four examples with one feature; X has the column of ones.
	X := [][]float64{{1, 0}, {1, 1}, {1, 2}, {1, 3}}
	y := []float64{0, 0, 1, 1}
	J, grad := CostFunction([]float64{0, 0}, X, y)
	fmt.Printf("at θ = 0: J = %.6f (log 2), grad = %.6f\n", J, grad)
	J, grad = CostFunction([]float64{-800, 0}, X, y) // the textbook formula gives NaN here
	fmt.Printf("at θ = (-800, 0): J = %.6f, grad = %.6f\n", J, grad)
	// Output:
	// at θ = 0: J = 0.693147 (log 2), grad = [0.000000 -0.500000]
	// at θ = (-800, 0): J = 400.000000, grad = [-0.500000 -1.250000]
}

func ExampleNewton() {
	// The 23 launches before Challenger: temperature (°F), O-ring distress.
	temperature := []float64{66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75, 70, 81, 76, 79, 75, 76, 58}
	distress := []float64{0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1}
	X := make([][]float64, len(temperature))
	for i, t := range temperature {
		X[i] = []float64{1, t}
	}
	theta, history, _, err := Newton(X, distress, []float64{0, 0}, 0, 100)
	fmt.Printf("θ = %.6f after %d steps, err = %v\n", theta, len(history), err)
	fmt.Printf("P(distress at 31 °F) = %.6f\n", Hypothesis(theta, []float64{1, 31}))
	// Output:
	// θ = [15.042902 -0.232163] after 6 steps, err = <nil>
	// P(distress at 31 °F) = 0.999609
}
