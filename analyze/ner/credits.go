package ner

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// News pages carry names that are not part of the story: photo credits
// ("Photograph: Ibraheem al Omari/Reuters"), agency signatures closing an
// item ("(segue) (Res)") and bylines ("LatestLY Staff"). The tagger, trained
// on running prose, reads them badly; Credits fixes the spans it predicts
// over them before they become entities.

// creditLabel matches the label of a photo credit and the colon after it.
var creditLabel = regexp.MustCompile(`(?i)\b(?:photograph|photo|photos|picture|image|credit|foto|fotografia|crédit photo|crédit|bild|фото)\s*:\s*`)

// nameParticles are the lower-case words inside personal names.
var nameParticles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "abu": true, "abd": true,
	"de": true, "da": true, "di": true, "del": true, "della": true, "dos": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "y": true,
}

// Credits rewrites the predicted spans of text: the name of a photographer
// in a credit of the form "label: Name/Agency" (or "Name via|for Agency")
// becomes one PER span, replacing what the tagger predicted over it; spans
// inside a signature closing a paragraph (a short parenthesised tag such as
// "(Res)" or "(segue) (red)" just before a line break or the end of the
// text) are dropped, and so are names with a byline word ("LatestLY Staff",
// "Redazione Esteri", data/<lang>/byline_words.txt).
func Credits(text, lang string, spans []Span) []Span {
	var persons []Span
	for _, loc := range creditLabel.FindAllStringIndex(text, -1) {
		if s, e, ok := creditName(text, loc[1]); ok {
			persons = append(persons, Span{Type: "PER", Start: s, End: e})
		}
	}
	bw := bylineWords[lang]
	out := spans[:0:0]
	for _, sp := range spans {
		if overlapsAny(persons, sp) || inSignature(text, sp.Start, sp.End) || hasBylineWord(bw, text[sp.Start:sp.End]) {
			continue
		}
		out = append(out, sp)
	}
	return append(out, persons...)
}

// creditName reads the name after a credit label at i: capitalised words
// (and name particles), one to five, followed by "/" or "via"/"for" and an
// agency. It reports false for an agency alone ("Photo: Reuters").
func creditName(text string, i int) (int, int, bool) {
	s, e, words := i, i, 0
	j := i
	for words < 6 {
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		w := k
		for w < len(text) {
			r, n := utf8.DecodeRuneInString(text[w:])
			if !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' && r != '’' {
				break
			}
			w += n
		}
		if w == k {
			break
		}
		word := text[k:w]
		r, _ := utf8.DecodeRuneInString(word)
		switch {
		case unicode.IsUpper(r):
			words++
			e, j = w, w
			continue
		case nameParticles[strings.ToLower(word)] && words > 0:
			j = w
			continue
		case (word == "via" || word == "for") && words > 0:
			return s, e, words <= 5
		}
		break
	}
	rest := strings.TrimLeft(text[e:], " ")
	return s, e, words > 0 && words <= 5 && strings.HasPrefix(rest, "/")
}

// inSignature reports whether text[s:e] lies in a run of short
// parenthesised tags that closes a paragraph: after it only spaces, then a
// line break or the end of the text.
func inSignature(text string, s, e int) bool {
	// the nearest bracket or line break on each side must be the tag's own
	// brackets (scans stop at the paragraph, not at the text's ends)
	open := strings.LastIndexAny(text[:s], "()\n")
	if open < 0 || text[open] != '(' {
		return false
	}
	end := e
	for {
		c := strings.IndexAny(text[end:], "()\n")
		if c < 0 || text[end+c] != ')' || len(strings.Fields(text[open+1:end+c])) > 3 {
			return false
		}
		end += c + 1
		rest := strings.TrimLeft(text[end:], " \t")
		if rest == "" || rest[0] == '\n' || rest[0] == '\r' {
			return true
		}
		if rest[0] != '(' {
			return false
		}
		open = len(text) - len(rest)
		end = open + 1
	}
}

func overlapsAny(spans []Span, sp Span) bool {
	for _, o := range spans {
		if o.Start < sp.End && sp.Start < o.End {
			return true
		}
	}
	return false
}

func hasBylineWord(set map[string]bool, name string) bool {
	if len(set) == 0 {
		return false
	}
	for _, w := range nameWords(name) {
		if set[w] {
			return true
		}
	}
	return false
}

// bylineWords are, per language, the words that mark a byline or an
// editorial desk rather than a name (data/<lang>/byline_words.txt).
var bylineWords = loadWordSets("byline_words.txt")
