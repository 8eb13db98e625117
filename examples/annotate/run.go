package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newslens/newslens/entities"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// options are the parsed command-line flags.
type options struct {
	format   string
	url      string
	entities bool
	input    string
}

// parseArgs parses the command line.
func parseArgs(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.format, "format", "json", "output format: json, html or jsonld")
	fs.StringVar(&o.url, "url", "", "the page's URL (base for relative links)")
	fs.BoolVar(&o.entities, "entities", false, "read plain text and write only its entity mentions")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: annotate [-format json|html|jsonld] [-url U] FILE|DIR|-")
		fmt.Fprintln(stderr, "       annotate -entities FILE|-")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return o, errors.New("annotate: exactly one FILE, DIR or - expected")
	}
	o.input = fs.Arg(0)
	switch o.format {
	case "json", "html", "jsonld":
	default:
		return o, fmt.Errorf("annotate: unknown format %q", o.format)
	}
	return o, nil
}

// run is the command: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseArgs(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, err)
		}
		return exitUsage
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if o.entities {
		return runEntities(o.input, stdin, out, stderr)
	}
	if o.input != "-" {
		if fi, err := os.Stat(o.input); err == nil && fi.IsDir() {
			if o.format == "html" {
				fmt.Fprintln(stderr, "annotate: -format html needs a single file")
				return exitUsage
			}
			return runDir(o, out, stderr)
		}
	}
	in, err := readInput(o.input, stdin)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitFail
	}
	b, err := annotate(in, o, "")
	if err != nil {
		fmt.Fprintf(stderr, "annotate: %s: %v\n", o.input, err)
		return exitFail
	}
	out.Write(b)
	out.WriteByte('\n')
	return exitOK
}

// runEntities writes the mentions of a plain text.
func runEntities(name string, stdin io.Reader, out io.Writer, stderr io.Writer) int {
	in, err := readInput(name, stdin)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitFail
	}
	mentions := entities.Default().Find(in.data)
	if mentions == nil {
		mentions = []entities.Mention{}
	}
	b, err := json.Marshal(struct {
		Mentions []entities.Mention `json:"mentions"`
	}{mentions})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitFail
	}
	out.Write(append(b, '\n'))
	return exitOK
}
