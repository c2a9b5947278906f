package server

import (
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
)

// The highlighted form of a small analysis is kept in testdata; set
// VEDETTA_UPDATE_GOLDEN=1 to rewrite it after a deliberate change.
func TestHighlightGolden(t *testing.T) {
	text := "Il 6 gennaio la CSTO <b>ha inviato</b> forze in Kazakistan & dintorni, già."
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	a := vedetta.NewAnalysis(vedetta.Document{ID: "g", Text: text})
	a.Sentences = []vedetta.Sentence{{Start: 0, End: len(text)}}
	cs, ce := at("CSTO")
	ks, ke := at("Kazakistan")
	a.Entities = []vedetta.Entity{
		{ID: "igo:csto", Name: "Collective Security Treaty Organization", Type: "ORG", Mentions: []vedetta.Mention{{Text: "CSTO", Start: cs, End: ce, Kind: "abbreviation"}}},
		{ID: "KAZ", Name: "Kazakhstan", Type: "COUNTRY", Mentions: []vedetta.Mention{{Text: "Kazakistan", Start: ks, End: ke, Kind: "name"},
			{Text: "bad offsets", Start: ke + 500, End: ke + 510}, {Text: "mid-rune", Start: strings.Index(text, "à") + 1, End: len(text)}}},
	}
	ds, de := at("6 gennaio")
	a.Dates = []vedetta.Date{{Text: "6 gennaio", Start: ds, End: de, Type: "DATE", Value: "2022-01-06", Grain: "day"}}
	es, ee := at("la CSTO <b>ha inviato</b> forze in Kazakistan")
	a.Events = []vedetta.Event{
		{Type: "AID", Quad: "material cooperation", Source: &vedetta.Actor{ID: "igo:csto", Name: "CSTO"}, Target: &vedetta.Actor{ID: "KAZ", Name: "Kazakhstan"},
			Date: "2022-01-06", Start: es, End: ee},
		// No offsets: its sentence is the evidence.
		{Type: "CONSULT", Quad: "VERBAL_COOPERATION", Future: true, Sentence: 0},
	}
	got := string(highlight(a))
	// The text survives: stripping the tags and unescaping gives it back.
	plain := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(got, "")
	plain = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'").Replace(plain)
	if plain != text {
		t.Errorf("text changed:\n%s\n%s", plain, text)
	}
	if strings.Contains(got, "<b>") {
		t.Error("the text's markup is not escaped")
	}
	golden := filepath.Join("testdata", "highlight.golden.html")
	if os.Getenv("VEDETTA_UPDATE_GOLDEN") == "1" {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with VEDETTA_UPDATE_GOLDEN=1 to create it)", err)
	}
	if got+"\n" != string(want) {
		t.Errorf("highlight differs from %s:\n got %s\nwant %s", golden, got, want)
	}
}

func TestPagesRender(t *testing.T) {
	ts := newTestServer(t, Config{})
	st := exampleStore(t)
	var page DocumentPage
	ts.get(t, "/api/documents?q=Kazakistan", 200, &page)
	docID := page.Hits[0].ID
	ents, err := st.Entities(t.Context(), store.EntityFilter{Limit: 1})
	if err != nil || len(ents.Entities) == 0 {
		t.Fatal(err)
	}
	entID := ents.Entities[0].ID
	for _, c := range []struct {
		target string
		status int
		want   []string
	}{
		{"/", 200, []string{`<input type="search" name="q"`, `class="hit"`, `data-facet="lang"`}},
		{"/?q=Kazakistan", 200, []string{`<mark>Kazakistan</mark>`, `href="/documents/` + docID}},
		{"/?q=Kazakistan&lang=it&collapse=false", 200, []string{`class="on"`, `clear filters`}},
		{"/?from=2022-13", 400, []string{`class="error"`}},
		{"/documents/" + docID, 200, []string{`id="text"`, `class="ent ent-`, `id="side-entities"`, `id="side-events"`, `class="date"`}},
		{"/documents/nope", 404, []string{"not found"}},
		{"/events", 200, []string{`<svg id="timeline"`, `<table class="events">`, `/api/export?format=csv`}},
		{"/events?by=quad&interval=month&lang=it", 200, []string{`<svg id="timeline"`, `quad class`}},
		{"/events?quad=loud", 400, []string{`class="error"`}},
		{"/network", 200, []string{`<svg id="net"`, `<script type="application/json" id="net-data">{`, `format=graphml`}},
		{"/network?actor=" + url.QueryEscape(entID), 200, []string{`all actors`}},
		{"/entities", 200, []string{`<table class="entities">`, entID}},
		{"/entities/" + url.PathEscape(entID), 200, []string{`id="mentions-chart"`, `class="lang-names"`}},
		{"/entities/nope", 404, nil},
		{"/login", 200, []string{"needs no token"}},
		{"/static/style.css", 200, []string{"--country"}},
		{"/static/app.js", 200, []string{"function layout"}},
	} {
		w := ts.do("GET", c.target, nil, "Accept", "text/html")
		if w.Code != c.status {
			t.Errorf("%s: %d, want %d", c.target, w.Code, c.status)
			continue
		}
		body := w.Body.String()
		for _, s := range c.want {
			if !strings.Contains(body, s) {
				t.Errorf("%s: no %q", c.target, s)
			}
		}
		if strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
			// Offline: nothing is loaded from elsewhere.
			if m := regexp.MustCompile(`(src|href)="(https?:)?//`).FindString(body); m != "" {
				t.Errorf("%s loads from another site: %s", c.target, m)
			}
			if w.Header().Get("Content-Security-Policy") == "" {
				t.Errorf("%s: no Content-Security-Policy", c.target)
			}
		}
	}
	if w := ts.do("GET", "/static/nope.js", nil); w.Code != 404 {
		t.Errorf("missing static file: %d", w.Code)
	}
}

// FuzzHighlight: whatever the offsets the analysis carries, the page shows
// the text unchanged and escaped, and the snippets too.
func FuzzHighlight(f *testing.F) {
	f.Add("Il Kazakistan & la CSTO <script>", 3, 13, 16, 20, 0, 8)
	f.Add("già è così", 1, 3, 2, 4, 5, 5)
	f.Add("", 0, 0, 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, ms, me, ds, de, es, ee int) {
		if !utf8.ValidString(text) {
			return
		}
		a := vedetta.NewAnalysis(vedetta.Document{ID: "f", Text: text})
		a.Sentences = []vedetta.Sentence{{Start: 0, End: len(text)}}
		a.Entities = []vedetta.Entity{{ID: "X", Type: "ORG", Mentions: []vedetta.Mention{{Start: ms, End: me}, {Start: ds, End: me}}}}
		a.Dates = []vedetta.Date{{Start: ds, End: de, Value: "2022"}}
		a.Events = []vedetta.Event{{Type: "AID", Start: es, End: ee, Sentence: ms}, {Type: "AGREE", Sentence: 0}}
		got := string(highlight(a))
		plain := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(got, "")
		plain = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&amp;", "&").Replace(plain)
		if plain != text {
			t.Fatalf("text changed: %q -> %q", text, plain)
		}
		snip := SnippetHTML(text)
		if strings.ContainsAny(regexp.MustCompile(`</?mark>`).ReplaceAllString(snip, ""), "<>") {
			t.Fatalf("snippet not escaped: %q", snip)
		}
	})
}
