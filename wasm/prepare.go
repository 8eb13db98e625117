//go:build js && wasm

package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/newslens/newslens/entities"
)

// firstCallHeadroom is how much memory the call that decodes the linker
// may add (the decoding keeps some 16 MB) before the paused collector
// runs anyway: enough for the first call on an everyday page, while one on
// a huge page still collects instead of growing the module's memory, which
// WebAssembly never gives back.
const firstCallHeadroom = 96 << 20

// gcSetting is the collector's setting that pauseGC replaced.
type gcSetting struct {
	percent int
	limit   int64
}

// gcPaused holds the setting to restore until resumeGC restores it; nil
// when the collector runs as set.
var gcPaused *gcSetting

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
	pauseGC(firstCallHeadroom)
	entities.Default()
})

// pauseGC pauses the collector until the exported call running returns,
// unless the runtime's memory grows by more than headroom first: a memory
// limit then has it collect.
func pauseGC(headroom uint64) {
	if gcPaused != nil {
		return
	}
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	used := s[0].Value.Uint64() - s[1].Value.Uint64()
	limit := debug.SetMemoryLimit(-1) // reads it
	gcPaused = &gcSetting{percent: debug.SetGCPercent(-1), limit: limit}
	debug.SetMemoryLimit(min(limit, int64(min(used+headroom, math.MaxInt64))))
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
	debug.SetGCPercent(gcPaused.percent)
	debug.SetMemoryLimit(gcPaused.limit)
	gcPaused = nil
	time.AfterFunc(0, runtime.GC)
}
