package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/vedetta/vedetta/store"
)

// Problem is an RFC 9457 problem document.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
	// Extensions of ours.
	Failures any `json:"failures,omitempty"`
}

// wantsHTML tells a browser page request from an API call.
func wantsHTML(r *http.Request) bool {
	if strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz" || r.URL.Path == "/metrics" {
		return false
	}
	return strings.Contains(r.Header.Get("Accept"), "text/html") || r.Header.Get("Accept") == ""
}

// fail answers with a problem document, or an HTML error page to a browser.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, title, detail string) {
	s.failWith(w, r, Problem{Title: title, Status: status, Detail: detail})
}

func (s *Server) failWith(w http.ResponseWriter, r *http.Request, p Problem) {
	if p.Type == "" {
		p.Type = "about:blank"
	}
	p.Instance = r.URL.Path
	if wantsHTML(r) && s.ui != nil {
		s.ui.errorPage(w, r, p)
		return
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(p.Status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(p)
}

// failErr maps a store or parameter error to a problem.
func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	var pe paramError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &pe), errors.Is(err, store.ErrInvalid):
		s.fail(w, r, http.StatusBadRequest, "bad request", err.Error())
	case errors.Is(err, store.ErrNotFound):
		s.fail(w, r, http.StatusNotFound, "not found", err.Error())
	case errors.As(err, &mbe):
		s.fail(w, r, http.StatusRequestEntityTooLarge, "request body too large", err.Error())
	case errors.Is(err, context.DeadlineExceeded) || r.Context().Err() != nil:
		s.fail(w, r, http.StatusServiceUnavailable, "request took too long", "the request ran past the server's time limit; narrow it")
	default:
		s.log.Error("request failed", "path", r.URL.Path, "err", err)
		s.fail(w, r, http.StatusInternalServerError, "internal error", err.Error())
	}
}

// writeJSON answers with a JSON value.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
