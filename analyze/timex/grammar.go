package timex

import (
	"strings"

	"github.com/vedetta/vedetta"
)

// Kinds of expression, as reported in Match.Kind.
const (
	KindNumeric  = "numeric"  // 06/01/2022, 2022-01-06
	KindDayMonth = "daymonth" // 6 gennaio [2022], January 6[, 2022]
	KindMonthYr  = "monthyear"
	KindMonth    = "month"    // a month name alone (gennaio, last April)
	KindYear     = "year"     // nel 1992
	KindQuarter  = "quarter"  // the third quarter [of 1989]
	KindWeekday  = "weekday"  // martedì, last Tuesday, Martedì 19
	KindRelDay   = "relday"   // oggi, ieri
	KindRelUnit  = "relunit"  // last week, l'anno scorso
	KindAgo      = "ago"      // three days ago, tra tre giorni
	KindDuration = "duration" // per tre giorni
	KindRange    = "range"
	KindPresent  = "present" // now, currently
	KindSeason   = "season"  // this summer, l'estate 2022
	KindWeekend  = "weekend" // the weekend, le week-end dernier
	KindDecade   = "decade"  // the 1990s, anni '90
	KindCentury  = "century" // the 20th century, XIXe siècle
	KindAnaphor  = "anaphor" // the following year, three days later, that year
	KindPeriod   = "period"  // the year-ago quarter, the latest period
	KindDay      = "day"     // on the 19th: a day of the month
)

// Types of Date.
const (
	TypeDate     = "DATE"
	TypeRange    = "RANGE"
	TypeDuration = "DURATION"
)

// hit is one expression found: tokens [i, j) and its meaning before
// resolution against the document date.
type hit struct {
	i, j int
	kind string
	typ  string
	// For DATE and the start of a RANGE.
	a dspec
	// The end of a RANGE.
	b dspec
	// For DURATION.
	n, unit int
	// adverbial: a year after a time preposition ("nel 1992", "in 2021"),
	// not a modifier ("the 1992 treaty").
	adverbial bool
}

// dspec is a date as the text gives it, resolved later.
type dspec struct {
	y, m, d   int // explicit parts; 0 when absent
	q         int // quarter (1..4)
	wd        int // weekday 1..7
	mod       int // -1 last, 1 next, 0 this/none
	hasMod    bool
	rel       int // relative amount: days (relday) or units (relunit, ago)
	unit      int
	season    int // 1 spring .. 4 winter
	dec       int // a decade: 1990, or 90 when the century is not given
	decDigits int
	cent      int // a century (20 for the 20th)
	// keep: an anaphor counted from the date last spoken of keeps that
	// date's grain ("a year earlier" after "Nov. 2, 1989" is 1988-11-02).
	keep bool
	// agoRef: "a year ago" after a quarter is that quarter a year before
	// (the comparable period of a financial report).
	agoRef bool
	// For KindPeriod: the reporting period last spoken of, moved by rel
	// years, or in year y; q is a quarter the text names.
	period bool
	half   bool // q is a half year (1, 2)
	// yrel: the year of a month relative to the document date ("July last
	// year"); hasYrel when given.
	yrel    int
	hasYrel bool
}

// parser holds the tokens of one text.
type parser struct {
	l    *language
	text string
	toks []token
}

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return &noToken
	}
	return &p.toks[i]
}

var noToken = token{}

func (p *parser) is(i int, c uint64) bool { return p.tok(i).is(c) }

func (p *parser) punct(i int, rs ...rune) bool {
	t := p.tok(i)
	if t.kind != kPunct {
		return false
	}
	for _, r := range rs {
		if rune(t.val) == r {
			return true
		}
	}
	return false
}

func (p *parser) glued(i int) bool { return i < len(p.toks) && !p.toks[i].sp }

func (p *parser) dash(i int) bool { return p.punct(i, '-', '–', '—') }

// dayAt reads a day of the month: "6", "06", "1st", "1er", "primo".
func (p *parser) dayAt(i int) (d, j int, ok bool) {
	t := p.tok(i)
	switch {
	case t.kind == kNum && t.nd <= 2 && t.val >= 1 && t.val <= 31:
		j = i + 1
		if p.glued(j) && (p.is(j, cOrdSuf) || p.punct(j, '°')) {
			j++
		}
		return t.val, j, true
	case t.is(cOrd) && t.entry.ord >= 1:
		return int(t.entry.ord), i + 1, true
	}
	return 0, i, false
}

// monthAt reads a month name; a short form may carry its dot.
func (p *parser) monthAt(i int, weakOK bool) (m, j int, weak, ok bool) {
	t := p.tok(i)
	if t.is(cMonth) {
		return int(t.entry.month), i + 1, false, true
	}
	if weakOK && t.is(cMonthW) {
		j = i + 1
		if p.punct(j, '.') && p.glued(j) {
			j++
		}
		return int(t.entry.month), j, true, true
	}
	return 0, i, false, false
}

// yearAt reads a four-digit year and a year word after it ("года", "г.").
func (p *parser) yearAt(i int) (y, j int, ok bool) {
	t := p.tok(i)
	if t.kind != kNum || t.nd != 4 || t.val < 1000 || t.val > 2199 {
		return 0, i, false
	}
	// Not part of a longer number ("2.000", "1992/93" stay numbers).
	if p.glued(i+1) && p.punct(i+1, '.', ',') && p.tok(i+2).kind == kNum && p.glued(i+2) {
		return 0, i, false
	}
	if p.glued(i) && p.punct(i-1, '.', ',') && p.tok(i-2).kind == kNum {
		return 0, i, false
	}
	j = i + 1
	if p.is(j, cYSuf) {
		j++
		// The dot of an abbreviation ("1992 г."), not of a sentence.
		if t := p.tok(j - 1); t.e-t.s <= 4 && p.punct(j, '.') && p.glued(j) {
			j++
		}
	}
	return t.val, j, true
}

// weekdayPrefix skips "Tuesday," before a date and returns the weekday.
func (p *parser) weekdayPrefix(i int) (wd, j int) {
	t := p.tok(i)
	if t.is(cWd | cWdW) {
		j = i + 1
		if p.punct(j, '.') && p.glued(j) {
			j++
		}
		if p.punct(j, ',') {
			j++
		}
		return int(t.entry.wd), j
	}
	return 0, i
}

// parseAt returns the longest expression that starts at token i.
func (p *parser) parseAt(i int) (best hit, ok bool) {
	t := &p.toks[i]
	if t.kind == kPunct || (t.kind == kWord && t.entry == nil && !(t.cap && p.is(i+1, cUnit))) {
		// Only words the lexicon knows start an expression, and Roman
		// numerals before a unit ("XX secolo").
		return best, false
	}
	if t.is(cStop) {
		return hit{i: i, j: i + 1}, false
	}
	try := func(h hit, found bool) {
		if found && h.j > i && (!ok || h.j > best.j) {
			best, ok = h, true
		}
	}
	if t.kind == kNum {
		try(p.decade(i))
		try(p.century(i))
		try(p.yearPeriod(i))
		try(p.quarter(i))
		try(p.numeric(i))
		try(p.yearAlone(i))
		try(p.durationOrAgo(i))
		try(p.dayMonth(i))
		try(p.monthFirst(i))
		return best, ok
	}
	if t.entry == nil {
		try(p.century(i)) // a Roman numeral
		return best, ok
	}
	// Only the rules that can begin with a word of these classes.
	c := t.entry.cls
	has := func(m uint64) bool { return c&m != 0 }
	if has(cWd | cWdW | cOrd) {
		try(p.dayMonth(i))
	}
	if has(cMonth | cMonthW | cWd | cWdW) {
		try(p.monthFirst(i))
	}
	if has(cMod | cMonth) {
		try(p.monthName(i))
	}
	if has(cMod | cWd | cWdW) {
		try(p.weekday(i))
	}
	if has(cRel) {
		try(p.relDay(i))
	}
	if has(cHoliday) {
		try(p.holiday(i))
	}
	if has(cArt | cMod | cUnit) {
		try(p.relUnit(i))
	}
	if has(cOrd | cMod) {
		try(p.quarter(i))
	}
	if has(cAgoPre | cInPre | cNum | cNumW | cUnit) {
		try(p.durationOrAgo(i))
	}
	if has(cNow) {
		try(p.present(i))
	}
	if has(cMod | cSeason | cSeasonW) {
		try(p.season(i))
	}
	if has(cDecade | cDecPre) {
		try(p.decade(i))
	}
	if has(cOrd | cUnit) {
		try(p.century(i))
	}
	if has(cNum) {
		try(p.spelledYear(i))
	}
	if has(cAnDay | cArt | cDem | cAMod | cUnit) {
		try(p.anaphor(i))
	}
	if has(cArt | cUnit | cMod | cAMod) {
		try(p.periodRef(i))
	}
	if has(cThisU) {
		try(p.thisUnit(i))
	}
	if has(cArt) && p.l.dayOrdinal {
		try(p.dayOrdinalAt(i))
	}
	return best, ok
}

// numeric reads 2022-01-06, 06/01/2022, 6.1.2022, 10/31/74, 2014-10, 2/2013.
func (p *parser) numeric(i int) (hit, bool) {
	// Parts glued together by one kind of separator.
	var parts [3]*token
	var sep rune
	n := 0
	k := i
	for n < 3 {
		t := p.tok(k)
		if t.kind != kNum || (n > 0 && !p.glued(k)) {
			break
		}
		parts[n] = t
		n++
		if n == 3 {
			k++
			break
		}
		s := p.tok(k + 1)
		if s.kind != kPunct || !p.glued(k+1) || !(s.val == '/' || s.val == '.' || s.val == '-') {
			k++
			break
		}
		if sep == 0 {
			sep = rune(s.val)
		} else if rune(s.val) != sep {
			k++
			break
		}
		if p.tok(k+2).kind != kNum || !p.glued(k+2) {
			k++
			break
		}
		k += 2
	}
	if n < 2 {
		return hit{}, false
	}
	// Refuse a longer run of numbers (IP addresses, versions, 1.234.567).
	if p.glued(k) && p.punct(k, '/', '.', '-', ':', ',') && p.tok(k+1).kind == kNum && p.glued(k+1) {
		return hit{}, false
	}
	if p.glued(i) && p.tok(i-1).kind == kPunct && p.punct(i-1, '/', '.', '-', ':', ',') && p.tok(i-2).kind == kNum && p.glued(i-1) {
		return hit{}, false
	}
	a, b := parts[0], parts[1]
	if n == 2 {
		switch {
		case a.nd == 4 && b.nd == 2 && (sep == '-' || sep == '/') && b.val >= 1 && b.val <= 12 && validYear(a.val):
			return hit{i: i, j: k, kind: KindNumeric, typ: TypeDate, a: dspec{y: a.val, m: b.val}}, true
		case b.nd == 4 && a.nd <= 2 && sep == '/' && a.val >= 1 && a.val <= 12 && validYear(b.val):
			return hit{i: i, j: k, kind: KindNumeric, typ: TypeDate, a: dspec{y: b.val, m: a.val}}, true
		}
		return hit{}, false
	}
	c := parts[2]
	if a.nd == 4 && sep != '.' {
		if validYear(a.val) && b.nd <= 2 && c.nd <= 2 && validDay(a.val, b.val, c.val) {
			return hit{i: i, j: k, kind: KindNumeric, typ: TypeDate, a: dspec{y: a.val, m: b.val, d: c.val}}, true
		}
		return hit{}, false
	}
	if a.nd > 2 || b.nd > 2 || (c.nd != 4 && c.nd != 2) {
		return hit{}, false
	}
	y := c.val
	if c.nd == 2 {
		if sep == '-' && !p.l.mdy {
			return hit{}, false
		}
		y = 1900 + y
		if c.val < 50 {
			y = 2000 + c.val
		}
	}
	if !validYear(y) {
		return hit{}, false
	}
	d, m := a.val, b.val
	if p.l.mdy {
		d, m = m, d
	}
	if !validDay(y, m, d) {
		d, m = m, d
		if !validDay(y, m, d) {
			return hit{}, false
		}
	}
	return hit{i: i, j: k, kind: KindNumeric, typ: TypeDate, a: dspec{y: y, m: m, d: d}}, true
}

func validYear(y int) bool { return y >= 1000 && y <= 2199 }

func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// yearAfter reads an optional year after a month: "2022", ", 2022",
// "de 2022", "2022 года".
func (p *parser) yearAfter(j int) (y, k int, ok bool) {
	k = j
	if p.punct(k, ',') || p.is(k, cLinkMY) {
		k++
	}
	if y, k2, ok := p.yearAt(k); ok {
		return y, k2, true
	}
	if h, ok := p.spelledYear(k); ok && h.kind == KindYear {
		return h.a.y, h.j, true // "January nineteen ninety-seven"
	}
	return 0, j, false
}

// dayMonth reads "[Tuesday,] 6[.] [de] gennaio [2022]" and the range
// "6-10 gennaio", "dal 6 al 10 gennaio".
func (p *parser) dayMonth(i int) (hit, bool) {
	wd, j := p.weekdayPrefix(i)
	d, j, ok := p.dayAt(j)
	if !ok {
		return hit{}, false
	}
	numeric := p.tok(j-1).kind == kNum || p.is(j-1, cOrdSuf) || p.punct(j-1, '°')
	d2, dashed := 0, false
	// A range of days: "6-10", "6 al 10", "6. bis 10.".
	if numeric {
		k := j
		if p.l.dayDot && p.punct(k, '.') && p.glued(k) {
			k++
		}
		if p.dash(k) || p.is(k, cTo) {
			if e, k2, ok := p.dayAt(k + 1); ok && e > d {
				if p.l.dayDot && p.punct(k2, '.') && p.glued(k2) {
					k2++
				}
				if _, _, _, ok := p.monthAt(p.skipLinkDM(k2), true); ok {
					d2, j, dashed = e, k2, p.dash(k)
				}
			}
		}
	}
	if d2 == 0 && p.l.dayDot && numeric && p.punct(j, '.') && p.glued(j) {
		j++
	}
	// 31-Oct-74, 31/Oct/1974.
	var sep rune
	if numeric && p.glued(j) && p.punct(j, '-', '/') {
		sep = rune(p.tok(j).val)
		j++
	} else {
		j = p.skipLinkDM(j)
	}
	m, j, _, ok := p.monthAt(j, true)
	if !ok || (sep != 0 && !p.glued(j-1)) {
		return hit{}, false
	}
	h := hit{i: i, j: j, kind: KindDayMonth, typ: TypeDate, a: dspec{m: m, d: d, wd: wd}}
	if sep != 0 {
		if p.punct(j, sep) && p.glued(j) && p.tok(j+1).kind == kNum && p.glued(j+1) {
			t := p.tok(j + 1)
			switch t.nd {
			case 4:
				h.a.y, h.j = t.val, j+2
			case 2:
				h.a.y, h.j = 1900+t.val, j+2
				if t.val < 50 {
					h.a.y = 2000 + t.val
				}
			}
		}
	} else if y, k, ok := p.yearAfter(j); ok {
		h.a.y, h.j = y, k
	}
	if !validDay(orLeap(h.a.y), m, d) {
		return hit{}, false
	}
	if d2 > 0 {
		if !validDay(orLeap(h.a.y), m, d2) {
			return hit{}, false
		}
		h.typ, h.kind = TypeRange, KindRange
		h.b = dspec{y: h.a.y, m: m, d: d2}
		h.a.wd = 0
		if !dashed {
			h.i = p.withFrom(i)
		}
	}
	return h, true
}

// orLeap is y, or a leap year when the year is unknown.
func orLeap(y int) int {
	if y == 0 {
		return 2000
	}
	return y
}

func (p *parser) skipLinkDM(j int) int {
	if p.is(j, cLinkDM) {
		if _, _, _, ok := p.monthAt(j+1, true); ok {
			return j + 1
		}
	}
	return j
}

// withFrom extends a range to the "from" word before it.
func (p *parser) withFrom(i int) int {
	if i > 0 && p.is(i-1, cFrom) {
		return i - 1
	}
	return i
}

// monthFirst reads "[Tuesday,] January 6[th][, 2022]", "Aug. 4-7" (languages
// with month_day) and "gennaio 2022", "January 2022" (all).
func (p *parser) monthFirst(i int) (hit, bool) {
	wd, j := p.weekdayPrefix(i)
	m, j, _, ok := p.monthAt(j, true)
	if !ok {
		return hit{}, false
	}
	// Month and year.
	if y, k, ok := p.yearAfter(j); ok {
		return hit{i: i, j: k, kind: KindMonthYr, typ: TypeDate, a: dspec{y: y, m: m}}, true
	}
	if !p.l.monthDay {
		return hit{}, false
	}
	k := j
	if p.is(k, cLinkDM) {
		k++
	}
	d, k, ok := p.dayAt(k)
	if !ok {
		return hit{}, false
	}
	// "May 2 people" is not a date; a day is followed by punctuation, a
	// year or a function word.
	h := hit{i: i, j: k, kind: KindDayMonth, typ: TypeDate, a: dspec{m: m, d: d, wd: wd}}
	dashed := p.dash(k)
	if dashed || p.is(k, cTo) {
		if e, k2, ok := p.dayAt(k + 1); ok && e > d && p.tok(k+1).kind == kNum {
			h.typ, h.kind = TypeRange, KindRange
			h.b = dspec{m: m, d: e}
			h.j = k2
			h.a.wd = 0
		}
	}
	if y, k, ok := p.yearAfter(h.j); ok {
		h.a.y, h.j = y, k
		if h.typ == TypeRange {
			h.b.y = y
		}
	}
	if !validDay(orLeap(h.a.y), m, d) || (h.typ == TypeRange && !validDay(orLeap(h.a.y), m, h.b.d)) {
		return hit{}, false
	}
	if h.typ == TypeRange && !dashed {
		h.i = p.withFrom(i)
	}
	return h, true
}

// modifier reads an optional "last"/"next" word at *j and moves *j past it.
func (p *parser) modifier(j *int) (int, bool) {
	if !p.is(*j, cMod) {
		return 0, false
	}
	m := int(p.tok(*j).entry.mod)
	*j++
	return m, true
}

// monthName reads a month alone, with "last"/"next" before or after it.
func (p *parser) monthName(i int) (hit, bool) {
	j := i
	mod, hasMod := p.modifier(&j)
	t := p.tok(j)
	if !t.is(cMonth) {
		return hit{}, false
	}
	m := int(t.entry.month)
	j++
	if !hasMod {
		// "July last year", "luglio dell'anno scorso", "Juli letzten Jahres"
		k := j
		if p.is(k, cLinkMY|cLinkDM|cCueW) {
			k++
		}
		if p.is(k, cArt) {
			k++
		}
		var yrel int
		found := false
		switch {
		case p.is(k, cMod) && p.isUnit(k+1, uYear):
			yrel, found, k = int(p.tok(k).entry.mod), true, k+2
		case p.isUnit(k, uYear) && p.is(k+1, cMod):
			yrel, found, k = int(p.tok(k+1).entry.mod), true, k+2
		}
		if found {
			return hit{i: i, j: k, kind: KindMonth, typ: TypeDate, a: dspec{m: m, yrel: yrel, hasYrel: true}}, true
		}
	}
	if !hasMod {
		mod, hasMod = p.modifier(&j)
	}
	if !hasMod && p.l.bareMonthCue {
		if !p.is(i-1, cCue|cFrom|cTo|cInPre|cCueW) || !t.cap {
			return hit{}, false
		}
	}
	if !hasMod && !t.cap && p.l.code == "en" {
		return hit{}, false
	}
	return hit{i: i, j: j, kind: KindMonth, typ: TypeDate, a: dspec{m: m, mod: mod, hasMod: hasMod}}, true
}

// weekday reads "martedì", "lunedì scorso", "last Tuesday", "Martedì 19".
func (p *parser) weekday(i int) (hit, bool) {
	j := i
	mod, hasMod := p.modifier(&j)
	t := p.tok(j)
	if !t.is(cWd) && !(t.is(cWdW) && p.tok(j+1).kind == kNum) {
		return hit{}, false
	}
	wd := int(t.entry.wd)
	j++
	// A weekday and a day of the month: "Martedì 19", "Thu 15th".
	if !hasMod {
		k := j
		if p.punct(k, '.') && p.glued(k) {
			k++
		}
		if p.punct(k, ',') {
			k++
		}
		if d, k2, ok := p.dayAt(k); ok && p.tok(k).kind == kNum && p.tok(k2).kind != kWord && p.tok(k2).kind != kNum &&
			!(p.glued(k2) && p.punct(k2, ',', '.') && p.tok(k2+1).kind == kNum && p.glued(k2+1)) {
			return hit{i: i, j: k2, kind: KindWeekday, typ: TypeDate, a: dspec{d: d, wd: wd}}, true
		}
	}
	if !t.is(cWd) {
		return hit{}, false
	}
	if !hasMod {
		mod, hasMod = p.modifier(&j)
	}
	return hit{i: i, j: j, kind: KindWeekday, typ: TypeDate, a: dspec{wd: wd, mod: mod, hasMod: hasMod}}, true
}

// relDay reads "oggi", "ieri", "the day before yesterday".
func (p *parser) relDay(i int) (hit, bool) {
	t := p.tok(i)
	if !t.is(cRel) {
		return hit{}, false
	}
	return hit{i: i, j: i + 1, kind: KindRelDay, typ: TypeDate, a: dspec{rel: int(t.entry.rel), unit: uDay}}, true
}

// holiday reads a feast on a fixed day ("Natale", "Christmas"), with a year
// after it when there is one.
func (p *parser) holiday(i int) (hit, bool) {
	t := p.tok(i)
	if !t.is(cHoliday) {
		return hit{}, false
	}
	h := hit{i: i, j: i + 1, kind: KindDayMonth, typ: TypeDate, a: dspec{m: int(t.entry.month), d: int(t.entry.day)}}
	if y, k, ok := p.yearAfter(i + 1); ok {
		h.a.y, h.j = y, k
	}
	return h, true
}

// relUnit reads "last week", "l'anno scorso", "this year", "в прошлом году",
// "this weekend", "the weekend", and in languages with article_unit "the
// year", "the week" (this year, this week).
func (p *parser) relUnit(i int) (hit, bool) {
	if p.is(i, cArt) && p.is(i+1, cUnit) {
		if p.is(i+2, cMod) {
			// "le week-end dernier", "il weekend prossimo"
			u := int(p.tok(i + 1).entry.unit)
			if u == uDay {
				return hit{}, false
			}
			return hit{i: i, j: i + 3, kind: KindRelUnit, typ: TypeDate, a: dspec{rel: int(p.tok(i + 2).entry.mod), unit: u}}, true
		}
		h, ok := p.bareUnit(i + 1)
		h.i = i
		return h, ok
	}
	j := i
	mod, hasMod := p.modifier(&j)
	t := p.tok(j)
	if !t.is(cUnit) {
		return hit{}, false
	}
	u := int(t.entry.unit)
	j++
	if !hasMod {
		mod, hasMod = p.modifier(&j)
	}
	if !hasMod {
		if u == uWeekend && p.is(i-1, cCue|cCueW|cInPre|cFrom|cTo) {
			return p.bareUnit(i)
		}
		return hit{}, false
	}
	if u == uDay {
		return hit{}, false
	}
	return hit{i: i, j: j, kind: KindRelUnit, typ: TypeDate, a: dspec{rel: mod, unit: u}}, true
}

// bareUnit reads a unit without "last", "next": "the weekend" (the last
// one, or the next in the future tense), "the quarter" (the last one
// completed), and with article_unit "the year", "the week".
func (p *parser) bareUnit(k int) (hit, bool) {
	u := int(p.tok(k).entry.unit)
	h := hit{i: k, j: k + 1, kind: KindRelUnit, typ: TypeDate, a: dspec{unit: u}}
	switch u {
	case uWeekend:
		h.kind = KindWeekend
		return h, true
	case uQuarter:
		if p.dash(k+1) && p.glued(k+1) {
			return hit{}, false // "the quarter-to-quarter comparison"
		}
		h.a.rel = -1
		return h, true
	case uYear, uWeek:
		if !p.l.artUnit {
			return hit{}, false
		}
		// Not "the year 2000", "the year-ago quarter", "the year of", "the
		// week before".
		n := p.tok(k + 1)
		if n.kind == kNum || n.is(cNum|cLinkMY|cLater|cLaterW|cAgo|cMod|cAMod) || p.dash(k+1) && p.glued(k+1) {
			return hit{}, false
		}
		return h, true
	}
	return hit{}, false
}

// quarter reads "the third quarter [of 1989]", "third-quarter",
// "terzo trimestre 2022".
func (p *parser) quarter(i int) (hit, bool) {
	start := i
	year := 0
	if y, j, ok := p.yearAt(i); ok && j == i+1 {
		// "the 1988 third quarter"
		year, i = y, i+1
	}
	n, j, ok := p.ordinalAt(i)
	needYear := false
	if !ok {
		// "the last half of 1989"
		if !p.is(i, cMod) || p.tok(i).entry.mod >= 0 || !p.isUnit(i+1, uHalf) {
			return hit{}, false
		}
		n, j, needYear = 2, i+1, true
	}
	if p.dash(j) {
		j++
	}
	half := p.isUnit(j, uHalf)
	if !(half && n >= 1 && n <= 2) && !(p.isUnit(j, uQuarter) && n >= 1 && n <= 4) {
		return hit{}, false
	}
	j++
	h := hit{i: start, j: j, kind: KindQuarter, typ: TypeRange, a: dspec{q: n, y: year, half: half}}
	if year != 0 {
		return h, true
	}
	k := j
	if p.is(k, cLinkMY) || p.is(k, cCueW) {
		k++
	}
	if y, k2, ok := p.yearAt(k); ok {
		h.a.y, h.j = y, k2
	} else if needYear {
		return hit{}, false
	}
	return h, true
}

// numberAt reads a count: digits or a number word; weak articles ("a",
// "un") only when weakOK.
func (p *parser) numberAt(i int, weakOK bool) (n, j int, ok bool) {
	t := p.tok(i)
	switch {
	case t.kind == kNum && t.nd <= 3 && t.val > 0:
		if p.glued(i+1) && p.punct(i+1, '.', ',') && p.tok(i+2).kind == kNum {
			return 0, i, false // 4.599, 3,5
		}
		if p.glued(i) && p.punct(i-1, '.', ',', '/', ':') {
			return 0, i, false
		}
		return t.val, i + 1, true
	case t.is(cNum):
		return int(t.entry.num), i + 1, true
	case weakOK && t.is(cNumW):
		return int(t.entry.num), i + 1, true
	}
	return 0, i, false
}

// durationOrAgo reads "tre giorni fa", "il y a trois jours", "in two weeks"
// (dates) and "tre giorni" (a duration).
func (p *parser) durationOrAgo(i int) (hit, bool) {
	t := p.tok(i)
	if t.is(cAgoPre | cInPre) {
		sign := 1
		if t.is(cAgoPre) {
			sign = -1
		}
		n, j, ok := p.numberAt(i+1, true)
		if !ok {
			n, j = 1, i+1
			if p.l.code != "ru" {
				return hit{}, false
			}
		}
		if !p.is(j, cUnit) || p.tok(j).entry.unit > uYear {
			return hit{}, false
		}
		return hit{i: i, j: j + 1, kind: KindAgo, typ: TypeDate, a: dspec{rel: sign * n, unit: int(p.tok(j).entry.unit)}}, true
	}
	n, j, ok := p.numberAt(i, true)
	weak := ok && t.is(cNumW)
	if !ok {
		// "неделю назад": a unit alone.
		if t.is(cUnit) && p.is(i+1, cAgo) && p.l.code == "ru" {
			n, j = 1, i
		} else {
			return hit{}, false
		}
	}
	hy := false
	if p.dash(j) && p.glued(j) {
		j++
		hy = true
	}
	if !p.is(j, cUnit) {
		return hit{}, false
	}
	u := int(p.tok(j).entry.unit)
	j++
	if p.is(j, cAgo) && u <= uYear && !hy {
		sign := int(p.tok(j).entry.ago)
		if sign == 0 {
			sign = -1
		}
		return hit{i: i, j: j + 1, kind: KindAgo, typ: TypeDate, a: dspec{rel: sign * n, unit: u, agoRef: true}}, true
	}
	if (p.is(j, cLater) || p.is(j, cLaterW) && p.endsPhrase(j+1)) && u <= uYear && !hy {
		// "three days later", "a year earlier": from the date last spoken of.
		return hit{i: i, j: j + 1, kind: KindAnaphor, typ: TypeDate, a: dspec{rel: int(p.tok(j).entry.later) * n, unit: u, keep: true}}, true
	}
	if weak || u == uWeekend || u == uHalf {
		return hit{}, false
	}
	return hit{i: i, j: j, kind: KindDuration, typ: TypeDuration, n: n, unit: u}, true
}

// yearAlone reads a year where it is clearly one: after a cue word ("nel
// 1992", "since 1992") or before a year word ("1992 года").
func (p *parser) yearAlone(i int) (hit, bool) {
	if t := p.tok(i); t.kind == kNum && t.nd == 2 && p.is(i-1, cFY) {
		// "FY22", "FY 22"
		y := 2000 + t.val
		if t.val >= 50 {
			y = 1900 + t.val
		}
		return hit{i: i - 1, j: i + 1, kind: KindYear, typ: TypeDate, a: dspec{y: y}}, true
	}
	y, j, ok := p.yearAt(i)
	if !ok {
		return hit{}, false
	}
	h := hit{i: i, j: j, kind: KindYear, typ: TypeDate, a: dspec{y: y}}
	if j > i+1 { // a year word followed it
		return h, true
	}
	prev := p.tok(i - 1)
	if y >= 1900 && y < 2100 && (prev.is(cYDet) || p.possessive(i-1)) {
		return h, true // "his 1996 campaign", "the company's 1989 results"
	}
	if prev.is(cArt) {
		if y >= 1900 && y < 2100 && !p.is(i-2, cCue|cCueW|cFrom|cTo|cBetween) {
			return h, true // "the 2000 Olympics", "il 2022"
		}
		prev = p.tok(i - 2)
	}
	if prev.is(cCue | cFrom | cTo | cBetween | cPMod | cFY) {
		if prev.is(cFY) {
			h.i = i - 1
		}
		h.adverbial = prev.is(cCue)
		return h, true
	}
	if prev.is(cCueW) {
		next := p.tok(j)
		if next.kind == kWord && !next.cap && next.entry == nil {
			return hit{}, false
		}
		return h, true
	}
	return hit{}, false
}

// dayOrdinalAt reads "the 19th" (in "on the 19th", "by the 3rd."): a day
// of the month, when nothing after it says of what.
func (p *parser) dayOrdinalAt(i int) (hit, bool) {
	t := p.tok(i + 1)
	if t.kind != kNum || t.nd > 2 || t.val < 1 || t.val > 31 || !p.glued(i+2) || !p.is(i+2, cOrdSuf) {
		return hit{}, false
	}
	if !p.endsPhrase(i+3) && !p.is(i+3, cAnd|cTo) {
		return hit{}, false // "the 19th century", "the 3rd floor", "the 6th of May"
	}
	return hit{i: i, j: i + 3, kind: KindDay, typ: TypeDate, a: dspec{d: t.val}}, true
}

// possessive reports whether token i is the "s" of "'s".
func (p *parser) possessive(i int) bool {
	t := p.tok(i)
	return t.kind == kWord && t.e-t.s == 1 && (p.text[t.s] == 's') && p.glued(i) && p.punct(i-1, '\'', '’')
}

// clauseTense is 1 when the clause around token i speaks of the future, -1
// of the past, 0 when it does not say.
func (p *parser) clauseTense(i int) int {
	lo, hi := i-12, i+12
	if lo < 0 {
		lo = 0
	}
	if hi > len(p.toks) {
		hi = len(p.toks)
	}
	for k := i - 1; k >= lo; k-- {
		if p.sentenceEnd(k) {
			lo = k + 1
			break
		}
	}
	for k := i + 1; k < hi; k++ {
		if p.sentenceEnd(k) {
			hi = k
			break
		}
	}
	// The tense marker nearest to the expression decides: "In January
	// the company brought in a chief, who will remain" speaks of the past.
	fut, past := -1, -1
	for k := lo; k < hi; k++ {
		d := k - i
		if d < 0 {
			d = -d
		}
		switch p.tense(k) {
		case 1:
			if fut < 0 || d < fut {
				fut = d
			}
		case -1:
			if past < 0 || d < past {
				past = d
			}
		}
	}
	switch {
	case fut >= 0 && (past < 0 || fut <= past):
		return 1
	case past >= 0:
		return -1
	}
	return 0
}

// tense is 1 for a word that marks the future, -1 for one that marks the
// past, 0 for others.
func (p *parser) tense(k int) int {
	t := &p.toks[k]
	if t.kind != kWord {
		return 0
	}
	switch {
	case t.is(cFut):
		return 1
	case t.is(cPast):
		return p.pastAt(k)
	}
	if t.entry != nil || t.e-t.s < 4 {
		return 0
	}
	w := p.text[t.s:t.e] // endings are lower case, as the words mostly are
	if len(w) >= 5 {
		for _, s := range p.l.futSuf {
			if strings.HasSuffix(w, s) {
				return 1
			}
		}
	}
	for _, s := range p.l.pastSuf {
		if strings.HasSuffix(w, s) {
			return p.pastAt(k)
		}
	}
	return 0
}

// pastAt is -1 for a past form at token k, 0 for a participle after a
// future ("will be held").
func (p *parser) pastAt(k int) int {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if p.toks[b].is(cFut) {
			return 0
		}
	}
	return -1
}

// sentenceEnd reports whether token k ends a sentence: ".", "!", "?", ";",
// but not the dot of an abbreviation ("Mr.", "P.", "Inc.").
func (p *parser) sentenceEnd(k int) bool {
	if !p.punct(k, '.', '!', '?', ';') {
		return false
	}
	if p.toks[k].val == '.' && p.glued(k) {
		if w := p.tok(k - 1); w.kind == kWord && w.cap && w.e-w.s <= 3 {
			return false
		}
	}
	return true
}

// find scans the tokens and returns the expressions, ranges joined.
func (p *parser) find() []hit {
	var hits []hit
	for i := 0; i < len(p.toks); {
		h, ok := p.parseAt(i)
		if !ok {
			if h.j > i { // a stop phrase
				i = h.j
				continue
			}
			i++
			continue
		}
		if k := p.withModifier(h.i); len(hits) == 0 || k >= hits[len(hits)-1].j {
			h.i = k
		}
		if p.is(h.j, cDayPart) && (h.kind == KindWeekday || h.kind == KindRelDay || h.kind == KindDayMonth || h.kind == KindAnaphor) {
			h.j++ // "Monday morning", "ieri sera"
		}
		hits = append(hits, h)
		i = h.j
	}
	return p.joinRanges(hits)
}

// withModifier extends the start i of an expression
// over "early", "late", "the end of", "earlier in" and an article
// before them: they stay in its span, and its value covers them.
func (p *parser) withModifier(i int) int {
	k := i
	switch {
	case p.is(k-1, cPMod):
		k--
	case p.is(k-1, cInPre|cLinkMY|cLinkDM|cCueW|cArt) && p.is(k-2, cPMod):
		k -= 2
	default:
		return i
	}
	if p.is(k-1, cArt) {
		k--
	}
	return k
}

// joinRanges makes "dal 6 gennaio al 10 febbraio", "between 2019 and 2021",
// "2019-2021" into ranges.
func (p *parser) joinRanges(hits []hit) []hit {
	out := hits[:0]
	for k := 0; k < len(hits); k++ {
		h := hits[k]
		if h.typ == TypeDate && (h.kind == KindDayMonth || h.kind == KindMonthYr || h.kind == KindYear || h.kind == KindNumeric) {
			c := h.j      // the connector
			fi := h.i - 1 // the "from" word
			if p.is(fi, cArt) {
				fi--
			}
			between := p.is(fi, cBetween)
			from := p.is(fi, cFrom)
			next := c + 1 // the second end
			if p.is(next, cArt) {
				next++
			}
			conn := p.dash(c) || (p.is(c, cTo) && (from || between)) || (between && p.is(c, cAnd))
			if conn {
				// The second end: a date found already, or a bare year.
				var e hit
				found := false
				if k+1 < len(hits) && hits[k+1].i == next && hits[k+1].typ == TypeDate && hits[k+1].kind == h.kind {
					e, found = hits[k+1], true
				} else if h.kind == KindYear {
					if y, j, ok := p.yearAt(next); ok && y > h.a.y {
						e, found = hit{i: next, j: j, kind: KindYear, typ: TypeDate, a: dspec{y: y}}, true
					} else if t := p.tok(c + 1); ok && t.kind == kNum && t.nd == 2 && p.dash(c) && p.glued(c+1) && p.glued(c) {
						// 2019-20 is a season, not a range we can read safely.
						_ = t
					}
				}
				if found {
					if e.a.y == 0 && h.a.y == 0 {
						// leave both to resolution
					} else if h.a.y == 0 {
						h.a.y = e.a.y
						if h.a.m > e.a.m || (h.a.m == e.a.m && h.a.d > e.a.d) {
							h.a.y--
						}
					}
					if before(h.a, e.a) {
						r := hit{i: h.i, j: e.j, kind: KindRange, typ: TypeRange, a: h.a, b: e.a}
						if from || between {
							r.i = fi
						}
						out = append(out, r)
						if k+1 < len(hits) && hits[k+1].i == e.i {
							k++
						}
						continue
					}
				}
			}
		}
		out = append(out, h)
	}
	return out
}

// before reports whether a comes before b when both are explicit enough.
func before(a, b dspec) bool {
	if a.y != 0 && b.y != 0 && a.y != b.y {
		return a.y < b.y
	}
	if a.m != b.m {
		return a.m < b.m
	}
	return a.d < b.d
}

var _ = vedetta.GrainDay
