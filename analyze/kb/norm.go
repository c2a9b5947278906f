package kb

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vedetta/vedetta/internal/fold"
)

// normalize returns the matching key of one word: lower case, accents
// folded, dots dropped, Russian case endings stripped from Cyrillic words
// that are not acronyms. buf is reused to avoid allocations.
func normalize(buf []byte, w string) []byte {
	buf = buf[:0]
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == '.' {
				continue
			}
			buf = append(buf, c)
		}
		return buf
	}
	cyr, upper, letters := 0, 0, 0
	for _, r := range w {
		switch {
		case r >= 'а' && r <= 'я':
			letters++
			cyr++
		case r >= 'А' && r <= 'Я':
			letters++
			cyr++
			upper++
			r += 'а' - 'А'
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				letters++
				upper++
				r += 'a' - 'A'
			} else if r >= 'a' && r <= 'z' {
				letters++
			}
		default:
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
				if r >= 0x400 && r <= 0x4ff {
					cyr++
				}
			}
			r = unicode.ToLower(r)
		}
		r = fold.Rune(r)
		if r < 0 {
			continue
		}
		if r == 'ß' {
			buf = append(buf, 's', 's')
			continue
		}
		buf = utf8.AppendRune(buf, r)
	}
	if cyr > 0 && cyr < letters {
		// Mixed scripts: Cyrillic letters that look Latin were typed in a
		// Latin word (or the reverse); fold to the majority script.
		buf = foldHomoglyphs(buf, cyr*2 <= letters)
		if cyr*2 <= letters {
			return buf
		}
	}
	if cyr > 0 && cyr*2 >= letters && !(upper == letters && letters > 1) {
		buf = stemRussian(buf)
	}
	return buf
}

// homoglyphs pairs lower-case Cyrillic letters with the Latin letters they
// look like.
var homoglyphs = [][2]rune{{'а', 'a'}, {'в', 'b'}, {'е', 'e'}, {'к', 'k'}, {'м', 'm'}, {'н', 'h'},
	{'о', 'o'}, {'р', 'p'}, {'с', 'c'}, {'т', 't'}, {'у', 'y'}, {'х', 'x'}, {'і', 'i'}}

// foldHomoglyphs rewrites b (lower case) into Latin letters (toLatin) or
// Cyrillic ones.
func foldHomoglyphs(b []byte, toLatin bool) []byte {
	out := make([]byte, 0, len(b))
	for _, r := range string(b) {
		for _, h := range homoglyphs {
			if toLatin && r == h[0] {
				r = h[1]
				break
			}
			if !toLatin && r == h[1] {
				r = h[0]
				break
			}
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// russianEndings are case and gender endings, longest first.
var russianEndings = func() [][]byte {
	list := []string{
		"иями", "ией", "ием", "иях", "иям", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими",
		"ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им",
		"ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ию", "ия", "ии", "ие",
		"а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й",
	}
	sort.SliceStable(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
	out := make([][]byte, len(list))
	for i, s := range list {
		out[i] = []byte(s)
	}
	return out
}()

// stemRussian strips one case ending, keeping at least three letters:
// Казахстана, Казахстане → казахстан; России, Россия → росс.
func stemRussian(b []byte) []byte {
	last, _ := utf8.DecodeLastRune(b)
	if last < 'а' || last > 'я' {
		return b // no Russian ending
	}
	n := utf8.RuneCount(b)
	for _, e := range russianEndings {
		if len(b) > len(e) && string(b[len(b)-len(e):]) == string(e) && n-utf8.RuneCount(e) >= 3 {
			b = b[:len(b)-len(e)]
			n -= utf8.RuneCount(e)
			break
		}
	}
	// A vowel, й or ь left at the end goes too, so that endings that
	// overlap agree: Китай → кит, Китая → кит; Кремль, Кремля → кремл.
	if r, size := utf8.DecodeLastRune(b); n > 3 && strings.ContainsRune("аяоеиыуюйь", r) {
		b = b[:len(b)-size]
	}
	return b
}

// isDash reports whether a token is a hyphen or dash that joins words
// (Kassym-Jomart, États-Unis): such tokens are skipped when matching.
func isDash(s string) bool {
	switch s {
	case "-", "‐", "‑", "–":
		return true
	}
	return false
}

// elisions are the article and preposition forms that French and Italian
// join to the next word with an apostrophe (l'Iran, dell'Onu, d'Arménie).
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "n": true, "s": true, "c": true, "m": true, "t": true, "qu": true,
	"dell": true, "dall": true, "nell": true, "all": true, "sull": true, "coll": true, "degl": true,
	"dagl": true, "negl": true, "sugl": true, "agl": true, "un": true, "quest": true, "quell": true,
	"lorsqu": true, "puisqu": true, "jusqu": true,
}

// splitWord splits one token into the part before an elision apostrophe and
// the word proper, and drops an English possessive: "dell'Onu" → "Onu"
// (offset 5), "Russia's" → "Russia". It returns the word's offset and end
// within w.
func splitWord(w string) (int, int) {
	start, end := 0, len(w)
	if strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, 0xE2) < 0 {
		return start, end // no apostrophe: the common case
	}
	if i := strings.IndexAny(w, "'’"); i > 0 && i < len(w)-1 {
		_, size := utf8.DecodeRuneInString(w[i:])
		if elisions[strings.ToLower(w[:i])] {
			start = i + size
		}
	}
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		if strings.HasSuffix(w, "'s") {
			end = len(w) - 2
		} else {
			end = len(w) - len("’s")
		}
		if end <= start {
			end = len(w)
		}
	}
	return start, end
}

// caseFlags describes how a word is written.
type caseFlags uint8

const (
	capInitial caseFlags = 1 << iota // first letter upper case
	allUpper                         // every letter upper case (two letters or more, or one)
	hasLetter
)

func wordCase(w string) caseFlags {
	var f caseFlags
	// Cyrillic and Latin letters without unicode tables.
	first, up, letters, other := true, 0, 0, false
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r >= 'а' && r <= 'я', r >= 0xdf && r <= 0xff && r != 0xf7:
			letters++
		case r >= 'A' && r <= 'Z', r >= 'А' && r <= 'Я', r >= 0xc0 && r <= 0xde && r != 0xd7:
			letters++
			up++
			if first {
				f |= capInitial
			}
		case r < 0x80:
			continue
		default:
			other = true
		}
		first = false
		if other {
			break
		}
	}
	if !other {
		if letters > 0 {
			f |= hasLetter
			if up == letters {
				f |= allUpper
			}
		}
		return f
	}
	f = 0
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		up, letters := 0, 0
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				if letters == 0 {
					f |= capInitial
				}
				up++
				letters++
			} else if c >= 'a' && c <= 'z' {
				letters++
			}
		}
		if letters > 0 {
			f |= hasLetter
			if up == letters {
				f |= allUpper
			}
		}
		return f
	}
	first = true
	up, letters = 0, 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			up++
			if first {
				f |= capInitial
			}
		}
		first = false
	}
	if letters > 0 {
		f |= hasLetter
		if up == letters {
			f |= allUpper
		}
	}
	return f
}
