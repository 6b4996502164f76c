// Command logreg fits logistic regression to a CSV file of numbers, the
// last column the 0/1 label, and reports it as the course's ex2 script does.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// main is the program; the math is in logreg.go.
func main() {}

// dataset is a data file as read: m examples of n features and a label.
type dataset struct {
	file  string      // the file's name, for messages
	names []string    // n feature names, then the label's name
	X     [][]float64 // m rows [1, x1, …, xn]: the course's X = [ones(m, 1) X]; rows share one array
	y     []float64   // m labels, 0 or 1
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

// readData reads numbers separated by commas, or by spaces and tabs as
// Octave's load reads them, one example a line, the last column the 0/1
// label. A first line with no number in it is a header of column names. Blank lines and CRLF line ends are allowed.
func readData(file string, r io.Reader) (*dataset, error) {
	d := &dataset{file: file}
	var backing []float64 // every row of X, one after the other
	width := 0            // fields a line, set by the first line
	firstLine := 0        // the line that set it
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), math.MaxInt32) // a line may be long
	for line := 1; sc.Scan(); line++ {
		fields := splitFields(sc.Text())
		if len(fields) == 0 {
			continue // blank line
		}
		fail := func(field int, format string, args ...any) error {
			return &inputError{file, line, field, fmt.Sprintf(format, args...)}
		}
		if width == 0 {
			width, firstLine = len(fields), line
			if width < 2 {
				return nil, fail(0, "1 column: want at least one feature column and the 0/1 label last")
			}
			if isHeader(fields) {
				d.names = headerNames(fields)
				continue
			}
			d.names = defaultNames(width)
		}
		if len(fields) != width {
			return nil, fail(min(len(fields), width)+1, "%d fields, want %d as on line %d", len(fields), width, firstLine)
		}
		backing = append(backing, 1) // x₀ = 1
		for k, f := range fields {
			v, problem := parseNumber(f)
			if problem != "" {
				return nil, fail(k+1, "%s", problem)
			}
			if k < width-1 {
				backing = append(backing, v)
				continue
			}
			if v != 0 && v != 1 {
				return nil, fail(k+1, "label %s is not 0 or 1", quote(f))
			}
			d.y = append(d.y, v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &inputError{file: file, msg: err.Error()}
	}
	switch {
	case width == 0:
		return nil, &inputError{file: file, msg: "empty file: want lines of numbers, the 0/1 label last"}
	case len(d.y) == 0:
		return nil, &inputError{file: file, line: firstLine, msg: "a header row but no data rows"}
	}
	d.X = make([][]float64, len(d.y))
	for i := range d.X {
		d.X[i] = backing[i*width : (i+1)*width : (i+1)*width]
	}
	return d, nil
}

// splitFields splits a line at commas, or else at runs of spaces and tabs,
// and trims the space around each field. A blank line has no fields.
func splitFields(line string) []string {
	if !strings.Contains(line, ",") {
		return strings.Fields(line)
	}
	fields := strings.Split(line, ",")
	for k, f := range fields {
		fields[k] = strings.TrimSpace(f)
	}
	return fields
}

// parseNumber returns the value of a decimal number such as -1.5e3, or a
// problem in words. NaN and Inf are refused, and so are the forms that
// strconv accepts but a data file does not mean (0x1p3, 1_000).
func parseNumber(f string) (v float64, problem string) {
	switch {
	case f == "":
		return 0, "empty field"
	case !isDecimal(f):
		if _, err := strconv.ParseFloat(f, 64); err == nil || strings.ContainsAny(f, "nN") {
			return 0, quote(f) + " is not a finite decimal number"
		}
		return 0, quote(f) + " is not a number"
	}
	v, err := strconv.ParseFloat(f, 64)
	if err != nil {
		return 0, quote(f) + " is out of the range of a float64"
	}
	return v, ""
}

// isDecimal reports whether f is [+-]digits[.digits][(e|E)[+-]digits],
// with at least one digit before the exponent.
func isDecimal(f string) bool {
	i := 0
	digits := func() int {
		start := i
		for i < len(f) && '0' <= f[i] && f[i] <= '9' {
			i++
		}
		return i - start
	}
	if i < len(f) && (f[i] == '+' || f[i] == '-') {
		i++
	}
	n := digits()
	if i < len(f) && f[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return false
	}
	if i < len(f) && (f[i] == 'e' || f[i] == 'E') {
		i++
		if i < len(f) && (f[i] == '+' || f[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(f)
}

// isHeader reports whether a first line is a header: none of its fields is
// a number (NaN, Inf and out-of-range numbers count as numbers here, so that
// a first row holding one is refused, not taken for names). A line that
// mixes numbers and names is data, and its names are errors.
func isHeader(fields []string) bool {
	for _, f := range fields {
		_, err := strconv.ParseFloat(f, 64)
		if isDecimal(f) || err == nil || errors.Is(err, strconv.ErrRange) {
			return false
		}
	}
	return true
}

// headerNames returns the column names of a header line, without quotes;
// an empty name gets the default one.
func headerNames(fields []string) []string {
	names := defaultNames(len(fields))
	for k, f := range fields {
		if f = strings.Trim(f, `"'`); f != "" {
			names[k] = f
		}
	}
	return names
}

// defaultNames returns x1, …, x(width−1), y.
func defaultNames(width int) []string {
	names := make([]string, width)
	for k := range names[:width-1] {
		names[k] = fmt.Sprintf("x%d", k+1)
	}
	names[width-1] = "y"
	return names
}

// quote returns f in double quotes, shortened if it is long.
func quote(f string) string {
	if len(f) > 40 {
		f = f[:37] + "..."
	}
	return strconv.Quote(f)
}
