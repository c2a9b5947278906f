package kb_test

import (
	"io/fs"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze/kb"
	"github.com/vedetta/vedetta/analyze/segment"
	"github.com/vedetta/vedetta/examples"
)

// BenchmarkLoad measures building the whole knowledge base from the
// embedded data; heapMB is the live heap with the KB loaded.
func BenchmarkLoad(b *testing.B) {
	var k *kb.KB
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		var err error
		if k, err = kb.Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heapMB")
	runtime.KeepAlive(k)
}

// TestLoadTime logs the load time and the memory of the knowledge base
// (measured as a benchmark too: BenchmarkLoad).
func TestLoadTime(t *testing.T) {
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	var after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("knowledge base: %d entities, loaded in %v, %.1f MB of heap", len(k.Entities), took, float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc))/(1<<20))
	runtime.KeepAlive(k)
}

// corpus is about 1 MB of the example texts (ours) as separate
// documents, segmented.
func corpus(b *testing.B) ([]*vedetta.Analysis, int) {
	var docs []vedetta.Document
	err := fs.WalkDir(examples.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		raw, err := examples.FS.ReadFile(p)
		if err != nil {
			return err
		}
		_, body, _ := strings.Cut(string(raw), "\n")
		docs = append(docs, vedetta.Document{Text: body, Date: "2022-01"})
		return nil
	})
	if err != nil || len(docs) == 0 {
		b.Fatal(err)
	}
	var out []*vedetta.Analysis
	size := 0
	for i := 0; size < 1<<20; i++ {
		a := vedetta.NewAnalysis(docs[i%len(docs)])
		segment.Stage{}.Analyze(a)
		out = append(out, a)
		size += len(a.Text)
	}
	return out, size
}

// BenchmarkLink measures linking with the full knowledge base loaded, on
// documents already split into tokens by the segment stage (MB/s of text).
func BenchmarkLink(b *testing.B) {
	k := loadKB(b)
	as, size := corpus(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	cpu0 := cpuTime()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, a := range as {
			a.Entities = k.Link(a)
			n += len(a.Entities)
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(n)/float64(b.N*len(as)), "entities/doc")
	// MB per second of CPU time of the process: the speed of one core even
	// when the machine is shared (run with GOMAXPROCS=1).
	b.ReportMetric(float64(size)*float64(b.N)/(1<<20)/cpu.Seconds(), "MB/cpu-s")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkSegmentAndLink adds the segment stage to BenchmarkLink.
func BenchmarkSegmentAndLink(b *testing.B) {
	k := loadKB(b)
	as, size := corpus(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range as {
			segment.Stage{}.Analyze(a)
			a.Entities = k.Link(a)
		}
	}
}
