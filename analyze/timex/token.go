package timex

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord uint8 = iota + 1
	kNum
	kPunct
)

// token is a word, a run of ASCII digits or one punctuation mark. Offsets
// are bytes into the text.
type token struct {
	entry *entry // what the lexicon knows of the word or phrase
	s, e  int
	val   int // value of a number (kNum, -1 when too long); the rune (kPunct)
	kind  uint8
	sp    bool  // white space before the token
	nd    uint8 // number of digits (kNum)
	cap   bool  // starts with an upper-case letter (kWord)
}

func (t *token) is(c uint64) bool { return t.entry != nil && t.entry.cls&c != 0 }

// isWordRune reports whether r continues a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// tokenize splits text into tokens and, when l is not nil, looks every word
// up in its lexicon and joins the words of multi-word forms.
func tokenize(text string, l *language) []token {
	return tokenizeInto(make([]token, 0, len(text)/6+1), text, l)
}

// tokenizeInto appends the tokens of text to toks[:0].
func tokenizeInto(toks []token, text string, l *language) []token {
	toks = toks[:0]
	var buf []byte
	sp := true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			sp = true
			i++
			continue
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			if j-i > 9 {
				v = -1
			}
			nd := j - i
			if nd > 255 {
				nd = 255
			}
			toks = append(toks, token{s: i, e: j, kind: kNum, sp: sp, nd: uint8(nd), val: v})
			i = j
		case c < utf8.RuneSelf && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'):
			t := token{s: i, e: i + 1, kind: kPunct, sp: sp, val: int(c)}
			if l != nil && (c == '\'' || c == '-') {
				t.entry = l.words[text[i:i+1]]
			}
			toks = append(toks, t)
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				if unicode.IsSpace(r) {
					sp = true
					i += n
					continue
				}
				t := token{s: i, e: i + n, kind: kPunct, sp: sp, val: int(r)}
				if l != nil && (r == '’' || r == '–' || r == '—') {
					if r == '’' {
						t.entry = l.words["'"]
					} else {
						t.entry = l.words["-"]
					}
				}
				toks = append(toks, t)
				i += n
				break
			}
			j := i
			ascii := true
			for j < len(text) {
				if text[j] < utf8.RuneSelf {
					b := text[j]
					if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
						break
					}
					j++
					continue
				}
				r, n := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r) {
					break
				}
				ascii = false
				j += n
			}
			t := token{s: i, e: j, kind: kWord, sp: sp, cap: unicode.IsUpper(r)}
			if l != nil && j-i <= 40 {
				buf = buf[:0]
				if ascii {
					for k := i; k < j; k++ {
						b := text[k]
						if b >= 'A' && b <= 'Z' {
							b += 'a' - 'A'
						}
						buf = append(buf, b)
					}
				} else {
					for _, r := range text[i:j] {
						buf = utf8.AppendRune(buf, unicode.ToLower(r))
					}
				}
				t.entry = l.words[string(buf)]
			}
			toks = append(toks, t)
			i = j
		}
		sp = false
	}
	if l != nil {
		toks = joinPhrases(toks)
	}
	return toks
}

// joinPhrases replaces the tokens of every multi-word form by one token.
func joinPhrases(toks []token) []token {
	w := 0
	for r := 0; r < len(toks); {
		t := toks[r]
		if t.entry != nil && len(t.entry.phrases) > 0 {
			matched := false
			for _, p := range t.entry.phrases {
				if r+len(p.words) > len(toks) {
					continue
				}
				ok := true
				for k, pe := range p.words {
					if toks[r+k].entry != pe {
						ok = false
						break
					}
				}
				if ok {
					last := toks[r+len(p.words)-1]
					t.e = last.e
					t.kind = kWord
					t.entry = p.e
					toks[w] = t
					w++
					r += len(p.words)
					matched = true
					break
				}
			}
			if matched {
				continue
			}
		}
		toks[w] = t
		w++
		r++
	}
	return toks[:w]
}
