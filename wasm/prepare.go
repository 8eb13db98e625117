//go:build js && wasm

package main

import (
	"runtime/debug"
	"sync"

	"github.com/newslens/newslens/entities"
)

// prepareLinker makes the default linker, the first time a call links
// entities, with the collector paused: that decodes the knowledge base
// and the tagger model. All that decoding allocates (some 20 MB) stays
// live, so a collection during it would free little, yet each one the
// growing heap starts scans it, and in the baseline code V8 first runs
// that is about a fifth of the first call. The collector resumes with its
// setting restored and collects once at the next allocation.
var prepareLinker = sync.OnceFunc(func() {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	entities.Default()
})
