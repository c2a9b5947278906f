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

const agencyText = `The Collective Security Treaty Organization began withdrawing its peacekeeping forces from Kazakhstan on Thursday, a week after they arrived at the request of President Kassym-Jomart Tokayev. The first transport planes carrying Russian paratroopers left Almaty airport in the morning, the defence ministry said. Tokayev said on Tuesday that the mission had accomplished its objectives and that the withdrawal would be completed within ten days. The alliance sent about two thousand troops after violent unrest that began with protests over fuel prices.`

func TestNearDuplicatesClustered(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir)
	a := doc("a", "en", "2022-01-13", "WIRE: "+agencyText)
	a.Source = "Agency One"
	a.Events = []vedetta.Event{{Type: "RETREAT"}}
	b := doc("b", "en", "2022-01-13", "Daily Herald, by staff. "+agencyText+" Subscribe to our newsletter.")
	b.Source = "Daily Herald"
	c := doc("c", "en", "2022-01-13", "Protesters gathered in Almaty again on Friday to demand the release of detained activists, while the government announced a new cabinet and promised economic reforms to address the grievances behind the unrest.")
	if _, err := s.Put(ctx, []store.Record{{Analysis: a, Hash: "1"}, {Analysis: b, Hash: "2"}, {Analysis: c, Hash: "3"}}); err != nil {
		t.Fatal(err)
	}
	check := func(s *Store) {
		t.Helper()
		r, err := s.Search(ctx, store.Query{Text: "peacekeeping withdrawal", Collapse: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) != 1 || r.Hits[0].Copies != 2 || r.Hits[0].Cluster != "a" {
			t.Fatalf("collapsed search = %+v", r.Hits)
		}
		r, _ = s.Search(ctx, store.Query{Text: "Almaty"})
		if len(r.Hits) != 3 {
			t.Errorf("uncollapsed search: %d hits", len(r.Hits))
		}
		for _, h := range r.Hits {
			if h.ID == "c" && (h.Copies != 1 || h.Cluster != "c") {
				t.Errorf("different article joined a cluster: %+v", h)
			}
		}
		got, err := s.Get(ctx, "a")
		if err != nil {
			t.Fatal(err)
		}
		if ev := got.Events[0]; ev.NumArticles != 2 || ev.NumSources != 2 {
			t.Errorf("event reach = %d articles, %d sources; want 2, 2", ev.NumArticles, ev.NumSources)
		}
	}
	check(s)
	s.Close()
	s = open(t, dir) // clusters survive a reopen
	defer s.Close()
	check(s)
	d := doc("d", "en", "2022-01-14", agencyText+" Updated with the defence ministry statement.")
	if _, err := s.Put(ctx, []store.Record{{Analysis: d, Hash: "4"}}); err != nil {
		t.Fatal(err)
	}
	r, _ := s.Search(ctx, store.Query{Text: "paratroopers", Collapse: true})
	if len(r.Hits) != 1 || r.Hits[0].Copies != 3 {
		t.Errorf("copy added after reopen not clustered: %+v", r.Hits)
	}
}

func TestUnsignedDocumentsClusteredAtOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir)
	a := doc("a", "en", "", agencyText)
	b := doc("b", "en", "", "Copy: "+agencyText)
	c := doc("c", "en", "", "Protesters gathered in Almaty again on Friday to demand the release of detained activists.")
	if _, err := s.Put(ctx, []store.Record{{Analysis: a, Hash: "1"}, {Analysis: b, Hash: "2"}, {Analysis: c, Hash: "3"}}); err != nil {
		t.Fatal(err)
	}
	// As a store written before near-duplicate clustering existed.
	if _, err := s.db.Exec(`UPDATE documents SET cluster = '', signature = NULL`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, dir)
	defer s.Close()
	for id, want := range map[string]int{"a": 2, "b": 2, "c": 1} {
		if n, _, err := s.Reach(ctx, id); err != nil || n != want {
			t.Errorf("Reach(%s) = %d, %v; want %d", id, n, err, want)
		}
	}
	r, _ := s.Search(ctx, store.Query{Text: "paratroopers", Collapse: true})
	if len(r.Hits) != 1 || r.Hits[0].Copies != 2 {
		t.Errorf("search after upgrade: %+v", r.Hits)
	}
}
