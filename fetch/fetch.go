package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// UserAgent identifies Vedetta to the servers it fetches from.
const UserAgent = "Vedetta/0.1 (+https://github.com/vedetta/vedetta)"

// Defaults of a Config left at zero.
const (
	DefaultTimeout   = 30 * time.Second
	DefaultMaxBytes  = 16 << 20
	DefaultHostDelay = time.Second
	DefaultRetries   = 2
	DefaultRetryWait = time.Second
	robotsTTL        = 24 * time.Hour
	maxRetryWait     = time.Minute
)

// ErrTooLarge is wrapped by the error of a response whose body is over the
// size limit.
var ErrTooLarge = errors.New("response body over the size limit")

// ErrRobots is wrapped by the error of a URL that the site's robots.txt
// does not allow Vedetta to fetch.
var ErrRobots = errors.New("disallowed by robots.txt")

// Config tunes a Client. Zero fields take the defaults above; a negative
// HostDelay means no delay.
type Config struct {
	Timeout   time.Duration // whole request, body included
	MaxBytes  int64         // largest body read
	HostDelay time.Duration // least time between two requests to one host
	UserAgent string
	// IgnoreRobots fetches whatever robots.txt says (for one's own sites).
	IgnoreRobots bool
	// Retries is how many times a request is tried again after a network
	// error or a 429, 500, 502, 503 or 504 answer (negative: never);
	// RetryWait the first wait, doubled each time (a Retry-After header
	// wins), at most a minute.
	Retries   int
	RetryWait time.Duration
	// Transport, if set, replaces http.DefaultTransport (tests).
	Transport http.RoundTripper
}

// Client fetches URLs politely. It is safe for concurrent use.
type Client struct {
	cfg  Config
	http *http.Client

	mu         sync.Mutex
	next       map[string]time.Time // host -> earliest time of its next request
	robots     map[string]robotsEntry
	robotsLock map[string]*sync.Mutex
}

// robotsEntry is a host's robots.txt as last read.
type robotsEntry struct {
	r  *Robots
	at time.Time
}

// New returns a Client for cfg.
func New(cfg Config) *Client {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.HostDelay == 0 {
		cfg.HostDelay = DefaultHostDelay
	}
	if cfg.HostDelay < 0 {
		cfg.HostDelay = 0
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = UserAgent
	}
	if cfg.Retries == 0 {
		cfg.Retries = DefaultRetries
	}
	if cfg.Retries < 0 {
		cfg.Retries = 0
	}
	if cfg.RetryWait <= 0 {
		cfg.RetryWait = DefaultRetryWait
	}
	tr := cfg.Transport
	if tr == nil {
		tr = http.DefaultTransport
	}
	hc := &http.Client{
		Timeout:   cfg.Timeout,
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 10 {
				return errors.New("stopped after 10 redirects")
			}
			req.Header.Set("User-Agent", cfg.UserAgent)
			return nil
		},
	}
	return &Client{cfg: cfg, http: hc, next: map[string]time.Time{}, robots: map[string]robotsEntry{}, robotsLock: map[string]*sync.Mutex{}}
}

var (
	defaultOnce   sync.Once
	defaultClient *Client
)

// Default returns the process-wide client with the default Config.
func Default() *Client {
	defaultOnce.Do(func() { defaultClient = New(Config{}) })
	return defaultClient
}

// Config returns the client's settings, defaults filled in.
func (c *Client) Config() Config { return c.cfg }

// Validators make a request conditional: the ETag and Last-Modified of the
// previous response of the same URL.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Response is a fetched URL.
type Response struct {
	URL         string // final URL, after redirects
	Status      int
	ContentType string
	Body        []byte // empty when NotModified
	NotModified bool   // 304: the validators still hold
	Validators  Validators
}

// IsURL reports whether s is an http or https URL.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Get fetches rawURL. With v set, the request is conditional and a 304
// answer comes back as NotModified. Any status other than 2xx and 304 is an
// error, as is a body over the size limit (wrapping ErrTooLarge) and a URL
// the site's robots.txt disallows (wrapping ErrRobots). Network errors and
// 429/5xx answers are tried again (Config.Retries).
func (c *Client) Get(ctx context.Context, rawURL string, v *Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("fetch %s: only http and https URLs are fetched", rawURL)
	}
	if !c.cfg.IgnoreRobots && u.EscapedPath() != "/robots.txt" {
		r := c.robotsFor(ctx, u)
		if !r.Allowed(u.RequestURI()) {
			return nil, fmt.Errorf("fetch %s: %w", rawURL, ErrRobots)
		}
	}
	wait := c.cfg.RetryWait
	for try := 0; ; try++ {
		resp, retryAfter, err := c.get(ctx, u, rawURL, v)
		if err == nil || retryAfter < 0 || try >= c.cfg.Retries {
			return resp, err
		}
		d := wait
		if retryAfter > 0 {
			d = retryAfter
		}
		if err := sleep(ctx, min(d, maxRetryWait)); err != nil {
			return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
		}
		wait *= 2
	}
}

// robotsFor returns the robots.txt rules of u's site, read at most once a
// day: a missing file (4xx) allows everything; a server error or no answer
// disallows everything for now (RFC 9309), and is asked again next time.
func (c *Client) robotsFor(ctx context.Context, u *url.URL) *Robots {
	site := strings.ToLower(u.Scheme + "://" + u.Host)
	c.mu.Lock()
	lock := c.robotsLock[site]
	if lock == nil {
		lock = &sync.Mutex{}
		c.robotsLock[site] = lock
	}
	c.mu.Unlock()
	lock.Lock() // one reading of a site's robots.txt at a time
	defer lock.Unlock()
	c.mu.Lock()
	e, ok := c.robots[site]
	c.mu.Unlock()
	if ok && time.Since(e.at) < robotsTTL {
		return e.r
	}
	agent, _, _ := strings.Cut(c.cfg.UserAgent, "/")
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, _, err := c.get(ctx, ru, ru.String(), nil)
	var r *Robots
	var status *StatusError
	switch {
	case err == nil:
		r = ParseRobots(resp.Body, agent)
	case errors.As(err, &status) && status.Code >= 400 && status.Code < 500 && status.Code != http.StatusTooManyRequests,
		errors.Is(err, ErrTooLarge):
		r = &Robots{} // no robots.txt (or not one: too large): everything allowed
	default:
		return &Robots{rules: []robotsRule{{allow: false, path: "/"}}}
	}
	c.mu.Lock()
	c.robots[site] = robotsEntry{r: r, at: time.Now()}
	c.mu.Unlock()
	return r
}

// StatusError is the error of an answer with a status other than 2xx and
// 304.
type StatusError struct {
	URL    string
	Code   int
	Status string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch %s: HTTP status %s", e.URL, e.Status)
}

// get makes one request. retryAfter is negative when trying again is
// pointless, zero for the default wait, or the server's Retry-After.
func (c *Client) get(ctx context.Context, u *url.URL, rawURL string, v *Validators) (out *Response, retryAfter time.Duration, err error) {
	retryAfter = -1
	if err := c.wait(ctx, u.Host); err != nil {
		return nil, -1, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, -1, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8")
	if v != nil {
		if v.ETag != "" {
			req.Header.Set("If-None-Match", v.ETag)
		}
		if v.LastModified != "" {
			req.Header.Set("If-Modified-Since", v.LastModified)
		}
	}
	resp, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() == nil {
			retryAfter = 0 // a network error: try again
		}
		return nil, retryAfter, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	out = &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		if v != nil {
			if out.Validators.ETag == "" {
				out.Validators.ETag = v.ETag
			}
			if out.Validators.LastModified == "" {
				out.Validators.LastModified = v.LastModified
			}
		}
		return out, -1, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		switch resp.StatusCode {
		case http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway,
			http.StatusServiceUnavailable, http.StatusGatewayTimeout:
			retryAfter = 0
			if s, err := strconv.Atoi(strings.TrimSpace(resp.Header.Get("Retry-After"))); err == nil && s > 0 {
				retryAfter = time.Duration(s) * time.Second
			}
		}
		return nil, retryAfter, &StatusError{URL: rawURL, Code: resp.StatusCode, Status: resp.Status}
	}
	if resp.ContentLength > c.cfg.MaxBytes {
		return nil, -1, fmt.Errorf("fetch %s: %w: Content-Length %d > %d bytes", rawURL, ErrTooLarge, resp.ContentLength, c.cfg.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.cfg.MaxBytes+1))
	if err != nil {
		return nil, -1, fmt.Errorf("fetch %s: reading body: %w", rawURL, err)
	}
	if int64(len(body)) > c.cfg.MaxBytes {
		return nil, -1, fmt.Errorf("fetch %s: %w: more than %d bytes", rawURL, ErrTooLarge, c.cfg.MaxBytes)
	}
	out.Body = body
	return out, -1, nil
}

// wait blocks until a request to host is allowed, and books the next slot.
func (c *Client) wait(ctx context.Context, host string) error {
	host = strings.ToLower(host)
	c.mu.Lock()
	now := time.Now()
	at := c.next[host]
	if at.Before(now) {
		at = now
	}
	c.next[host] = at.Add(c.cfg.HostDelay)
	c.mu.Unlock()
	return sleep(ctx, time.Until(at))
}

// sleep waits d, or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
