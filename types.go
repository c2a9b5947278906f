package vedetta

// Document is one dated text as read by an ingest reader, before analysis.
type Document struct {
	ID     string `json:"id"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"` // YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown
	Title  string `json:"title,omitempty"`
	Lang   string `json:"lang,omitempty"` // ISO 639-1; empty means "detect"
	Text   string `json:"text"`
	Source string `json:"source,omitempty"`
}

// Analysis is a document with everything the pipeline found in it. Offsets
// are byte offsets into Text.
type Analysis struct {
	ID        string     `json:"id"`
	URL       string     `json:"url"`
	Date      string     `json:"date"`
	Title     string     `json:"title"`
	Lang      string     `json:"lang"`
	Source    string     `json:"source,omitempty"`
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Dates     []Date     `json:"dates"`
	Events    []Event    `json:"events"`

	// Tokens are the words of Text, shared by the analysis stages. They are
	// not part of the JSON contract.
	Tokens []Token `json:"-"`
}

// Sentence is a span of the text. RefDate is the date its events happened
// on: the sentence's own explicit date where it has one, else the document
// date.
type Sentence struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	RefDate string `json:"ref_date,omitempty"`
}

// Token is one word or punctuation mark. Sent is the index of its sentence.
type Token struct {
	Start int
	End   int
	Sent  int
}

// Entity is an actor, organisation, person or place mentioned in the text,
// linked to a canonical id.
type Entity struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Type    string `json:"type"` // COUNTRY, ORG, PERSON, LOCATION
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	// Org is the international organisation a person heads on the
	// document's date (the UN for its Secretary-General), or that an organ
	// belongs to (the EU for the European Commission): whom the person or
	// the organ speaks and acts for.
	Org      string    `json:"org,omitempty"`
	Wikidata string    `json:"wikidata,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place where the text names an entity. Kind is name,
// abbreviation, adjective, metonym or role.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

// Date is a time expression normalised against the document date.
type Date struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`  // DATE, RANGE or DURATION
	Value string `json:"value"` // ISO 8601
	Grain string `json:"grain"` // day, month or year
}

// Event is a PLOVER event: who did what to whom, when and where.
type Event struct {
	Type         string   `json:"type"`
	Mode         string   `json:"mode,omitempty"`
	Context      []string `json:"context"`
	Quad         string   `json:"quad,omitempty"`
	Source       *Actor   `json:"source"`
	Target       *Actor   `json:"target"`
	Date         string   `json:"date,omitempty"`
	Location     *Place   `json:"location"`
	Negated      bool     `json:"negated"`
	Future       bool     `json:"future"`
	Hypothetical bool     `json:"hypothetical"`
	// Subordinate marks an event told by a subordinate clause of its
	// sentence (a relative clause, a fronted time or conditional clause, a
	// participle set off by commas), background to what the sentence's main
	// clause reports. Absent when false.
	Subordinate bool    `json:"subordinate,omitempty"`
	Evidence    string  `json:"evidence"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Sentence    int     `json:"sentence"`
	Confidence  float64 `json:"confidence"`
	// NumArticles and NumSources count the stored documents that report
	// the event (the document and its near-duplicate copies) and their
	// distinct sources, as GDELT's NumArticles and NumSources. They are
	// filled by the store, not by the analysis.
	NumArticles int `json:"num_articles,omitempty"`
	NumSources  int `json:"num_sources,omitempty"`
}

// Flags names the marks the event carries, in a fixed order: "negated",
// "future", "hypothetical".
func (e Event) Flags() []string {
	var out []string
	for _, f := range [...]struct {
		on   bool
		name string
	}{{e.Negated, "negated"}, {e.Future, "future"}, {e.Hypothetical, "hypothetical"}} {
		if f.on {
			out = append(out, f.name)
		}
	}
	return out
}

// Actor is the source or target of an event. Org is the international
// organisation a person or an organ acts for (Entity.Org): such an actor
// has no country and stands for the organisation, as PLOVER codes it.
type Actor struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Org     string `json:"org,omitempty"`
}

// Place is where an event happened.
type Place struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// NewAnalysis starts the analysis of d with empty (non-nil) result lists, so
// that the JSON always carries arrays.
func NewAnalysis(d Document) *Analysis {
	return &Analysis{
		ID: d.ID, URL: d.URL, Date: d.Date, Title: d.Title, Lang: d.Lang,
		Source: d.Source, Text: d.Text,
		Sentences: []Sentence{}, Entities: []Entity{}, Dates: []Date{}, Events: []Event{},
	}
}
