package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/batch"
	"github.com/vedetta/vedetta/examples"
	"github.com/vedetta/vedetta/store/sqlite"
)

// The bundled examples, analysed and stored once for the package's tests
// that only read.
var fixture struct {
	once sync.Once
	dir  string
	st   *sqlite.Store
	pipe *analyze.Pipeline
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fixture.st != nil {
		fixture.st.Close()
	}
	if fixture.dir != "" {
		os.RemoveAll(fixture.dir)
	}
	os.Exit(code)
}

func pipeline(t testing.TB) *analyze.Pipeline {
	t.Helper()
	exampleStore(t)
	return fixture.pipe
}

// exampleStore returns the shared store holding the bundled examples.
func exampleStore(t testing.TB) *sqlite.Store {
	t.Helper()
	fixture.once.Do(func() {
		fixture.pipe, fixture.err = analyze.New(analyze.Config{})
		if fixture.err != nil {
			return
		}
		fixture.dir, fixture.err = os.MkdirTemp("", "vedetta-server-test")
		if fixture.err != nil {
			return
		}
		fixture.st, fixture.err = sqlite.Open(fixture.dir, sqlite.Options{})
		if fixture.err != nil {
			return
		}
		var sum *batch.Summary
		sum, fixture.err = batch.Run(context.Background(), fixture.st, examples.Source, batch.Options{Pipeline: fixture.pipe})
		if fixture.err == nil && (sum.Failed > 0 || sum.Stored == 0) {
			fixture.err = fmt.Errorf("examples: %d stored, %d failed: %v", sum.Stored, sum.Failed, sum.Failures)
		}
	})
	if fixture.err != nil {
		t.Fatal(fixture.err)
	}
	return fixture.st
}

// testServer is a server over st with cfg's other settings.
type testServer struct {
	*Server
	h   http.Handler
	log *bytes.Buffer
}

func newTestServer(t testing.TB, cfg Config) *testServer {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = exampleStore(t)
	}
	var buf bytes.Buffer
	cfg.Logger = slog.New(slog.NewJSONHandler(&syncWriter{w: &buf}, nil))
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &testServer{Server: s, h: s.Handler(), log: &buf}
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.Write(p)
}

// do runs one request through the handler; header pairs follow the body.
func (ts *testServer) do(method, target string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, body)
	r.Host = "127.0.0.1:8080"
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	ts.h.ServeHTTP(w, r)
	return w
}

func (ts *testServer) get(t testing.TB, target string, wantStatus int, out any) *httptest.ResponseRecorder {
	t.Helper()
	w := ts.do("GET", target, nil)
	if w.Code != wantStatus {
		t.Fatalf("GET %s: %d, want %d: %s", target, w.Code, wantStatus, w.Body.String())
	}
	if out != nil {
		if err := json.Unmarshal(w.Body.Bytes(), out); err != nil {
			t.Fatalf("GET %s: %v: %s", target, err, w.Body.String())
		}
	}
	return w
}

// wantProblem checks an RFC 9457 answer.
func wantProblem(t testing.TB, w *httptest.ResponseRecorder, status int) Problem {
	t.Helper()
	if w.Code != status {
		t.Fatalf("status %d, want %d: %s", w.Code, status, w.Body.String())
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("content type %q, want application/problem+json: %s", ct, w.Body.String())
	}
	var p Problem
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil {
		t.Fatal(err)
	}
	if p.Status != status || p.Title == "" || p.Type == "" {
		t.Errorf("problem %+v", p)
	}
	return p
}

func hasStage(p *analyze.Pipeline, name string) bool {
	for _, s := range p.Stages {
		if s.Name() == name {
			return true
		}
	}
	return false
}

func contains2(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}
