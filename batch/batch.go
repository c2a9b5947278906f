package batch

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/dedupe"
	"github.com/vedetta/vedetta/ingest"
	"github.com/vedetta/vedetta/store"
)

// Source emits the items of a job, e.g. ingest.Read over some paths.
type Source func(emit func(ingest.Item) error) error

// Options tune a job.
type Options struct {
	Workers   int           // analysis goroutines; 0 means GOMAXPROCS
	BatchSize int           // documents per store transaction; 0 means 256
	FlushTime time.Duration // longest wait before a partial batch is written; 0 means 500ms
	// Progress, if set, is called from one goroutine every ProgressEvery.
	Progress      func(Counts)
	ProgressEvery time.Duration
	// Pipeline analyses documents; nil analyses nothing (useful for tests).
	Pipeline *analyze.Pipeline
}

// Counts are the running totals of a job.
type Counts struct {
	Read      int64 // documents read (good or bad)
	Analyzed  int64
	Stored    int64
	Replaced  int64
	Unchanged int64
	Failed    int64
	Bytes     int64 // text bytes of the documents read
}

// Problem is one failure or warning, with where it happened.
type Problem struct {
	Where  string `json:"where"`
	ID     string `json:"id,omitempty"`
	Reason string `json:"reason"`
}

// Summary is the outcome of a job.
type Summary struct {
	Counts
	Failures []Problem
	Warnings []Problem
	Elapsed  time.Duration
}

type job struct {
	item ingest.Item
	hash string
}

type counters struct {
	read, analyzed, stored, replaced, unchanged, failed, bytes atomic.Int64
}

func (c *counters) snapshot() Counts {
	return Counts{Read: c.read.Load(), Analyzed: c.analyzed.Load(), Stored: c.stored.Load(), Replaced: c.replaced.Load(),
		Unchanged: c.unchanged.Load(), Failed: c.failed.Load(), Bytes: c.bytes.Load()}
}

// Run runs a job to the end of src, or until ctx is cancelled (then what was
// analysed is still written). The error is set only when the job could not
// go on at all (the source or the store failed); per-document problems are
// in the summary.
func Run(ctx context.Context, st store.Store, src Source, opts Options) (*Summary, error) {
	start := time.Now()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := opts.BatchSize
	if batchSize <= 0 {
		batchSize = 256
	}
	flush := opts.FlushTime
	if flush <= 0 {
		flush = 500 * time.Millisecond
	}
	var (
		c        counters
		mu       sync.Mutex
		failures []Problem
		warnings []Problem
	)
	fail := func(where, id, reason string) {
		c.failed.Add(1)
		mu.Lock()
		failures = append(failures, Problem{Where: where, ID: id, Reason: reason})
		mu.Unlock()
	}

	jobs := make(chan job, workers*2)
	// Room for a whole batch, so that analysis goes on while the previous
	// batch is written.
	recs := make(chan store.Record, batchSize)
	var readErr error
	// Reader: drops failures and unchanged documents early.
	go func() {
		defer close(jobs)
		seen := map[string]string{} // id -> hash, for repeats within this job
		readErr = src(func(it ingest.Item) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			c.read.Add(1)
			for _, w := range it.Warnings {
				mu.Lock()
				warnings = append(warnings, Problem{Where: it.Where(), ID: it.Doc.ID, Reason: w})
				mu.Unlock()
			}
			if it.Err != nil {
				fail(it.Where(), it.Doc.ID, it.Err.Error())
				return nil
			}
			c.bytes.Add(int64(len(it.Doc.Text)))
			h := ingest.ContentHash(it.Doc)
			if prev, ok := seen[it.Doc.ID]; ok && prev == h {
				c.unchanged.Add(1)
				return nil
			}
			seen[it.Doc.ID] = h
			old, ok, err := st.Hash(ctx, it.Doc.ID)
			if err != nil {
				return fmt.Errorf("store: %w", err)
			}
			if ok && old == h {
				c.unchanged.Add(1)
				return nil
			}
			select {
			case jobs <- job{item: it, hash: h}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	// Analysers.
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				a, err := analyzeOne(opts.Pipeline, j.item.Doc)
				if err != nil {
					fail(j.item.Where(), j.item.Doc.ID, err.Error())
					continue
				}
				c.analyzed.Add(1)
				recs <- store.Record{Analysis: a, Hash: j.hash, Signature: dedupe.Sign(a.Text).Bytes()}
			}
		}()
	}
	go func() { wg.Wait(); close(recs) }()

	// Progress.
	stopProgress := make(chan struct{})
	progressDone := make(chan struct{})
	go func() {
		defer close(progressDone)
		if opts.Progress == nil {
			return
		}
		every := opts.ProgressEvery
		if every <= 0 {
			every = time.Second
		}
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				opts.Progress(c.snapshot())
			case <-stopProgress:
				return
			}
		}
	}()

	// Writer: this goroutine.
	var storeErr error
	var pending []store.Record
	write := func() {
		if len(pending) == 0 {
			return
		}
		status, err := st.Put(context.WithoutCancel(ctx), pending)
		if err != nil && status == nil {
			for _, r := range pending {
				fail(r.Analysis.ID, r.Analysis.ID, "store: "+err.Error())
			}
			storeErr = err
		} else {
			if err != nil {
				storeErr = err
			}
			for _, s := range status {
				switch s {
				case store.Stored:
					c.stored.Add(1)
				case store.Replaced:
					c.replaced.Add(1)
				case store.Unchanged:
					c.unchanged.Add(1)
				}
			}
		}
		pending = pending[:0]
	}
	timer := time.NewTimer(flush)
	defer timer.Stop()
loop:
	for {
		select {
		case r, ok := <-recs:
			if !ok {
				break loop
			}
			pending = append(pending, r)
			if len(pending) >= batchSize {
				write()
			}
		case <-timer.C:
			write()
			timer.Reset(flush)
		}
	}
	write()
	close(stopProgress)
	<-progressDone
	sum := &Summary{Counts: c.snapshot(), Failures: failures, Warnings: warnings, Elapsed: time.Since(start)}
	if readErr != nil && ctx.Err() == nil {
		return sum, readErr
	}
	if storeErr != nil {
		return sum, fmt.Errorf("store: %w", storeErr)
	}
	return sum, ctx.Err()
}

// analyzeOne runs the pipeline, turning a panic in a stage into an error
// for this document alone.
func analyzeOne(p *analyze.Pipeline, d vedetta.Document) (a *vedetta.Analysis, err error) {
	if p == nil {
		return vedetta.NewAnalysis(d), nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("analysis failed: %v", r)
		}
	}()
	return p.Analyze(d), nil
}
