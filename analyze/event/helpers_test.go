package event

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze/segment"
)

// ent is a hand-built entity for tests: its surfaces are found in the text.
type ent struct {
	id, name, typ, country, sector string
	surfaces                       []string
}

// build makes an analysis of text with the given entities, as the earlier
// stages would.
func build(t testing.TB, lang, date, text string, ents []ent) *vedetta.Analysis {
	t.Helper()
	a := vedetta.NewAnalysis(vedetta.Document{ID: "t", Lang: lang, Date: date, Text: text})
	a.Sentences = segment.Sentences(text, lang)
	a.Tokens = segment.Tokens(text, a.Sentences)
	for _, e := range ents {
		en := vedetta.Entity{ID: e.id, Name: e.name, Type: e.typ, Country: e.country, Sector: e.sector}
		for _, s := range e.surfaces {
			for off := 0; ; {
				i := strings.Index(text[off:], s)
				if i < 0 {
					break
				}
				st, end := off+i, off+i+len(s)
				off = end
				if !boundary(text, st, end) {
					continue
				}
				kind := "name"
				if strings.ToUpper(s) == s {
					kind = "abbreviation"
				} else if testAdjectives[s] {
					kind = "adjective"
				} else if testMetonyms[s] {
					kind = "metonym"
				}
				en.Mentions = append(en.Mentions, vedetta.Mention{Text: s, Start: st, End: end, Kind: kind})
			}
		}
		if len(en.Mentions) > 0 {
			a.Entities = append(a.Entities, en)
		}
	}
	return a
}

// testMetonyms are the surfaces that build marks as metonyms (capitals
// standing for their state).
var testMetonyms = map[string]bool{"Moscú": true}

// testAdjectives are the surfaces that build marks as adjectives.
var testAdjectives = map[string]bool{"russi": true, "Russian": true, "russa": true, "russo": true, "ruso": true, "rusos": true, "rusas": true, "russe": true, "российские": true, "российских": true, "Polish": true, "French": true, "Ukrainian": true, "russischen": true, "chino": true, "cinese": true, "egiziana": true, "Egyptian": true, "égyptienne": true, "polacco": true, "sénégalais": true, "russes": true, "Israeli": true, "israeliano": true, "israelí": true}

func boundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

var testCoder *Coder

func coder(t testing.TB) *Coder {
	t.Helper()
	if testCoder == nil {
		c, err := New()
		if err != nil {
			t.Fatal(err)
		}
		testCoder = c
	}
	return testCoder
}
