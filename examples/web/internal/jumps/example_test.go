package jumps_test

import (
	"fmt"
	"log"
	"os"

	"github.com/newslens/newslens/examples/web/internal/jumps"
)

// Thread a module built with GOOS=js GOARCH=wasm go build, in place.
func ExampleThread() {
	module, err := os.ReadFile("newslens.wasm")
	if err != nil {
		log.Fatal(err)
	}
	threaded, s, err := jumps.Thread(module)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d jumps made direct in %d functions; %d bytes saved\n",
		s.Direct, s.Functions, len(module)-len(threaded))
	if err := os.WriteFile("newslens.wasm", threaded, 0o644); err != nil {
		log.Fatal(err)
	}
}
