//go:build !race

package article

// secRace is true when the race detector is on.
const secRace = false
