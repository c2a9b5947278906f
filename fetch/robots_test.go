package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

func TestParseRobots(t *testing.T) {
	body := []byte(`# our own example
User-agent: *
Disallow: /private/
Allow: /private/open.html
Disallow: /*.pdf$

User-agent: Vedetta
User-agent: other
Disallow: /feeds/
Allow: /feeds/public
Disallow: /search?q=*

User-agent: nobody
Disallow: /
`)
	mine := ParseRobots(body, "vedetta")
	star := ParseRobots(body, "someone")
	for _, c := range []struct {
		r    *Robots
		path string
		want bool
	}{
		{mine, "/feeds/x.xml", false},
		{mine, "/feeds/public.xml", true}, // the longer rule wins
		{mine, "/private/a.html", true},   // only the matching group applies
		{mine, "/search?q=kazakhstan", false},
		{mine, "/search", true},
		{star, "/private/a.html", false},
		{star, "/private/open.html", true},
		{star, "/docs/report.pdf", false},
		{star, "/docs/report.pdf?x=1", true}, // $ anchors the end
		{star, "/feeds/x.xml", true},
		{star, "/robots.txt", true},
		{ParseRobots([]byte("User-agent: *\nDisallow:\n"), "vedetta"), "/anything", true},
		{ParseRobots(nil, "vedetta"), "/anything", true},
	} {
		if got := c.r.Allowed(c.path); got != c.want {
			t.Errorf("Allowed(%q) = %v, want %v", c.path, got, c.want)
		}
	}
}

func TestRobotsObeyed(t *testing.T) {
	var robotsReads atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsReads.Add(1)
			w.Write([]byte("User-agent: *\nDisallow: /private\n"))
			return
		}
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	c := New(Config{HostDelay: -1})
	if _, err := c.Get(context.Background(), srv.URL+"/private/x", nil); !errors.Is(err, ErrRobots) {
		t.Errorf("disallowed path: %v, want ErrRobots", err)
	}
	if _, err := c.Get(context.Background(), srv.URL+"/public/x", nil); err != nil {
		t.Errorf("allowed path: %v", err)
	}
	if n := robotsReads.Load(); n != 1 {
		t.Errorf("robots.txt read %d times, want once", n)
	}
	c = New(Config{HostDelay: -1, IgnoreRobots: true})
	if _, err := c.Get(context.Background(), srv.URL+"/private/x", nil); err != nil {
		t.Errorf("IgnoreRobots: %v", err)
	}
}

func TestRobotsUnreachableDisallows(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusInternalServerError)
			return
		}
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	c := New(Config{HostDelay: -1, Retries: -1})
	if _, err := c.Get(context.Background(), srv.URL+"/a", nil); !errors.Is(err, ErrRobots) {
		t.Errorf("robots.txt answering 500: %v, want ErrRobots", err)
	}
}

func TestRetries(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		switch r.URL.Path {
		case "/flaky":
			if calls.Add(1) <= 2 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			w.Write([]byte("ok"))
		case "/down":
			calls.Add(1)
			http.Error(w, "busy", http.StatusBadGateway)
		case "/missing":
			calls.Add(1)
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	c := New(Config{HostDelay: -1, RetryWait: time.Millisecond})
	if r, err := c.Get(context.Background(), srv.URL+"/flaky", nil); err != nil || string(r.Body) != "ok" {
		t.Fatalf("flaky: %v", err)
	}
	if n := calls.Swap(0); n != 3 {
		t.Errorf("flaky: %d calls, want 3", n)
	}
	var st *StatusError
	if _, err := c.Get(context.Background(), srv.URL+"/down", nil); !errors.As(err, &st) || st.Code != http.StatusBadGateway {
		t.Errorf("down: %v", err)
	}
	if n := calls.Swap(0); n != 3 {
		t.Errorf("down: %d calls, want 1 + 2 retries", n)
	}
	if _, err := c.Get(context.Background(), srv.URL+"/missing", nil); err == nil {
		t.Error("404 fetched")
	}
	if n := calls.Swap(0); n != 1 {
		t.Errorf("404: %d calls, want no retry", n)
	}
}

// FuzzParseRobots checks that any robots.txt parses and answers without
// panicking.
func FuzzParseRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /a*b$\nAllow: /a\n"), "/ab")
	f.Add([]byte("user-agent:vedetta\ndisallow:/\n# x\n"), "/")
	f.Add([]byte("\x00:\n:::\nAllow:*$*$\n"), "")
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		ParseRobots(body, "vedetta").Allowed(path)
	})
}
