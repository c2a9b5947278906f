package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/batch"
	"github.com/vedetta/vedetta/ingest"
	"github.com/vedetta/vedetta/internal/corpus"
)

func init() {
	register(&command{name: "bench", summary: "measure ingest and analysis throughput and memory on a generated corpus", run: runBench})
}

func runBench(e *env, args []string) int {
	fs := newFlags(e, "bench", "")
	docs := fs.Int("docs", 10000, "documents to generate")
	size := fs.Int("size", 2000, "bytes of text per document")
	seed := fs.Int64("seed", 1, "corpus seed")
	data := fs.String("data", "", "data folder to ingest into (default: a temporary folder, removed afterwards)")
	analyzeDocs := fs.Int("analyze-docs", 500, "documents for the single-core analysis measurement")
	pf := addPipelineFlags(fs)
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the ingest phase to `FILE`")
	if _, err := parseFlags(fs, args); err != nil {
		return usageExit(err)
	}
	loadStart := time.Now()
	p, err := pf.build()
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta bench: %v\n", err)
		return exitFailed
	}
	loadTime := time.Since(loadStart)
	fmt.Fprintf(e.stdout, "pipeline load: %.2fs, %d stages (%s)\n", loadTime.Seconds(), len(p.Stages), stageNames(p))

	// Analysis alone, one goroutine: words and sentences per second per core.
	g := corpus.New(*seed+1, *size)
	var words, sents, bytes int
	start := time.Now()
	for i := 0; i < *analyzeDocs; i++ {
		a := p.Analyze(g.Next())
		words += len(a.Tokens)
		sents += len(a.Sentences)
		bytes += len(a.Text)
	}
	el := time.Since(start).Seconds()
	fmt.Fprintf(e.stdout, "analysis, 1 core: %d documents, %.0f documents/s, %.0f words/s, %.0f sentences/s, %.2f MB/s\n",
		*analyzeDocs, float64(*analyzeDocs)/el, float64(words)/el, float64(sents)/el, float64(bytes)/el/1e6)
	// Per-stage cost: each stage timed as it runs in the pipeline.
	g = corpus.New(*seed+2, *size)
	dur := make([]time.Duration, len(p.Stages))
	const perStage = 200
	for i := 0; i < perStage; i++ {
		a := vedetta.NewAnalysis(g.Next())
		for k, s := range p.Stages {
			t0 := time.Now()
			s.Analyze(a)
			dur[k] += time.Since(t0)
		}
	}
	for k, s := range p.Stages {
		fmt.Fprintf(e.stdout, "  stage %-9s %.3f ms/document\n", s.Name(), dur[k].Seconds()*1000/perStage)
	}

	// End to end into the embedded store, all cores.
	dir := *data
	if dir == "" {
		dir, err = os.MkdirTemp("", "vedetta-bench-")
		if err != nil {
			fmt.Fprintf(e.stderr, "vedetta bench: %v\n", err)
			return exitFailed
		}
		defer os.RemoveAll(dir)
	}
	st, err := openStore(e, dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta bench: %v\n", err)
		return exitFailed
	}
	defer st.Close()
	gen := corpus.New(*seed, *size)
	src := func(emit func(ingest.Item) error) error {
		for i := 0; i < *docs; i++ {
			if err := emit(ingest.Item{File: "generated", Line: i + 1, Doc: gen.Next()}); err != nil {
				return err
			}
		}
		return nil
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(e.stderr, "vedetta bench: %v\n", err)
			return exitFailed
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	sum, err := batch.Run(context.Background(), st, src, batch.Options{Pipeline: p})
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta bench: %v\n", err)
		return exitFailed
	}
	secs := sum.Elapsed.Seconds()
	fmt.Fprintf(e.stdout, "ingest, %d cores: %d documents (%s) in %.1fs: %.0f documents/s, %.2f MB/s; stored %d, failed %d\n",
		runtime.GOMAXPROCS(0), sum.Read, humanBytes(sum.Bytes), secs, float64(sum.Stored+sum.Replaced)/secs, float64(sum.Bytes)/secs/1e6, sum.Stored, sum.Failed)
	fmt.Fprintf(e.stdout, "peak memory (RSS): %s\n", humanBytes(peakRSS()))
	return exitOK
}

func stageNames(p *analyze.Pipeline) string {
	var names []string
	for _, s := range p.Stages {
		names = append(names, s.Name())
	}
	return strings.Join(names, ", ")
}
