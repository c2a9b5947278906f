package store

import (
	"context"
	"errors"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/search"
)

// ErrNotFound is returned for an unknown document id.
var ErrNotFound = errors.New("not found")

// Record is an analysed document with the hash of its ingested content.
type Record struct {
	Analysis *vedetta.Analysis
	Hash     string
}

// Status says what Put did with a record.
type Status int

// Put outcomes.
const (
	Stored    Status = iota // a new document
	Replaced                // an existing id with changed content
	Unchanged               // same id and same content: nothing written
)

// Query is a document search; see search.Query.
type Query = search.Query

// Hit is one search result with the document's metadata.
type Hit struct {
	ID      string  `json:"id"`
	Date    string  `json:"date"`
	Lang    string  `json:"lang"`
	Title   string  `json:"title"`
	URL     string  `json:"url,omitempty"`
	Score   float64 `json:"score"`
	Snippet string  `json:"snippet"`
}

// Results is a page of search results.
type Results struct {
	Total  uint64                    `json:"total"`
	Hits   []Hit                     `json:"hits"`
	Facets map[string][]search.Facet `json:"facets,omitempty"`
}

// Stats counts the stored documents.
type Stats struct {
	Documents int            `json:"documents"`
	Entities  int            `json:"entities"`
	Events    int            `json:"events"`
	ByLang    map[string]int `json:"by_lang"`
	ByMonth   map[string]int `json:"by_month"` // "" for undated documents
}

// Store keeps analysed documents. Implementations are safe for concurrent
// use.
type Store interface {
	// Hash returns the content hash stored under id, and whether id exists.
	Hash(ctx context.Context, id string) (string, bool, error)
	// Put writes records atomically: after a crash either all of them or
	// none are stored. A record whose id exists with the same hash is left
	// alone; with another hash it replaces the old version.
	Put(ctx context.Context, recs []Record) ([]Status, error)
	// Get returns a stored analysis, or ErrNotFound.
	Get(ctx context.Context, id string) (*vedetta.Analysis, error)
	// Search runs a full-text query with filters.
	Search(ctx context.Context, q Query) (*Results, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (*Stats, error)
	Close() error
}
