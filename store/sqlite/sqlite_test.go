package sqlite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
)

func doc(id, lang, date, text string) *vedetta.Analysis {
	a := vedetta.NewAnalysis(vedetta.Document{ID: id, Lang: lang, Date: date, Title: text, Text: text})
	return a
}

func open(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestPutGetReplace(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir)
	defer s.Close()
	a := doc("a", "it", "2022-01", "Forze di pace nel Kazakistan")
	a.Entities = []vedetta.Entity{{ID: "KAZ", Name: "Kazakhstan", Type: "COUNTRY", Mentions: []vedetta.Mention{{Text: "Kazakistan", Start: 18, End: 28, Kind: "name"}}}}
	a.Events = []vedetta.Event{{Type: "AID", Source: &vedetta.Actor{ID: "igo:csto"}, Target: &vedetta.Actor{ID: "KAZ", Country: "KAZ"}}}
	a.Dates = []vedetta.Date{{Text: "6 gennaio 2022", Type: "DATE", Value: "2022-01-06", Grain: "day"}}
	b := doc("b", "en", "2023-04-16", "Clashes in Khartoum")
	st, err := s.Put(ctx, []store.Record{{Analysis: a, Hash: "h1"}, {Analysis: b, Hash: "h2"}})
	if err != nil || st[0] != store.Stored || st[1] != store.Stored {
		t.Fatalf("put: %v %v", st, err)
	}
	st, err = s.Put(ctx, []store.Record{{Analysis: a, Hash: "h1"}})
	if err != nil || st[0] != store.Unchanged {
		t.Fatalf("re-put: %v %v", st, err)
	}
	a2 := doc("a", "it", "2022-01", "Testo cambiato sulla Russia")
	st, err = s.Put(ctx, []store.Record{{Analysis: a2, Hash: "h3"}})
	if err != nil || st[0] != store.Replaced {
		t.Fatalf("replace: %v %v", st, err)
	}
	got, err := s.Get(ctx, "a")
	if err != nil || got.Text != a2.Text {
		t.Fatalf("get after replace: %+v %v", got, err)
	}
	if h, ok, _ := s.Hash(ctx, "a"); !ok || h != "h3" {
		t.Errorf("hash = %q %v", h, ok)
	}
	if _, err := s.Get(ctx, "zzz"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing id: %v", err)
	}
	// The replaced version's children and index entries are gone.
	var n int
	s.db.QueryRow(`SELECT count(*) FROM mentions WHERE doc_id = 'a'`).Scan(&n)
	if n != 0 {
		t.Errorf("%d stale mentions", n)
	}
	r, err := s.Search(ctx, store.Query{Text: "Kazakistan"})
	if err != nil || r.Total != 0 {
		t.Errorf("old text still found: %+v %v", r, err)
	}
	r, err = s.Search(ctx, store.Query{Text: "russia"})
	if err != nil || r.Total != 1 || r.Hits[0].Title != a2.Title || r.Hits[0].Lang != "it" {
		t.Errorf("new text not found: %+v %v", r, err)
	}
	stats, err := s.Stats(ctx)
	if err != nil || stats.Documents != 2 || stats.ByLang["en"] != 1 || stats.ByMonth["2023-04"] != 1 {
		t.Errorf("stats = %+v %v", stats, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}

func TestCatchUpUnindexed(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir)
	if _, err := s.Put(ctx, []store.Record{{Analysis: doc("a", "en", "", "peacekeepers arrive"), Hash: "1"}}); err != nil {
		t.Fatal(err)
	}
	// As if the process died between the database commit and the index.
	if _, err := s.db.Exec(`UPDATE documents SET indexed = 0`); err != nil {
		t.Fatal(err)
	}
	if err := s.index.IndexBatch(nil, []string{"a"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, dir)
	defer s.Close()
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
	r, _ := s.Search(ctx, store.Query{Text: "peacekeeper"})
	if r.Total != 1 {
		t.Errorf("document not re-indexed: %+v", r)
	}
}

func TestRebuildDamagedIndex(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir)
	if _, err := s.Put(ctx, []store.Record{{Analysis: doc("a", "en", "", "peacekeepers arrive"), Hash: "1"}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Damage the index metadata.
	if err := os.WriteFile(filepath.Join(dir, "index.bleve", "index_meta.json"), []byte("{garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir)
	defer s.Close()
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
	r, _ := s.Search(ctx, store.Query{Text: "peacekeeper"})
	if r.Total != 1 {
		t.Errorf("index not rebuilt: %+v", r)
	}
}

func TestLockedByAnotherOpen(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	defer s.Close()
	if _, err := Open(dir, Options{}); err == nil {
		t.Fatal("second open of a data folder in use succeeded")
	}
}
