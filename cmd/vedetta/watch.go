package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/vedetta/vedetta/batch"
	"github.com/vedetta/vedetta/fetch"
	"github.com/vedetta/vedetta/ingest"
	"github.com/vedetta/vedetta/store"
)

func init() {
	register(&command{name: "watch", summary: "poll RSS/Atom feeds (FEEDS_FILE: one URL per line) and ingest what is new", run: runWatch})
}

// watchStateFile is the poller's memory, in the data folder.
const watchStateFile = "watch-state.json"

// watchState is what the poller remembers between rounds and runs: per feed
// URL, the validators of the last response whose items were stored, and the
// ids of the items already ingested.
type watchState struct {
	Feeds map[string]*feedState `json:"feeds"`
}

type feedState struct {
	fetch.Validators
	Seen []string `json:"seen"` // ids of the items stored from the feed as last fetched
}

func loadWatchState(path string) (*watchState, error) {
	st := &watchState{Feeds: map[string]*feedState{}}
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return nil, fmt.Errorf("watch state: %w", err)
	}
	if err := json.Unmarshal(raw, st); err != nil {
		return nil, fmt.Errorf("watch state %s: %w", path, err)
	}
	if st.Feeds == nil {
		st.Feeds = map[string]*feedState{}
	}
	return st, nil
}

// save writes the state atomically: a temporary file, synced, renamed.
func (s *watchState) save(path string) error {
	raw, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".watch-state-*")
	if err != nil {
		return fmt.Errorf("watch state: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(append(raw, '\n')); err != nil {
		f.Close()
		return fmt.Errorf("watch state: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("watch state: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("watch state: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("watch state: %w", err)
	}
	return nil
}

// readFeedList reads one URL per line; blank lines and # comments are
// skipped, and so are repeats.
func readFeedList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimSpace(l)
		if l == "" || seen[l] {
			continue
		}
		if !fetch.IsURL(l) {
			return nil, fmt.Errorf("%s:%d: not an http(s) URL: %q", path, n, l)
		}
		seen[l] = true
		out = append(out, l)
	}
	return out, sc.Err()
}

func runWatch(e *env, args []string) int {
	fs := newFlags(e, "watch", "FEEDS_FILE")
	data := dataFlag(e, fs)
	pf := addPipelineFlags(fs)
	every := fs.Duration("every", 10*time.Minute, "time between two polling rounds")
	once := fs.Bool("once", false, "run one round and exit")
	follow := fs.Bool("follow", false, "fetch each new item's page and extract its article instead of the feed's summary")
	delay := fs.Duration("delay", fetch.DefaultHostDelay, "least time between two requests to one host (0: none)")
	timeout := fs.Duration("timeout", fetch.DefaultTimeout, "time limit of one request")
	maxSize := fs.Int64("max-size", fetch.DefaultMaxBytes, "largest response read, in bytes")
	noRobots := fs.Bool("ignore-robots", false, "fetch whatever the sites' robots.txt says (for your own sites)")
	retries := fs.Int("retries", fetch.DefaultRetries, "tries again after a network error or a 429/5xx answer")
	lang := fs.String("lang", "", "language of items that declare none (default: detect)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return usageExit(err)
	}
	if len(pos) != 1 {
		fmt.Fprintln(e.stderr, "vedetta watch: give one FEEDS_FILE (one feed URL per line, # comments)")
		fs.Usage()
		return exitUsage
	}
	if *every <= 0 {
		fmt.Fprintln(e.stderr, "vedetta watch: --every must be positive")
		return exitUsage
	}
	if _, err := readFeedList(pos[0]); err != nil {
		fmt.Fprintf(e.stderr, "vedetta watch: %v\n", err)
		return exitUsage
	}
	p, err := pf.build()
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta watch: %v\n", err)
		return exitUsage
	}
	st, err := openStore(e, *data)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta watch: %v\n", err)
		return exitFailed
	}
	defer st.Close()
	statePath := filepath.Join(*data, watchStateFile)
	state, err := loadWatchState(statePath)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta watch: %v\n", err)
		return exitFailed
	}
	hd := *delay
	if hd <= 0 {
		hd = -1
	}
	w := &watcher{
		e: e, st: st, state: state, statePath: statePath,
		ropts: ingest.Options{Lang: *lang, Follow: *follow,
			Fetcher: fetch.New(fetch.Config{Timeout: *timeout, MaxBytes: *maxSize, HostDelay: hd, IgnoreRobots: *noRobots, Retries: retryCount(*retries)})},
		bopts: batch.Options{Pipeline: p},
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	code := exitOK
	for {
		feeds, err := readFeedList(pos[0])
		if err != nil {
			fmt.Fprintf(e.stderr, "vedetta watch: %v\n", err)
			return exitFailed
		}
		if err := w.round(ctx, feeds); err != nil {
			fmt.Fprintf(e.stderr, "vedetta watch: %v\n", err)
			code = exitFailed
			if ctx.Err() != nil || *once {
				return code
			}
		}
		if *once {
			return code
		}
		select {
		case <-ctx.Done():
			return code
		case <-time.After(*every):
		}
	}
}

type watcher struct {
	e         *env
	st        store.Store
	state     *watchState
	statePath string
	ropts     ingest.Options
	bopts     batch.Options
}

// pending is what one feed brought in a round.
type pending struct {
	url   string
	val   fetch.Validators
	ids   []string // ids of all the feed's good items, in feed order
	fresh []ingest.Item
}

// round polls every feed once and stores what is new. The state moves on
// (validators, seen ids) only after the batch is stored, so that a crash
// or a failed store loses nothing: the next round fetches again.
func (w *watcher) round(ctx context.Context, feeds []string) error {
	start := time.Now()
	var got []*pending
	notMod, failed, total := 0, 0, 0
	for _, u := range feeds {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		fst := w.state.Feeds[u]
		var val *fetch.Validators
		if fst != nil {
			val = &fst.Validators
		}
		resp, err := w.ropts.Fetcher.Get(ctx, u, val)
		if err != nil {
			failed++
			fmt.Fprintf(w.e.stderr, "watch: %v\n", err)
			continue
		}
		if resp.NotModified {
			notMod++
			continue
		}
		items, err := ingest.ParseFeed(u, resp.Body, w.ropts)
		if err != nil {
			failed++
			fmt.Fprintf(w.e.stderr, "watch: %s: %v\n", u, err)
			continue
		}
		seen := map[string]bool{}
		if fst != nil {
			for _, id := range fst.Seen {
				seen[id] = true
			}
		}
		p := &pending{url: u, val: resp.Validators}
		for _, it := range items {
			if it.Err != nil {
				fmt.Fprintf(w.e.stderr, "watch: %s: %v\n", it.Where(), it.Err)
				continue
			}
			total++
			p.ids = append(p.ids, it.Doc.ID)
			if seen[it.Doc.ID] {
				continue
			}
			seen[it.Doc.ID] = true // repeats within the feed
			p.fresh = append(p.fresh, it)
		}
		got = append(got, p)
	}
	// Follow the new items and store them.
	type origin struct{ feed, id string }
	var all []ingest.Item
	var from []origin
	for _, p := range got {
		for _, it := range p.fresh {
			key := it.Doc.ID
			if w.ropts.Follow {
				it = ingest.FollowItem(ctx, it, w.ropts)
			}
			all = append(all, it)
			from = append(from, origin{p.url, key})
		}
	}
	src := func(emit func(ingest.Item) error) error {
		for _, it := range all {
			if err := emit(it); err != nil {
				return err
			}
		}
		return nil
	}
	sum, err := batch.Run(ctx, w.st, src, w.bopts)
	if err != nil {
		return fmt.Errorf("storing the new items: %w (the state is kept; they will be fetched again)", err)
	}
	bad := map[string]bool{}
	for _, f := range sum.Failures {
		bad[f.ID] = true
	}
	for _, f := range sum.Failures {
		fmt.Fprintf(w.e.stderr, "watch: failed: %s: %s\n", f.Where, f.Reason)
	}
	stored := map[string]bool{}
	for i, it := range all {
		if !bad[it.Doc.ID] {
			stored[from[i].feed+"\x00"+from[i].id] = true
		}
	}
	for _, p := range got {
		old := map[string]bool{}
		if fst := w.state.Feeds[p.url]; fst != nil {
			for _, id := range fst.Seen {
				old[id] = true
			}
		}
		ns := &feedState{Validators: p.val}
		complete := true
		for _, id := range p.ids {
			if old[id] || stored[p.url+"\x00"+id] {
				ns.Seen = append(ns.Seen, id)
			} else {
				complete = false
			}
		}
		if !complete {
			// Some items failed: fetch the feed in full next time to retry them.
			ns.Validators = fetch.Validators{}
		}
		w.state.Feeds[p.url] = ns
	}
	if err := w.state.save(w.statePath); err != nil {
		return err
	}
	fmt.Fprintf(w.e.stdout, "round %s: %d feeds (%d not modified, %d failed), %d items, %d new: stored %d, replaced %d, unchanged %d, failed %d (%.1fs)\n",
		start.UTC().Format(time.RFC3339), len(feeds), notMod, failed, total, len(all), sum.Stored, sum.Replaced, sum.Unchanged, sum.Failed, time.Since(start).Seconds())
	if failed > 0 || sum.Failed > 0 {
		return fmt.Errorf("%d feed(s) and %d item(s) failed this round", failed, sum.Failed)
	}
	return nil
}

// retryCount maps the --retries flag to fetch.Config.Retries, where zero
// means the default and a negative number none.
func retryCount(n int) int {
	if n <= 0 {
		return -1
	}
	return n
}
