package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/store"
)

// Store is what the server reads and writes.
type Store interface {
	store.Store
	store.Querier
}

// ClusterInfo is a document's near-duplicate cluster: its id and the number
// of stored documents in it.
type ClusterInfo struct {
	ID   string `json:"id"`
	Size int    `json:"size"`
}

// Config configures a server.
type Config struct {
	Store Store
	// Pipeline analyses posted documents; nil disables writes.
	Pipeline *analyze.Pipeline
	// Token, when set, is required on every request (but /healthz).
	Token string
	// ReadOnly refuses every write.
	ReadOnly bool
	Logger   *slog.Logger

	MaxBody        int64         // bytes of a request body; default 32 MiB
	RequestTimeout time.Duration // of a request; default 30 s
	ExportTimeout  time.Duration // of an export; default 10 min
	MaxExport      int           // events in one export; default 1,000,000
	MaxDocSize     int           // bytes of one posted document; default ingest's
}

// Defaults.
const (
	DefaultMaxBody        = 32 << 20
	DefaultRequestTimeout = 30 * time.Second
	DefaultExportTimeout  = 10 * time.Minute
	DefaultMaxExport      = 1_000_000
)

// Server is the HTTP API and web UI.
type Server struct {
	cfg     Config
	log     *slog.Logger
	mux     *http.ServeMux
	routes  []Route
	metrics *metrics
	ui      *ui
	// loopback is set by Serve from the listener's address: it enables
	// the Host check and writes without a token.
	loopback bool
	ingestMu sync.Mutex // one ingest at a time
}

// Route is one registered route.
type Route struct {
	Method  string // GET or POST
	Path    string // ServeMux path pattern, as in the OpenAPI document
	Write   bool   // needs write access
	Open    bool   // served without the token
	Export  bool   // long-running streaming response
	handler http.HandlerFunc
}

// New builds a server. Call Serve to run it, or use Handler directly (the
// server then treats requests as coming over loopback).
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.ExportTimeout <= 0 {
		cfg.ExportTimeout = DefaultExportTimeout
	}
	if cfg.MaxExport <= 0 {
		cfg.MaxExport = DefaultMaxExport
	}
	s := &Server{cfg: cfg, log: cfg.Logger, mux: http.NewServeMux(), metrics: newMetrics(), loopback: true}
	u, err := newUI(s)
	if err != nil {
		return nil, err
	}
	s.ui = u
	s.register()
	return s, nil
}

// Routes lists the registered routes.
func (s *Server) Routes() []Route { return append([]Route(nil), s.routes...) }

func (s *Server) register() {
	api := []Route{
		{Method: "GET", Path: "/healthz", Open: true, handler: s.healthz},
		{Method: "GET", Path: "/metrics", handler: s.metrics.serve(s)},
		{Method: "GET", Path: "/api/openapi.json", handler: s.openapi},
		{Method: "GET", Path: "/api/documents", handler: s.listDocuments},
		{Method: "POST", Path: "/api/documents", Write: true, handler: s.postDocuments},
		{Method: "GET", Path: "/api/documents/{id}", handler: s.getDocument},
		{Method: "GET", Path: "/api/entities", handler: s.listEntities},
		{Method: "GET", Path: "/api/entities/{id}", handler: s.getEntity},
		{Method: "GET", Path: "/api/events", handler: s.listEvents},
		{Method: "GET", Path: "/api/timeline", handler: s.timeline},
		{Method: "GET", Path: "/api/network", handler: s.network},
		{Method: "GET", Path: "/api/export", Export: true, handler: s.export},
		// Pages.
		{Method: "GET", Path: "/{$}", handler: s.ui.search},
		{Method: "GET", Path: "/documents/{id}", handler: s.ui.document},
		{Method: "GET", Path: "/events", handler: s.ui.events},
		{Method: "GET", Path: "/network", handler: s.ui.network},
		{Method: "GET", Path: "/entities", handler: s.ui.entities},
		{Method: "GET", Path: "/entities/{id}", handler: s.ui.entity},
		{Method: "GET", Path: "/login", Open: true, handler: s.ui.loginPage},
		{Method: "POST", Path: "/login", Open: true, handler: s.ui.login},
		{Method: "GET", Path: "/static/{file...}", Open: true, handler: s.ui.static},
	}
	for _, r := range api {
		s.routes = append(s.routes, r)
		s.mux.Handle(r.Method+" "+r.Path, s.wrap(r))
	}
	// Unmatched paths and methods answer in the same format as the rest.
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "no such route", fmt.Sprintf("%s %s is not a route of this server", r.Method, r.URL.Path))
	})
}

// Handler returns the server's handler with its middleware.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.metrics.inFlight.Add(1)
		defer s.metrics.inFlight.Add(-1)
		if !s.hostAllowed(r) {
			s.fail(w, r, http.StatusMisdirectedRequest, "host not allowed",
				"this server listens on loopback and answers only requests addressed to a loopback name")
			return
		}
		_, pattern := s.mux.Handler(r)
		if pattern == "/" {
			// The catch-all: tell a wrong method from a wrong path.
			if allow := s.allowed(r.URL.Path); len(allow) > 0 {
				w.Header().Set("Allow", strings.Join(allow, ", "))
				s.fail(w, r, http.StatusMethodNotAllowed, "method not allowed",
					fmt.Sprintf("%s accepts %s", r.URL.Path, strings.Join(allow, ", ")))
				s.metrics.observe("unmatched", r.Method, http.StatusMethodNotAllowed, 0)
				return
			}
			start := time.Now()
			rec := &statusWriter{ResponseWriter: w}
			s.mux.ServeHTTP(rec, r)
			s.metrics.observe("unmatched", r.Method, rec.code(), time.Since(start))
			return
		}
		s.mux.ServeHTTP(w, r)
	})
}

// allowed lists the methods that have a route for path.
func (s *Server) allowed(path string) []string {
	var out []string
	for _, m := range []string{"GET", "POST"} {
		req, _ := http.NewRequest(m, path, nil)
		if _, p := s.mux.Handler(req); p != "/" && p != "" {
			out = append(out, m)
		}
	}
	if len(out) > 0 && contains(out, "GET") {
		out = append(out, "HEAD")
	}
	return out
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// wrap adds access control, limits, logging and metrics to a route.
func (s *Server) wrap(rt Route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			d := time.Since(start)
			s.metrics.observe(rt.Path, r.Method, sw.code(), d)
			// The path and query never hold the token (it travels in a
			// header, a cookie or a POST form).
			s.log.Info("request", "method", r.Method, "path", r.URL.Path, "query", r.URL.RawQuery, "route", rt.Path,
				"status", sw.code(), "bytes", sw.n, "duration_ms", d.Milliseconds(), "remote", r.RemoteAddr)
		}()
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("handler panic", "route", rt.Path, "panic", fmt.Sprint(v))
				if sw.status == 0 {
					s.fail(sw, r, http.StatusInternalServerError, "internal error", "the server failed on this request")
				}
			}
		}()
		if !rt.Open && !s.authorized(r) {
			s.unauthorized(sw, r)
			return
		}
		if rt.Write || r.Method == http.MethodPost {
			if o := r.Header.Get("Origin"); o != "" && !sameOrigin(o, r.Host) {
				s.fail(sw, r, http.StatusForbidden, "cross-site request", "writes are accepted only from this server's own pages or from clients that send no Origin")
				return
			}
		}
		if rt.Write {
			switch {
			case s.cfg.ReadOnly || s.cfg.Pipeline == nil:
				s.fail(sw, r, http.StatusForbidden, "writes disabled", "this server is read-only")
				return
			case s.cfg.Token == "" && !s.loopback:
				// Serve refuses this set-up; kept as a second lock.
				s.fail(sw, r, http.StatusForbidden, "writes need a token", "writes beyond loopback need a token")
				return
			}
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(sw, r.Body, s.cfg.MaxBody)
		}
		timeout := s.cfg.RequestTimeout
		if rt.Export {
			timeout = s.cfg.ExportTimeout
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(timeout + 5*time.Second))
		rt.handler(sw, r.WithContext(ctx))
	})
}

// statusWriter records the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	n      int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.n += int64(n)
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *statusWriter) code() int {
	if w.status == 0 {
		return http.StatusOK
	}
	return w.status
}

// tokenCookie is the cookie the login page sets.
const tokenCookie = "vedetta_token"

// authorized checks the token, in constant time. Without a configured
// token everything is authorized.
func (s *Server) authorized(r *http.Request) bool {
	if s.cfg.Token == "" {
		return true
	}
	var given string
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, tok, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			return false
		}
		given = strings.TrimSpace(tok)
	} else if c, err := r.Cookie(tokenCookie); err == nil {
		given = c.Value
	}
	return s.tokenMatches(given)
}

func (s *Server) tokenMatches(given string) bool {
	if s.cfg.Token == "" || given == "" {
		return false
	}
	// Hashing first makes the comparison's time independent of the lengths.
	a, b := sha256.Sum256([]byte(given)), sha256.Sum256([]byte(s.cfg.Token))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

func (s *Server) unauthorized(w http.ResponseWriter, r *http.Request) {
	if wantsHTML(r) {
		s.ui.loginForm(w, r, http.StatusUnauthorized, "")
		return
	}
	w.Header().Set("WWW-Authenticate", `Bearer realm="vedetta"`)
	s.fail(w, r, http.StatusUnauthorized, "unauthorized", "this server needs a bearer token (Authorization: Bearer TOKEN)")
}

// hostAllowed guards a loopback server against DNS rebinding: the Host
// must be a loopback name.
func (s *Server) hostAllowed(r *http.Request) bool {
	if !s.loopback {
		return true
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func sameOrigin(origin, host string) bool {
	o := strings.TrimPrefix(strings.TrimPrefix(origin, "http://"), "https://")
	return strings.EqualFold(o, host)
}

// IsLoopback reports whether a listen address stays on this machine.
// "localhost" counts; an empty host (all interfaces) does not.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// CheckAccess refuses a set-up that would accept writes from the network
// without a token.
func CheckAccess(addr, token string, readOnly bool) error {
	if !IsLoopback(addr) && token == "" && !readOnly {
		return fmt.Errorf("refusing to listen on %s (beyond loopback) with writes enabled and no token: give --token (or VEDETTA_TOKEN), or --read-only", addr)
	}
	return nil
}

// Serve listens on addr and serves until ctx is done, then shuts down
// gracefully (in-flight requests get up to grace to finish). ready, if not
// nil, receives the address actually listened on.
func (s *Server) Serve(ctx context.Context, addr string, grace time.Duration, ready func(net.Addr)) error {
	if err := CheckAccess(addr, s.cfg.Token, s.cfg.ReadOnly || s.cfg.Pipeline == nil); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	if ta, ok := ln.Addr().(*net.TCPAddr); ok {
		s.loopback = ta.IP.IsLoopback()
	}
	if !s.loopback && s.cfg.Token == "" {
		s.log.Warn("serving beyond loopback without a token: anyone who reaches this address reads the store", "addr", ln.Addr().String())
	}
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	if ready != nil {
		ready(ln.Addr())
	}
	s.log.Info("serving", "addr", ln.Addr().String(), "token", s.cfg.Token != "", "read_only", s.cfg.ReadOnly || s.cfg.Pipeline == nil)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if _, _, err := s.cfg.Store.Hash(r.Context(), "\x00healthz"); err != nil {
		s.fail(w, r, http.StatusServiceUnavailable, "store unavailable", err.Error())
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprintln(w, "ok")
}
