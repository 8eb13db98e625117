package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// progress draws a one-line progress bar on a terminal; on anything else
// (a file, a pipe, a test buffer) it draws nothing.
type progress struct {
	w     io.Writer
	total int
	on    bool
}

// barWidth is the number of cells of the bar.
const barWidth = 30

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, on: isTerminal(w)}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// show draws the bar before document i (0-based) named name.
func (p *progress) show(i int, name string) {
	if !p.on || p.total == 0 {
		return
	}
	done := barWidth * i / p.total
	base := filepath.Base(name)
	if len(base) > 30 {
		base = base[:29] + "…"
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d %s", strings.Repeat("#", done), strings.Repeat(".", barWidth-done), i+1, p.total, base)
}

// clear erases the bar so that a message can be written.
func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// done erases the bar at the end.
func (p *progress) done() { p.clear() }
