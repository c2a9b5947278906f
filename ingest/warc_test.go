package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// warcRec writes one WARC record.
func warcRec(typ, uri, date, ctype string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d>\r\nWARC-Date: %s\r\n", typ, rand.Intn(1e8), date)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", ctype, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResp(status, ctype string, body []byte) []byte {
	return []byte(fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body))
}

func gz(b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// testArchive returns the records of a small crawl: warcinfo, then per page
// a request and a response, plus an image, a 404 and a metadata record. It
// holds want HTML documents.
func testArchive(pages int) (recs [][]byte, want int) {
	recs = append(recs, warcRec("warcinfo", "", "2024-03-01T00:00:00Z", "application/warc-fields", []byte("software: test\r\n")))
	for i := 0; i < pages; i++ {
		uri := fmt.Sprintf("https://news.example/articolo-%d", i)
		recs = append(recs, warcRec("request", uri, "2024-03-01T10:00:00Z", "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\nHost: news.example\r\n\r\n")))
		ps := []string{fmt.Sprintf("Notizia numero %d: %s", i, paras[i%3]), paras[(i+1)%3], paras[(i+2)%3]}
		recs = append(recs, warcRec("response", uri, "2024-03-01T10:00:01Z", "application/http; msgtype=response",
			httpResp("200 OK", "text/html; charset=utf-8", []byte(page("<title>Pagina</title>", "", ps...)))))
		want++
	}
	recs = append(recs, warcRec("response", "https://news.example/logo.png", "2024-03-01T10:00:02Z", "application/http; msgtype=response",
		httpResp("200 OK", "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00"))))
	recs = append(recs, warcRec("response", "https://news.example/gone", "2024-03-01T10:00:03Z", "application/http; msgtype=response",
		httpResp("404 Not Found", "text/html", []byte("<html><body><p>not found</p></body></html>"))))
	recs = append(recs, warcRec("metadata", "https://news.example/articolo-0", "2024-03-01T10:00:04Z", "application/warc-fields", []byte("fetchTimeMs: 12\r\n")))
	return recs, want
}

func readWARCBytes(t testing.TB, name string, b []byte) (docs, fails []Item, notes []string) {
	opts := Options{Notice: func(where, msg string) { notes = append(notes, where+": "+msg) }}
	err := ReadStream(name, bytes.NewReader(b), opts, func(it Item) error {
		if it.Err != nil {
			fails = append(fails, it)
		} else {
			docs = append(docs, it)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs, fails, notes
}

func TestWARC(t *testing.T) {
	recs, want := testArchive(4)
	var plain, zipped bytes.Buffer
	for _, r := range recs {
		plain.Write(r)
		zipped.Write(gz(r))
	}
	for name, b := range map[string][]byte{"crawl.warc": plain.Bytes(), "crawl.warc.gz": zipped.Bytes(), "noext": zipped.Bytes()} {
		docs, fails, notes := readWARCBytes(t, name, b)
		if len(fails) > 0 || len(docs) != want {
			t.Fatalf("%s: %d docs, failures %v", name, len(docs), fails)
		}
		d := docs[2].Doc
		if d.URL != "https://news.example/articolo-2" || d.Date != "2024-03-01" || !strings.Contains(d.Text, "Notizia numero 2") ||
			strings.Contains(d.Text, "Leggi anche") || d.Lang != "it" {
			t.Errorf("%s: doc %+v", name, d)
		}
		if docs[2].Where() != name+":7" {
			t.Errorf("where %q", docs[2].Where())
		}
		wantNote := name + ": skipped 8 WARC record(s): 1 HTTP responses not 2xx, 1 metadata records, 1 non-HTML responses, 1 warcinfo records, 4 request records"
		if len(notes) != 1 || notes[0] != wantNote {
			t.Errorf("%s: notes %q", name, notes)
		}
	}
}

func TestWARCTruncatedAndCorrupt(t *testing.T) {
	recs, _ := testArchive(3)
	// recs: 0 warcinfo, 1 req, 2 resp, 3 req, 4 resp, 5 req, 6 resp, ...
	var zipped, plain bytes.Buffer
	var zoff, poff int64
	for i, r := range recs[:5] {
		if i == 4 {
			zoff, poff = int64(zipped.Len()), int64(plain.Len())
		}
		zipped.Write(gz(r))
		plain.Write(r)
	}
	cases := []struct {
		name string
		b    []byte
		off  int64
	}{
		{"cut.warc.gz", zipped.Bytes()[:zipped.Len()-40], zoff},
		{"cut-in-header.warc.gz", zipped.Bytes()[:zoff+5], zoff},
		{"cut.warc", plain.Bytes()[:plain.Len()-100], poff},
		{"garbage.warc.gz", append(append([]byte{}, zipped.Bytes()[:zoff]...), []byte("\x1f\x8bnot gzip at all")...), zoff},
		{"garbage.warc", append(append([]byte{}, plain.Bytes()[:poff]...), []byte("HTTP/1.1 200 OK\r\n\r\n")...), poff},
	}
	for _, c := range cases {
		docs, fails, _ := readWARCBytes(t, c.name, c.b)
		if len(docs) != 1 || !strings.Contains(docs[0].Doc.Text, "Notizia numero 0") {
			t.Errorf("%s: %d docs before the damage, want 1", c.name, len(docs))
		}
		if len(fails) != 1 {
			t.Fatalf("%s: failures %v", c.name, fails)
		}
		msg := fails[0].Err.Error()
		if fails[0].File != c.name || !strings.Contains(msg, "record 5") || !strings.Contains(msg, fmt.Sprintf("offset %d:", c.off)) {
			t.Errorf("%s: failure %q, want record 5 at offset %d", c.name, msg, c.off)
		}
	}
}

func TestWARCSniff(t *testing.T) {
	recs, _ := testArchive(1)
	if !sniffWARC("x", gz(recs[0])) || !sniffWARC("x", recs[0]) || sniffWARC("x.gz", gz([]byte("hello"))) {
		t.Error("sniff")
	}
	// A gzip file that is not a WARC is still refused as binary.
	_, fails, _ := readWARCBytes(t, "x.gz", gz([]byte("hello")))
	if len(fails) != 1 || !strings.Contains(fails[0].Err.Error(), "binary") {
		t.Errorf("%v", fails)
	}
}

func FuzzWARC(f *testing.F) {
	recs, _ := testArchive(1)
	var plain bytes.Buffer
	for _, r := range recs {
		plain.Write(r)
	}
	f.Add(plain.Bytes())
	f.Add(gz(plain.Bytes()))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Fuzz(func(t *testing.T, b []byte) {
		readWARC("f.warc", bytes.NewReader(b), Options{MaxDocSize: 1 << 16}, func(it Item) error {
			if it.Err == nil && it.Doc.ID == "" {
				t.Error("document without id")
			}
			return nil
		})
	})
}

// benchPage is a news page of realistic weight (about 40 KB): an inline
// script and a JSON state blob, a menu of a hundred links, eight paragraphs
// of article and a list of related links, with varied words so that it
// compresses about as well as real pages.
func benchPage(rng *rand.Rand, i int) []byte {
	vocab := strings.Fields("il la di che e un una per con non sono governo ministro città anni presidente accordo " +
		"regione polizia giorni dopo secondo anche più sulla nella degli delle stato paese mercato lavoro " +
		"the of and to in a is that for on with as was by at from government minister said year")
	word := func() string {
		if rng.Intn(4) == 0 {
			return fmt.Sprintf("%s%d", vocab[rng.Intn(len(vocab))], rng.Intn(100))
		}
		return vocab[rng.Intn(len(vocab))]
	}
	sentence := func(n int) string {
		w := make([]string, n)
		for j := range w {
			w[j] = word()
		}
		return strings.Join(w, " ") + "."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>Articolo %d</title>", i)
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"2024-03-%02dT10:00:00Z\">", i%28+1)
	b.WriteString("<script>window.__STATE__={")
	for j := 0; j < 400; j++ {
		fmt.Fprintf(&b, "\"k%x\":\"%x%s\",", rng.Int63(), rng.Int63(), word())
	}
	b.WriteString("};</script><style>")
	for j := 0; j < 150; j++ {
		fmt.Fprintf(&b, ".c%d{margin:%dpx;color:#%06x}", j, rng.Intn(40), rng.Intn(1<<24))
	}
	b.WriteString("</style></head><body><header><nav><ul>")
	for j := 0; j < 100; j++ {
		fmt.Fprintf(&b, "<li><a href=\"/sezione/%d\">%s %s</a></li>", rng.Intn(1e6), word(), word())
	}
	fmt.Fprintf(&b, "</ul></nav></header><main><article><h1>%s</h1>", sentence(10))
	for j := 0; j < 8; j++ {
		fmt.Fprintf(&b, "<p>%s %s %s</p>\n", sentence(20), sentence(15), sentence(25))
	}
	b.WriteString("</article><aside><h3>Leggi anche</h3><ul>")
	for j := 0; j < 20; j++ {
		fmt.Fprintf(&b, "<li><a href=\"/a/%d\">%s</a></li>", rng.Intn(1e6), sentence(8))
	}
	b.WriteString("</ul></aside></main><footer>© Giornale</footer></body></html>")
	return []byte(b.String())
}

// BenchmarkWARC reads a generated .warc.gz of a few MB (200 pages of about
// 40 KB, each with its request record; one gzip member per record). MB/s is
// of the compressed input; run with GOMAXPROCS=1 for the figure per core.
// "extract" reads the documents out; "records" only walks the records (the
// same archive with the responses typed as resources, so they are skipped).
func BenchmarkWARC(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	var docs, bare bytes.Buffer
	const pages = 200
	for i := 0; i < pages; i++ {
		uri := fmt.Sprintf("https://news.example/2024/03/articolo-%d", i)
		req := warcRec("request", uri, "2024-03-01T10:00:00Z", "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"))
		resp := httpResp("200 OK", "text/html; charset=utf-8", benchPage(rng, i))
		docs.Write(gz(req))
		docs.Write(gz(warcRec("response", uri, "2024-03-01T10:00:01Z", "application/http; msgtype=response", resp)))
		bare.Write(gz(req))
		bare.Write(gz(warcRec("resource", uri, "2024-03-01T10:00:01Z", "application/http; msgtype=response", resp)))
	}
	for _, c := range []struct {
		name string
		data []byte
		want int
	}{{"extract", docs.Bytes(), pages}, {"records", bare.Bytes(), 0}} {
		b.Run(c.name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "bench.warc.gz")
			if err := os.WriteFile(path, c.data, 0o644); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(c.data)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				n := 0
				if err := Read([]string{path}, nil, Options{}, func(it Item) error {
					if it.Err == nil {
						n++
					}
					return nil
				}); err != nil {
					b.Fatal(err)
				}
				if n != c.want {
					b.Fatalf("%d docs, want %d", n, c.want)
				}
			}
		})
	}
}

func TestWARCKeepsTargetURI(t *testing.T) {
	body := []byte(page(`<title>Pagina</title><link rel="canonical" href="https://agency.example/original">`, "", paras[0], paras[1]))
	rec := warcRec("response", "https://news.example/copia", "2024-03-01T10:00:01Z", "application/http; msgtype=response",
		httpResp("200 OK", "text/html; charset=utf-8", body))
	docs, fails, _ := readWARCBytes(t, "t.warc", rec)
	if len(docs) != 1 || len(fails) != 0 {
		t.Fatalf("docs %d, fails %+v", len(docs), fails)
	}
	if d := docs[0].Doc; d.URL != "https://news.example/copia" {
		t.Errorf("URL %q, want the record's target URI", d.URL)
	}
}
