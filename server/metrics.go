package server

import (
	"fmt"
	"io"
	"net/http"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vedetta/vedetta/batch"
)

// metrics are kept in memory and written in the Prometheus text exposition
// format (version 0.0.4), which needs no client library.
type metrics struct {
	mu        sync.Mutex
	requests  map[reqKey]uint64
	durations map[string]*histogram
	inFlight  atomic.Int64
	ingest    map[string]uint64
	start     time.Time
}

type reqKey struct {
	route, method string
	code          int
}

// Latency buckets in seconds.
var buckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{requests: map[reqKey]uint64{}, durations: map[string]*histogram{}, ingest: map[string]uint64{}, start: time.Now()}
}

func (m *metrics) observe(route, method string, code int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[reqKey{route, method, code}]++
	h := m.durations[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(buckets))}
		m.durations[route] = h
	}
	secs := d.Seconds()
	for i, b := range buckets {
		if secs <= b {
			h.counts[i]++
			break
		}
	}
	h.sum += secs
	h.n++
}

func (m *metrics) ingested(s *batch.Summary) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ingest["stored"] += uint64(s.Stored)
	m.ingest["replaced"] += uint64(s.Replaced)
	m.ingest["unchanged"] += uint64(s.Unchanged)
	m.ingest["failed"] += uint64(s.Failed)
}

// label escapes a label value.
func label(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func (m *metrics) serve(s *Server) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		st, err := s.cfg.Store.Stats(r.Context())
		m.write(w, func(w io.Writer) {
			if err != nil {
				return
			}
			fmt.Fprintln(w, "# HELP vedetta_store_documents Documents in the store.")
			fmt.Fprintln(w, "# TYPE vedetta_store_documents gauge")
			fmt.Fprintf(w, "vedetta_store_documents %d\n", st.Documents)
			fmt.Fprintln(w, "# HELP vedetta_store_entities Distinct entities in the store.")
			fmt.Fprintln(w, "# TYPE vedetta_store_entities gauge")
			fmt.Fprintf(w, "vedetta_store_entities %d\n", st.Entities)
			fmt.Fprintln(w, "# HELP vedetta_store_events Events in the store.")
			fmt.Fprintln(w, "# TYPE vedetta_store_events gauge")
			fmt.Fprintf(w, "vedetta_store_events %d\n", st.Events)
		})
	}
}

func (m *metrics) write(w io.Writer, extra func(io.Writer)) {
	m.mu.Lock()
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.route != b.route {
			return a.route < b.route
		}
		if a.method != b.method {
			return a.method < b.method
		}
		return a.code < b.code
	})
	fmt.Fprintln(w, "# HELP vedetta_http_requests_total HTTP requests by route, method and status code.")
	fmt.Fprintln(w, "# TYPE vedetta_http_requests_total counter")
	for _, k := range keys {
		fmt.Fprintf(w, "vedetta_http_requests_total{route=\"%s\",method=\"%s\",code=\"%d\"} %d\n", label(k.route), label(k.method), k.code, m.requests[k])
	}
	routes := make([]string, 0, len(m.durations))
	for r := range m.durations {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	fmt.Fprintln(w, "# HELP vedetta_http_request_duration_seconds Time to answer HTTP requests, by route.")
	fmt.Fprintln(w, "# TYPE vedetta_http_request_duration_seconds histogram")
	for _, r := range routes {
		h := m.durations[r]
		var cum uint64
		for i, b := range buckets {
			cum += h.counts[i]
			fmt.Fprintf(w, "vedetta_http_request_duration_seconds_bucket{route=\"%s\",le=\"%s\"} %d\n", label(r), fmtFloat(b), cum)
		}
		fmt.Fprintf(w, "vedetta_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %d\n", label(r), h.n)
		fmt.Fprintf(w, "vedetta_http_request_duration_seconds_sum{route=\"%s\"} %s\n", label(r), fmtFloat(h.sum))
		fmt.Fprintf(w, "vedetta_http_request_duration_seconds_count{route=\"%s\"} %d\n", label(r), h.n)
	}
	fmt.Fprintln(w, "# HELP vedetta_ingest_documents_total Documents posted to the API, by outcome.")
	fmt.Fprintln(w, "# TYPE vedetta_ingest_documents_total counter")
	for _, o := range []string{"stored", "replaced", "unchanged", "failed"} {
		fmt.Fprintf(w, "vedetta_ingest_documents_total{outcome=\"%s\"} %d\n", o, m.ingest[o])
	}
	m.mu.Unlock()
	fmt.Fprintln(w, "# HELP vedetta_http_requests_in_flight Requests being served.")
	fmt.Fprintln(w, "# TYPE vedetta_http_requests_in_flight gauge")
	fmt.Fprintf(w, "vedetta_http_requests_in_flight %d\n", m.inFlight.Load())
	extra(w)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintln(w, "# HELP go_goroutines Number of goroutines that currently exist.")
	fmt.Fprintln(w, "# TYPE go_goroutines gauge")
	fmt.Fprintf(w, "go_goroutines %d\n", runtime.NumGoroutine())
	fmt.Fprintln(w, "# HELP go_memstats_heap_alloc_bytes Number of heap bytes allocated and still in use.")
	fmt.Fprintln(w, "# TYPE go_memstats_heap_alloc_bytes gauge")
	fmt.Fprintf(w, "go_memstats_heap_alloc_bytes %d\n", ms.HeapAlloc)
	fmt.Fprintln(w, "# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.")
	fmt.Fprintln(w, "# TYPE process_start_time_seconds gauge")
	fmt.Fprintf(w, "process_start_time_seconds %d\n", m.start.Unix())
}
