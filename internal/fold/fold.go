// Package fold gives the accent-insensitive form of words, for matching
// names and words written without their accents (capitals, ASCII text).
package fold

import (
	"strings"
	"unicode"
)

// Rune maps a lower-case rune to its matching form: accents removed, ё to е,
// typographic apostrophes to '. It returns -1 for runes that are dropped
// (dots inside abbreviations, combining marks).
func Rune(r rune) rune {
	if r < 0x80 {
		if r == '.' {
			return -1
		}
		return r
	}
	switch {
	case r >= 0x300 && r <= 0x36f:
		return -1 // combining marks
	case r == 'ё':
		return 'е'
	case r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == '´' || r == 'ʻ':
		return '\''
	}
	if r < 0x250 {
		if b, ok := latinBase[r]; ok {
			return b
		}
	}
	return r
}

var latinBase = func() map[rune]rune {
	m := map[rune]rune{}
	groups := map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ĝğġģ", 'h': "ĥħ",
		'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏő",
		'r': "ŕŗř", 's': "śŝşšș", 't': "ţťŧț", 'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	}
	for base, s := range groups {
		for _, r := range s {
			m[r] = base
		}
	}
	return m
}()

// String folds every rune of the lower-case string s (see Rune).
func String(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == '.' {
			var b strings.Builder
			b.Grow(len(s))
			for _, r := range s {
				if f := Rune(r); f >= 0 {
					b.WriteRune(f)
				}
			}
			return b.String()
		}
	}
	return s
}

// CapsLine reports whether the n words that word returns are a line written
// in capitals (a wire headline), where accents are often dropped and case
// tells no names: no lower-case letter, and letters in three words or more.
func CapsLine(n int, word func(i int) string) bool {
	words := 0
	for i := 0; i < n; i++ {
		letters := false
		for _, r := range word(i) {
			if unicode.IsLower(r) {
				return false
			}
			letters = letters || unicode.IsLetter(r)
		}
		if letters {
			words++
		}
	}
	return words >= 3
}
