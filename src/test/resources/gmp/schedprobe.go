// schedprobe runs one scheduler experiment and prints its measurements as key=value lines.
// Used by GmpRealGoTest to check the claims of the GMP simulation's presets against the real runtime.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
	"time"
)

var sink uint64

// spin is a loop without function calls: before Go 1.14 (or with GODEBUG=asyncpreemptoff=1) nothing can
// preempt it; with asynchronous preemption sysmon stops it after about 10 ms.
//
//go:noinline
func spin(n uint64) uint64 {
	var s uint64
	for i := uint64(0); i < n; i++ {
		s += i ^ (s >> 3)
	}
	return s
}

// itersFor calibrates how many iterations of spin take about d.
func itersFor(d time.Duration) uint64 {
	const probe = 1 << 22
	start := time.Now()
	sink += spin(probe)
	took := time.Since(start)
	return uint64(float64(probe) * float64(d) / float64(took))
}

// tightLoop: with one P, a goroutine spins ~300 ms while main sleeps 1 ms; prints how long main slept.
func tightLoop() {
	runtime.GOMAXPROCS(1)
	n := itersFor(300 * time.Millisecond)
	done := make(chan struct{})
	go func() {
		sink += spin(n)
		close(done)
	}()
	start := time.Now()
	time.Sleep(time.Millisecond) // the spinner takes the only P now
	fmt.Printf("sleeper_woke_ms=%d\n", time.Since(start).Milliseconds())
	<-done
	fmt.Printf("loop_done_ms=%d\n", time.Since(start).Milliseconds())
}

// blockingSyscall: with one P, goroutines block in read(2) on pipes (a real blocking syscall, not the
// netpoller); another goroutine still runs, and each blocked read holds an OS thread.
func blockingSyscall() {
	runtime.GOMAXPROCS(1)
	const readers = 3
	fds := make([][2]int, readers)
	for i := range fds {
		var p [2]int
		if err := syscall.Pipe(p[:]); err != nil {
			panic(err)
		}
		fds[i] = p
		go func(fd int) {
			buf := make([]byte, 1)
			syscall.Read(fd, buf)
		}(p[0])
	}
	time.Sleep(20 * time.Millisecond) // the readers block in read(2); sysmon retakes the P
	worked := make(chan time.Duration)
	go func() {
		start := time.Now()
		sink += spin(itersFor(20 * time.Millisecond))
		worked <- time.Since(start)
	}()
	select {
	case d := <-worked:
		fmt.Printf("worker_ran_while_blocked=true\nworker_ms=%d\n", d.Milliseconds())
	case <-time.After(5 * time.Second):
		fmt.Printf("worker_ran_while_blocked=false\n")
	}
	fmt.Printf("readers=%d\nthreads=%d\n", readers, osThreads())
	for _, p := range fds {
		syscall.Write(p[1], []byte{1})
	}
}

func osThreads() int {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "Threads:") {
			var n int
			fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(line, "Threads:")), "%d", &n)
			return n
		}
	}
	return -1
}

func main() {
	switch os.Args[1] {
	case "tight-loop":
		tightLoop()
	case "blocking-syscall":
		blockingSyscall()
	default:
		panic("unknown experiment " + os.Args[1])
	}
}
