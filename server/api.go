package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/vedetta/vedetta/batch"
	"github.com/vedetta/vedetta/export"
	"github.com/vedetta/vedetta/ingest"
	"github.com/vedetta/vedetta/search"
	"github.com/vedetta/vedetta/store"
)

// Result-size limits.
const (
	maxDocLimit     = 100
	maxOffset       = 10000
	maxEventLimit   = 500
	maxEntityLimit  = 500
	defaultMaxEdges = 500
	maxEdgesLimit   = 5000
)

// Hit is one search result of GET /api/documents.
type Hit struct {
	ID          string       `json:"id"`
	Date        string       `json:"date"`
	Lang        string       `json:"lang"`
	Title       string       `json:"title"`
	URL         string       `json:"url,omitempty"`
	Score       float64      `json:"score"`
	Snippet     string       `json:"snippet"`      // plain text
	SnippetHTML string       `json:"snippet_html"` // HTML-escaped with <mark> around the matches
	Cluster     *ClusterInfo `json:"cluster,omitempty"`
}

// FacetValue is one value of a facet; Label names an entity.
type FacetValue struct {
	Value string `json:"value"`
	Count int    `json:"count"`
	Label string `json:"label,omitempty"`
}

// DocumentPage is the answer of GET /api/documents.
type DocumentPage struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetValue `json:"facets,omitempty"`
	Next   string                  `json:"next,omitempty"`
}

// snippetParts splits a snippet at its match marks: odd parts are matches.
func snippetParts(s string) []string {
	var parts []string
	for {
		i := strings.Index(s, search.MarkStart)
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], search.MarkEnd)
		if j < 0 {
			break
		}
		parts = append(parts, s[:i], s[i+len(search.MarkStart):i+j])
		s = s[i+j+len(search.MarkEnd):]
	}
	parts = append(parts, s)
	for i, p := range parts {
		parts[i] = strings.NewReplacer(search.MarkStart, "", search.MarkEnd, "").Replace(p)
	}
	return parts
}

// SnippetHTML escapes a snippet and marks its matches with <mark>.
func SnippetHTML(s string) string {
	var b strings.Builder
	for i, p := range snippetParts(s) {
		if i%2 == 1 {
			b.WriteString("<mark>" + html.EscapeString(p) + "</mark>")
		} else {
			b.WriteString(html.EscapeString(p))
		}
	}
	return b.String()
}

// searchDocuments runs a search for the API and the search page.
func (s *Server) searchDocuments(ctx context.Context, sq store.Query, cursor string, lim int, facets, collapse bool) (*DocumentPage, error) {
	off, err := decodeOffset(cursor)
	if err != nil {
		return nil, err
	}
	if off > maxOffset {
		return nil, badParam("cursor: results beyond the first %d are not served; narrow the query", maxOffset)
	}
	sq.Limit, sq.Offset, sq.Facets = lim, off, facets
	sq.Collapse = collapse
	res, err := s.cfg.Store.Search(ctx, sq)
	if err != nil {
		if strings.Contains(err.Error(), "bad date") {
			return nil, badParam("%v", err)
		}
		return nil, err
	}
	page := &DocumentPage{Total: res.Total, Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		hit := Hit{ID: h.ID, Date: h.Date, Lang: h.Lang, Title: h.Title, URL: h.URL, Score: h.Score,
			Snippet: strings.Join(snippetParts(h.Snippet), ""), SnippetHTML: SnippetHTML(h.Snippet)}
		if h.Copies > 1 {
			hit.Cluster = &ClusterInfo{ID: h.Cluster, Size: h.Copies}
		}
		page.Hits = append(page.Hits, hit)
	}
	// A short page is the last (with copies collapsed, Total counts
	// documents, not results).
	if uint64(off+len(res.Hits)) < res.Total && len(res.Hits) == lim && off+lim <= maxOffset {
		page.Next = encodeOffset(off + lim)
	}
	if facets {
		page.Facets = map[string][]FacetValue{}
		var ents []string
		for name, fs := range res.Facets {
			vals := make([]FacetValue, 0, len(fs))
			for _, f := range fs {
				vals = append(vals, FacetValue{Value: f.Value, Count: f.Count})
				if name == "entity" {
					ents = append(ents, f.Value)
				}
			}
			page.Facets[name] = vals
		}
		names, err := s.cfg.Store.EntityNames(ctx, ents)
		if err != nil {
			return nil, err
		}
		for i, f := range page.Facets["entity"] {
			if n, ok := names[f.Value]; ok {
				page.Facets["entity"][i].Label = n.Name
			}
		}
	}
	return page, nil
}

func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sq, err := documentQuery(q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	lim, err := limit(q, 20, maxDocLimit)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	page, err := s.searchDocuments(r.Context(), sq, q.Get("cursor"), lim, q.Get("facets") != "false", q.Get("collapse") != "false")
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) {
	a, err := s.cfg.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// IngestResult is the answer of POST /api/documents.
type IngestResult struct {
	Read      int64           `json:"read"`
	Stored    int64           `json:"stored"`
	Replaced  int64           `json:"replaced"`
	Unchanged int64           `json:"unchanged"`
	Failed    int64           `json:"failed"`
	IDs       []string        `json:"ids"`
	Failures  []batch.Problem `json:"failures"`
	Warnings  []batch.Problem `json:"warnings"`
}

// postDocuments ingests the body: one JSON document (pretty-printed or
// not), a JSON array of documents, JSON Lines, or one document as dated
// plain text.
func (s *Server) postDocuments(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	name := "request.txt"
	switch ct {
	case "application/json":
		name = "request.jsonl"
		if body, err = jsonToLines(body); err != nil {
			s.fail(w, r, http.StatusBadRequest, "bad JSON", err.Error())
			return
		}
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		name = "request.jsonl"
	case "text/plain", "":
	default:
		s.fail(w, r, http.StatusUnsupportedMediaType, "unsupported media type",
			"send application/json (a document or an array), application/x-ndjson (JSON Lines) or text/plain (dated plain text)")
		return
	}
	q := r.URL.Query()
	d, err := date(q, "date")
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	opts := ingest.Options{Date: d, Lang: strings.ToLower(strings.TrimSpace(q.Get("lang"))), MaxDocSize: s.cfg.MaxDocSize}
	var ids []string
	src := func(emit func(ingest.Item) error) error {
		return ingest.ReadStream(name, bytes.NewReader(body), opts, func(it ingest.Item) error {
			if it.Err == nil {
				ids = append(ids, it.Doc.ID)
			}
			return emit(it)
		})
	}
	// One ingest at a time: batch.Run already uses every core.
	s.ingestMu.Lock()
	sum, err := batch.Run(r.Context(), s.cfg.Store, src, batch.Options{Pipeline: s.cfg.Pipeline})
	s.ingestMu.Unlock()
	if sum != nil {
		s.metrics.ingested(sum)
	}
	if err != nil {
		s.failErr(w, r, fmt.Errorf("ingest: %w", err))
		return
	}
	res := IngestResult{Read: sum.Read, Stored: sum.Stored, Replaced: sum.Replaced, Unchanged: sum.Unchanged, Failed: sum.Failed,
		IDs: ids, Failures: sum.Failures, Warnings: sum.Warnings}
	if res.IDs == nil {
		res.IDs = []string{}
	}
	if res.Failures == nil {
		res.Failures = []batch.Problem{}
	}
	if res.Warnings == nil {
		res.Warnings = []batch.Problem{}
	}
	if res.Read > 0 && res.Failed == res.Read {
		s.failWith(w, r, Problem{Status: http.StatusUnprocessableEntity, Title: "no document could be stored",
			Detail: fmt.Sprintf("%d document(s) read, all failed", res.Failed), Failures: res.Failures})
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// jsonToLines turns a JSON body (one object, possibly over several lines,
// or an array of objects) into JSON Lines. A body already in JSON Lines
// passes unchanged.
func jsonToLines(body []byte) ([]byte, error) {
	t := bytes.TrimSpace(body)
	if len(t) == 0 {
		return body, nil
	}
	if t[0] == '[' {
		var items []json.RawMessage
		if err := json.Unmarshal(t, &items); err != nil {
			return nil, fmt.Errorf("array of documents: %w", err)
		}
		var b bytes.Buffer
		for _, it := range items {
			if err := json.Compact(&b, it); err != nil {
				return nil, err
			}
			b.WriteByte('\n')
		}
		return b.Bytes(), nil
	}
	if json.Valid(t) {
		var b bytes.Buffer
		if err := json.Compact(&b, t); err != nil {
			return nil, err
		}
		b.WriteByte('\n')
		return b.Bytes(), nil
	}
	return body, nil // JSON Lines, or bad lines that the reader reports one by one
}

// EntityList is the answer of GET /api/entities.
type EntityList struct {
	store.EntityPage
	Next string `json:"next,omitempty"`
}

func (s *Server) listEntities(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := entityFilter(q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if f.Limit, err = limit(q, 50, maxEntityLimit); err != nil {
		s.failErr(w, r, err)
		return
	}
	if f.Offset, err = decodeOffset(q.Get("cursor")); err != nil {
		s.failErr(w, r, err)
		return
	}
	page, err := s.cfg.Store.Entities(r.Context(), f)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	out := EntityList{EntityPage: *page}
	if f.Offset+len(page.Entities) < page.Total {
		out.Next = encodeOffset(f.Offset + f.Limit)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getEntity(w http.ResponseWriter, r *http.Request) {
	d, err := s.cfg.Store.Entity(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	lim, err := limit(q, 50, maxEventLimit)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	page, err := s.cfg.Store.Events(r.Context(), f, q.Get("cursor"), lim)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func timelineParams(q map[string][]string) (store.Interval, string, error) {
	iv := store.Interval(first(q["interval"], "day"))
	by := first(q["by"], "type")
	switch iv {
	case store.Day, store.Week, store.Month:
	default:
		return "", "", badParam("interval: want day, week or month")
	}
	if by != "type" && by != "quad" {
		return "", "", badParam("by: want type or quad")
	}
	return iv, by, nil
}

func first(l []string, def string) string {
	if len(l) > 0 && l[0] != "" {
		return l[0]
	}
	return def
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	iv, by, err := timelineParams(q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	tl, err := s.cfg.Store.Timeline(r.Context(), f, iv, by)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, tl)
}

func maxEdges(q map[string][]string) (int, error) {
	v := first(q["max_edges"], "")
	if v == "" {
		return defaultMaxEdges, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxEdgesLimit {
		return 0, badParam("max_edges: want 1 to %d", maxEdgesLimit)
	}
	return n, nil
}

func (s *Server) network(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	me, err := maxEdges(q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	n, err := s.cfg.Store.Network(r.Context(), f, me)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, n)
}

// export streams the filtered events (or their network, as GraphML).
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		s.fail(w, r, http.StatusBadRequest, "bad request", "format: want csv, jsonl, plover, gdelt or graphml")
		return
	}
	f, err := eventFilter(q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	filename := "vedetta-events" + export.Extension(format)
	if format == "graphml" {
		me, err := maxEdges(q)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		if q.Get("max_edges") == "" {
			me = maxEdgesLimit
		}
		n, err := s.cfg.Store.Network(r.Context(), f, me)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		w.Header().Set("Content-Type", export.ContentType(format))
		w.Header().Set("Content-Disposition", `attachment; filename="vedetta-network.graphml"`)
		if err := export.WriteGraphML(w, n); err != nil {
			s.log.Warn("export interrupted", "format", format, "err", err)
		}
		return
	}
	// Refuse up front an export over the limit, rather than cut it short.
	page, err := s.cfg.Store.Events(r.Context(), f, "", 1)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if page.Total > s.cfg.MaxExport {
		s.fail(w, r, http.StatusRequestEntityTooLarge, "export too large",
			fmt.Sprintf("%d events match; one export holds at most %d: narrow the filters", page.Total, s.cfg.MaxExport))
		return
	}
	ew, err := export.NewEventWriter(format, w)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "bad request", "format: "+err.Error()+" or graphml")
		return
	}
	w.Header().Set("Content-Type", export.ContentType(format))
	w.Header().Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	w.Header().Set("X-Vedetta-Events", strconv.Itoa(page.Total))
	if b := q.Get("bom"); format == "csv" && (b == "true" || b == "1") {
		io.WriteString(w, export.BOM)
	}
	n := 0
	err = s.cfg.Store.EachEvent(r.Context(), f, func(rec store.EventRecord) error {
		n++
		return ew.Write(rec)
	})
	if err == nil {
		err = ew.Close()
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		// Headers are gone: the client sees a short body.
		s.log.Warn("export interrupted", "format", format, "events", n, "err", err)
	}
}
