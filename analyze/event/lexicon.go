package event

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/vedetta/vedetta/internal/fold"
	"github.com/vedetta/vedetta/internal/lines"

	snow "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
)

// stemmers are the Snowball stemmers of the languages we code.
var stemmers = map[string]func(*snow.Env) bool{
	"it": italian.Stem, "en": english.Stem, "fr": french.Stem,
	"es": spanish.Stem, "de": german.Stem, "ru": russian.Stem,
}

// Stem returns the Snowball stem of a lower-case word in lang (the word
// itself for a language without a stemmer).
func Stem(lang, w string) string {
	f := stemmers[lang]
	if f == nil || len(w) < 3 {
		return w
	}
	env := snow.NewEnv(w)
	f(env)
	return env.Current()
}

// elemKind is the kind of one pattern element.
type elemKind uint8

const (
	elWord  elemKind = iota // a word matching one of alts
	elGap                   // up to gapMax words (...), or up to n (...n)
	elSlotS                 // the source actor(s) ($S)
	elSlotT                 // the target actor(s) ($T)
	elSlotR                 // reciprocal actors ($R): two or more, both ways
	elNot                   // zero-width: the next word is not one of alts (!w)
)

// gapMax is the length of a plain gap (...); gapLong the most a gap with
// its length written (...6) may span.
const (
	gapMax  = 4
	gapLong = 8
)

type elem struct {
	kind elemKind
	alts []alt
	n    int // a gap's longest span
}

// alt is one alternative of a word element.
type alt struct {
	kind altKind
	s    string
	fold string // s without accents, for words written in capitals
}

type altKind uint8

const (
	altStem   altKind = iota // the word's stem is s
	altExact                 // the word is s ("w")
	altPrefix                // the word starts with s (pre*)
	altClass                 // the word is in cue class s (@class)
)

// Pattern is one lexicon entry: a sequence of elements mapped to a PLOVER
// type, mode and contexts.
type Pattern struct {
	Type    string
	Mode    string
	Context []string
	Conf    float64
	Recip   bool // the actors act on each other ("X e Y hanno firmato", "in conflitto con")
	Strict  bool // the event needs both a source and a target
	// Crowd: the event needs a named crowd as source ("los manifestantes
	// se reunieron"); with an official source it takes the Official type,
	// or is not coded.
	Crowd bool
	// Noun: the pattern is a noun that takes only an agent of its own
	// (possessive, agent phrase, genitive, role adjective), never the
	// clause subject ("the terrorist threat" is no act of the subject).
	Noun bool
	// SubjTarget: with a $S slot, the subject of the clause is the target
	// ("X ha deciso, su richiesta di Y, ...": Y asks X).
	SubjTarget bool
	// Official, when set, is the type (and OfficialMode the mode) of the
	// event when its source is a state, a state body, an international
	// organisation or a named person rather than a crowd: a protest they
	// make is diplomatic or verbal, ACCUSE disapprove in PLOVER ("PROTEST
	// presumes significant physical/material activity").
	Official, OfficialMode string
	Elems                  []elem
	Line                   int
	Source                 string // the line as written
	literal                int    // number of literal elements (specificity)
}

// Agent is a generic actor noun ("polizia", "protesters") with its sector.
type Agent struct {
	Name   string
	Sector string
	Words  [][]string // stems of each phrase
	Forms  [][]string // the words of each phrase as written (lower case)
}

// agentPhrase is one phrase of an agent.
type agentPhrase struct {
	ag *Agent
	i  int // index into ag.Words and ag.Forms
}

// indexAgents fills agentsByStem.
func (l *Lexicon) indexAgents() {
	l.agentsByStem = map[string][]agentPhrase{}
	for _, ag := range l.Agents {
		for i, ws := range ag.Words {
			l.agentsByStem[ws[0]] = append(l.agentsByStem[ws[0]], agentPhrase{ag, i})
		}
	}
}

// Lexicon is the event vocabulary of one language.
type Lexicon struct {
	Lang     string
	Patterns []*Pattern
	Agents   []*Agent
	// agentsByStem indexes the agents' phrases by the stem of their first
	// word.
	agentsByStem map[string][]agentPhrase
	cues         map[string]*cueSet
}

// cueSet is a class of function words: exact forms, prefixes and suffixes.
type cueSet struct {
	exact    map[string]bool
	prefixes []string
	suffixes []string
}

func (c *cueSet) has(w string) bool {
	if c == nil {
		return false
	}
	if c.exact[w] {
		return true
	}
	return c.affixed(w)
}

// affixed reports whether w has one of the set's prefixes or suffixes.
func (c *cueSet) affixed(w string) bool {
	for _, p := range c.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, s := range c.suffixes {
		if len(w) > len(s)+1 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// Cue reports whether the lower-case word w is in cue class name.
// A clause word ("cuando", "quando") is in another class only by name, not
// by an ending it shares with gerunds or participles.
func (l *Lexicon) Cue(name, w string) bool {
	c := l.cues[name]
	if c == nil {
		return false
	}
	if c.exact[w] {
		return true
	}
	if !c.affixed(w) {
		return false
	}
	cl := l.cues["clause"] // looked up only for affix matches, which are rare
	return name == "clause" || cl == nil || !cl.exact[w]
}

// NoEvent is the type of a pattern that tells no event: a phrase whose words
// would otherwise read as one ("pasó a ocupar el cargo" is no occupation).
// It takes its words from shorter patterns and yields nothing.
const NoEvent = "NONE"

// ParsePatterns reads a predicate file. Each line is
//
//	TYPE[/mode] [+context,...] [recip] [conf=0.8] = element element ...
//
// (TYPE NONE: a phrase that is no event, see NoEvent)
// where an element is a word (matched by stem; alternatives with |), pre*
// (prefix), "word" (exact form), @class (a cue class), ... (a gap of up to
// four words; ...6 up to six, at most eight), !word (the next word is not
// that one; zero-width), or a slot
// $S (source), $T (target), $R (reciprocal actors). Options: recip (the
// actors act on each other), strict (needs both source and target),
// crowd (needs a crowd as source, see Pattern.Crowd), noun (a noun with
// no clause subject, see Pattern.Noun),
// conf=X (base confidence, default 0.7), official=TYPE[/mode] (the type
// when the source is a state, an organisation or a person, not a crowd; see
// Pattern.Official). Underscores join the words of a
// multiword alternative ("tregua|cessate_il_fuoco").
// Blank lines and lines starting with # are ignored.
func ParsePatterns(r io.Reader, lang string, ont *Ontology) ([]*Pattern, error) {
	var out []*Pattern
	err := lines.Each(r, func(n int, line string) error {
		for _, l := range expandPhrases(line) {
			p, err := parsePattern(l, lang, ont)
			if err != nil {
				return fmt.Errorf("line %d: %w", n, err)
			}
			p.Line = n
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("patterns: %w", err)
	}
	return out, nil
}

// expandPhrases expands the multiword alternatives of a pattern line, whose
// words are joined by underscores ("tregua|cessate_il_fuoco"), into one line
// per phrase (and one for the single words): an element matches one word.
func expandPhrases(line string) []string {
	head, body, ok := strings.Cut(line, " = ")
	if !ok || !strings.Contains(body, "_") {
		return []string{line}
	}
	toks := strings.Fields(body)
	for i, t := range toks {
		if !strings.Contains(t, "_") {
			continue
		}
		var single, multi []string
		for _, a := range strings.Split(t, "|") {
			if strings.Contains(a, "_") {
				multi = append(multi, strings.ReplaceAll(a, "_", " "))
			} else {
				single = append(single, a)
			}
		}
		var out []string
		variant := func(x string) {
			v := append(append(append([]string{}, toks[:i]...), x), toks[i+1:]...)
			out = append(out, expandPhrases(head+" = "+strings.Join(v, " "))...)
		}
		if len(single) > 0 {
			variant(strings.Join(single, "|"))
		}
		for _, m := range multi {
			variant(m)
		}
		return out
	}
	return []string{line}
}

func parsePattern(line, lang string, ont *Ontology) (*Pattern, error) {
	head, body, ok := strings.Cut(line, " = ")
	if !ok {
		return nil, fmt.Errorf("no ' = ' in %q", line)
	}
	p := &Pattern{Source: line, Conf: 0.7, Context: []string{}}
	hf := strings.Fields(head)
	if len(hf) == 0 {
		return nil, fmt.Errorf("no event type in %q", line)
	}
	typ, mode, _ := strings.Cut(hf[0], "/")
	ti := ont.Types[typ]
	if typ == NoEvent && mode == "" {
		ti = &TypeInfo{}
	}
	if ti == nil {
		return nil, fmt.Errorf("unknown event type %q", typ)
	}
	if mode != "" && !ti.Modes[mode] {
		return nil, fmt.Errorf("mode %q not allowed for %s", mode, typ)
	}
	p.Type, p.Mode = typ, mode
	for _, f := range hf[1:] {
		switch {
		case strings.HasPrefix(f, "+"):
			for _, c := range strings.Split(f[1:], ",") {
				if !ont.Contexts[c] {
					return nil, fmt.Errorf("unknown context %q", c)
				}
				p.Context = append(p.Context, c)
			}
		case f == "recip":
			p.Recip = true
		case f == "strict":
			p.Strict = true
		case f == "crowd":
			p.Crowd = true
		case f == "noun":
			p.Noun = true
		case f == "tsubj":
			p.SubjTarget = true
		case strings.HasPrefix(f, "conf="):
			v, err := strconv.ParseFloat(f[5:], 64)
			if err != nil || v <= 0 || v > 1 {
				return nil, fmt.Errorf("bad confidence %q", f)
			}
			p.Conf = v
		case strings.HasPrefix(f, "official="):
			t, m, _ := strings.Cut(f[len("official="):], "/")
			if oi := ont.Types[t]; oi == nil || m != "" && !oi.Modes[m] {
				return nil, fmt.Errorf("bad official type %q", f)
			}
			p.Official, p.OfficialMode = t, m
		default:
			return nil, fmt.Errorf("unknown option %q", f)
		}
	}
	for _, w := range patternWords(body) {
		e, err := parseElem(w, lang)
		if err != nil {
			return nil, err
		}
		if e.kind == elWord {
			p.literal++
		}
		p.Elems = append(p.Elems, e)
	}
	if p.literal == 0 {
		return nil, fmt.Errorf("pattern %q has no word", body)
	}
	if p.Elems[0].kind != elWord {
		return nil, fmt.Errorf("pattern %q must start with a word", body)
	}
	if last := p.Elems[len(p.Elems)-1].kind; last == elGap {
		return nil, fmt.Errorf("pattern %q ends with a gap", body)
	}
	return p, nil
}

func parseElem(w, lang string) (elem, error) {
	switch {
	case w == "...":
		return elem{kind: elGap, n: gapMax}, nil
	case strings.HasPrefix(w, "...") && len(w) == 4 && w[3] >= '1' && w[3] <= '0'+gapLong:
		// a longer gap, for objects far from their verb ("verurteilte
		// zwei frühere Polizisten zu 15 Jahren", German verb-final clauses)
		return elem{kind: elGap, n: int(w[3] - '0')}, nil
	case strings.HasPrefix(w, "..."):
		return elem{}, fmt.Errorf("gap %q: want ... or ...1 to ...%d", w, gapLong)
	case w == "$S":
		return elem{kind: elSlotS}, nil
	case w == "$T":
		return elem{kind: elSlotT}, nil
	case w == "$R":
		return elem{kind: elSlotR}, nil
	case strings.HasPrefix(w, "$"):
		return elem{}, fmt.Errorf("unknown slot %q", w)
	case strings.HasPrefix(w, "!"):
		e, err := parseElem(w[1:], lang)
		if err != nil || e.kind != elWord {
			return elem{}, fmt.Errorf("bad negated word %q", w)
		}
		return elem{kind: elNot, alts: e.alts}, nil
	}
	e := elem{kind: elWord}
	for _, a := range strings.Split(w, "|") {
		var al alt
		switch {
		case strings.HasPrefix(a, "@"):
			al = alt{kind: altClass, s: a[1:]}
		case len(a) > 2 && strings.HasPrefix(a, "\"") && strings.HasSuffix(a, "\""):
			al = alt{kind: altExact, s: normWord(a[1 : len(a)-1])}
		case len(a) > 1 && strings.HasSuffix(a, "*"):
			al = alt{kind: altPrefix, s: normWord(a[:len(a)-1])}
		default:
			al = alt{kind: altStem, s: Stem(lang, normWord(a))}
		}
		if al.s == "" || strings.ContainsAny(al.s, "*\"$@!") {
			return elem{}, fmt.Errorf("bad word %q", w)
		}
		if al.kind != altClass {
			al.fold = fold.String(al.s)
		}
		e.alts = append(e.alts, al)
	}
	return e, nil
}

// normWord lower-cases a word and unifies apostrophes and the letter ё.
func normWord(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsAny(w, "’ʼ`ё") {
		w = strings.NewReplacer("’", "'", "ʼ", "'", "`", "'", "ё", "е").Replace(w)
	}
	return w
}

// ParseCues reads a cue file: lines "class: word word ..." where a word may
// be pre* (prefix) or ~suf (suffix). Classes may span several lines.
func ParseCues(r io.Reader) (map[string]*cueSet, error) {
	out := map[string]*cueSet{}
	err := lines.Each(r, func(n int, line string) error {
		name, words, ok := strings.Cut(line, ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" || strings.ContainsFunc(name, unicode.IsSpace) {
			return fmt.Errorf("cues line %d: want 'class: words'", n)
		}
		c := out[name]
		if c == nil {
			c = &cueSet{exact: map[string]bool{}}
			out[name] = c
		}
		for _, w := range strings.Fields(words) {
			w = normWord(w)
			switch {
			case strings.HasPrefix(w, "~") && len(w) > 1:
				c.suffixes = append(c.suffixes, w[1:])
			case strings.HasSuffix(w, "*") && len(w) > 1:
				c.prefixes = append(c.prefixes, w[:len(w)-1])
			case w == "~" || w == "*":
				return fmt.Errorf("cues line %d: empty affix", n)
			default:
				c.exact[w] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ParseAgents reads an agents file: lines "SECTOR name = phrase | phrase"
// where name is the English label of the generic actor (one word, with _
// for spaces) and each phrase is matched by the stems of its words.
func ParseAgents(r io.Reader, lang string) ([]*Agent, error) {
	var out []*Agent
	err := lines.Each(r, func(n int, line string) error {
		head, body, ok := strings.Cut(line, "=")
		hf := strings.Fields(head)
		if !ok || len(hf) != 2 || len(hf[0]) != 3 || strings.ToUpper(hf[0]) != hf[0] {
			return fmt.Errorf("agents line %d: want 'SECTOR name = phrase | ...'", n)
		}
		a := &Agent{Sector: hf[0], Name: strings.ReplaceAll(hf[1], "_", " ")}
		for _, ph := range strings.Split(body, "|") {
			var ws []string
			fs := splitWords(ph)
			for _, w := range fs {
				ws = append(ws, Stem(lang, w))
			}
			if len(ws) == 0 {
				return fmt.Errorf("agents line %d: empty phrase", n)
			}
			a.Words = append(a.Words, ws)
			a.Forms = append(a.Forms, fs)
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// splitWords splits a phrase of the lexicon the way the coder splits text:
// on spaces, and after an elided article ("dell'ordine").
func splitWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(normWord(s)) {
		if i := strings.IndexByte(f, '\''); i > 0 && i < len(f)-1 {
			out = append(out, f[:i], f[i+1:])
			continue
		}
		out = append(out, f)
	}
	return out
}

// patternWords splits a pattern body into elements, splitting an elided
// article off its word ("d'accordo") as the coder splits the text.
func patternWords(body string) []string {
	var out []string
	for _, f := range strings.Fields(body) {
		f = strings.ReplaceAll(f, "’", "'")
		if i := strings.IndexByte(f, '\''); i > 0 && i < len(f)-1 && !strings.ContainsAny(f, "|\"") {
			out = append(out, f[:i], f[i+1:])
			continue
		}
		out = append(out, f)
	}
	return out
}
