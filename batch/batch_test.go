package batch

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/ingest"
	"github.com/vedetta/vedetta/store"
)

// memStore is an in-memory store.Store for testing the runner alone.
type memStore struct {
	mu   sync.Mutex
	docs map[string]store.Record
	puts int
}

func newMem() *memStore { return &memStore{docs: map[string]store.Record{}} }

func (m *memStore) Hash(_ context.Context, id string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.docs[id]
	return r.Hash, ok, nil
}

func (m *memStore) Put(_ context.Context, recs []store.Record) ([]store.Status, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.puts++
	out := make([]store.Status, len(recs))
	for i, r := range recs {
		old, ok := m.docs[r.Analysis.ID]
		switch {
		case !ok:
			out[i] = store.Stored
		case old.Hash == r.Hash:
			out[i] = store.Unchanged
			continue
		default:
			out[i] = store.Replaced
		}
		m.docs[r.Analysis.ID] = r
	}
	return out, nil
}

func (m *memStore) Get(context.Context, string) (*vedetta.Analysis, error) {
	return nil, store.ErrNotFound
}
func (m *memStore) Search(context.Context, store.Query) (*store.Results, error) {
	return nil, errors.New("not implemented")
}
func (m *memStore) Stats(context.Context) (*store.Stats, error) {
	return nil, errors.New("not implemented")
}
func (m *memStore) Close() error { return nil }

func jsonl(lines ...string) Source {
	return func(emit func(ingest.Item) error) error {
		return ingest.ReadStream("in.jsonl", strings.NewReader(strings.Join(lines, "\n")), ingest.Options{}, emit)
	}
}

func TestRunCounts(t *testing.T) {
	m := newMem()
	src := jsonl(
		`{"id":"1","text":"uno"}`,
		`{"id":"2","text":"due"}`,
		`{"id":"1","text":"uno"}`, // repeat within the job
		`{"id":"3"`,               // malformed
		`{"id":"4","text":"quattro"}`,
	)
	sum, err := Run(context.Background(), m, src, Options{BatchSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 5 || sum.Stored != 3 || sum.Unchanged != 1 || sum.Failed != 1 {
		t.Errorf("counts = %+v", sum.Counts)
	}
	if len(sum.Failures) != 1 || sum.Failures[0].Where != "in.jsonl:4" {
		t.Errorf("failures = %+v", sum.Failures)
	}
	// Second run: everything unchanged, one replaced.
	src2 := jsonl(`{"id":"1","text":"uno"}`, `{"id":"2","text":"DUE"}`)
	sum, err = Run(context.Background(), m, src2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 1 || sum.Replaced != 1 || sum.Stored != 0 {
		t.Errorf("second run counts = %+v", sum.Counts)
	}
}

func TestManyDocumentsBatched(t *testing.T) {
	m := newMem()
	var lines []string
	for i := 0; i < 500; i++ {
		lines = append(lines, fmt.Sprintf(`{"id":"%d","text":"documento numero %d"}`, i, i))
	}
	sum, err := Run(context.Background(), m, jsonl(lines...), Options{BatchSize: 50, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 500 || len(m.docs) != 500 {
		t.Errorf("stored %d, have %d", sum.Stored, len(m.docs))
	}
	if m.puts > 20 {
		t.Errorf("%d store transactions for 500 documents in batches of 50", m.puts)
	}
}

func TestSourceErrorStops(t *testing.T) {
	m := newMem()
	src := func(emit func(ingest.Item) error) error {
		emit(ingest.Item{File: "x", Doc: vedetta.Document{ID: "a", Text: "a"}})
		return errors.New("disk gone")
	}
	sum, err := Run(context.Background(), m, src, Options{})
	if err == nil || !strings.Contains(err.Error(), "disk gone") {
		t.Fatalf("err = %v", err)
	}
	if sum.Stored != 1 {
		t.Errorf("the document read before the error was not stored: %+v", sum.Counts)
	}
}
