package ingest

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vedetta/vedetta/fetch"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Agenzia Esempio</title><link>https://agenzia.example/</link><language>it-it</language>
<item><title>Vertice a Roma sul gas</title><link>/2024/03/05/vertice-gas</link>
<pubDate>Tue, 05 Mar 2024 18:00:00 +0100</pubDate>
<description><![CDATA[<p>I ministri dell'energia si sono riuniti a Roma.</p><p>Nessun accordo sul prezzo.</p>]]></description></item>
<item><title>Sciopero dei trasporti</title><link>https://agenzia.example/2024/03/06/sciopero</link>
<pubDate>Wed, 06 Mar 2024 07:00:00 +0100</pubDate><description>Treni fermi per otto ore &amp; disagi.</description></item>
<item><description></description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Example Wire</title><link href="https://wire.example/"/><updated>2024-03-07T10:00:00Z</updated><id>urn:x</id>
<entry><title>Talks resume in Geneva</title><link href="https://wire.example/talks"/><id>urn:1</id>
<published>2024-03-07T09:00:00Z</published><updated>2024-03-07T10:00:00Z</updated>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;Delegations met in Geneva on Thursday to resume talks.&lt;/p&gt;&lt;p&gt;A second round is planned.&lt;/p&gt;</content></entry>
</feed>`

func readAll(t *testing.T, name, src string, opts Options) []Item {
	t.Helper()
	var items []Item
	if err := ReadStream(name, strings.NewReader(src), opts, func(it Item) error { items = append(items, it); return nil }); err != nil {
		t.Fatal(err)
	}
	return items
}

func TestRSS(t *testing.T) {
	items := readAll(t, "feed.xml", rssFeed, Options{})
	if len(items) != 3 {
		t.Fatalf("%d items", len(items))
	}
	d := items[0].Doc
	if items[0].Err != nil || d.Title != "Vertice a Roma sul gas" || d.URL != "https://agenzia.example/2024/03/05/vertice-gas" ||
		d.Date != "2024-03-05" || d.Lang != "it" || d.Source != "agenzia.example" || d.ID == "" || d.ID[0] != 'u' {
		t.Errorf("item 1: %+v %v", d, items[0].Err)
	}
	if d.Text != "Vertice a Roma sul gas\n\nI ministri dell'energia si sono riuniti a Roma.\n\nNessun accordo sul prezzo." {
		t.Errorf("text %q", d.Text)
	}
	if !strings.Contains(items[1].Doc.Text, "otto ore & disagi") {
		t.Errorf("entities not decoded: %q", items[1].Doc.Text)
	}
	if items[2].Err == nil || items[2].Where() != "feed.xml:3" {
		t.Errorf("empty item: %+v", items[2])
	}
}

func TestAtom(t *testing.T) {
	items := readAll(t, "x", atomFeed, Options{})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("%+v", items)
	}
	d := items[0].Doc
	if d.Date != "2024-03-07" || d.Lang != "en" || !strings.Contains(d.Text, "A second round is planned.") || d.URL != "https://wire.example/talks" {
		t.Errorf("%+v", d)
	}
}

func TestFeedFollowAndURLInput(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	feed := strings.ReplaceAll(rssFeed, "https://agenzia.example", srv.URL)
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(feed))
	})
	mux.HandleFunc("/2024/03/05/vertice-gas", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(page(`<title>Vertice</title>`, "", paras...)))
	})
	// /2024/03/06/sciopero is missing: the item keeps its summary, with a warning.
	opts := Options{Fetcher: fetch.New(fetch.Config{HostDelay: -1}), Follow: true}
	var items []Item
	if err := Read([]string{srv.URL + "/feed.xml"}, nil, opts, func(it Item) error { items = append(items, it); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 {
		t.Fatalf("%d items", len(items))
	}
	if !strings.Contains(items[0].Doc.Text, paras[1]) || strings.Contains(items[0].Doc.Text, "Leggi anche") {
		t.Errorf("followed page not extracted: %q", items[0].Doc.Text)
	}
	if items[0].Doc.Date != "2024-03-05" || items[0].Doc.URL != srv.URL+"/2024/03/05/vertice-gas" {
		t.Errorf("followed doc %+v", items[0].Doc)
	}
	if items[1].Err != nil || len(items[1].Warnings) != 1 || !strings.Contains(items[1].Doc.Text, "Treni fermi") {
		t.Errorf("unreachable page: %+v", items[1])
	}
	// An HTML page as URL input: the URL is the document's.
	items = nil
	Read([]string{srv.URL + "/2024/03/05/vertice-gas"}, nil, opts, func(it Item) error { items = append(items, it); return nil })
	if len(items) != 1 || items[0].Doc.URL != srv.URL+"/2024/03/05/vertice-gas" || items[0].Doc.Date != "2024-03-05" {
		t.Errorf("page URL input: %+v", items)
	}
	// A missing URL fails alone.
	items = nil
	Read([]string{srv.URL + "/nothing"}, nil, opts, func(it Item) error { items = append(items, it); return nil })
	if len(items) != 1 || items[0].Err == nil || !strings.Contains(items[0].Err.Error(), "404") {
		t.Errorf("404: %+v", items)
	}
}

func TestBrokenFeed(t *testing.T) {
	items := readAll(t, "bad.rss", `<rss><channel><item><title>x</ti`, Options{})
	if len(items) != 1 || items[0].Err == nil {
		t.Errorf("%+v", items)
	}
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(rssFeed))
	f.Add([]byte(atomFeed))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>a</title></item></rdf:RDF>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		items, err := ParseFeed("f.xml", b, Options{})
		if err != nil {
			return
		}
		for _, it := range items {
			if it.Err == nil && (it.Doc.ID == "" || strings.TrimSpace(it.Doc.Text) == "") {
				t.Errorf("good item without id or text: %+v", it.Doc)
			}
		}
	})
}
