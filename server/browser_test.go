package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
	"github.com/vedetta/vedetta/store/sqlite"
)

// chromium finds Debian's Chromium. Without it the browser tests skip,
// except in CI (CI=true), where they must run.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed, and CI=true requires the browser tests: apt-get install chromium (.ci/run does)")
	}
	t.Skip("chromium is not installed (apt-get install chromium): browser tests skipped")
	return ""
}

// artefacts is where screenshots go: $VEDETTA_ARTIFACTS, else a temporary
// folder of the test.
func artefacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("VEDETTA_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// browser starts a headless Chromium and collects the errors its pages
// report (console errors, uncaught exceptions, failed loads, CSP
// violations).
type browser struct {
	ctx    context.Context
	mu     sync.Mutex
	errors []string
	page   string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	exe := chromium(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	// Start the browser on a context without a deadline (a deadline on the
	// first run would bound the browser's life), then bound the test.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	b := &browser{}
	err := chromedp.Listen(ctx, func(ev any) {
		var msg string
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				msg = "console." + string(ev.Type) + ": " + strings.Join(parts, " ")
			}
		case *runtime.EventExceptionThrown:
			msg = "exception: " + ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				msg += " " + ev.ExceptionDetails.Exception.Description
			}
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError {
				msg = "log: " + ev.Entry.Text + " " + ev.Entry.URL
			}
		}
		if msg != "" {
			b.mu.Lock()
			b.errors = append(b.errors, b.page+": "+msg)
			b.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	tctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancelT)
	b.ctx = tctx
	return b
}

func (b *browser) at(page string) {
	b.mu.Lock()
	b.page = page
	b.mu.Unlock()
}

// do runs steps on the current page.
func (b *browser) do(t *testing.T, page string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	b.at(page)
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		t.Fatalf("%s: %v", page, err)
	}
}

// navigate runs an action that leaves the page and waits for the next
// page's load.
func (b *browser) navigate(t *testing.T, page string, trigger chromedp.Action[chromedp.Void]) {
	t.Helper()
	b.at(page)
	if _, err := chromedp.Run(b.ctx, chromedp.WaitEvent(cdppage.LoadEventFired, nil, trigger)); err != nil {
		t.Fatalf("%s: %v", page, err)
	}
}

// eval evaluates a JavaScript expression on the current page.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: evaluate %s: %v", b.page, expr, err)
	}
	return v
}

func (b *browser) screenshot(t *testing.T, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s", p)
}

func (b *browser) noErrors(t *testing.T) {
	t.Helper()
	// A round trip delivers the events sent before it.
	eval[int](t, b, "1")
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range b.errors {
		t.Errorf("browser error on %s", e)
	}
	b.errors = nil
}

// TestBrowser drives the pages in a real headless Chromium: search for
// Kazakistan, open the document and see Kazakhstan highlighted, then the
// events (timeline), network and entity pages, without errors in the
// console; screenshots are saved.
func TestBrowser(t *testing.T) {
	b := newBrowser(t)
	ts := newTestServer(t, Config{})
	hs := httptest.NewServer(ts.h)
	defer hs.Close()
	dir := artefacts(t)
	base := hs.URL

	// Search.
	b.do(t, "search",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name=q]`)),
	)
	// The empty query lists every document: wait for the results page.
	b.navigate(t, "search", chromedp.SendKeys(chromedp.CSS(`input[name=q]`), "Kazakistan"+kb.Enter))
	b.do(t, "search", chromedp.WaitVisible(chromedp.CSS(`.hit a.title`)))
	if q := eval[string](t, b, `location.search`); !strings.Contains(q, "q=Kazakistan") {
		t.Fatalf("search not submitted: %s", q)
	}
	hits := eval[int](t, b, `document.querySelectorAll('.hit').length`)
	hitTitle := eval[string](t, b, `document.querySelector('.hit a.title').textContent`)
	if hits != 1 || !strings.HasPrefix(hitTitle, referenceTitlePrefix) {
		t.Fatalf("search results: %d, first %q", hits, hitTitle)
	}
	marks := eval[[]string](t, b, `Array.from(document.querySelectorAll('.hit .snippet mark')).map(m => m.textContent)`)
	if len(marks) == 0 || marks[0] != "Kazakistan" {
		t.Errorf("snippet marks %v", marks)
	}
	b.screenshot(t, dir, "search-kazakistan")

	// The document, with Kazakhstan highlighted.
	b.navigate(t, "document", chromedp.Click(chromedp.CSS(`.hit a.title`)))
	b.do(t, "document", chromedp.WaitVisible(chromedp.CSS(`#text`)))
	if url := eval[string](t, b, `location.pathname`); !strings.HasPrefix(url, "/documents/") {
		t.Fatalf("not on a document page: %s", url)
	}
	type mark struct {
		Entity string `json:"entity"`
		Class  string `json:"cls"`
		Text   string `json:"text"`
		Bg     string `json:"bg"`
		Href   string `json:"href"`
	}
	ents := eval[[]mark](t, b, `Array.from(document.querySelectorAll('#text a.ent')).map(a => ({
		entity: a.dataset.entity, cls: a.className, text: a.textContent, bg: getComputedStyle(a).backgroundColor, href: a.getAttribute('href')}))`)
	var kaz []mark
	for _, m := range ents {
		if strings.Contains(m.Text, "Kazakistan") {
			kaz = append(kaz, m)
		}
		if m.Bg == "" || m.Bg == "rgba(0, 0, 0, 0)" || m.Bg == "transparent" {
			t.Errorf("mention %q is not coloured (%s)", m.Text, m.Bg)
		}
		if !strings.HasPrefix(m.Href, "/entities/") {
			t.Errorf("mention %q links to %q", m.Text, m.Href)
		}
	}
	if len(kaz) == 0 {
		t.Errorf("no highlighted mention of Kazakistan among %d marks", len(ents))
	}
	if hasStage(pipeline(t), "entities") {
		// With the knowledge base, Kazakistan links to the country KAZ.
		found := false
		for _, m := range kaz {
			found = found || (m.Entity == "KAZ" && strings.Contains(m.Class, "ent-COUNTRY"))
		}
		if !found {
			t.Errorf("Kazakistan is not highlighted as the country KAZ: %+v", kaz)
		}
	}
	if n := eval[int](t, b, `document.querySelectorAll('#side-entities li[data-entity]').length`); n == 0 {
		t.Error("no entity in the side panel")
	}
	if eval[int](t, b, `document.querySelectorAll('#side-events li.event').length`) > 0 {
		if eval[int](t, b, `document.querySelectorAll('#text .ev').length`) == 0 {
			t.Error("events listed but no evidence highlighted")
		}
		// Clicking an event flashes its evidence.
		b.do(t, "document", chromedp.Click(chromedp.CSS(`#side-events li.event .type`)))
		if eval[int](t, b, `document.querySelectorAll('#text .ev.flash').length`) == 0 {
			t.Error("clicking an event does not show its evidence")
		}
	}
	b.screenshot(t, dir, "document-kazakistan")
	b.noErrors(t)

	// Events with the timeline.
	b.do(t, "events",
		chromedp.Navigate(base+"/events"),
		chromedp.WaitVisible(chromedp.CSS(`#timeline`)),
	)
	total := eval[string](t, b, `document.getElementById('event-total').textContent`)
	bars := eval[int](t, b, `document.querySelectorAll('#timeline rect.bar').length`)
	rows := eval[int](t, b, `document.querySelectorAll('table.events tbody tr').length`)
	if total != "0" && (bars == 0 || rows == 0) {
		t.Errorf("events page: %s events, %d bars, %d rows", total, bars, rows)
	}
	b.screenshot(t, dir, "events-timeline")
	b.do(t, "events by quad",
		chromedp.Navigate(base+"/events?by=quad&interval=week"),
		chromedp.WaitVisible(chromedp.CSS(`#timeline`)),
	)
	b.screenshot(t, dir, "events-timeline-quad")
	b.noErrors(t)

	// Network: drawn by the script; a click on a node filters on it.
	b.do(t, "network",
		chromedp.Navigate(base+"/network"),
		chromedp.WaitVisible(chromedp.CSS(`#net`)),
	)
	nodes := eval[int](t, b, `document.querySelectorAll('#net g.node').length`)
	want := eval[int](t, b, `JSON.parse(document.getElementById('net-data').textContent).nodes.length`)
	if nodes != want {
		t.Errorf("network drew %d nodes of %d", nodes, want)
	}
	if want > 0 && eval[int](t, b, `document.querySelectorAll('#net path.edge').length`) == 0 {
		t.Error("network drew no edge")
	}
	b.screenshot(t, dir, "network")
	if nodes > 0 {
		first := eval[string](t, b, `document.querySelector('#net g.node').dataset.id`)
		b.navigate(t, "network click", chromedp.Click(chromedp.CSS(`#net g.node circle`)))
		b.do(t, "network click", chromedp.WaitVisible(chromedp.CSS(`#net g.node.sel`)))
		loc := eval[string](t, b, `location.search`)
		sel := eval[string](t, b, `document.querySelector('#net g.node.sel').dataset.id`)
		if !strings.Contains(loc, "actor=") || sel != first {
			t.Errorf("click on %s: at %s, %s selected", first, loc, sel)
		}
		b.screenshot(t, dir, "network-actor")
	}
	b.noErrors(t)

	// Entity page: Kazakhstan where the knowledge base is there, else the
	// most mentioned entity.
	b.do(t, "entities",
		chromedp.Navigate(base+"/entities"),
		chromedp.WaitVisible(chromedp.CSS(`table.entities`)),
	)
	entHref := eval[string](t, b, `document.querySelector('table.entities tbody a.ent').getAttribute('href')`)
	b.screenshot(t, dir, "entities")
	if hasStage(pipeline(t), "entities") {
		entHref = "/entities/KAZ"
	}
	b.do(t, "entity",
		chromedp.Navigate(base+entHref),
		chromedp.WaitVisible(chromedp.CSS(`#mentions-chart`)),
	)
	name := eval[string](t, b, `document.querySelector('h1').textContent`)
	langs := eval[int](t, b, `document.querySelectorAll('.lang-names').length`)
	if name == "" || langs == 0 {
		t.Errorf("entity page %s: name %q, %d languages", entHref, name, langs)
	}
	b.screenshot(t, dir, "entity")
	b.noErrors(t)
	fmt.Fprintf(os.Stderr, "browser test screenshots in %s\n", dir)
}

// TestBrowserLargeNetwork lays out a network of a few hundred actors and
// checks that it is drawn whole, fast enough, with few overlapping nodes.
func TestBrowserLargeNetwork(t *testing.T) {
	b := newBrowser(t)
	st, err := sqlite.Open(t.TempDir(), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// 300 actors; events between them, more for the first ones (a few hubs
	// and a long tail, as in news).
	const actors = 300
	seed := uint32(7)
	rnd := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	quads := map[string]string{"AID": "material cooperation", "CONSULT": "verbal cooperation", "ACCUSE": "verbal conflict", "ASSAULT": "material conflict"}
	types := []string{"AID", "CONSULT", "ACCUSE", "ASSAULT"}
	var recs []store.Record
	for d := 0; d < 150; d++ {
		a := vedetta.NewAnalysis(vedetta.Document{ID: fmt.Sprintf("doc%03d", d), Date: fmt.Sprintf("2022-%02d-%02d", 1+d%12, 1+d%28), Lang: "en", Text: "text"})
		for i := 0; i < 4; i++ {
			s := rnd(rnd(actors) + 1)
			tg := rnd(actors)
			if s == tg {
				continue
			}
			typ := types[rnd(len(types))]
			a.Events = append(a.Events, vedetta.Event{Type: typ, Quad: quads[typ], Date: a.Date, Context: []string{},
				Source: &vedetta.Actor{ID: fmt.Sprintf("a%03d", s), Name: fmt.Sprintf("Actor %d", s)},
				Target: &vedetta.Actor{ID: fmt.Sprintf("a%03d", tg), Name: fmt.Sprintf("Actor %d", tg)}})
		}
		recs = append(recs, store.Record{Analysis: a, Hash: a.ID})
	}
	if _, err := st.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	ts := newTestServer(t, Config{Store: st})
	hs := httptest.NewServer(ts.h)
	defer hs.Close()
	start := time.Now()
	b.do(t, "large network",
		chromedp.Navigate(hs.URL+"/network?max_edges=2000"),
		chromedp.WaitVisible(chromedp.CSS(`#net g.node`)),
	)
	elapsed := time.Since(start)
	nodes := eval[int](t, b, `document.querySelectorAll('#net g.node').length`)
	want := eval[int](t, b, `JSON.parse(document.getElementById('net-data').textContent).nodes.length`)
	if nodes != want || nodes < 200 {
		t.Fatalf("drew %d nodes of %d", nodes, want)
	}
	// Nodes whose centres are closer than 4 px cannot be told apart.
	overlaps := eval[int](t, b, `(() => {
		const p = Array.from(document.querySelectorAll('#net g.node')).map(g => g.transform.baseVal[0].matrix);
		let n = 0;
		for (let i = 0; i < p.length; i++) for (let j = i + 1; j < p.length; j++)
			if (Math.hypot(p[i].e - p[j].e, p[i].f - p[j].f) < 4) n++;
		return n; })()`)
	t.Logf("%d nodes drawn in %v (page load and layout), %d pairs closer than 4 px", nodes, elapsed, overlaps)
	if overlaps > nodes/20 {
		t.Errorf("%d overlapping pairs among %d nodes", overlaps, nodes)
	}
	b.screenshot(t, artefacts(t), "network-large")
	b.noErrors(t)
}
