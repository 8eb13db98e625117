package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/newslens/newslens/examples/web/internal/build"
)

//go:embed static
var staticFiles embed.FS

// staticFS is the page: index.html, app.js, worker.js, style.css and the
// sample article.
func staticFS() fs.FS {
	sub, err := fs.Sub(staticFiles, "static")
	if err != nil {
		panic(err) // the embedded directory always exists
	}
	return sub
}

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to serve on; a free loopback port is used if it is busy")
	out := flag.String("build", "", "only build the demo into this directory and exit")
	flag.Parse()
	log.SetFlags(0)
	if err := run(*addr, *out); err != nil {
		log.Fatal(err)
	}
}

func run(addr, out string) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg := build.Config{Static: staticFS(), Log: os.Stderr}
	if out != "" {
		return build.Build(ctx, out, cfg)
	}
	dir, err := os.MkdirTemp("", "newslens-web-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	start := time.Now()
	if err := build.Build(ctx, dir, cfg); err != nil {
		return err
	}
	log.Printf("built in %s", time.Since(start).Round(time.Millisecond))
	ln, err := listen(addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: newHandler(dir), ReadHeaderTimeout: 10 * time.Second}
	fmt.Printf("newslens demo: http://%s/\n", ln.Addr())
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// listen opens addr, or a free loopback port when addr is taken.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err == nil {
		return ln, nil
	}
	log.Printf("%s is busy (%v); using a free port", addr, err)
	return net.Listen("tcp", "127.0.0.1:0")
}
