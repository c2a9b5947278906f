package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/vedetta/vedetta/fetch"
)

// feedServer serves an RSS feed whose items can be added, with an ETag
// that changes with them, and counts the requests.
type feedServer struct {
	mu       sync.Mutex
	items    []string
	requests int
	notMod   int
	badUA    bool
}

func (f *feedServer) add(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := 0; i < n; i++ {
		k := len(f.items) + 1
		f.items = append(f.items, fmt.Sprintf(`<item><title>Notizia numero %d</title><link>https://agenzia.example/notizie/%d</link>
<pubDate>Tue, 05 Mar 2024 1%d:00:00 +0100</pubDate><description>Il consiglio comunale ha approvato il bilancio numero %d dopo una lunga discussione.</description></item>`, k, k, k%10, k))
	}
}

func (f *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests++
	if r.Header.Get("User-Agent") != fetch.UserAgent {
		f.badUA = true
	}
	etag := fmt.Sprintf(`"n%d"`, len(f.items))
	if r.Header.Get("If-None-Match") == etag {
		f.notMod++
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml")
	// Newest first, as feeds do.
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Agenzia</title><link>https://agenzia.example/</link><language>it</language>`)
	for i := len(f.items) - 1; i >= 0; i-- {
		b.WriteString(f.items[i])
	}
	b.WriteString(`</channel></rss>`)
	w.Write([]byte(b.String()))
}

var roundLine = regexp.MustCompile(`(\d+) items, (\d+) new: stored (\d+), replaced (\d+), unchanged (\d+), failed (\d+)`)

func watchOnce(t *testing.T, feeds, data string) (items, fresh, stored, unchanged int) {
	t.Helper()
	code, out, errOut := run(t, "", "watch", feeds, "--once", "--delay", "0", "--data", data)
	if code != 0 {
		t.Fatalf("watch: exit %d\n%s\n%s", code, out, errOut)
	}
	m := roundLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no round line in %q", out)
	}
	fmt.Sscan(m[1], &items)
	fmt.Sscan(m[2], &fresh)
	fmt.Sscan(m[3], &stored)
	fmt.Sscan(m[5], &unchanged)
	return
}

func storedDocs(t *testing.T, data string) int {
	t.Helper()
	code, out, errOut := run(t, "", "stats", "--json", "--data", data)
	if code != 0 {
		t.Fatalf("stats: %d %s", code, errOut)
	}
	var s struct{ Documents int }
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("stats: %v", err)
	}
	return s.Documents
}

func TestWatch(t *testing.T) {
	fsrv := &feedServer{}
	fsrv.add(3)
	srv := httptest.NewServer(fsrv)
	defer srv.Close()
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte("# our feeds\n"+srv.URL+"/feed.xml  # the agency\n\n"), 0o644)

	// First round: everything is new.
	if items, fresh, stored, _ := watchOnce(t, feeds, data); items != 3 || fresh != 3 || stored != 3 {
		t.Fatalf("round 1: %d items, %d new, %d stored", items, fresh, stored)
	}
	if n := storedDocs(t, data); n != 3 {
		t.Fatalf("%d documents stored after round 1", n)
	}
	// Second round: the server answers 304, nothing is read.
	if items, fresh, stored, _ := watchOnce(t, feeds, data); items != 0 || fresh != 0 || stored != 0 || fsrv.notMod != 1 {
		t.Fatalf("round 2: %d items, %d new, %d stored, %d not-modified answers", items, fresh, stored, fsrv.notMod)
	}
	// New items are picked up, and only they.
	fsrv.add(2)
	if items, fresh, stored, _ := watchOnce(t, feeds, data); items != 5 || fresh != 2 || stored != 2 {
		t.Fatalf("round 3: %d items, %d new, %d stored", items, fresh, stored)
	}
	// A server that ignores the validators: the seen ids still prevent repeats.
	raw, _ := os.ReadFile(filepath.Join(data, watchStateFile))
	os.WriteFile(filepath.Join(data, watchStateFile), []byte(strings.ReplaceAll(string(raw), `"etag": "\"n5\""`, `"etag": "\"old\""`)), 0o644)
	if items, fresh, stored, _ := watchOnce(t, feeds, data); items != 5 || fresh != 0 || stored != 0 {
		t.Fatalf("round 4 (validators lost): %d items, %d new, %d stored", items, fresh, stored)
	}
	// The state is lost (a crash after the store, before the state): the
	// store's idempotency keeps everything once.
	os.Remove(filepath.Join(data, watchStateFile))
	if _, fresh, stored, unchanged := watchOnce(t, feeds, data); fresh != 5 || stored != 0 || unchanged != 5 {
		t.Fatalf("round 5 (state lost): %d new, %d stored, %d unchanged", fresh, stored, unchanged)
	}
	if fsrv.badUA {
		t.Error("a request without Vedetta's User-Agent")
	}
	if n := storedDocs(t, data); n != 5 {
		t.Errorf("%d documents stored at the end, want 5", n)
	}
}

func TestWatchUsage(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "feeds.txt")
	os.WriteFile(bad, []byte("ftp://x.example/feed\n"), 0o644)
	if code, _, _ := run(t, "", "watch", bad, "--once", "--data", filepath.Join(dir, "d")); code != exitUsage {
		t.Errorf("bad URL: exit %d", code)
	}
	if code, _, _ := run(t, "", "watch", "--once"); code != exitUsage {
		t.Errorf("no file: exit %d", code)
	}
}
