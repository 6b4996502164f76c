// Command logreg fits logistic regression to a CSV file of numbers, the 0/1
// label in the last column (or the one -label names), and reports it in the
// order of the course's ex2 script: the data, the cost and gradient at the
// initial θ, the fit, θ, the cost at θ and the training accuracy.
//
// Usage:
//
//	logreg [flags] [FILE]
//
// With no FILE it runs on a bundled sample, Fisher's iris (versicolor vs
// virginica). The math is in logreg.go; this file is the program, in the
// order it runs: flags, reading, problem, fit, report, explain, plot.
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf16"
)

// sampleCSV is the data set run when no file is named.
//
//go:embed testdata/iris_vv.csv
var sampleCSV string

const (
	sampleName  = "testdata/iris_vv.csv"
	sampleTitle = "the bundled sample: Fisher's iris, versicolor (0) vs virginica (1)"
	// newtonMaxSteps is Newton's default step limit: the references converge
	// in 6 to 10 steps, polynomial features with ‖θ‖ near 1e5 in about 40.
	newtonMaxSteps = 100
	// gdIters is the default number of gradient descent iterations (the
	// course's ex1_multi uses 400 with α = 0.01).
	gdIters = 400
	// gdGradTol: gradient descent that ends with ‖∇J‖ above this is reported
	// as not converged.
	gdGradTol = 1e-6
	// maxDegree bounds -degree: 231 polynomial features.
	maxDegree = 20
	// maxIters bounds -iters: the cost history takes 8 bytes an iteration.
	maxIters = 10_000_000
	// maxProfileWork bounds m·n², the work of a pass with the Hessian, for
	// which profile-likelihood intervals are computed (each bound takes a
	// dozen constrained Newton fits).
	maxProfileWork = 1e7
	// maxNewtonParams bounds the parameters of Newton's method and of the
	// standard errors: each takes up to three n×n matrices (the Hessian, its
	// Cholesky factor and the Gram matrix of the rank test), 400 MB at 4096.
	maxNewtonParams = 4096
)

// Flags: the command line, checked before anything is read.

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program: it returns the exit status, 0 when the fit was
// made (warnings included), 1 for bad data or a fit that cannot be made,
// 2 for bad flags.
func run(args []string, stdout, stderr io.Writer) int {
	opt, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return fail(stderr, err)
	}
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1)) // heapFor's limit is this run's (tests run many)
	pg := newProgress(stderr)
	stop := onInterrupt(stderr, pg) // before anything is read or written, so that Ctrl-C always ends with 130
	defer stop()
	if opt.model != "" { // a saved fit, in place of fitting
		pr, err := loadModel(opt.model)
		if err != nil {
			return fail(stderr, err)
		}
		return predictWith(pr, opt, nil, stdout, stderr)
	}
	spec := opt.spec()
	spec.progress, spec.expect = pg, heapFor
	d, err := loadData(opt.file, spec)
	pg.done()
	if err != nil {
		return fail(stderr, err)
	}
	p, err := newProblem(d, opt)
	if err != nil {
		return fail(stderr, err)
	}
	// the data (a row's numbers, its slice header and its label), their
	// copies, and Newton's three matrices
	need, params := int64(len(d.X))*int64(8*len(p.names)+rowHeld), int64(len(p.names))
	if opt.multinomial {
		params *= int64(max(1, len(d.classes)-1))
	}
	if opt.degree > 1 {
		need += held(p.Xorig)
	}
	if opt.normalize {
		need += held(p.X)
	}
	heapFor(need + 24*params*params)
	report := stdout
	if opt.newdata != "" && opt.out == "" {
		report = io.Discard // standard output is the predictions'; the warnings still go to stderr
	}
	w := bufio.NewWriter(report)
	writeData(w, p, opt) // before the fit starts, so that a long fit is not silent
	if ferr := w.Flush(); ferr != nil {
		return fail(stderr, fmt.Errorf("cannot write the report: %v", ferr))
	}
	p.progress = pg
	r, err := analyze(p, opt)
	p.progress.done()
	if werr := r.write(w, stderr); werr != nil {
		err = werr // a plot that cannot be written ends the report there
	}
	if ferr := w.Flush(); ferr != nil { // the report's lines come before the error about them
		return fail(stderr, fmt.Errorf("cannot write the report: %v", ferr))
	}
	if err != nil {
		return fail(stderr, err)
	}
	if opt.save == "" && opt.newdata == "" {
		return 0
	}
	pr, err := newPredictor(r)
	if err != nil {
		return fail(stderr, err)
	}
	if opt.save != "" {
		if err := pr.save(opt.save); err != nil {
			return fail(stderr, err)
		}
	}
	if opt.newdata == "" {
		return 0
	}
	return predictWith(pr, opt, report, stdout, stderr)
}

// fail prints err on stderr and returns its exit status.
func fail(stderr io.Writer, err error) int {
	var u *usageError
	if errors.As(err, &u) {
		fmt.Fprintf(stderr, "logreg: %v (logreg -h lists the flags)\n", err)
		return 2
	}
	var in *inputError
	if errors.As(err, &in) {
		fmt.Fprintln(stderr, err) // file:line:column: message
		return 1
	}
	fmt.Fprintf(stderr, "logreg: %v\n", err)
	return 1
}

// options are the program's flags and its file argument.
type options struct {
	lambdas     vector // -lambda as given; {0} without it
	folds       int
	degree      int
	method      string
	alpha       float64
	iters       int
	normalize   bool
	theta       vector
	predict     list // -predict: a value for each column the model uses, a level's name for a factor
	explain     bool
	summary     bool   // -summary: the statistician's report alone
	mem         memory // -mem, or the machine's bound
	full        bool   // -full: long tables written whole
	learning    bool   // -learningcurve: ex5's learning curve
	validate    string // -validate: a validation file
	firth       bool   // -firth: Firth's penalized likelihood
	example     int
	plot        string
	label       string  // -label: a column name or number; "" for the last column
	oneVsAll    bool    // -onevsall: K binary fits, class k against the rest
	multinomial bool    // -multinomial: softmax regression
	level       float64 // -level: of the confidence intervals
	file        string  // "" for the bundled sample, "-" for standard input
	// how the file's columns are read (see readSpec)
	x, drop, factors list
	refs             list // -ref NAME=LEVEL, …
	positive, na     string
	trials, weights  string
	// a file of new examples to predict (-newdata), where the predictions
	// go (-out), and a fit written (-save) or read in place of fitting (-model)
	newdata, out, save, model string
}

// list is a flag value: names separated by commas.
type list []string

func (l *list) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(*l, ",")
}

func (l *list) Set(s string) error {
	if *l != nil {
		return errors.New("given twice: give one list, separated by commas")
	}
	*l = list{}
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			return errors.New("an empty name in the list")
		}
		*l = append(*l, f)
	}
	return nil
}

// spec returns what the flags say of the file's columns.
func (opt *options) spec() *readSpec {
	refs := map[string]string{}
	for _, r := range opt.refs {
		name, level, _ := strings.Cut(r, "=")
		refs[name] = level
	}
	return &readSpec{label: opt.label, multi: opt.oneVsAll || opt.multinomial, x: opt.x, drop: opt.drop, factors: opt.factors,
		refs: refs, positive: opt.positive, naFail: opt.na == "fail", trials: opt.trials, weights: opt.weights,
		mem: opt.mem, workers: runtime.GOMAXPROCS(0)}
}

// vector is a flag value: numbers separated by commas.
type vector []float64

func (v *vector) String() string {
	if v == nil {
		return ""
	}
	return strings.ReplaceAll(joinNumbers(*v), ", ", ",")
}

func (v *vector) Set(s string) error {
	*v = (*v)[:0]
	for k, f := range strings.Split(s, ",") {
		x, problem := parseNumber(strings.TrimSpace(f))
		if problem != "" {
			return fmt.Errorf("number %d: %s", k+1, problem)
		}
		*v = append(*v, x)
	}
	return nil
}

// usageError is a bad flag or flag value: exit status 2, as the flag package's.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// parseArgs parses the flags, which may come before or after the file name.
func parseArgs(args []string, stderr io.Writer) (*options, error) {
	opt := &options{}
	fs := flag.NewFlagSet("logreg", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // a bad flag gets one line, from fail
	fs.Usage = func() {}     // the usage is printed for -h only, below
	fs.Var(&opt.lambdas, "lambda", "regularization strength λ: adds λ/(2m) Σ_{j≥1} θⱼ² to J (default 0); a list such as 0,0.1,1,10 chooses λ by cross-validation")
	fs.IntVar(&opt.folds, "folds", 5, "the folds of cross-validation with a list of -lambda: example i (from 0) in fold i mod K")
	fs.IntVar(&opt.degree, "degree", 1, "map two features x1, x2 to all their monomials up to this degree (the course's mapFeature; 6 gives 28 terms)")
	fs.StringVar(&opt.method, "method", "newton", "how to fit: newton (Newton's method, to the exact optimum) or gd (batch gradient descent)")
	fs.Float64Var(&opt.alpha, "alpha", 0.01, "learning rate α of gradient descent")
	fs.IntVar(&opt.iters, "iters", 0, fmt.Sprintf("iterations of gradient descent (default %d), or the most steps of Newton's method (default %d); 1 to %d", gdIters, newtonMaxSteps, maxIters))
	fs.BoolVar(&opt.normalize, "normalize", false, "scale each feature to mean 0 and standard deviation 1 before fitting (θ is still reported in original units)")
	fs.Var(&opt.theta, "theta", "initial θ, comma-separated: θ0 (intercept),θ1,... (default all zeros)")
	fs.Func("predict", "a new example's features x1,x2,... in original units, a level's name for a factor: print its probability of y = 1; one example (a second -predict is an error: for many, -newdata FILE)", func(v string) error {
		if opt.predict != nil {
			return errors.New("given twice: one example a run (for the rows of a file, -newdata FILE)")
		}
		return opt.predict.Set(v)
	})
	fs.BoolVar(&opt.firth, "firth", false, "fit Firth's penalized likelihood (Jeffreys' prior), finite and bias-reduced where maximum likelihood has no optimum (separated data), with its standard errors, profile intervals and penalized LR tests, as R's logistf")
	fs.BoolVar(&opt.summary, "summary", false, "the statistician's report alone, in R's order: the data, the fit, the coefficients, the model block, the tests and the intervals, none of the course's lines")
	fs.BoolVar(&opt.explain, "explain", false, "show how the gradient is obtained, step by step by the chain rule, with numbers, for one example at the initial θ")
	fs.IntVar(&opt.example, "example", 1, "the example -explain works on (1 = the first)")
	fs.Float64Var(&opt.level, "level", 0.95, "the level of the confidence intervals of the coefficients and of -predict")
	fs.BoolVar(&opt.oneVsAll, "onevsall", false, "more than two classes, any labels: the course's one-vs-all, a binary fit of each class against the rest")
	fs.BoolVar(&opt.multinomial, "multinomial", false, "more than two classes, any labels: softmax regression, the first class the reference")
	fs.StringVar(&opt.label, "label", "", "the label's column: its name in the header, or its number counted from 1 (default the last column)")
	fs.Var(&opt.x, "x", "the features to use, names or numbers separated by commas (R's y ~ a + b); default every column but the label")
	fs.Var(&opt.drop, "drop", "features to leave out, names or numbers separated by commas (R's y ~ . - id)")
	fs.Var(&opt.factors, "factor", "numeric columns to take as factors, separated by commas (R's factor(race)); a column with a text in it is one already")
	fs.Var(&opt.refs, "ref", "a factor's reference level, NAME=LEVEL, separated by commas for more (default each factor's first level in sort order)")
	fs.StringVar(&opt.positive, "positive", "", "the label's level that is y = 1 (default the second of its two levels in sort order, as R's glm)")
	fs.StringVar(&opt.na, "na", "omit", "rows with a missing value (empty, NA, NaN, ? or NULL) in a column the model uses: omit, as R's na.omit, or fail")
	fs.StringVar(&opt.trials, "trials", "", "a column of trials: the label counts the successes out of them, as R's glm(cbind(s, n - s) ~ ...)")
	fs.StringVar(&opt.weights, "weights", "", "a column of prior weights, as R's glm(..., weights = w)")
	fs.BoolVar(&opt.learning, "learningcurve", false, "ex5's learning curve: fit the first i training examples, for a grid of i, at the fit's λ, and print the training error (on those i) and the validation error (on the held-out examples i with i mod 5 = 0); unregularized costs")
	fs.StringVar(&opt.validate, "validate", "", "a validation set (ex5's Xval, yval) with the training file's columns: -learningcurve's validation error is on it, and a list of -lambda is chosen by its cost (ex5's validationCurve), in place of the held-out fold and of cross-validation")
	fs.StringVar(&opt.newdata, "newdata", "", "a file of new examples (columns matched by header name): write each one's predictions as CSV, to standard output in place of the report, or to -out")
	fs.StringVar(&opt.out, "out", "", "with -newdata: the file its predictions go to (the report then goes to standard output as usual)")
	fs.StringVar(&opt.save, "save", "", "write the fit to this JSON file, for -model")
	fs.StringVar(&opt.model, "model", "", "read a fit written by -save, in place of fitting a FILE, for -newdata or -predict")
	fs.BoolVar(&opt.full, "full", false, fmt.Sprintf("write long tables whole: θ, its tests and intervals past %d rows, and a table of classes past %d columns are otherwise cut, with a note", longRows, wideColumns))
	memFlag := fs.String("mem", "", "the most memory the data may take, such as 8G or 512M (default: what the machine has available, less a fifth; see README)")
	fs.StringVar(&opt.plot, "plot", "", "write a picture of the data, the decision boundary and the cost to this SVG file")
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage(stderr, fs)
				return nil, err
			}
			return nil, &usageError{err.Error()}
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) > 1 {
		return nil, &usageError{fmt.Sprintf("one data file at most, got %d: %s", len(files), strings.Join(files, " "))}
	}
	if len(files) == 1 {
		opt.file = files[0]
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	opt.mem = machineMemory()
	if set["mem"] {
		b, err := parseSize(*memFlag)
		if err != nil {
			return nil, &usageError{"-mem: " + err.Error()}
		}
		opt.mem = memory{b, "-mem " + *memFlag}
		if as, ok := addressLimit(); ok && b > as/2 {
			return nil, &usageError{fmt.Sprintf("-mem %s is more than half the address-space limit of this process (ulimit -v: %s), which the data and the runtime share: at most -mem %dM",
				*memFlag, byteSize(as), as/2>>20)}
		}
	}
	if err := opt.check(set["iters"]); err != nil {
		return nil, err
	}
	return opt, idleFlag(opt, set)
}

// idleFlag returns a usage error naming a flag that was given but has no
// effect in the chosen mode, so that nobody believes it did something.
func idleFlag(opt *options, set map[string]bool) error {
	idle := func(name, why string) error {
		return &usageError{fmt.Sprintf("-%s has no effect %s", name, why)}
	}
	if opt.model != "" {
		for _, name := range sortedKeys(set) {
			if !slices.Contains([]string{"model", "predict", "newdata", "out", "level"}, name) {
				return idle(name, "with -model, which predicts from a saved fit and fits nothing")
			}
		}
		switch {
		case opt.file != "":
			return &usageError{fmt.Sprintf("-model predicts from a saved fit and fits nothing: give no data FILE (%s); new examples go in -newdata FILE", opt.file)}
		case opt.predict == nil && opt.newdata == "":
			return &usageError{"-model needs something to predict: -newdata FILE or -predict x1,x2,..."}
		}
	}
	if set["out"] && opt.newdata == "" {
		return idle("out", "without -newdata: it is the file -newdata's predictions go to")
	}
	if opt.explain {
		for _, name := range []string{"method", "alpha", "iters", "predict", "plot", "level", "summary", "newdata", "save"} {
			if set[name] {
				return idle(name, "with -explain, which shows the gradient at the initial θ and makes no fit")
			}
		}
		return nil
	}
	switch {
	case set["folds"] && opt.validate != "":
		return idle("folds", "with -validate, whose file is the validation set in place of folds")
	case set["folds"] && len(opt.lambdas) < 2:
		return idle("folds", "with one -lambda: it is for cross-validating a list of them")
	case set["example"]:
		return idle("example", "without -explain: it chooses the example -explain works on")
	case set["alpha"] && opt.method != "gd":
		return idle("alpha", "with -method newton: it is the learning rate of gradient descent (-method gd)")
	}
	return nil
}

// check validates the flag values that do not depend on the data.
func (opt *options) check(itersSet bool) error {
	bad := func(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }
	switch {
	case len(opt.lambdas) > 1 && opt.folds < 2:
		return bad("-folds %d: want 2 or more", opt.folds)
	case len(opt.lambdas) > 1 && (opt.explain || opt.method != "newton"):
		return bad("a list of -lambda, which cross-validates, goes with Newton's method and without -explain")
	case opt.degree < 1 || opt.degree > maxDegree:
		return bad("-degree %d: want 1 (the features as they are) to %d", opt.degree, maxDegree)
	case opt.method != "newton" && opt.method != "gd":
		return bad("-method %q: want newton or gd", opt.method)
	case !(opt.alpha > 0) || math.IsInf(opt.alpha, 0):
		return bad("-alpha %g: want a finite number > 0", opt.alpha)
	case itersSet && (opt.iters < 1 || opt.iters > maxIters):
		return bad("-iters %d: want 1 to %d", opt.iters, maxIters)
	case !(opt.level > 0 && opt.level < 1):
		return bad("-level %g: want a number between 0 and 1 (0.95 for 95%% intervals)", opt.level)
	case opt.oneVsAll && opt.multinomial:
		return bad("-onevsall and -multinomial: choose one")
	case (opt.oneVsAll || opt.multinomial) && opt.method != "newton":
		return bad("-method %s with more than two classes: -onevsall and -multinomial fit by Newton's method", opt.method)
	case (opt.oneVsAll || opt.multinomial) && opt.theta != nil || opt.oneVsAll && opt.explain:
		return bad("-theta, a start for two classes, is not available with -onevsall or -multinomial, nor -explain with -onevsall (-explain -multinomial shows the softmax chain rule)")
	case opt.example < 1:
		return bad("-example %d: want 1 (the first example) or more", opt.example)
	case opt.plot != "" && !strings.HasSuffix(strings.ToLower(opt.plot), ".svg"):
		return bad("-plot %s: want a file name ending in .svg", opt.plot)
	case opt.na != "omit" && opt.na != "fail":
		return bad("-na %s: want omit (leave rows with a missing value out) or fail", opt.na)
	case (opt.trials != "" || opt.weights != "") && (opt.oneVsAll || opt.multinomial || opt.method != "newton" || opt.explain || len(opt.lambdas) > 1):
		return bad("-trials and -weights go with a binary fit by Newton's method of one -lambda, without -explain (-onevsall, -multinomial, -method gd, cross-validation and -explain take no weights here)")
	case opt.firth && (opt.oneVsAll || opt.multinomial || opt.method != "newton" || opt.explain || len(opt.lambdas) > 1 || opt.lambdas != nil && opt.lambdas[0] != 0):
		return bad("-firth fits two classes by Newton's method with no -lambda (its penalty is Jeffreys' prior), without -explain; not with -onevsall, -multinomial, -method gd or a list of -lambda")
	case opt.validate != "" && (opt.oneVsAll || opt.multinomial || opt.method != "newton" || opt.explain || opt.firth || opt.trials != "" || opt.weights != ""):
		return bad("-validate goes with a binary fit by Newton's method, without weights; not with -onevsall, -multinomial, -method gd, -firth, -trials, -weights or -explain")
	case opt.validate != "" && !opt.learning && len(opt.lambdas) < 2:
		return bad("-validate needs -learningcurve or a list of -lambda to choose from: it is their validation set (for predictions on a file, -newdata FILE)")
	case opt.learning && (opt.oneVsAll || opt.multinomial || opt.method != "newton" || opt.explain || opt.firth || opt.trials != "" || opt.weights != ""):
		return bad("-learningcurve fits two classes by Newton's method, without weights; not with -onevsall, -multinomial, -method gd, -firth, -trials, -weights or -explain")
	case opt.positive != "" && (opt.oneVsAll || opt.multinomial):
		return bad("-positive chooses the level of a two-class label that is y = 1; -onevsall and -multinomial take every level as a class")
	}
	for _, r := range opt.refs {
		if name, level, ok := strings.Cut(r, "="); !ok || name == "" || level == "" {
			return bad("-ref %s: want NAME=LEVEL, a factor and the level to be its reference", r)
		}
	}
	if len(opt.lambdas) == 0 {
		opt.lambdas = vector{0}
	}
	for _, l := range opt.lambdas {
		if !(l >= 0) || math.IsInf(l, 0) {
			return bad("-lambda %g: want a finite number ≥ 0", l)
		}
	}
	if !itersSet {
		opt.iters = newtonMaxSteps
		if opt.method == "gd" {
			opt.iters = gdIters
		}
	}
	return nil
}

func usage(stderr io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(stderr, `usage: logreg [flags] [FILE]

Fits logistic regression, h = g(θᵀx), to FILE: numbers separated by commas
(RFC 4180 CSV, quotes allowed), by tabs, or by spaces, one example a line,
the 0/1 label in the last column (or the one -label names), an optional
header line of column names; UTF-8 or UTF-16, any line ends. With no FILE,
runs on a bundled sample (Fisher's iris, versicolor vs virginica); FILE "-"
is standard input.

Flags:
`)
	fs.SetOutput(stderr)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// Reading: the data file, as spreadsheets, R, pandas and Octave write it.

// dataset is a data file as the model sees it: m examples (the rows left
// after missing values) of n features — the numeric columns and each
// factor's indicator columns — and a label.
type dataset struct {
	file  string      // the file's name, for messages
	names []string    // n feature names, then the label's name
	label int         // the label's column in the file, counted from 1
	last  bool        // the label is the file's last column
	X     [][]float64 // m rows [1, x1, …, xn]: the course's X = [ones(m, 1) X]; rows share blocks
	y     []float64   // m labels in [0, 1] (with classes: the class, 0 to K−1)
	// w is each example's weight in the fit (nil for 1): the -weights
	// column times the -trials column; trials is -trials' column (nil
	// without), which R's AIC needs beside w
	w, trials []float64
	// classes are the distinct labels, sorted, with -onevsall or
	// -multinomial; class[i] is example i's index among them
	classes []string
	class   []int
	lines   lineIndex    // the file's line of each example, for messages
	columns []designTerm // the file's columns the model uses, in order, for -predict
	// labelLevels are a two-level label's levels, y = 0's and then y = 1's;
	// nil for labels 0 and 1
	labelLevels []string
	// trialsName and weightsName are the -trials and -weights columns' names
	trialsName, weightsName string
	notes                   []string // what the data summary says of how the file was read
	warns                   []string // warnings about the data: a column that looks like a row number
}

// designTerm is a column of the file as the model uses it: numeric, one
// feature; or a factor, an indicator column for each level but the reference.
type designTerm struct {
	name   string
	levels []string       // a factor's levels in order, the reference first; nil for a numeric column
	index  map[string]int // each level's place among them
}

// inputError is an error in a data file, at a line and a field (column) of it,
// both counted from 1; 0 means not known.
type inputError struct {
	file        string
	line, field int
	msg         string
}

func (e *inputError) Error() string {
	switch {
	case e.line == 0:
		return fmt.Sprintf("%s: %s", e.file, e.msg)
	case e.field == 0:
		return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.file, e.line, e.field, e.msg)
}

const (
	// rowBlock is the number of float64s in a block that rows are cut from
	// (512 KB): the rows of a block share its array, and a new block is
	// started when one is full, so reading never copies the numbers read and
	// takes about 8·m·(w+1) bytes.
	rowBlock = 1 << 16
	// exampleBytes is the memory an example takes besides its numbers (8
	// bytes each): its row's slice header (24), its label (8) and its line
	// number (8). See memory.
	exampleBytes = 40
	// rowHeld is what a row takes besides its numbers as the data are in
	// fact held (its slice header and its label; its line number is part of
	// a run of lines): the heap's soft limit counts it (see heapFor), where
	// the bound, conservative, counts exampleBytes.
	rowHeld = 24 + 8
	// maxUTF16 bounds a UTF-16 file, which is decoded whole (256 MiB).
	maxUTF16 = 1 << 28
	// maxLine bounds the length of one line (64 MiB).
	maxLine = 1 << 26
	// sniffSize is how much of the file is looked at to tell its encoding
	// and its separator.
	sniffSize = 1 << 20
	// maxLevels: a text column with more distinct values than this and than
	// half its rows looks like an identifier, not a factor.
	maxLevels = 10
)

// table is a data file as read, before the model is chosen: its w columns
// of numbers, texts and missing values, by row.
type table struct {
	file       string
	first      []string    // the first line's fields: the header, if it is one
	header     bool        // the first line is a header of names
	headerLine int         // its line
	rows       [][]float64 // a row a line: [1, field₁, …, field_w], NaN where the field is text or missing
	lines      lineIndex   // each row's line in the file
	cols       []textColumn
	sep        rune
	comma      bool // a number was written with a decimal comma
	// firstProblem is a field of the first line that can be neither a
	// number nor a text of data ("inf"): an error unless the line is a header
	firstProblem *inputError
	odd          int    // the first line's fields taken for texts with a problem
	firstText    []bool // the first line's field in each column is a text
	width        int    // fields a line, set by the first line
	// While the file is read, the rows are n, held in blocks and then
	// block, the array the next rows are cut from (see parse); rows is made
	// from them at the end (see finish), so that the garbage collector has
	// no row to scan while it reads. cellError says that a part's error is
	// in a cell of a row whose fields were counted.
	n         int
	blocks    [][]float64
	block     []float64
	cellError bool
	errorLine int
	// label is the column held apart from the rows, in labels (−1 for
	// none): the label's, as the flags name it, so that X can be the rows
	// themselves, [1, the other fields], without a copy or a slot unused
	label    int
	labels   []float64
	labelFor string // -label, which names it (see labelColumn)
	missed   []int  // each column's missing values, so that a file with none need not be searched for them
}

// at returns the number of row i in column k (NaN for a text or a missing value).
func (t *table) at(i, k int) float64 {
	switch {
	case k == t.label:
		return t.labels[i]
	case t.label >= 0 && k > t.label:
		return t.rows[i][k]
	}
	return t.rows[i][k+1]
}

// rowLength returns the numbers of a row: 1, and each field not held apart.
func (t *table) rowLength() int {
	if t.label >= 0 {
		return t.width
	}
	return t.width + 1
}

// labelColumn returns the column of the file that -label names (spec: ""
// for the last, a number from 1, or a name on the first line), to be held
// apart; −1 where it names none (an error that design reports).
func labelColumn(spec string, first []string) int {
	if spec == "" {
		return len(first) - 1
	}
	if k, err := strconv.Atoi(spec); err == nil {
		if k >= 1 && k <= len(first) {
			return k - 1
		}
		return -1
	}
	return slices.Index(first, spec)
}

// lineIndex holds the line in the file of each row, as runs of rows on
// consecutive lines, so that a file without blank lines or quoted line ends
// takes one run however long it is: run k holds the rows from row[k] on, on
// the lines from line[k] on.
type lineIndex struct {
	row, line []int
	n         int // rows
}

// add appends a row on the given line.
func (li *lineIndex) add(line int) {
	if k := len(li.row) - 1; k < 0 || li.line[k]+li.n-li.row[k] != line {
		li.row, li.line = append(li.row, li.n), append(li.line, line)
	}
	li.n++
}

// at returns row i's line.
func (li *lineIndex) at(i int) int {
	k := sort.Search(len(li.row), func(k int) bool { return li.row[k] > i }) - 1
	return li.line[k] + i - li.row[k]
}

// join appends the rows of u.
func (li *lineIndex) join(u *lineIndex) {
	for k := range u.row {
		end := u.n
		if k+1 < len(u.row) {
			end = u.row[k+1]
		}
		li.add(u.line[k]) // the run's first row, joined to the last run if it goes on from it
		li.n += end - u.row[k] - 1
	}
}

// dropFirst removes the first row.
func (li *lineIndex) dropFirst() {
	if len(li.row) > 1 && li.row[1] == 1 { // the first row was a run of its own
		li.row, li.line = li.row[1:], li.line[1:]
	} else {
		li.line[0]++
	}
	for k := range li.row {
		li.row[k] = max(0, li.row[k]-1)
	}
	li.n--
}

// pick returns the lines of the rows keep, in order.
func (li *lineIndex) pick(keep []int) lineIndex {
	var out lineIndex
	for _, i := range keep {
		out.add(li.at(i))
	}
	return out
}

// textColumn holds the texts of a column: each row's level (−1 for a
// number or a missing value), once the column has a text; the levels in the
// order first seen, and how many rows hold each.
type textColumn struct {
	code   []int32
	levels []string
	count  []int
	index  map[string]int32
}

// isMissing reports whether a field is a missing value, as R's na.strings
// and pandas write them: empty, NA, NaN, ? or NULL.
func isMissing(f string) bool {
	switch f {
	case "", "NA", "NaN", "?", "NULL":
		return true
	}
	return false
}

// readTable reads one record a line, the fields separated by commas (RFC
// 4180, read by encoding/csv: quoted fields, commas and doubled quotes
// inside quotes), by semicolons with decimal commas (R's write.csv2), by
// tabs, or else by runs of spaces and tabs, as Octave's load reads them.
// Lines may end in LF, CRLF or CR; the text may be UTF-8, with or without a
// byte order mark, or UTF-16 with one. Blank lines are skipped. A field is
// a number, a missing value (see isMissing) or a text. The file is read in
// chunks parsed on lim.workers cores (see "Reading in parallel").
func readTable(file string, r io.Reader, lim readLimits) (*table, error) {
	text, err := decodeText(file, r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(&lineEnds{r: text, file: file}, sniffSize)
	head, err := br.Peek(sniffSize) // a short peek is the whole file
	if err := peekError(err); err != nil {
		return nil, readError(file, err) // Peek reports a read error once only
	}
	sep := separator(firstRecord(head))
	c := &chunker{r: br, file: file, quotes: sep != ' ', size: lim.chunk, line: 1, free: make(chan []byte, 2*max(1, lim.workers)+2)}
	t, err := readChunks(c, &table{file: file, sep: sep, label: -1, labelFor: lim.label}, lim)
	if err != nil {
		return nil, err
	}
	if t.width == 0 {
		return nil, &inputError{file: file, msg: "empty file: want lines of numbers and a label"}
	}
	if t.header = t.isHeader(); t.header {
		t.dropFirst()
		if len(t.rows) == 0 {
			return nil, &inputError{file: file, line: t.headerLine, msg: "a header row but no data rows"}
		}
	} else if t.firstProblem != nil {
		t.firstProblem.line = t.headerLine
		return nil, t.firstProblem
	}
	return t, nil
}

/*
Reading in parallel.

The text is cut into chunks of about lim.chunk bytes at record ends (the
chunker), on one goroutine, in order. The first chunk with a record is
parsed there, which fixes the width; then each chunk is parsed on its own
goroutine, at most lim.workers at once, into a table of its own rows (a
part: one backing array of float64 for its rows, its lines, its columns'
texts), and the parts are joined in the file's order (merge), each text
column's levels renumbered in the order first seen. So the rows, the levels
and the first error by line are the same on one core or many: a chunk's
error is reported once every chunk before it is joined without one, and
the memory bound is checked at the join, as each row is counted.

A record end is a line end outside quotes. In a file of commas, semicolons
or tabs, a quoted field may hold a line end: the chunker counts quotes
from the start of the chunk (which starts outside quotes), where the chunk
has any, and cuts at the last line end an even number of quotes from it,
so that the boundaries are found, not guessed. A quote out of place (ab"c)
is encoding/csv's error on its line, in the chunk it begins, as it is on
one core. Space-separated files have no quoted line ends.
*/

// readLimits are how a file is read: the memory the data may take (see
// memoryBound), the goroutines that parse chunks at once, the bytes of a
// chunk, the file's size (0 if not known: standard input, UTF-16), and
// where the progress line goes.
type readLimits struct {
	mem      memory
	workers  int
	chunk    int
	size     int64
	progress *progress
	label    string // -label, whose column is held apart (see table.label)
	// expect, if not nil, is told the bytes the data are expected to take,
	// from the file's size and its first chunk's rows
	expect func(bytes int64)
}

// chunkSize is the bytes of text a chunk holds, about (4 MiB): enough that
// the goroutines' overhead is small, few enough that the parts in flight
// take little memory.
const chunkSize = 4 << 20

// maxFields bounds the fields of a record (2²⁰), counted before the record
// is split, so that a line of millions of fields is refused, not built.
const maxFields = 1 << 20

// chunker cuts text into chunks that end at record ends (see "Reading in
// parallel"), keeping the line on which each begins.
type chunker struct {
	r      io.Reader
	file   string
	quotes bool // a quoted field may hold a line end
	size   int
	carry  []byte      // text read after the last cut
	line   int         // the line the next chunk begins on
	read   int64       // bytes of text read
	err    error       // the reader's error, io.EOF at the end; once set, no more is read
	free   chan []byte // chunks parsed, whose arrays the next chunks take again
}

// recycle gives back a chunk parsed, whose text nothing keeps, for its array
// to hold a chunk to come (so that reading makes no garbage of its text).
func (c *chunker) recycle(chunk []byte) {
	select {
	case c.free <- chunk[:0]:
	default:
	}
}

// next returns the next chunk and its first line; io.EOF after the last.
// A reader's error comes after the chunks of the whole records before it.
func (c *chunker) next() (chunk []byte, line int, err error) {
	for {
		if len(c.carry) >= c.size || c.err != nil {
			if cut := c.lastEnd(); cut > 0 || c.err != nil && len(c.carry) > 0 {
				switch {
				case cut > 0:
				case c.err == io.EOF:
					cut = len(c.carry) // the last record, without a line end
				default:
					c.carry = nil // a part of a record, before the reader's error: never parsed
					return nil, 0, c.err
				}
				chunk, c.carry = c.carry[:cut], append([]byte(nil), c.carry[cut:]...)
				line, c.line = c.line, c.line+bytes.Count(chunk, []byte{'\n'})
				return chunk, line, nil
			}
			if c.err != nil {
				return nil, 0, c.err
			}
			if len(c.carry) > maxLine+c.size { // no record end outside quotes
				return nil, 0, &inputError{file: c.file, line: c.line, msg: fmt.Sprintf("a record longer than %d MiB (a quoted field begun on it or after it is not closed)", maxLine>>20)}
			}
		}
		room := max(c.size, len(c.carry)) // doubles the carry while no record end is found
		var buf []byte
		select {
		case b := <-c.free:
			if cap(b) >= len(c.carry)+room {
				buf = b[:len(c.carry)]
			}
		default:
		}
		if buf == nil {
			buf = make([]byte, len(c.carry), len(c.carry)+room)
		}
		copy(buf, c.carry)
		n, err := io.ReadFull(c.r, buf[len(buf):len(c.carry)+room])
		c.carry, c.read = buf[:len(buf)+n], c.read+int64(n)
		switch err {
		case nil:
		case io.ErrUnexpectedEOF, io.EOF:
			c.err = io.EOF
		default:
			c.err = err
		}
	}
}

// lastEnd returns the length of the carry up to its last record end: its
// last line end, outside quotes where quotes may hold one; 0 for none.
func (c *chunker) lastEnd() int {
	if !c.quotes || bytes.IndexByte(c.carry, '"') < 0 {
		return bytes.LastIndexByte(c.carry, '\n') + 1
	}
	quoted, end := false, 0
	for i, b := range c.carry {
		switch {
		case b == '"':
			quoted = !quoted
		case b == '\n' && !quoted:
			end = i + 1
		}
	}
	return end
}

// readChunks reads the chunks of c into t, parsed on lim.workers
// goroutines and joined in order.
func readChunks(c *chunker, t *table, lim readLimits) (*table, error) {
	type result struct {
		part *table
		err  error
	}
	workers := max(1, lim.workers)
	busy := make(chan bool, workers) // a slot for each chunk being parsed
	var queue []chan result          // the chunks being parsed, in order
	join := func(r result) error {   // a chunk's rows, and then its error
		if err := t.merge(r.part, lim); err != nil {
			return err
		}
		if r.err != nil {
			return readError(t.file, r.err)
		}
		return nil
	}
	for {
		chunk, line, err := c.next()
		if err != nil {
			for _, q := range queue { // the chunks before the reader's error or the end
				if err := join(<-q); err != nil {
					return nil, err
				}
			}
			if err == io.EOF {
				t.finish()
				return t, nil
			}
			return nil, readError(t.file, err)
		}
		if lim.size > 0 {
			lim.progress.show("reading %s: %d%% of %s", t.file, min(100, 100*c.read/lim.size), byteSize(lim.size))
		} else {
			lim.progress.show("reading %s: %s", t.file, byteSize(c.read))
		}
		if t.width == 0 { // the first records fix the width: parsed here
			part := t.part()
			err := part.parse(chunk, line)
			c.recycle(chunk)
			if part.width > 0 && lim.size > c.read && len(chunk) > 0 {
				rows := int64(part.n) * lim.size / int64(len(chunk))          // expected, from the file's size
				if most := lim.mem.rows(part.width + 1); rows > most+most/2 { // by half again: the first lines may be short
					err := lim.mem.fits(int(min(rows, math.MaxInt32)), part.width+1, 0)
					return nil, &inputError{file: t.file, msg: fmt.Sprintf("about %d examples, by the file's size (%s) and the %d rows of its first %s: %v",
						rows, byteSize(lim.size), part.n, byteSize(int64(len(chunk))), err)}
				}
				rows = min(rows, lim.mem.rows(part.rowLength()))
				if lim.expect != nil {
					lim.expect(rows * int64(8*part.rowLength()+rowHeld))
				}
				if part.label >= 0 { // the labels of the whole file in one array, a 64th over, not grown by doubling
					part.labels = slices.Grow(part.labels, int(rows+rows/64)-len(part.labels))
				}
			}
			if merr := fits(0, part, lim); merr != nil {
				return nil, merr
			}
			if t = part; err != nil {
				return nil, readError(t.file, err)
			}
			continue
		}
		q := make(chan result, 1)
		queue = append(queue, q)
		busy <- true
		go func(part *table) {
			defer func() { <-busy }()
			err := part.parse(chunk, line)
			c.recycle(chunk)
			q <- result{part, err}
		}(t.part())
		if len(queue) >= 2*workers { // join the oldest: at most 2·workers parts held
			if err := join(<-queue[0]); err != nil {
				return nil, err
			}
			queue = queue[1:]
		}
	}
}

// finish makes the rows from the blocks they were read into.
func (t *table) finish() {
	if len(t.block) > 0 {
		t.blocks = append(t.blocks, t.block)
	}
	if t.n > 1<<20 {
		// the text read is garbage now: collected first, the headers take its
		// place rather than more memory of the machine's
		runtime.GC()
	}
	t.rows = make([][]float64, 0, t.n)
	w := t.rowLength()
	for _, b := range t.blocks {
		for len(b) >= w {
			t.rows = append(t.rows, b[:w:w])
			b = b[w:]
		}
	}
	t.blocks, t.block = nil, nil
}

// part returns an empty table for a chunk of t's file: its separator and
// width, and no first line (a chunk after the first records has none).
func (t *table) part() *table {
	u := &table{file: t.file, sep: t.sep, width: t.width, first: t.first, headerLine: t.headerLine, label: t.label, labelFor: t.labelFor}
	if t.width > 0 {
		u.cols, u.firstText, u.missed = make([]textColumn, t.width), make([]bool, t.width), make([]int, t.width)
	}
	return u
}

// parse parses the records of a chunk that begins on the given line into
// t's rows: t holds the first line (and sets the width) if its width is 0.
// The error is the first record's that cannot be read; the rows before it
// are kept, and t.cellError says whether its fields were counted right (so
// that the memory bound, checked before a row's cells, comes first).
func (t *table) parse(chunk []byte, line int) error {
	if t.width > 0 { // one array for the chunk's rows, a line at most a row
		lines := bytes.Count(chunk, []byte{'\n'}) + 1
		t.block = make([]float64, 0, lines*t.rowLength())
		if t.label >= 0 {
			t.labels = make([]float64, 0, lines)
		}
	}
	return eachRecord(chunk, line, t.sep, t.file, func(fields []string, line int) error {
		if len(fields) == 0 || len(fields) == 1 && fields[0] == "" {
			return nil // blank line
		}
		if t.width == 0 {
			if len(fields) < 2 {
				return &inputError{t.file, line, 0, "1 column: want at least one feature column and a label"}
			}
			t.width, t.headerLine = len(fields), line
			t.first = sanitized(fields)
			t.cols, t.firstText, t.missed = make([]textColumn, t.width), make([]bool, t.width), make([]int, t.width)
			t.label = labelColumn(t.labelFor, t.first)
		}
		if len(fields) != t.width {
			return &inputError{t.file, line, min(len(fields), t.width) + 1, fmt.Sprintf("%d fields, want %d as on line %d", len(fields), t.width, t.headerLine)}
		}
		w := t.rowLength()
		if len(t.block)+w > cap(t.block) {
			if len(t.block) > 0 {
				t.blocks = append(t.blocks, t.block)
			}
			t.block = make([]float64, 0, max(rowBlock, w))
		}
		row := t.block[len(t.block) : len(t.block)+w : len(t.block)+w]
		row[0] = 1 // x₀ = 1
		first := t.n == 0 && line == t.headerLine
		label := 0.0
		for k, f := range fields {
			v, problem := t.cell(k, f, first)
			if problem != "" {
				t.cellError, t.errorLine = true, line
				return &inputError{t.file, line, k + 1, problem}
			}
			switch {
			case k == t.label:
				label = v
			case t.label >= 0 && k > t.label:
				row[k] = v
			default:
				row[k+1] = v
			}
		}
		t.block = t.block[:len(t.block)+w]
		if t.label >= 0 {
			t.labels = append(t.labels, label)
		}
		t.n++
		t.lines.add(line)
		return nil
	})
}

// merge appends the rows of u, the next chunk's part, to t, with their
// texts, each level renumbered as t numbers it (the order first seen). Its
// error is the memory bound, at the row that passes it.
func (t *table) merge(u *table, lim readLimits) error {
	if u == nil {
		return nil
	}
	if err := fits(t.n, u, lim); err != nil {
		return err
	}
	base, more := t.n, u.n
	if len(t.block) > 0 {
		t.blocks = append(t.blocks, t.block)
	}
	t.blocks, t.block = append(t.blocks, u.blocks...), u.block
	t.labels = append(t.labels, u.labels...)
	t.n += u.n
	t.lines.join(&u.lines)
	t.comma = t.comma || u.comma
	for k, n := range u.missed {
		t.missed[k] += n
	}
	for k := range u.cols {
		c, uc := &t.cols[k], &u.cols[k]
		switch {
		case uc.code == nil && c.code == nil:
			continue
		case uc.code == nil: // no text in u: its rows have no level
			for range more {
				c.code = append(c.code, -1)
			}
			continue
		case c.code == nil: // the column's first text below the first line
			t.beginLevels(k, base, base+more)
		}
		to := make([]int32, len(uc.levels)) // u's level l is t's to[l]
		for l, name := range uc.levels {
			level, ok := c.index[name]
			if !ok {
				level = int32(len(c.levels))
				c.index[name] = level
				c.levels, c.count = append(c.levels, name), append(c.count, 0)
			}
			to[l] = level
			c.count[level] += uc.count[l]
		}
		for _, l := range uc.code[:more] {
			if l >= 0 {
				l = to[l]
			}
			c.code = append(c.code, l)
		}
	}
	return nil
}

// fits returns the error of the memory bound if the rows of u, after base
// rows, pass it (and the row of u's error, if its fields were counted): at
// the row that passes it, as it would be on one core.
func fits(base int, u *table, lim readLimits) error {
	more := u.n
	counted := more
	if u.cellError {
		counted++ // the row of u's error, counted before its cells are read
	}
	most := lim.mem.rows(u.width + 1)
	if int64(base+counted) <= most {
		return nil
	}
	line := u.errorLine
	if i := int(most) - base; i < more { // the row of u that passes the bound
		line = u.lines.at(i)
	}
	return &inputError{u.file, line, 0, lim.mem.fits(int(most)+1, u.width+1, 0).Error()}
}

// eachRecord calls f with the fields of each record of a chunk, trimmed of
// the space around them, and its line, the chunk beginning on the given
// line; it returns f's first error, or the record's that cannot be read.
// A record's fields are counted before it is split (at most maxFields).
// With sep ',', ';' or '\t', a chunk with quotes is read by encoding/csv
// (RFC 4180), one without by splitting each line at sep, which is what
// encoding/csv does with a line without quotes; with sep ' ', each line is
// split at runs of white space, as strings.Fields splits, quotes around a
// field removed.
func eachRecord(chunk []byte, line int, sep rune, file string, f func(fields []string, line int) error) error {
	if sep != ' ' && bytes.IndexByte(chunk, '"') >= 0 {
		return eachQuoted(chunk, line, sep, file, f)
	}
	var fields []string
	sepString := string(sep) // ',', ';' or '\t'
	text := string(chunk)    // one string a chunk: a field is a part of it
	for len(text) > 0 {
		s := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			s, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if sep != ' ' && strings.Count(s, sepString) >= maxFields || sep == ' ' && len(s) >= 2*maxFields && countFields(s) > maxFields {
			return tooManyFields(file, line)
		}
		if sep == ' ' {
			fields = append(fields[:0], strings.Fields(s)...)
			if len(fields) > maxFields {
				return tooManyFields(file, line)
			}
			for k, v := range fields {
				if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
					fields[k] = v[1 : len(v)-1]
				}
			}
		} else {
			fields = fields[:0]
			for {
				i := strings.IndexByte(s, byte(sep))
				if i < 0 {
					fields = append(fields, trimField(s, sep))
					break
				}
				fields = append(fields, trimField(s[:i], sep))
				s = s[i+1:]
			}
		}
		if err := f(fields, line); err != nil {
			return err
		}
		line++
	}
	return nil
}

// forEachRecord calls f with each record of the text of br, in order, on
// this goroutine: the reader of readTable on one core, for scanFile, which
// writes as it reads. Its error is f's, or the file's, as an inputError.
func forEachRecord(br io.Reader, file string, sep rune, f func(fields []string, line int) error) error {
	c := &chunker{r: br, file: file, quotes: sep != ' ', size: chunkSize, line: 1}
	var ferr error // f's own, returned as it is
	each := func(fields []string, line int) error {
		ferr = f(fields, line)
		return ferr
	}
	for {
		chunk, line, err := c.next()
		if err == io.EOF {
			return nil
		}
		if err == nil {
			err = eachRecord(chunk, line, sep, file, each)
		}
		switch {
		case err != nil && err == ferr:
			return err
		case err != nil:
			return readError(file, err)
		}
	}
}

// countFields returns the number of runs of non-space bytes in a line, at
// most maxFields+1.
func countFields(s string) int {
	n, in := 0, false
	for _, b := range []byte(s) {
		space := b == ' ' || b == '\t'
		if !space && !in {
			if n++; n > maxFields {
				return n
			}
		}
		in = !space
	}
	return n
}

// tooManyFields is the error of a line of more than maxFields fields.
func tooManyFields(file string, line int) error {
	return &inputError{file: file, line: line, msg: fmt.Sprintf("more than %d fields on one line", maxFields)}
}

// trimField returns a field as encoding/csv returns it with
// TrimLeadingSpace (for sep other than a tab), trimmed of its trailing
// space too.
func trimField(f string, sep rune) string {
	if sep != '\t' {
		f = strings.TrimLeftFunc(f, unicode.IsSpace)
	}
	if n := len(f); n > 0 && (f[0] == ' ' || f[n-1] == ' ' || f[n-1] == '\t') {
		return strings.TrimSpace(f)
	}
	return f
}

// eachQuoted is eachRecord for a chunk with quotes, read by encoding/csv:
// its records up to the first with more than maxFields fields (outside
// quotes, counted first), and then that record's error.
func eachQuoted(chunk []byte, line int, sep rune, file string, f func(fields []string, line int) error) error {
	end, tooMany := len(chunk), 0 // the records before the first with too many fields, and its line
	quoted, fields, lines := false, 1, line
	start, startLine := 0, line // the record's
	for i, b := range chunk {
		switch {
		case b == '"':
			quoted = !quoted
		case b == '\n':
			if lines++; !quoted {
				fields, start, startLine = 1, i+1, lines
			}
		case !quoted && rune(b) == sep:
			if fields++; fields > maxFields {
				end, tooMany = start, startLine
			}
		}
		if tooMany > 0 {
			break
		}
	}
	cr := csv.NewReader(bytes.NewReader(chunk[:end]))
	cr.Comma = sep
	cr.FieldsPerRecord = -1           // the count is checked by the caller, with its own message
	cr.TrimLeadingSpace = sep != '\t' // which would take an empty field's tab too
	cr.ReuseRecord = true
	for {
		fields, err := cr.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			pe.StartLine, pe.Line = pe.StartLine+line-1, pe.Line+line-1
		}
		if err != nil {
			return err
		}
		for k, v := range fields {
			if n := len(v); n > 0 && (v[0] == ' ' || v[n-1] == ' ' || v[n-1] == '\t') {
				fields[k] = strings.TrimSpace(v)
			}
		}
		at, _ := cr.FieldPos(0)
		if err := f(fields, at+line-1); err != nil {
			return err
		}
	}
	if tooMany > 0 {
		return tooManyFields(file, tooMany)
	}
	return nil
}

// cell returns the value of field f of column k: its number, or NaN for a
// text (which it records) or a missing value; problem is why f can be none
// of these (a number out of range, an infinity, hex or digits with _). On
// the first line, which may be a header ("age,inf,y"), such a field is
// taken for a text, and its problem kept for the case it is data.
func (t *table) cell(k int, f string, first bool) (v float64, problem string) {
	c := &t.cols[k]
	if c.code != nil {
		c.code = append(c.code, -1) // this row's level, if the field is a text
	}
	if isMissing(f) {
		t.missed[k]++
		return math.NaN(), ""
	}
	if t.sep == ';' && strings.Count(f, ",") == 1 && !strings.Contains(f, ".") { // a decimal comma
		if v, problem := parseNumber(strings.Replace(f, ",", ".", 1)); problem == "" {
			t.comma = true
			return v, ""
		}
	}
	v, problem = parseNumber(f)
	switch {
	case problem == "":
		return v, ""
	case first && !strings.HasSuffix(problem, "is not a number"):
		if t.firstProblem == nil {
			t.firstProblem = &inputError{t.file, 0, k + 1, problem}
		}
		t.odd++
	case !strings.HasSuffix(problem, "is not a number"):
		return v, problem
	}
	if first { // kept in t.first; the column's levels begin with a text below it
		t.firstText[k] = true
		return math.NaN(), ""
	}
	if c.code == nil { // the column's first text below the first line
		t.beginLevels(k, t.n+1, t.n+1024)
	}
	f = sanitize(f)
	level, ok := c.index[f]
	if !ok {
		f = strings.Clone(f) // not the chunk's text, which it would keep whole
		level = int32(len(c.levels))
		c.index[f] = level
		c.levels, c.count = append(c.levels, f), append(c.count, 0)
	}
	c.code[len(c.code)-1] = level
	c.count[level]++
	return math.NaN(), ""
}

// beginLevels begins column k's levels when its first text below the first
// line is met, rows into the table (the first line's text, if it has one,
// the first level): no row before it has a level.
func (t *table) beginLevels(k, rows, capacity int) {
	c := &t.cols[k]
	c.code = make([]int32, rows, capacity)
	for i := range c.code {
		c.code[i] = -1
	}
	c.index = map[string]int32{}
	if t.firstText[k] {
		c.index[t.first[k]], c.code[0] = 0, 0
		c.levels, c.count = []string{t.first[k]}, []int{1}
	}
}

// text returns row i's text in column k, or "" if it has none.
func (t *table) text(i, k int) string {
	if c := t.cols[k]; c.code != nil && c.code[i] >= 0 {
		return c.levels[c.code[i]]
	}
	return ""
}

// missing reports whether row i's field in column k is a missing value.
func (t *table) missing(i, k int) bool {
	return math.IsNaN(t.at(i, k)) && t.text(i, k) == ""
}

// isHeader reports whether the first line is a header of names: it has a
// text, and either one of its texts stands over a column of numbers (a
// name: "age" over ages), or none of them recurs below it in its column. A
// first line of numbers, or one whose texts recur below as the levels of
// factors do (a file of factors without a header), is data.
func (t *table) isHeader() bool {
	texts, over, recur := 0, false, false
	for k, c := range t.cols {
		if !t.firstText[k] {
			continue
		}
		texts++
		if c.code == nil { // no text below it
			over = over || len(t.rows) > 1
			continue
		}
		recur = recur || c.count[c.code[0]] > 1
	}
	return texts > t.odd && (over || !recur) // a name besides "inf" and its like
}

// dropFirst removes the first row, a header, and its texts from the columns.
func (t *table) dropFirst() {
	t.rows = t.rows[1:]
	if t.label >= 0 {
		t.labels = t.labels[1:]
	}
	t.lines.dropFirst()
	for k := range t.cols {
		if isMissing(t.first[k]) {
			t.missed[k]--
		}
	}
	for k := range t.cols {
		c := &t.cols[k]
		if c.code == nil {
			continue
		}
		first := c.code[0]
		c.code = c.code[1:]
		if first < 0 {
			continue
		}
		if c.count[first]--; c.count[first] > 0 {
			continue
		}
		// the header's name was a level of its own, the first seen: renumber the rest
		c.levels, c.count = c.levels[1:], c.count[1:]
		delete(c.index, t.first[k])
		for level, name := range c.levels {
			c.index[name] = int32(level)
		}
		texts := 0
		for i := range c.code {
			if c.code[i] > 0 {
				c.code[i]--
				texts++
			}
		}
		if texts == 0 {
			*c = textColumn{}
		}
	}
}

// sanitize returns f with each control character written as \xNN (or
// \uNNNN), so that a name reaches the terminal and the SVG as text.
func sanitize(f string) string {
	if !strings.ContainsFunc(f, unicode.IsControl) {
		return f
	}
	var b strings.Builder
	for _, r := range f {
		switch {
		case !unicode.IsControl(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// sanitized returns a copy of fields, each sanitized.
func sanitized(fields []string) []string {
	out := make([]string, len(fields))
	for k, f := range fields {
		out[k] = strings.Clone(sanitize(f)) // not the chunk's text, which it would keep whole
	}
	return out
}

// readSpec is what the flags say of the file's columns.
type readSpec struct {
	label           string            // -label: a name or a number counted from 1; "" for the last column
	multi           bool              // -onevsall or -multinomial: the label is classes
	x, drop         []string          // -x, -drop: the features used, or left out
	factors         []string          // -factor: numeric columns taken as factors
	refs            map[string]string // -ref: a factor's reference level
	positive        string            // -positive: the label's level that is y = 1
	naFail          bool              // -na fail: a missing value is an error
	trials, weights string            // -trials, -weights: columns
	// how the file is read: the memory bound, the cores that parse it, and
	// where the progress line goes
	mem      memory
	workers  int
	progress *progress
	expect   func(bytes int64) // see readLimits
}

// loadData reads the named file, standard input for "-", or the bundled
// sample for "", and builds the data the model sees as the flags say.
func loadData(file string, spec *readSpec) (*dataset, error) {
	lim := readLimits{mem: spec.mem, workers: spec.workers, chunk: chunkSize, progress: spec.progress, label: spec.label, expect: spec.expect}
	var t *table
	var err error
	switch file {
	case "":
		t, err = readTable(sampleName, strings.NewReader(sampleCSV), lim)
	case "-":
		t, err = readTable("<stdin>", os.Stdin, lim)
	default:
		f, oerr := os.Open(file)
		if oerr != nil {
			var pe *os.PathError
			if errors.As(oerr, &pe) {
				oerr = pe.Err
			}
			return nil, &inputError{file: file, msg: "cannot open: " + oerr.Error()}
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			lim.size = fi.Size()
		}
		t, err = readTable(file, f, lim)
	}
	if err != nil {
		return nil, err
	}
	return t.design(spec)
}

// design builds, from the table and the flags, the data the model sees, as
// R's glm(y ~ ., binomial, na.action = na.omit) builds them from a data
// frame that read.csv read: row names left out; a column with a text in it
// a factor, with treatment contrasts; rows with a missing value in a column
// the model uses left out; a label of two levels, the second y = 1.
func (t *table) design(spec *readSpec) (*dataset, error) {
	d := &dataset{file: t.file}
	w := len(t.cols)
	header := t.header
	names := make([]string, w)
	for k := range names {
		if header && t.first[k] != "" {
			names[k] = t.first[k]
		}
	}
	var named map[string]bool // the header's own names, which a column without one must not take
	if header && slices.Contains(names, "") {
		named = setOf(names)
	}
	for k := range names {
		if names[k] != "" {
			continue
		}
		// x1, x2, … by the column's number; where the header has that name
		// already ("",x1,x2 as R's write.csv writes row names), X, X.1, …, as
		// R's read.csv names a column without one
		names[k] = fmt.Sprintf("x%d", k+1)
		for i := 0; named[names[k]]; i++ {
			names[k] = "X"
			if i > 0 {
				names[k] = fmt.Sprintf("X.%d", i)
			}
		}
		if named != nil {
			named[names[k]] = true
		}
	}
	if !header {
		names[w-1] = "y"
	}
	seen := map[string]int{}
	for k, name := range names {
		if j, ok := seen[name]; ok {
			return nil, &inputError{file: t.file, line: t.headerLine, field: k + 1,
				msg: fmt.Sprintf("columns %d and %d are both named %s: rename one, as R's read.csv would (%s.1)", j+1, k+1, quote(name), name)}
		}
		seen[name] = k
	}
	role := make([]string, w) // "" a feature; else rownames, label, trials, weights, dropped
	if header && w > 2 && (t.first[0] == "" || regexp.MustCompile(`^Unnamed: \d+$`).MatchString(t.first[0])) {
		role[0] = "rownames"
		d.notes = append(d.notes, "column 1, "+describeName(t.first[0])+", left out: the row names that R's write.csv and pandas' to_csv write")
	}
	find := func(flag, spec string) (int, error) {
		k, err := columnIndex(flag, spec, names, header)
		if err == nil && role[k] != "" {
			err = &usageError{fmt.Sprintf("-%s %s: column %d is %s", flag, spec, k+1, roleName(role[k]))}
		}
		return k, err
	}
	label := w - 1
	if spec.label != "" {
		var err error
		if label, err = find("label", spec.label); err != nil {
			return nil, err
		}
	}
	role[label] = "label"
	d.label, d.last = label+1, label == w-1
	trials, weights := -1, -1
	for _, c := range []struct {
		flag, spec, role string
		k                *int
	}{{"trials", spec.trials, "trials", &trials}, {"weights", spec.weights, "weights", &weights}} {
		if c.spec == "" {
			continue
		}
		k, err := find(c.flag, c.spec)
		if err != nil {
			return nil, err
		}
		role[k], *c.k = c.role, k
	}
	if trials >= 0 {
		d.trialsName = names[trials]
	}
	if weights >= 0 {
		d.weightsName = names[weights]
	}
	if err := t.chooseFeatures(spec, names, header, role); err != nil {
		return nil, err
	}
	factor := make([]bool, w)
	for _, f := range spec.factors {
		k, err := columnIndex("factor", f, names, header)
		if err != nil {
			return nil, err
		}
		if role[k] != "" {
			return nil, &usageError{fmt.Sprintf("-factor %s: column %d is %s, not a feature", f, k+1, roleName(role[k]))}
		}
		factor[k] = true
	}
	for k := range t.cols {
		if role[k] == "" && t.cols[k].code != nil {
			factor[k] = true // a column with a text in it, as read.csv reads it
		}
	}
	// the rows the model uses: those with no missing value in its columns
	keep := make([]int, 0, len(t.rows))
	var dropped []int
	search := false // a column the model uses has a missing value
	for k := range t.cols {
		search = search || role[k] != "rownames" && role[k] != "dropped" && t.missed[k] > 0
	}
	for i := range t.rows {
		if !search {
			keep = append(keep, i)
			continue
		}
		ok := true
		for k := range t.cols {
			if role[k] != "rownames" && role[k] != "dropped" && t.missing(i, k) {
				if spec.naFail {
					return nil, &inputError{t.file, t.lines.at(i), k + 1, fmt.Sprintf("a missing value in column %s (-na fail: without it, rows with a missing value are left out, as R's na.omit)", names[k])}
				}
				ok = false
				break
			}
		}
		if ok {
			keep = append(keep, i)
		} else {
			dropped = append(dropped, i)
		}
	}
	if len(dropped) > 0 {
		d.notes = append(d.notes, fmt.Sprintf("%s with a missing value left out, as R's na.omit (%s)", plural(len(dropped), "row"), lineList(t, dropped)))
	}
	if len(keep) == 0 {
		return nil, &inputError{file: t.file, msg: "every row has a missing value in a column the model uses: no examples are left"}
	}
	// the label
	if err := t.labelOf(d, spec, label, names[label], trials, weights, keep); err != nil {
		return nil, err
	}
	// the features, each factor's levels and its indicator columns
	featureNames := make([]string, 0, w)
	d.columns = make([]designTerm, 0, w) // a column at most a term: no slice grown 100,000 times over for a wide file
	for k := range t.cols {
		if role[k] != "" {
			continue
		}
		term := designTerm{name: names[k]}
		if factor[k] {
			var err error
			if term, err = t.factorTerm(k, names[k], spec, keep, t.cols[k].code != nil); err != nil {
				return nil, err
			}
			var cols []string
			for _, level := range term.levels[1:] {
				cols = append(cols, names[k]+level)
			}
			featureNames = append(featureNames, cols...)
			d.notes = append(d.notes, fmt.Sprintf("%s: a factor of %s, %s (the reference), %s; its columns %s",
				names[k], plural(len(term.levels), "level"), term.levels[0], strings.Join(term.levels[1:], ", "), strings.Join(cols, ", ")))
		} else {
			featureNames = append(featureNames, names[k])
			if t.rowNumbers(k) {
				d.warns = append(d.warns, fmt.Sprintf("column %d, %s, holds %d, %d, …, %d in order: it looks like a row number, not a feature. Remedy: -drop %s",
					k+1, names[k], int(t.at(0, k)), int(t.at(1, k)), int(t.at(len(t.rows)-1, k)), names[k]))
			}
		}
		d.columns = append(d.columns, term)
	}
	for _, ref := range sortedKeys(spec.refs) {
		if !slices.ContainsFunc(d.columns, func(c designTerm) bool { return c.name == ref && c.levels != nil }) {
			return nil, &usageError{fmt.Sprintf("-ref %s=%s: %s is not a factor the model uses", ref, spec.refs[ref], ref)}
		}
	}
	d.names = append(featureNames, names[label])
	switch {
	case t.comma:
		d.notes = append(d.notes, "read as R's write.csv2 writes it: ';' between fields, ',' as the decimal point")
	case t.sep == ';':
		d.notes = append(d.notes, "read as R's write.csv2 writes it: ';' between fields (a decimal point would be ',')")
	}
	return d, t.build(d, role, keep, spec.mem)
}

// describeName returns a column's header name as the report shows it.
func describeName(name string) string {
	if name == "" {
		return "with no name"
	}
	return quote(name)
}

// roleName says what a column is used for.
func roleName(role string) string {
	switch role {
	case "rownames":
		return "the row names"
	case "label":
		return "the label"
	case "dropped":
		return "left out by -drop or -x"
	}
	return "the -" + role + " column"
}

// columnIndex returns the column (from 0) a flag names, by its header name
// or else its number counted from 1.
func columnIndex(flag, spec string, names []string, header bool) (int, error) {
	if k := slices.Index(names, spec); header && k >= 0 {
		return k, nil
	}
	if k, err := strconv.Atoi(spec); err == nil {
		if k < 1 || k > len(names) {
			return 0, &usageError{fmt.Sprintf("-%s %s: want a column from 1 to %d", flag, spec, len(names))}
		}
		return k - 1, nil
	}
	if !header {
		return 0, &usageError{fmt.Sprintf("-%s %s: the file has no header line of names; give the column's number, 1 to %d", flag, spec, len(names))}
	}
	for k, name := range names {
		if name == spec {
			return k, nil
		}
	}
	return 0, &usageError{fmt.Sprintf("-%s %s: no column has that name; the columns are %s", flag, spec, nameList(names))}
}

// chooseFeatures marks the columns that -x leaves out, or -drop names, as dropped.
func (t *table) chooseFeatures(spec *readSpec, names []string, header bool, role []string) error {
	if spec.x != nil && spec.drop != nil {
		return &usageError{"-x and -drop: give one, the features to use or those to leave out"}
	}
	pick := func(flag string, list []string) (map[int]bool, error) {
		picked := map[int]bool{}
		for _, s := range list {
			k, err := columnIndex(flag, s, names, header)
			if err != nil {
				return nil, err
			}
			if role[k] != "" {
				return nil, &usageError{fmt.Sprintf("-%s %s: column %d is %s, not a feature", flag, s, k+1, roleName(role[k]))}
			}
			if picked[k] {
				return nil, &usageError{fmt.Sprintf("-%s names column %d, %s, twice", flag, k+1, names[k])}
			}
			picked[k] = true
		}
		return picked, nil
	}
	switch {
	case spec.x != nil:
		picked, err := pick("x", spec.x)
		if err != nil {
			return err
		}
		for k := range role {
			if role[k] == "" && !picked[k] {
				role[k] = "dropped"
			}
		}
	case spec.drop != nil:
		picked, err := pick("drop", spec.drop)
		if err != nil {
			return err
		}
		for k := range picked {
			role[k] = "dropped"
		}
	}
	if !slices.Contains(role, "") {
		return &usageError{"no feature column is left: the model needs at least one (-x names those to use)"}
	}
	return nil
}

// levelName returns row i's entry in column k as a level of a factor: its
// text, or its number written as R writes it.
func (t *table) levelName(i, k int) string {
	if s := t.text(i, k); s != "" {
		return s
	}
	return strconv.FormatFloat(t.at(i, k), 'g', -1, 64)
}

// levels returns the distinct entries of column k in the rows keep, as
// levels in R's order: numerically for a column of numbers, else as R sorts
// text in an English locale (see collate).
func (t *table) levels(k int, keep []int) []string {
	numeric := t.cols[k].code == nil
	seen := map[string]bool{}
	var levels []string
	var values []float64
	for _, i := range keep {
		if name := t.levelName(i, k); !seen[name] {
			seen[name] = true
			levels, values = append(levels, name), append(values, t.at(i, k))
		}
	}
	order := make([]int, len(levels))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		if numeric {
			return values[order[a]] < values[order[b]]
		}
		return collate(levels[order[a]], levels[order[b]])
	})
	sorted := make([]string, len(levels))
	for i, o := range order {
		sorted[i] = levels[o]
	}
	return sorted
}

// collate reports whether a sorts before b as R's sort does in an English
// locale: letters compared without their case first, lower case before
// upper case on a tie (so FALSE < TRUE, No < yes, a < B).
func collate(a, b string) bool {
	if la, lb := strings.ToLower(a), strings.ToLower(b); la != lb {
		return la < lb
	}
	return a > b
}

// factorTerm returns column k as a factor: its levels in the rows keep, in
// R's order, with -ref's level (else the first) as the reference, first.
func (t *table) factorTerm(k int, name string, spec *readSpec, keep []int, text bool) (designTerm, error) {
	levels := t.levels(k, keep)
	if text && !slices.Contains(spec.factors, name) && len(levels) > maxLevels && 2*len(levels) > len(keep) {
		return designTerm{}, &inputError{file: t.file, field: k + 1,
			msg: fmt.Sprintf("column %s has %d distinct texts in %d rows: it looks like an identifier, not a factor. Remedy: -drop %s (or -factor %s if it is a factor)",
				name, len(levels), len(keep), name, name)}
	}
	if len(levels) < 2 {
		return designTerm{}, &inputError{file: t.file, field: k + 1,
			msg: fmt.Sprintf("the factor %s has one level, %s, in the rows used: it is constant, so it cannot be told from the intercept. Remedy: -drop %s", name, levels[0], name)}
	}
	if ref, ok := spec.refs[name]; ok {
		r := slices.Index(levels, ref)
		if r < 0 {
			return designTerm{}, &usageError{fmt.Sprintf("-ref %s=%s: %s's levels are %s", name, ref, name, nameList(levels))}
		}
		levels = append(append([]string{ref}, levels[:r]...), levels[r+1:]...)
	}
	term := designTerm{name: name, levels: levels, index: map[string]int{}}
	for l, level := range levels {
		term.index[level] = l
	}
	return term, nil
}

// rowNumbers reports whether column k holds 1, 2, …, m (or 0, 1, …, m − 1)
// in the order of the file, m ≥ 10: a row number, not a feature.
func (t *table) rowNumbers(k int) bool {
	if len(t.rows) < 10 || t.cols[k].code != nil {
		return false
	}
	start := t.at(0, k)
	if start != 0 && start != 1 {
		return false
	}
	for i := range t.rows {
		if t.at(i, k) != start+float64(i) {
			return false
		}
	}
	return true
}

// lineList names up to five rows of the table by their lines (see lineNumbers).
func lineList(t *table, rows []int) string {
	lines := make([]int, len(rows))
	for k, i := range rows {
		lines[k] = t.lines.at(i)
	}
	return lineNumbers(lines)
}

// setOf returns the set of the names.
func setOf(names []string) map[string]bool {
	set := map[string]bool{}
	for _, name := range names {
		set[name] = true
	}
	return set
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// labelOf sets the dataset's labels from column k in the rows keep: classes
// with -onevsall or -multinomial; successes out of -trials; else 0 and 1,
// or a label of two levels, the second (or -positive) y = 1, as R's glm
// takes a factor; and the weights of -weights and -trials.
func (t *table) labelOf(d *dataset, spec *readSpec, k int, name string, trials, weights int, keep []int) error {
	fail := func(i, col int, format string, args ...any) error {
		return &inputError{t.file, t.lines.at(i), col + 1, fmt.Sprintf(format, args...)}
	}
	numeric := true // no text in the label's rows
	for _, i := range keep {
		numeric = numeric && t.text(i, k) == ""
	}
	value := t.at
	if spec.multi {
		d.y = make([]float64, 0, len(keep))
		d.classes = t.levels(k, keep)
		index := map[string]int{}
		for c, level := range d.classes {
			index[level] = c
		}
		for _, i := range keep {
			c := index[t.levelName(i, k)]
			d.class, d.y = append(d.class, c), append(d.y, float64(c))
		}
		return nil
	}
	var prior []float64 // the -weights column's, in the rows keep
	if weights >= 0 {
		prior = make([]float64, 0, len(keep))
		for _, i := range keep {
			v := value(i, weights)
			if t.text(i, weights) != "" || !(v >= 0) || math.IsInf(v, 1) {
				return fail(i, weights, "weight %s: want a finite number ≥ 0 (R's prior weights)", quote(t.levelName(i, weights)))
			}
			prior = append(prior, v)
		}
		d.w = prior
		d.notes = append(d.notes, fmt.Sprintf("weights: column %s, R's glm(…, weights = %s)", t.nameOf(weights), t.nameOf(weights)))
	}
	if trials >= 0 {
		if spec.positive != "" {
			return &usageError{"-positive has no effect with -trials: the label is the count of successes"}
		}
		var successes, total float64
		var w []float64
		d.y = make([]float64, 0, len(keep))
		for n, i := range keep {
			s, N := value(i, k), value(i, trials)
			switch {
			case t.text(i, trials) != "" || !(N >= 0) || N != math.Trunc(N):
				return fail(i, trials, "trials %s: want a whole number ≥ 0", quote(t.levelName(i, trials)))
			case t.text(i, k) != "" || !(s >= 0) || s != math.Trunc(s) || s > N:
				return fail(i, k, "successes %s: want a whole number from 0 to the trials, %g", quote(t.levelName(i, k)), N)
			}
			y := 0.0
			if N > 0 {
				y = s / N
			}
			wi := N // the example's weight: its trials, times its prior weight
			if prior != nil {
				wi *= prior[n]
			}
			d.y, d.trials, w = append(d.y, y), append(d.trials, N), append(w, wi)
			successes, total = successes+s, total+N
		}
		d.w = w
		d.notes = append(d.notes, fmt.Sprintf("label: %s successes of the trials in column %s, as R's glm(cbind(%s, %s - %s) ~ …): %s of %s",
			name, t.nameOf(trials), name, t.nameOf(trials), name, count(successes), count(total)))
		return nil
	}
	var levels []string
	if numeric {
		zeroOne, unit := true, true // every label 0 or 1; every label in [0, 1]
		for _, i := range keep {
			v := value(i, k)
			zeroOne = zeroOne && (v == 0 || v == 1)
			unit = unit && v >= 0 && v <= 1
		}
		switch {
		case zeroOne && spec.positive == "" || zeroOne && spec.positive == "1" || unit && !zeroOne && d.w != nil:
			if k == t.label && len(keep) == len(t.rows) { // the labels held apart are y as they are
				d.y = t.labels
				return nil
			}
			d.y = make([]float64, 0, len(keep))
			for _, i := range keep {
				d.y = append(d.y, value(i, k))
			}
			return nil
		case unit && !zeroOne:
			i := keep[slices.IndexFunc(keep, func(i int) bool { v := value(i, k); return v != 0 && v != 1 })]
			return fail(i, k, "label %s is not 0 or 1: a share of trials needs -trials (the column of trials) or -weights", quote(t.levelName(i, k)))
		}
	}
	levels = t.levels(k, keep)
	if len(levels) > 2 {
		hint := ""
		if d.last && spec.label == "" {
			hint = fmt.Sprintf(" (the label is the last column, %s, unless -label NAME or -label N chooses another)", name)
		}
		shown := strings.Join(levels[:min(len(levels), 6)], ", ")
		if len(levels) > 6 {
			shown += ", …"
		}
		return &inputError{file: t.file, field: k + 1, msg: fmt.Sprintf("the label %s has %d levels (%s)%s: -onevsall or -multinomial fit more than two classes",
			name, len(levels), shown, hint)}
	}
	positive := levels[len(levels)-1]
	defer func() { // the label's levels, y = 0 and then y = 1, for -save and -newdata
		for _, l := range levels {
			if l != positive {
				d.labelLevels = append(d.labelLevels, l)
			}
		}
		d.labelLevels = append(d.labelLevels, positive)
	}()
	if spec.positive != "" {
		if !slices.Contains(levels, spec.positive) {
			return &usageError{fmt.Sprintf("-positive %s: the label %s's levels are %s", spec.positive, name, nameList(levels))}
		}
		positive = spec.positive
	}
	d.y = make([]float64, 0, len(keep))
	for _, i := range keep {
		y := 0.0
		if t.levelName(i, k) == positive {
			y = 1
		}
		d.y = append(d.y, y)
	}
	other := ""
	for _, l := range levels {
		if l != positive {
			other = l
		}
	}
	if other == "" {
		d.notes = append(d.notes, fmt.Sprintf("y = 1: %s = %s (its only level)", name, positive))
	} else {
		d.notes = append(d.notes, fmt.Sprintf("y = 1: %s = %s, y = 0: %s = %s", name, positive, name, other))
	}
	return nil
}

// nameOf returns column k's name as the header gives it, or its number.
func (t *table) nameOf(k int) string {
	if t.header && t.first[k] != "" {
		return t.first[k]
	}
	return fmt.Sprintf("x%d", k+1)
}

// build makes the rows of X from the rows keep: [1, the numeric features
// and each factor's indicator columns, in the file's order]. When the
// model takes every column as it is, the label last, X is the table's rows
// themselves, less their last entry, and nothing is copied.
func (t *table) build(d *dataset, role []string, keep []int, mem memory) error {
	d.lines = t.lines
	if len(keep) < len(t.rows) {
		d.lines = t.lines.pick(keep)
	}
	width := len(d.names) // 1 + the features
	whole := len(keep) == len(t.rows) && width == len(t.cols) && (t.label == d.label-1 || t.label < 0 && d.last)
	for _, c := range d.columns {
		whole = whole && c.levels == nil
	}
	if whole { // every column as it is but the label: the table's rows, cut short in place if the label is in them
		if t.label < 0 {
			for i, row := range t.rows {
				t.rows[i] = row[:width:width]
			}
		}
		d.X, t.rows = t.rows, nil // build is the table's last use
		return nil
	}
	if err := mem.fits(len(keep), width, held(t.rows)); err != nil {
		return &inputError{file: t.file, msg: err.Error()}
	}
	backing := make([]float64, len(keep)*width)
	d.X = make([][]float64, len(keep))
	for n, i := range keep {
		x := backing[n*width : (n+1)*width : (n+1)*width]
		x[0] = 1
		j, c := 1, 0
		for k, r := range role {
			if r != "" {
				continue
			}
			term := d.columns[c]
			c++
			if term.levels == nil {
				x[j] = t.at(i, k)
				j++
				continue
			}
			if l := term.index[t.levelName(i, k)]; l > 0 {
				x[j+l-1] = 1
			}
			j += len(term.levels) - 1
		}
		d.X[n] = x
	}
	return nil
}

// peekError returns the error of a peek at the text that ends its reading
// there: the reader's; not the end, a peek short of its size, or an error in
// the text (lineEnds'), which comes again after the lines before it, whose
// own errors come first.
func peekError(err error) error {
	var ie *inputError
	if err == io.EOF || err == bufio.ErrBufferFull || errors.As(err, &ie) {
		return nil
	}
	return err
}

// firstRecord returns the first record of text that is not blank: its first
// line, or more where a quoted field holds a line end.
func firstRecord(text []byte) string {
	quoted, start := false, 0
	for i, b := range text {
		switch {
		case b == '"':
			quoted = !quoted
		case b == '\n' && !quoted:
			if s := strings.TrimSpace(string(text[start:i])); s != "" {
				return s
			}
			start = i + 1
		}
	}
	return strings.TrimSpace(string(text[start:]))
}

// separator returns the field separator of a file from its first record,
// counting the separators outside quotes: ';' if it has semicolons, at least
// as many as commas (R's write.csv2 and Excel in many locales, whose numbers
// have decimal commas); else ',' if it has commas; else '\t' if it has tabs;
// else ' ' for runs of spaces and tabs.
func separator(record string) rune {
	var commas, semicolons, tabs int
	quoted := false
	for _, r := range record {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == ',':
			commas++
		case r == ';':
			semicolons++
		case r == '\t':
			tabs++
		}
	}
	switch {
	case semicolons > 0 && semicolons >= commas:
		return ';'
	case commas > 0:
		return ','
	case tabs > 0:
		return '\t'
	}
	return ' '
}

// heapFor sets the garbage collector's soft limit of memory (see
// runtime/debug.SetMemoryLimit) for data of the given bytes: a 64th more and
// 64 MiB, so that the garbage of reading and of the fit's passes is
// collected before it grows, rather than when the heap has doubled, as the
// default GOGC alone would let it (a file of 1e7 × 20 peaks at 2.0 GB, not
// 3.1). The limit is soft: the heap passes it where the live data need
// more. It is set while the file is read, from the size expected (see
// readLimits.expect), and again once the problem is built.
func heapFor(bytes int64) {
	debug.SetMemoryLimit(bytes + bytes/64 + 64<<20)
}

// memory is the bound on the memory the data take: 8 bytes a number and
// exampleBytes more an example, for the table read and for each copy the
// design, -degree and -normalize make beside it, so that a file too large
// for the machine gets an error that says so, not a crash. from says where
// the figure comes from, for that error.
type memory struct {
	bytes int64
	from  string
}

// rows returns the most examples of width numbers that fit in the bound.
func (mb memory) rows(width int) int64 {
	return mb.bytes / int64(8*width+exampleBytes)
}

// fits returns an error if m examples of width numbers, beside held bytes
// already in memory, would pass the bound.
func (mb memory) fits(m, width int, held int64) error {
	need := int64(m) * int64(8*width+exampleBytes)
	if need <= mb.bytes-held {
		return nil
	}
	beside := ""
	if held > 0 {
		beside = fmt.Sprintf(" beside the %s held already", byteSize(held))
	}
	return fmt.Errorf("%d examples of %d numbers take %s (8 bytes a number, %d an example)%s, more than the memory bound, %s (%s; -mem SIZE sets it)",
		m, width, byteSize(need), exampleBytes, beside, byteSize(mb.bytes), mb.from)
}

// held returns the bytes that rows of width numbers take, as memory counts them.
func held(rows [][]float64) int64 {
	if len(rows) == 0 {
		return 0
	}
	return int64(len(rows)) * int64(8*len(rows[0])+exampleBytes)
}

// machineMemory returns the bound that the machine sets: on Linux, the
// memory available (MemAvailable of /proc/meminfo, or the cgroup's limit
// less its use, if lower) less a fifth, left to the fit and the runtime,
// and under a limit of address space (ulimit -v, in /proc/self/limits) at
// most half of it, since Go's runtime reserves address space beyond what it
// uses; elsewhere, or where none of these can be read, 4 GiB.
func machineMemory() memory {
	avail, from := int64(-1), ""
	if kb, ok := meminfoField("/proc/meminfo", "MemAvailable:"); ok {
		avail, from = kb<<10, "MemAvailable"
	}
	if limit, ok := fileNumber("/sys/fs/cgroup/memory.max"); ok {
		if used, ok := fileNumber("/sys/fs/cgroup/memory.current"); ok && (avail < 0 || limit-used < avail) {
			avail, from = max(0, limit-used), "the cgroup's memory.max less its use"
		}
	}
	if avail < 0 {
		return memory{4 << 30, "the default where the memory available cannot be read"}
	}
	mb := memory{avail - avail/5, fmt.Sprintf("%s %s less a fifth", from, byteSize(avail))}
	if as, ok := addressLimit(); ok && as/2 < mb.bytes {
		mb = memory{as / 2, fmt.Sprintf("half the address-space limit (ulimit -v) %s", byteSize(as))}
	}
	return mb
}

// meminfoField returns a field of /proc/meminfo in kB.
func meminfoField(file, name string) (int64, bool) {
	text, err := os.ReadFile(file)
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(text), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == name {
			v, err := strconv.ParseInt(f[1], 10, 64)
			return v, err == nil
		}
	}
	return 0, false
}

// fileNumber returns the number a file holds (a cgroup's memory.max is
// "max" for no limit, which is not one).
func fileNumber(file string) (int64, bool) {
	text, err := os.ReadFile(file)
	if err != nil {
		return 0, false
	}
	v, err := strconv.ParseInt(strings.TrimSpace(string(text)), 10, 64)
	return v, err == nil
}

// addressLimit returns the soft limit of address space of this process
// (ulimit -v), from /proc/self/limits; false for none.
func addressLimit() (int64, bool) {
	text, err := os.ReadFile("/proc/self/limits")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(text), "\n") {
		if rest, ok := strings.CutPrefix(line, "Max address space"); ok {
			f := strings.Fields(rest)
			if len(f) < 1 {
				return 0, false
			}
			v, err := strconv.ParseInt(f[0], 10, 64) // "unlimited" is not a number
			return v, err == nil
		}
	}
	return 0, false
}

// parseSize returns the bytes of a size such as 8G, 512M, 1.5GiB, 100000:
// a number and an optional unit K, M, G or T (powers of 1024, with or
// without "B" or "iB").
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	shift := 0
	u := strings.ToUpper(t)
	for _, suffix := range []string{"IB", "B"} {
		if strings.HasSuffix(u, suffix) && len(u) > len(suffix) {
			u = u[:len(u)-len(suffix)]
			break
		}
	}
	if n := len(u); n > 0 {
		if k := strings.IndexByte("KMGT", u[n-1]); k >= 0 {
			shift, u = 10*(k+1), u[:n-1]
		}
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(u), 64)
	if err != nil || v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) || v*math.Ldexp(1, shift) >= 1<<62 {
		return 0, fmt.Errorf("%q is not a size: want a number of bytes above 0, with K, M, G or T for KiB, MiB, GiB or TiB (8G)", s)
	}
	return int64(v * math.Ldexp(1, shift)), nil
}

// byteSize writes a number of bytes with a binary unit, to 3 digits.
func byteSize(b int64) string {
	const units = "KMGTPE"
	if b < 1024 {
		return fmt.Sprintf("%d B", b)
	}
	v, k := float64(b)/1024, 0
	for v >= 1024 && k < len(units)-1 {
		v, k = v/1024, k+1
	}
	return fmt.Sprintf("%.3g %ciB", v, units[k])
}

// readError turns an error of encoding/csv or of the reader into an inputError.
func readError(file string, err error) error {
	var pe *csv.ParseError
	var ie *inputError
	switch {
	case errors.As(err, &ie):
		return ie
	case errors.As(err, &pe):
		return &inputError{file: file, line: pe.Line, msg: fmt.Sprintf("character %d: %v (RFC 4180 quoting: a quoted field is \"…\" with \"\" for a quote inside)", pe.Column, pe.Err)}
	}
	var pathErr *os.PathError
	if errors.As(err, &pathErr) {
		err = pathErr.Err
	}
	return &inputError{file: file, msg: "cannot read: " + err.Error()}
}

// decodeText returns the text of r as UTF-8 without a byte order mark. UTF-16
// (with its byte order mark, as Windows tools save it, or without one, told
// by the zero bytes of ASCII text) is decoded with unicode/utf16.
func decodeText(file string, r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 4096)
	head, _ := br.Peek(512)
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return br, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		order = binary.LittleEndian
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		order = binary.BigEndian
	case len(head) >= 2 && head[0] != 0 && head[1] == 0:
		order = binary.LittleEndian
	case len(head) >= 2 && head[0] == 0 && head[1] != 0:
		order = binary.BigEndian
	default:
		return br, nil
	}
	raw, err := io.ReadAll(io.LimitReader(br, maxUTF16+1))
	if err != nil {
		return nil, readError(file, err)
	}
	if len(raw) > maxUTF16 {
		return nil, &inputError{file: file, msg: fmt.Sprintf("a UTF-16 file of more than %d MiB: save it as UTF-8", maxUTF16>>20)}
	}
	if len(raw)%2 != 0 {
		return nil, &inputError{file: file, msg: "UTF-16 text with an odd number of bytes: the file is cut short or is not UTF-16"}
	}
	units := make([]uint16, len(raw)/2)
	for k := range units {
		units[k] = order.Uint16(raw[2*k:])
	}
	text := string(utf16.Decode(units))
	return strings.NewReader(strings.TrimPrefix(text, "\ufeff")), nil
}

// lineEnds reads text with its CR and CRLF line ends turned into LF, so that
// a file saved with classic Mac line ends (CR alone) is not one long line:
// neither bufio.Scanner nor encoding/csv splits lines at a lone CR, so this is
// written by hand. It also refuses a NUL byte (a binary file) and a line
// longer than maxLine.
type lineEnds struct {
	r       io.Reader
	file    string
	afterCR bool  // the last byte read was a CR: a LF right after it is dropped
	line    int   // lines seen, for messages
	length  int   // bytes of the current line so far
	failed  error // an error in the text, after the bytes before it were read
}

func (l *lineEnds) Read(p []byte) (int, error) {
	if l.failed != nil {
		return 0, l.failed
	}
	for {
		n, err := l.r.Read(p)
		if chunk := p[:n]; !l.afterCR && bytes.IndexByte(chunk, '\r') < 0 && bytes.IndexByte(chunk, 0) < 0 {
			// the common case, LF line ends: only the lengths to keep
			if first := bytes.IndexByte(chunk, '\n'); first >= 0 && l.length+first > maxLine {
				return l.fail(0, l.tooLong()) // the line begun in an earlier read
			}
			if n > maxLine { // a read long enough to hold a whole line too long
				if start, err := l.longLine(chunk); err != nil {
					return l.fail(start, err)
				}
			}
			if k := bytes.LastIndexByte(chunk, '\n'); k >= 0 {
				l.line += bytes.Count(chunk, []byte{'\n'})
				l.length = n - k - 1
			} else {
				l.length += n
			}
			if l.length > maxLine {
				return l.fail(n, l.tooLong())
			}
			if n > 0 || err != nil {
				return n, err
			}
			continue
		}
		out := 0
		for _, b := range p[:n] {
			switch {
			case b == '\n' && l.afterCR:
				l.afterCR = false
				continue // the LF of a CRLF
			case b == '\r':
				b, l.afterCR = '\n', true
			case b == 0:
				return l.fail(out, &inputError{file: l.file, line: l.line + 1, msg: "a NUL byte: this is not a text file of numbers (or it is UTF-16 with no byte order mark)"})
			default:
				l.afterCR = false
			}
			if b == '\n' {
				l.line++
				l.length = 0
			} else if l.length++; l.length > maxLine {
				return l.fail(out, l.tooLong())
			}
			p[out] = b
			out++
		}
		if out > 0 || err != nil || n == 0 {
			return out, err
		}
	}
}

// fail returns the n bytes read before an error in the text, and keeps the
// error for the next read: the lines before it are read (and their own
// errors, on earlier lines, come first), then the error.
func (l *lineEnds) fail(n int, err error) (int, error) {
	l.failed = err
	if n > 0 {
		return n, nil
	}
	return 0, err
}

// longLine returns the error of a line longer than maxLine in chunk, the
// line so far l.length bytes before it, and where in chunk the line begins;
// nil for none.
func (l *lineEnds) longLine(chunk []byte) (start int, err error) {
	length, line := l.length, l.line
	for start < len(chunk) {
		k := bytes.IndexByte(chunk[start:], '\n')
		if k < 0 {
			k = len(chunk) - start
		}
		if length+k > maxLine {
			return start, &inputError{file: l.file, line: line + 1, msg: fmt.Sprintf("a line longer than %d MiB", maxLine>>20)}
		}
		start, length, line = start+k+1, 0, line+1
	}
	return 0, nil
}

func (l *lineEnds) tooLong() error {
	return &inputError{file: l.file, line: l.line + 1, msg: fmt.Sprintf("a line longer than %d MiB", maxLine>>20)}
}

// parseNumber returns the value of a decimal number such as -1.5e3, read by
// strconv.ParseFloat, or a problem in words. NaN and Inf are refused, and
// so are the forms that strconv accepts but a data file does not mean
// (0x1p3, 1_000).
func parseNumber(f string) (v float64, problem string) {
	v, err := strconv.ParseFloat(f, 64)
	if err == nil && !math.IsInf(v, 0) && !math.IsNaN(v) && !isHex(f) && strings.IndexByte(f, '_') < 0 {
		return v, ""
	}
	odd := isNonFinite(f) || isHex(f) || strings.Contains(f, "_") && strings.ContainsAny(f, "0123456789")
	switch {
	case f == "":
		return 0, "empty field"
	case errors.Is(err, strconv.ErrRange) && !odd:
		return 0, quote(f) + " is out of the range of a float64"
	case odd || err == nil:
		return 0, quote(f) + " is not a finite decimal number"
	}
	return 0, quote(f) + " is not a number"
}

// isHex reports whether f starts, after its sign, with 0x or 0X, the prefix
// of the hexadecimal numbers strconv.ParseFloat reads.
func isHex(f string) bool {
	if f != "" && (f[0] == '+' || f[0] == '-') {
		f = f[1:]
	}
	return len(f) >= 2 && f[0] == '0' && (f[1] == 'x' || f[1] == 'X')
}

// isNonFinite reports whether f spells NaN or ±Inf(inity), in any case.
func isNonFinite(f string) bool {
	switch strings.ToLower(strings.TrimLeft(f, "+-")) {
	case "nan", "inf", "infinity":
		return true
	}
	return false
}

// quote returns f in double quotes, shortened if it is long.
func quote(f string) string {
	if len(f) > 40 {
		f = f[:37] + "..."
	}
	return strconv.Quote(f)
}

// Problem: what is fitted, after -degree and -normalize, and the flags that depend on the data.

// problem is what is fitted: the design matrix after -degree and -normalize.
type problem struct {
	data    *dataset
	X       [][]float64 // as fitted: mapped, and scaled with -normalize
	Xorig   [][]float64 // mapped, in original units (X itself without -normalize)
	mu      []float64   // FeatureNormalize's means and deviations; nil without -normalize
	sigma   []float64
	names   []string  // a name for each θⱼ
	terms   []term    // the model's terms: each column, and a factor's indicator columns together
	theta0  []float64 // the initial θ, in the units of X
	predict []float64 // -predict mapped to [1, features…] in original units; nil without
	// progress shows long work on stderr; nil shows nothing
	progress *progress
}

// term is a term of the model, as R's drop1 takes it: a numeric feature, or
// a factor's indicator columns together; cols are its columns of X.
type term struct {
	name string
	cols []int
}

// newProblem builds the problem from the data and the flags, checking the
// flag values that depend on the data.
func newProblem(d *dataset, opt *options) (*problem, error) {
	n := len(d.names) - 1
	p := &problem{data: d, Xorig: d.X}
	p.names = append([]string{"(intercept)"}, d.names[:n]...)
	if opt.degree > 1 {
		if n != 2 || len(d.columns) != 2 {
			return nil, &usageError{fmt.Sprintf("-degree %d maps two numeric features (x1, x2), but %s has %s", opt.degree, d.file, plural(n, "feature"))}
		}
		if err := opt.mem.fits(len(d.y), (opt.degree+1)*(opt.degree+2)/2, held(d.X)); err != nil {
			return nil, fmt.Errorf("-degree %d: %v", opt.degree, err)
		}
		var err error
		if p.Xorig, p.names, err = mapFeatures(d, opt.degree); err != nil {
			return nil, err
		}
	}
	p.terms = make([]term, 0, len(p.names)-1)
	if opt.degree > 1 {
		for j := 1; j < len(p.names); j++ {
			p.terms = append(p.terms, term{p.names[j], []int{j}})
		}
	} else {
		j := 1
		for _, c := range d.columns {
			k := max(1, len(c.levels)-1) // a factor's indicator columns, or one
			t := term{name: c.name}
			for range k {
				t.cols = append(t.cols, j)
				j++
			}
			p.terms = append(p.terms, t)
		}
	}
	p.X = p.Xorig
	if opt.normalize {
		already := held(p.Xorig) // and the data as read, if -degree mapped them to a copy
		if opt.degree > 1 {
			already += held(d.X)
		}
		if err := opt.mem.fits(len(d.y), len(p.names), already); err != nil {
			return nil, fmt.Errorf("-normalize: %v", err)
		}
		p.X, p.mu, p.sigma = FeatureNormalize(p.Xorig)
	}
	nTheta := len(p.names)
	p.theta0 = make([]float64, nTheta)
	if opt.theta != nil {
		if len(opt.theta) != nTheta {
			return nil, &usageError{fmt.Sprintf("-theta has %s, want %d: θ0 (intercept) to θ%d", plural(len(opt.theta), "number"), nTheta, nTheta-1)}
		}
		p.theta0 = append(p.theta0[:0], opt.theta...)
		if opt.normalize {
			p.theta0 = ThetaToNormalized(p.theta0, p.mu, p.sigma)
		}
	}
	if opt.predict != nil {
		x, err := predictRow(d, opt.predict)
		if err != nil {
			return nil, err
		}
		p.predict = x
		if opt.degree > 1 {
			p.predict = MapFeature(x[1], x[2], opt.degree)
		}
	}
	if len(opt.lambdas) > 1 && opt.folds > len(d.y) {
		return nil, &usageError{fmt.Sprintf("-folds %d: want at most m = %d, one example a fold", opt.folds, len(d.y))}
	}
	if opt.explain && opt.example > len(d.y) {
		return nil, &usageError{fmt.Sprintf("-example %d: %s has %d examples", opt.example, d.file, len(d.y))}
	}
	return p, checkSize(d.count(), len(p.names), len(d.classes), opt)
}

// predictRow returns -predict's example as a row of X, [1, x₁, …]: a number
// for each numeric column the model uses, a level's name for each factor
// (its indicator columns).
func predictRow(d *dataset, values []string) ([]float64, error) {
	var names []string
	for _, c := range d.columns {
		names = append(names, c.name)
	}
	if len(values) != len(d.columns) {
		return nil, &usageError{fmt.Sprintf("-predict has %s, want %d: %s", plural(len(values), "value"), len(d.columns), nameList(names))}
	}
	x := []float64{1}
	for c, term := range d.columns {
		if term.levels == nil {
			v, problem := parseNumber(values[c])
			if problem != "" {
				return nil, &usageError{fmt.Sprintf("-predict: %s, for %s", problem, term.name)}
			}
			x = append(x, v)
			continue
		}
		l, ok := term.index[values[c]]
		if !ok {
			return nil, &usageError{fmt.Sprintf("-predict: %s is not a level of the factor %s, whose levels are %s", quote(values[c]), term.name, nameList(term.levels))}
		}
		indicators := make([]float64, len(term.levels)-1)
		if l > 0 {
			indicators[l-1] = 1
		}
		x = append(x, indicators...)
	}
	return x, nil
}

// checkSize returns an error, before anything of size n² is made, if m
// examples cannot determine the parameters without -lambda, or if Newton's
// method would need more memory than maxNewtonParams allows.
func checkSize(m, params, classes int, opt *options) error {
	if opt.explain {
		return nil // no fit
	}
	if opt.multinomial && (classes-1)*params > maxNewtonParams { // before any Hessian is made
		all := (classes - 1) * params
		return fmt.Errorf("cannot fit: softmax regression of %d classes on %d features has %d parameters ((K − 1)·(n + 1)), more than Newton's method takes here (%d: its Hessian is a %d×%d matrix, %s). "+
			"Remedy: -onevsall, whose fits have %d parameters each; fewer classes (is the label an identifier?) or fewer features",
			classes, params-1, all, maxNewtonParams, all, all, byteSize(8*int64(all)*int64(all)), params)
	}
	if opt.lambdas[0] == 0 && m < params {
		return fmt.Errorf("cannot fit: %s cannot determine %d parameters (θ0 to θ%d): the unregularized optimum is not unique, "+
			"or not finite. Remedy: -lambda 1 (any λ > 0), or fewer features", plural(m, "example"), params, params-1)
	}
	if opt.method == "newton" && params > maxNewtonParams {
		return fmt.Errorf("cannot fit: %d parameters is more than Newton's method takes here (%d: its Hessian is a %d×%d matrix, %d MB). "+
			"Remedy: -method gd, which needs no Hessian", params, maxNewtonParams, params, params, params*params*8>>20)
	}
	return nil
}

// mapFeatures returns the data's two features mapped by MapFeature, rows
// sharing one array, and the names of the terms (x1^2*x2, ...).
func mapFeatures(d *dataset, degree int) (X [][]float64, names []string, err error) {
	x1, x2 := d.names[0], d.names[1]
	names = []string{"(intercept)"}
	for i := 1; i <= degree; i++ {
		for j := 0; j <= i; j++ {
			names = append(names, monomial(x1, i-j, x2, j))
		}
	}
	k := len(names)
	backing := make([]float64, 0, len(d.X)*k)
	X = make([][]float64, len(d.X))
	for i, x := range d.X {
		backing = append(backing, MapFeature(x[1], x[2], degree)...)
		X[i] = backing[i*k : (i+1)*k : (i+1)*k]
		for j, v := range X[i] {
			if math.IsInf(v, 0) || math.IsNaN(v) {
				return nil, nil, &inputError{file: d.file, line: d.lines.at(i),
					msg: fmt.Sprintf("-degree %d: the term %s overflows float64 (%s = %g, %s = %g). Remedy: smaller units for them, or a lower -degree", degree, names[j], x1, x[1], x2, x[2])}
			}
		}
	}
	return X, names, nil
}

// monomial names x1^a * x2^b.
func monomial(x1 string, a int, x2 string, b int) string {
	var parts []string
	for _, f := range []struct {
		name string
		pow  int
	}{{x1, a}, {x2, b}} {
		switch {
		case f.pow == 1:
			parts = append(parts, f.name)
		case f.pow > 1:
			parts = append(parts, fmt.Sprintf("%s^%d", f.name, f.pow))
		}
	}
	return strings.Join(parts, "*")
}

// thetaOriginal returns a θ of the fitted problem in original units.
func (p *problem) thetaOriginal(theta []float64) []float64 {
	if p.mu == nil {
		return theta
	}
	return ThetaToOriginal(theta, p.mu, p.sigma)
}

// Fit: Newton's method or gradient descent, from the initial θ.

// fit is the result of fitting a problem.
type fit struct {
	theta   []float64 // in the units of p.X
	history []float64 // J after each iteration or step
	J       float64
	grad    []float64
	elapsed time.Duration
	// gradNorm is ‖∇J‖ at θ: Newton's, computed with the features standardized,
	// is exact where ∇J of the uncentered X would round (features far from 0)
	gradNorm float64
	err      error // Newton's error, if any
	restart  error // Newton's ErrBadStart from the -theta start, after which it started again from 0
	optimum  bool  // θ is the optimum, to rounding (Newton) or to gdGradTol (gradient descent)
}

// fitProblem runs the chosen method from the initial θ with the given λ.
func fitProblem(p *problem, opt *options, lambda float64) *fit {
	f := &fit{}
	start := time.Now()
	switch {
	case opt.firth:
		f.theta, f.history, f.gradNorm, f.err = Firth(p.X, p.data.y, p.data.w, p.theta0, opt.iters, p.progress.newtonStep("Firth's fit"))
	case opt.method == "gd": // in chunks, to show progress: the same iterations as one call
		f.theta = p.theta0
		for done := 0; done < opt.iters; {
			k := min(gdChunk, opt.iters-done)
			var more []float64
			f.theta, more = GradientDescent(p.X, p.data.y, f.theta, opt.alpha, k, lambda)
			f.history, done = append(f.history, more...), done+k
			p.progress.show("gradient descent: iteration %d of %d, J = %s", done, opt.iters, digits(f.history[len(f.history)-1], 6))
		}
	default:
		f.theta, f.history, f.gradNorm, f.err = NewtonWeighted(p.X, p.data.y, p.data.w, p.theta0, lambda, opt.iters, p.progress.newtonStep("the fit"))
		if errors.Is(f.err, ErrBadStart) {
			// the start was the problem: try again from θ = 0, where every weight h(1 − h) is ¼
			f.restart = f.err
			var more []float64
			f.theta, more, f.gradNorm, f.err = NewtonWeighted(p.X, p.data.y, p.data.w, make([]float64, len(p.theta0)), lambda, opt.iters, p.progress.newtonStep("the fit from θ = 0"))
			f.history = append(f.history, more...)
		}
	}
	f.elapsed = time.Since(start)
	f.J, f.grad = p.cost(f.theta, lambda)
	if opt.firth {
		f.J, f.grad = FirthCost(f.theta, p.X, p.data.y, p.data.w)
	}
	f.optimum = f.err == nil
	if opt.method == "gd" {
		f.gradNorm = euclidean(f.grad)
		f.optimum = f.gradNorm <= gdGradTol
	}
	return f
}

// gdChunk is the iterations of gradient descent between progress lines.
const gdChunk = 1000

// progressAfter is how long work runs before it shows its progress, and
// progressEvery how often a line is written where standard error is not a
// terminal (on a terminal the line is redrawn in place). Variables, so that
// tests can shorten them.
var progressAfter, progressEvery = 2 * time.Second, 5 * time.Second

// progress writes a line on standard error about long work: what is being
// done, once the work has run progressAfter, none for short runs. It keeps
// the latest line, shown or not, for onInterrupt to say where the work was.
type progress struct {
	w           io.Writer
	start, last time.Time
	terminal    bool // redraw in place
	shown       bool // a line on a terminal is there to clear

	mu     sync.Mutex // latest and known are read by onInterrupt's goroutine
	latest string
	known  string // what the work has found so far that the report has not written: the fit's θ
}

// know keeps what the work has found, for onInterrupt to write if the
// report is cut short before it is written.
func (pg *progress) know(format string, args ...any) {
	if pg == nil {
		return
	}
	line := fmt.Sprintf(format, args...)
	pg.mu.Lock()
	defer pg.mu.Unlock()
	pg.known = line
}

// newProgress returns the progress of work starting now, on w.
func newProgress(w io.Writer) *progress {
	pg := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			pg.terminal = true
		}
	}
	return pg
}

// show writes the progress line, if the work has run long enough.
func (pg *progress) show(format string, args ...any) {
	if pg == nil {
		return
	}
	line := fmt.Sprintf(format, args...)
	pg.mu.Lock()
	defer pg.mu.Unlock()
	pg.latest = line
	if time.Since(pg.start) < progressAfter {
		return
	}
	switch {
	case pg.terminal:
		fmt.Fprintf(pg.w, "\r\033[Klogreg: %s", line)
		pg.shown = true
	case pg.last.IsZero() || time.Since(pg.last) >= progressEvery:
		fmt.Fprintln(pg.w, "logreg: "+line)
		pg.last = time.Now()
	}
}

// newtonStep returns the Watch that shows each Newton step of the named fit.
func (pg *progress) newtonStep(fit string) Watch {
	return func(_, step int, J, gradNorm float64) {
		pg.show("%s: Newton step %d, J = %s, ‖∇J‖ = %s", fit, step, digits(J, 6), digits(gradNorm, 3))
	}
}

// classStep returns the Watch that shows each Newton step of one-vs-all's
// fit of each of the classes.
func (pg *progress) classStep(classes []string) Watch {
	return func(k, step int, J, gradNorm float64) {
		pg.show("one-vs-all: class %s (%d of %d) against the rest, Newton step %d, J = %s, ‖∇J‖ = %s",
			classes[k], k+1, len(classes), step, digits(J, 6), digits(gradNorm, 3))
	}
}

// done clears a progress line drawn on a terminal.
func (pg *progress) done() {
	if pg == nil {
		return
	}
	pg.mu.Lock()
	defer pg.mu.Unlock()
	if pg.shown {
		fmt.Fprint(pg.w, "\r\033[K")
		pg.shown = false
	}
}

// onInterrupt makes Ctrl-C (SIGINT) end the program with status 130, saying
// where the work was (the latest progress line) and that what was written
// (the data summary, once it is out) is all there is. It returns the
// function that stops listening.
func onInterrupt(stderr io.Writer, pg *progress) (stop func()) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	quit := make(chan bool)
	go func() {
		select {
		case <-c:
			pg.done()
			pg.mu.Lock() // held to the end: no progress line after this one
			if pg.latest != "" {
				fmt.Fprintf(stderr, "logreg: interrupted at: %s\n", pg.latest)
			}
			if pg.known != "" {
				fmt.Fprintf(stderr, "logreg: known so far: %s\n", pg.known)
			}
			fmt.Fprintln(stderr, "logreg: interrupted: what is above is all that was written (the report is written once it is all computed)")
			os.Exit(130)
		case <-quit:
		}
	}()
	return func() { signal.Stop(c); close(quit) }
}

// thetaList writes θ as "θ0 (intercept) = …, θ1 name = …", its first 10
// entries, for a line.
func thetaList(names []string, theta []float64) string {
	var parts []string
	for j, v := range theta[:min(len(theta), 10)] {
		parts = append(parts, fmt.Sprintf("θ%d %s = %s", j, names[j], digits(v, 6)))
	}
	if len(theta) > 10 {
		parts = append(parts, fmt.Sprintf("… (%d more)", len(theta)-10))
	}
	return strings.Join(parts, ", ")
}

// euclidean returns ‖v‖₂, accumulated by math.Hypot so that no square
// overflows: logreg.go's norm, written again here because main.go uses
// only what logreg.go exports.
func euclidean(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s = math.Hypot(s, x)
	}
	return s
}

// isFinite reports whether no v is NaN or ±Inf: logreg.go's finite, written
// again here because main.go uses only what logreg.go exports.
func isFinite(v ...float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// fitError returns the error, naming the columns, for a fit that cannot be
// made, or nil.
func fitError(err error, p *problem) error {
	var col *ColumnError
	var data *DataError
	switch {
	case errors.As(err, &col) && col.Constant:
		return fmt.Errorf("cannot fit: column %d (%s) is constant, so it cannot be told from the intercept. Remedy: remove it, or -lambda > 0",
			col.Column, p.names[col.Column])
	case errors.As(err, &col):
		return fmt.Errorf("cannot fit: column %d (%s) is, to rounding, a linear combination of the intercept and the columns before it (%s), "+
			"so no unique θ fits (1 − R² of it on them is below 1e-12). Remedy: remove it, or -lambda > 0",
			col.Column, p.names[col.Column], strings.Join(p.names[1:col.Column], ", "))
	case errors.Is(err, ErrUnderdetermined), errors.Is(err, ErrSingular), errors.As(err, &data):
		return fmt.Errorf("cannot fit: %v", err)
	}
	return nil
}

// Report: computed whole into a report, then written in the order of ex2.m,
// with the warnings where they belong; and how its numbers are printed.

// A report is everything the program prints, computed by analyze before a
// line of it is written, and written by write. A part the run did not reach
// — the fit after -explain or after an error — is nil.
type report struct {
	p      *problem
	opt    *options
	lambda float64 // the λ fitted: -lambda's, or the one cross-validation chose

	cv           *cvReport
	dataWarnings []string // after the data and cross-validation: the data's own, and one class only
	learning     *learningCurve
	// Xval and yval are -validate's examples, in original units
	Xval [][]float64
	yval []float64
	// the binary fit
	J0      float64   // the cost at the initial θ
	grad0   []float64 // the gradient there; nil if the run did not reach it
	explain *explanation
	noFit   bool // one class only: no fit is made
	fit     *fit
	theta   []float64 // the fit's θ in original units
	stats   *statistics
	counts  *classification
	predict *prediction
	// the fit to more than two classes
	softmaxExplain *softmaxExplanation
	classes        *classFit

	fitWarnings []string // after the lines that say how the fit went
	plot        string   // the -plot picture, written after the report; "" for none
}

// analyze computes the report of the problem. Its error is a fit that cannot
// be made; the report then holds what comes before it, to be written first.
func analyze(p *problem, opt *options) (*report, error) {
	r := &report{p: p, opt: opt, lambda: opt.lambdas[0], dataWarnings: p.data.warns}
	multi := opt.oneVsAll || opt.multinomial
	if multi && len(p.data.classes) < 2 {
		return r, fmt.Errorf("cannot fit: every example is of class %s; there is nothing to tell apart", p.data.classes[0])
	}
	if opt.validate != "" {
		var err error
		if r.Xval, r.yval, err = readValidation(p, opt); err != nil {
			return r, err
		}
	}
	if len(opt.lambdas) > 1 {
		if err := r.crossValidate(); err != nil {
			return r, err
		}
	}
	if multi {
		return r, r.fitClasses()
	}
	return r, r.fitBinary()
}

// write writes the report after the data summary (which run writes before
// the fit starts) on w and its warnings on stderr, each warning after the
// lines it is about; its error is a plot that cannot be written.
func (r *report) write(w *bufio.Writer, stderr io.Writer) error {
	warn := func(msg string) {
		w.Flush() // the warning comes after the report's lines it is about
		fmt.Fprintf(stderr, "logreg: warning: %s\n", msg)
	}
	if r.cv != nil {
		if err := r.writeCV(w); err != nil {
			return err
		}
	}
	for _, msg := range r.dataWarnings {
		warn(msg)
	}
	if r.opt.oneVsAll || r.opt.multinomial {
		return r.writeClasses(w, warn)
	}
	return r.writeBinary(w, warn)
}

// writePlot writes the -plot file, if there is a picture, and the line that names it.
func (r *report) writePlot(w io.Writer) error {
	if r.plot == "" {
		return nil
	}
	if err := os.WriteFile(r.opt.plot, []byte(r.plot), 0o644); err != nil {
		return fmt.Errorf("cannot write the plot: %v", err)
	}
	fmt.Fprintf(w, "\nPlot: %s\n", r.opt.plot)
	return nil
}

// writeData writes the summary of the data, for two classes and for more.
func writeData(w io.Writer, p *problem, opt *options) {
	d := p.data
	n := len(d.names) - 1
	fmt.Fprintf(w, "Data: %s", d.file)
	if opt.file == "" {
		fmt.Fprintf(w, " (%s)", sampleTitle)
	}
	which := "the last"
	if !d.last {
		which = "chosen by -label"
	}
	fmt.Fprintf(w, "\n  m = %s, n = %s: %s; label: %s (column %d, %s)\n",
		plural(len(d.y), "example"), plural(n, "feature"), nameList(d.names[:n]), d.names[n], d.label, which)
	if d.classes != nil {
		counts := make([]int, len(d.classes))
		for _, c := range d.class {
			counts[c]++
		}
		var parts []string
		for k, c := range d.classes {
			parts = append(parts, fmt.Sprintf("%s (%d)", c, counts[k]))
		}
		fmt.Fprintf(w, "  %d classes: %s\n", len(d.classes), nameList(parts))
	} else {
		pos, neg := d.balance()
		switch {
		case d.trials != nil:
			fmt.Fprintf(w, "  %s successes (y = 1), %s failures (y = 0)\n", count(pos), count(neg))
		case d.w != nil:
			fmt.Fprintf(w, "  %s positive (y = 1), %s negative (y = 0), counted by their weights\n", count(pos), count(neg))
		default:
			fmt.Fprintf(w, "  %s positive (y = 1), %s negative (y = 0)\n", count(pos), count(neg))
		}
	}
	for _, note := range d.notes {
		fmt.Fprintf(w, "  %s\n", note)
	}
	if opt.degree > 1 {
		fmt.Fprintf(w, "  -degree %d: the %d monomials of %s and %s up to degree %d, so θ has %d entries\n",
			opt.degree, len(p.names)-1, d.names[0], d.names[1], opt.degree, len(p.names))
	}
	if opt.lambdas[0] > 0 && len(opt.lambdas) == 1 {
		fmt.Fprintf(w, "  lambda = %g: J includes λ/(2m) Σ_{j≥1} θⱼ²\n", opt.lambdas[0])
	}
	if opt.normalize {
		fmt.Fprintf(w, "  -normalize: features scaled to mean 0 and standard deviation 1; costs and gradients are of the scaled problem, θ is in original units\n")
	}
}

// Cross-validation: a list of -lambda.

// cvReport is the cross-validation of a list of -lambda.
type cvReport struct {
	results []CVResult
	best    int    // the chosen λ's index, −1 for none
	plot    string // the validation curve, for -plot; the fit at the chosen λ adds no picture
	edge    string // a warning that the chosen λ is at an end of the list; "" if not
}

// edgeOfList warns when the chosen λ (results[best]) is the largest λ
// tried, or the smallest with an optimum in every fold other than 0: the
// lowest validation cost may then lie beyond the list. "" if neither.
func edgeOfList(results []CVResult, best int) string {
	if best < 0 {
		return ""
	}
	chosen := results[best].Lambda
	largest, smallest := true, chosen > 0
	for _, r := range results {
		largest = largest && r.Lambda <= chosen
		if r.Converged == len(r.Errs) {
			smallest = smallest && r.Lambda >= chosen
		}
	}
	l := strconv.FormatFloat(chosen, 'g', -1, 64)
	switch {
	case largest:
		return fmt.Sprintf("λ = %s is the largest value tried: the validation cost may fall further beyond it. Remedy: try larger ones, -lambda %s,%s,%s",
			l, l, strconv.FormatFloat(chosen*10, 'g', -1, 64), strconv.FormatFloat(chosen*100, 'g', -1, 64))
	case smallest:
		return fmt.Sprintf("λ = %s is the smallest value tried that has an optimum in every fold: the validation cost may fall further below it. Remedy: try smaller ones, -lambda %s,%s,%s",
			l, strconv.FormatFloat(chosen/100, 'g', -1, 64), strconv.FormatFloat(chosen/10, 'g', -1, 64), l)
	}
	return ""
}

// crossValidate cross-validates the list of -lambda and chooses the λ with
// the lowest validation cost among those whose every fold fit reached an
// optimum; its error is that none did.
func (r *report) crossValidate() error {
	p, opt := r.p, r.opt
	var results []CVResult
	var err error
	switch {
	case opt.validate != "":
		results = r.validationCurve()
	case opt.oneVsAll || opt.multinomial:
		results, err = CrossValidateClasses(p.X, p.data.class, len(p.data.classes), opt.lambdas, opt.folds, opt.iters, opt.multinomial)
	default: // a λ at a time, to show progress: each λ's folds are the same fits either way
		done := "" // the validation costs so far, for the progress line (and Ctrl-C's)
		for k, lambda := range opt.lambdas {
			p.progress.show("cross-validation: λ = %g, %d of %d%s", lambda, k+1, len(opt.lambdas), done)
			var res []CVResult
			if res, err = CrossValidate(p.X, p.data.y, []float64{lambda}, opt.folds, opt.iters); err != nil {
				break
			}
			results = append(results, res...)
			if done == "" {
				done = "; validation cost so far: "
			} else {
				done += ", "
			}
			done += fmt.Sprintf("λ = %g: %s", lambda, digits(res[0].ValidationCost, 6))
		}
	}
	if err != nil {
		return fmt.Errorf("cannot cross-validate: %v", err)
	}
	r.cv = &cvReport{results: results, best: BestLambda(results)}
	r.cv.edge = edgeOfList(results, r.cv.best)
	if r.cv.best < 0 {
		for _, res := range results {
			for f, err := range res.Errs {
				if !errors.Is(err, ErrClassMissing) {
					continue
				}
				seen := make([]bool, len(p.data.classes)) // the classes of the fold's training examples
				for i, c := range p.data.class {
					seen[c] = seen[c] || i%opt.folds != f
				}
				missing := p.data.classes[slices.Index(seen, false)]
				return fmt.Errorf("cannot choose lambda: the training examples of fold %d (all but those i with i mod %d = %d) have no example of class %s, which no λ can fit. "+
					"Remedy: fewer -folds, or the examples of each class spread over the file", f, opt.folds, f, missing)
			}
		}
		return fmt.Errorf("cannot choose lambda: no value in the list gave an optimum in every fold (the data are separable or nearly); try larger values")
	}
	r.lambda = results[r.cv.best].Lambda
	if opt.plot == "" {
		return nil
	}
	var thetas [][]float64 // the fits on all the data at each λ, for two features and two classes
	var optimum []bool
	if len(p.data.names) == 3 && !opt.oneVsAll && !opt.multinomial {
		for _, res := range results {
			theta, _, _, err := Newton(p.X, p.data.y, make([]float64, len(p.names)), res.Lambda, opt.iters)
			thetas, optimum = append(thetas, p.thetaOriginal(theta)), append(optimum, err == nil)
		}
	}
	r.cv.plot = plotCV(p, opt, results, r.cv.best, thetas, optimum)
	return nil
}

// writeCV writes the table of cross-validation, the λ chosen and the
// validation curve's file.
func (r *report) writeCV(w io.Writer) error {
	opt, cv := r.opt, r.cv
	loss := "the unregularized log loss"
	if opt.oneVsAll || opt.multinomial {
		loss = "the multi-class log loss −log p_y"
	}
	if opt.validate != "" {
		fmt.Fprintf(w, "\nValidation on %s (ex5's validationCurve: each λ fitted to all the training examples): costs are %s\n", opt.validate, loss)
	} else {
		fmt.Fprintf(w, "\nCross-validation, %d folds (example i, from 0, in fold i mod %d): costs are %s\n", opt.folds, opt.folds, loss)
	}
	rows := [][]string{{"lambda", "training cost", "validation cost", "validation accuracy", "folds converged"}}
	if opt.validate != "" {
		rows[0][4] = "fit converged"
	}
	for l, res := range cv.results {
		conv := fmt.Sprintf("%d of %d", res.Converged, len(res.Errs))
		if res.Converged < len(res.Errs) {
			conv += fmt.Sprintf(" (not chosen: no finite optimum in %d)", len(res.Errs)-res.Converged)
		}
		mark := ""
		if l == cv.best {
			mark = " *"
		}
		cost := func(v float64) string { // no figure where a fold has no fit
			if math.IsNaN(v) {
				return "—"
			}
			return digits(v, 6)
		}
		rows = append(rows, []string{strconv.FormatFloat(res.Lambda, 'g', -1, 64) + mark, cost(res.TrainCost), cost(res.ValidationCost),
			fmt.Sprintf("%.4f %%", 100*res.ValidationAccuracy), conv})
	}
	printTable(w, rows, []int{0, 14, 16, 20, 16}, r.opt.full)
	if cv.best < 0 {
		return nil // the error follows
	}
	fmt.Fprintf(w, "Chosen: lambda = %g (*), the lowest validation cost; the fit on all the data follows.\n", r.lambda)
	if cv.edge != "" {
		fmt.Fprintf(w, "Warning: %s.\n", cv.edge)
	}
	if cv.plot == "" {
		return nil
	}
	if err := os.WriteFile(opt.plot, []byte(cv.plot), 0o644); err != nil {
		return fmt.Errorf("cannot write the plot: %v", err)
	}
	fmt.Fprintf(w, "Plot: %s (the validation curve)\n", opt.plot)
	return nil
}

// Two classes: the fit, its statistics and its classification.

// fitBinary computes the binary report: the cost at the initial θ, then
// -explain's derivation or the fit and what follows from it.
func (r *report) fitBinary() error {
	p, opt := r.p, r.opt
	pos, neg := p.data.balance()
	single := pos == 0 || neg == 0
	if single {
		label, toward := 0, "−∞" // every y = 0: h → 0 as θ₀ → −∞
		if neg == 0 {
			label, toward = 1, "+∞"
		}
		r.dataWarnings = append(r.dataWarnings, fmt.Sprintf("only one class in the data (every label is %d): the optimum is at infinity, θ₀ → %s, "+
			"and the model can only ever say y = %d. -lambda does not help here, as θ₀ is never penalized. "+
			"Remedy: add examples of the other class.", label, toward, label))
	}
	J0, grad0 := p.cost(p.theta0, r.lambda)
	r.J0, r.grad0 = J0, grad0
	if opt.explain {
		r.explain = explainGradient(p, opt, r.lambda)
		return nil
	}
	if single {
		r.noFit = true
		if opt.plot != "" {
			r.plot = plotSVG(p, opt, nil, J0, nil, "no fit: one class only", nil, nil)
		}
		return nil
	}
	f := fitProblem(p, opt, r.lambda)
	if err := fitError(f.err, p); err != nil {
		return err
	}
	if !isFinite(f.J) || !isFinite(f.theta...) {
		return fmt.Errorf("cannot fit: the numbers overflowed float64 (J = %g): the features are too large; use -normalize", f.J)
	}
	r.fit = f
	r.fitWarnings = binaryWarnings(f, p, opt, r.lambda)
	r.theta = p.thetaOriginal(f.theta)
	p.progress.know("θ found by %s, J = %s: %s", fitName(opt), digits(f.J, 6), thetaList(p.names, r.theta))
	if r.lambda == 0 && f.optimum {
		r.stats = newStatistics(p, opt, f, r.theta)
	}
	r.counts = classify(p, r.theta)
	if p.predict != nil {
		r.predict = predictOne(p, opt, f, r.theta, r.stats)
	}
	if opt.learning {
		r.learning = newLearningCurve(p, opt, r.lambda, r.Xval, r.yval)
	}
	if opt.plot != "" && r.cv == nil {
		note := ""
		if !f.optimum {
			note = "θ is where " + methodName(opt.method) + " stopped, not an optimum (see the warning)"
		}
		r.plot = plotSVG(p, opt, r.theta, J0, f.history, note, r.predict, r.learning)
	}
	return nil
}

// binaryWarnings returns the warnings about a binary fit: no optimum, and
// why; for gradient descent, a rising J too.
func binaryWarnings(f *fit, p *problem, opt *options, lambda float64) []string {
	if opt.method == "gd" {
		return gradientDescentWarnings(f, p, opt, lambda)
	}
	var q *QuasiSeparationError
	switch {
	case errors.Is(f.err, ErrSeparable):
		return []string{"the data are linearly separable: some θ classifies every example correctly, and J keeps " +
			"falling as θ grows along it, so the unregularized fit has no finite optimum and the θ below means nothing. " +
			"Remedy: -firth gives finite estimates with valid standard errors, tests and intervals; -lambda 1 (any λ > 0) a finite, regularized optimum for prediction only."}
	case errors.As(f.err, &q):
		return []string{fmt.Sprintf("the data are quasi-separated: %s %s fitted ever closer to probability 0 or 1 as θ grows "+
			"(%s), while the fit to the rest stays finite; so the unregularized fit has no finite optimum, "+
			"and its θ and standard errors mean nothing. Remedy: -firth gives finite estimates with valid standard errors, tests and intervals; -lambda 1 (any λ > 0) a finite, regularized optimum for prediction only.",
			plural(len(q.Separated), "example"), isAre(len(q.Separated)), exampleList(p.data, q.Separated))}
	case errors.Is(f.err, ErrBadStart):
		return []string{fmt.Sprintf("%v; restarting from θ = 0 did not help either.", f.err)}
	case errors.Is(f.err, ErrNotConverged):
		return []string{fmt.Sprintf("%v; ‖grad J‖ = %.3g. Remedy: more steps (-iters), or -lambda > 0.", f.err, f.gradNorm)}
	}
	return nil
}

// gradientDescentWarnings returns the warnings about gradient descent: that
// it diverged, did not converge, or ran on separable data.
func gradientDescentWarnings(f *fit, p *problem, opt *options, lambda float64) (warnings []string) {
	for k := 1; k < len(f.history); k++ {
		if f.history[k] > f.history[k-1]*(1+1e-12) {
			warnings = append(warnings, fmt.Sprintf("J rose at iteration %d of gradient descent (%s to %s): -alpha %g is too large. Remedy: a smaller -alpha, or -normalize.",
				k+1, digits(f.history[k-1], 6), digits(f.history[k], 6), opt.alpha))
			break
		}
	}
	var separated []int // by the linear program of separation, for an unregularized fit that did not converge
	if lambda == 0 && !f.optimum && len(p.names) <= maxNewtonParams {
		separated, _ = Separation(p.X, p.data.y)
	}
	switch {
	case lambda == 0 && (Separates(f.theta, p.X, p.data.y) || len(separated) == len(p.X)):
		warnings = append(warnings, "the data are linearly separable: some θ classifies every example correctly, and J keeps falling as θ grows, "+
			"so there is no finite optimum for gradient descent to reach. Remedy: -lambda 1 (any λ > 0).")
	case len(separated) > 0:
		warnings = append(warnings, fmt.Sprintf("the data are quasi-separated: %s %s fitted ever closer to probability 0 or 1 as θ grows (%s), "+
			"so there is no finite optimum for gradient descent to reach. Remedy: -lambda 1 (any λ > 0).",
			plural(len(separated), "example"), isAre(len(separated)), exampleList(p.data, separated)))
	case !f.optimum:
		remedy := "more -iters"
		if !opt.normalize {
			remedy += ", -normalize with -alpha 1"
		}
		if len(p.names) <= maxNewtonParams {
			remedy += ", or -method newton"
		}
		warnings = append(warnings, fmt.Sprintf("gradient descent stopped after %d iterations with |grad J| = %.3g, above %g: θ is not the optimum yet. "+
			"Remedy: %s.", len(f.history), f.gradNorm, gdGradTol, remedy))
	}
	return warnings
}

// statistics are those of an unregularized optimum, as R's glm summary,
// confint and MASS::dose.p give them.
type statistics struct {
	cov     *Covariance // nil for more than maxNewtonParams parameters, or with covErr
	covErr  error       // the Hessian is singular
	se, z   []float64   // the coefficient table
	pValues []float64
	// the model block
	residual, null, aic float64
	chi, chiP           float64 // the likelihood-ratio test against the intercept-only model
	// R's logLik (with its df, the parameters), BIC, and McFadden's
	// pseudo-R² 1 − logLik/logLik₀ (statsmodels' prsquared)
	logLik, bic, pseudoR2 float64
	drops                 []drop // R's drop1(fit, test = "LRT"): each term refitted away (-firth: the penalized LR test of each)
	// -firth: the penalized log-likelihood ℓ* and ℓ at the estimate
	firth               bool
	penLogLik, logLikAt float64
	theta               []float64
	dropWhy             string // why there are no drops, if there are terms
	// the confidence intervals, Wald and profile likelihood (profiled is
	// false where m·n² is above maxProfileWork, ok[k] false where θₖ's failed)
	waldLo, waldHi, lo, hi []float64
	profiled               bool
	ok                     []bool
	unbounded              []string // the coefficients with a bound at ±∞
	uncertain              []string // -firth: the coefficients with a bound on a local maximum of the profile
	// one feature: the x at which h = ½, and its standard error (delta method)
	x50, x50se float64
	hasX50     bool
}

// firthStatistics completes the statistics of Firth's estimate θ, as R's
// logistf gives them: ℓ* and ℓ, the penalized LR test of the model and of
// each term, and profile penalized-likelihood intervals.
func (s *statistics) firthStatistics(p *problem, opt *options, theta []float64) *statistics {
	X, y, w := p.Xorig, p.data.y, p.data.w
	m, n := p.data.count(), len(theta)
	W := 0.0
	for i := range y {
		W += p.data.weight(i)
	}
	s.firth = true
	Jstar, _ := FirthCost(theta, X, y, w)
	J, _ := CostFunctionWeighted(theta, X, y, w, 0)
	s.penLogLik, s.logLikAt = -W*Jstar, -W*J
	if n > 1 {
		all := make([]int, n-1)
		for j := range all {
			all[j] = j + 1
		}
		if chi, err := FirthLRTest(theta, X, y, w, all, opt.iters); err == nil {
			s.chi, s.chiP = chi, ChiSquareUpper(chi, n-1)
		}
	}
	if work := float64(m) * float64(n) * float64(n) * float64(len(p.terms)); work > maxDropWork {
		s.dropWhy = fmt.Sprintf("m·n²·terms = %.3g is above %g, and each term takes a refit", work, float64(maxDropWork))
	} else if n > 1 {
		for _, t := range p.terms {
			dr := drop{term: t}
			if dr.chi, dr.err = FirthLRTest(theta, X, y, w, t.cols, opt.iters); dr.err == nil {
				dr.p = ChiSquareUpper(dr.chi, len(t.cols))
			}
			s.drops = append(s.drops, dr)
		}
	}
	s.intervals(p, opt, theta, func(k int) (lo, hi float64, err error) {
		return FirthProfileInterval(theta, X, y, w, k, opt.level)
	})
	return s
}

// drop is a term's row of drop1's table: the fit without it.
type drop struct {
	term                  term
	residual, aic, chi, p float64
	err                   error // the fit without the term has no optimum
}

// maxDropWork bounds m·n²·terms, the work of drop1's refits (each a Newton
// fit of m examples and up to n parameters, a few seconds at this bound).
const maxDropWork = 1e9

// newStatistics computes the statistics of the unregularized optimum θ (in
// original units).
func newStatistics(p *problem, opt *options, f *fit, theta []float64) *statistics {
	s := &statistics{theta: theta}
	if len(theta) > maxNewtonParams {
		return s
	}
	if s.cov, s.covErr = NewCovarianceWeighted(theta, p.Xorig, p.data.w); s.covErr != nil {
		return s
	}
	s.se, s.z, s.pValues = s.cov.Wald(theta)
	X, y, w := p.Xorig, p.data.y, p.data.w
	m, n := p.data.count(), len(theta)
	s.residual, s.null, s.aic = DeviancesWeighted(theta, X, y, w, p.data.trials)
	if opt.firth {
		return s.firthStatistics(p, opt, theta)
	}
	if n > 1 {
		s.chi = max(0, s.null-s.residual) // not below 0: the null model is the full one with θⱼ = 0
		s.chiP = ChiSquareUpper(s.chi, n-1)
	}
	s.logLik = float64(n) - s.aic/2 // AIC = −2 logLik + 2n
	s.bic = -2*s.logLik + float64(n)*math.Log(float64(m))
	s.pseudoR2 = 1 - s.logLik/(s.logLik-(s.null-s.residual)/2) // logLik₀ = logLik − (null − residual)/2
	if work := float64(m) * float64(n) * float64(n) * float64(len(p.terms)); work > maxDropWork {
		s.dropWhy = fmt.Sprintf("m·n²·terms = %.3g is above %g, and each term takes a refit", work, float64(maxDropWork))
	} else if n > 1 {
		s.drops = dropEach(p, opt, theta, s.residual)
	}
	s.intervals(p, opt, theta, func(k int) (lo, hi float64, err error) {
		return ProfileIntervalWeighted(theta, X, y, w, k, opt.level)
	})
	return s
}

// intervals computes the Wald intervals θₖ ± z·seₖ, the profile intervals
// of profile (unless m·n² is above maxProfileWork), and x₅₀ for one
// feature: x₅₀ = −θ₀/θ₁, by the delta method: ∇x₅₀ = −(1, x₅₀)/θ₁, so
// se = SE((1, x₅₀)ᵀθ)/|θ₁|, with no θ₁² to overflow or underflow.
func (s *statistics) intervals(p *problem, opt *options, theta []float64, profile func(k int) (lo, hi float64, err error)) {
	m, n := p.data.count(), len(theta)
	z := NormalCritical(opt.level)
	s.profiled = float64(m)*float64(n)*float64(n) <= maxProfileWork
	s.waldLo, s.waldHi = make([]float64, n), make([]float64, n)
	s.lo, s.hi, s.ok = make([]float64, n), make([]float64, n), make([]bool, n)
	for k, name := range p.names {
		s.waldLo[k], s.waldHi[k] = theta[k]-z*s.se[k], theta[k]+z*s.se[k]
		if !s.profiled {
			continue
		}
		p.progress.show("profile interval %d of %d (%s)", k+1, n, name)
		if lo, hi, err := profile(k); err == nil || errors.Is(err, ErrProfileUncertain) {
			s.lo[k], s.hi[k], s.ok[k] = lo, hi, true
			if err != nil {
				s.uncertain = append(s.uncertain, name)
			}
			if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
				s.unbounded = append(s.unbounded, name)
			}
		}
	}
	if n == 2 && opt.degree == 1 {
		s.hasX50 = true
		if theta[1] != 0 {
			s.x50 = -theta[0] / theta[1]
			s.x50se = s.cov.SE([]float64{1, s.x50}) / math.Abs(theta[1])
		}
	}
}

// dropEach refits the model without each of its terms in turn, from the
// full fit's θ less the term's entries, as R's drop1(fit, test = "LRT"):
// the deviance and AIC without the term, and χ² = its deviance less the
// full model's, on as many df as the term has columns.
func dropEach(p *problem, opt *options, theta []float64, residual float64) []drop {
	d := p.data
	drops := make([]drop, len(p.terms))
	for k, t := range p.terms {
		p.progress.show("likelihood-ratio test %d of %d (%s)", k+1, len(p.terms), t.name)
		keep := make([]int, 0, len(theta))
		for j := range theta {
			if !slices.Contains(t.cols, j) {
				keep = append(keep, j)
			}
		}
		X := make([][]float64, len(p.Xorig))
		backing := make([]float64, len(X)*len(keep))
		for i, x := range p.Xorig {
			X[i] = backing[i*len(keep) : (i+1)*len(keep)]
			for c, j := range keep {
				X[i][c] = x[j]
			}
		}
		start := make([]float64, len(keep))
		for c, j := range keep {
			start[c] = theta[j]
		}
		drops[k].term = t
		fitted, _, _, err := NewtonWeighted(X, d.y, d.w, start, 0, opt.iters)
		if err != nil {
			drops[k].err = err
			continue
		}
		drops[k].residual, _, drops[k].aic = DeviancesWeighted(fitted, X, d.y, d.w, d.trials)
		drops[k].chi = max(0, drops[k].residual-residual)
		drops[k].p = ChiSquareUpper(drops[k].chi, len(t.cols))
	}
	return drops
}

// classification counts a fit's predictions at h ≥ 0.5 (predict.m's rule)
// against the labels, and holds the area under the ROC curve.
type classification struct {
	tp, fp, tn, fn float64 // counted by the examples' weights
	auc            float64
}

// classify classifies the examples by θ (in original units), from one pass of h.
func classify(p *problem, theta []float64) *classification {
	y := p.data.y
	c := &classification{}
	count := func(i int, h float64) { // the course's predict.m: 1 where h ≥ 0.5
		pos := p.data.weight(i) * y[i] // the example's weight of y = 1, and of y = 0
		neg := p.data.weight(i) * (1 - y[i])
		if h >= 0.5 {
			c.tp, c.fp = c.tp+pos, c.fp+neg
		} else {
			c.fn, c.tn = c.fn+pos, c.tn+neg
		}
	}
	if p.data.w != nil || slices.ContainsFunc(y, func(v float64) bool { return v != 0 && v != 1 }) {
		h := make([]float64, len(y))
		for i, x := range p.Xorig {
			h[i] = Hypothesis(theta, x)
			count(i, h[i])
		}
		c.auc = AUCWeighted(h, y, p.data.w)
		return c
	}
	// labels 0 and 1: the smaller class's h held, the other's made again and
	// counted against them (AUCCounter), so that one array of scores is half
	// the examples at most
	P := 0
	for _, v := range y {
		P += int(v)
	}
	hold := 0.0
	if 2*P <= len(y) {
		hold = 1
	}
	held := make([]float64, 0, min(P, len(y)-P))
	for i, x := range p.Xorig {
		h := Hypothesis(theta, x)
		count(i, h)
		if y[i] == hold {
			held = append(held, h)
		}
	}
	a := NewAUCCounter(held, hold == 1)
	for i, x := range p.Xorig {
		if y[i] != hold {
			a.Add(Hypothesis(theta, x))
		}
	}
	c.auc = a.AUC()
	return c
}

// prediction is -predict's: h at the new example and, for an unregularized
// optimum, its Wald interval on the logit scale; else why there is none.
type prediction struct {
	h          float64
	why        string // why there is no interval; "" when there is one
	eta, z, se float64
	overflow   bool // θᵀx is NaN: its terms overflow float64 to +Inf and −Inf
}

// predictOne computes -predict's probability at θ (in original units).
func predictOne(p *problem, opt *options, f *fit, theta []float64, s *statistics) *prediction {
	var cov *Covariance
	if s != nil {
		cov = s.cov
	}
	return predictionAt(theta, p.predict, noInterval(f, s), cov, opt.level)
}

// predictionAt is the prediction at x of θ, with its interval from cov at
// level unless noInterval says why there is none (see noInterval).
func predictionAt(theta, x []float64, noInterval string, cov *Covariance, level float64) *prediction {
	r := &prediction{h: Hypothesis(theta, x)}
	switch z := LinearPredictor(theta, x); {
	case math.IsNaN(z):
		r.overflow = true
	case math.IsInf(z, 0):
		r.why = " (θᵀx is ±Inf in float64: h is 0 or 1 to every digit)"
	case noInterval != "":
		r.why = " (" + noInterval + ")"
	default:
		r.eta, r.z, r.se = z, NormalCritical(level), cov.SE(x)
	}
	return r
}

// write writes -predict's line for the example of the values, and its
// interval's.
func (q *prediction) write(w io.Writer, values []string, opt *options) {
	if q.overflow {
		fmt.Fprintf(w, "For x = (%s): θᵀx overflows float64 (its terms are ±Inf): no probability\n", strings.Join(values, ", "))
		return
	}
	fmt.Fprintf(w, "For x = (%s): P(y = 1) = h(θᵀx) = %s", strings.Join(values, ", "), probability(q.h))
	if q.why != "" {
		fmt.Fprint(w, q.why)
	} else {
		fmt.Fprintf(w, "\n  %s%% confidence interval: %s to %s (Wald, on the logit scale: θᵀx = %s ± %s·%s, through g)",
			levelPercent(opt.level), digits(Sigmoid(q.eta-q.z*q.se), 6), digits(Sigmoid(q.eta+q.z*q.se), 8), digits(q.eta, 6), digits(q.z, 4), digits(q.se, 6))
	}
	fmt.Fprintln(w)
}

// writeClassProbabilities writes -predict's line for more classes: each
// class's probability (for one-vs-all its own h) and the predicted class.
func writeClassProbabilities(w io.Writer, values, classes []string, probs []float64, oneVsAll bool, best int) {
	fmt.Fprintf(w, "For x = (%s):", strings.Join(values, ", "))
	for k, name := range classes {
		if oneVsAll {
			fmt.Fprintf(w, " h(%s) = %s", name, digits(probs[k], 6))
		} else {
			fmt.Fprintf(w, " P(%s) = %s", name, digits(probs[k], 6))
		}
	}
	fmt.Fprintf(w, "; predicted class: %s\n", classes[best])
}

// noInterval says why a binary fit gives no interval of h, "" when it
// gives one: s are its statistics, nil for λ > 0.
func noInterval(f *fit, s *statistics) string {
	switch {
	case !f.optimum:
		return "from a θ that is not an optimum: see the warning"
	case s == nil:
		return "no confidence interval: it needs the unregularized optimum's covariance, and -lambda > 0 changes what θ estimates"
	case s.covErr != nil:
		return fmt.Sprintf("no confidence interval: %v", s.covErr)
	case s.cov == nil:
		return fmt.Sprintf("no confidence interval: its covariance is not computed for more than %d parameters", maxNewtonParams)
	}
	return ""
}

// writeBinary writes the binary report after the data: the cost at the
// initial θ, then the derivation or the fit, θ, its statistics, the cost,
// the classification, the prediction and the plot.
func (r *report) writeBinary(w io.Writer, warn func(string)) error {
	p, opt := r.p, r.opt
	if r.grad0 == nil {
		return nil // cross-validation chose no λ: the error follows
	}
	initial := "zeros"
	if opt.theta != nil {
		initial = "-theta"
	}
	if !opt.summary { // ex2.m's lines, for the learner
		fmt.Fprintf(w, "\nCost at initial theta (%s): %s\n", initial, digits(r.J0, 6))
		fmt.Fprintf(w, "Gradient at initial theta (%s):\n", initial)
		printByName(w, p.names, r.grad0, r.opt.full)
	}
	switch {
	case r.explain != nil:
		r.explain.write(w, p, opt, r.lambda)
		return nil
	case r.noFit:
		fmt.Fprintf(w, "\nFit: none: with one class there is no finite optimum (see the warning).\n")
		return r.writePlot(w)
	case r.fit == nil:
		return nil // the fit could not be made: the error follows
	}
	f := r.fit
	describeFit(w, f, opt, r.lambda)
	for _, msg := range r.fitWarnings {
		warn(msg)
	}
	table := r.stats != nil && r.stats.cov != nil // the coefficient table holds θ
	switch {
	case opt.summary && table: // each number once
	case f.optimum:
		fmt.Fprintf(w, "\nTheta found by %s:\n", fitName(opt))
		printByName(w, p.names, r.theta, r.opt.full)
	default:
		fmt.Fprintf(w, "\nTheta where %s stopped (not an optimum):\n", fitName(opt))
		printByName(w, p.names, r.theta, r.opt.full)
	}
	if r.stats != nil {
		printCoefficients(w, r.theta, p.names, r.stats, r.opt.full)
		if r.stats.cov != nil {
			r.stats.writeModel(w, p, opt, len(f.history))
		}
	}
	switch {
	case opt.summary:
		fmt.Fprintln(w)
	case f.optimum && opt.firth:
		fmt.Fprintf(w, "\nPenalized cost at theta found, J* = J − log det I/(2m): %s\n", digits(f.J, 6))
	case f.optimum:
		fmt.Fprintf(w, "\nCost at theta found: %s\n", digits(f.J, 6))
	default:
		fmt.Fprintf(w, "\nCost at this theta: %s\n", digits(f.J, 6))
	}
	r.counts.write(w, !opt.summary)
	if r.predict != nil {
		fmt.Fprintln(w)
		r.predict.write(w, opt.predict, opt)
	}
	if r.learning != nil {
		r.learning.write(w, opt)
	}
	return r.writePlot(w)
}

// validationTitle names how the validation curve was made.
func validationTitle(opt *options) string {
	if opt.validate != "" {
		return "Validation curve, on " + opt.validate
	}
	return fmt.Sprintf("Validation curve, %d folds", opt.folds)
}

// readValidation reads -validate's file by the training data's columns (as
// -newdata reads a file, see scanFile), its label as the training file's
// is read; a row with a missing value is left out.
func readValidation(p *problem, opt *options) (X [][]float64, y []float64, err error) {
	d := p.data
	pr := &predictor{Kind: "binary", Degree: opt.degree, Label: d.names[len(d.names)-1], Levels: d.labelLevels}
	for _, c := range d.columns {
		pr.Columns = append(pr.Columns, savedColumn{Name: c.name, Levels: c.levels})
	}
	held := &heldOut{pr: pr}
	header := func(header []string) error {
		if held.label = slices.Index(header, pr.Label); held.label < 0 {
			return &inputError{file: opt.validate, line: 1, msg: fmt.Sprintf("no column named %s, the label", quote(pr.Label))}
		}
		return nil
	}
	file, err := pr.scanFile(opt.validate, header, func(fields []string, line int, x []float64) error {
		if x == nil || isMissing(fields[held.label]) {
			return nil // as the training file's rows with a missing value
		}
		_, yi, _, ok := held.outcome(fields)
		if !ok {
			return &inputError{opt.validate, line, held.label + 1, fmt.Sprintf("label %s is not one the training file's label takes", quote(fields[held.label]))}
		}
		X, y = append(X, x), append(y, yi)
		return nil
	})
	if err == nil && len(X) == 0 {
		err = &inputError{file: file, msg: "no examples with a label and every column the model takes"}
	}
	return X, y, err
}

// validationCurve is ex5's validationCurve: each λ of the list fitted to all
// the training examples, its training cost and its cost and accuracy on
// -validate's examples, as cross-validation's results of one fold.
func (r *report) validationCurve() []CVResult {
	p, opt := r.p, r.opt
	var results []CVResult
	for _, lambda := range opt.lambdas {
		theta, _, _, err := Newton(p.X, p.data.y, make([]float64, len(p.names)), lambda, opt.iters)
		res := CVResult{Lambda: lambda, Errs: []error{err}}
		if err == nil {
			res.Converged = 1
		}
		res.TrainCost, _ = CostFunction(theta, p.X, p.data.y)
		orig := p.thetaOriginal(theta)
		res.ValidationCost, _ = CostFunction(orig, r.Xval, r.yval)
		right := 0
		for i, pred := range Predict(orig, r.Xval) {
			if pred == r.yval[i] {
				right++
			}
		}
		res.ValidationAccuracy = float64(right) / float64(len(r.yval))
		results = append(results, res)
	}
	return results
}

// learningFold is the held-out fold of -learningcurve: the examples i
// (from 0, in file order) with i mod learningFold = 0, as cross-validation's
// fold 0 of 5.
const learningFold = 5

// learningCurve is ex5's learning curve: for each training set size i, the
// fit to the first i training examples, its training error (the
// unregularized J on those i) and its validation error (the unregularized
// J on the held-out examples).
type learningCurve struct {
	lambda              float64
	mTrain, mValidation int // the examples in each
	sizes               []int
	trainErr, valErr    []float64
	optimum             []bool
	grid                bool   // sizes are a grid, not every i
	file                string // -validate's file; "" for the held-out fold
}

// maxLearningSizes bounds the training set sizes fitted: past it, sizes
// spaced evenly on a log scale from the first to all.
const maxLearningSizes = 60

// newLearningCurve fits the first i training examples for each size i
// from the first with both classes, at λ, from θ = 0.
func newLearningCurve(p *problem, opt *options, lambda float64, Xval [][]float64, yval []float64) *learningCurve {
	Xt, yt, Xv, yv := p.X, p.data.y, Xval, yval
	if Xval == nil {
		Xt, yt, Xv, yv = nil, nil, nil, nil
		for i, x := range p.X {
			if i%learningFold == 0 {
				Xv, yv = append(Xv, x), append(yv, p.data.y[i])
			} else {
				Xt, yt = append(Xt, x), append(yt, p.data.y[i])
			}
		}
	}
	lc := &learningCurve{lambda: lambda, mTrain: len(Xt), mValidation: len(Xv), file: opt.validate}
	first := 0 // the first size with both classes
	for i := 1; i < len(yt) && first == 0; i++ {
		if yt[i] != yt[0] {
			first = i + 1
		}
	}
	if first == 0 || len(Xv) == 0 {
		return lc
	}
	sizes := []int{}
	if len(yt)-first+1 <= maxLearningSizes {
		for i := first; i <= len(yt); i++ {
			sizes = append(sizes, i)
		}
	} else {
		lc.grid = true
		for k := range maxLearningSizes {
			i := int(math.Round(float64(first) * math.Pow(float64(len(yt))/float64(first), float64(k)/float64(maxLearningSizes-1))))
			if len(sizes) == 0 || i > sizes[len(sizes)-1] {
				sizes = append(sizes, i)
			}
		}
	}
	for _, i := range sizes {
		theta, _, _, err := Newton(Xt[:i], yt[:i], make([]float64, len(p.names)), lambda, opt.iters)
		Jt, _ := CostFunction(theta, Xt[:i], yt[:i])
		Jv, _ := CostFunction(theta, Xv, yv)
		if Xval != nil { // -validate's examples are in original units
			Jv, _ = CostFunction(p.thetaOriginal(theta), Xv, yv)
		}
		lc.sizes, lc.trainErr, lc.valErr, lc.optimum = append(lc.sizes, i), append(lc.trainErr, Jt), append(lc.valErr, Jv), append(lc.optimum, err == nil)
	}
	return lc
}

// write writes the learning curve's table.
func (lc *learningCurve) write(w io.Writer, opt *options) {
	validation := fmt.Sprintf("the %d held out, the examples i (from 0) with i mod %d = 0", lc.mValidation, learningFold)
	if lc.file != "" {
		validation = fmt.Sprintf("the %d of %s (-validate)", lc.mValidation, lc.file)
	}
	fmt.Fprintf(w, "\nLearning curve at lambda = %g (ex5's): the first i of the %d training examples fitted; validation on %s; errors are the unregularized cost J\n",
		lc.lambda, lc.mTrain, validation)
	if len(lc.sizes) == 0 {
		fmt.Fprintf(w, "  (none: the training examples are of one class, or none is held out)\n")
		return
	}
	if lc.grid {
		fmt.Fprintf(w, "  (%d sizes, evenly spaced on a log scale from the first with both classes, %d, to all)\n", len(lc.sizes), lc.sizes[0])
	}
	rows := [][]string{headerRow("i", "training error", "validation error")}
	for k, i := range lc.sizes {
		rows = append(rows, []string{strconv.Itoa(i), digits(lc.trainErr[k], 6), digits(lc.valErr[k], 6)})
	}
	printTable(w, rows, []int{4, 14, 16}, opt.full)
	var none []string
	for k, ok := range lc.optimum {
		if !ok {
			none = append(none, strconv.Itoa(lc.sizes[k]))
		}
	}
	if none != nil {
		fmt.Fprintf(w, "  no finite optimum (separable at λ = %g), the errors those of θ where Newton's method stopped: i = %s\n", lc.lambda, strings.Join(none, ", "))
	}
}

// describeFit writes the line that says how the fit went.
func describeFit(w io.Writer, f *fit, opt *options, lambda float64) {
	fmt.Fprintf(w, "\nFit: %s, lambda = %g: ", fitName(opt), lambda)
	if opt.method == "gd" {
		fmt.Fprintf(w, "alpha = %g, %s", opt.alpha, plural(len(f.history), "iteration"))
	} else {
		outcome := "converged"
		switch {
		case errors.Is(f.err, ErrSeparable):
			outcome = "stopped, the data are separable,"
		case errors.Is(f.err, ErrQuasiSeparated):
			outcome = "stopped, the data are quasi-separated,"
		case f.err != nil:
			outcome = "did not converge"
		}
		fmt.Fprintf(w, "%s in %s", outcome, plural(len(f.history), "step"))
	}
	fmt.Fprintf(w, ", final |grad J| = %.3g, %s\n", f.gradNorm, f.elapsed.Round(time.Microsecond))
	if f.restart != nil {
		fmt.Fprintf(w, "  The -theta start was poor: Newton stalled there, with examples fitted at the wrong extreme (h ≈ 0 for y = 1, or 1 for y = 0),\n"+
			"  and started again from θ = 0; the steps of both runs are counted.\n")
	}
}

// printCoefficients writes the coefficient table of an unregularized fit, as
// R's glm summary shows it, or why there is none.
func printCoefficients(w io.Writer, theta []float64, names []string, s *statistics, full bool) {
	switch {
	case s.covErr != nil:
		fmt.Fprintf(w, "\nCoefficients: standard errors not available: %v\n", s.covErr)
		return
	case s.cov == nil:
		fmt.Fprintf(w, "\nCoefficients: standard errors not computed for more than %d parameters (an n×n matrix)\n", maxNewtonParams)
		return
	}
	rows := [][]string{{"", "Estimate", "Std. Error", "z value", "Pr(>|z|)"}}
	for j, name := range names {
		rows = append(rows, []string{name, digits(theta[j], 6), digits(s.se[j], 6), digits(s.z[j], 4), pValue(s.pValues[j])})
	}
	fmt.Fprintf(w, "\nCoefficients:\n")
	printTable(w, rows, []int{0, 14, 14, 10, 10}, full)
}

// writeModel writes R's model block — the deviances, the AIC, the
// likelihood-ratio test against the intercept-only model — and the
// confidence intervals of the coefficients, Wald and profile likelihood,
// and for one feature the x at which h = ½ (R's MASS::dose.p).
func (s *statistics) writeModel(w io.Writer, p *problem, opt *options, steps int) {
	m, n := p.data.count(), len(p.names)
	if s.firth {
		s.writeFirthModel(w, p, opt, steps)
		return
	}
	fmt.Fprintf(w, "\n    Null deviance: %s  on %d degrees of freedom\n", digits(s.null, 6), m-1)
	fmt.Fprintf(w, "Residual deviance: %s  on %d degrees of freedom\n", digits(s.residual, 6), m-n)
	fmt.Fprintf(w, "AIC: %s\n", digits(s.aic, 6))
	fmt.Fprintf(w, "Log-likelihood: %s (df = %d); BIC: %s; McFadden's pseudo-R²: %s\n", digits(s.logLik, 6), n, digits(s.bic, 6), digits(s.pseudoR2, 6))
	if opt.method == "newton" && !opt.summary { // -summary's fit line has them
		fmt.Fprintf(w, "Number of Newton steps: %d\n", steps)
	}
	if n > 1 {
		fmt.Fprintf(w, "Likelihood-ratio test against the intercept-only model: χ² = %s on %d df, p %s\n", digits(s.chi, 6), n-1, pEquals(s.chiP))
	}
	switch {
	case s.drops != nil:
		fmt.Fprintf(w, "\nLikelihood-ratio test of each term, the model refitted without it (R's drop1(fit, test = \"LRT\")):\n")
		rows := [][]string{{"", "Df", "Deviance", "AIC", "LRT", "Pr(>Chi)"}, {"<none>", "", digits(s.residual, 6), digits(s.aic, 6), "", ""}}
		for _, d := range s.drops {
			if d.err != nil {
				rows = append(rows, []string{d.term.name, strconv.Itoa(len(d.term.cols)), "no optimum", "", "", ""})
				continue
			}
			rows = append(rows, []string{d.term.name, strconv.Itoa(len(d.term.cols)), digits(d.residual, 6), digits(d.aic, 6), digits(d.chi, 6), pValue(d.p)})
		}
		printTable(w, rows, []int{0, 3, 12, 12, 10, 10}, opt.full)
		for _, d := range s.drops {
			if d.err != nil {
				fmt.Fprintf(w, "  (without %s the fit has no finite optimum: %v)\n", d.term.name, d.err)
			}
		}
	case s.dropWhy != "" && n > 1:
		fmt.Fprintf(w, "\n(likelihood-ratio tests of each term not computed: %s)\n", s.dropWhy)
	}
	s.writeIntervals(w, p, opt, "profile likelihood")
}

// writeIntervals writes the confidence intervals of the coefficients, Wald
// and profile (of the likelihood, or Firth's penalized one: kind), the odds
// ratios through exp, and for one feature the x at which h = ½.
func (s *statistics) writeIntervals(w io.Writer, p *problem, opt *options, kind string) {
	m, n := p.data.count(), len(p.names)
	rows := [][]string{{"", "Wald lower", "Wald upper", "profile lower", "profile upper"}}
	odds := [][]string{{"", "exp(θ)", "Wald lower", "Wald upper", "profile lower", "profile upper"}}
	for k, name := range p.names {
		row := []string{name, digits(s.waldLo[k], 6), digits(s.waldHi[k], 6), "", ""}
		or := []string{name, expDigits(s.theta[k]), expDigits(s.waldLo[k]), expDigits(s.waldHi[k]), "", ""}
		if s.ok[k] {
			row[3], row[4] = digits(s.lo[k], 6), digits(s.hi[k], 6)
			or[4], or[5] = expDigits(s.lo[k]), expDigits(s.hi[k])
		}
		rows, odds = append(rows, row), append(odds, or)
	}
	if kind == "profile likelihood" {
		fmt.Fprintf(w, "\n%s%% confidence intervals:\n", levelPercent(opt.level))
	} else {
		fmt.Fprintf(w, "\n%s%% confidence intervals (Wald, and %s):\n", levelPercent(opt.level), kind)
	}
	printTable(w, rows, []int{0, 12, 12, 14, 14}, opt.full)
	fmt.Fprintf(w, "\nOdds ratios exp(θ), with the %s%% intervals' bounds through exp:\n", levelPercent(opt.level))
	printTable(w, odds, []int{0, 12, 12, 12, 14, 14}, opt.full)
	if !s.profiled {
		fmt.Fprintf(w, "  (profile-likelihood intervals not computed: m·n² = %.3g is above %g, and each bound takes a dozen constrained fits)\n",
			float64(m)*float64(n)*float64(n), float64(maxProfileWork))
	}
	if len(s.unbounded) > 0 {
		fmt.Fprintf(w, "  (±Inf: the likelihood never drops far enough on that side for %s — the data are nearly separated along it)\n", strings.Join(s.unbounded, ", "))
	}
	if len(s.uncertain) > 0 {
		fmt.Fprintf(w, "  (uncertain for %s: a fit with it fixed at its bound, from another start, reaches a higher penalized likelihood, so the profile followed a local maximum)\n", strings.Join(s.uncertain, ", "))
	}
	switch {
	case s.hasX50 && s.x50se == 0: // the slope is 0
		fmt.Fprintf(w, "\nh = 0.5 (even odds) at no %s: its slope is 0, so h is the same for every %s\n", p.names[1], p.names[1])
	case s.hasX50 && !isFinite(s.x50, s.x50se):
		fmt.Fprintf(w, "\nh = 0.5 (even odds) beyond the range of float64: the slope of %s is too small beside the intercept\n", p.names[1])
	case s.hasX50:
		fmt.Fprintf(w, "\nh = 0.5 (even odds) at %s = %s, standard error %s (delta method)\n", p.names[1], digits(s.x50, 6), digits(s.x50se, 6))
	}
}

// writeFirthModel writes the model block of Firth's fit, as logistf's: ℓ*
// and ℓ apart, the penalized LR test of the model and of each term, then the
// intervals as the ML block's (profile penalized likelihood), odds ratios
// and even odds.
func (s *statistics) writeFirthModel(w io.Writer, p *problem, opt *options, steps int) {
	n := len(p.names)
	fmt.Fprintf(w, "\nPenalized log-likelihood ℓ* = ℓ + ½ log det I: %s; log-likelihood ℓ at the estimate: %s\n", digits(s.penLogLik, 6), digits(s.logLikAt, 6))
	if opt.method == "newton" && !opt.summary {
		fmt.Fprintf(w, "Number of Newton steps (Fisher scoring): %d\n", steps)
	}
	if n > 1 {
		fmt.Fprintf(w, "Penalized likelihood-ratio test of the model, every coefficient but the intercept 0 (logistf's): χ² = %s on %d df, p %s\n", digits(s.chi, 6), n-1, pEquals(s.chiP))
	}
	switch {
	case s.drops != nil:
		fmt.Fprintf(w, "\nPenalized likelihood-ratio test of each term held at 0, the rest refitted with the full model's penalty (logistf's):\n")
		rows := [][]string{{"", "Df", "χ²", "Pr(>Chi)"}}
		for _, d := range s.drops {
			if d.err != nil {
				rows = append(rows, []string{d.term.name, strconv.Itoa(len(d.term.cols)), "no fit", ""})
				continue
			}
			rows = append(rows, []string{d.term.name, strconv.Itoa(len(d.term.cols)), digits(d.chi, 6), pValue(d.p)})
		}
		printTable(w, rows, []int{0, 3, 12, 10}, opt.full)
	case s.dropWhy != "" && n > 1:
		fmt.Fprintf(w, "\n(penalized likelihood-ratio tests of each term not computed: %s)\n", s.dropWhy)
	}
	s.writeIntervals(w, p, opt, "profile penalized likelihood")
}

// write writes the training accuracy (ex2.m's, of predict.m's h ≥ 0.5), the
// confusion matrix, precision, recall, and the area under the ROC curve.
func (c *classification) write(w io.Writer, accuracy bool) {
	ratio := func(a, b float64) string {
		if b == 0 {
			return "undefined (0/0)"
		}
		return digits(a/b, 6)
	}
	correct, m := c.tp+c.tn, c.tp+c.tn+c.fp+c.fn // the course's predict.m: 1 where h ≥ 0.5
	if accuracy {                                // ex2.m's line
		fmt.Fprintf(w, "Train accuracy: %f %% (%s of %s)\n", 100*correct/m, count(correct), count(m))
	}
	fmt.Fprintf(w, "Confusion matrix at h ≥ 0.5: TP = %s, FP = %s, TN = %s, FN = %s; precision %s, recall %s\n",
		count(c.tp), count(c.fp), count(c.tn), count(c.fn), ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn))
	fmt.Fprintf(w, "Area under the ROC curve (AUC): %s\n", digits(c.auc, 6))
}

// pEquals formats a p-value after "p": "= 0.004804", or "< 2e-16".
func pEquals(p float64) string {
	if s := pValue(p); !strings.HasPrefix(s, "<") {
		return "= " + s
	}
	return "< 2e-16"
}

// expDigits formats e^v with 6 significant digits, or as e^v itself where
// e^v would underflow or overflow float64 (v beyond ±700), so that no odds
// ratio prints as 0 or +Inf.
func expDigits(v float64) string {
	if math.Abs(v) > 700 && !math.IsInf(v, 0) {
		return "e^" + digits(v, 6)
	}
	return digits(math.Exp(v), 6)
}

// levelPercent formats a level as a percentage, from its shortest decimal
// with the point moved, so that it reads as it was written: 0.95 as "95",
// 0.57 as "57" (not 56.99999999999999), 0.9999999999999999 as
// "99.99999999999999".
func levelPercent(level float64) string {
	whole, frac, _ := strings.Cut(strconv.FormatFloat(level, 'f', -1, 64), ".")
	frac += "00"
	whole = strings.TrimLeft(whole+frac[:2], "0")
	if whole == "" {
		whole = "0"
	}
	if frac = strings.TrimRight(frac[2:], "0"); frac != "" {
		return whole + "." + frac
	}
	return whole
}

// More than two classes: one-vs-all or softmax.

// classFit is a fit to K classes, with what the report says of it.
type classFit struct {
	Theta    [][]float64 // in original units, a row per class (one-vs-all) or per class but the first (softmax)
	errs     []error     // one-vs-all: each class's fit's error
	err      error       // softmax: the fit's error
	history  []float64   // softmax: J after each step
	gradNorm float64
	elapsed  time.Duration
	optimum  bool
	se       [][]float64 // softmax at an unregularized optimum: the standard errors; nil for none
	J        float64     // the cost at Θ (softmax: SoftmaxCost's, with λ)
	classJ   []float64   // one-vs-all: each class's binary cost at its θ, with λ
	// one-vs-all: each class's fit separates it from the rest (its θ is
	// then a separating direction, and its boundary decides the class), and
	// each class's standard errors at an unregularized optimum (nil for none)
	separates []bool
	classSE   [][]float64
	// the softmax model block, as statsmodels' MNLogit gives it, at an
	// unregularized optimum: the log-likelihood, that of the intercept-only
	// model (each class at its share), the LR test against it
	logLik, logLik0, chi, chiP float64
	pred                       []int     // each example's predicted class
	probs                      []float64 // -predict: each class's probability (one-vs-all: its h)
	best                       int       // -predict: the predicted class
}

// fitClasses computes the report of a fit to more than two classes: the
// derivation for -explain, or the fit, its predictions and the plot.
func (r *report) fitClasses() error {
	p, opt, d := r.p, r.opt, r.p.data
	K := len(d.classes)
	if opt.explain {
		r.softmaxExplain = explainSoftmax(p, opt, r.lambda)
		return nil
	}
	c := &classFit{optimum: true}
	start := time.Now()
	if opt.oneVsAll {
		var err error
		c.Theta, c.errs, err = OneVsAll(p.X, d.class, K, r.lambda, opt.iters, p.progress.classStep(d.classes))
		c.elapsed = time.Since(start)
		if err != nil {
			return fitError(err, p)
		}
		for k, err := range c.errs {
			yk := make([]float64, len(d.class)) // class k or not
			for i, ki := range d.class {
				if ki == k {
					yk[i] = 1
				}
			}
			J, _ := CostFunctionReg(c.Theta[k], p.X, yk, r.lambda) // of the fitted problem, as the binary report's
			c.classJ = append(c.classJ, J)
			if err != nil {
				c.optimum = false
				r.fitWarnings = append(r.fitWarnings, fmt.Sprintf("class %s against the rest: %v. Remedy: -lambda 1 (any λ > 0) gives a finite, regularized optimum.", d.classes[k], err))
			}
			c.Theta[k] = p.thetaOriginal(c.Theta[k])
			c.separates = append(c.separates, errors.Is(err, ErrSeparable) && Separates(c.Theta[k], p.Xorig, yk))
			var se []float64
			if err == nil && r.lambda == 0 {
				if cov, cerr := NewCovariance(c.Theta[k], p.Xorig); cerr == nil {
					se, _, _ = cov.Wald(c.Theta[k])
				}
			}
			c.classSE = append(c.classSE, se)
		}
		for _, x := range p.Xorig {
			c.pred = append(c.pred, c.predictOneVsAll(x))
		}
	} else {
		c.Theta, c.history, c.gradNorm, c.err = Multinomial(p.X, d.class, K, r.lambda, opt.iters, p.progress.newtonStep("the softmax fit"))
		c.elapsed = time.Since(start)
		if err := fitError(c.err, p); err != nil {
			return err
		}
		c.J, _ = SoftmaxCost(c.Theta, p.X, d.class, r.lambda) // of the fitted problem, as the binary report's
		for k := range c.Theta {
			c.Theta[k] = p.thetaOriginal(c.Theta[k])
		}
		if c.err != nil {
			c.optimum = false
			why := c.err.Error()
			var sep *ClassSeparationError
			if errors.As(c.err, &sep) {
				var groups []string
				for _, g := range sep.Groups {
					var names []string
					for _, k := range g {
						names = append(names, d.classes[k])
					}
					groups = append(groups, "{"+strings.Join(names, ", ")+"}")
				}
				switch {
				case sep.All:
					why = "the classes are linearly separable, each from the others"
				case len(groups) > 1:
					why = "the classes fall into groups that a direction separates from one another, " + strings.Join(groups, " and ")
				default:
					why = fmt.Sprintf("%s %s fitted ever closer to their class (%s)", plural(len(sep.Separated), "example"), isAre(len(sep.Separated)), exampleList(d, sep.Separated))
				}
				why += ", so the unregularized softmax has no finite optimum"
			}
			r.fitWarnings = append(r.fitWarnings, why+". Remedy: -lambda 1 (any λ > 0) gives a finite, regularized optimum.")
		}
		c.pred = PredictMultinomial(c.Theta, p.Xorig)
		if c.err == nil && r.lambda == 0 {
			c.se, _ = MultinomialStdErrors(c.Theta, p.Xorig)
			m := float64(len(d.class))
			c.logLik = -m * c.J
			counts := make([]float64, K)
			for _, k := range d.class {
				counts[k]++
			}
			for _, n := range counts {
				if n > 0 {
					c.logLik0 += n * math.Log(n/m)
				}
			}
			c.chi = max(0, 2*(c.logLik-c.logLik0))
			c.chiP = ChiSquareUpper(c.chi, (K-1)*(len(p.names)-1))
		}
	}
	predict := func(x []float64) int {
		if opt.oneVsAll {
			return c.predictOneVsAll(x)
		}
		return PredictMultinomial(c.Theta, [][]float64{x})[0]
	}
	if x := p.predict; x != nil {
		if opt.oneVsAll {
			for k := range K {
				c.probs = append(c.probs, Hypothesis(c.Theta[k], x))
			}
		} else {
			c.probs = SoftmaxProbabilities(c.Theta, x)
		}
		c.best = predict(x)
	}
	r.classes = c
	if opt.plot != "" && r.cv == nil {
		note := ""
		if !c.optimum {
			note = "Θ is where Newton's method stopped, not an optimum (see the warning)"
		}
		costs := []costLine{{J0: math.Log(float64(K)), history: c.history}}
		if opt.oneVsAll { // each class's fit against the rest, from J = log 2 at θ = 0
			costs = nil
			for k, name := range d.classes {
				y := make([]float64, len(d.class))
				for i, ci := range d.class {
					if ci == k {
						y[i] = 1
					}
				}
				_, history, _, _ := Newton(p.X, y, make([]float64, len(p.names)), r.lambda, opt.iters)
				costs = append(costs, costLine{name: name, J0: math.Log(2), history: history})
			}
		}
		r.plot = plotClasses(p, opt, predict, costs, note)
	}
	return nil
}

// predictOneVsAll returns the class of x under a one-vs-all fit: that of a
// class whose fit separates it from the rest if x is on its side of the
// boundary, where that class's θ decides (its h, from a separating
// direction of no particular length, is not comparable with the others');
// else the class with the largest h among the others, as predictOneVsAll.m.
func (c *classFit) predictOneVsAll(x []float64) int {
	best, bestZ := -1, math.Inf(-1)
	for k, theta := range c.Theta {
		z := LinearPredictor(theta, x)
		if c.separates[k] {
			if z > 0 {
				return k
			}
			continue
		}
		if z > bestZ {
			best, bestZ = k, z
		}
	}
	if best < 0 { // every class separated, and x on none's side
		return PredictOneVsAll(c.Theta, [][]float64{x})[0]
	}
	return best
}

// writeClasses writes the report of a fit to more than two classes, after
// the data: the fit of each class (one-vs-all) or of the softmax (with
// standard errors for an unregularized optimum), Θ, the training accuracy,
// the K × K confusion matrix, the -predict probabilities and the plot.
func (r *report) writeClasses(w io.Writer, warn func(string)) error {
	p, opt, d, c := r.p, r.opt, r.p.data, r.classes
	if r.softmaxExplain != nil {
		r.softmaxExplain.write(w, p, r.lambda, r.opt.full)
		return nil
	}
	if c == nil {
		return nil // the fit could not be made: the error follows
	}
	K := len(d.classes)
	header := append([]string{""}, d.classes...)
	if opt.oneVsAll {
		fmt.Fprintf(w, "\nFit: one-vs-all, %d binary fits by Newton's method, lambda = %g, %s\n", K, r.lambda, c.elapsed.Round(time.Microsecond))
		for k, err := range c.errs {
			status := "converged"
			switch {
			case errors.Is(err, ErrSeparable):
				status = "no finite optimum: the class is linearly separable from the rest"
			case errors.Is(err, ErrQuasiSeparated):
				status = "no finite optimum: the class is quasi-separated from the rest"
			case err != nil:
				status = "not converged: " + err.Error()
			}
			if c.separates[k] {
				status += " (its θ separates it: its boundary decides the class)"
			}
			fmt.Fprintf(w, "  %s against the rest: %s, J = %s\n", d.classes[k], status, digits(c.classJ[k], 6))
		}
		zq := NormalCritical(opt.level)
		for k, se := range c.classSE {
			if se == nil {
				continue
			}
			rows := [][]string{{d.classes[k] + " against the rest", "Estimate", "Std. Error", "z value", "Pr(>|z|)", "Wald lower", "Wald upper"}}
			for j, name := range p.names {
				z := c.Theta[k][j] / se[j]
				rows = append(rows, []string{name, digits(c.Theta[k][j], 6), digits(se[j], 6), digits(z, 4), pValue(math.Erfc(math.Abs(z) / math.Sqrt2)),
					digits(c.Theta[k][j]-zq*se[j], 6), digits(c.Theta[k][j]+zq*se[j], 6)})
			}
			fmt.Fprintln(w)
			printTable(w, rows, []int{0, 14, 14, 10, 10, 12, 12}, r.opt.full)
		}
		for _, msg := range r.fitWarnings {
			warn(msg)
		}
	} else {
		outcome := "converged"
		switch {
		case errors.Is(c.err, ErrSeparable), errors.Is(c.err, ErrQuasiSeparated):
			outcome = "stopped, the classes are separated,"
		case c.err != nil:
			outcome = "did not converge"
		}
		fmt.Fprintf(w, "\nFit: softmax regression by Newton's method, lambda = %g: %s in %s, final |grad J| = %.3g, %s\n",
			r.lambda, outcome, plural(len(c.history), "step"), c.gradNorm, c.elapsed.Round(time.Microsecond))
		for _, msg := range r.fitWarnings {
			warn(msg)
		}
		header = append([]string{""}, d.classes[1:]...)
		fmt.Fprintf(w, "  θ of the first class, %s, is 0 (the reference); the cost at Θ, J = %s\n", d.classes[0], digits(c.J, 6))
		zq := NormalCritical(opt.level)
		for k := range c.se {
			rows := [][]string{{d.classes[k+1], "Estimate", "Std. Error", "z value", "Pr(>|z|)", "Wald lower", "Wald upper"}}
			for j, name := range p.names {
				z := c.Theta[k][j] / c.se[k][j]
				rows = append(rows, []string{name, digits(c.Theta[k][j], 6), digits(c.se[k][j], 6), digits(z, 4), pValue(math.Erfc(math.Abs(z) / math.Sqrt2)),
					digits(c.Theta[k][j]-zq*c.se[k][j], 6), digits(c.Theta[k][j]+zq*c.se[k][j], 6)})
			}
			fmt.Fprintln(w)
			printTable(w, rows, []int{0, 14, 14, 10, 10, 12, 12}, r.opt.full)
		}
		if c.se != nil {
			params := len(c.Theta) * len(p.names)
			m := float64(len(d.class))
			fmt.Fprintf(w, "  (Wald lower and upper: the %s%% confidence interval)\n", levelPercent(opt.level))
			fmt.Fprintf(w, "\nLog-likelihood: %s (df = %d); of the intercept-only model: %s\n", digits(c.logLik, 6), params, digits(c.logLik0, 6))
			fmt.Fprintf(w, "Deviance: %s; AIC: %s; BIC: %s; McFadden's pseudo-R²: %s\n", digits(-2*c.logLik, 6), digits(-2*c.logLik+2*float64(params), 6),
				digits(-2*c.logLik+float64(params)*math.Log(m), 6), digits(1-c.logLik/c.logLik0, 6))
			fmt.Fprintf(w, "Likelihood-ratio test against the intercept-only model: χ² = %s on %d df, p %s\n", digits(c.chi, 6), len(c.Theta)*(len(p.names)-1), pEquals(c.chiP))
		}
	}
	rows := [][]string{header}
	for j, name := range p.names {
		row := []string{"θ" + strconv.Itoa(j) + " " + name}
		for k := range c.Theta {
			row = append(row, digits(c.Theta[k][j], 6))
		}
		rows = append(rows, row)
	}
	switch {
	case opt.summary && c.se != nil: // the coefficient tables hold Θ: each number once
	case c.optimum:
		fmt.Fprintf(w, "\nTheta, a column per class:\n")
		printTable(w, rows, []int{0, 14}, r.opt.full)
	case opt.oneVsAll: // each column says whether it is an optimum
		for k, err := range c.errs {
			if err != nil {
				rows[0][k+1] += " (no optimum)"
			}
		}
		fmt.Fprintf(w, "\nTheta, a column per class (no optimum: where Newton's method stopped):\n")
		printTable(w, rows, []int{0, 14}, r.opt.full)
	default:
		fmt.Fprintf(w, "\nTheta where Newton's method stopped (not an optimum), a column per class:\n")
		printTable(w, rows, []int{0, 14}, r.opt.full)
	}

	confusion := make([][]int, K)
	for k := range confusion {
		confusion[k] = make([]int, K)
	}
	correct := 0
	for i, k := range d.class {
		confusion[k][c.pred[i]]++
		if c.pred[i] == k {
			correct++
		}
	}
	if opt.summary {
		fmt.Fprintln(w)
	} else {
		fmt.Fprintf(w, "\nTrain accuracy: %f %% (%d of %d)\n", 100*float64(correct)/float64(len(d.class)), correct, len(d.class))
	}
	cm := [][]string{append([]string{"true \\ predicted"}, d.classes...)}
	for k, name := range d.classes {
		row := []string{name}
		for l := range K {
			row = append(row, strconv.Itoa(confusion[k][l]))
		}
		cm = append(cm, row)
	}
	fmt.Fprintf(w, "Confusion matrix:\n")
	printTable(w, cm, []int{0, 6}, r.opt.full)
	if c.probs != nil {
		fmt.Fprintln(w)
		writeClassProbabilities(w, opt.predict, d.classes, c.probs, opt.oneVsAll, c.best)
	}
	return r.writePlot(w)
}

// plotCV returns the picture of cross-validation: the training and
// validation costs against λ on a log axis, λ = 0 placed and labelled at the
// left edge; and, for two features, the decision boundary of the fit on all
// the data at each λ (where Newton stopped, if it has no optimum), as small
// multiples — the course's lesson of
// overfitting and underfitting in one picture.
func plotCV(p *problem, opt *options, results []CVResult, best int, thetas [][]float64, optimum []bool) string {
	const mw, mh = 230, 210 // a small multiple's size
	cols := min(3, len(thetas))
	rows := 0
	if cols > 0 {
		rows = (len(thetas) + cols - 1) / cols
	}
	width, height := panelWidth+cols*mw, max(panelHeight+24, rows*mh+24) // 24 px for the notes, and for the multiples' legend
	var s svg
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	s.title(p, fitDescription(opt))
	s.printf(`<defs><path id="pos" d="M-3 0h6M0-3v6" stroke="#c62828" stroke-width="1.4"/><circle id="neg" r="2.6" fill="none" stroke="#333" stroke-width="1"/></defs>` + "\n")
	s.printf(`<rect width="100%%" height="100%%" fill="white"/>` + "\n")
	// λ on a log axis; λ = 0 a decade left of the smallest positive λ
	lowest := math.Inf(1)
	for _, r := range results {
		if r.Lambda > 0 {
			lowest = math.Min(lowest, math.Log10(r.Lambda))
		}
	}
	if math.IsInf(lowest, 1) {
		lowest = 0
	}
	xpos := func(lambda float64) float64 {
		if lambda == 0 {
			return lowest - 1
		}
		return math.Log10(lambda)
	}
	var xs, costs []float64
	for _, r := range results {
		xs = append(xs, xpos(r.Lambda))
		if r.Converged == len(r.Errs) {
			costs = append(costs, r.TrainCost, r.ValidationCost)
		}
	}
	if len(costs) == 0 {
		costs = []float64{0, 1}
	}
	xlo, xhi := padded(xs)
	ylo, yhi := padded(costs)
	f := newFrame(0, xlo, xhi, ylo, yhi)
	s.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="none" stroke="#444"/>`+"\n", num(f.left), num(f.top), num(f.width), num(f.height))
	yt, yd := ticks(f.y0, f.y1, 0)
	for _, t := range yt {
		s.printf(`<path d="M%s %sh-5" stroke="#444"/>`+"\n", num(f.left), num(f.py(t)))
		s.text(f.left-8, f.py(t)+4, "end", "", strconv.FormatFloat(t, 'f', yd, 64))
	}
	for k, r := range results {
		s.printf(`<path d="M%s %sv5" stroke="#444"/>`+"\n", num(f.px(xs[k])), num(f.top+f.height))
		s.text(f.px(xs[k]), f.top+f.height+18, "middle", "", strconv.FormatFloat(r.Lambda, 'g', -1, 64))
	}
	s.text(f.left+f.width/2, f.top+f.height+40, "middle", "", "λ (log scale; 0 at the left edge)")
	s.text(f.left-55, f.top+f.height/2, "middle", fmt.Sprintf(` transform="rotate(-90 %s %s)"`, num(f.left-55), num(f.top+f.height/2)), "cost (log loss)")
	s.text(f.left+f.width/2, f.top-18, "middle", ` font-weight="bold"`, validationTitle(opt))
	s.printf(`<g id="cv" data-range="%g %g %g %g">`+"\n", f.x0, f.x1, f.y0, f.y1)
	s.clip("clip-cv", f)
	for _, line := range []struct {
		id, style string
		cost      func(CVResult) float64
	}{
		{"train-line", curveStyle, func(r CVResult) float64 { return r.TrainCost }},
		{"validation-line", boundaryStyle, func(r CVResult) float64 { return r.ValidationCost }},
	} {
		var d strings.Builder
		for k, r := range results {
			if r.Converged < len(r.Errs) {
				continue // no optimum in some fold: not on the curve
			}
			cmd := "L"
			if d.Len() == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&d, "%s%s %s", cmd, num(f.px(xs[k])), num(f.py(line.cost(r))))
		}
		s.printf(`<path id="%s" d="%s" %s/>`+"\n", line.id, d.String(), line.style)
	}
	if best >= 0 { // the chosen λ, ringed on the validation curve
		s.printf(`<circle id="chosen" cx="%s" cy="%s" r="6" fill="none" stroke="#111" stroke-width="1.6"/>`+"\n",
			num(f.px(xs[best])), num(f.py(results[best].ValidationCost)))
	}
	s.printf("</g></g>\n")
	s.legend(f, [][2]string{{curveStyle, "training"}, {boundaryStyle, "validation"}})
	var notes []string
	for _, r := range results {
		if r.Converged < len(r.Errs) {
			notes = append(notes, strconv.FormatFloat(r.Lambda, 'g', -1, 64))
		}
	}
	if len(notes) > 0 {
		s.text(f.left, f.top+f.height+84, "start", ` fill="#b71c1c"`, "no finite optimum in some fold, not drawn: λ = "+strings.Join(notes, ", "))
	}
	if best >= 0 {
		s.text(f.left, f.top+f.height+100, "start", ` fill="#555"`, fmt.Sprintf("chosen (ringed): λ = %g, the lowest validation cost", results[best].Lambda))
		if edge := edgeOfList(results, best); edge != "" {
			short, _, _ := strings.Cut(edge, ":")
			s.text(f.left, f.top+f.height+116, "start", ` id="edge" fill="#b71c1c"`, short+": try beyond it")
		}
	}
	// small multiples: the data and the boundary of the fit on all the data at each λ
	if len(thetas) > 0 {
		d := p.data
		x1, x2 := column(d.X, 1), column(d.X, 2)
		ax0, ax1 := padded(x1)
		ay0, ay1 := padded(x2)
		for k, theta := range thetas {
			left, top := float64(panelWidth+(k%cols)*mw+15), float64((k/cols)*mh+40)
			g := frame{left: left, top: top, width: mw - 30, height: mh - 60, x0: ax0, x1: ax1, y0: ay0, y1: ay1}
			title := "λ = " + strconv.FormatFloat(results[k].Lambda, 'g', -1, 64)
			if k == best {
				title += " (chosen)"
			}
			if !optimum[k] {
				title += ": no optimum"
			}
			s.text(g.left+g.width/2, g.top-8, "middle", ` font-weight="bold"`, title)
			frameStyle := `stroke="#444"`
			if k == best {
				frameStyle = `stroke="#111" stroke-width="2.5" id="chosen-multiple"`
			}
			s.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="none" %s/>`+"\n", num(g.left), num(g.top), num(g.width), num(g.height), frameStyle)
			s.printf(`<g class="multiple" data-lambda="%g">`+"\n", results[k].Lambda)
			s.clip(fmt.Sprintf("clip-m%d", k), g)
			s.markers(g, x1, x2, d.y)
			s.printf(`<path class="boundary" d="%s" %s/>`+"\n", boundaryPath(g, theta, opt.degree), boundaryStyle)
			s.printf("</g></g>\n")
		}
		// the multiples' legend, under them: the legend's row sits 62 px below a frame's bottom
		label := d.names[2]
		under := frame{left: panelWidth + 15, top: float64(rows*mh) + 4 - 62}
		s.printf(`<g id="multiples-legend">`)
		s.legend(under, [][2]string{{"#pos", label + " = 1"}, {"#neg", label + " = 0"}, {boundaryStyle, "boundary at that λ"}})
		s.printf("</g>\n")
	}
	s.printf("</svg>\n")
	return s.String()
}

// printTable prints rows of cells, each column as wide as its widest cell
// and at least as minWidth says (its last entry for the columns beyond it),
// the first column to the left, the others to the right.
func printTable(w io.Writer, rows [][]string, minWidth []int, full bool) {
	rows, note := abridged(rows, full)
	width := make([]int, len(rows[0])) // the last minimum stands for the columns after it
	for k := range width {
		width[k] = minWidth[min(k, len(minWidth)-1)]
	}
	for _, row := range rows {
		for k, cell := range row {
			width[k] = max(width[k], displayWidth(cell))
		}
	}
	for _, row := range rows {
		fmt.Fprintf(w, "  %s", padRight(row[0], width[0]))
		for k, cell := range row[1:] {
			fmt.Fprintf(w, " %s", padLeft(cell, width[k+1]))
		}
		fmt.Fprintln(w)
	}
	if note != "" {
		fmt.Fprintf(w, "  %s\n", note)
	}
}

// longRows and wideColumns are the most rows (below the header) and columns
// (right of the names) a table is written with unless -full is given: a
// longer table is cut to its first shortRows rows, a wider one to its first
// wideColumns columns, with a note that says so.
const longRows, shortRows, wideColumns = 60, 40, 12

// abridged returns the rows of a table (the first its header) as they are
// written: whole with full or when they are few, else cut as longRows and
// wideColumns say, with the note that says what was left out; "" for none.
func abridged(rows [][]string, full bool) ([][]string, string) {
	var left []string
	if tall := len(rows) - 1; !full && tall > longRows {
		rows = rows[:1+shortRows]
		left = append(left, fmt.Sprintf("%d more rows", tall-shortRows))
	}
	if wide := len(rows[0]) - 1; !full && wide > wideColumns {
		cut := make([][]string, len(rows))
		for i, row := range rows {
			cut[i] = row[:1+wideColumns]
		}
		rows = cut
		left = append(left, fmt.Sprintf("%d more columns", wide-wideColumns))
	}
	if left == nil {
		return rows, ""
	}
	return rows, fmt.Sprintf("… and %s, left out: -full writes the table whole", strings.Join(left, " and "))
}

// printByName prints θ-shaped values, one a line, as θj name value.
func printByName(w io.Writer, names []string, v []float64, full bool) {
	width := nameWidth(names)
	for j, name := range names {
		if !full && len(names) > longRows && j == shortRows {
			fmt.Fprintf(w, "  … and %d more, left out: -full writes them all\n", len(names)-shortRows)
			break
		}
		fmt.Fprintf(w, "  θ%-3d %s %14s\n", j, padRight(name, width), digits(v[j], 6))
	}
}

// displayWidth returns the columns s takes in a terminal: 2 for an East
// Asian wide or fullwidth character (温), 0 for a combining mark, else 1.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r >= 0x1100 && r <= 0x115f, r >= 0x2e80 && r <= 0x303e, r >= 0x3041 && r <= 0x33ff,
			r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff, r >= 0xa000 && r <= 0xa4cf,
			r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f,
			r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6, r >= 0x1f300 && r <= 0x1f64f,
			r >= 0x1f900 && r <= 0x1f9ff, r >= 0x20000 && r <= 0x3fffd:
			w += 2
		default:
			w++
		}
	}
	return w
}

// padRight returns s and the spaces that make it width columns wide.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-displayWidth(s)))
}

// padLeft returns the spaces that make s width columns wide, and s.
func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-displayWidth(s))) + s
}

func nameWidth(names []string) int {
	width := 0
	for _, name := range names {
		width = max(width, displayWidth(name))
	}
	return width
}

// exampleList names up to five examples by number and line, as "example 4
// (line 5), …".
func exampleList(d *dataset, examples []int) string {
	const most = 5
	var parts []string
	for k, i := range examples {
		if k == most {
			parts = append(parts, fmt.Sprintf("and %d more", len(examples)-most))
			break
		}
		parts = append(parts, fmt.Sprintf("example %d (line %d, y = %g)", i+1, d.lines.at(i), d.y[i]))
	}
	return strings.Join(parts, ", ")
}

// nameList joins the names with commas, the first 20 only when there are
// more, so that a file of 100,000 columns does not make one huge line.
func nameList(names []string) string {
	const most = 20
	if len(names) <= most {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:most], ", ") + fmt.Sprintf(", … (%d more)", len(names)-most)
}

func isAre(k int) string {
	if k == 1 {
		return "is"
	}
	return "are"
}

// fitName names the fit: the method's name, or Firth's.
func fitName(opt *options) string {
	if opt.firth {
		return "Firth's penalized likelihood, by Newton's method with Fisher's information (Fisher scoring)"
	}
	return methodName(opt.method)
}

func methodName(method string) string {
	if method == "gd" {
		return "gradient descent"
	}
	return "Newton's method"
}

// plural returns "1 step", "2 steps".
func plural(k int, noun string) string {
	if k == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", k, noun)
}

// weight returns example i's weight in the fit.
func (d *dataset) weight(i int) float64 {
	if d.w == nil {
		return 1
	}
	return d.w[i]
}

// count returns the examples of weight above 0: R's number of
// observations, of which the degrees of freedom are counted.
func (d *dataset) count() int {
	k := 0
	for i := range d.y {
		if d.weight(i) > 0 {
			k++
		}
	}
	return k
}

// balance returns the weight of the positive (y = 1) and negative examples:
// their numbers without weights, successes and failures with -trials.
func (d *dataset) balance() (pos, neg float64) {
	for i, y := range d.y {
		pos += d.weight(i) * y
		neg += d.weight(i) * (1 - y)
	}
	return pos, neg
}

// cost returns J and ∇J at θ of the fitted problem, weighted if the data are.
func (p *problem) cost(theta []float64, lambda float64) (J float64, grad []float64) {
	if p.data.w == nil {
		return CostFunctionReg(theta, p.X, p.data.y, lambda)
	}
	return CostFunctionWeighted(theta, p.X, p.data.y, p.data.w, lambda)
}

// count formats a count that weights may make fractional.
func count(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 { // a whole count, in all its digits: 8092520, not 8.09252e+06
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

func joinNumbers(v []float64) string {
	parts := make([]string, len(v))
	for k, x := range v {
		parts[k] = strconv.FormatFloat(x, 'g', -1, 64)
	}
	return strings.Join(parts, ", ")
}

// digits formats v with at least the given number of significant digits, as
// R's summary does: fixed, with that many decimals, where this keeps them
// (0.1 ≤ |v| < 1e9: the course's %f for 6), fixed with more decimals down
// to |v| = 1e-4, and e-notation beyond. So no nonzero value prints as 0.000000.
//
// Special cases are:
//
//	digits(0, 6) = "0.000000"
//	digits(0.0123456789, 6) = "0.0123457"
//	digits(-1.55e-5, 6) = "-1.55000e-05"
//	digits(2.5e9, 6) = "2.50000e+09"
func digits(v float64, sig int) string {
	switch a := math.Abs(v); {
	case a == 0 || a >= 0.1 && a < 1e9 || math.IsNaN(v):
		return strconv.FormatFloat(v, 'f', sig, 64)
	case a >= 1e-4 && a < 0.1:
		return strconv.FormatFloat(v, 'f', sig-1-int(math.Floor(math.Log10(a))), 64)
	}
	return strconv.FormatFloat(v, 'e', sig-1, 64)
}

// probability formats a probability h with 6 significant digits, and with
// 1 − h as well when h rounds to 1 in them (1 − h is computed from h, so it
// is exact only to 1e-16).
func probability(h float64) string {
	s := digits(h, 6)
	if h > 0.9999995 && h < 1 {
		s += " (1 - h = " + digits(1-h, 3) + ")"
	}
	return s
}

// pValue formats a p-value with 4 significant digits, its trailing zeros
// kept (0.4000, 0.007400; e-notation below 1e-4, as R's format.pval), and
// "<2e-16" below the float64 epsilon, where erfc has lost its relative
// accuracy.
func pValue(p float64) string {
	switch {
	case p < 2.2e-16:
		return "<2e-16"
	case p < 1e-4:
		return strconv.FormatFloat(p, 'e', 3, 64)
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(p, 'g', 4, 64), 64) // rounded to 4 digits, which may carry: 0.99996 → 1
	return strconv.FormatFloat(v, 'f', max(0, 3-int(math.Floor(math.Log10(v)))), 64)
}

// Predictions: -newdata, and a fit saved (-save) and used again (-model).

// modelFormat and modelVersion mark a file that -save writes.
const (
	modelFormat  = "logreg model"
	modelVersion = 1
)

// predictor is a fit as -newdata, -save and -model use it, and as the
// model file holds it (README's "A saved fit" describes each field): the
// file's columns it takes, in order, and θ in their original units.
type predictor struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Kind    string `json:"kind"` // binary, onevsall or multinomial
	Method  string `json:"method"`
	// Normalize is -normalize's: θ is in the original units either way
	Normalize bool    `json:"normalize"`
	Firth     bool    `json:"firth,omitempty"`
	Lambda    float64 `json:"lambda"`
	Degree    int     `json:"degree"`
	Label     string  `json:"label"`
	// Trials and Weights name the -trials and -weights columns, "" for none
	Trials  string        `json:"trials,omitempty"`
	Weights string        `json:"weights,omitempty"`
	Columns []savedColumn `json:"columns"`
	Names   []string      `json:"names"` // a name for each θⱼ
	// Levels are the label's: a two-level label's, y = 0's and then y = 1's
	// (nil for 0 and 1), or the classes
	Levels []string `json:"levels,omitempty"`
	// Theta has a row for the binary fit, a row a class for one-vs-all, a
	// row a class but the first for softmax
	Theta [][]float64 `json:"theta"`
	// Separates marks the one-vs-all classes whose fit separates them
	Separates []bool `json:"separates,omitempty"`
	Optimum   bool   `json:"optimum"`
	// Covariance holds what the intervals of h need: a binary fit's at an
	// unregularized optimum, else nil
	Covariance *savedCovariance `json:"covariance,omitempty"`
	// NoInterval says why a binary fit has no covariance
	NoInterval string `json:"no_interval,omitempty"`
	cov        *Covariance
}

// savedCovariance is a Covariance's parts (see CovarianceParts) by the
// JSON names of the model file.
type savedCovariance struct {
	Mu []float64   `json:"mu"`
	S  []float64   `json:"s"`
	L  [][]float64 `json:"l"`
	W  float64     `json:"w"`
}

// savedColumn is a file's column the model takes: its name, and a factor's
// levels, the reference first (none for a numeric column).
type savedColumn struct {
	Name   string   `json:"name"`
	Levels []string `json:"levels,omitempty"`
}

// newPredictor returns the predictor of a report's fit.
func newPredictor(r *report) (*predictor, error) {
	p, opt, d := r.p, r.opt, r.p.data
	pr := &predictor{Format: modelFormat, Version: modelVersion, Method: opt.method, Normalize: opt.normalize, Firth: opt.firth, Lambda: r.lambda, Degree: opt.degree,
		Label: d.names[len(d.names)-1], Trials: d.trialsName, Weights: d.weightsName, Names: p.names}
	for _, c := range d.columns {
		pr.Columns = append(pr.Columns, savedColumn{Name: c.name, Levels: c.levels})
	}
	switch {
	case r.classes != nil:
		pr.Kind, pr.Levels, pr.Theta, pr.Optimum = "multinomial", d.classes, r.classes.Theta, r.classes.optimum
		if opt.oneVsAll {
			pr.Kind, pr.Separates = "onevsall", r.classes.separates
		}
	case r.fit != nil:
		pr.Kind, pr.Levels, pr.Theta, pr.Optimum = "binary", d.labelLevels, [][]float64{r.theta}, r.fit.optimum
		if pr.NoInterval = noInterval(r.fit, r.stats); pr.NoInterval == "" {
			parts := r.stats.cov.Parts()
			pr.Covariance, pr.cov = &savedCovariance{Mu: parts.Mu, S: parts.S, L: parts.L, W: parts.W}, r.stats.cov
		}
	default:
		return nil, errors.New("no fit was made, so there is nothing to predict with or to save")
	}
	return pr, nil
}

// save writes the predictor to a JSON file.
func (pr *predictor) save(file string) error {
	text, err := json.MarshalIndent(pr, "", " ")
	if err != nil {
		return fmt.Errorf("cannot save the fit: %v", err)
	}
	if err := os.WriteFile(file, append(text, '\n'), 0o644); err != nil {
		return fmt.Errorf("cannot save the fit: %v", err)
	}
	return nil
}

// loadModel reads a fit that -save wrote, and checks that it holds together.
func loadModel(file string) (*predictor, error) {
	text, err := os.ReadFile(file)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &inputError{file: file, msg: "cannot open: " + err.Error()}
	}
	bad := func(format string, args ...any) error {
		return &inputError{file: file, msg: "not a model file logreg -save wrote: " + fmt.Sprintf(format, args...)}
	}
	pr := &predictor{}
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(pr); err != nil {
		return nil, bad("%v", err)
	}
	switch {
	case pr.Format != modelFormat:
		return nil, bad("its format is %q, want %q", pr.Format, modelFormat)
	case pr.Version != modelVersion:
		return nil, bad("its version is %d, and this logreg reads version %d", pr.Version, modelVersion)
	case pr.Kind != "binary" && pr.Kind != "onevsall" && pr.Kind != "multinomial":
		return nil, bad("its kind is %q, want binary, onevsall or multinomial", pr.Kind)
	case len(pr.Columns) == 0 || pr.Degree < 1 || pr.Degree > 1 && len(pr.Columns) != 2:
		return nil, bad("%d columns with degree %d", len(pr.Columns), pr.Degree)
	}
	n := 1 // the parameters the columns make
	seen := map[string]bool{}
	for _, c := range pr.Columns {
		if seen[c.Name] || c.Levels != nil && (len(c.Levels) < 2 || len(setOf(c.Levels)) != len(c.Levels)) {
			return nil, bad("the column %s is named twice, or its levels are fewer than 2 or repeat", quote(c.Name))
		}
		seen[c.Name] = true
		n += max(1, len(c.Levels)-1)
	}
	switch levels := len(setOf(pr.Levels)); {
	case levels != len(pr.Levels):
		return nil, bad("the label's levels repeat")
	case pr.Kind == "binary" && levels != 0 && levels != 2, pr.Kind != "binary" && levels < 2:
		return nil, bad("%d levels of the label for a fit of kind %s", levels, pr.Kind)
	}
	if pr.Degree > 1 {
		n = (pr.Degree + 1) * (pr.Degree + 2) / 2
	}
	rows := map[string]int{"binary": 1, "onevsall": len(pr.Levels), "multinomial": len(pr.Levels) - 1}[pr.Kind]
	if len(pr.Names) != n || len(pr.Theta) != rows || rows < 1 || pr.Kind == "onevsall" && len(pr.Separates) != rows {
		return nil, bad("%d names and %d rows of θ for %d parameters and %d classes", len(pr.Names), len(pr.Theta), n, len(pr.Levels))
	}
	for _, theta := range pr.Theta {
		if len(theta) != n || !isFinite(theta...) {
			return nil, bad("a row of θ of %d entries, want %d finite ones", len(theta), n)
		}
	}
	switch {
	case pr.Covariance != nil && (pr.Kind != "binary" || !pr.Optimum):
		return nil, bad("a covariance for a fit of kind %s, optimum %v: only a binary fit at its optimum has one", pr.Kind, pr.Optimum)
	case pr.Covariance != nil:
		c := pr.Covariance
		if pr.cov, err = CovarianceFromParts(CovarianceParts{Mu: c.Mu, S: c.S, L: c.L, W: c.W}); err != nil {
			return nil, bad("its covariance: %v", err)
		}
		if len(pr.Covariance.Mu) != n {
			return nil, bad("its covariance is of %d parameters, want %d", len(pr.Covariance.Mu), n)
		}
	case pr.Kind == "binary" && pr.NoInterval == "":
		return nil, bad("a binary fit with neither a covariance nor why it has none (no_interval)")
	}
	return pr, nil
}

// row returns the example of the values (a text each, as read) of the
// model's columns as a row of X, [1, x₁, …] (mapped by -degree); problem
// says which value it cannot take.
func (pr *predictor) row(values []string) (x []float64, problem string, column int) {
	x = []float64{1}
	for c, col := range pr.Columns {
		if col.Levels == nil {
			v, problem := parseNumber(values[c])
			if problem != "" {
				return nil, problem + ", for " + col.Name, c
			}
			x = append(x, v)
			continue
		}
		l := slices.Index(col.Levels, values[c])
		if l < 0 {
			return nil, fmt.Sprintf("%s is not a level of the factor %s, whose levels are %s", quote(values[c]), col.Name, nameList(col.Levels)), c
		}
		indicators := make([]float64, len(col.Levels)-1)
		if l > 0 {
			indicators[l-1] = 1
		}
		x = append(x, indicators...)
	}
	if pr.Degree > 1 {
		x = MapFeature(x[1], x[2], pr.Degree)
	}
	return x, "", -1
}

// probabilities returns, for the example x, the binary fit's h and the
// bounds of its interval at the level (NaN without a covariance), or each
// class's probability; and the predicted class, as an index of Levels (the
// binary fit's 0 or 1).
func (pr *predictor) probabilities(x []float64, level float64) (p []float64, lo, hi float64, class int) {
	lo, hi = math.NaN(), math.NaN()
	switch pr.Kind {
	case "binary":
		q := predictionAt(pr.Theta[0], x, pr.NoInterval, pr.cov, level)
		if q.why == "" && !q.overflow {
			lo, hi = Sigmoid(q.eta-q.z*q.se), Sigmoid(q.eta+q.z*q.se)
		}
		if q.h >= 0.5 {
			class = 1
		}
		return []float64{q.h}, lo, hi, class
	case "onevsall":
		c := &classFit{Theta: pr.Theta, separates: pr.Separates}
		for _, theta := range pr.Theta {
			p = append(p, Hypothesis(theta, x))
		}
		return p, lo, hi, c.predictOneVsAll(x)
	}
	p = SoftmaxProbabilities(pr.Theta, x)
	return p, lo, hi, PredictMultinomial(pr.Theta, [][]float64{x})[0]
}

// className names a predicted class.
func (pr *predictor) className(class int) string {
	if pr.Levels == nil {
		return strconv.Itoa(class)
	}
	return pr.Levels[class]
}

// predictWith writes the predictor's predictions: -predict's line, and
// -newdata's CSV, to -out or to stdout; report is where the held-out
// figures of a -newdata file with the label go (stderr when the CSV takes
// stdout, or nil for a -model run).
func predictWith(pr *predictor, opt *options, report io.Writer, stdout, stderr io.Writer) int {
	if report == nil && !pr.Optimum { // a -model run: the fit's report would have warned
		fmt.Fprintf(stderr, "logreg: warning: %s: its θ is where %s stopped, not an optimum (the fit warned why): these are the predictions of that θ\n", opt.model, methodName(pr.Method))
	}
	if opt.predict != nil && report == nil { // a -model run: the line the fit's report prints
		if len(opt.predict) != len(pr.Columns) {
			return fail(stderr, &usageError{fmt.Sprintf("-predict has %s, want %d: %s", plural(len(opt.predict), "value"), len(pr.Columns), pr.columnNames())})
		}
		x, problem, _ := pr.row(opt.predict)
		if problem != "" {
			return fail(stderr, &usageError{"-predict: " + problem})
		}
		w := bufio.NewWriter(stdout)
		if pr.Kind == "binary" {
			predictionAt(pr.Theta[0], x, pr.NoInterval, pr.cov, opt.level).write(w, opt.predict, opt)
		} else {
			p, _, _, class := pr.probabilities(x, opt.level)
			writeClassProbabilities(w, opt.predict, pr.Levels, p, pr.Kind == "onevsall", class)
		}
		if err := w.Flush(); err != nil {
			return fail(stderr, fmt.Errorf("cannot write the report: %v", err))
		}
	}
	if opt.newdata == "" {
		return 0
	}
	out := stdout
	var outFile *os.File
	if opt.out != "" { // written beside -out and renamed to it when whole, so that an error leaves no half file
		f, err := os.CreateTemp(filepath.Dir(opt.out), "."+filepath.Base(opt.out)+".*")
		if err == nil {
			err = f.Chmod(0o644) // as os.Create's file, not the temporary file's 0600
		}
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return fail(stderr, fmt.Errorf("cannot write the predictions to %s: %v", opt.out, err))
		}
		defer os.Remove(f.Name()) // once renamed, there is nothing of that name to remove
		outFile, out = f, f
	}
	if report == nil || report == io.Discard {
		report = stderr
	}
	err := pr.predictFile(opt, out, report)
	if outFile != nil {
		if cerr := outFile.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("cannot write the predictions: %v", cerr)
		}
		if err == nil {
			if rerr := os.Rename(outFile.Name(), opt.out); rerr != nil {
				err = fmt.Errorf("cannot write the predictions: %v", rerr)
			}
		}
	}
	if err != nil {
		return fail(stderr, err)
	}
	return 0
}

// columnNames lists the model's columns.
func (pr *predictor) columnNames() string {
	var names []string
	for _, c := range pr.Columns {
		names = append(names, c.Name)
	}
	return nameList(names)
}

// scanFile reads a file of examples for the model, as -newdata and
// -validate do: the reader of the training data (separators, quotes,
// UTF-16, decimal commas), a header naming the columns, the model's found by
// name. It calls header with the file's header (an empty name put first
// where the rows have a field more, R's row names) before the first row,
// and row with each row's fields, its line and its example x as a row of X
// (nil for a row with a missing value in a column the model takes). A
// missing column, a value the model cannot take or a row of another width
// is an error naming the file, line and column. It returns the file's name
// as messages give it ("<stdin>" for -).
func (pr *predictor) scanFile(file string, header func([]string) error, row func(fields []string, line int, x []float64) error) (string, error) {
	f := os.Stdin
	if file == "-" {
		file = "<stdin>"
	} else {
		var err error
		if f, err = os.Open(file); err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return file, &inputError{file: file, msg: "cannot open: " + err.Error()}
		}
		defer f.Close()
	}
	text, err := decodeText(file, f)
	if err != nil {
		return file, err
	}
	br := bufio.NewReaderSize(&lineEnds{r: text, file: file}, sniffSize)
	head, err := br.Peek(sniffSize)
	if err := peekError(err); err != nil {
		return file, readError(file, err)
	}
	sep := separator(firstRecord(head))
	var names []string
	var index []int // each model column's field in the file
	width, rows := 0, 0
	err = forEachRecord(br, file, sep, func(fields []string, line int) error {
		if len(fields) == 0 || len(fields) == 1 && fields[0] == "" {
			return nil
		}
		if names == nil { // the header
			names = sanitized(fields)
			index = make([]int, len(pr.Columns))
			for c, col := range pr.Columns {
				if index[c] = slices.Index(names, col.Name); index[c] < 0 {
					return &inputError{file: file, line: line, msg: fmt.Sprintf("no column named %s, which the model takes (its columns: %s)", quote(col.Name), pr.columnNames())}
				}
			}
			width = len(names)
			return nil
		}
		if rows++; rows == 1 {
			if len(fields) == width+1 { // R's write.table: a header without the row names' column
				width, names = width+1, append([]string{""}, names...)
				for c := range index {
					index[c]++
				}
			}
			if err := header(names); err != nil {
				return err
			}
		}
		if len(fields) != width {
			return &inputError{file, line, min(len(fields), width) + 1, fmt.Sprintf("%d fields, want %d as the header", len(fields), width)}
		}
		values := make([]string, len(pr.Columns))
		missing := false
		for c, k := range index {
			values[c] = fields[k]
			if sep == ';' && strings.Count(values[c], ",") == 1 && !strings.Contains(values[c], ".") && pr.Columns[c].Levels == nil {
				values[c] = strings.Replace(values[c], ",", ".", 1) // a decimal comma
			}
			missing = missing || isMissing(values[c])
		}
		var x []float64
		if !missing {
			if x, problem, c := pr.row(values); problem != "" {
				return &inputError{file, line, index[c] + 1, problem}
			} else {
				return row(fields, line, x)
			}
		}
		return row(fields, line, x)
	})
	switch {
	case err != nil:
		return file, err
	case names == nil:
		return file, &inputError{file: file, msg: "empty file: want a header of names and rows of examples"}
	case rows == 0:
		return file, header(names)
	}
	return file, nil
}

// predictFile reads -newdata's file (see scanFile) and writes a CSV line a
// row: its fields as read, then the predictions; a row with a missing value
// in a column the model takes gets empty predictions, and their count goes
// to report, with the held-out figures of a file that has the label's
// column.
func (pr *predictor) predictFile(opt *options, out, report io.Writer) error {
	cw := csv.NewWriter(out)
	var held *heldOut
	var names []string
	var skipped []int
	rows := 0
	header := func(header []string) error {
		label := slices.Index(header, pr.Label)
		held = &heldOut{pr: pr, file: opt.newdata, label: label, trials: slices.Index(header, pr.Trials), weights: slices.Index(header, pr.Weights)}
		switch {
		case label < 0:
		case pr.Trials != "" && held.trials < 0:
			held.why = fmt.Sprintf("it has no column %s, the trials its label %s counts the successes of", quote(pr.Trials), quote(pr.Label))
		case pr.Weights != "" && held.weights < 0:
			held.why = fmt.Sprintf("it has no column %s, the weights of the fit", quote(pr.Weights))
		}
		names = append([]string(nil), header...)
		if pr.Kind == "binary" {
			pct := levelPercent(opt.level)
			names = append(names, "h", "h_lower_"+pct, "h_upper_"+pct, "predicted")
		} else {
			for _, l := range pr.Levels {
				if pr.Kind == "onevsall" { // each class's own h, against the rest: they need not sum to 1
					names = append(names, "h("+l+")")
				} else {
					names = append(names, "P("+l+")")
				}
			}
			names = append(names, "predicted")
		}
		return cw.Write(names)
	}
	file, err := pr.scanFile(opt.newdata, header, func(fields []string, line int, x []float64) error {
		rows++
		row := append([]string(nil), fields...)
		if x == nil {
			skipped = append(skipped, line)
			return cw.Write(append(row, make([]string, len(names)-len(row))...))
		}
		p, lo, hi, class := pr.probabilities(x, opt.level)
		for _, v := range p {
			row = append(row, strconv.FormatFloat(v, 'g', -1, 64))
		}
		if pr.Kind == "binary" {
			for _, v := range []float64{lo, hi} {
				s := ""
				if !math.IsNaN(v) {
					s = strconv.FormatFloat(v, 'g', -1, 64)
				}
				row = append(row, s)
			}
		}
		held.add(fields, x, p, class)
		return cw.Write(append(row, pr.className(class)))
	})
	if err != nil {
		return err
	}
	held.file = file
	if rows == 0 {
		fmt.Fprintf(report, "logreg: %s: no rows below the header: nothing to predict\n", file)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("cannot write the predictions: %v", err)
	}
	if pr.Kind == "binary" && pr.cov == nil {
		fmt.Fprintf(report, "logreg: the columns h_lower_%s and h_upper_%s are empty (%s)\n", levelPercent(opt.level), levelPercent(opt.level), pr.NoInterval)
	}
	if len(skipped) > 0 {
		fmt.Fprintf(report, "logreg: %s: %s with a missing value in a column the model takes: their predictions are empty (%s)\n",
			file, plural(len(skipped), "row"), lineNumbers(skipped))
	}
	held.write(report, opt.full)
	return nil
}

// heldOut is -newdata's account of the rows with a label: the held-out
// log loss, accuracy, confusion matrix and AUC. A row counts by its weight
// W, its trials times its -weights (1 without), as an example of label y
// (y the successes' share of the trials) does in the fit: W·y as a y = 1
// and W·(1 − y) as a y = 0.
type heldOut struct {
	pr                     *predictor
	file                   string
	label, trials, weights int    // their fields in the file, −1 for none
	why                    string // why there are no held-out figures; "" when there are
	rows, unusable         int    // rows counted, and rows with a label that cannot be
	total, right, logLoss  float64
	confusion              [][]float64 // true class by predicted class, by weight
	scores, y, w           []float64   // h, the label and the weight of each count, for the AUC
}

// add counts a row of the file, fields as read, at its example x with its
// probabilities p and predicted class.
func (ho *heldOut) add(fields []string, x, p []float64, class int) {
	if ho.label < 0 || ho.why != "" {
		return
	}
	truth, y, W, ok := ho.outcome(fields)
	if !ok {
		ho.unusable++
		return
	}
	if ho.confusion == nil {
		K := max(len(ho.pr.Levels), 2)
		ho.confusion = make([][]float64, K)
		for k := range ho.confusion {
			ho.confusion[k] = make([]float64, K)
		}
	}
	ho.rows++
	ho.total += W
	if ho.pr.Kind != "binary" {
		ho.confusion[truth][class]++
		if truth == class {
			ho.right++
		}
		ho.logLoss -= math.Log(p[truth])
		return
	}
	z := LinearPredictor(ho.pr.Theta[0], x)
	for _, c := range []struct{ y, w float64 }{{1, W * y}, {0, W * (1 - y)}} {
		if c.w == 0 {
			continue
		}
		ho.logLoss += c.w * logLossOf(z, c.y)
		ho.confusion[int(c.y)][class] += c.w
		if int(c.y) == class {
			ho.right += c.w
		}
		ho.scores, ho.y, ho.w = append(ho.scores, p[0]), append(ho.y, c.y), append(ho.w, c.w)
	}
}

// outcome reads a row's label as the fit took its own: a class; or a
// binary label y (a level, 0 or 1, a share in [0, 1] with -weights, or
// successes out of -trials) and the row's weight W. ok is false for a
// label, trials or weight missing or not of the kind the fit took.
func (ho *heldOut) outcome(fields []string) (truth int, y, W float64, ok bool) {
	pr, field := ho.pr, fields[ho.label]
	number := func(k int) (float64, bool) {
		v, problem := parseNumber(fields[k])
		return v, problem == "" && !isMissing(fields[k])
	}
	if isMissing(field) {
		return 0, 0, 0, false
	}
	if pr.Kind != "binary" {
		truth = slices.Index(pr.Levels, sanitize(field))
		return truth, 0, 1, truth >= 0
	}
	W = 1
	switch v, isNumber := number(ho.label); {
	case pr.Trials != "":
		N, okN := number(ho.trials)
		if !isNumber || !okN || !(N > 0) || N != math.Trunc(N) || !(v >= 0 && v <= N) || v != math.Trunc(v) {
			return 0, 0, 0, false
		}
		y, W = v/N, N
	case pr.Levels != nil:
		k := slices.Index(pr.Levels, sanitize(field))
		if k < 0 {
			return 0, 0, 0, false
		}
		y = float64(k)
	case isNumber && (v == 0 || v == 1 || pr.Weights != "" && v >= 0 && v <= 1):
		y = v
	default:
		return 0, 0, 0, false
	}
	if pr.Weights != "" {
		w, okW := number(ho.weights)
		if !okW || !(w >= 0) || math.IsInf(w, 0) {
			return 0, 0, 0, false
		}
		W *= w
	}
	return 0, y, W, true
}

// write writes the held-out figures, or why there are none.
func (ho *heldOut) write(w io.Writer, full bool) {
	pr := ho.pr
	switch {
	case ho.label < 0:
		return
	case ho.why != "":
		fmt.Fprintf(w, "logreg: %s: no held-out figures: %s\n", ho.file, ho.why)
		return
	}
	if ho.unusable > 0 {
		fmt.Fprintf(w, "logreg: %s: %s whose label %s is missing or not of the fit's kind: left out of the held-out figures\n",
			ho.file, plural(ho.unusable, "row"), quote(pr.Label))
	}
	if ho.rows == 0 || !(ho.total > 0) {
		return
	}
	by := ""
	switch {
	case pr.Trials != "" && pr.Weights != "":
		by = fmt.Sprintf(", counted by their trials %s times their weights %s", pr.Trials, pr.Weights)
	case pr.Trials != "":
		by = fmt.Sprintf(", counted by their trials %s", pr.Trials)
	case pr.Weights != "":
		by = fmt.Sprintf(", counted by their weights %s", pr.Weights)
	}
	fmt.Fprintf(w, "\nHeld out (%s, %s with the label %s%s): log loss %s, accuracy %f %% (%s of %s)\n", ho.file, plural(ho.rows, "row"), pr.Label, by,
		digits(ho.logLoss/ho.total, 6), 100*ho.right/ho.total, count(ho.right), count(ho.total))
	if pr.Kind == "binary" {
		c := &classification{tp: ho.confusion[1][1], fp: ho.confusion[0][1], tn: ho.confusion[0][0], fn: ho.confusion[1][0], auc: AUCWeighted(ho.scores, ho.y, ho.w)}
		c.write(w, false)
		return
	}
	cm := [][]string{append([]string{"true \\ predicted"}, pr.Levels...)}
	for k, name := range pr.Levels {
		row := []string{name}
		for _, v := range ho.confusion[k] {
			row = append(row, count(v))
		}
		cm = append(cm, row)
	}
	fmt.Fprintf(w, "Confusion matrix:\n")
	printTable(w, cm, []int{0, 6}, full)
}

// logLossOf returns an example's cost −[y log h + (1 − y) log(1 − h)] at z,
// from z, exact where h rounds to 0 or 1.
func logLossOf(z, y float64) float64 {
	J, _ := CostFunction([]float64{z}, [][]float64{{1}}, []float64{y})
	return J
}

// lineNumbers names up to five lines.
func lineNumbers(lines []int) string {
	var parts []string
	for k, l := range lines {
		if k == 5 {
			return "lines " + strings.Join(parts, ", ") + fmt.Sprintf(" and %d more", len(lines)-5)
		}
		parts = append(parts, strconv.Itoa(l))
	}
	if len(parts) == 1 {
		return "line " + parts[0]
	}
	return "lines " + strings.Join(parts, ", ")
}

// Explain: -explain, the derivation of the gradient with numbers.

// explanation is -explain's derivation of the gradient for one example at
// the initial θ, and the whole gradient beside central differences.
type explanation struct {
	example                    int // counted from 1
	x                          []float64
	y, z, h, dGdh, dhdz, yMinH float64
	grad, numeric              []float64
	// dataTerm and penalty are the gradient's two terms, (1/m) Σ (h − y) xⱼ
	// and (λ/m) θⱼ (0 for j = 0): grad = dataTerm + penalty
	dataTerm, penalty []float64
}

// explainGradient computes the derivation of the gradient, by the chain
// rule, for -explain's example at the initial θ.
func explainGradient(p *problem, opt *options, lambda float64) *explanation {
	i := opt.example - 1
	e := &explanation{example: opt.example, x: p.X[i], y: p.data.y[i]}
	e.z = LinearPredictor(p.theta0, e.x)
	e.h = Sigmoid(e.z)
	oneMinusH := Sigmoid(-e.z)            // 1 − h = g(−z), with all its digits where h rounds to 1
	e.yMinH = e.y*oneMinusH - (1-e.y)*e.h // y − h, without cancellation
	e.dhdz = e.h * oneMinusH
	e.dGdh = e.yMinH / e.dhdz
	_, e.grad = CostFunctionReg(p.theta0, p.X, p.data.y, lambda)
	_, e.dataTerm = CostFunction(p.theta0, p.X, p.data.y)
	e.penalty = make([]float64, len(p.theta0))
	for j := 1; j < len(p.theta0); j++ {
		e.penalty[j] = lambda / float64(len(p.X)) * p.theta0[j]
	}
	e.numeric = centralDifferences(p.theta0, p.X, p.data.y, lambda)
	return e
}

// write writes the derivation.
func (e *explanation) write(w io.Writer, p *problem, opt *options, lambda float64) {
	fmt.Fprintf(w, "\nHow the gradient is obtained, for example %d (y = %g) at the initial theta", e.example, e.y)
	if opt.normalize {
		fmt.Fprint(w, ", in scaled features")
	}
	fmt.Fprintln(w, ":")
	fmt.Fprintf(w, "  G = y log h + (1 - y) log(1 - h) is this example's log-likelihood; J = -(1/m) Σ G over the m examples.\n")
	fmt.Fprintf(w, "  z      = θᵀx                        = %s\n", digits(e.z, 10))
	fmt.Fprintf(w, "  h      = g(z) = 1/(1 + e^(-z))      = %s\n", digits(e.h, 10))
	fmt.Fprintf(w, "  dG/dh  = (y - h)/(h(1 - h))         = %s\n", digits(e.dGdh, 10))
	fmt.Fprintf(w, "  dh/dz  = h(1 - h)                   = %s\n", digits(e.dhdz, 10))
	fmt.Fprintf(w, "  dz/dθj = xj\n")
	fmt.Fprintf(w, "  chain rule: dG/dθj = dG/dh · dh/dz · dz/dθj = (y - h)/(h(1 - h)) · h(1 - h) · xj = (y - h) xj\n")
	if !isFinite(e.dGdh) {
		fmt.Fprintf(w, "  (here h(1 - h) underflows to 0 in float64, so dG/dh is infinite and only (y - h) xj can be computed)\n")
	}
	fmt.Fprintf(w, "  so this example adds -(1/m)(y - h) xj to ∂J/∂θj:\n\n")
	width := nameWidth(p.names)
	fmt.Fprintf(w, "  %-4s %s %16s %22s %16s\n", "j", padRight("", width), "xj = dz/dθj", "dG/dh · dh/dz · xj", "(y - h) xj")
	for j, name := range p.names {
		fmt.Fprintf(w, "  θ%-3d %s %16s %22s %16s\n", j, padRight(name, width), digits(e.x[j], 10), digits(e.dGdh*e.dhdz*e.x[j], 10), digits(e.yMinH*e.x[j], 10))
	}
	fmt.Fprintf(w, "\nSummed over all %d examples, ∂J/∂θj = (1/m) Σ (h - y) xj", len(p.X))
	if lambda > 0 {
		fmt.Fprint(w, " + (λ/m) θj for j ≥ 1")
	}
	fmt.Fprintln(w, ", beside central differences (J(θ + d·ej) - J(θ - d·ej)) / 2d:")
	if lambda > 0 { // the two terms, so that the penalty's shows even at θ = 0, where it is 0
		fmt.Fprintf(w, "  %-4s %s %22s %18s %18s %20s\n", "j", padRight("", width), "(1/m) Σ (h - y) xj", "(λ/m) θj", "analytic", "central difference")
		for j, name := range p.names {
			penalty := digits(e.penalty[j], 10)
			if j == 0 {
				penalty = "0 (not penalized)"
			}
			fmt.Fprintf(w, "  θ%-3d %s %22s %18s %18s %20s\n", j, padRight(name, width), digits(e.dataTerm[j], 10), penalty, digits(e.grad[j], 10), digits(e.numeric[j], 10))
		}
	} else {
		fmt.Fprintf(w, "  %-4s %s %18s %20s\n", "j", padRight("", width), "analytic", "central difference")
		for j, name := range p.names {
			fmt.Fprintf(w, "  θ%-3d %s %18s %20s\n", j, padRight(name, width), digits(e.grad[j], 10), digits(e.numeric[j], 10))
		}
	}
	fmt.Fprintf(w, "  largest difference, relative to the largest gradient entry: %.2g\n", relativeDifference(e.grad, e.numeric))
}

// softmaxExplanation is -explain -multinomial's derivation of the gradient
// for one example at Θ = 0, and the whole gradient beside central differences.
type softmaxExplanation struct {
	example, y, k     int // the example (from 1), its class, and the class whose row is shown
	x, z, h           []float64
	analytic, numeric []float64 // the gradient, class by class, and its central differences
	dataTerm          []float64 // the gradient's term (1/m) Σ (hk − yk) xj, class by class
}

// headerRow returns a table's header, its cells after the first set two
// spaces apart from the column before, so that headers as wide as their
// column do not run together.
func headerRow(cells ...string) []string {
	for k := 1; k < len(cells); k++ {
		cells[k] = " " + cells[k]
	}
	return cells
}

// explainSoftmax computes the derivation of softmax regression's gradient,
// by the chain rule, for -explain's example at Θ = 0.
func explainSoftmax(p *problem, opt *options, lambda float64) *softmaxExplanation {
	d := p.data
	i, K, n := opt.example-1, len(d.classes), len(p.names)
	e := &softmaxExplanation{example: opt.example, y: d.class[i], x: p.X[i], z: make([]float64, K)}
	e.k = max(e.y, 1) // a class with parameters: the example's own, or the second
	Theta := make([][]float64, K-1)
	for k := range Theta {
		Theta[k] = make([]float64, n)
		e.z[k+1] = LinearPredictor(Theta[k], e.x)
	}
	e.h = SoftmaxProbabilities(Theta, e.x)
	_, grad := SoftmaxCost(Theta, p.X, d.class, lambda)
	_, dataTerm := SoftmaxCost(Theta, p.X, d.class, 0) // Θ = 0: the penalty's term (λ/m) θkj is 0
	for c := range Theta {
		for j := range n {
			dv := math.Cbrt(0x1p-52)
			Theta[c][j] = dv
			plus, _ := SoftmaxCost(Theta, p.X, d.class, lambda)
			Theta[c][j] = -dv
			minus, _ := SoftmaxCost(Theta, p.X, d.class, lambda)
			Theta[c][j] = 0
			e.analytic, e.numeric = append(e.analytic, grad[c][j]), append(e.numeric, (plus-minus)/(2*dv))
			e.dataTerm = append(e.dataTerm, dataTerm[c][j])
		}
	}
	return e
}

// write writes the derivation.
func (e *softmaxExplanation) write(w io.Writer, p *problem, lambda float64, full bool) {
	d := p.data
	fmt.Fprintf(w, "\nHow the gradient of softmax regression is obtained, for example %d (class %s) at the initial Θ = 0:\n", e.example, d.classes[e.y])
	fmt.Fprintf(w, "  G = log h_y = z_y - log Σ_l e^(z_l) is this example's log-likelihood; J = -(1/m) Σ G over the m examples.\n")
	indicator := func(k int) float64 { // [k = y]
		if k == e.y {
			return 1
		}
		return 0
	}
	rows := [][]string{headerRow("", "zk = θkᵀx", "hk = e^zk / Σ e^zl", "dG/dzk = [k = y] - hk")}
	for k, c := range d.classes {
		name := c
		if k == 0 {
			name += " (θ = 0, the reference)"
		}
		rows = append(rows, []string{name, digits(e.z[k], 10), digits(e.h[k], 10), digits(indicator(k)-e.h[k], 10)})
	}
	printTable(w, rows, []int{0, 14}, full)
	fmt.Fprintf(w, "  dzk/dθkj = xj\n")
	fmt.Fprintf(w, "  chain rule: dG/dθkj = dG/dzk · dzk/dθkj = ([k = y] - hk) xj: the binary (y - h) xj, one row per class\n")
	fmt.Fprintf(w, "  so this example adds -(1/m)([k = y] - hk) xj to ∂J/∂θkj; for class %s:\n\n", d.classes[e.k])
	rows = [][]string{headerRow("j", "xj = dzk/dθkj", "([k = y] - hk) xj")}
	for j, name := range p.names {
		rows = append(rows, []string{"θ" + strconv.Itoa(j) + " " + name, digits(e.x[j], 10), digits((indicator(e.k)-e.h[e.k])*e.x[j], 10)})
	}
	printTable(w, rows, []int{0, 16}, full)

	fmt.Fprintf(w, "\nSummed over all %d examples, ∂J/∂θkj = (1/m) Σ (hk - yk) xj", len(p.X))
	if lambda > 0 {
		fmt.Fprint(w, " + (λ/m) θkj for j ≥ 1")
	}
	fmt.Fprintln(w, ", beside central differences:")
	rows = [][]string{headerRow("", "class", "analytic", "central difference")}
	if lambda > 0 { // the two terms; at Θ = 0 the penalty's is 0
		rows = [][]string{headerRow("", "class", "(1/m) Σ (hk - yk) xj", "(λ/m) θkj", "analytic", "central difference")}
	}
	for a := range e.analytic {
		c, j := a/len(p.names), a%len(p.names)
		row := []string{"θ" + strconv.Itoa(j) + " " + p.names[j], d.classes[c+1]}
		if lambda > 0 {
			penalty := "0"
			if j == 0 {
				penalty = "0 (not penalized)"
			}
			row = append(row, digits(e.dataTerm[a], 10), penalty)
		}
		rows = append(rows, append(row, digits(e.analytic[a], 10), digits(e.numeric[a], 10)))
	}
	printTable(w, rows, []int{0, 10, 18, 20}, full)
	fmt.Fprintf(w, "  largest difference, relative to the largest gradient entry: %.2g\n", relativeDifference(e.analytic, e.numeric))
}

// centralDifferences returns (J(θ + d·eⱼ) − J(θ − d·eⱼ)) / 2d for each j,
// with d = ∛eps·max(1, |θⱼ|), the step that balances truncation (d²) and
// rounding (eps/d).
func centralDifferences(theta []float64, X [][]float64, y []float64, lambda float64) []float64 {
	numeric := make([]float64, len(theta))
	th := append([]float64(nil), theta...)
	for j := range theta {
		d := math.Cbrt(0x1p-52) * math.Max(1, math.Abs(theta[j]))
		th[j] = theta[j] + d
		plus, _ := CostFunctionReg(th, X, y, lambda)
		th[j] = theta[j] - d
		minus, _ := CostFunctionReg(th, X, y, lambda)
		th[j] = theta[j]
		numeric[j] = (plus - minus) / (2 * d)
	}
	return numeric
}

// relativeDifference returns max_j |a_j − b_j| / max_j max(|a_j|, |b_j|).
func relativeDifference(a, b []float64) float64 {
	diff, scale := 0.0, 0.0
	for j := range a {
		diff = math.Max(diff, math.Abs(a[j]-b[j]))
		scale = math.Max(scale, math.Max(math.Abs(a[j]), math.Abs(b[j])))
	}
	if scale == 0 {
		return 0
	}
	return diff / scale
}

// Plot: -plot, one self-contained SVG, standard library only.

const (
	panelWidth  = 500 // pixels; a panel holds one plot, its axes and legend
	panelHeight = 460
	// maxMarkers bounds the examples drawn, to keep the file small (a marker
	// takes about 40 bytes): past it every k-th example of each class is drawn.
	maxMarkers = 2500
	// maxCostPoints bounds the points of the cost polyline in the same way.
	maxCostPoints = 1000
	// regionCell is the side, in whole pixels, of the grid's cells on which
	// -plot colors the predicted classes and the h ≥ 0.5 side of -degree.
	regionCell = 2
	// contourGrid is the number of cells a side of the grid on which the
	// curve θᵀ·mapFeature(x1, x2) = 0 is traced by marching squares.
	contourGrid = 150
)

// frame maps data coordinates to pixels: a plot area and its data ranges.
type frame struct {
	left, top, width, height float64 // the plot area, in pixels
	x0, x1, y0, y1           float64 // the data ranges it shows
	xMinStep                 float64 // the least step between x ticks (1 for iterations)
}

func (f frame) px(x float64) float64 { return f.left + (x-f.x0)/(f.x1-f.x0)*f.width }
func (f frame) py(y float64) float64 { return f.top + (f.y1-y)/(f.y1-f.y0)*f.height }

// newFrame returns the frame of a panel whose left edge is at offset, for
// data ranges [x0, x1] × [y0, y1].
func newFrame(offset, x0, x1, y0, y1 float64) frame {
	return frame{left: offset + 70, top: 50, width: panelWidth - 100, height: panelHeight - 160, x0: x0, x1: x1, y0: y0, y1: y1}
}

// svg builds the picture's text.
type svg struct{ strings.Builder }

// num formats a pixel coordinate compactly: to a tenth of a pixel.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

func (s *svg) printf(format string, args ...any) { fmt.Fprintf(s, format, args...) }

// text writes a text element at (x, y) with the given anchor and extra attributes.
func (s *svg) text(x, y float64, anchor, attrs, content string) {
	s.printf(`<text x="%s" y="%s" text-anchor="%s"%s>%s</text>`+"\n", num(x), num(y), anchor, attrs, html.EscapeString(content))
}

// padded returns the range of v widened by 5% on each side (by 1 if v is constant).
func padded(v []float64) (lo, hi float64) {
	lo, hi = v[0], v[0]
	for _, x := range v {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	pad := 0.05 * (hi - lo)
	if pad == 0 {
		pad = math.Max(1, math.Abs(lo)*0.05)
	}
	return lo - pad, hi + pad
}

// ticks returns about five round numbers (1, 2 or 5 times a power of 10
// apart, and at least minStep) within [lo, hi], and the decimals they need.
func ticks(lo, hi, minStep float64) (at []float64, decimals int) {
	raw := math.Max((hi-lo)/5, minStep)
	step := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, k := range []float64{1, 2, 5, 10} {
		if k*step >= raw {
			step *= k
			break
		}
	}
	decimals = max(0, -int(math.Floor(math.Log10(step)+1e-9)))
	for k := math.Ceil(lo / step); k*step <= hi+step*1e-9; k++ {
		t := k * step // k·step, not a running sum, so 0 is met exactly
		if t == 0 {
			t = 0 // not −0, which would print as "-0"
		}
		at = append(at, t)
	}
	return at, decimals
}

// title writes the picture's title element: the data file and what was
// fitted, which a browser shows as the picture's name.
func (s *svg) title(p *problem, fit string) {
	s.printf("<title>%s</title>\n", html.EscapeString("logreg: "+p.data.file+": "+fit))
}

// axes draws the frame's box, ticks, tick labels, axis labels, title and
// the subtitle under it ("" for none).
func (s *svg) axes(f frame, xlabel, ylabel, title, subtitle string) {
	s.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="none" stroke="#444"/>`+"\n", num(f.left), num(f.top), num(f.width), num(f.height))
	xt, xd := ticks(f.x0, f.x1, f.xMinStep)
	for _, t := range xt {
		x := f.px(t)
		s.printf(`<path d="M%s %sv5" stroke="#444"/>`+"\n", num(x), num(f.top+f.height))
		s.text(x, f.top+f.height+18, "middle", "", strconv.FormatFloat(t, 'f', xd, 64))
	}
	yt, yd := ticks(f.y0, f.y1, 0)
	for _, t := range yt {
		y := f.py(t)
		s.printf(`<path d="M%s %sh-5" stroke="#444"/>`+"\n", num(f.left), num(y))
		s.text(f.left-8, y+4, "end", "", strconv.FormatFloat(t, 'f', yd, 64))
	}
	s.text(f.left+f.width/2, f.top+f.height+40, "middle", "", xlabel)
	s.text(f.left-55, f.top+f.height/2, "middle", fmt.Sprintf(` transform="rotate(-90 %s %s)"`, num(f.left-55), num(f.top+f.height/2)), ylabel)
	if subtitle == "" {
		s.text(f.left+f.width/2, f.top-18, "middle", ` font-weight="bold"`, title)
		return
	}
	s.text(f.left+f.width/2, f.top-26, "middle", ` font-weight="bold"`, title)
	s.text(f.left+f.width/2, f.top-9, "middle", ` class="subtitle" fill="#333"`, subtitle)
}

// fitDescription says what a picture shows the fit of: the method, λ and
// the degree of the features, as the course titles its figures
// ("lambda = 1").
func fitDescription(opt *options) string {
	var parts []string
	switch {
	case opt.firth:
		parts = append(parts, "Firth's penalized likelihood")
	case opt.multinomial:
		parts = append(parts, "softmax regression")
	case opt.oneVsAll:
		parts = append(parts, "one-vs-all")
	default:
		parts = append(parts, methodName(opt.method))
	}
	switch {
	case len(opt.lambdas) > 1:
		parts = append(parts, fmt.Sprintf("λ chosen from %d by cross-validation in %d folds", len(opt.lambdas), opt.folds))
	case !opt.firth:
		parts = append(parts, "λ = "+strconv.FormatFloat(opt.lambdas[0], 'g', -1, 64))
	}
	if opt.degree > 1 {
		parts = append(parts, fmt.Sprintf("degree %d", opt.degree))
	}
	if opt.normalize {
		parts = append(parts, "normalized")
	}
	return strings.Join(parts, ", ")
}

// clip starts a group clipped to the frame's area; the caller closes it with </g>.
func (s *svg) clip(id string, f frame) {
	s.printf(`<clipPath id="%s"><rect x="%s" y="%s" width="%s" height="%s"/></clipPath><g clip-path="url(#%s)">`+"\n",
		id, num(f.left), num(f.top), num(f.width), num(f.height), id)
}

// markers draws the examples, + for y = 1 and o for y = 0 as the course
// does, every k-th of each class when there are more than maxMarkers, and
// returns how many it drew.
func (s *svg) markers(f frame, xs, ys, labels []float64) int {
	return s.markersBy(f, xs, ys, labels, func(label float64) string {
		if label == 1 {
			return "pos"
		}
		return "neg"
	})
}

// markersBy draws the examples as markers, the one that id names for each
// label, thinned as markers does, and returns how many it drew.
func (s *svg) markersBy(f frame, xs, ys, labels []float64, id func(label float64) string) int {
	k := (len(labels) + maxMarkers - 1) / maxMarkers
	seen := map[float64]int{}
	drawn := 0
	for i, label := range labels {
		seen[label]++
		if (seen[label]-1)%k != 0 {
			continue
		}
		s.printf(`<use href="#%s" x="%s" y="%s"/>`+"\n", id(label), num(f.px(xs[i])), num(f.py(ys[i])))
		drawn++
	}
	return drawn
}

// classColors are the colors of up to ten classes in -plot; past ten they repeat.
var classColors = []string{"#1565c0", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#4e342e", "#546e7a", "#9e9d24"}

// plotClasses returns the picture of a fit to K classes: for two features
// the examples, a color a class, over the regions where each class is
// predicted (one path a class, see regionPaths); and J at each Newton
// step of the fit.
func plotClasses(p *problem, opt *options, predict func(x []float64) int, costs []costLine, note string) string {
	d := p.data
	n, K := len(d.names)-1, len(d.classes)
	panels := 1
	if n == 2 {
		panels = 2
	}
	if costs == nil {
		panels--
	}
	panels = max(panels, 1)
	var s svg
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n",
		panelWidth*panels, panelHeight, panelWidth*panels, panelHeight)
	s.title(p, fitDescription(opt))
	s.printf("<defs>")
	for k := range K {
		s.printf(`<circle id="c%d" r="3.4" fill="%s" stroke="#222" stroke-width="0.6"/>`, k, classColors[k%len(classColors)])
	}
	s.printf("</defs>\n")
	s.printf(`<rect width="100%%" height="100%%" fill="white"/>` + "\n")
	offset := 0.0
	if n == 2 {
		x1, x2 := column(d.X, 1), column(d.X, 2)
		xlo, xhi := padded(x1)
		ylo, yhi := padded(x2)
		f := newFrame(0, xlo, xhi, ylo, yhi)
		s.axes(f, d.names[0], d.names[1], "Training data and the predicted classes", fitDescription(opt))
		s.printf(`<g id="data" data-range="%g %g %g %g">`+"\n", f.x0, f.x1, f.y0, f.y1)
		s.clip("clip-data", f)
		paths := regionPaths(f, K, func(x1, x2 float64) int {
			x := []float64{1, x1, x2}
			if opt.degree > 1 {
				x = MapFeature(x1, x2, opt.degree)
			}
			return predict(x)
		})
		for k, path := range paths {
			if path != "" {
				s.printf(`<path class="region" data-class="%d" d="%s" fill="%s" fill-opacity="0.18" shape-rendering="crispEdges"/>`+"\n", k, path, classColors[k%len(classColors)])
			}
		}
		labels := make([]float64, len(d.class))
		for i, c := range d.class {
			labels[i] = float64(c)
		}
		drawn := s.markersBy(f, x1, x2, labels, func(label float64) string { return fmt.Sprintf("c%d", int(label)) })
		s.printf("</g></g>\n")
		var entries [][2]string
		for k, c := range d.classes {
			entries = append(entries, [2]string{fmt.Sprintf("#c%d", k), c})
		}
		s.legend(f, entries)
		s.notes(f, drawn, len(d.class), note)
		offset = panelWidth
	}
	if costs != nil {
		s.costPanel(offset, opt, costs)
	}
	if n != 2 {
		s.text(offset+70, panelHeight-16, "start", ` id="no-data-panel" fill="#555"`,
			fmt.Sprintf("No data panel: the data have %d features; the classes are drawn for two.", n))
	}
	s.printf("</svg>\n")
	return s.String()
}

// legend draws a row of legend entries below the frame: a marker id or a
// line style, and its words.
func (s *svg) legend(f frame, entries [][2]string) {
	x, y := f.left, f.top+f.height+62
	for _, e := range entries {
		if strings.HasPrefix(e[0], "#") {
			s.printf(`<use href="%s" x="%s" y="%s"/>`+"\n", e[0], num(x+6), num(y-4))
		} else if strings.HasPrefix(e[0], "fill=") { // an area's colour
			s.printf(`<rect x="%s" y="%s" width="14" height="10" %s stroke="#999" stroke-width="0.5"/>`+"\n", num(x), num(y-9), e[0])
		} else {
			s.printf(`<path d="M%s %sh16" %s/>`+"\n", num(x-2), num(y-4), e[0])
		}
		s.text(x+20, y, "start", "", e[1])
		x += 28 + 7*float64(len([]rune(e[1])))
	}
}

// positiveSide returns the path of the frame's area where θᵀx ≥ 0 (h ≥ 0.5):
// for the features as they are, the frame's rectangle cut by the line
// θᵀx = 0 (one polygon, by clipping the rectangle's corners to the
// half-plane, as Sutherland and Hodgman clip); for -degree, the cells of a
// 2-pixel grid whose centre has θᵀ mapFeature(x) ≥ 0, each row's run of
// them one rectangle at whole pixels, so that no seams show.
func positiveSide(f frame, theta []float64, degree int) string {
	var path strings.Builder
	if degree == 1 {
		v := func(x, y float64) float64 { return theta[0] + theta[1]*x + theta[2]*y }
		corners := [][2]float64{{f.x0, f.y0}, {f.x1, f.y0}, {f.x1, f.y1}, {f.x0, f.y1}}
		var poly [][2]float64
		for k, a := range corners {
			b := corners[(k+1)%4]
			va, vb := v(a[0], a[1]), v(b[0], b[1])
			if va >= 0 {
				poly = append(poly, a)
			}
			if (va >= 0) != (vb >= 0) { // the edge crosses the line: where, by linear interpolation (v is linear)
				t := va / (va - vb)
				poly = append(poly, [2]float64{a[0] + t*(b[0]-a[0]), a[1] + t*(b[1]-a[1])})
			}
		}
		for k, q := range poly {
			cmd := "L"
			if k == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&path, "%s%s %s", cmd, num(f.px(q[0])), num(f.py(q[1])))
		}
		if len(poly) > 0 {
			path.WriteString("Z")
		}
		return path.String()
	}
	return regionPaths(f, 2, func(x1, x2 float64) int {
		if LinearPredictor(theta, MapFeature(x1, x2, degree)) >= 0 {
			return 1
		}
		return 0
	})[1]
}

// regionPaths returns, for each class k of K, the path of the frame's area
// where class(x1, x2) = k at the centres of a grid of regionCell-pixel cells
// set at whole pixels: each row's run of equal cells one rectangle, so
// that a class's area is one shape with no seams between rows.
func regionPaths(f frame, K int, class func(x1, x2 float64) int) []string {
	paths := make([]strings.Builder, K)
	left, top := math.Round(f.left), math.Round(f.top)
	cols, rows := int(f.width)/regionCell, int(f.height)/regionCell
	xOf := func(c int) float64 { return f.x0 + (float64(c)+0.5)*regionCell/f.width*(f.x1-f.x0) }
	yOf := func(r int) float64 { return f.y1 - (float64(r)+0.5)*regionCell/f.height*(f.y1-f.y0) }
	for r := range rows {
		y := yOf(r)
		start, k := 0, class(xOf(0), y)
		for c := 1; c <= cols; c++ {
			next := -1
			if c < cols {
				next = class(xOf(c), y)
			}
			if next != k {
				w := (c - start) * regionCell
				fmt.Fprintf(&paths[k], "M%g %gh%dv%dh-%dZ", left+float64(start*regionCell), top+float64(r*regionCell), w, regionCell, w)
				start, k = c, next
			}
		}
	}
	out := make([]string, K)
	for k := range paths {
		out[k] = paths[k].String()
	}
	return out
}

const (
	positiveStyle = `fill="#c62828" fill-opacity="0.08" shape-rendering="crispEdges"`
	boundaryStyle = `stroke="#1565c0" stroke-width="2" fill="none"`
	curveStyle    = `stroke="#2e7d32" stroke-width="2" fill="none"`
	dashedStyle   = `stroke="#888" stroke-dasharray="5 4" fill="none"`
)

// plotSVG returns the picture of a fit: the data with the decision boundary
// (two features) or the fitted probability curve (one feature), beside the
// cost J at each iteration. theta is in original units and nil where there
// was no fit; history is J after each iteration, J0 the cost before.
func plotSVG(p *problem, opt *options, theta []float64, J0 float64, history []float64, note string, pred *prediction, lc *learningCurve) string {
	n := len(p.data.names) - 1
	panels := 1
	if n <= 2 {
		panels = 2
	}
	if theta == nil {
		panels = 1
	}
	if lc != nil && len(lc.sizes) > 0 {
		panels++
	}
	var s svg
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n",
		panelWidth*panels, panelHeight, panelWidth*panels, panelHeight)
	s.title(p, fitDescription(opt))
	s.printf(`<defs><path id="pos" d="M-4 0h8M0-4v8" stroke="#c62828" stroke-width="1.6"/><circle id="neg" r="3.6" fill="none" stroke="#333" stroke-width="1.2"/>` +
		`<path id="new" d="M0-7L7 0L0 7L-7 0Z" fill="#ef6c00" stroke="#222" stroke-width="1"/></defs>` + "\n")
	s.printf(`<rect width="100%%" height="100%%" fill="white"/>` + "\n")
	offset := 0.0
	switch {
	case n == 2:
		s.dataPanel(p, opt, theta, note, pred)
		offset = panelWidth
	case n == 1:
		s.curvePanel(p, opt, theta, note, pred)
		offset = panelWidth
	}
	if theta != nil {
		s.costPanel(offset, opt, []costLine{{J0: J0, history: history}})
	}
	if lc != nil && len(lc.sizes) > 0 {
		s.learningPanel(float64(panelWidth*(panels-1)), opt, lc)
	}
	if n > 2 {
		s.text(offset+70, panelHeight-16, "start", ` id="no-data-panel" fill="#555"`,
			fmt.Sprintf("No data panel: the data have %d features, and only one or two can be drawn.", n))
	}
	s.printf("</svg>\n")
	return s.String()
}

// dataPanel draws two features as a scatter with the decision boundary.
func (s *svg) dataPanel(p *problem, opt *options, theta []float64, note string, pred *prediction) {
	d := p.data
	x1, x2 := column(d.X, 1), column(d.X, 2)
	xlo, xhi := padded(withPredict(x1, p, pred, 1))
	ylo, yhi := padded(withPredict(x2, p, pred, 2))
	f := newFrame(0, xlo, xhi, ylo, yhi)
	title, subtitle := "Training data", ""
	if theta != nil {
		title, subtitle = title+" and decision boundary", fitDescription(opt)
	}
	s.axes(f, d.names[0], d.names[1], title, subtitle)
	s.printf(`<g id="data" data-range="%g %g %g %g">`+"\n", f.x0, f.x1, f.y0, f.y1)
	s.clip("clip-data", f)
	if theta != nil { // the y = 1 side, under the markers
		s.printf(`<path id="positive-side" d="%s" %s/>`+"\n", positiveSide(f, theta, opt.degree), positiveStyle)
	}
	drawn := s.markers(f, x1, x2, d.y)
	if theta != nil {
		s.printf(`<path id="boundary" d="%s" %s/>`+"\n", boundaryPath(f, theta, opt.degree), boundaryStyle)
	}
	if pred != nil { // -predict's example, with its h
		x, y := f.px(p.predict[1]), f.py(p.predict[2])
		s.printf(`<g id="predict"><use href="#new" x="%s" y="%s"/>`, num(x), num(y))
		s.text(x+10, y-8, "start", ` font-weight="bold" stroke="white" stroke-width="3" paint-order="stroke"`, "h = "+probability(pred.h))
		s.printf("</g>\n")
	}
	s.printf("</g></g>\n")
	label := d.names[2]
	entries := [][2]string{{"#pos", label + " = 1"}, {"#neg", label + " = 0"}}
	if theta != nil && opt.degree == 1 {
		entries = append(entries, [2]string{boundaryStyle, "θᵀx = 0"})
	} else if theta != nil {
		entries = append(entries, [2]string{boundaryStyle, fmt.Sprintf("θᵀ mapFeature(x, %d) = 0", opt.degree)})
	}
	if theta != nil {
		entries = append(entries, [2]string{positiveStyle, "predicted 1 (h ≥ 0.5)"})
	}
	s.legend(f, entries)
	s.notes(f, drawn, len(d.y), note)
}

// withPredict returns the column's values with -predict's feature j beside
// them, so that the axes take the new example in; the column alone without one.
func withPredict(column []float64, p *problem, pred *prediction, j int) []float64 {
	if pred == nil {
		return column
	}
	return append(append([]float64(nil), column...), p.predict[j])
}

// notes writes, under the legend, how many examples were drawn (if not all)
// and the note on the fit.
func (s *svg) notes(f frame, drawn, m int, note string) {
	y := f.top + f.height + 84
	if drawn < m {
		s.text(f.left, y, "start", ` fill="#555"`, fmt.Sprintf("%d of %d examples drawn (1 in %d of each class)", drawn, m, (m+maxMarkers-1)/maxMarkers))
		y += 16
	}
	if note != "" {
		s.text(f.left, y, "start", ` fill="#b71c1c"`, note)
	}
}

// boundaryPath returns the SVG path of θᵀx = 0 within the frame: a clipped
// straight line for degree 1, else the curve θᵀ·mapFeature(x1, x2) = 0
// traced by marching squares.
func boundaryPath(f frame, theta []float64, degree int) string {
	if degree == 1 {
		return linePath(f, theta)
	}
	value := func(x1, x2 float64) float64 { return LinearPredictor(theta, MapFeature(x1, x2, degree)) }
	return contourPath(f, value)
}

// linePath returns the segment of θ0 + θ1·x1 + θ2·x2 = 0 inside the frame's
// data ranges, or "" if the line misses them: the points where the line
// meets the four edges, of which the inside ones are the two ends.
func linePath(f frame, theta []float64) string {
	var pts [][2]float64
	inside := func(x, y float64) bool {
		const slack = 1e-9
		return x >= f.x0-slack*(f.x1-f.x0) && x <= f.x1+slack*(f.x1-f.x0) && y >= f.y0-slack*(f.y1-f.y0) && y <= f.y1+slack*(f.y1-f.y0)
	}
	if theta[2] != 0 { // x2 = −(θ0 + θ1 x1)/θ2 at the left and right edges
		for _, x := range []float64{f.x0, f.x1} {
			if y := -(theta[0] + theta[1]*x) / theta[2]; inside(x, y) {
				pts = append(pts, [2]float64{x, y})
			}
		}
	}
	if theta[1] != 0 { // x1 = −(θ0 + θ2 x2)/θ1 at the bottom and top edges
		for _, y := range []float64{f.y0, f.y1} {
			if x := -(theta[0] + theta[2]*y) / theta[1]; inside(x, y) {
				pts = append(pts, [2]float64{x, y})
			}
		}
	}
	if len(pts) < 2 {
		return ""
	}
	a, b := pts[0], pts[len(pts)-1]
	return fmt.Sprintf("M%s %sL%s %s", num(f.px(a[0])), num(f.py(a[1])), num(f.px(b[0])), num(f.py(b[1])))
}

// contourPath returns the curve value(x1, x2) = 0 over the frame's data
// ranges, traced by marching squares on a contourGrid × contourGrid grid:
// on each cell edge whose ends differ in sign the crossing is found by
// linear interpolation, and the crossings of a cell are joined by segments.
func contourPath(f frame, value func(x1, x2 float64) float64) string {
	const N = contourGrid
	xs, ys := make([]float64, N+1), make([]float64, N+1)
	for k := range N + 1 {
		xs[k] = f.x0 + (f.x1-f.x0)*float64(k)/N
		ys[k] = f.y0 + (f.y1-f.y0)*float64(k)/N
	}
	v := make([][]float64, N+1)
	for a := range v {
		v[a] = make([]float64, N+1)
		for b := range v[a] {
			v[a][b] = value(xs[a], ys[b])
		}
	}
	var path strings.Builder
	for a := range N {
		for b := range N {
			// corners counter-clockwise from (a, b); the crossing on each edge
			corners := [4][2]int{{a, b}, {a + 1, b}, {a + 1, b + 1}, {a, b + 1}}
			var cross [][2]float64
			for e := range 4 {
				p, q := corners[e], corners[(e+1)%4]
				vp, vq := v[p[0]][p[1]], v[q[0]][q[1]]
				if (vp < 0) == (vq < 0) {
					continue
				}
				t := vp / (vp - vq) // where the line through (0, vp), (1, vq) is 0
				cross = append(cross, [2]float64{
					xs[p[0]] + t*(xs[q[0]]-xs[p[0]]),
					ys[p[1]] + t*(ys[q[1]]-ys[p[1]]),
				})
			}
			// two crossings: one segment; four (a saddle): two segments,
			// paired by the sign at the centre, estimated as the corners' mean:
			// if the centre has corner 0's sign, the segments cut off corners
			// 1 (edges 0, 1) and 3 (edges 2, 3), else corners 0 and 2.
			centre := v[a][b] + v[a+1][b] + v[a+1][b+1] + v[a][b+1]
			if len(cross) == 4 && (centre < 0) != (v[a][b] < 0) {
				cross = [][2]float64{cross[0], cross[3], cross[1], cross[2]}
			}
			for k := 0; k+1 < len(cross); k += 2 {
				fmt.Fprintf(&path, "M%s %sL%s %s", num(f.px(cross[k][0])), num(f.py(cross[k][1])), num(f.px(cross[k+1][0])), num(f.py(cross[k+1][1])))
			}
		}
	}
	return path.String()
}

// curvePanel draws one feature: the examples at y = 0 and 1, the fitted
// probability h(x), the line h = 0.5 and where h crosses it.
func (s *svg) curvePanel(p *problem, opt *options, theta []float64, note string, pred *prediction) {
	d := p.data
	x := column(d.X, 1)
	xlo, xhi := padded(withPredict(x, p, pred, 1))
	f := newFrame(0, xlo, xhi, -0.1, 1.1)
	title, subtitle := "Training data", ""
	if theta != nil {
		title, subtitle = title+" and fitted probability", fitDescription(opt)
	}
	s.axes(f, d.names[0], "P("+d.names[1]+" = 1)", title, subtitle)
	s.printf(`<g id="data" data-range="%g %g %g %g">`+"\n", f.x0, f.x1, f.y0, f.y1)
	s.clip("clip-data", f)
	s.printf(`<path d="M%s %sH%s" %s/>`+"\n", num(f.left), num(f.py(0.5)), num(f.left+f.width), dashedStyle)
	drawn := s.markers(f, x, d.y, d.y)
	entries := [][2]string{{"#pos", d.names[1] + " = 1"}, {"#neg", d.names[1] + " = 0"}}
	if theta != nil {
		var curve strings.Builder
		for k := range 201 {
			xk := f.x0 + (f.x1-f.x0)*float64(k)/200
			cmd := "L"
			if k == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&curve, "%s%s %s", cmd, num(f.px(xk)), num(f.py(Hypothesis(theta, []float64{1, xk}))))
		}
		s.printf(`<path id="curve" d="%s" %s/>`+"\n", curve.String(), curveStyle)
		if theta[1] != 0 {
			if xb := -theta[0] / theta[1]; xb > f.x0 && xb < f.x1 {
				s.printf(`<path d="M%s %sV%s" %s/>`+"\n", num(f.px(xb)), num(f.top), num(f.top+f.height), dashedStyle)
			}
		}
		entries = append(entries, [2]string{curveStyle, "h(x) = g(θᵀx)"}, [2]string{dashedStyle, "h = 0.5"})
	}
	if pred != nil { // -predict's example at its h, with its interval as a bar
		px, py := f.px(p.predict[1]), f.py(pred.h)
		s.printf(`<g id="predict">`)
		label := "h = " + probability(pred.h)
		if pred.why == "" && !pred.overflow {
			lo, hi := Sigmoid(pred.eta-pred.z*pred.se), Sigmoid(pred.eta+pred.z*pred.se)
			s.printf(`<path id="predict-interval" d="M%s %sV%sM%s %sh10M%s %sh10" stroke="#ef6c00" stroke-width="2"/>`,
				num(px), num(f.py(lo)), num(f.py(hi)), num(px-5), num(f.py(lo)), num(px-5), num(f.py(hi)))
			label += fmt.Sprintf("; %s%% interval %s to %s", levelPercent(opt.level), probability(lo), probability(hi))
		}
		s.printf(`<use href="#new" x="%s" y="%s"/>`, num(px), num(py))
		anchor, dx, dy := "start", 12.0, 22.0 // below the point where h is high, above it where h is low
		if px > f.left+f.width/2 {
			anchor, dx = "end", -12
		}
		if pred.h < 0.5 {
			dy = -14
		}
		s.text(px+dx, py+dy, anchor, ` font-weight="bold" stroke="white" stroke-width="3" paint-order="stroke"`, label)
		s.printf("</g>\n")
	}
	s.printf("</g></g>\n")
	s.legend(f, entries)
	s.notes(f, drawn, len(d.y), note)
}

// costLine is a line of the cost panel: J before the fit and after each
// iteration, and the name of the class whose fit it is ("" for the one fit).
type costLine struct {
	name    string
	J0      float64
	history []float64
}

// costPanel draws J before the fit (iteration 0) and after each iteration,
// a line a fit: one, or one a class for one-vs-all, in the class's colour.
func (s *svg) costPanel(offset float64, opt *options, costs []costLine) {
	all, longest := []float64{0}, 0 // the axis from 0, J's least value: a fall of 1% looks like one
	for _, c := range costs {
		all, longest = append(append(all, c.J0), c.history...), max(longest, len(c.history))
	}
	lo, hi := padded(all)
	f := newFrame(offset, 0, math.Max(1, float64(longest)), lo, hi)
	f.xMinStep = 1 // iterations are whole numbers
	s.axes(f, "iteration", "cost J(θ)", "Cost during "+methodName(opt.method), fitDescription(opt))
	s.printf(`<g id="cost" data-range="%g %g %g %g">`+"\n", f.x0, f.x1, f.y0, f.y1)
	thinned := 1
	var entries [][2]string
	for k, c := range costs {
		J := append([]float64{c.J0}, c.history...)
		step := (len(J) + maxCostPoints - 1) / maxCostPoints
		thinned = max(thinned, step)
		var line strings.Builder
		for i := 0; i < len(J); i += step {
			cmd := "L"
			if i == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&line, "%s%s %s", cmd, num(f.px(float64(i))), num(f.py(J[i])))
		}
		if last := len(J) - 1; last%step != 0 {
			fmt.Fprintf(&line, "L%s %s", num(f.px(float64(last))), num(f.py(J[last])))
		}
		if c.name == "" {
			s.printf(`<path id="cost-line" d="%s" %s/>`+"\n", line.String(), boundaryStyle)
			continue
		}
		style := fmt.Sprintf(`stroke="%s" stroke-width="2" fill="none"`, classColors[k%len(classColors)])
		s.printf(`<path id="cost-line-%d" class="cost-line" d="%s" %s/>`+"\n", k, line.String(), style)
		entries = append(entries, [2]string{style, c.name}) // its fit against the rest
	}
	s.printf("</g>\n")
	if entries != nil {
		s.legend(f, entries)
	}
	if thinned > 1 {
		s.text(f.left, f.top+f.height+84, "start", ` fill="#555"`, fmt.Sprintf("1 in %d of the %d iterations drawn", thinned, longest))
	}
}

// learningPanel draws the learning curve: the training and validation
// errors against the number of training examples, as ex5's figure.
func (s *svg) learningPanel(offset float64, opt *options, lc *learningCurve) {
	var xs []float64
	for _, i := range lc.sizes {
		xs = append(xs, float64(i))
	}
	lo, hi := padded(append(append([]float64{0}, lc.trainErr...), lc.valErr...))
	xlo, xhi := padded(xs)
	f := newFrame(offset, xlo, xhi, lo, hi)
	f.xMinStep = 1
	validation := fmt.Sprintf("validation: examples i mod %d = 0", learningFold)
	if lc.file != "" {
		validation = "validation: " + lc.file
	}
	s.axes(f, "number of training examples", "error (unregularized J)", "Learning curve", fmt.Sprintf("λ = %g; %s", lc.lambda, validation))
	s.printf(`<g id="learning" data-range="%g %g %g %g">`+"\n", f.x0, f.x1, f.y0, f.y1)
	s.clip("clip-learning", f)
	for _, line := range []struct {
		id, style string
		err       []float64
	}{{"learning-train", curveStyle, lc.trainErr}, {"learning-validation", boundaryStyle, lc.valErr}} {
		var d strings.Builder
		for k := range lc.sizes {
			cmd := "L"
			if k == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&d, "%s%s %s", cmd, num(f.px(xs[k])), num(f.py(line.err[k])))
		}
		s.printf(`<path id="%s" d="%s" %s/>`+"\n", line.id, d.String(), line.style)
	}
	s.printf("</g></g>\n")
	s.legend(f, [][2]string{{curveStyle, "training error"}, {boundaryStyle, "validation error"}})
}

// column returns X[i][j] for all i.
func column(X [][]float64, j int) []float64 {
	c := make([]float64, len(X))
	for i, x := range X {
		c[i] = x[j]
	}
	return c
}
