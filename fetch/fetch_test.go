package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestGetSendsUserAgentAndReadsBody(t *testing.T) {
	var ua string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html>hello</html>"))
	}))
	defer srv.Close()
	c := New(Config{HostDelay: -1})
	resp, err := c.Get(context.Background(), srv.URL+"/a", nil)
	if err != nil {
		t.Fatal(err)
	}
	if ua != UserAgent {
		t.Errorf("User-Agent %q, want %q", ua, UserAgent)
	}
	if string(resp.Body) != "<html>hello</html>" || resp.Status != 200 || !strings.HasPrefix(resp.ContentType, "text/html") {
		t.Errorf("response %+v", resp)
	}
}

func TestSizeLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chunked" {
			w.(http.Flusher).Flush() // no Content-Length
		}
		w.Write([]byte(strings.Repeat("x", 2000)))
	}))
	defer srv.Close()
	c := New(Config{HostDelay: -1, MaxBytes: 1000})
	for _, p := range []string{"/sized", "/chunked"} {
		_, err := c.Get(context.Background(), srv.URL+p, nil)
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: error %v, want ErrTooLarge", p, err)
		}
	}
	c = New(Config{HostDelay: -1, MaxBytes: 2000})
	if _, err := c.Get(context.Background(), srv.URL+"/chunked", nil); err != nil {
		t.Errorf("body at the limit: %v", err)
	}
}

func TestTimeout(t *testing.T) {
	stop := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-stop:
		case <-time.After(5 * time.Second):
		}
	}))
	defer srv.Close()
	defer close(stop)
	c := New(Config{HostDelay: -1, Timeout: 100 * time.Millisecond})
	start := time.Now()
	_, err := c.Get(context.Background(), srv.URL, nil)
	if err == nil {
		t.Fatal("no error from a server that never answers")
	}
	if time.Since(start) > 3*time.Second {
		t.Errorf("timeout not honoured: %v", time.Since(start))
	}
}

func TestConditionalRequests(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` || r.Header.Get("If-Modified-Since") == "Mon, 02 Jan 2006 15:04:05 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
		w.Write([]byte("body"))
	}))
	defer srv.Close()
	c := New(Config{HostDelay: -1})
	r1, err := c.Get(context.Background(), srv.URL, nil)
	if err != nil || r1.NotModified || r1.Validators.ETag != `"v1"` {
		t.Fatalf("first: %+v %v", r1, err)
	}
	r2, err := c.Get(context.Background(), srv.URL, &r1.Validators)
	if err != nil || !r2.NotModified || len(r2.Body) != 0 {
		t.Fatalf("second: %+v %v", r2, err)
	}
	if r2.Validators != r1.Validators {
		t.Errorf("validators lost on 304: %+v", r2.Validators)
	}
	r3, err := c.Get(context.Background(), srv.URL, &Validators{LastModified: "Mon, 02 Jan 2006 15:04:05 GMT"})
	if err != nil || !r3.NotModified {
		t.Fatalf("by Last-Modified: %+v %v", r3, err)
	}
}

func TestHTTPErrorAndScheme(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	c := New(Config{HostDelay: -1})
	if _, err := c.Get(context.Background(), srv.URL, nil); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("404: %v", err)
	}
	if _, err := c.Get(context.Background(), "file:///etc/passwd", nil); err == nil {
		t.Error("file URL fetched")
	}
}

func TestPerHostDelay(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
	}))
	defer srv.Close()
	const delay = 150 * time.Millisecond
	c := New(Config{HostDelay: delay})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Get(context.Background(), srv.URL, nil); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if len(times) != 3 {
		t.Fatalf("%d requests", len(times))
	}
	for i := 1; i < 3; i++ {
		if gap := times[i].Sub(times[i-1]); gap < delay-20*time.Millisecond {
			t.Errorf("requests %d and %d only %v apart", i-1, i, gap)
		}
	}
	// A cancelled context stops the wait.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c2 := New(Config{HostDelay: time.Hour, IgnoreRobots: true})
	c2.Get(context.Background(), srv.URL, nil)
	if _, err := c2.Get(ctx, srv.URL, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled wait: %v", err)
	}
}
