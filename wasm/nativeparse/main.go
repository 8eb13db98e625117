package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/newslens/newslens/article"
	"github.com/newslens/newslens/entities"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "nativeparse:", err)
		os.Exit(1)
	}
}

// errUsage is returned for wrong arguments.
var errUsage = errors.New("usage: nativeparse PAGE URL")

// run serves timing requests: one parse per line of in, its time in
// nanoseconds written to out as a line.
func run(args []string, in io.Reader, out io.Writer) error {
	if len(args) != 2 {
		return errUsage
	}
	page, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	entities.Default().Prepare() // decode the embedded data before any timing
	lines, w := bufio.NewScanner(in), bufio.NewWriter(out)
	for lines.Scan() {
		d, err := parseOnce(page, args[1])
		if err != nil {
			return err
		}
		fmt.Fprintln(w, d.Nanoseconds())
		if err := w.Flush(); err != nil {
			return err
		}
	}
	return lines.Err()
}

// parseOnce times one Parse + MarshalJSON of page, the work parse() does
// in WebAssembly.
func parseOnce(page []byte, url string) (time.Duration, error) {
	t0 := time.Now()
	a, err := article.Parse(bytes.NewReader(page), article.WithURL(url))
	if err != nil {
		return 0, err
	}
	if _, err := a.MarshalJSON(); err != nil {
		return 0, err
	}
	return time.Since(t0), nil
}
