package event

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/vedetta/vedetta"
)

//go:embed data/plover.tsv data/*/*.txt
var dataFS embed.FS

// Languages are the languages with a lexicon.
var Languages = []string{"it", "en", "es", "fr", "de", "ru"}

// Coder codes PLOVER events. It is safe for concurrent use.
type Coder struct {
	stems  sync.Map // lang+"\x00"+word -> stem
	nstems atomic.Int64
	ont    *Ontology
	lex    map[string]*Lexicon
	index  map[string]*patIndex
}

type patIndex struct {
	byStem  map[string][]*Pattern
	byExact map[string][]*Pattern
	other   []*Pattern
	// compounds are the hyphenated words the patterns name ("cease-fire",
	// "cessez-le-feu"), stemmed or exact: the tokenizer splits them.
	compounds map[string]bool
	// words are the stems and exact forms any pattern element names.
	words map[string]bool
}

// New loads the ontology and the built-in lexicons.
func New() (*Coder, error) {
	return NewFS(dataFS)
}

// NewFS loads the ontology and lexicons from fsys (laid out like data/).
func NewFS(fsys fs.FS) (*Coder, error) {
	ob, err := fs.ReadFile(fsys, "data/plover.tsv")
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	ont, err := ParseOntology(bytes.NewReader(ob))
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	c := &Coder{ont: ont, lex: map[string]*Lexicon{}, index: map[string]*patIndex{}}
	for _, lang := range Languages {
		l, err := loadLexicon(fsys, lang, ont)
		if err != nil {
			return nil, fmt.Errorf("event: %s: %w", lang, err)
		}
		if l == nil {
			continue
		}
		c.lex[lang] = l
		c.index[lang] = buildIndex(l.Patterns)
	}
	return c, nil
}

// Ontology returns the PLOVER table the coder uses.
func (c *Coder) Ontology() *Ontology { return c.ont }

// Lexicon returns the lexicon of lang, or nil.
func (c *Coder) Lexicon(lang string) *Lexicon { return c.lex[lang] }

func loadLexicon(fsys fs.FS, lang string, ont *Ontology) (*Lexicon, error) {
	dir := "data/" + lang + "/"
	pb, err := fs.ReadFile(fsys, dir+"predicates.txt")
	if err != nil {
		return nil, nil //nolint:nilerr // a language without a lexicon
	}
	l := &Lexicon{Lang: lang}
	if l.Patterns, err = ParsePatterns(bytes.NewReader(pb), lang, ont); err != nil {
		return nil, fmt.Errorf("predicates.txt: %w", err)
	}
	// Extra pattern files (e.g. generated ones) come after the hand-written.
	extra, _ := fs.Glob(fsys, dir+"predicates-*.txt")
	sort.Strings(extra)
	for _, f := range extra {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		ps, err := ParsePatterns(bytes.NewReader(b), lang, ont)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		l.Patterns = append(l.Patterns, ps...)
	}
	cb, err := fs.ReadFile(fsys, dir+"cues.txt")
	if err != nil {
		return nil, fmt.Errorf("cues: %w", err)
	}
	if l.cues, err = ParseCues(bytes.NewReader(cb)); err != nil {
		return nil, fmt.Errorf("cues.txt: %w", err)
	}
	ab, err := fs.ReadFile(fsys, dir+"agents.txt")
	if err != nil {
		return nil, fmt.Errorf("agents: %w", err)
	}
	if l.Agents, err = ParseAgents(bytes.NewReader(ab), lang); err != nil {
		return nil, fmt.Errorf("agents.txt: %w", err)
	}
	l.indexAgents()
	return l, nil
}

func buildIndex(ps []*Pattern) *patIndex {
	ix := &patIndex{byStem: map[string][]*Pattern{}, byExact: map[string][]*Pattern{}, compounds: map[string]bool{}, words: map[string]bool{}}
	for _, p := range ps {
		for _, e := range p.Elems {
			for _, a := range e.alts {
				if a.kind == altStem || a.kind == altExact {
					ix.words[a.s] = true
				}
				if (a.kind == altStem || a.kind == altExact) && strings.Contains(a.s, "-") {
					ix.compounds[a.s] = true
				}
			}
		}
		other := false
		for _, a := range p.Elems[0].alts {
			switch a.kind {
			case altStem:
				ix.byStem[a.s] = append(ix.byStem[a.s], p)
			case altExact:
				ix.byExact[a.s] = append(ix.byExact[a.s], p)
			default:
				other = true
			}
		}
		if other {
			ix.other = append(ix.other, p)
		}
	}
	return ix
}

// Name implements analyze.Stage.
func (c *Coder) Name() string { return "events" }

// Analyze implements analyze.Stage: it fills a.Events.
func (c *Coder) Analyze(a *vedetta.Analysis) {
	a.Events = c.Code(a)
}

// span is an actor or place found in a sentence, over words [w0, w1).
type span struct {
	w0, w1  int
	actor   vedetta.Actor
	etype   string // COUNTRY, ORG, PERSON, LOCATION or AGENT
	kind    string // mention kind
	generic bool   // a generic agent with no entity behind it
	group   int    // coordination group id
}

// sentCtx is the working state for one sentence.
type sentCtx struct {
	c       *Coder
	lex     *Lexicon
	a       *vedetta.Analysis
	si      int
	words   []word
	spans   []span
	parents map[string]*vedetta.Entity
	spanAt  []int // word index -> index of the span starting there, or -1
	inSpan  []int // word index -> index of the span covering it, or -1
	groups  [][]int
	home    *vedetta.Entity // the document's home country
	igo     *vedetta.Entity // the document's main international organisation
	prev    *vedetta.Actor  // the actor the previous sentence acted through, if any
	zero    int             // the span standing for an unsaid subject (prev), or -1
	pending []vedetta.Event // truce events waiting for their parties
	truce   int             // whether the sentence speaks of a truce: 0 unknown, 1 yes, -1 no
	predAt  []string        // word index -> type of the matched predicate covering it, or ""
	govAt   []int           // word index -> the governor of the predicate noun covering it (see governor), or -1
	verbAt  []bool          // word index -> a predicate read as a verb (not a noun) starts there
	quote   []int           // word index -> the quotation holding it (1, 2, …), or 0
}

// match is one pattern occurrence.
type match struct {
	p        *Pattern
	w0, w1   int // whole match
	head     int // first word
	lastLit  int // one past the last literal word
	slots    [3][]int
	slotSeen [3]bool
	gov      int // the word of the verbal predicate this noun is the object of, or -1
	// detached: a noun after a topic preposition or in the genitive of a
	// victim noun ("talks about a ceasefire", "victims of the bombing")
	detached bool
}

// Code returns the events of an analysed document.
func (c *Coder) Code(a *vedetta.Analysis) []vedetta.Event {
	out := []vedetta.Event{}
	lex := c.lex[a.Lang]
	if lex == nil || len(a.Sentences) == 0 {
		return out
	}
	ments := docMentions(a)
	parents := organParents(a)
	home := homeCountry(a)
	igo := mainIGO(a, parents)
	var pending []vedetta.Event
	var wbuf []word
	var prev *vedetta.Actor
	ti, mi := 0, 0
	for si := range a.Sentences {
		s := a.Sentences[si]
		for ti < len(a.Tokens) && a.Tokens[ti].Sent < si {
			ti++
		}
		t0 := ti
		for ti < len(a.Tokens) && a.Tokens[ti].Sent == si {
			ti++
		}
		toks := a.Tokens[t0:ti]
		for mi < len(ments) && ments[mi].m.Start < s.Start {
			mi++
		}
		m1 := mi
		for m1 < len(ments) && ments[m1].m.Start < s.End {
			m1++
		}
		if len(toks) == 0 {
			continue
		}
		wbuf = c.sentenceWords(a.Text, toks, a.Lang, wbuf)
		markDates(wbuf, a.Dates)
		sc := &sentCtx{c: c, lex: lex, a: a, si: si, words: wbuf, parents: parents, home: home, igo: igo, prev: prev}
		sc.buildSpans(ments[mi:m1], home)
		evs := sc.code()
		prev = sentenceActor(evs)
		out = append(out, evs...)
		pending = append(pending, sc.pending...)
	}
	out = append(out, truceParties(out, pending)...)
	out = mergeEvents(out)
	ds := newDocSalience(a, parents)
	for i := range out {
		e := &out[i]
		e.Confidence = round2(min(0.99, max(0.05, e.Confidence+ds.adjust(e))))
	}
	return out
}

// sentenceActor returns the source of the first event of a sentence that
// names its source (no generic or implicit actor): what a pronoun starting
// the next sentence refers to ("It said ...", "Sie stimmte ... zu").
func sentenceActor(evs []vedetta.Event) *vedetta.Actor {
	for i := range evs {
		if s := evs[i].Source; s != nil && s.ID != "" {
			a := *s
			return &a
		}
	}
	return nil
}

// markDates marks the words inside the date and time expressions of the
// analysis (sorted by start, as the dates stage writes them).
func markDates(ws []word, dates []vedetta.Date) {
	if len(ws) == 0 {
		return
	}
	i := sort.Search(len(dates), func(i int) bool { return dates[i].End > ws[0].start })
	for k := range ws {
		for i < len(dates) && dates[i].End <= ws[k].start {
			i++
		}
		ws[k].date = i < len(dates) && dates[i].Start <= ws[k].start && ws[k].end <= dates[i].End
	}
}

// docMention is an entity mention with its entity.
type docMention struct {
	m vedetta.Mention
	e *vedetta.Entity
}

func docMentions(a *vedetta.Analysis) []docMention {
	var out []docMention
	for i := range a.Entities {
		e := &a.Entities[i]
		for _, m := range e.Mentions {
			if m.End <= m.Start {
				continue
			}
			out = append(out, docMention{m, e})
		}
	}
	// Longer mentions first at the same start, so nested ones lose.
	sort.Slice(out, func(i, j int) bool {
		if out[i].m.Start != out[j].m.Start {
			return out[i].m.Start < out[j].m.Start
		}
		return out[i].m.End > out[j].m.End
	})
	return out
}

// homeCountry is the country the document speaks of most: the country of
// generic actors ("la polizia") that the sentence does not qualify.
func homeCountry(a *vedetta.Analysis) *vedetta.Entity {
	var best *vedetta.Entity
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Type != "COUNTRY" || actorCountry(e) == "" {
			continue
		}
		if best == nil || len(e.Mentions) > len(best.Mentions) {
			best = e
		}
	}
	return best
}

// mainIGO is the international organisation the document names most, the
// referent of "the organisation", "the Alliance"; nil when it names none.
func mainIGO(a *vedetta.Analysis, parents map[string]*vedetta.Entity) *vedetta.Entity {
	n := map[string]int{}
	var best *vedetta.Entity
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Type != "ORG" || e.Sector != "IGO" {
			continue
		}
		p := e
		if q := parents[e.ID]; q != nil {
			p = q
		}
		n[p.ID] += len(e.Mentions)
		if best == nil || n[p.ID] > n[best.ID] {
			best = p
		}
	}
	return best
}

// actorCountry is the ISO3 code of an entity's country.
func actorCountry(e *vedetta.Entity) string {
	if e.Country != "" {
		return e.Country
	}
	if e.Type == "COUNTRY" && len(e.ID) == 3 && strings.ToUpper(e.ID) == e.ID {
		return e.ID
	}
	return ""
}

func entityActor(e *vedetta.Entity) vedetta.Actor {
	if e.Org != "" {
		// the head or an organ of an international organisation acts
		// for it
		return vedetta.Actor{ID: e.ID, Name: e.Name, Sector: "IGO", Org: e.Org}
	}
	return vedetta.Actor{ID: e.ID, Name: e.Name, Country: actorCountry(e), Sector: e.Sector}
}

// round2 rounds a confidence to two decimals.
func round2(x float64) float64 { return math.Round(x*100) / 100 }

// organParents maps an organ of an international organisation to the
// organisation when both are in the document ("CSTO Collective Security
// Council" -> CSTO, "Council of the European Union" -> European Union): by
// the PLOVER convention the parent organisation is the actor.
func organParents(a *vedetta.Analysis) map[string]*vedetta.Entity {
	out := map[string]*vedetta.Entity{}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Type != "ORG" || e.Sector != "IGO" {
			continue
		}
		name := " " + strings.ToLower(e.Name) + " "
		for j := range a.Entities {
			p := &a.Entities[j]
			if j == i || p.Type != "ORG" || p.Sector != "IGO" {
				continue
			}
			hit := len(p.Name) < len(e.Name) && strings.Contains(name, " "+strings.ToLower(p.Name)+" ")
			for _, m := range p.Mentions {
				if m.Kind == "abbreviation" && strings.HasPrefix(e.Name, m.Text+" ") {
					hit = true
				}
			}
			// The organ's canonical name starts with the parent's English
			// initials ("CSTO Collective Peacekeeping Forces").
			if in := initials(p.Name); len(in) >= 2 && strings.HasPrefix(e.Name, in+" ") {
				hit = true
			}
			if hit {
				out[e.ID] = p
				break
			}
		}
	}
	return out
}

// initials are the capitals of a name's words ("Collective Security Treaty
// Organization" -> CSTO), skipping lower-case words ("of", "the").
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}
