package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
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
)

// ErrTooLarge is wrapped by the error of a response whose body is over the
// size limit.
var ErrTooLarge = errors.New("response body over the size limit")

// Config tunes a Client. Zero fields take the defaults above; a negative
// HostDelay means no delay.
type Config struct {
	Timeout   time.Duration // whole request, body included
	MaxBytes  int64         // largest body read
	HostDelay time.Duration // least time between two requests to one host
	UserAgent string
	// Transport, if set, replaces http.DefaultTransport (tests).
	Transport http.RoundTripper
}

// Client fetches URLs politely. It is safe for concurrent use.
type Client struct {
	cfg  Config
	http *http.Client

	mu   sync.Mutex
	next map[string]time.Time // host -> earliest time of its next request
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
	return &Client{cfg: cfg, http: hc, next: map[string]time.Time{}}
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
// error, as is a body over the size limit (wrapping ErrTooLarge).
func (c *Client) Get(ctx context.Context, rawURL string, v *Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("fetch %s: only http and https URLs are fetched", rawURL)
	}
	if err := c.wait(ctx, u.Host); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
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
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
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
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, fmt.Errorf("fetch %s: HTTP status %s", rawURL, resp.Status)
	}
	if resp.ContentLength > c.cfg.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %w: Content-Length %d > %d bytes", rawURL, ErrTooLarge, resp.ContentLength, c.cfg.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.cfg.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: reading body: %w", rawURL, err)
	}
	if int64(len(body)) > c.cfg.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %w: more than %d bytes", rawURL, ErrTooLarge, c.cfg.MaxBytes)
	}
	out.Body = body
	return out, nil
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
	d := time.Until(at)
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
