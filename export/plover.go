package export

import (
	"io"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
)

// Coder names this program in PLOVER's coder fields.
const Coder = "vedetta"

// Codebook is the PLOVER version the event types follow.
const Codebook = "plover-2.0"

// PLOVEREntity is PLOVER's "information object for entities".
type PLOVEREntity struct {
	Code           string `json:"code,omitempty"` // 3-character top-level code: the country
	Sector         string `json:"sector,omitempty"`
	IdentifierID   string `json:"identifier_id"`
	IdentifierText string `json:"identifier_text"`
}

// PLOVERLocation is PLOVER's location object (the fields we know).
type PLOVERLocation struct {
	ExtractedPlace string `json:"extracted_place"`
	ResolvedPlace  string `json:"resolved_place"`
	ID             string `json:"identifier_id,omitempty"`
}

// PLOVERTextInfo is PLOVER's "information object for text". Offsets are
// byte offsets into the document's text.
type PLOVERTextInfo struct {
	Sequence int `json:"sequence"`
	Start    int `json:"start"`
	End      int `json:"end"`
}

// PLOVERCiteInfo is PLOVER's "information object for citations".
type PLOVERCiteInfo struct {
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language,omitempty"`
	Publication string `json:"publication,omitempty"`
	Coder       string `json:"coder"`
	Codebook    string `json:"codebook"`
}

// PLOVERRecord is one event in PLOVER's JSON form, with a few fields of
// ours after the manual's.
type PLOVERRecord struct {
	ID            string          `json:"id"`
	Date          *string         `json:"date"` // null for an undated event
	DatePrecision string          `json:"date_precision,omitempty"`
	Actor         []PLOVEREntity  `json:"actor"`
	Recipient     []PLOVEREntity  `json:"recipient"`
	Event         []string        `json:"event"`
	EventLoc      *PLOVERLocation `json:"event_loc,omitempty"`
	EventText     []string        `json:"event_text,omitempty"`
	QuadCode      int             `json:"quad_code,omitempty"`
	Mode          []string        `json:"mode"`
	Context       []string        `json:"context"`
	TextInfo      PLOVERTextInfo  `json:"text_info"`
	CiteInfo      PLOVERCiteInfo  `json:"cite_info"`
	Coder         string          `json:"coder"`
	Negated       bool            `json:"negated"`
	Future        bool            `json:"future"`
	Hypothetical  bool            `json:"hypothetical"`
	Confidence    float64         `json:"confidence"`
	DocID         string          `json:"doc_id"`
	NumArticles   int             `json:"num_articles,omitempty"`
	NumSources    int             `json:"num_sources,omitempty"`
}

func ploverEntities(a *vedetta.Actor) []PLOVEREntity {
	if a == nil || a.ID == "" {
		return []PLOVEREntity{}
	}
	code := a.Country
	if code == "" && len(a.ID) == 3 && isUpperASCII(a.ID) {
		code = a.ID
	}
	if code == "" && a.Org != "" {
		code = a.Org // the organisation a person heads
	}
	return []PLOVEREntity{{Code: code, Sector: a.Sector, IdentifierID: a.ID, IdentifierText: a.Name}}
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// PLOVER converts a stored event to PLOVER's JSON form.
func PLOVER(r store.EventRecord) PLOVERRecord {
	e := r.Event
	p := PLOVERRecord{
		ID:        r.ID,
		Actor:     ploverEntities(e.Source),
		Recipient: ploverEntities(e.Target),
		Event:     []string{e.Type},
		QuadCode:  QuadCode(e.Quad),
		Mode:      []string{},
		Context:   e.Context,
		TextInfo:  PLOVERTextInfo{Sequence: e.Sentence, Start: e.Start, End: e.End},
		CiteInfo: PLOVERCiteInfo{URL: r.DocURL, Title: r.DocTitle, Language: r.Lang, Publication: r.DocSource,
			Coder: Coder, Codebook: Codebook},
		Coder:        Coder,
		Negated:      e.Negated,
		Future:       e.Future,
		Hypothetical: e.Hypothetical,
		Confidence:   e.Confidence,
		DocID:        r.DocID,
		NumArticles:  e.NumArticles,
		NumSources:   e.NumSources,
	}
	if p.Context == nil {
		p.Context = []string{}
	}
	if e.Mode != "" {
		p.Mode = []string{e.Mode}
	}
	if day, g, ok := eventDay(r); ok {
		s := day.Format("2006-01-02")
		p.Date = &s
		if g != vedetta.GrainDay {
			p.DatePrecision = g.String()
		}
	}
	if e.Location != nil {
		p.EventLoc = &PLOVERLocation{ExtractedPlace: e.Location.Name, ResolvedPlace: e.Location.Name, ID: e.Location.ID}
	}
	if e.Evidence != "" {
		p.EventText = []string{e.Evidence}
	}
	return p
}

func newPLOVER(w io.Writer) *jsonlWriter {
	return newJSONLines(w, func(r store.EventRecord) any { return PLOVER(r) })
}
