package segment

import (
	"embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vedetta/vedetta/internal/lines"

	"github.com/clipperhouse/uax29/v2/sentences"
	"github.com/clipperhouse/uax29/v2/words"
	"github.com/vedetta/vedetta"
)

//go:embed data/*/*.txt
var dataFS embed.FS

// abbreviations maps a language code to its set of abbreviations (lower
// case, without the final dot); ordinalFollowers to the words that a number
// with an ordinal dot may precede ("am 5. Januar"). Loaded once at start-up.
var (
	abbreviations    = withoutDots(lines.WordSets(dataFS, "abbreviations.txt"))
	ordinalFollowers = lines.WordSets(dataFS, "ordinal_followers.txt")
)

// withoutDots drops the final dot the abbreviation lists may write.
func withoutDots(sets map[string]map[string]bool) map[string]map[string]bool {
	for lang, set := range sets {
		out := make(map[string]bool, len(set))
		for w := range set {
			out[strings.TrimSuffix(w, ".")] = true
		}
		sets[lang] = out
	}
	return sets
}

// Stage fills a.Sentences and a.Tokens.
type Stage struct{}

// Name implements analyze.Stage.
func (Stage) Name() string { return "segment" }

// Analyze implements analyze.Stage.
func (Stage) Analyze(a *vedetta.Analysis) {
	a.Sentences = Sentences(a.Text, a.Lang)
	a.Tokens = Tokens(a.Text, a.Sentences)
}

// Sentences splits text into sentences. Blank lines (paragraph breaks) always
// end a sentence; a full stop after a known abbreviation or a single initial
// does not. Spans exclude surrounding white space.
func Sentences(text, lang string) []vedetta.Sentence {
	out := []vedetta.Sentence{}
	abbr := abbreviations[lang]
	for _, para := range paragraphs(text) {
		it := sentences.FromString(text[para[0]:para[1]])
		pendingStart := -1
		for it.Next() {
			s, e := trimSpan(text, para[0]+it.Start(), para[0]+it.End())
			if s >= e {
				continue
			}
			if pendingStart >= 0 {
				s = pendingStart
				pendingStart = -1
			} else if n := closingPrefix(text[s:e]); n > 0 && len(out) > 0 && out[len(out)-1].End >= para[0] {
				// French spacing puts a blank before a closing quote, which
				// UAX #29 then leaves at the start of the next sentence.
				out[len(out)-1].End = s + n
				s, e = trimSpan(text, s+n, e)
				if s >= e {
					continue
				}
			}
			if e < para[1] && (endsWithAbbreviation(text[s:e], abbr) || endsWithOrdinal(text[s:e], text[e:para[1]], ordinalFollowers[lang])) {
				pendingStart = s
				continue
			}
			out = append(out, vedetta.Sentence{Start: s, End: e})
		}
		if pendingStart >= 0 {
			s, e := trimSpan(text, pendingStart, para[1])
			if s < e {
				out = append(out, vedetta.Sentence{Start: s, End: e})
			}
		}
	}
	return out
}

// closingPrefix returns the byte length of the closing quotes and brackets
// that start s.
func closingPrefix(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if r != '»' && r != '”' && r != ')' && r != '"' && r != '’' {
			break
		}
		n += size
	}
	return n
}

// paragraphs returns the spans of text separated by blank lines.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := 0
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
		// Look for a second newline with only blanks in between.
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			if start < i {
				out = append(out, [2]int{start, i})
			}
			for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			start, i = j, j
			continue
		}
		i = j
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// endsWithAbbreviation reports whether sentence ends with "abbr." or a
// single-letter initial ("J.").
func endsWithAbbreviation(sentence string, abbr map[string]bool) bool {
	if !strings.HasSuffix(sentence, ".") {
		return false
	}
	body := sentence[:len(sentence)-1]
	i := strings.LastIndexFunc(body, func(r rune) bool {
		return unicode.IsSpace(r) || r == '(' || r == '"' || r == '«' || r == '“'
	})
	word := body[i+1:]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return abbr[strings.ToLower(word)]
}

// endsWithOrdinal reports whether sentence ends with a number of one or two
// digits and a dot that the next word makes an ordinal ("am 5." before
// "Januar").
func endsWithOrdinal(sentence, rest string, followers map[string]bool) bool {
	if len(followers) == 0 || !strings.HasSuffix(sentence, ".") {
		return false
	}
	body := sentence[:len(sentence)-1]
	n := 0
	for n < len(body) && n < 3 && body[len(body)-1-n] >= '0' && body[len(body)-1-n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	if before, _ := utf8.DecodeLastRuneInString(body[:len(body)-n]); len(body) > n && !unicode.IsSpace(before) {
		return false
	}
	next := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	return len(next) > 0 && followers[strings.ToLower(next[0])]
}

// Tokens returns the words and punctuation marks of text (white space
// skipped), each tagged with the index of the sentence that holds it.
func Tokens(text string, sents []vedetta.Sentence) []vedetta.Token {
	out := make([]vedetta.Token, 0, len(text)/5)
	for si, s := range sents {
		it := words.FromString(text[s.Start:s.End])
		for it.Next() {
			v := it.Value()
			r, _ := utf8.DecodeRuneInString(v)
			if unicode.IsSpace(r) {
				continue
			}
			out = append(out, vedetta.Token{Start: s.Start + it.Start(), End: s.Start + it.End(), Sent: si})
		}
	}
	return out
}
