package article

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
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
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "golang.org/x/net").Output()
	if err != nil {
		return nil
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "html", "testdata", "html5lib-tests", "tree-construction")
	files, _ := filepath.Glob(filepath.Join(dir, "*.dat"))
	var inputs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		inputs = append(inputs, datInputs(b)...)
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
