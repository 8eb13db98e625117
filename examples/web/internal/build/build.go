package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/newslens/newslens/examples/web/internal/jumps"
)

// WasmPackage is the import path of the wasm module's main package.
const WasmPackage = "github.com/newslens/newslens/wasm"

// Files lists the names Build writes besides the static page files;
// newslens.d.ts is also copied when the module has it.
var Files = []string{"newslens.wasm", "wasm_exec.js", "newslens.mjs"}

// Config says where Build finds its inputs.
type Config struct {
	// Go is the go command; "" finds the toolchain that built this
	// program, then "go" on PATH.
	Go string
	// ModuleDir is the newslens module root; "" asks the go command
	// (the working directory must then be inside the module).
	ModuleDir string
	// Static holds the page files copied to the top of the output.
	Static fs.FS
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// Build writes the demo into dir, creating it if needed.
func Build(ctx context.Context, dir string, cfg Config) error {
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	goCmd, err := goCommand(cfg.Go)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	modDir := cfg.ModuleDir
	if modDir == "" {
		if modDir, err = moduleDir(ctx, goCmd); err != nil {
			return err
		}
	}
	fmt.Fprintf(cfg.Log, "building %s with %s\n", WasmPackage, goCmd)
	if err := buildWasm(ctx, goCmd, modDir, filepath.Join(abs, "newslens.wasm"), cfg.Log); err != nil {
		return err
	}
	if err := copyRuntime(ctx, goCmd, abs); err != nil {
		return err
	}
	if err := copyFile(filepath.Join(modDir, "wasm", "newslens.mjs"), filepath.Join(abs, "newslens.mjs")); err != nil {
		return err
	}
	// The typings serve editors, not the page: copied when present.
	typings := filepath.Join(modDir, "wasm", "newslens.d.ts")
	if _, err := os.Stat(typings); err == nil {
		if err := copyFile(typings, filepath.Join(abs, "newslens.d.ts")); err != nil {
			return err
		}
	}
	if cfg.Static != nil {
		return copyFS(cfg.Static, abs)
	}
	return nil
}

// goCommand picks the go command: the explicit one, the toolchain this
// program was built with (so `go run` builds the wasm with the same
// version), then PATH.
func goCommand(explicit string) (string, error) {
	if explicit != "" {
		return explicit, nil
	}
	exe := "go"
	if runtime.GOOS == "windows" {
		exe = "go.exe"
	}
	for _, root := range []string{os.Getenv("GOROOT"), runtime.GOROOT()} {
		if root == "" {
			continue
		}
		p := filepath.Join(root, "bin", exe)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
	}
	p, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("build: no go command found: %w", err)
	}
	return p, nil
}

// goOutput runs the go command and returns its trimmed stdout.
func goOutput(ctx context.Context, goCmd, dir string, env []string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, goCmd, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("build: go %s: %w\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return strings.TrimSpace(string(out)), nil
}

// moduleDir returns the root of the newslens module around the working
// directory.
func moduleDir(ctx context.Context, goCmd string) (string, error) {
	gomod, err := goOutput(ctx, goCmd, "", nil, "env", "GOMOD")
	if err != nil {
		return "", err
	}
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("build: run inside the newslens module (no go.mod found)")
	}
	return filepath.Dir(gomod), nil
}

// buildWasm compiles the module, makes its block jumps direct branches
// (package jumps: it runs some 15–20 % faster) and writes it to out. The
// go command writes to a new file beside out: it would leave out alone
// when out carried the build's ID already.
func buildWasm(ctx context.Context, goCmd, modDir, out string, log io.Writer) error {
	tmp, err := os.CreateTemp(filepath.Dir(out), ".newslens-*.wasm")
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	_, err = goOutput(ctx, goCmd, modDir, []string{"GOOS=js", "GOARCH=wasm"},
		"build", "-trimpath", "-ldflags=-s -w", "-o", tmp.Name(), WasmPackage)
	if err != nil {
		return err
	}
	module, err := os.ReadFile(tmp.Name())
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	threaded, s, err := jumps.Thread(module)
	if err != nil {
		return fmt.Errorf("build: %s: %w", WasmPackage, err)
	}
	fmt.Fprintf(log, "%d block jumps made direct branches in %d functions, %d jumps back left to the table: %d → %d bytes\n",
		s.Direct, s.Functions, s.Kept, len(module), len(threaded))
	if s.Unknown > 0 {
		fmt.Fprintf(log, "%d functions left as compiled: they hold instructions the rewrite does not know\n", s.Unknown)
	}
	return os.WriteFile(out, threaded, 0o644)
}

// copyRuntime copies wasm_exec.js from the toolchain: lib/wasm since Go
// 1.24, misc/wasm before.
func copyRuntime(ctx context.Context, goCmd, dir string) error {
	root, err := goOutput(ctx, goCmd, "", nil, "env", "GOROOT")
	if err != nil {
		return err
	}
	for _, sub := range []string{"lib/wasm", "misc/wasm"} {
		src := filepath.Join(root, filepath.FromSlash(sub), "wasm_exec.js")
		if _, err := os.Stat(src); err == nil {
			return copyFile(src, filepath.Join(dir, "wasm_exec.js"))
		}
	}
	return fmt.Errorf("build: wasm_exec.js not found under %s", root)
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	return os.WriteFile(dst, b, 0o644)
}

// copyFS writes every regular file of fsys under dir.
func copyFS(fsys fs.FS, dir string) error {
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
}
