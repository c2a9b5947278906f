package server

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/export"
	"github.com/vedetta/vedetta/store"
)

//go:embed ui
var uiFS embed.FS

type ui struct {
	s     *Server
	pages map[string]*template.Template
	etag  map[string]string
}

func pathEscape(s string) string { return url.PathEscape(s) }

var funcs = template.FuncMap{
	"quad":       quadSlug,
	"quadColour": func(q string) string { return keyColour("quad", q) },
	"typeColour": func(t string) string { return keyColour("type", t) },
	"entHref":    func(id string) string { return "/entities/" + url.PathEscape(id) },
	"docHref":    func(id string) string { return "/documents/" + url.PathEscape(id) },
	"eventLabel": eventLabel,
	"actorName":  actorName,
	"upper":      strings.ToUpper,
	"join":       strings.Join,
	// SnippetHTML is escaped by SnippetHTML itself.
	"snippetHTML": func(h Hit) template.HTML { return template.HTML(h.SnippetHTML) },
	"short": func(s string, n int) string {
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		return string(r[:n]) + "…"
	},
	"pct": func(n, total int) float64 {
		if total == 0 {
			return 0
		}
		return 100 * float64(n) / float64(total)
	},
	"add":   func(a, b int) int { return a + b },
	"strs":  func(s ...string) []string { return s },
	"dict":  dict,
	"quads": func() []string { return Quads },
	"types": func() []string { return EventTypes },
}

func dict(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[fmt.Sprint(kv[i])] = kv[i+1]
	}
	return m
}

func newUI(s *Server) (*ui, error) {
	u := &ui{s: s, pages: map[string]*template.Template{}, etag: map[string]string{}}
	layout, err := fs.ReadFile(uiFS, "ui/templates/layout.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(uiFS, "ui/templates/*.html")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		name := strings.TrimSuffix(path.Base(n), ".html")
		if name == "layout" {
			continue
		}
		raw, err := fs.ReadFile(uiFS, n)
		if err != nil {
			return nil, err
		}
		t, err := template.New(name).Funcs(funcs).Parse(string(layout))
		if err == nil {
			t, err = t.Parse(string(raw))
		}
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		u.pages[name] = t
	}
	err = fs.WalkDir(uiFS, "ui/static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := fs.ReadFile(uiFS, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(raw)
		u.etag[strings.TrimPrefix(p, "ui/static/")] = `"` + hex.EncodeToString(sum[:8]) + `"`
		return nil
	})
	return u, err
}

// view is what every page template gets.
type view struct {
	Title string
	Page  string
	Query url.Values
	Error string
	Data  any
}

// link builds a URL of this page with one parameter set (or removed when
// value is empty); the cursor is dropped.
func (v view) Link(base string, key, value string) string {
	q := url.Values{}
	for k, vs := range v.Query {
		if k != "cursor" {
			q[k] = append([]string(nil), vs...)
		}
	}
	if value == "" {
		q.Del(key)
	} else {
		q.Set(key, value)
	}
	if len(q) == 0 {
		return base
	}
	return base + "?" + q.Encode()
}

// Link2 sets two parameters.
func (v view) Link2(base, k1, v1, k2, v2 string) string {
	w := v
	w.Query = url.Values{}
	for k, vs := range v.Query {
		w.Query[k] = vs
	}
	w.Query.Set(k1, v1)
	return w.Link(base, k2, v2)
}

// Only keeps one parameter.
func (v view) Only(base, key string) string {
	if val := v.Query.Get(key); val != "" {
		return base + "?" + url.Values{key: {val}}.Encode()
	}
	return base
}

// Toggle adds value to a list parameter, or removes it when present.
func (v view) Toggle(base, key, value string) string {
	cur := list(v.Query, key)
	var out []string
	found := false
	for _, c := range cur {
		if c == value {
			found = true
			continue
		}
		out = append(out, c)
	}
	if !found {
		out = append(out, value)
	}
	return v.Link(base, key, strings.Join(out, ","))
}

// Has tells whether a list parameter holds value.
func (v view) Has(key, value string) bool {
	for _, c := range list(v.Query, key) {
		if strings.EqualFold(c, value) {
			return true
		}
	}
	return false
}

// Get is a parameter's value.
func (v view) Get(key string) string { return v.Query.Get(key) }

// Page links with a cursor.
func (v view) Cursor(base, cursor string) string {
	q := url.Values{}
	for k, vs := range v.Query {
		q[k] = vs
	}
	q.Set("cursor", cursor)
	return base + "?" + q.Encode()
}

func (u *ui) render(w http.ResponseWriter, r *http.Request, status int, name string, v view) {
	t := u.pages[name]
	if t == nil {
		panic("no template " + name)
	}
	if v.Query == nil {
		v.Query = r.URL.Query()
	}
	v.Page = name
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", v); err != nil {
		u.s.log.Error("render page", "page", name, "err", err)
		http.Error(w, "page rendering failed", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	// Everything is served from here: no CDN, no inline script but JSON data.
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (u *ui) errorPage(w http.ResponseWriter, r *http.Request, p Problem) {
	u.render(w, r, p.Status, "error", view{Title: p.Title, Data: p})
}

// pageErr shows a store or parameter error on a page.
func (u *ui) pageErr(w http.ResponseWriter, r *http.Request, err error) { u.s.failErr(w, r, err) }

func (u *ui) static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	raw, err := fs.ReadFile(uiFS, "ui/static/"+name)
	if err != nil || strings.Contains(name, "..") {
		u.s.fail(w, r, http.StatusNotFound, "not found", "no such file")
		return
	}
	ct := mime.TypeByExtension(path.Ext(name))
	if path.Ext(name) == ".js" {
		ct = "text/javascript; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(raw))
}

// ---- Search ----

type resultGroup struct {
	Hit
	Copies []Hit
}

type facetBlock struct {
	Name, Param, Title string
	Values             []FacetValue
}

type searchData struct {
	Page   *DocumentPage
	Groups []resultGroup
	Facets []facetBlock
	Stats  *store.Stats
}

// groupHits collapses the near-duplicate copies on a page of results.
func groupHits(hits []Hit) []resultGroup {
	var out []resultGroup
	at := map[string]int{}
	for _, h := range hits {
		if h.Cluster != nil && h.Cluster.Size > 1 {
			if i, ok := at[h.Cluster.ID]; ok {
				out[i].Copies = append(out[i].Copies, h)
				continue
			}
			at[h.Cluster.ID] = len(out)
		}
		out = append(out, resultGroup{Hit: h})
	}
	return out
}

func (u *ui) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := view{Title: "Search"}
	sq, err := documentQuery(q)
	if err != nil {
		v.Error = err.Error()
		u.render(w, r, http.StatusBadRequest, "search", v)
		return
	}
	page, err := u.s.searchDocuments(r.Context(), sq, q.Get("cursor"), 20, true, q.Get("collapse") != "false")
	if err != nil {
		var pe paramError
		if errors.As(err, &pe) || errors.Is(err, store.ErrInvalid) {
			v.Error = err.Error()
			u.render(w, r, http.StatusBadRequest, "search", v)
			return
		}
		u.pageErr(w, r, err)
		return
	}
	d := searchData{Page: page, Groups: groupHits(page.Hits)}
	for _, f := range []struct{ name, param, title string }{
		{"lang", "lang", "Language"}, {"month", "", "Month"}, {"entity", "entity", "Entity"}, {"event_type", "event_type", "Event type"},
	} {
		vals := page.Facets[f.name]
		if f.name == "month" {
			sort.Slice(vals, func(i, j int) bool { return vals[i].Value > vals[j].Value })
		}
		if len(vals) > 0 {
			d.Facets = append(d.Facets, facetBlock{Name: f.name, Param: f.param, Title: f.title, Values: vals})
		}
	}
	if st, err := u.s.cfg.Store.Stats(r.Context()); err == nil {
		d.Stats = st
	}
	if sq.Text != "" {
		v.Title = sq.Text + " — search"
	}
	v.Data = d
	u.render(w, r, http.StatusOK, "search", v)
}

// ---- Document ----

type entityRow struct {
	vedetta.Entity
	Count int
}

type eventRow struct {
	Index int
	vedetta.Event
	Label string
}

type documentData struct {
	A        *vedetta.Analysis
	Text     template.HTML
	Entities []entityRow
	Events   []eventRow
}

func (u *ui) document(w http.ResponseWriter, r *http.Request) {
	a, err := u.s.cfg.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		u.pageErr(w, r, err)
		return
	}
	d := documentData{A: a, Text: highlight(a)}
	for _, e := range a.Entities {
		d.Entities = append(d.Entities, entityRow{Entity: e, Count: len(e.Mentions)})
	}
	order := map[string]int{"COUNTRY": 0, "ORG": 1, "PERSON": 2, "LOCATION": 3}
	sort.SliceStable(d.Entities, func(i, j int) bool {
		a, b := d.Entities[i], d.Entities[j]
		if order[a.Type] != order[b.Type] {
			return order[a.Type] < order[b.Type]
		}
		return a.Count > b.Count
	})
	for i, ev := range a.Events {
		d.Events = append(d.Events, eventRow{Index: i, Event: ev, Label: eventLabel(ev)})
	}
	title := a.Title
	if title == "" {
		title = a.ID
	}
	u.render(w, r, http.StatusOK, "document", view{Title: title, Data: d})
}

// ---- Events ----

type exportLink struct{ Format, Href string }

type eventsData struct {
	Page     *store.EventPage
	Timeline *store.Timeline
	Chart    template.HTML
	Exports  []exportLink
	Names    map[string]store.EntitySummary
	Filtered bool
}

func exportLinks(q url.Values) []exportLink {
	var out []exportLink
	for _, f := range append(append([]string{}, export.EventFormats...), "graphml") {
		v := url.Values{}
		for k, vs := range q {
			switch k {
			case "cursor", "by", "interval", "max_edges":
				continue
			}
			v[k] = vs
		}
		v.Set("format", f)
		out = append(out, exportLink{f, "/api/export?" + v.Encode()})
	}
	return out
}

func (u *ui) events(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := view{Title: "Events"}
	f, err := eventFilter(q)
	if err == nil {
		var iv store.Interval
		var by string
		if iv, by, err = timelineParams(q); err == nil {
			d := eventsData{Exports: exportLinks(q)}
			if d.Page, err = u.s.cfg.Store.Events(r.Context(), f, q.Get("cursor"), 50); err == nil {
				if d.Timeline, err = u.s.cfg.Store.Timeline(r.Context(), f, iv, by); err == nil {
					d.Chart = timelineSVG(d.Timeline)
					ids := append(append(append([]string{}, f.Actor...), f.Source...), f.Target...)
					d.Names, err = u.s.cfg.Store.EntityNames(r.Context(), ids)
					d.Filtered = len(ids)+len(f.Country)+len(f.Type)+len(f.Quad)+len(f.Lang) > 0 || f.From != "" || f.To != ""
					v.Data = d
				}
			}
		}
	}
	if err != nil {
		var pe paramError
		if errors.As(err, &pe) || errors.Is(err, store.ErrInvalid) {
			v.Error = err.Error()
			v.Data = eventsData{Page: &store.EventPage{}, Timeline: &store.Timeline{}}
			u.render(w, r, http.StatusBadRequest, "events", v)
			return
		}
		u.pageErr(w, r, err)
		return
	}
	u.render(w, r, http.StatusOK, "events", v)
}

// ---- Network ----

type networkData struct {
	Net      *store.Network
	JSON     template.JS
	Names    map[string]string
	Exports  []exportLink
	TopEdges []store.NetworkEdge
}

func (u *ui) network(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := view{Title: "Network"}
	f, err := eventFilter(q)
	var me int
	if err == nil {
		me, err = maxEdges(q)
	}
	if err != nil {
		v.Error = err.Error()
		v.Data = networkData{Net: &store.Network{}, JSON: "{}"}
		u.render(w, r, http.StatusBadRequest, "network", v)
		return
	}
	n, err := u.s.cfg.Store.Network(r.Context(), f, me)
	if err != nil {
		u.pageErr(w, r, err)
		return
	}
	raw, err := json.Marshal(n)
	if err != nil {
		u.pageErr(w, r, err)
		return
	}
	d := networkData{Net: n, JSON: template.JS(raw), Names: map[string]string{}, Exports: exportLinks(q)}
	for _, nd := range n.Nodes {
		d.Names[nd.ID] = nd.Name
	}
	d.TopEdges = n.Edges
	if len(d.TopEdges) > 30 {
		d.TopEdges = d.TopEdges[:30]
	}
	u.render(w, r, http.StatusOK, "network", v.with(d))
}

func (v view) with(d any) view { v.Data = d; return v }

// ---- Entities ----

type entitiesData struct {
	Page *store.EntityPage
	Next string
}

func (u *ui) entities(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := view{Title: "Entities"}
	f, err := entityFilter(q)
	if err == nil {
		f.Limit = 50
		f.Offset, err = decodeOffset(q.Get("cursor"))
	}
	if err != nil {
		v.Error = err.Error()
		v.Data = entitiesData{Page: &store.EntityPage{}}
		u.render(w, r, http.StatusBadRequest, "entities", v)
		return
	}
	p, err := u.s.cfg.Store.Entities(r.Context(), f)
	if err != nil {
		u.pageErr(w, r, err)
		return
	}
	d := entitiesData{Page: p}
	if f.Offset+len(p.Entities) < p.Total {
		d.Next = encodeOffset(f.Offset + f.Limit)
	}
	u.render(w, r, http.StatusOK, "entities", v.with(d))
}

type langAliases struct {
	Lang    string
	Aliases []store.Alias
}

type entityData struct {
	E     *store.EntityDetail
	Langs []langAliases
	Chart template.HTML
}

func (u *ui) entity(w http.ResponseWriter, r *http.Request) {
	e, err := u.s.cfg.Store.Entity(r.Context(), r.PathValue("id"))
	if err != nil {
		u.pageErr(w, r, err)
		return
	}
	d := entityData{E: e, Chart: monthsSVG(e.ByMonth)}
	for _, a := range e.Aliases {
		if n := len(d.Langs); n == 0 || d.Langs[n-1].Lang != a.Lang {
			d.Langs = append(d.Langs, langAliases{Lang: a.Lang})
		}
		d.Langs[len(d.Langs)-1].Aliases = append(d.Langs[len(d.Langs)-1].Aliases, a)
	}
	name := e.Name
	if name == "" {
		name = e.ID
	}
	u.render(w, r, http.StatusOK, "entity", view{Title: name, Data: d})
}

// ---- Login ----

func (u *ui) loginForm(w http.ResponseWriter, r *http.Request, status int, msg string) {
	next := r.URL.RequestURI()
	if r.URL.Path == "/login" {
		next = safeNext(r.FormValue("next"))
	}
	u.render(w, r, status, "login", view{Title: "Sign in", Error: msg, Data: map[string]any{
		"Next": next, "NeedsToken": u.s.cfg.Token != ""}})
}

func (u *ui) loginPage(w http.ResponseWriter, r *http.Request) {
	u.loginForm(w, r, http.StatusOK, "")
}

// safeNext keeps a redirect on this site.
func safeNext(n string) string {
	if !strings.HasPrefix(n, "/") || strings.HasPrefix(n, "//") || strings.HasPrefix(n, "/\\") {
		return "/"
	}
	return n
}

func (u *ui) login(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		u.loginForm(w, r, http.StatusBadRequest, "could not read the form")
		return
	}
	tok := r.PostForm.Get("token")
	if u.s.cfg.Token == "" {
		http.Redirect(w, r, safeNext(r.PostForm.Get("next")), http.StatusSeeOther)
		return
	}
	if !u.s.tokenMatches(tok) {
		u.loginForm(w, r, http.StatusUnauthorized, "wrong token")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: tok, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode,
		Secure: r.TLS != nil})
	http.Redirect(w, r, safeNext(r.PostForm.Get("next")), http.StatusSeeOther)
}
