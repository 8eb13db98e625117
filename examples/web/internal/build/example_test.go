package build_test

import (
	"context"
	"log"
	"os"

	"github.com/newslens/newslens/examples/web/internal/build"
)

// Build the demo into dist/ with the toolchain running this program, from
// inside the newslens module, copying the page files of ./static.
func ExampleBuild() {
	err := build.Build(context.Background(), "dist", build.Config{
		Static: os.DirFS("static"),
		Log:    os.Stderr,
	})
	if err != nil {
		log.Fatal(err)
	}
}
