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
	// Signature is the text's near-duplicate signature (dedupe.Sign), when
	// the caller computed it in parallel; a store computes it when absent.
	Signature []byte
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
	// Cluster is the document's near-duplicate cluster (the id of its first
	// document) and Copies the number of stored documents in it (1 for a
	// document with no near-duplicate).
	Cluster string `json:"cluster,omitempty"`
	Copies  int    `json:"copies"`
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

// EventFilter selects stored events. Empty fields do not filter; within a
// list any value matches, and the fields combine with AND.
type EventFilter struct {
	Actor   []string // entity id as the source or the target
	Source  []string // source entity id
	Target  []string // target entity id
	Country []string // country code of the source or the target
	Type    []string // PLOVER event type (AGREE ... ASSAULT)
	Quad    []string // quad class: "verbal cooperation" or VERBAL_COOPERATION etc.
	From    string   // event date on or after (YYYY[-MM[-DD]]); an event dated by month overlaps
	To      string   // event date on or before
	Lang    []string // language of the document
	Doc     string   // only the events of this document
}

// EventRecord is a stored event with the document it comes from. ID is
// stable: the document id and the event's index in it.
type EventRecord struct {
	ID        string        `json:"id"`
	DocID     string        `json:"doc_id"`
	Index     int           `json:"index"`
	DocDate   string        `json:"doc_date"`
	DocTitle  string        `json:"doc_title"`
	DocURL    string        `json:"doc_url,omitempty"`
	DocSource string        `json:"doc_source,omitempty"`
	Lang      string        `json:"lang"`
	Event     vedetta.Event `json:"event"`
}

// EventPage is a page of events in a stable order (newest event date first,
// then document id and index). Next is the cursor of the following page, ""
// on the last one.
type EventPage struct {
	Total  int           `json:"total"`
	Events []EventRecord `json:"events"`
	Next   string        `json:"next,omitempty"`
}

// Interval is the width of a timeline bucket.
type Interval string

// Timeline intervals.
const (
	Day   Interval = "day"
	Week  Interval = "week" // ISO weeks, labelled by their Monday
	Month Interval = "month"
)

// Bucket is one time slot of a timeline: its first day and the counts per
// key (event type or quad class).
type Bucket struct {
	Start  string         `json:"start"` // YYYY-MM-DD
	Counts map[string]int `json:"counts"`
	Total  int            `json:"total"`
}

// Timeline counts events over time. Events dated only by month or year
// count in the bucket of their first day; Imprecise says how many did.
// Undated events are counted apart.
type Timeline struct {
	Interval  Interval `json:"interval"`
	By        string   `json:"by"` // "type" or "quad"
	Keys      []string `json:"keys"`
	Buckets   []Bucket `json:"buckets"`
	Imprecise int      `json:"imprecise"`
	Undated   int      `json:"undated"`
}

// NetworkNode is an actor with the number of filtered events it takes part
// in (as source or target).
type NetworkNode struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type,omitempty"` // entity type where known
	Country  string `json:"country,omitempty"`
	Sector   string `json:"sector,omitempty"`
	Activity int    `json:"activity"`
	AsSource int    `json:"as_source"`
	AsTarget int    `json:"as_target"`
}

// NetworkEdge is every filtered event from one actor to another, with
// counts by event type and quad class. Quad is the most frequent class.
type NetworkEdge struct {
	Source string         `json:"source"`
	Target string         `json:"target"`
	Count  int            `json:"count"`
	ByType map[string]int `json:"by_type"`
	ByQuad map[string]int `json:"by_quad"`
	Quad   string         `json:"quad"`
}

// Network is the actor graph of a set of events. Truncated is set when
// edges or nodes beyond the limits were left out (the heaviest are kept).
type Network struct {
	Nodes     []NetworkNode `json:"nodes"`
	Edges     []NetworkEdge `json:"edges"`
	Events    int           `json:"events"` // events with both a source and a target
	Truncated bool          `json:"truncated"`
}

// EntityFilter selects entities by their mentions. Empty fields do not
// filter.
type EntityFilter struct {
	Type    []string // COUNTRY, ORG, PERSON, LOCATION
	Country []string
	Query   string   // a substring of the canonical name, the id or any mention (case-insensitive)
	Lang    []string // mentioned in documents of these languages
	From    string   // mentioned in documents published on or after
	To      string   // ... on or before
	Limit   int
	Offset  int
}

// EntitySummary is an entity with how often it is mentioned.
type EntitySummary struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Type      string `json:"type"`
	Country   string `json:"country,omitempty"`
	Sector    string `json:"sector,omitempty"`
	Wikidata  string `json:"wikidata,omitempty"`
	Mentions  int    `json:"mentions"`
	Documents int    `json:"documents"`
}

// EntityPage is a page of entities, most mentioned first.
type EntityPage struct {
	Total    int             `json:"total"`
	Entities []EntitySummary `json:"entities"`
}

// Alias is one way the texts name an entity, in one language.
type Alias struct {
	Lang  string `json:"lang"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	Count int    `json:"count"`
}

// MonthCount is the mentions of an entity in documents of one month ("" for
// undated documents).
type MonthCount struct {
	Month     string `json:"month"`
	Mentions  int    `json:"mentions"`
	Documents int    `json:"documents"`
}

// Related is another entity with the number of documents (co-occurrence)
// or events (counterparts) it shares with the entity.
type Related struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Type  string `json:"type,omitempty"`
	Count int    `json:"count"`
}

// EntityDetail is everything the store knows about one entity.
type EntityDetail struct {
	EntitySummary
	Aliases      []Alias       `json:"aliases"`
	ByMonth      []MonthCount  `json:"by_month"`
	CoOccurring  []Related     `json:"co_occurring"`
	Counterparts []Related     `json:"counterparts"` // actors in events with it
	Events       []EventRecord `json:"events"`       // the most recent events it takes part in
	EventCount   int           `json:"event_count"`
}

// Querier is the read side used by the HTTP API and the listing commands.
// The embedded store implements it.
type Querier interface {
	// Events returns a page of events matching f, after cursor ("" for the
	// first page), at most limit.
	Events(ctx context.Context, f EventFilter, cursor string, limit int) (*EventPage, error)
	// EachEvent calls fn for every event matching f in the order of Events,
	// streaming (for exports); it stops at fn's first error.
	EachEvent(ctx context.Context, f EventFilter, fn func(EventRecord) error) error
	// Timeline counts the events matching f per interval, by "type" or "quad".
	Timeline(ctx context.Context, f EventFilter, iv Interval, by string) (*Timeline, error)
	// Network builds the actor graph of the events matching f, keeping at
	// most maxEdges edges (the heaviest; 0 means no limit).
	Network(ctx context.Context, f EventFilter, maxEdges int) (*Network, error)
	// Entities lists entities, most mentioned first.
	Entities(ctx context.Context, f EntityFilter) (*EntityPage, error)
	// Entity returns the detail of one entity, or ErrNotFound.
	Entity(ctx context.Context, id string) (*EntityDetail, error)
	// EntityNames returns the canonical name and type of the known ids.
	EntityNames(ctx context.Context, ids []string) (map[string]EntitySummary, error)
}

// ErrInvalid marks a query the store refuses (a bad date, cursor or
// option): the caller's mistake, not a failure of the store.
var ErrInvalid = errors.New("invalid query")
