package search

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta"
)

func testIndex(t *testing.T) *Index {
	t.Helper()
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	docs := []*vedetta.Analysis{
		{ID: "it1", Lang: "it", Date: "2022-01", Title: "Forze di pace in Kazakistan",
			Text:     "Il Consiglio ha deciso di inviare le forze di pace collettive nella Repubblica del Kazakistan.",
			Entities: []vedetta.Entity{{ID: "KAZ"}}, Events: []vedetta.Event{{Type: "AID"}},
			Dates: []vedetta.Date{{Type: "DATE", Value: "2022-01-06"}}},
		{ID: "en1", Lang: "en", Date: "2023-04-16", Title: "Clashes in Khartoum",
			Text:     "The army accused the paramilitary forces of attacking military bases.",
			Entities: []vedetta.Entity{{ID: "SDN"}}, Events: []vedetta.Event{{Type: "ACCUSE"}}},
		{ID: "fr1", Lang: "fr", Date: "2021", Title: "Sanctions",
			Text: "L'Union européenne a adopté de nouvelles sanctions contre la Russie."},
		{ID: "ru1", Lang: "ru", Date: "2022-01-07", Title: "ОДКБ",
			Text: "Миротворческие силы ОДКБ прибыли в Казахстан."},
	}
	var batch []Doc
	for _, a := range docs {
		batch = append(batch, Doc{Analysis: a})
	}
	if err := x.IndexBatch(batch, nil); err != nil {
		t.Fatal(err)
	}
	return x
}

func ids(r *Result) string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return strings.Join(out, ",")
}

func TestSearch(t *testing.T) {
	x := testIndex(t)
	tests := []struct {
		name string
		q    Query
		want string
	}{
		{"italian stemming", Query{Text: "forza di pace"}, "it1"},
		{"phrase", Query{Text: `"forze di pace"`}, "it1"},
		{"phrase order matters", Query{Text: `"pace di forze"`}, ""},
		{"proper noun", Query{Text: "Kazakistan"}, "it1"},
		{"english stemming", Query{Text: "attack accusations"}, "en1"},
		{"english stem", Query{Text: "attacked bases"}, "en1"},
		{"french elision", Query{Text: "union européenne sanction"}, "fr1"},
		{"russian stemming", Query{Text: "Казахстана"}, "ru1"},
		{"all words required", Query{Text: "Kazakistan Khartoum"}, ""},
		{"lang filter", Query{Text: "", Langs: []string{"en"}}, "en1"},
		{"from month overlap", Query{From: "2022-01-15", To: "2022-01-31"}, "it1"},
		{"year doc", Query{From: "2021-06-01", To: "2021-06-30"}, "fr1"},
		{"to", Query{To: "2021-12-31"}, "fr1"},
		{"entity", Query{Entities: []string{"SDN"}}, "en1"},
		{"event type", Query{EventType: []string{"AID", "SANCTION"}}, "it1"},
		{"about dates", Query{AboutFrom: "2022-01-06", AboutTo: "2022-01-06"}, "it1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := x.Search(tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(r); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSnippetAndFacets(t *testing.T) {
	x := testIndex(t)
	r, err := x.Search(Query{Text: "Kazakistan", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 1 || !strings.Contains(r.Hits[0].Snippet, MarkStart+"Kazakistan"+MarkEnd) {
		t.Fatalf("snippet = %+v", r.Hits)
	}
	if f := r.Facets["lang"]; len(f) != 1 || f[0].Value != "it" || f[0].Count != 1 {
		t.Errorf("lang facet = %+v", f)
	}
	if _, err := x.Search(Query{From: "2022-13"}); err == nil {
		t.Error("bad date accepted")
	}
}

func TestSortByDateWithoutText(t *testing.T) {
	x := testIndex(t)
	r, err := x.Search(Query{})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); got != "en1,ru1,it1,fr1" {
		t.Errorf("order = %s", got)
	}
}

func TestCollapse(t *testing.T) {
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var docs []Doc
	for i, c := range []string{"c1", "c1", "", "c2", "c1"} {
		id := string(rune('a' + i))
		docs = append(docs, Doc{Analysis: &vedetta.Analysis{ID: id, Lang: "en", Text: "peacekeepers arrive " + id}, Cluster: c})
	}
	if err := x.IndexBatch(docs, nil); err != nil {
		t.Fatal(err)
	}
	r, err := x.Search(Query{Text: "peacekeepers", Collapse: true, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 3 {
		t.Fatalf("collapsed hits = %+v", r.Hits)
	}
	clusters := map[string]int{}
	for _, h := range r.Hits {
		clusters[h.Cluster]++
	}
	if clusters["c1"] != 1 || clusters["c2"] != 1 || clusters[""] != 1 {
		t.Errorf("clusters = %v", clusters)
	}
	r2, _ := x.Search(Query{Text: "peacekeepers", Collapse: true, Limit: 1, Offset: 1})
	if len(r2.Hits) != 1 || r2.Hits[0].ID != r.Hits[1].ID {
		t.Errorf("page 2 = %+v, want %s", r2.Hits, r.Hits[1].ID)
	}
	r3, _ := x.Search(Query{Text: "peacekeepers", Limit: 10})
	if len(r3.Hits) != 5 {
		t.Errorf("without collapsing: %d hits", len(r3.Hits))
	}
}
