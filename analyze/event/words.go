package event

import (
	"github.com/vedetta/vedetta/internal/fold"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vedetta/vedetta"
)

// word is one token of a sentence as the coder sees it.
type word struct {
	start, end int    // byte offsets into the text
	low        string // lower case, apostrophes unified
	stem       string
	stem2      string // another stem (Italian future forms), or ""
	punct      bool
	upper      bool // starts with an upper-case letter
	// caps: in a line written all in capitals (a wire headline), which
	// often drops accents ("PARALIZACION"); fold is then its accent-free
	// form
	caps bool
	fold string
	date bool // inside a date or time expression ("9 March 2022")
	// particle: the index of the separable particle at the end of the
	// clause that joins this verb (German), or 0
	particle int
}

// elidable are languages whose articles and prepositions elide before a
// vowel ("dell'adozione", "l'Iran", "d'envoyer").
var elidable = map[string]bool{"it": true, "fr": true}

// sentenceWords turns the tokens of one sentence into words, splitting
// elided articles and English possessives and negations.
func (c *Coder) sentenceWords(text string, toks []vedetta.Token, lang string, buf []word) []word {
	out := buf[:0]
	add := func(s, e int) {
		raw := text[s:e]
		r, _ := utf8.DecodeRuneInString(raw)
		w := word{start: s, end: e}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !isApostrophe(r) {
			w.punct = true
			w.low = raw
			out = append(out, w)
			return
		}
		w.upper = unicode.IsUpper(r)
		w.low = strings.TrimRight(normWord(raw), "'")
		if w.low == "" {
			w.punct, w.low = true, raw
			out = append(out, w)
			return
		}
		w.stem = c.stem(lang, w.low)
		switch lang {
		case "it":
			w.stem2 = italianFuture(w.low)
		case "fr":
			w.stem2 = c.frenchFirstPlural(w.low)
			if w.stem2 == "" && w.stem == w.low {
				w.stem2 = c.frenchThirdPlural(w.low)
			}
		}
		out = append(out, w)
	}
	for _, t := range toks {
		raw := text[t.Start:t.End]
		i := strings.IndexAny(raw, "'’ʼ")
		if i <= 0 {
			add(t.Start, t.End)
			continue
		}
		_, asz := utf8.DecodeRuneInString(raw[i:])
		switch {
		case elidable[lang] && i <= 6 && i+asz < len(raw):
			add(t.Start, t.Start+i+asz)
			add(t.Start+i+asz, t.End)
		case lang == "en" && strings.HasSuffix(strings.ToLower(raw), "n"+raw[i:i+asz]+"t") && i > 1:
			add(t.Start, t.Start+i-1)
			add(t.Start+i-1, t.End)
		case lang == "en" && strings.EqualFold(raw[i+asz:], "s"):
			add(t.Start, t.Start+i)
			add(t.Start+i, t.End)
		default:
			add(t.Start, t.End)
		}
	}
	if ix := c.index[lang]; ix != nil && len(ix.compounds) > 0 {
		out = c.joinCompounds(out, ix.compounds, lang)
	}
	if lex := c.lex[lang]; lex != nil && lex.cues["particle"] != nil {
		c.joinParticles(out, lang, lex)
	}
	// Accents are dropped in lines written in capitals, not in an acronym
	// among lower-case words.
	if fold.CapsLine(len(out), func(i int) string { return text[out[i].start:out[i].end] }) {
		for k := range out {
			if !out[k].punct {
				out[k].caps, out[k].fold = true, fold.String(out[k].low)
			}
		}
	}
	return out
}

// stemCacheMax bounds the stem cache.
const stemCacheMax = 1 << 18

// stem stems w (words under three bytes are left alone), through a cache
// shared by all goroutines.
func (c *Coder) stem(lang, w string) string {
	if len(w) < 3 {
		return w
	}
	k := lang + "\x00" + w
	if v, ok := c.stems.Load(k); ok {
		return v.(string)
	}
	st := Stem(lang, w)
	if c.nstems.Add(1) < stemCacheMax {
		c.stems.Store(k, st)
	}
	return st
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// frenchFirstPlural stems a French first person plural ("nous condamnons",
// "exigeons") from its infinitive in -er, which the Snowball stemmer does
// not reach; "" for other words (nouns in -ions: "élections").
func (c *Coder) frenchFirstPlural(w string) string {
	if !strings.HasSuffix(w, "ons") || strings.HasSuffix(w, "ions") || len(w) < 7 {
		return ""
	}
	base := strings.TrimSuffix(w[:len(w)-3], "e") // "exigeons" -> "exig"
	return c.stem("fr", base+"er")
}

// frenchThirdPlural stems a French third person plural of a verb in -er
// ("menacent", "manifestent", "appellent") from its infinitive, which the
// Snowball stemmer leaves whole; "" for other words (nouns in -ment are
// stemmed, and so never reach here).
func (c *Coder) frenchThirdPlural(w string) string {
	if !strings.HasSuffix(w, "ent") || len(w) < 7 {
		return ""
	}
	base := w[:len(w)-3]
	if n := len(base); n > 2 && (base[n-1] == 'l' || base[n-1] == 't') && base[n-2] == base[n-1] {
		base = base[:n-1] // "appellent" -> "appeler", "rejettent" -> "rejeter"
	}
	return c.stem("fr", base+"er")
}

// italianFuture stems an Italian future form from its infinitive
// ("attaccherà" -> attaccare, "invierà" -> inviare), which the Snowball
// stemmer leaves whole.
func italianFuture(w string) string {
	for _, suf := range []string{"heranno", "herà", "herò", "heremo", "eranno", "erà", "erò", "eremo", "iranno", "irà", "irò", "iremo", "aranno", "arà"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			base := w[:len(w)-len(suf)]
			end := "are"
			if strings.HasPrefix(suf, "i") {
				end = "ire"
			}
			return Stem("it", base+end)
		}
	}
	return ""
}

// joinCompounds joins the hyphenated words the lexicon names, which the
// tokenizer splits at each hyphen ("cease", "-", "fire"), back into one
// word: written without spaces, its lower-case form or stem in compounds.
// The longest run wins.
func (c *Coder) joinCompounds(ws []word, compounds map[string]bool, lang string) []word {
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		best := -1
		var joined string
		if !ws[i].punct {
			low := ws[i].low
			for k := i; k+2 < len(ws) && ws[k+1].low == "-" && ws[k+1].start == ws[k].end && ws[k+2].start == ws[k+1].end && !ws[k+2].punct; k += 2 {
				low += "-" + ws[k+2].low
				if compounds[low] || compounds[c.stem(lang, low)] {
					best, joined = k+2, low
				}
			}
		}
		if best < 0 {
			out = append(out, ws[i])
			continue
		}
		w := ws[i]
		w.end, w.low, w.stem, w.stem2 = ws[best].end, joined, c.stem(lang, joined), ""
		out = append(out, w)
		i = best
	}
	return out
}

// joinParticles gives the verb of a clause whose last word is a separable
// particle ("Peking wies die Vorwürfe zurück", "Die Truppen zogen sich aus
// dem Gebiet zurück") the stem of the joined verb (zurückwies,
// zurückzogen) as its second stem: the first word of the clause that
// joined to the particle is a word of the lexicon.
func (c *Coder) joinParticles(ws []word, lang string, lex *Lexicon) {
	ix := c.index[lang]
	start := 0
	for i := range ws {
		if ws[i].punct {
			if !softPunct(ws[i].low) { // (a hyphen is inside the clause: "EU-Außenminister")
				start = i + 1
			}
			continue
		}
		if i+1 < len(ws) && !ws[i+1].punct && !lex.Cue("coord", ws[i+1].low) || !lex.Cue("particle", ws[i].low) {
			continue // (a clause also ends at a conjunction: "lehnte … ab und blockierte")
		}
		for k := start; k < i; k++ {
			w := &ws[k]
			if w.stem2 != "" || w.upper && k > start {
				continue // (a noun)
			}
			joined := ws[i].low + w.low
			st := c.stem(lang, joined)
			if ix.words[st] || ix.words[joined] {
				w.stem2, w.particle = st, i
				break
			}
		}
		start = i + 1
	}
}

// isNumber reports whether w is written in digits ("100", "2.000").
func isNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}
