package ner

import (
	"embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vedetta/vedetta/internal/fold"

	"github.com/vedetta/vedetta/internal/lines"

	"github.com/vedetta/vedetta"
)

// Stage is the analysis stage that tags each sentence with the model of the
// document's language and adds the persons, organisations and places it
// finds that no earlier stage (the knowledge base) has already linked.
// Languages without a model are left alone.
type Stage struct{}

// Name implements analyze.Stage.
func (Stage) Name() string { return "ner" }

// entityType maps tagger types to entity types; MISC is not kept.
var entityType = map[string]string{"PER": "PERSON", "ORG": "ORG", "LOC": "LOCATION"}

var idPrefix = map[string]string{"PERSON": "per:", "ORG": "org:", "LOCATION": "loc:"}

// Span is a predicted entity mention: byte offsets into the text.
type Span struct {
	Type       string // PER, ORG, LOC or MISC
	Start, End int
}

// Analyze implements analyze.Stage.
func (Stage) Analyze(a *vedetta.Analysis) {
	m, err := ForLang(a.Lang)
	if err != nil {
		return
	}
	AddEntities(a, Credits(a.Text, a.Lang, m.Spans(a.Text, a.Tokens, a.Lang)))
}

// Spans tags the tokens of text, the sentences together as one document
// (see TagDoc), and returns the predicted entity spans.
func (m *Model) Spans(text string, toks []vedetta.Token, lang string) []Span {
	var out []Span
	var doc [][]string
	var offs [][][2]int
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && toks[j].Sent == toks[i].Sent {
			j++
		}
		words := Words(text, toks[i:j], lang)
		ws := make([]string, len(words))
		for k, w := range words {
			ws[k] = text[w[0]:w[1]]
		}
		doc, offs = append(doc, ws), append(offs, words)
		i = j
	}
	for si, tags := range m.TagDoc(doc) {
		words := offs[si]
		if ws := doc[si]; fold.CapsLine(len(ws), func(i int) string { return ws[i] }) {
			// A line in capitals (a wire headline) gives the tagger no
			// case to read names by: only the knowledge base finds them.
			continue
		}
		open := -1
		for k := range tags {
			typ := ""
			if len(tags[k]) > 2 {
				typ = tags[k][2:]
			}
			if open >= 0 && (typ != out[open].Type || tags[k][0] == 'B') {
				open = -1
			}
			if typ == "" && Acronym(doc[si][k], lang) {
				// an acronym the tagger left out names an organisation:
				// "La CGT rechazó", "CCOO y UGT amenazaron"
				out = append(out, Span{Type: "ORG", Start: words[k][0], End: words[k][1]})
				continue
			}
			if typ == "" {
				continue
			}
			if open < 0 {
				out = append(out, Span{Type: typ, Start: words[k][0], End: words[k][1]})
				open = len(out) - 1
			} else {
				out[open].End = words[k][1]
			}
		}
	}
	return out
}

// Acronym reports whether word w is an acronym that names an organisation:
// two to eight capital letters (a hyphen or an ampersand may join parts:
// "PIT-CNT"), not a Roman numeral and not one of the language's acronyms of
// common things (data/<lang>/not_acronyms.txt: "PIB", "GDP", "ВВП").
func Acronym(w, lang string) bool {
	letters, roman := 0, true
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
			roman = roman && strings.ContainsRune("IVXLCDM", r)
		case (r == '-' || r == '&') && i > 0 && i < len(w)-1:
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 8 && !roman && !notAcronyms[lang][strings.ToLower(w)]
}

// notAcronyms are, per language, the acronyms of common things, which name
// no organisation (data/<lang>/not_acronyms.txt).
var notAcronyms = loadWordSets("not_acronyms.txt")

// Words turns pipeline tokens into the words the tagger was trained on
// (the corpora's tokenisation): hyphenated compounds written without spaces
// are one word ("Kassym-Jomart"), elided articles and prepositions are split
// off in Italian and French ("dell'Ucraina" → "dell'", "Ucraina"), and the
// English possessive is split off ("Obama's" → "Obama", "'s").
func Words(text string, toks []vedetta.Token, lang string) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		s, e := toks[i].Start, toks[i].End
		// join word-hyphen-word with no spaces
		for i+2 < len(toks) && toks[i+1].Start == e && toks[i+2].Start == toks[i+1].End &&
			text[toks[i+1].Start:toks[i+1].End] == "-" && alnumEdge(text, e, true) && alnumEdge(text, toks[i+2].Start, false) {
			e = toks[i+2].End
			i += 2
		}
		out = appendSplit(out, text, s, e, lang)
	}
	return out
}

func alnumEdge(text string, at int, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(text[:at])
	} else {
		r, _ = utf8.DecodeRuneInString(text[at:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func appendSplit(out [][2]int, text string, s, e int, lang string) [][2]int {
	w := text[s:e]
	switch lang {
	case "it", "fr":
		for _, ap := range []string{"'", "’"} {
			if k := strings.Index(w, ap); k > 0 && k+len(ap) < len(w) && utf8.RuneCountInString(w[:k]) <= 5 {
				out = append(out, [2]int{s, s + k + len(ap)})
				return appendSplit(out, text, s+k+len(ap), e, lang)
			}
		}
	case "en":
		for _, ap := range []string{"'s", "’s"} {
			if strings.HasSuffix(w, ap) && len(w) > len(ap) {
				return append(out, [2]int{s, e - len(ap)}, [2]int{e - len(ap), e})
			}
		}
	}
	return append(out, [2]int{s, e})
}

// AddEntities adds the PER, ORG and LOC spans that overlap no mention
// already in a.Entities, are not a fragment of one (joined to it by a
// connector such as "del") and hold a capital letter as entities: one per name, with in-document
// coreference (a mention whose words are a run of the words of a longer
// mention of the same type, like a surname after the full name, joins that
// entity; a one-word mention that is a person's surname joins the person
// whatever its type). An entity whose id is already present gets the mentions added.
func AddEntities(a *vedetta.Analysis, spans []Span) {
	type cand struct {
		typ, name string
		words     []string
		start     int
		end       int
	}
	var cands []cand
	var lower map[string]bool // words written in lower case in the document
	heads := miscHeads[a.Lang]
	for _, sp := range spans {
		typ := entityType[sp.Type]
		if typ == "" {
			continue
		}
		s, e := trimSpan(a.Text, sp.Start, sp.End)
		if s >= e || overlapsMention(a.Entities, s, e) || fragmentOfMention(a.Text, a.Entities, s, e) || !hasUpper(a.Text[s:e]) {
			continue
		}
		name := strings.Join(strings.Fields(a.Text[s:e]), " ")
		words := nameWords(name)
		if len(words) == 0 || heads[strings.ToLower(words[0])] {
			continue
		}
		inst := institutions[a.Lang][words[0]]
		if inst && typ == "LOCATION" {
			typ = "ORG" // "Congreso de los Diputados", "Ministerio del Interior": a body, not a place
		}
		if len(words) == 1 {
			// A single capitalised word the document also writes in lower
			// case is a common word at a sentence start or in a title
			// ("Stato" beside "è stato"), not a name; nor is an institutional
			// common noun written with a capital ("nella Repubblica").
			if lower == nil {
				lower = lowerCaseWords(a)
			}
			if lower[strings.ToLower(words[0])] || commonNouns[a.Lang][words[0]] || inst {
				continue
			}
		}
		cands = append(cands, cand{typ: typ, name: name, words: words, start: s, end: e})
	}
	// longest names first, so that shorter ones can join them
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := cands[order[i]], cands[order[j]]
		if len(a.words) != len(b.words) {
			return len(a.words) > len(b.words)
		}
		return a.start < b.start
	})
	type group struct {
		typ, name string
		words     []string
		mentions  []vedetta.Mention
		first     int
	}
	var groups []*group
	for _, ci := range order {
		c := cands[ci]
		var g *group
		for _, h := range groups {
			if h.typ == c.typ && containsRun(h.words, c.words) || surnameOf(h.typ, h.words, c.words) {
				g = h
				break
			}
		}
		if g == nil {
			g = &group{typ: c.typ, name: c.name, words: c.words, first: c.start}
			groups = append(groups, g)
		}
		g.mentions = append(g.mentions, vedetta.Mention{Text: a.Text[c.start:c.end], Start: c.start, End: c.end, Kind: "name"})
		g.first = min(g.first, c.start)
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].first < groups[j].first })
	for _, g := range groups {
		sort.Slice(g.mentions, func(i, j int) bool { return g.mentions[i].Start < g.mentions[j].Start })
		id := idPrefix[g.typ] + Slug(g.name)
		merged := false
		for i := range a.Entities {
			if a.Entities[i].ID == id {
				a.Entities[i].Mentions = append(a.Entities[i].Mentions, g.mentions...)
				merged = true
				break
			}
		}
		if !merged {
			a.Entities = append(a.Entities, vedetta.Entity{ID: id, Name: g.name, Type: g.typ, Mentions: g.mentions})
		}
	}
}

// lowerCaseWords returns the words of a that start with a lower-case letter.
func lowerCaseWords(a *vedetta.Analysis) map[string]bool {
	out := map[string]bool{}
	for _, t := range a.Tokens {
		w := a.Text[t.Start:t.End]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			out[w] = true
		}
	}
	return out
}

// miscHeads are, per language, the head words of names that are not
// entities of ours: treaties, agreements, laws (data/<lang>/misc_heads.txt).
var miscHeads = loadWordSets("misc_heads.txt")

// commonNouns are, per language, the institutional common nouns that style
// writes with a capital ("lo Stato", "la Repubblica", "le Gouvernement"): alone
// they name no particular entity (data/<lang>/common_nouns.txt).
var commonNouns = loadWordSets("common_nouns.txt")

// institutions are, per language, the common nouns that name institutions
// ("el Senado", "the Army"): alone no entity (the event lexicon's generic
// agents), at the head of a longer name an organisation, not a place
// (data/<lang>/institutions.txt).
var institutions = loadWordSets("institutions.txt")

//go:embed data/*/*.txt
var dataFS embed.FS

// loadWordSets reads the word list data/<lang>/<file> of every language:
// one lower-case word per line, # comments.
func loadWordSets(file string) map[string]map[string]bool { return lines.WordSets(dataFS, file) }

// trimSpan drops punctuation and spaces at both ends of text[s:e] (a
// closing parenthesis stays when the span opens one).
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')' && strings.Contains(text[s:e], "(") {
			break
		}
		e -= n
	}
	return s, e
}

func overlapsMention(ents []vedetta.Entity, s, e int) bool {
	for _, en := range ents {
		for _, m := range en.Mentions {
			if m.Start < e && s < m.End {
				return true
			}
		}
	}
	return false
}

// connectors are the words that join the parts of a longer name
// ("Repubblica del Kazakistan"): a predicted span joined by one of them (or
// nothing) to a mention already linked is a fragment of that name.
var connectors = map[string]bool{
	"di": true, "del": true, "della": true, "dello": true, "dei": true, "degli": true, "delle": true,
	"dell'": true, "dell’": true, "d'": true, "d’": true, "de": true, "du": true, "des": true,
	"la": true, "le": true, "los": true, "las": true, "von": true, "der": true, "vom": true,
	"of": true, "the": true, "for": true,
}

func fragmentOfMention(text string, ents []vedetta.Entity, s, e int) bool {
	gapOK := func(gap string) bool {
		f := strings.Fields(strings.ToLower(gap))
		return len(f) == 0 || len(f) == 1 && connectors[f[0]]
	}
	for _, en := range ents {
		for _, m := range en.Mentions {
			switch {
			case m.Start >= e && m.Start-e <= 12 && gapOK(text[e:m.Start]):
				return true
			case m.End <= s && s-m.End <= 12 && gapOK(text[m.End:s]):
				return true
			}
		}
	}
	return false
}

// hasUpper reports whether a name has a capital letter, or is written in a
// script without case; a name in lower case ("governo") is not kept.
func hasUpper(name string) bool {
	cased := false
	for _, r := range name {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return true
		}
		if unicode.IsLower(r) {
			cased = true
		}
	}
	return !cased
}

// nameWords splits a name into lower-cased words (letters and digits).
func nameWords(name string) []string {
	return strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// surnameOf reports whether a one-word mention is the last word of a
// person's longer name: the mention joins the person whatever type the
// tagger gave it ("Merkel" tagged ORG after "Angela Merkel").
func surnameOf(typ string, long, short []string) bool {
	return typ == "PERSON" && len(short) == 1 && len(long) > 1 && long[len(long)-1] == short[0]
}

// containsRun reports whether short appears as a contiguous run in long.
func containsRun(long, short []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		ok := true
		for j := range short {
			if long[i+j] != short[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
