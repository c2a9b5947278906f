package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/export"
	"github.com/vedetta/vedetta/store"
	"github.com/vedetta/vedetta/store/sqlite"
)

const referenceTitlePrefix = "Dichiarazione del ministero degli Esteri russo"

func TestHealthz(t *testing.T) {
	ts := newTestServer(t, Config{})
	w := ts.get(t, "/healthz", 200, nil)
	if strings.TrimSpace(w.Body.String()) != "ok" {
		t.Errorf("body %q", w.Body.String())
	}
}

func TestSearchDocuments(t *testing.T) {
	ts := newTestServer(t, Config{})
	var page DocumentPage
	ts.get(t, "/api/documents?q=Kazakistan", 200, &page)
	if page.Total != 1 || len(page.Hits) != 1 || !strings.HasPrefix(page.Hits[0].Title, referenceTitlePrefix) {
		t.Fatalf("Kazakistan: %+v", page)
	}
	h := page.Hits[0]
	if !strings.Contains(h.SnippetHTML, "<mark>Kazakistan</mark>") || strings.ContainsAny(h.Snippet, "\x02\x03") || h.Lang != "it" {
		t.Errorf("hit %+v", h)
	}
	for _, f := range []string{"lang", "month", "entity"} {
		if len(page.Facets[f]) == 0 {
			t.Errorf("no %s facet: %v", f, page.Facets)
		}
	}
	if page.Facets["lang"][0] != (FacetValue{Value: "it", Count: 1}) {
		t.Errorf("lang facet %+v", page.Facets["lang"])
	}

	// Italian stemming: "forza di pace" finds "forze di pace".
	ts.get(t, "/api/documents?q="+url.QueryEscape(`"forza di pace"`), 200, &page)
	if page.Total == 0 {
		t.Error("no result for forza di pace")
	}

	// Paging through everything with a cursor yields every document once.
	var all DocumentPage
	ts.get(t, "/api/documents?limit=100&facets=false", 200, &all)
	if all.Total < 7 || all.Facets != nil {
		t.Fatalf("all: total %d, facets %v", all.Total, all.Facets)
	}
	seen := map[string]bool{}
	cursor := ""
	for i := 0; ; i++ {
		if i > 20 {
			t.Fatal("paging does not end")
		}
		var p DocumentPage
		ts.get(t, "/api/documents?limit=2&cursor="+cursor, 200, &p)
		for _, h := range p.Hits {
			if seen[h.ID] {
				t.Errorf("%s twice", h.ID)
			}
			seen[h.ID] = true
		}
		if p.Next == "" {
			break
		}
		cursor = p.Next
	}
	if uint64(len(seen)) != all.Total {
		t.Errorf("paged %d of %d", len(seen), all.Total)
	}

	// Filters.
	ts.get(t, "/api/documents?lang=de,fr", 200, &page)
	for _, h := range page.Hits {
		if h.Lang != "de" && h.Lang != "fr" {
			t.Errorf("lang filter let %s through", h.Lang)
		}
	}
	if page.Total != 2 {
		t.Errorf("de,fr: %d", page.Total)
	}
	ts.get(t, "/api/documents?from=2023-01&to=2023-12", 200, &page)
	for _, h := range page.Hits {
		if !strings.HasPrefix(h.Date, "2023") {
			t.Errorf("date filter let %s through", h.Date)
		}
	}
	if page.Total != 2 {
		t.Errorf("2023: %d", page.Total)
	}
	// An entity of the reference document filters down to it.
	ts.get(t, "/api/documents?q=Kazakistan", 200, &page)
	ent := page.Facets["entity"][0].Value
	var byEnt DocumentPage
	ts.get(t, "/api/documents?entity="+url.QueryEscape(ent), 200, &byEnt)
	if byEnt.Total == 0 || byEnt.Total > all.Total {
		t.Errorf("entity %s: %d", ent, byEnt.Total)
	}

	for _, bad := range []string{"from=2022-13", "limit=0", "limit=101", "cursor=xyz", "to=yesterday"} {
		wantProblem(t, ts.do("GET", "/api/documents?"+bad, nil), 400)
	}
}

func TestGetDocument(t *testing.T) {
	ts := newTestServer(t, Config{})
	var page DocumentPage
	ts.get(t, "/api/documents?q=Kazakistan", 200, &page)
	id := page.Hits[0].ID
	w := ts.get(t, "/api/documents/"+id, 200, nil)
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(w.Body.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	// The analysis JSON contract: every key present.
	for _, k := range []string{"id", "url", "date", "title", "lang", "text", "sentences", "entities", "dates", "events"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("key %s missing", k)
		}
	}
	var a vedetta.Analysis
	json.Unmarshal(w.Body.Bytes(), &a)
	if a.ID != id || a.Lang != "it" || !strings.Contains(a.Text, "Kazakistan") {
		t.Errorf("analysis %s %s", a.ID, a.Lang)
	}
	p := wantProblem(t, ts.do("GET", "/api/documents/nope", nil), 404)
	if p.Instance != "/api/documents/nope" {
		t.Errorf("instance %q", p.Instance)
	}
}

func newWritableServer(t *testing.T, cfg Config) (*testServer, *sqlite.Store) {
	t.Helper()
	st, err := sqlite.Open(t.TempDir(), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg.Store = st
	if cfg.Pipeline == nil {
		cfg.Pipeline = pipeline(t)
	}
	return newTestServer(t, cfg), st
}

func postIngest(t *testing.T, ts *testServer, ct, body string, status int) IngestResult {
	t.Helper()
	w := ts.do("POST", "/api/documents", strings.NewReader(body), "Content-Type", ct)
	if w.Code != status {
		t.Fatalf("POST %s: %d, want %d: %s", ct, w.Code, status, w.Body.String())
	}
	var res IngestResult
	if status == 200 {
		if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil {
			t.Fatal(err)
		}
	}
	return res
}

func TestPostDocuments(t *testing.T) {
	ts, st := newWritableServer(t, Config{})
	one := `{
  "id": "post-1",
  "date": "2022-01-06",
  "title": "CSTO",
  "text": "Il Consiglio di sicurezza collettiva della CSTO ha deciso di inviare forze di pace nella Repubblica del Kazakistan."
}`
	res := postIngest(t, ts, "application/json", one, 200)
	if res.Stored != 1 || res.Failed != 0 || len(res.IDs) != 1 || res.IDs[0] != "post-1" {
		t.Fatalf("first post: %+v", res)
	}
	a, err := st.Get(context.Background(), "post-1")
	if err != nil || a.Lang != "it" || len(a.Sentences) == 0 {
		t.Fatalf("stored analysis: %v %+v", err, a)
	}
	// Idempotent: the same content again stores nothing.
	res = postIngest(t, ts, "application/json", one, 200)
	if res.Unchanged != 1 || res.Stored != 0 {
		t.Errorf("repost: %+v", res)
	}
	// Changed content under the same id replaces.
	res = postIngest(t, ts, "application/json", strings.Replace(one, "CSTO ha", "CSTO (ODKB) ha", 1), 200)
	if res.Replaced != 1 {
		t.Errorf("change: %+v", res)
	}
	// JSON Lines with a bad line: the others are stored, the bad one is
	// reported with its line.
	lines := `{"id":"post-2","text":"The CSTO sent peacekeepers to Kazakhstan.","date":"2022-01-07"}
{"id":"post-3","text":
{"id":"post-4","text":"Die NATO hat in Vilnius getagt.","date":"2023-07-12"}
`
	res = postIngest(t, ts, "application/x-ndjson", lines, 200)
	if res.Stored != 2 || res.Failed != 1 || len(res.Failures) != 1 || res.Failures[0].Where != "request.jsonl:2" {
		t.Errorf("jsonl: %+v", res)
	}
	// An array of documents.
	res = postIngest(t, ts, "application/json", `[{"text":"Первый документ о переговорах в Москве."},{"text":"Deuxième document sur l'OTSC."}]`, 200)
	if res.Stored != 2 {
		t.Errorf("array: %+v", res)
	}
	// Dated plain text, with the date from the query for the other.
	res = postIngest(t, ts, "text/plain; charset=utf-8", "date 2022-02-25\nLa Unión Europea aprobó sanciones contra Rusia.\n", 200)
	if res.Stored != 1 {
		t.Errorf("text: %+v", res)
	}
	if a, _ := st.Get(context.Background(), res.IDs[0]); a == nil || a.Date != "2022-02-25" {
		t.Errorf("text date: %+v", a)
	}
	// All failing: 422 with the failures.
	w := ts.do("POST", "/api/documents", strings.NewReader("{\"title\":\"no text\"}\n"), "Content-Type", "application/x-ndjson")
	p := wantProblem(t, w, 422)
	if !strings.Contains(w.Body.String(), `"failures"`) || p.Detail == "" {
		t.Errorf("422 body %s", w.Body.String())
	}
	wantProblem(t, ts.do("POST", "/api/documents", strings.NewReader(`{"text": "x"`), "Content-Type", "application/json"), 422)
	wantProblem(t, ts.do("POST", "/api/documents", strings.NewReader(""), "Content-Type", "text/plain"), 422)
	wantProblem(t, ts.do("POST", "/api/documents", strings.NewReader("x"), "Content-Type", "image/png"), 415)
	wantProblem(t, ts.do("POST", "/api/documents?date=someday", strings.NewReader("x"), "Content-Type", "text/plain"), 400)
	// The new documents are searchable.
	var page DocumentPage
	ts.get(t, "/api/documents?q=peacekeepers", 200, &page)
	if page.Total != 1 || page.Hits[0].ID != "post-2" {
		t.Errorf("search after post: %+v", page)
	}
}

func TestPostLimitsAndAccess(t *testing.T) {
	ts, _ := newWritableServer(t, Config{MaxBody: 64})
	wantProblem(t, ts.do("POST", "/api/documents", strings.NewReader(strings.Repeat("parole ", 100)), "Content-Type", "text/plain"), 413)
	// A write from another site's page is refused.
	wantProblem(t, ts.do("POST", "/api/documents", strings.NewReader("ciao"), "Content-Type", "text/plain", "Origin", "http://evil.example"), 403)
	if w := ts.do("POST", "/api/documents", strings.NewReader("date 2022\nciao a tutti"), "Content-Type", "text/plain", "Origin", "http://127.0.0.1:8080"); w.Code != 200 {
		t.Errorf("same-origin write: %d %s", w.Code, w.Body.String())
	}
	ro, _ := newWritableServer(t, Config{ReadOnly: true})
	wantProblem(t, ro.do("POST", "/api/documents", strings.NewReader("ciao"), "Content-Type", "text/plain"), 403)
}

func TestEntitiesAPI(t *testing.T) {
	ts := newTestServer(t, Config{})
	var page EntityList
	ts.get(t, "/api/entities?limit=500", 200, &page)
	if page.Total == 0 || len(page.Entities) != page.Total || page.Next != "" {
		t.Fatalf("entities: total %d, %d listed", page.Total, len(page.Entities))
	}
	for i := 1; i < len(page.Entities); i++ {
		if page.Entities[i].Mentions > page.Entities[i-1].Mentions {
			t.Fatalf("not most mentioned first at %d", i)
		}
	}
	var small EntityList
	ts.get(t, "/api/entities?limit=3", 200, &small)
	if len(small.Entities) != 3 || small.Next == "" {
		t.Fatalf("limit 3: %+v", small)
	}
	var second EntityList
	ts.get(t, "/api/entities?limit=3&cursor="+small.Next, 200, &second)
	if second.Entities[0].ID != page.Entities[3].ID {
		t.Errorf("second page starts with %s, want %s", second.Entities[0].ID, page.Entities[3].ID)
	}
	// Type filter.
	typ := page.Entities[0].Type
	var typed EntityList
	ts.get(t, "/api/entities?limit=500&type="+strings.ToLower(typ), 200, &typed)
	if typed.Total == 0 {
		t.Error("type filter found nothing")
	}
	for _, e := range typed.Entities {
		if e.Type != typ {
			t.Errorf("type %s let %s through", typ, e.Type)
		}
	}
	// Query filter: every entity found by a query matches it somewhere.
	top := page.Entities[0]
	var found EntityList
	ts.get(t, "/api/entities?q="+url.QueryEscape(strings.ToLower(top.Name)), 200, &found)
	if found.Total == 0 || found.Entities[0].ID != top.ID {
		t.Errorf("q=%s: %+v", top.Name, found.Entities)
	}
	// Detail.
	var d store.EntityDetail
	ts.get(t, "/api/entities/"+url.PathEscape(top.ID), 200, &d)
	if d.ID != top.ID || d.Mentions != top.Mentions || len(d.Aliases) == 0 {
		t.Fatalf("detail %+v", d.EntitySummary)
	}
	sumAliases, sumMonths := 0, 0
	for _, a := range d.Aliases {
		sumAliases += a.Count
	}
	for _, m := range d.ByMonth {
		sumMonths += m.Mentions
	}
	if sumAliases != d.Mentions || sumMonths != d.Mentions {
		t.Errorf("aliases add up to %d, months to %d, mentions %d", sumAliases, sumMonths, d.Mentions)
	}
	wantProblem(t, ts.do("GET", "/api/entities/no-such-entity", nil), 404)
	wantProblem(t, ts.do("GET", "/api/entities?from=2022-02-30", nil), 400)
}

// allEvents pages through /api/events.
func allEvents(t *testing.T, ts *testServer, filter string) []store.EventRecord {
	t.Helper()
	var out []store.EventRecord
	cursor := ""
	for i := 0; ; i++ {
		if i > 100 {
			t.Fatal("paging does not end")
		}
		var p store.EventPage
		ts.get(t, "/api/events?limit=3&"+filter+"&cursor="+cursor, 200, &p)
		out = append(out, p.Events...)
		if p.Next == "" {
			if len(out) != p.Total {
				t.Errorf("%s: paged %d of %d", filter, len(out), p.Total)
			}
			return out
		}
		cursor = p.Next
	}
}

func TestEventsAPI(t *testing.T) {
	ts := newTestServer(t, Config{})
	all := allEvents(t, ts, "")
	if len(all) == 0 {
		t.Skip("the pipeline finds no event in the examples (event stage missing)")
	}
	count := func(pred func(vedetta.Event, store.EventRecord) bool) int {
		n := 0
		for _, r := range all {
			if pred(r.Event, r) {
				n++
			}
		}
		return n
	}
	typ := all[0].Event.Type
	byType := allEvents(t, ts, "type="+strings.ToLower(typ))
	if len(byType) != count(func(e vedetta.Event, _ store.EventRecord) bool { return e.Type == typ }) {
		t.Errorf("type %s: %d", typ, len(byType))
	}
	quad := all[0].Event.Quad
	byQuad := allEvents(t, ts, "quad="+url.QueryEscape(strings.ToUpper(strings.ReplaceAll(normQuad(quad), " ", "_"))))
	if len(byQuad) != count(func(e vedetta.Event, _ store.EventRecord) bool { return normQuad(e.Quad) == normQuad(quad) }) {
		t.Errorf("quad %s: %d", quad, len(byQuad))
	}
	byLang := allEvents(t, ts, "lang=it")
	if len(byLang) != count(func(_ vedetta.Event, r store.EventRecord) bool { return r.Lang == "it" }) || len(byLang) == 0 {
		t.Errorf("lang it: %d", len(byLang))
	}
	// The actor filter takes either side, or the person heading the
	// organisation on a side.
	var actor string
	for _, r := range all {
		if r.Event.Source != nil && r.Event.Source.ID != "" {
			actor = r.Event.Source.ID
			break
		}
	}
	byActor := allEvents(t, ts, "actor="+url.QueryEscape(actor))
	want := count(func(e vedetta.Event, _ store.EventRecord) bool {
		return (e.Source != nil && (e.Source.ID == actor || e.Source.Org == actor)) || (e.Target != nil && (e.Target.ID == actor || e.Target.Org == actor))
	})
	if len(byActor) != want || want == 0 {
		t.Errorf("actor %s: %d, want %d", actor, len(byActor), want)
	}
	bySource := allEvents(t, ts, "source="+url.QueryEscape(actor))
	if len(bySource) == 0 || len(bySource) > len(byActor) {
		t.Errorf("source %s: %d", actor, len(bySource))
	}
	byDate := allEvents(t, ts, "from=2023-01-01&to=2023-12-31")
	for _, r := range byDate {
		if !strings.HasPrefix(r.Event.Date, "2023") {
			t.Errorf("date filter let %s through", r.Event.Date)
		}
	}
	if len(byDate) != count(func(e vedetta.Event, _ store.EventRecord) bool { return strings.HasPrefix(e.Date, "2023") }) {
		t.Errorf("2023: %d", len(byDate))
	}
	for _, bad := range []string{"quad=loud", "from=2022-02-30", "limit=501", "cursor=%%%"} {
		wantProblem(t, ts.do("GET", "/api/events?"+strings.ReplaceAll(bad, "%%%", "%25"), nil), 400)
	}

	// The timeline counts every dated event once.
	for _, by := range []string{"type", "quad"} {
		for _, iv := range []string{"day", "week", "month"} {
			var tl store.Timeline
			ts.get(t, "/api/timeline?by="+by+"&interval="+iv, 200, &tl)
			n := tl.Undated
			for _, b := range tl.Buckets {
				s := 0
				for _, c := range b.Counts {
					s += c
				}
				if s != b.Total {
					t.Errorf("%s/%s bucket %s: counts add to %d, total %d", by, iv, b.Start, s, b.Total)
				}
				n += b.Total
			}
			if n != len(all) {
				t.Errorf("%s/%s: %d events, want %d", by, iv, n, len(all))
			}
		}
	}
	var tl store.Timeline
	ts.get(t, "/api/timeline?type="+typ, 200, &tl)
	if len(tl.Keys) != 1 || tl.Keys[0] != typ {
		t.Errorf("filtered timeline keys %v", tl.Keys)
	}
	wantProblem(t, ts.do("GET", "/api/timeline?interval=year", nil), 400)
	wantProblem(t, ts.do("GET", "/api/timeline?by=colour", nil), 400)

	// The network counts the events with both a source and a target.
	var n store.Network
	ts.get(t, "/api/network", 200, &n)
	both := count(func(e vedetta.Event, _ store.EventRecord) bool {
		return e.Source != nil && e.Source.ID != "" && e.Target != nil && e.Target.ID != ""
	})
	sum := 0
	nodes := map[string]bool{}
	for _, nd := range n.Nodes {
		nodes[nd.ID] = true
	}
	for _, e := range n.Edges {
		sum += e.Count
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s -> %s without its nodes", e.Source, e.Target)
		}
	}
	if n.Events != both || sum != both {
		t.Errorf("network: %d events, edges sum %d, want %d", n.Events, sum, both)
	}
	if both > 1 {
		var small store.Network
		ts.get(t, "/api/network?max_edges=1", 200, &small)
		if len(small.Edges) != 1 || (len(n.Edges) > 1 && !small.Truncated) {
			t.Errorf("max_edges=1: %+v", small)
		}
	}
	wantProblem(t, ts.do("GET", "/api/network?max_edges=0", nil), 400)
}

func TestExport(t *testing.T) {
	ts := newTestServer(t, Config{})
	all := allEvents(t, ts, "")
	get := func(q string) *bytes.Buffer {
		w := ts.do("GET", "/api/export?"+q, nil)
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", q, w.Code, w.Body.String())
		}
		if !strings.HasPrefix(w.Header().Get("Content-Disposition"), "attachment;") {
			t.Errorf("%s: disposition %q", q, w.Header().Get("Content-Disposition"))
		}
		return w.Body
	}
	rows, err := csv.NewReader(get("format=csv")).ReadAll()
	if err != nil || len(rows) != len(all)+1 || !equal(rows[0], export.CSVColumns) {
		t.Fatalf("csv: %v, %d rows for %d events", err, len(rows), len(all))
	}
	n := 0
	sc := bufio.NewScanner(get("format=jsonl"))
	for sc.Scan() {
		var r store.EventRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil || r.ID != all[n].ID {
			t.Fatalf("jsonl line %d: %v %s", n, err, r.ID)
		}
		n++
	}
	if n != len(all) {
		t.Errorf("jsonl: %d lines", n)
	}
	n = 0
	sc = bufio.NewScanner(get("format=plover"))
	for sc.Scan() {
		var p export.PLOVERRecord
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil || p.ID != all[n].ID || p.Event[0] != all[n].Event.Type {
			t.Fatalf("plover line %d: %v", n, err)
		}
		n++
	}
	if n != len(all) {
		t.Errorf("plover: %d lines", n)
	}
	tsv := strings.Split(strings.TrimSuffix(get("format=gdelt").String(), "\n"), "\n")
	if len(tsv) != len(all)+1 || tsv[0] != strings.Join(export.GDELTColumns, "\t") {
		t.Errorf("gdelt: %d lines", len(tsv))
	}
	var g struct {
		XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
		Graph   struct {
			Nodes []struct{} `xml:"node"`
			Edges []struct{} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.NewDecoder(get("format=graphml")).Decode(&g); err != nil {
		t.Fatalf("graphml: %v", err)
	}
	var net store.Network
	ts.get(t, "/api/network?max_edges=5000", 200, &net)
	if len(g.Graph.Nodes) != len(net.Nodes) || len(g.Graph.Edges) != len(net.Edges) {
		t.Errorf("graphml: %d nodes %d edges, network %d %d", len(g.Graph.Nodes), len(g.Graph.Edges), len(net.Nodes), len(net.Edges))
	}
	// Filters apply.
	if len(all) > 0 {
		typ := all[0].Event.Type
		rows, _ := csv.NewReader(get("format=csv&type=" + typ)).ReadAll()
		for _, r := range rows[1:] {
			if r[4] != typ {
				t.Errorf("filtered export has %s", r[4])
			}
		}
	}
	plainCSV := get("format=csv").String()
	if withBOM := get("format=csv&bom=true").String(); withBOM != export.BOM+plainCSV {
		t.Error("bom=true does not prefix the CSV with the byte order mark")
	}
	wantProblem(t, ts.do("GET", "/api/export?format=xlsx", nil), 400)
	wantProblem(t, ts.do("GET", "/api/export", nil), 400)
	if len(all) > 1 {
		small := newTestServer(t, Config{MaxExport: 1})
		wantProblem(t, small.do("GET", "/api/export?format=csv", nil), 413)
	}
}

func equal(a, b []string) bool { return strings.Join(a, "\x00") == strings.Join(b, "\x00") }

func TestErrorsAreProblems(t *testing.T) {
	ts := newTestServer(t, Config{})
	wantProblem(t, ts.do("GET", "/api/nothing", nil), 404)
	w := ts.do("POST", "/api/events", nil)
	wantProblem(t, w, 405)
	if allow := w.Header().Get("Allow"); !strings.Contains(allow, "GET") {
		t.Errorf("Allow %q", allow)
	}
	wantProblem(t, ts.do("DELETE", "/api/documents/x", nil), 405)
	// A page asked by a browser gets HTML.
	w = ts.do("GET", "/documents/nope", nil, "Accept", "text/html")
	if w.Code != 404 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Errorf("page 404: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
}

func TestRequestTimeout(t *testing.T) {
	ts := newTestServer(t, Config{RequestTimeout: time.Nanosecond})
	wantProblem(t, ts.do("GET", "/api/events", nil), 503)
}

func TestAuth(t *testing.T) {
	const token = "s3cret-t0ken-value"
	ts := newTestServer(t, Config{Token: token})
	w := ts.do("GET", "/api/events", nil)
	wantProblem(t, w, 401)
	if !strings.HasPrefix(w.Header().Get("WWW-Authenticate"), "Bearer") {
		t.Errorf("WWW-Authenticate %q", w.Header().Get("WWW-Authenticate"))
	}
	wantProblem(t, ts.do("GET", "/api/events", nil, "Authorization", "Bearer wrong"), 401)
	wantProblem(t, ts.do("GET", "/api/events", nil, "Authorization", "Basic "+token), 401)
	wantProblem(t, ts.do("GET", "/metrics", nil), 401)
	if w := ts.do("GET", "/api/events", nil, "Authorization", "Bearer "+token); w.Code != 200 {
		t.Errorf("with token: %d", w.Code)
	}
	if w := ts.do("GET", "/healthz", nil); w.Code != 200 {
		t.Errorf("healthz needs no token: %d", w.Code)
	}
	// A browser gets the login form, and the cookie it sets opens the pages.
	w = ts.do("GET", "/events", nil, "Accept", "text/html")
	if w.Code != 401 || !strings.Contains(w.Body.String(), `name="token"`) {
		t.Fatalf("page without token: %d", w.Code)
	}
	w = ts.do("POST", "/login", strings.NewReader(url.Values{"token": {"nope"}, "next": {"/events"}}.Encode()),
		"Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html")
	if w.Code != 401 || len(w.Result().Cookies()) != 0 {
		t.Errorf("wrong login: %d", w.Code)
	}
	w = ts.do("POST", "/login", strings.NewReader(url.Values{"token": {token}, "next": {"//evil.example/"}}.Encode()),
		"Content-Type", "application/x-www-form-urlencoded")
	if w.Code != 303 || w.Header().Get("Location") != "/" {
		t.Errorf("login: %d to %q (an off-site next must not be followed)", w.Code, w.Header().Get("Location"))
	}
	cookies := w.Result().Cookies()
	if len(cookies) != 1 || !cookies[0].HttpOnly || cookies[0].SameSite != http.SameSiteStrictMode {
		t.Fatalf("cookies %+v", cookies)
	}
	if w := ts.do("GET", "/events", nil, "Cookie", cookies[0].String()); w.Code != 200 {
		t.Errorf("page with cookie: %d", w.Code)
	}
	// Writes need the token too.
	wantProblem(t, ts.do("POST", "/api/documents", strings.NewReader("x"), "Content-Type", "text/plain"), 401)
	if strings.Contains(ts.log.String(), token) {
		t.Error("the token is in the log")
	}
	if !strings.Contains(ts.log.String(), `"status":401`) {
		t.Error("requests are not logged")
	}
}

func TestCheckAccess(t *testing.T) {
	for _, tc := range []struct {
		addr, token string
		readOnly    bool
		ok          bool
	}{
		{"127.0.0.1:8080", "", false, true},
		{"localhost:8080", "", false, true},
		{"[::1]:8080", "", false, true},
		{"0.0.0.0:8080", "", false, false},
		{":8080", "", false, false},
		{"192.168.1.5:8080", "", false, false},
		{"0.0.0.0:8080", "", true, true},
		{"0.0.0.0:8080", "tok", false, true},
	} {
		if err := CheckAccess(tc.addr, tc.token, tc.readOnly); (err == nil) != tc.ok {
			t.Errorf("%+v: %v", tc, err)
		}
	}
}

func TestHostCheck(t *testing.T) {
	ts := newTestServer(t, Config{})
	r, _ := http.NewRequest("GET", "/api/events", nil)
	for host, want := range map[string]int{"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "evil.example": 421, "evil.example:8080": 421} {
		r.Host = host
		w := &recorder{header: http.Header{}}
		ts.h.ServeHTTP(w, r)
		if w.code != want {
			t.Errorf("Host %s: %d, want %d", host, w.code, want)
		}
	}
}

type recorder struct {
	header http.Header
	code   int
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) Write(p []byte) (int, error) {
	if r.code == 0 {
		r.code = 200
	}
	return len(p), nil
}
func (r *recorder) WriteHeader(c int) {
	if r.code == 0 {
		r.code = c
	}
}

var metricLine = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? [-+0-9.eE]+(Inf|NaN)?$`)

func TestMetrics(t *testing.T) {
	ts := newTestServer(t, Config{})
	ts.get(t, "/api/events", 200, nil)
	ts.get(t, "/api/events", 200, nil)
	ts.do("GET", "/api/nothing", nil)
	w := ts.get(t, "/metrics", 200, nil)
	body := w.Body.String()
	if !strings.HasPrefix(w.Header().Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Errorf("content type %q", w.Header().Get("Content-Type"))
	}
	for _, want := range []string{
		`vedetta_http_requests_total{route="/api/events",method="GET",code="200"} 2`,
		`vedetta_http_requests_total{route="unmatched",method="GET",code="404"} 1`,
		`vedetta_http_request_duration_seconds_count{route="/api/events"} 2`,
		`vedetta_http_request_duration_seconds_bucket{route="/api/events",le="+Inf"} 2`,
		"vedetta_store_documents ",
		"# TYPE vedetta_http_requests_total counter",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("missing %q", want)
		}
	}
	types := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(body), "\n") {
		if strings.HasPrefix(l, "# TYPE ") {
			f := strings.Fields(l)
			if types[f[2]] {
				t.Errorf("TYPE %s twice", f[2])
			}
			types[f[2]] = true
			continue
		}
		if strings.HasPrefix(l, "# HELP ") {
			continue
		}
		if !metricLine.MatchString(l) {
			t.Errorf("not an exposition line: %q", l)
		}
	}
	// Histogram buckets are cumulative.
	var prev float64
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(l, `vedetta_http_request_duration_seconds_bucket{route="/api/events"`) {
			v, _ := strconv.ParseFloat(l[strings.LastIndex(l, " ")+1:], 64)
			if v < prev {
				t.Errorf("bucket decreases: %s", l)
			}
			prev = v
		}
	}
}

func TestServeAndShutdown(t *testing.T) {
	ts := newTestServer(t, Config{})
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() { done <- ts.Serve(ctx, "127.0.0.1:0", 5*time.Second, func(a net.Addr) { addrc <- a }) }()
	var addr net.Addr
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatal(err)
	}
	resp, err := http.Get(fmt.Sprintf("http://%s/api/events?limit=1", addr))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shutdown: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no shutdown")
	}
	if _, err := http.Get(fmt.Sprintf("http://%s/healthz", addr)); err == nil {
		t.Error("still serving after shutdown")
	}
	// Beyond loopback with writes and no token: refused before listening.
	ws, _ := newWritableServer(t, Config{})
	if err := ws.Serve(context.Background(), "0.0.0.0:0", time.Second, nil); err == nil || !strings.Contains(err.Error(), "token") {
		t.Errorf("non-loopback writable server: %v", err)
	}
}

func TestSnippetHTML(t *testing.T) {
	for in, want := range map[string]string{
		"a \x02b\x03 c":                 "a <mark>b</mark> c",
		"<script>\x02x\x03</script>":    "&lt;script&gt;<mark>x</mark>&lt;/script&gt;",
		"unclosed \x02mark":             "unclosed mark",
		"\x02a\x03\x02b\x03 & \x03tail": "<mark>a</mark><mark>b</mark> &amp; tail",
	} {
		if got := SnippetHTML(in); got != want {
			t.Errorf("SnippetHTML(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGroupHits(t *testing.T) {
	hits := []Hit{{ID: "a", Cluster: &ClusterInfo{ID: "c1", Size: 3}}, {ID: "b"}, {ID: "c", Cluster: &ClusterInfo{ID: "c1", Size: 3}},
		{ID: "d", Cluster: &ClusterInfo{ID: "c2", Size: 1}}, {ID: "e", Cluster: &ClusterInfo{ID: "c1", Size: 3}}}
	g := groupHits(hits)
	var ids []string
	for _, x := range g {
		ids = append(ids, x.ID+":"+strconv.Itoa(len(x.Copies)))
	}
	sort.Strings(ids)
	if strings.Join(ids, " ") != "a:2 b:0 d:0" {
		t.Errorf("groups %v", ids)
	}
}
