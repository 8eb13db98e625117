//go:build js && wasm

package main

import (
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/newslens/newslens/entities"
)

// gcPaused holds the collector setting that prepareLinker replaced, until
// resumeGC restores it; nil when the collector runs as set.
var gcPaused *int

// prepareLinker makes the default linker, the first time a call links
// entities, with the collector paused: that decodes the knowledge base
// and the tagger model. What the decoding keeps (some 16 MB: 14.2 for the
// knowledge base, 1.6 for the model) is most of what it allocates, so a
// collection during it would free little, yet each one the growing heap
// starts scans the heap, and in the baseline code V8 first runs that was
// about a fifth of the first call. The collector stays paused for the
// rest of that call, which the heap grown past its goal would otherwise
// spend collecting (see resumeGC).
var prepareLinker = sync.OnceFunc(func() {
	pauseGC()
	entities.Default()
})

// pauseGC pauses the collector until the exported call running returns.
func pauseGC() {
	if gcPaused == nil {
		percent := debug.SetGCPercent(-1)
		gcPaused = &percent
	}
}

// resumeGC runs when an exported call returns. After the call that
// prepareLinker paused the collector in, it restores the collector's
// setting and has it collect once the JavaScript event loop is idle (a
// timer fires after the caller has had the call's result), instead of
// during that first call: in a cold Node.js 20 process, marking the 17 MB
// then live took some 14 ms of CPU time, spread over the call's last
// 80 ms. A call made before the timer fires collects as it allocates, as
// without the pause.
func resumeGC() {
	if gcPaused == nil {
		return
	}
	debug.SetGCPercent(*gcPaused)
	gcPaused = nil
	time.AfterFunc(0, runtime.GC)
}
