package timex

import "strings"

// Rules for the time of speech ("now"), seasons, weekends, decades,
// centuries and years in words.

// present reads "now", "currently", "at present": the time of speech,
// which in news is the document date.
func (p *parser) present(i int) (hit, bool) {
	t := p.tok(i)
	if !t.is(cNow) {
		return hit{}, false
	}
	// "Now, ..." opening a sentence is a discourse marker.
	if t.cap && p.punct(i+1, ',') {
		return hit{}, false
	}
	return hit{i: i, j: i + 1, kind: KindPresent, typ: TypeDate}, true
}

// season reads "this summer", "l'estate scorsa", "summer 1989", "the summer
// of 1989", "the summer" (after an article or preposition), "летом".
func (p *parser) season(i int) (hit, bool) {
	j := i
	mod, hasMod := p.modifier(&j)
	t := p.tok(j)
	strong := t.is(cSeason)
	if !strong && !t.is(cSeasonW) {
		return hit{}, false
	}
	s := int(t.entry.season)
	j++
	if !hasMod {
		// A year after it: "summer 1989", "the summer of 1989", "l'estate
		// del 2022", "летом 2022 года".
		k := j
		if p.is(k, cLinkMY|cLinkDM|cCueW) {
			k++
		}
		if y, k2, ok := p.yearAfter(k); ok {
			return hit{i: i, j: k2, kind: KindSeason, typ: TypeRange, a: dspec{season: s, y: y}}, true
		}
		if p.is(j, cMod) {
			mod, hasMod = int(p.tok(j).entry.mod), true
			j++
		}
	}
	if !hasMod {
		if !strong {
			return hit{}, false
		}
		// Bare: after an article or preposition ("over the summer", "in
		// estate"), or a form that says "in" by itself ("летом"); not
		// before a noun it qualifies ("summer camp").
		if !p.l.bareSeason && !p.is(i-1, cArt|cCue|cCueW|cInPre|cFrom|cTo) {
			return hit{}, false
		}
		if n := p.tok(j); n.kind == kWord && n.entry == nil && (n.e-n.s > 3 || n.cap) {
			return hit{}, false
		}
		if p.is(j, cLinkMY|cLinkDM|cCueW|cArt|cFrom) {
			return hit{}, false // "the summer of love", "der Sommer der Liebe"
		}
	}
	return hit{i: i, j: j, kind: KindSeason, typ: TypeRange, a: dspec{season: s, mod: mod, hasMod: hasMod}}, true
}

// decadeNumber reads a decade as a number: 4 digits (1990) or 2 (90), a
// multiple of ten.
func decadeNumber(t *token) (n, digits int, ok bool) {
	if t.kind != kNum || t.val%10 != 0 {
		return 0, 0, false
	}
	switch {
	case t.nd == 4 && validYear(t.val):
		return t.val, 4, true
	case t.nd == 2:
		return t.val, 2, true
	}
	return 0, 0, false
}

// decade reads "the 1990s", "'80s", "1980's", "1990er Jahre", "90-е годы",
// "anni '90", "années 1990", "anni novanta", "the nineties".
func (p *parser) decade(i int) (hit, bool) {
	t := p.tok(i)
	start := i
	if t.is(cDecade) {
		h := hit{i: i, j: i + 1, kind: KindDecade, typ: TypeRange, a: dspec{dec: int(t.entry.decade), decDigits: 2}}
		if p.is(h.j, cUnit) && p.tok(h.j).entry.unit == uYear {
			h.j++ // "neunziger Jahre", "девяностые годы"
		}
		return h, true
	}
	if t.is(cDecPre) {
		// "anni '90", "anni 90", "années 1990", "anni novanta".
		k := i + 1
		if p.punct(k, '\'', '’') {
			k++
		}
		n := p.tok(k)
		if v, d, ok := decadeNumber(n); ok {
			if d == 2 && p.tok(k+1).kind == kNum {
				return hit{}, false
			}
			return hit{i: i, j: k + 1, kind: KindDecade, typ: TypeRange, a: dspec{dec: v, decDigits: d}}, true
		}
		if n.is(cNum) && n.entry.num >= 20 && n.entry.num <= 90 && n.entry.num%10 == 0 {
			return hit{i: i, j: k + 1, kind: KindDecade, typ: TypeRange, a: dspec{dec: int(n.entry.num), decDigits: 2}}, true
		}
		if n.is(cDecade) {
			return hit{i: i, j: k + 1, kind: KindDecade, typ: TypeRange, a: dspec{dec: int(n.entry.decade), decDigits: 2}}, true
		}
		return hit{}, false
	}
	v, d, ok := decadeNumber(t)
	if !ok {
		return hit{}, false
	}
	if d == 2 && p.glued(i) && p.punct(i-1, '\'', '’') {
		start = i - 1 // '80s
	}
	// The ending: "1990s", "1980's", "1990er", "90-е", "1990-х".
	j := i + 1
	switch {
	case p.glued(j) && p.is(j, cDecSuf):
		j++
	case p.glued(j) && p.punct(j, '\'', '’', '-') && p.glued(j+1) && p.is(j+1, cDecSuf):
		j += 2
	default:
		return hit{}, false
	}
	if p.is(j, cUnit) && p.tok(j).entry.unit == uYear {
		j++ // "1990er Jahre", "90-е годы"
	}
	return hit{i: start, j: j, kind: KindDecade, typ: TypeRange, a: dspec{dec: v, decDigits: d}}, true
}

// roman reads a Roman numeral in capitals (XX, XIX), with a French ordinal
// ending glued to it (XXe, XIXème); 0 when the word is not one.
func roman(w string) int {
	for _, suf := range []string{"ème", "eme", "e"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if w == "" || len(w) > 8 {
		return 0
	}
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	n, prev := 0, 0
	for k := len(w) - 1; k >= 0; k-- {
		v := val[w[k]]
		if v == 0 {
			return 0
		}
		if v < prev {
			n -= v
		} else {
			n += v
			prev = v
		}
	}
	return n
}

// ordinalAt reads an ordinal: "20th", "20.", "twentieth", "XX", "XXe".
func (p *parser) ordinalAt(i int) (n, j int, ok bool) {
	t := p.tok(i)
	switch {
	case t.kind == kNum && t.nd <= 2 && t.val > 0:
		if p.glued(i+1) && (p.is(i+1, cOrdSuf) || p.punct(i+1, '.', '°', 'º')) {
			return t.val, i + 2, true
		}
	case t.is(cOrd) && t.entry.ord >= 1:
		return int(t.entry.ord), i + 1, true
	case t.kind == kWord && t.cap:
		if r := roman(p.text[t.s:t.e]); r > 0 {
			return r, i + 1, true
		}
	}
	return 0, i, false
}

// century reads "the 20th century", "20th-century", "XX secolo", "XXe
// siècle", "siglo XX", "20. Jahrhundert", "XX века".
func (p *parser) century(i int) (hit, bool) {
	isCentury := func(k int) bool { return p.is(k, cUnit) && p.tok(k).entry.unit == uCentury }
	if isCentury(i) {
		// "siglo XX", "secolo XIX"
		if n, j, ok := p.ordinalAt(i + 1); ok && n <= 30 && p.tok(i+1).kind == kWord {
			return hit{i: i, j: j, kind: KindCentury, typ: TypeRange, a: dspec{cent: n}}, true
		}
		return hit{}, false
	}
	n, j, ok := p.ordinalAt(i)
	if !ok || n > 30 {
		return hit{}, false
	}
	if p.dash(j) && p.glued(j) {
		j++
	}
	if !isCentury(j) {
		return hit{}, false
	}
	return hit{i: i, j: j + 1, kind: KindCentury, typ: TypeRange, a: dspec{cent: n}}, true
}

// tensAt reads a number from 10 to 99 in words: "ninety-six", "seventy",
// "nineteen".
func (p *parser) tensAt(i int) (n, j int, ok bool) {
	t := p.tok(i)
	if !t.is(cNum) || t.entry.num < 10 || t.entry.num > 99 {
		return 0, i, false
	}
	n, j = int(t.entry.num), i+1
	if n%10 == 0 && n >= 20 && p.dash(j) && p.glued(j) && p.glued(j+1) {
		if u := p.tok(j + 1); u.is(cNum) && u.entry.num >= 1 && u.entry.num <= 9 {
			n, j = n+int(u.entry.num), j+2
		}
	}
	return n, j, true
}

// spelledYear reads a year in words, as spoken: "nineteen ninety-six",
// "two thousand [and] one" (the latter after a cue word or "the year").
func (p *parser) spelledYear(i int) (hit, bool) {
	t := p.tok(i)
	if !t.is(cNum) {
		return hit{}, false
	}
	if c := int(t.entry.num); c >= 11 && c <= 20 {
		if n, j, ok := p.tensAt(i + 1); ok && validYear(c*100+n) {
			return hit{i: i, j: j, kind: KindYear, typ: TypeDate, a: dspec{y: c*100 + n}}, true
		}
	}
	if t.entry.num == 2 && p.is(i+1, cNum) && p.tok(i+1).entry.num == 1000 && p.is(i-1, cCue|cUnit|cFrom|cTo|cBetween|cInPre) {
		y, j := 2000, i+2
		k := j
		if p.is(k, cAnd) {
			k++
		}
		if n, k2, ok := p.tensAt(k); ok {
			y, j = y+n, k2
		} else if u := p.tok(k); u.is(cNum) && u.entry.num >= 1 && u.entry.num <= 9 {
			y, j = y+int(u.entry.num), k+1
		}
		return hit{i: i, j: j, kind: KindYear, typ: TypeDate, a: dspec{y: y}}, true
	}
	return hit{}, false
}
