package search

import (
	"errors"
	"fmt"
	"html"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/de"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/en"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/es"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/fr"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/it"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	bhtml "github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/vedetta/vedetta"
)

// Languages with their own analyser; other texts use the standard one
// (field content_xx).
var Languages = []string{"it", "en", "fr", "es", "de", "ru"}

const otherLang = "xx"

// Index is a Bleve index of analysed documents. It is safe for concurrent use.
type Index struct {
	idx bleve.Index
}

// ErrLocked reports that another process holds the index.
var ErrLocked = errors.New("index is in use by another process")

// Open opens the index at path, creating it if it does not exist.
func Open(path string) (*Index, error) {
	cfg := map[string]interface{}{"bolt_timeout": "3s"}
	idx, err := bleve.OpenUsing(path, cfg)
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		idx, err = bleve.NewUsing(path, buildMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, cfg)
	}
	if err != nil {
		if strings.Contains(err.Error(), "timeout") {
			return nil, fmt.Errorf("open index %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return &Index{idx: idx}, nil
}

// Close closes the index.
func (x *Index) Close() error { return x.idx.Close() }

// Count returns the number of indexed documents.
func (x *Index) Count() (uint64, error) { return x.idx.DocCount() }

// analyzers are the token filters of each language's analyser: elision
// where the language elides, lower case, stop words and the Snowball
// stemmer (the light stemmers miss forms such as forza/forze).
var analyzers = map[string][]string{
	"it": {lowercase.Name, "elision_it", "stop_it", "stemmer_it_snowball"},
	"en": {lowercase.Name, "possessive_en", "stop_en", "stemmer_en_snowball"},
	"fr": {lowercase.Name, "elision_fr", "stop_fr", "stemmer_fr_snowball"},
	"es": {lowercase.Name, "stop_es", "stemmer_es_snowball"},
	"de": {lowercase.Name, "stop_de", "normalize_de", "stemmer_de_snowball"},
	"ru": {lowercase.Name, "stop_ru", "stemmer_ru_snowball"},
}

func contentField(lang string) string {
	for _, l := range Languages {
		if l == lang {
			return "content_" + l
		}
	}
	return "content_" + otherLang
}

func buildMapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	im.DefaultAnalyzer = standard.Name
	for l, filters := range analyzers {
		err := im.AddCustomAnalyzer("vd_"+l, map[string]interface{}{
			"type":          custom.Name,
			"tokenizer":     unicode.Name,
			"token_filters": filters,
		})
		if err != nil {
			panic(fmt.Sprintf("analyser %s: %v", l, err))
		}
	}
	doc := bleve.NewDocumentStaticMapping()
	kw := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.IncludeInAll = false
		return f
	}
	for _, l := range append(append([]string{}, Languages...), otherLang) {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = "vd_" + l
		if l == otherLang {
			f.Analyzer = standard.Name
		}
		f.Store = true
		f.IncludeTermVectors = true
		f.IncludeInAll = false
		doc.AddFieldMappingsAt("content_"+l, f)
	}
	for _, name := range []string{"lang", "month", "entity", "event_type", "cluster"} {
		doc.AddFieldMappingsAt(name, kw())
	}
	for _, name := range []string{"date_first", "date_last", "about"} {
		f := bleve.NewDateTimeFieldMapping()
		f.IncludeInAll = false
		doc.AddFieldMappingsAt(name, f)
	}
	im.DefaultMapping = doc
	return im
}

// Doc is a document to index: its analysis and its near-duplicate cluster
// (empty when it has none).
type Doc struct {
	Analysis *vedetta.Analysis
	Cluster  string
}

// Document builds the indexed form of a document.
func Document(doc Doc) map[string]interface{} {
	a := doc.Analysis
	d := map[string]interface{}{
		"lang": a.Lang,
	}
	if doc.Cluster != "" {
		d["cluster"] = doc.Cluster
	}
	content := a.Text
	if a.Title != "" && !strings.HasPrefix(a.Text, a.Title) {
		content = a.Title + "\n\n" + a.Text
	}
	d[contentField(a.Lang)] = content
	if first, last, ok := vedetta.DateBounds(a.Date); ok {
		d["date_first"] = first
		d["date_last"] = last
		d["month"] = first.Format("2006-01")
	}
	var ents []string
	for _, e := range a.Entities {
		ents = append(ents, e.ID)
	}
	if len(ents) > 0 {
		d["entity"] = ents
	}
	types := map[string]bool{}
	for _, ev := range a.Events {
		types[ev.Type] = true
	}
	if len(types) > 0 {
		d["event_type"] = sortedKeys(types)
	}
	var about []time.Time
	for _, dt := range a.Dates {
		if dt.Type == "DURATION" {
			continue
		}
		for _, v := range strings.Split(dt.Value, "/") {
			if first, _, ok := vedetta.DateBounds(v); ok {
				about = append(about, first)
			}
		}
	}
	if len(about) > 0 {
		d["about"] = about
	}
	return d
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// IndexBatch indexes (or re-indexes) analyses and deletes ids, in one batch
// that is on disk when it returns.
func (x *Index) IndexBatch(docs []Doc, deletes []string) error {
	b := x.idx.NewBatch()
	for _, d := range docs {
		if err := b.Index(d.Analysis.ID, Document(d)); err != nil {
			return fmt.Errorf("index %s: %w", d.Analysis.ID, err)
		}
	}
	for _, id := range deletes {
		b.Delete(id)
	}
	if err := x.idx.Batch(b); err != nil {
		return fmt.Errorf("index batch: %w", err)
	}
	return nil
}

// Query is a search with its filters. Empty fields do not filter.
type Query struct {
	Text      string   // words and "quoted phrases"; empty matches all
	Langs     []string // ISO 639-1 codes
	From, To  string   // publication date bounds (YYYY[-MM[-DD]]), inclusive
	AboutFrom string   // bounds on the dates the text talks about
	AboutTo   string
	Entities  []string // entity ids, all required
	EventType []string // PLOVER types, any
	Limit     int
	Offset    int
	Facets    bool
	// Collapse shows one hit per near-duplicate cluster (the best one);
	// Offset and Limit then count clusters.
	Collapse bool
}

// collapseFactor is how many hits are fetched per wanted result when
// collapsing clusters.
const collapseFactor = 4

// Hit is one result.
type Hit struct {
	ID      string  `json:"id"`
	Cluster string  `json:"cluster,omitempty"`
	Score   float64 `json:"score"`
	Snippet string  `json:"snippet"` // with matches between \x02 and \x03
}

// Facet is one value of a facet with its count.
type Facet struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Result is a page of hits.
type Result struct {
	Total  uint64             `json:"total"`
	Hits   []Hit              `json:"hits"`
	Facets map[string][]Facet `json:"facets,omitempty"`
}

// Mark delimiters in snippets.
const (
	MarkStart = "\x02"
	MarkEnd   = "\x03"
)

var phraseRE = regexp.MustCompile(`"([^"]*)"`)

func contentFields() []string {
	var out []string
	for _, l := range append(append([]string{}, Languages...), otherLang) {
		out = append(out, "content_"+l)
	}
	return out
}

// textQuery turns the user's words and phrases into a query over every
// language field: a document matches when, in its own language, it holds
// all the words (after stemming) and every phrase.
func textQuery(text string) query.Query {
	var phrases []string
	rest := phraseRE.ReplaceAllStringFunc(text, func(m string) string {
		if p := strings.TrimSpace(m[1 : len(m)-1]); p != "" {
			phrases = append(phrases, p)
		}
		return " "
	})
	rest = strings.TrimSpace(strings.ReplaceAll(rest, `"`, " "))
	var perField []query.Query
	for _, f := range contentFields() {
		var parts []query.Query
		if rest != "" {
			m := bleve.NewMatchQuery(rest)
			m.SetField(f)
			m.SetOperator(query.MatchQueryOperatorAnd)
			parts = append(parts, m)
		}
		for _, p := range phrases {
			pq := bleve.NewMatchPhraseQuery(p)
			pq.SetField(f)
			parts = append(parts, pq)
		}
		if len(parts) == 1 {
			perField = append(perField, parts[0])
		} else if len(parts) > 1 {
			perField = append(perField, bleve.NewConjunctionQuery(parts...))
		}
	}
	if len(perField) == 0 {
		return bleve.NewMatchAllQuery()
	}
	return bleve.NewDisjunctionQuery(perField...)
}

func dateRange(field, from, to string, overlapField string) (query.Query, error) {
	var qs []query.Query
	if from != "" {
		first, _, ok := vedetta.DateBounds(from)
		if !ok {
			return nil, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", from)
		}
		inc := true
		// A document overlaps [from, to] when its last day is on or after from.
		q := bleve.NewDateRangeInclusiveQuery(first, time.Time{}, &inc, nil)
		q.SetField(overlapField)
		qs = append(qs, q)
	}
	if to != "" {
		_, last, ok := vedetta.DateBounds(to)
		if !ok {
			return nil, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", to)
		}
		inc := true
		q := bleve.NewDateRangeInclusiveQuery(time.Time{}, last, nil, &inc)
		q.SetField(field)
		qs = append(qs, q)
	}
	if len(qs) == 0 {
		return nil, nil
	}
	return bleve.NewConjunctionQuery(qs...), nil
}

func anyTerm(field string, values []string) query.Query {
	var qs []query.Query
	for _, v := range values {
		t := bleve.NewTermQuery(v)
		t.SetField(field)
		qs = append(qs, t)
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// Search runs q.
func (x *Index) Search(q Query) (*Result, error) {
	main := textQuery(q.Text)
	must := []query.Query{main}
	if len(q.Langs) > 0 {
		must = append(must, anyTerm("lang", q.Langs))
	}
	pub, err := dateRange("date_first", q.From, q.To, "date_last")
	if err != nil {
		return nil, err
	}
	if pub != nil {
		must = append(must, pub)
	}
	about, err := dateRange("about", q.AboutFrom, q.AboutTo, "about")
	if err != nil {
		return nil, err
	}
	if about != nil {
		must = append(must, about)
	}
	for _, e := range q.Entities {
		t := bleve.NewTermQuery(e)
		t.SetField("entity")
		must = append(must, t)
	}
	if len(q.EventType) > 0 {
		must = append(must, anyTerm("event_type", q.EventType))
	}
	var full query.Query = main
	if len(must) > 1 {
		full = bleve.NewConjunctionQuery(must...)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	size, from := limit, q.Offset
	if q.Collapse {
		// Collapsing needs the hits before the page too: fetch enough to
		// fill the page after folding copies, from the start.
		size, from = (q.Offset+limit)*collapseFactor, 0
	}
	req := bleve.NewSearchRequestOptions(full, size, from, false)
	req.Fields = []string{"cluster"}
	if strings.TrimSpace(q.Text) == "" {
		req.SortBy([]string{"-date_first", "_id"})
	} else {
		req.SortBy([]string{"-_score", "-date_first", "_id"})
		req.Highlight = bleve.NewHighlightWithStyle(bhtml.Name)
		req.Highlight.Fields = contentFields()
	}
	if q.Facets {
		for _, f := range []string{"lang", "month", "entity", "event_type"} {
			req.AddFacet(f, bleve.NewFacetRequest(f, 20))
		}
	}
	res, err := x.idx.Search(req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	out := &Result{Total: res.Total, Hits: []Hit{}}
	seen := map[string]bool{}
	skip := q.Offset
	for _, h := range res.Hits {
		hit := Hit{ID: h.ID, Score: h.Score}
		if c, ok := h.Fields["cluster"].(string); ok {
			hit.Cluster = c
		}
		if q.Collapse {
			key := hit.Cluster
			if key == "" {
				key = hit.ID
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			if skip > 0 {
				skip--
				continue
			}
			if len(out.Hits) == limit {
				break
			}
		}
		for _, frags := range h.Fragments {
			if len(frags) > 0 {
				hit.Snippet = cleanFragment(frags[0])
				break
			}
		}
		out.Hits = append(out.Hits, hit)
	}
	if q.Facets {
		out.Facets = map[string][]Facet{}
		for name, fr := range res.Facets {
			var fs []Facet
			if fr.Terms != nil {
				for _, t := range fr.Terms.Terms() {
					fs = append(fs, Facet{Value: t.Term, Count: t.Count})
				}
			}
			out.Facets[name] = fs
		}
	}
	return out, nil
}

// cleanFragment turns Bleve's HTML fragment into plain text with the marks
// as \x02...\x03 and white space folded.
func cleanFragment(s string) string {
	s = strings.ReplaceAll(s, "<mark>", MarkStart)
	s = strings.ReplaceAll(s, "</mark>", MarkEnd)
	s = html.UnescapeString(s)
	return strings.Join(strings.Fields(s), " ")
}

// Remove deletes the index files at path (used before a rebuild).
func Remove(path string) error { return os.RemoveAll(path) }
