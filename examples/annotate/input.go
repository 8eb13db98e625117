package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newslens/newslens/article"
)

// input is one document to annotate.
type input struct {
	name string
	data string
	// text is true for plain text (FromText), false for HTML (Parse).
	text bool
}

// readInput reads a file, or standard input for "-".
func readInput(name string, stdin io.Reader) (input, error) {
	var (
		b   []byte
		err error
	)
	if name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return input{}, fmt.Errorf("annotate: %w", err)
	}
	in := input{name: name, data: string(b)}
	if name == "-" {
		in.text = !strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(in.data, "\uFEFF")), "<")
	} else {
		in.text = strings.EqualFold(filepath.Ext(name), ".txt")
	}
	return in, nil
}

// annotate builds the article of in and encodes it in o.format. file, when
// not empty, is added as a "file" field to JSON output.
func annotate(in input, o options, file string) ([]byte, error) {
	a, err := build(in, o)
	if err != nil {
		return nil, err
	}
	switch o.format {
	case "html":
		return page(a)
	case "jsonld":
		b, err := a.JSONLD()
		if err != nil || file == "" {
			return b, err
		}
		var buf bytes.Buffer
		err = json.Compact(&buf, b)
		return buf.Bytes(), err
	}
	b, err := json.Marshal(a)
	if err != nil || file == "" {
		return b, err
	}
	return withFile(b, file)
}

// build parses in as HTML or plain text.
func build(in input, o options) (*article.Article, error) {
	var opts []article.Option
	if o.url != "" {
		opts = append(opts, article.WithURL(o.url))
	}
	if in.text {
		return article.FromText(in.data, opts...)
	}
	return article.Parse(strings.NewReader(in.data), opts...)
}

// withFile prepends a "file" member to the JSON object obj.
func withFile(obj []byte, file string) ([]byte, error) {
	name, err := json.Marshal(file)
	if err != nil {
		return nil, err
	}
	if len(obj) < 2 || obj[0] != '{' {
		return nil, fmt.Errorf("annotate: not a JSON object")
	}
	out := make([]byte, 0, len(obj)+len(name)+10)
	out = append(out, `{"file":`...)
	out = append(out, name...)
	if len(obj) > 2 {
		out = append(out, ',')
	}
	return append(out, obj[1:]...), nil
}

// docFiles returns the .html, .htm and .txt files under dir, sorted.
func docFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			switch strings.ToLower(filepath.Ext(path)) {
			case ".html", ".htm", ".txt":
				files = append(files, path)
			}
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// runDir annotates every document of a directory, one line each.
func runDir(o options, out io.Writer, stderr io.Writer) int {
	files, err := docFiles(o.input)
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return exitFail
	}
	bar := newProgress(stderr, len(files))
	status := exitOK
	for i, f := range files {
		bar.show(i, f)
		in, err := readInput(f, nil)
		if err == nil {
			var b []byte
			if b, err = annotate(in, o, f); err == nil {
				out.Write(append(b, '\n'))
			}
		}
		if err != nil {
			bar.clear()
			fmt.Fprintf(stderr, "annotate: %s: %v\n", f, err)
			status = exitFail
		}
	}
	bar.done()
	return status
}
