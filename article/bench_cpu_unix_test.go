//go:build unix

package article

import (
	"syscall"
	"time"
)

// processCPU returns the user+system CPU time of the process so far:
// benchmarks report it per operation because wall time on a shared
// machine also counts other processes.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
