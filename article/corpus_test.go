package article

import (
	"bufio"
	"bytes"
	"strings"
	"sync"
	"testing"
)

// html5libInputs returns the #data inputs of the html5lib tree-construction
// tests shipped in the golang.org/x/net module, or none when the module
// source is not available.
func html5libInputs(t testing.TB) []string {
	t.Helper()
	return html5libOnce()
}

var html5libOnce = sync.OnceValue(func() []string {
	cases, err := secHTML5libData()
	if err != nil {
		return nil
	}
	inputs := make([]string, len(cases))
	for i, c := range cases {
		inputs[i] = c.Data
	}
	return inputs
})

// datInputs returns the lines between "#data" and "#errors" of each test
// in an html5lib .dat file.
func datInputs(b []byte) []string {
	var out, cur []string
	in := false
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		switch line := sc.Text(); {
		case line == "#data":
			in, cur = true, cur[:0]
		case in && strings.HasPrefix(line, "#errors"):
			out = append(out, strings.Join(cur, "\n"))
			in = false
		case in:
			cur = append(cur, line)
		}
	}
	return out
}
