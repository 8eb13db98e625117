package jumps

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestThreadedProgramRuns builds testdata/prog for js/wasm, threads it,
// and runs both modules under Node: they must print what the native
// program prints. The program switches goroutines inside loops, grows its
// stack and panics, so the runtime resumes functions mid-way through the
// table Thread keeps.
func TestThreadedProgramRuns(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("needs the go command and Node.js")
	}
	if testing.Short() {
		t.Skip("compiles a wasm program; skipped with -short")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("needs Node.js")
	}
	goCmd := filepath.Join(runtime.GOROOT(), "bin", "go")
	execJS := filepath.Join(runtime.GOROOT(), "lib", "wasm", "go_js_wasm_exec")
	if _, err := os.Stat(execJS); err != nil {
		t.Skip("no go_js_wasm_exec in this toolchain")
	}
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.wasm")
	cmd := exec.Command(goCmd, "build", "-trimpath", "-ldflags=-s -w", "-o", plain, "./testdata/prog")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)

	module, err := os.ReadFile(plain)
	require.NoError(t, err)
	threaded, s, err := Thread(module)
	require.NoError(t, err)
	assert.Positive(t, s.Direct)
	assert.Positive(t, s.Kept)
	assert.Less(t, len(threaded), len(module))
	thr := filepath.Join(dir, "threaded.wasm")
	require.NoError(t, os.WriteFile(thr, threaded, 0o644))

	native := run(t, goCmd, "run", "./testdata/prog")
	assert.Contains(t, native, "pipeline: ")
	assert.Equal(t, native, run(t, execJS, plain), "plain module")
	assert.Equal(t, native, run(t, execJS, thr), "threaded module")
}

// run runs a command and returns its standard output.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "%s %s: %s", name, strings.Join(args, " "), stderr.String())
	return stdout.String()
}
