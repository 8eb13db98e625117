package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"testing/fstest"
	"time"

	"github.com/newslens/newslens/examples/web/internal/jumps"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuild(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("building needs the go command")
	}
	if testing.Short() {
		t.Skip("compiles the wasm module; skipped with -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := filepath.Join(t.TempDir(), "out")
	static := fstest.MapFS{
		"index.html":   {Data: []byte("<!DOCTYPE html><title>x</title>")},
		"img/logo.svg": {Data: []byte("<svg/>")},
	}
	var log bytes.Buffer
	require.NoError(t, Build(ctx, dir, Config{Static: static, Log: &log}))
	assert.Contains(t, log.String(), WasmPackage)

	for _, name := range append(Files, "index.html", "img/logo.svg") {
		fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name)))
		if assert.NoError(t, err, name) {
			assert.Positive(t, fi.Size(), name)
		}
	}
	goCmd, err := goCommand("")
	require.NoError(t, err)
	modDir, err := moduleDir(ctx, goCmd)
	require.NoError(t, err)
	_, srcErr := os.Stat(filepath.Join(modDir, "wasm", "newslens.d.ts"))
	_, dstErr := os.Stat(filepath.Join(dir, "newslens.d.ts"))
	assert.Equal(t, srcErr == nil, dstErr == nil, "newslens.d.ts copied when the module has it")
	wasm, err := os.ReadFile(filepath.Join(dir, "newslens.wasm"))
	require.NoError(t, err)
	assert.Equal(t, []byte("\x00asm"), wasm[:4], "wasm magic number")
	assert.Contains(t, log.String(), "block jumps made direct branches")
	_, s, err := jumps.Thread(wasm)
	require.NoError(t, err)
	assert.Zero(t, s.Direct, "every jump forward is a direct branch already")
	assert.Positive(t, s.Kept)
	js, err := os.ReadFile(filepath.Join(dir, "wasm_exec.js"))
	require.NoError(t, err)
	assert.Contains(t, string(js), "globalThis.Go", "wasm_exec.js of the toolchain")
}

func TestBuildErrors(t *testing.T) {
	ctx := context.Background()
	t.Run("missing go command", func(t *testing.T) {
		err := Build(ctx, t.TempDir(), Config{Go: filepath.Join(t.TempDir(), "no-such-go")})
		assert.Error(t, err)
	})
	t.Run("module without the wasm package", func(t *testing.T) {
		if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
			t.Skip("needs the go command")
		}
		mod := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/x\n\ngo 1.22\n"), 0o644))
		err := Build(ctx, t.TempDir(), Config{ModuleDir: mod})
		assert.ErrorContains(t, err, WasmPackage)
	})
}

func TestGoCommand(t *testing.T) {
	got, err := goCommand("/opt/go/bin/go")
	require.NoError(t, err)
	assert.Equal(t, "/opt/go/bin/go", got)
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		return
	}
	got, err = goCommand("")
	require.NoError(t, err)
	fi, err := os.Stat(got)
	require.NoError(t, err)
	assert.False(t, fi.IsDir())
}

func TestCopyFS(t *testing.T) {
	dir := t.TempDir()
	fsys := fstest.MapFS{"a.txt": {Data: []byte("a")}, "b/c.txt": {Data: []byte("c")}}
	require.NoError(t, copyFS(fsys, dir))
	b, err := os.ReadFile(filepath.Join(dir, "b", "c.txt"))
	require.NoError(t, err)
	assert.Equal(t, "c", string(b))
}
