// Command prog exercises the control flow Thread rewrites and the ways
// the Go runtime resumes a function: goroutine switches inside loops,
// stack growth, panics and defers. Its output must not depend on how it
// was compiled.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

func main() {
	fmt.Println("primes:", primes(200))
	fmt.Println("collatz:", collatz(27))
	fmt.Println("words:", words("the quick brown fox jumps over the lazy dog the end"))
	fmt.Println("labels:", labels(9))
	fmt.Println("goto:", gotoSum(10))
	fmt.Println("pipeline:", pipeline(300))
	fmt.Println("select:", selects(200))
	fmt.Println("workers:", workers(8, 500))
	fmt.Println("deep:", deep(20000, [64]byte{1}))
	fmt.Println("recover:", recovers(50))
	fmt.Println("defers:", defers(5))
	fmt.Println("sleep:", sleeps(3))
	fmt.Println("switch:", switches(40))
}

func primes(n int) []int {
	composite := make([]bool, n+1)
	var out []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		out = append(out, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return out
}

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func words(s string) string {
	counts := map[string]int{}
	for _, w := range strings.Fields(s) {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, counts[k])
	}
	return strings.TrimSpace(b.String())
}

func labels(n int) (sum int) {
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			switch {
			case j > i:
				continue outer
			case i*j > 40:
				break outer
			}
			sum += i * j
		}
	}
	return sum
}

func gotoSum(n int) (sum int) {
	i := 0
loop:
	if i < n {
		sum += i
		i++
		goto loop
	}
	return sum
}

// pipeline passes numbers through unbuffered channels, so every send
// and receive inside the loops switches goroutines.
func pipeline(n int) int {
	src := make(chan int)
	sq := make(chan int)
	go func() {
		for i := range n {
			src <- i
		}
		close(src)
	}()
	go func() {
		for v := range src {
			if v%3 == 0 {
				continue
			}
			sq <- v * v
		}
		close(sq)
	}()
	total := 0
	for v := range sq {
		total += v % 1000
	}
	return total
}

func selects(n int) string {
	a, b, quit := make(chan int), make(chan int), make(chan struct{})
	go func() {
		for i := range n {
			if i%2 == 0 {
				a <- i
			} else {
				b <- i
			}
		}
		close(quit)
	}()
	sa, sb := 0, 0
	for {
		select {
		case v := <-a:
			sa += v
		case v := <-b:
			sb += v
		case <-quit:
			return fmt.Sprint(sa, sb)
		}
	}
}

func workers(k, n int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for w := range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += k {
				mu.Lock()
				total += i
				mu.Unlock()
				if i%7 == 0 {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	return total
}

// deep recurses with a large frame, so the stack grows and is copied
// while calls are in progress.
func deep(n int, pad [64]byte) int {
	if n == 0 {
		return int(pad[0])
	}
	pad[n%64]++
	return deep(n-1, pad) + int(pad[n%64]&1)
}

var errOdd = errors.New("odd")

func recovers(n int) (caught int) {
	for i := range n {
		func() {
			defer func() {
				if r := recover(); r != nil {
					caught++
				}
			}()
			if i%2 == 1 {
				panic(errOdd)
			}
			if i%5 == 0 {
				var m map[string]int
				m["x"] = i // panics: assignment to a nil map
			}
		}()
	}
	return caught
}

func defers(n int) (out string) {
	for i := range n {
		defer func() { out += fmt.Sprint(i) }()
	}
	return "d"
}

func sleeps(n int) int {
	done := 0
	for range n {
		time.Sleep(time.Millisecond)
		done++
	}
	return done
}

func switches(n int) string {
	var b strings.Builder
	for i := range n {
		switch i % 6 {
		case 0:
			b.WriteByte('a')
		case 1, 2:
			b.WriteByte('b')
		case 3:
			if i > 20 {
				b.WriteByte('c')
				break
			}
			fallthrough
		case 4:
			b.WriteByte('d')
		default:
			b.WriteByte('e')
		}
	}
	return b.String()
}
