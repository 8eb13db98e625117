//go:build js && wasm

package main

import (
	"runtime/debug"
	"sync"

	"github.com/newslens/newslens/entities"
)

// prepareLinker makes the default linker, the first time a call links
// entities, with the collector paused: that decodes the knowledge base
// and the tagger model. What the decoding keeps (some 16 MB: 14.2 for the
// knowledge base, 1.6 for the model) is most of what it allocates, so a
// collection during it would free little, yet each one the growing heap
// starts scans the heap, and in the baseline code V8 first runs that was
// about a fifth of the first call. The collector resumes with its setting
// restored and collects once at the next allocation.
var prepareLinker = sync.OnceFunc(func() {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	entities.Default()
})
