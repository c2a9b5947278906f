package timex

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchText is news text in the six languages: the pages of
// ../shared/eval/pages-dev when they are there, else the golden cases; with
// the reference example, repeated.
func benchText(b *testing.B) map[string]string {
	out := map[string]string{}
	pages, _ := filepath.Glob(filepath.Join(repoRoot(b), "..", "shared", "eval", "pages-dev", "*.txt"))
	if len(pages) > 0 {
		byLang := map[string]string{"001": "it", "016": "it", "019": "it", "021": "it", "028": "it", "030": "en", "036": "en", "039": "fr", "043": "de", "048": "ru", "056": "es", "059": "en", "063": "en", "067": "en", "104": "fr"}
		var sb = map[string]*strings.Builder{}
		for _, p := range pages {
			lang := byLang[strings.TrimSuffix(filepath.Base(p), ".txt")]
			if lang == "" {
				continue
			}
			t, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			if sb[lang] == nil {
				sb[lang] = &strings.Builder{}
			}
			sb[lang].Write(t)
			sb[lang].WriteString("\n\n")
		}
		for lang, s := range sb {
			out[lang] = strings.Repeat(s.String(), 20)
		}
		return out
	}
	ex, err := os.ReadFile(filepath.Join(repoRoot(b), "examples", "csto-kazakhstan-2022-01.it.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, lang := range []string{"it", "en", "fr", "es", "de", "ru"} {
		in, err := os.ReadFile(filepath.Join("testdata", lang+".txt"))
		if err != nil {
			b.Fatal(err)
		}
		var sb strings.Builder
		for _, line := range strings.Split(string(in), "\n") {
			if _, text, ok := strings.Cut(line, "\t"); ok {
				sb.WriteString(text + "\n")
			}
		}
		if lang == "it" {
			sb.Write(ex)
		}
		out[lang] = strings.Repeat(sb.String()+"\n", 50)
	}
	return out
}

// BenchmarkTimex measures the throughput of Find over all six languages:
// MB/s of wall time, and MB/cpu-s of the process's CPU time, which stays
// meaningful on a machine shared with other jobs (run with GOMAXPROCS=1).
func BenchmarkTimex(b *testing.B) {
	texts := benchText(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	cpu0 := cpuTime()
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for lang, t := range texts {
			Find(t, lang, "2022-01-10", Options{})
		}
		n++
	}
	b.StopTimer()
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(total)*float64(n)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// cpuTime is the user and system CPU time of the process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
