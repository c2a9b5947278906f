package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/term"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/batch"
	"github.com/vedetta/vedetta/fetch"
	"github.com/vedetta/vedetta/ingest"
)

func init() {
	register(&command{name: "ingest", summary: "read, analyse and store documents (files, folders, - for stdin)", run: runIngest})
}

func runIngest(e *env, args []string) int {
	fs := newFlags(e, "ingest", "PATH...")
	data := dataFlag(e, fs)
	pf := addPipelineFlags(fs)
	date := fs.String("date", "", "date (YYYY[-MM[-DD]]) for documents that carry none")
	lang := fs.String("lang", "", "language of documents that declare none (default: detect)")
	maxDoc := fs.Int("max-doc-size", ingest.DefaultMaxDocSize, "largest document accepted, in bytes")
	workers := fs.Int("workers", 0, "analysis workers (default: all cores)")
	quiet := fs.Bool("quiet", false, "no progress reports")
	follow := fs.Bool("follow", false, "for feeds: fetch each item's page and extract its article instead of the feed's summary")
	noRobots := fs.Bool("ignore-robots", false, "fetch URLs whatever the sites' robots.txt says (for your own sites)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return usageExit(err)
	}
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "vedetta ingest: give at least one PATH (a file, a folder or - for standard input)")
		fs.Usage()
		return exitUsage
	}
	if *date != "" {
		if _, _, err := vedetta.ParseDate(*date); err != nil {
			fmt.Fprintf(e.stderr, "vedetta ingest: --date: %v\n", err)
			return exitUsage
		}
	}
	for _, p := range paths {
		if p == "-" || fetch.IsURL(p) {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			fmt.Fprintf(e.stderr, "vedetta ingest: %v\n", err)
			return exitUsage
		}
	}
	p, err := pf.build()
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta ingest: %v\n", err)
		return exitUsage
	}
	st, err := openStore(e, *data)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta ingest: %v\n", err)
		return exitFailed
	}
	defer st.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var consumed atomic.Int64
	var notes []string
	ropts := ingest.Options{Date: *date, Lang: *lang, MaxDocSize: *maxDoc, Consumed: &consumed, Follow: *follow,
		Fetcher: fetch.New(fetch.Config{IgnoreRobots: *noRobots}),
		Notice:  func(where, msg string) { notes = append(notes, where+": "+msg) }}
	src := func(emit func(ingest.Item) error) error { return ingest.Read(paths, e.stdin, ropts, emit) }
	opts := batch.Options{Pipeline: p, Workers: *workers}
	if !*quiet {
		pr := newProgress(e.stderr, ingest.Size(paths), &consumed)
		opts.Progress, opts.ProgressEvery = pr.report, pr.every
		defer pr.done()
	}
	sum, err := batch.Run(ctx, st, src, opts)
	if !*quiet {
		fmt.Fprint(e.stderr, clearLine(e.stderr))
	}
	printSummary(e.stdout, sum)
	if len(notes) > 0 {
		fmt.Fprintln(e.stdout, "notes:")
		for _, n := range notes {
			fmt.Fprintf(e.stdout, "  %s\n", n)
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta ingest: stopped: %v\n", err)
		return exitFailed
	}
	if sum.Failed > 0 {
		return exitFailed
	}
	return exitOK
}

func printSummary(w io.Writer, s *batch.Summary) {
	secs := s.Elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(s.Stored+s.Replaced) / secs
	}
	fmt.Fprintf(w, "stored %d, replaced %d, unchanged %d, failed %d (read %d documents, %s of text, in %.1fs: %.0f documents/s; peak memory %s)\n",
		s.Stored, s.Replaced, s.Unchanged, s.Failed, s.Read, humanBytes(s.Bytes), secs, rate, humanBytes(peakRSS()))
	if len(s.Failures) > 0 {
		fmt.Fprintln(w, "failed:")
		for _, f := range s.Failures {
			fmt.Fprintf(w, "  %s: %s\n", f.Where, f.Reason)
		}
	}
	if len(s.Warnings) > 0 {
		fmt.Fprintln(w, "warnings:")
		for _, f := range s.Warnings {
			fmt.Fprintf(w, "  %s: %s\n", f.Where, f.Reason)
		}
	}
}

// progress shows a bar on a terminal and a plain line every few seconds
// otherwise.
type progress struct {
	w        io.Writer
	tty      bool
	total    int64
	consumed *atomic.Int64
	start    time.Time
	every    time.Duration
}

func newProgress(w io.Writer, total int64, consumed *atomic.Int64) *progress {
	p := &progress{w: w, total: total, consumed: consumed, start: time.Now(), every: 5 * time.Second}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty, p.every = true, 200*time.Millisecond
	}
	return p
}

func (p *progress) report(c batch.Counts) {
	secs := time.Since(p.start).Seconds()
	rate := float64(c.Stored+c.Replaced+c.Unchanged) / secs
	line := fmt.Sprintf("%d read, %d stored, %d unchanged, %d failed, %.0f docs/s", c.Read, c.Stored+c.Replaced, c.Unchanged, c.Failed, rate)
	if !p.tty {
		fmt.Fprintf(p.w, "progress: %s\n", line)
		return
	}
	bar := ""
	if p.total > 0 {
		frac := float64(p.consumed.Load()) / float64(p.total)
		if frac > 1 {
			frac = 1
		}
		n := int(frac * 30)
		bar = fmt.Sprintf("[%s%s] %3.0f%% ", strings.Repeat("#", n), strings.Repeat(" ", 30-n), frac*100)
	}
	fmt.Fprintf(p.w, "\r\033[K%s%s", bar, line)
}

func (p *progress) done() {}

func clearLine(w io.Writer) string {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return "\r\033[K"
	}
	return ""
}
