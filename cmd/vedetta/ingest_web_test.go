package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const webArticle = `<!DOCTYPE html><html lang="en"><head><title>Talks resume in Geneva - Example News</title>
<meta property="article:published_time" content="2024-03-07T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume in Geneva</h1>
<p>Delegations from the two countries met in Geneva on Thursday to resume talks on a ceasefire, three weeks after the last round ended without agreement.</p>
<p>The United Nations envoy said both sides had agreed to discuss the exchange of prisoners and the reopening of the main border crossing.</p>
<p>A second round is planned for next week, officials said.</p></article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>`

func TestIngestWebInputs(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>%s/</link>
<item><title>Talks resume in Geneva</title><link>%s/world/talks</link><pubDate>Thu, 07 Mar 2024 09:00:00 +0000</pubDate>
<description>Short summary only.</description></item></channel></rss>`, srv.URL, srv.URL)
	})
	mux.HandleFunc("/world/talks", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(webArticle)) })

	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	// A feed URL, followed.
	code, out, errOut := run(t, "", "ingest", "--quiet", "--data", data, "--follow", srv.URL+"/feed.xml")
	if code != 0 || !strings.Contains(out, "stored 1,") {
		t.Fatalf("feed URL: exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, _ = run(t, "", "search", "--data", data, "--json", "prisoners")
	if code != 0 || !strings.Contains(out, srv.URL+"/world/talks") {
		t.Errorf("followed page not searchable: %s", out)
	}
	// An HTML file and a WARC archive.
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte(strings.ReplaceAll(webArticle, "Geneva", "Vienna")), 0o644)
	var warc bytes.Buffer
	body := strings.ReplaceAll(webArticle, "Geneva", "Oslo")
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	for _, rec := range []string{
		"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-03-08T00:00:00Z\r\nContent-Length: 0\r\n\r\n\r\n\r\n",
		fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/oslo\r\nWARC-Date: 2024-03-08T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(resp), resp),
	} {
		zw := gzip.NewWriter(&warc)
		zw.Write([]byte(rec))
		zw.Close()
	}
	arch := filepath.Join(dir, "crawl.warc.gz")
	os.WriteFile(arch, warc.Bytes(), 0o644)
	code, out, errOut = run(t, "", "ingest", "--quiet", "--data", data, page, arch)
	if code != 0 || !strings.Contains(out, "stored 2,") || !strings.Contains(out, "skipped 1 WARC record(s): 1 warcinfo records") {
		t.Fatalf("HTML + WARC: exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, _ = run(t, "", "search", "--data", data, "--json", "Oslo")
	if code != 0 || !strings.Contains(out, "https://news.example/oslo") || !strings.Contains(out, "2024-03-07") {
		t.Errorf("WARC document: %s", out)
	}
	// A URL that cannot be fetched fails alone, exit 1, no usage error.
	code, out, _ = run(t, "", "ingest", "--quiet", "--data", data, srv.URL+"/missing")
	if code != exitFailed || !strings.Contains(out, "404") {
		t.Errorf("missing URL: exit %d %s", code, out)
	}
}
