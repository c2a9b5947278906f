package sqlite

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
)

func actor(id, name, country, sector string) *vedetta.Actor {
	return &vedetta.Actor{ID: id, Name: name, Country: country, Sector: sector}
}

// queryFixture stores four documents with entities and events:
//
//	d1 it 2022-01   KAZ REQUEST->CSTO (2022-01-06), CSTO AID->KAZ (2022-01-06), RUS SUPPORT->CSTO (2022-01)
//	d2 ru 2022-01-06 CSTO AID->KAZ (2022-01-06), RUS CONSULT->KAZ (2022-01-10)
//	d3 en 2022-02-25 EU SANCTION->RUS (2022-02-25), an event with no target
//	d4 en (undated)  RUS ACCUSE->EU (no date)
func queryFixture(t *testing.T) *Store {
	t.Helper()
	s := open(t, t.TempDir())
	t.Cleanup(func() { s.Close() })
	kaz := vedetta.Entity{ID: "KAZ", Name: "Kazakhstan", Type: "COUNTRY", Country: "KAZ"}
	rus := vedetta.Entity{ID: "RUS", Name: "Russia", Type: "COUNTRY", Country: "RUS"}
	csto := vedetta.Entity{ID: "igo:csto", Name: "Collective Security Treaty Organization", Type: "ORG", Sector: "IGO"}
	eu := vedetta.Entity{ID: "igo:eu", Name: "European Union", Type: "ORG", Sector: "IGO"}
	m := func(text string, kind string) vedetta.Mention { return vedetta.Mention{Text: text, Kind: kind} }
	with := func(e vedetta.Entity, ms ...vedetta.Mention) vedetta.Entity { e.Mentions = ms; return e }
	ev := func(typ, quad string, src, tgt *vedetta.Actor, date string) vedetta.Event {
		return vedetta.Event{Type: typ, Quad: quad, Source: src, Target: tgt, Date: date, Context: []string{}}
	}
	aKAZ, aRUS := actor("KAZ", "Kazakhstan", "KAZ", ""), actor("RUS", "Russia", "RUS", "GOV")
	aCSTO, aEU := actor("igo:csto", "Collective Security Treaty Organization", "", "IGO"), actor("igo:eu", "European Union", "", "IGO")

	d1 := doc("d1", "it", "2022-01", "Il Kazakistan chiede aiuto alla CSTO")
	d1.Entities = []vedetta.Entity{with(kaz, m("Kazakistan", "name"), m("kazako", "adjective")), with(csto, m("CSTO", "abbreviation")),
		with(rus, m("Federazione Russa", "name"))}
	d1.Events = []vedetta.Event{ev("REQUEST", "verbal conflict", aKAZ, aCSTO, "2022-01-06"),
		ev("AID", "material cooperation", aCSTO, aKAZ, "2022-01-06"), ev("SUPPORT", "verbal cooperation", aRUS, aCSTO, "2022-01")}
	d2 := doc("d2", "ru", "2022-01-06", "ОДКБ направит миротворцев в Казахстан")
	d2.Entities = []vedetta.Entity{with(kaz, m("Казахстан", "name")), with(csto, m("ОДКБ", "abbreviation")), with(rus, m("России", "name"))}
	d2.Events = []vedetta.Event{ev("AID", "MATERIAL_COOPERATION", aCSTO, aKAZ, "2022-01-06"), ev("CONSULT", "verbal cooperation", aRUS, aKAZ, "2022-01-10")}
	d3 := doc("d3", "en", "2022-02-25", "EU sanctions on Russia")
	d3.Entities = []vedetta.Entity{with(eu, m("EU", "abbreviation")), with(rus, m("Russia", "name"), m("Moscow", "metonym"))}
	d3.Events = []vedetta.Event{ev("SANCTION", "material conflict", aEU, aRUS, "2022-02-25"), ev("PROTEST", "material conflict", nil, aRUS, "2022-02-25")}
	d4 := doc("d4", "en", "", "Russia accuses the EU")
	d4.Entities = []vedetta.Entity{with(rus, m("Russia", "name")), with(eu, m("EU", "abbreviation"))}
	d4.Events = []vedetta.Event{ev("ACCUSE", "verbal conflict", aRUS, aEU, "")}
	var recs []store.Record
	for _, a := range []*vedetta.Analysis{d1, d2, d3, d4} {
		recs = append(recs, store.Record{Analysis: a, Hash: "h" + a.ID})
	}
	if _, err := s.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	return s
}

func eventIDs(p *store.EventPage) []string {
	var out []string
	for _, e := range p.Events {
		out = append(out, e.ID)
	}
	return out
}

func TestEventsFilters(t *testing.T) {
	s := queryFixture(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		f    store.EventFilter
		want []string
	}{
		{"all, newest first, undated last", store.EventFilter{}, []string{"d3-0", "d3-1", "d2-1", "d1-0", "d1-1", "d2-0", "d1-2", "d4-0"}},
		{"actor either side", store.EventFilter{Actor: []string{"KAZ"}}, []string{"d2-1", "d1-0", "d1-1", "d2-0"}},
		{"source", store.EventFilter{Source: []string{"RUS"}}, []string{"d2-1", "d1-2", "d4-0"}},
		{"target", store.EventFilter{Target: []string{"RUS"}}, []string{"d3-0", "d3-1"}},
		{"country (lower case)", store.EventFilter{Country: []string{"kaz"}}, []string{"d2-1", "d1-0", "d1-1", "d2-0"}},
		{"type", store.EventFilter{Type: []string{"aid"}}, []string{"d1-1", "d2-0"}},
		{"quad in any spelling", store.EventFilter{Quad: []string{"MATERIAL_COOPERATION"}}, []string{"d1-1", "d2-0"}},
		{"from a day: month-dated event overlaps", store.EventFilter{From: "2022-01-08"}, []string{"d3-0", "d3-1", "d2-1", "d1-2"}},
		{"to a day", store.EventFilter{To: "2022-01-06"}, []string{"d1-0", "d1-1", "d2-0", "d1-2"}},
		{"month range", store.EventFilter{From: "2022-02", To: "2022-02"}, []string{"d3-0", "d3-1"}},
		{"lang", store.EventFilter{Lang: []string{"ru"}}, []string{"d2-1", "d2-0"}},
		{"doc", store.EventFilter{Doc: "d4"}, []string{"d4-0"}},
		{"combined", store.EventFilter{Actor: []string{"KAZ"}, Type: []string{"AID", "CONSULT"}, Lang: []string{"ru"}}, []string{"d2-1", "d2-0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Events(ctx, tc.f, "", 100)
			if err != nil {
				t.Fatal(err)
			}
			if got := eventIDs(p); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			if p.Total != len(tc.want) || p.Next != "" {
				t.Errorf("total %d next %q, want %d and no next page", p.Total, p.Next, len(tc.want))
			}
			var each []string
			if err := s.EachEvent(ctx, tc.f, func(r store.EventRecord) error { each = append(each, r.ID); return nil }); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(each, tc.want) {
				t.Errorf("EachEvent: got %v, want %v", each, tc.want)
			}
		})
	}
}

// TestEventsByOrgHead checks that the events of an organisation's head are
// the organisation's when filtering by actor.
func TestEventsByOrgHead(t *testing.T) {
	s := open(t, t.TempDir())
	t.Cleanup(func() { s.Close() })
	d := doc("g1", "en", "2024-05-20", "Guterres urged Israel to agree to a ceasefire.")
	gut := &vedetta.Actor{ID: "per:antonio-guterres", Name: "António Guterres", Sector: "IGO", Org: "igo:Q1065"}
	d.Events = []vedetta.Event{{Type: "REQUEST", Source: gut, Target: actor("ISR", "Israel", "ISR", ""), Date: "2024-05-20", Context: []string{}}}
	if _, err := s.Put(context.Background(), []store.Record{{Analysis: d, Hash: "hg1"}}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"igo:Q1065", "per:antonio-guterres"} {
		p, err := s.Events(context.Background(), store.EventFilter{Actor: []string{id}}, "", 10)
		if err != nil || p.Total != 1 {
			t.Errorf("actor %s: %v events, %v", id, p, err)
		}
	}
}

func TestEventsPaging(t *testing.T) {
	s := queryFixture(t)
	ctx := context.Background()
	all, err := s.Events(ctx, store.EventFilter{}, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	cursor := ""
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("paging does not end")
		}
		p, err := s.Events(ctx, store.EventFilter{}, cursor, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Events) > 3 || p.Total != 8 {
			t.Fatalf("page of %d, total %d", len(p.Events), p.Total)
		}
		got = append(got, eventIDs(p)...)
		if p.Next == "" {
			break
		}
		cursor = p.Next
	}
	if !reflect.DeepEqual(got, eventIDs(all)) {
		t.Errorf("pages %v, want %v", got, eventIDs(all))
	}
	r := all.Events[0]
	if r.DocTitle != "EU sanctions on Russia" || r.Lang != "en" || r.DocDate != "2022-02-25" || r.Event.Source.ID != "igo:eu" ||
		r.Event.NumArticles != 1 || r.Event.NumSources != 1 {
		t.Errorf("record %+v", r)
	}
	if _, err := s.Events(ctx, store.EventFilter{}, "not a cursor!", 3); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("bad cursor: %v, want ErrInvalid", err)
	}
	if _, err := s.Events(ctx, store.EventFilter{From: "2022-13"}, "", 3); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("bad date: %v, want ErrInvalid", err)
	}
}

func TestTimeline(t *testing.T) {
	s := queryFixture(t)
	ctx := context.Background()
	tl, err := s.Timeline(ctx, store.EventFilter{}, store.Day, "type")
	if err != nil {
		t.Fatal(err)
	}
	// 2022-01-01 (SUPPORT, by month) ... 2022-02-25: dense days.
	if tl.Undated != 1 || tl.Imprecise != 1 {
		t.Errorf("undated %d imprecise %d, want 1 and 1", tl.Undated, tl.Imprecise)
	}
	if len(tl.Buckets) != 56 || tl.Buckets[0].Start != "2022-01-01" || tl.Buckets[55].Start != "2022-02-25" {
		t.Fatalf("buckets %d from %s", len(tl.Buckets), tl.Buckets[0].Start)
	}
	b := tl.Buckets[5] // 2022-01-06
	if b.Start != "2022-01-06" || b.Total != 3 || b.Counts["AID"] != 2 || b.Counts["REQUEST"] != 1 {
		t.Errorf("2022-01-06: %+v", b)
	}
	if want := []string{"AID", "CONSULT", "PROTEST", "REQUEST", "SANCTION", "SUPPORT"}; !reflect.DeepEqual(tl.Keys, want) {
		t.Errorf("keys %v", tl.Keys)
	}
	tl, err = s.Timeline(ctx, store.EventFilter{}, store.Month, "quad")
	if err != nil {
		t.Fatal(err)
	}
	if tl.Imprecise != 0 || len(tl.Buckets) != 2 {
		t.Fatalf("by month: %+v", tl)
	}
	jan := tl.Buckets[0]
	if jan.Start != "2022-01-01" || jan.Total != 5 || jan.Counts["material cooperation"] != 2 || jan.Counts["verbal cooperation"] != 2 {
		t.Errorf("January: %+v", jan)
	}
	tl, err = s.Timeline(ctx, store.EventFilter{}, store.Week, "quad")
	if err != nil {
		t.Fatal(err)
	}
	// 2022-01-06 is a Thursday: its week starts on Monday 2022-01-03;
	// 2022-01-01 (a Saturday) belongs to the week of 2021-12-27.
	if tl.Buckets[0].Start != "2021-12-27" || tl.Buckets[1].Start != "2022-01-03" || tl.Buckets[1].Total != 3 {
		t.Errorf("weeks: %+v", tl.Buckets[:2])
	}
	if _, err := s.Timeline(ctx, store.EventFilter{}, "fortnight", "type"); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("bad interval: %v", err)
	}
}

func TestNetwork(t *testing.T) {
	s := queryFixture(t)
	ctx := context.Background()
	n, err := s.Network(ctx, store.EventFilter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if n.Events != 7 || len(n.Edges) != 6 || n.Truncated {
		t.Fatalf("events %d edges %d truncated %v", n.Events, len(n.Edges), n.Truncated)
	}
	e := n.Edges[0]
	if e.Source != "igo:csto" || e.Target != "KAZ" || e.Count != 2 || e.ByType["AID"] != 2 || e.Quad != "material cooperation" {
		t.Errorf("heaviest edge %+v", e)
	}
	nodes := map[string]store.NetworkNode{}
	for _, nd := range n.Nodes {
		nodes[nd.ID] = nd
	}
	// Russia: SUPPORT, CONSULT, ACCUSE as source; SANCTION and PROTEST (no source) as target.
	if r := nodes["RUS"]; r.Activity != 5 || r.AsSource != 3 || r.AsTarget != 2 || r.Type != "COUNTRY" || r.Name != "Russia" {
		t.Errorf("RUS node %+v", r)
	}
	if len(nodes) != 4 || n.Nodes[0].ID != "RUS" {
		t.Errorf("nodes %+v", n.Nodes)
	}
	n, err = s.Network(ctx, store.EventFilter{Type: []string{"AID", "REQUEST"}}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !n.Truncated || len(n.Edges) != 1 || len(n.Nodes) != 2 {
		t.Errorf("limited: %+v", n)
	}
}

func TestEntities(t *testing.T) {
	s := queryFixture(t)
	ctx := context.Background()
	ids := func(p *store.EntityPage) []string {
		var out []string
		for _, e := range p.Entities {
			out = append(out, e.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    store.EntityFilter
		want []string
	}{
		{"most mentioned", store.EntityFilter{}, []string{"RUS", "KAZ", "igo:csto", "igo:eu"}},
		{"type", store.EntityFilter{Type: []string{"org"}}, []string{"igo:csto", "igo:eu"}},
		{"country", store.EntityFilter{Country: []string{"KAZ"}}, []string{"KAZ"}},
		{"query on a mention, any case and script", store.EntityFilter{Query: "казах"}, []string{"KAZ"}},
		{"query on the name", store.EntityFilter{Query: "treaty"}, []string{"igo:csto"}},
		{"query is literal", store.EntityFilter{Query: "%"}, nil},
		{"lang", store.EntityFilter{Lang: []string{"en"}}, []string{"RUS", "igo:eu"}},
		{"dates", store.EntityFilter{From: "2022-01-06", To: "2022-01-31"}, []string{"KAZ", "RUS", "igo:csto"}},
		{"paging", store.EntityFilter{Limit: 2, Offset: 1}, []string{"KAZ", "igo:csto"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Entities(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(p); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	p, _ := s.Entities(ctx, store.EntityFilter{Limit: 1})
	if p.Total != 4 || p.Entities[0].Mentions != 5 || p.Entities[0].Documents != 4 {
		t.Errorf("first %+v of %d", p.Entities[0], p.Total)
	}
}

func TestEntityDetail(t *testing.T) {
	s := queryFixture(t)
	ctx := context.Background()
	d, err := s.Entity(ctx, "KAZ")
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "Kazakhstan" || d.Mentions != 3 || d.Documents != 2 || d.EventCount != 4 || len(d.Events) != 4 {
		t.Errorf("summary %+v, %d events", d.EntitySummary, d.EventCount)
	}
	wantAliases := []store.Alias{{Lang: "it", Text: "Kazakistan", Kind: "name", Count: 1}, {Lang: "it", Text: "kazako", Kind: "adjective", Count: 1},
		{Lang: "ru", Text: "Казахстан", Kind: "name", Count: 1}}
	if !reflect.DeepEqual(d.Aliases, wantAliases) {
		t.Errorf("aliases %+v", d.Aliases)
	}
	if want := []store.MonthCount{{Month: "2022-01", Mentions: 3, Documents: 2}}; !reflect.DeepEqual(d.ByMonth, want) {
		t.Errorf("by month %+v", d.ByMonth)
	}
	if len(d.CoOccurring) != 2 || d.CoOccurring[0].Count != 2 || d.CoOccurring[0].ID != "RUS" {
		t.Errorf("co-occurring %+v", d.CoOccurring)
	}
	if len(d.Counterparts) != 2 || d.Counterparts[0].ID != "igo:csto" || d.Counterparts[0].Count != 3 ||
		d.Counterparts[1].ID != "RUS" || d.Counterparts[1].Name != "Russia" {
		t.Errorf("counterparts %+v", d.Counterparts)
	}
	if _, err := s.Entity(ctx, "nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown entity: %v", err)
	}
	names, err := s.EntityNames(ctx, []string{"RUS", "nobody", "igo:eu"})
	if err != nil || len(names) != 2 || names["igo:eu"].Name != "European Union" {
		t.Errorf("names %v %v", names, err)
	}
}

// BenchmarkEachEvent streams every stored event (what an export does):
// 500 documents with 10 events each.
func BenchmarkEachEvent(b *testing.B) {
	s, err := Open(b.TempDir(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var recs []store.Record
	for d := 0; d < 500; d++ {
		a := doc(fmt.Sprintf("d%03d", d), "en", fmt.Sprintf("2022-%02d-%02d", 1+d%12, 1+d%28), fmt.Sprintf("document %d", d))
		for i := 0; i < 10; i++ {
			a.Events = append(a.Events, vedetta.Event{Type: "AID", Quad: "material cooperation", Date: a.Date, Context: []string{},
				Source: actor(fmt.Sprintf("a%d", i), "A", "", ""), Target: actor(fmt.Sprintf("a%d", d%7), "B", "", ""),
				Evidence: "some evidence of a realistic length for an event in a sentence"})
		}
		recs = append(recs, store.Record{Analysis: a, Hash: a.ID})
	}
	if _, err := s.Put(context.Background(), recs); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		if err := s.EachEvent(context.Background(), store.EventFilter{}, func(store.EventRecord) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
}
