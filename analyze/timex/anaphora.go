package timex

import (
	"time"

	"github.com/vedetta/vedetta"
)

// Expressions counted from the date the text last spoke of rather than from
// the document date: "the following year", "three days later", "that
// year", "le lendemain", and the reporting periods of company results ("the
// year-ago quarter", "the latest period", "a year ago" after "the third
// quarter").

// refWindow is how far back, in bytes, the date last spoken of may lie and
// still anchor an anaphor; further back, the document date does.
// periodWindow is the same for the quarter last spoken of, which anchors
// the reporting periods ("the year-ago quarter") of a results report.
const (
	refWindow    = 600
	periodWindow = 1500
)

// refs are the dates last spoken of: any, and the last quarter.
type refs struct {
	last, quarter refDate
}

// refDate is a date the text spoke of: one value or a range.
type refDate struct {
	from, to value
	end      int // byte offset of its end
	set      bool
}

// isQuarter reports whether the date is a calendar quarter.
func (r refDate) isQuarter() bool {
	return r.from.g == vedetta.GrainMonth && r.to.g == vedetta.GrainMonth && (int(r.from.t.Month())-1)%3 == 0 &&
		r.to.t.Equal(r.from.t.AddDate(0, 2, 0))
}

// near returns the date last spoken of when it ends less than refWindow
// bytes before start.
func (r refDate) near(start, window int) (refDate, bool) {
	if r.set && start-r.end <= window && start >= r.end {
		return r, true
	}
	return refDate{}, false
}

// anchorRef is the document date as a reference.
func (a anchor) anchorRef() (refDate, bool) {
	if a.g == vedetta.GrainNone {
		return refDate{}, false
	}
	v := a.coarse()
	return refDate{from: v, to: v, set: true}, true
}

// anaphor reads "the following year", "the previous day", "the same day",
// "that year", "the day before", "l'anno successivo", "al día siguiente",
// "le lendemain", "накануне".
func (p *parser) anaphor(i int) (hit, bool) {
	t := p.tok(i)
	if t.is(cAnDay) {
		// Not "la veille du sommet", "накануне выборов": the eve of an
		// event, not of a date.
		if !p.endsPhrase(i+1) && (!p.l.hasArticles() || p.is(i+1, cLinkDM|cLinkMY|cCueW|cFrom)) {
			return hit{}, false
		}
		return hit{i: i, j: i + 1, kind: KindAnaphor, typ: TypeDate, a: dspec{rel: int(t.entry.anday), unit: uDay}}, true
	}
	j := i
	art := false
	if t.is(cArt) {
		art = true
		j++
	}
	dem, hasAmod, amod := false, false, 0
	switch {
	case p.is(j, cDem):
		dem = true
		j++
	case p.is(j, cAMod):
		amod, hasAmod = int(p.tok(j).entry.amod), true
		j++
	}
	if p.is(j, cWd) && art {
		// "the previous Friday", "le lundi suivant"
		wd := int(p.tok(j).entry.wd)
		j++
		if !hasAmod && p.is(j, cAMod) {
			amod, hasAmod = int(p.tok(j).entry.amod), true
			j++
		}
		if !hasAmod || amod == 0 {
			return hit{}, false
		}
		return hit{i: i, j: j, kind: KindAnaphor, typ: TypeDate, a: dspec{rel: amod, wd: wd, unit: uDay}}, true
	}
	if !p.is(j, cUnit) {
		return hit{}, false
	}
	u := int(p.tok(j).entry.unit)
	j++
	if u > uQuarter {
		return hit{}, false
	}
	if hasAmod && !art && u != uDay {
		// "next week" without an article counts from the document date;
		// "next day", "на следующий день" from the date last spoken of.
		return hit{}, false
	}
	if !dem && !hasAmod {
		switch {
		case p.is(j, cAMod):
			// "l'anno successivo", "el día siguiente"; not "el día
			// siguiente al ataque", counted from an event.
			if p.is(j+1, cTo|cFrom|cLinkDM|cLinkMY|cCueW) {
				return hit{}, false
			}
			amod = int(p.tok(j).entry.amod)
			j++
		case art && (p.is(j, cLater) || p.is(j, cLaterW) && p.endsPhrase(j+1)):
			// "the day before", "il giorno dopo"
			amod = int(p.tok(j).entry.later)
			j++
		default:
			return hit{}, false
		}
	}
	return hit{i: i, j: j, kind: KindAnaphor, typ: TypeDate, a: dspec{rel: amod, unit: u}}, true
}

// hasArticles reports whether the language has articles (all but Russian).
func (l *language) hasArticles() bool { return l.code != "ru" }

// endsPhrase reports whether token i ends a phrase: punctuation or the end.
func (p *parser) endsPhrase(i int) bool {
	return i >= len(p.toks) || p.toks[i].kind == kPunct && p.toks[i].val != '-'
}

// periodRef reads the reporting periods of company results: "the
// year-ago quarter", "year-earlier" (profit), "the year-earlier third
// quarter", "the latest period".
func (p *parser) periodRef(i int) (hit, bool) {
	j := i
	art := p.is(j, cArt)
	if art {
		j++
	}
	// year-ago, year-earlier
	if p.is(j, cUnit) && p.tok(j).entry.unit == uYear && p.dash(j+1) && p.glued(j+1) && p.glued(j+2) &&
		(p.is(j+2, cAgo) && p.tok(j+2).entry.ago < 0 || p.is(j+2, cLater) && p.tok(j+2).entry.later < 0) {
		k := j + 3
		h := hit{i: j, kind: KindPeriod, typ: TypeDate, a: dspec{period: true, rel: -1}}
		switch {
		case p.is(k, cOrd) && p.tok(k).entry.ord >= 1 && p.tok(k).entry.ord <= 4 && p.isUnit(k+1, uQuarter):
			h.a.q, h.a.unit, k = int(p.tok(k).entry.ord), uQuarter, k+2
			h.i = i
		case p.isUnit(k, uQuarter) || p.is(k, cPeriod):
			h.a.unit, k = uQuarter, k+1
			h.i = i
		}
		h.j = k
		return h, true
	}
	// the latest period, this period
	if p.is(j, cMod|cAMod) && p.is(j+1, cPeriod) && (art || p.is(j, cMod)) {
		return hit{i: i, j: j + 2, kind: KindPeriod, typ: TypeDate, a: dspec{period: true, unit: uQuarter}}, true
	}
	return hit{}, false
}

func (p *parser) isUnit(i, u int) bool { return p.is(i, cUnit) && int(p.tok(i).entry.unit) == u }

// yearPeriod reads "the 1988 period", "the 1988 quarter": the reporting
// period spoken of, in that year.
func (p *parser) yearPeriod(i int) (hit, bool) {
	y, j, ok := p.yearAt(i)
	if !ok || j != i+1 || !(p.is(j, cPeriod) || p.isUnit(j, uQuarter)) {
		return hit{}, false
	}
	start := i
	if p.is(i-1, cArt) {
		start = i - 1
	}
	return hit{i: start, j: j + 1, kind: KindPeriod, typ: TypeDate, a: dspec{period: true, y: y, unit: uQuarter}}, true
}

// thisUnit reads a word meaning "this year" ("year-end", "heuer").
func (p *parser) thisUnit(i int) (hit, bool) {
	t := p.tok(i)
	if !t.is(cThisU) {
		return hit{}, false
	}
	return hit{i: i, j: i + 1, kind: KindRelUnit, typ: TypeDate, a: dspec{rel: 0, unit: int(t.entry.unit)}}, true
}

// unitValue is the unit of time that holds t, at that unit's grain: a day,
// the week (Monday to Sunday), a month, a quarter, a year.
func unitValue(t time.Time, unit int) (typ string, from, to value) {
	switch unit {
	case uDay:
		v := value{t, vedetta.GrainDay}
		return TypeDate, v, v
	case uWeek:
		mon := t.AddDate(0, 0, 1-isoWeekday(t))
		return TypeRange, value{mon, vedetta.GrainDay}, value{mon.AddDate(0, 0, 6), vedetta.GrainDay}
	case uMonth:
		v := value{day(t.Year(), int(t.Month()), 1), vedetta.GrainMonth}
		return TypeDate, v, v
	case uQuarter:
		start := day(t.Year(), (int(t.Month())-1)/3*3+1, 1)
		return TypeRange, value{start, vedetta.GrainMonth}, value{start.AddDate(0, 2, 0), vedetta.GrainMonth}
	}
	v := value{day(t.Year(), 1, 1), vedetta.GrainYear}
	return TypeDate, v, v
}

// unitGrain is the grain of a unit's values.
func unitGrain(unit int) vedetta.Grain {
	switch unit {
	case uDay, uWeek:
		return vedetta.GrainDay
	case uMonth, uQuarter:
		return vedetta.GrainMonth
	}
	return vedetta.GrainYear
}

// move shifts t by n units.
func move(t time.Time, n, unit int) time.Time {
	switch unit {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uQuarter:
		return t.AddDate(0, 3*n, 0)
	}
	return t.AddDate(n, 0, 0)
}

// result is a resolved DATE or RANGE.
type result struct {
	typ      string
	from, to value
	coarse   bool
}

func (r result) String() string {
	if r.typ == TypeRange {
		return r.from.String() + "/" + r.to.String()
	}
	return r.from.String()
}

// shiftRef moves a reference by n units. With keep, the result keeps the
// reference's grain and extent ("a year earlier" than a quarter is that
// quarter a year before); else it is the unit that holds the moved date
// ("the following year"), or the reference itself when that is coarser
// than the unit.
func shiftRef(r refDate, n, unit int, keep bool) result {
	if keep || r.from.g < unitGrain(unit) {
		if r.from.g < unitGrain(unit) {
			// "the day after" a year: the year is all that is known.
			n = 0
		}
		from := value{move(r.from.t, n, unit), r.from.g}
		to := value{move(r.to.t, n, unit), r.to.g}
		if from.t.Equal(to.t) && from.g == to.g {
			return result{typ: TypeDate, from: from, to: from, coarse: n == 0}
		}
		return result{typ: TypeRange, from: from, to: to, coarse: n == 0}
	}
	typ, from, to := unitValue(move(r.from.t, n, unit), unit)
	return result{typ: typ, from: from, to: to}
}

// resolvePeriod resolves a reporting period (KindPeriod).
func (a anchor) resolvePeriod(s dspec, ref refDate, hasRef bool) (result, bool) {
	if !hasRef {
		var ok bool
		if ref, ok = a.anchorRef(); !ok && s.y == 0 {
			return result{}, false
		}
	}
	var base refDate
	switch {
	case s.q > 0:
		y := ref.from.t.Year()
		if !ref.set {
			return result{}, false
		}
		f, t, _ := a.quarter(s.q, y)
		base = refDate{from: f, to: t, set: true}
	case hasRef && ref.isQuarter():
		base = ref
		if s.y != 0 {
			base.from.t = day(s.y, int(ref.from.t.Month()), 1)
			base.to.t = day(s.y, int(ref.to.t.Month()), 1)
		}
	case s.y != 0:
		v := value{day(s.y, 1, 1), vedetta.GrainYear}
		return result{typ: TypeDate, from: v, to: v}, true
	case s.unit == uQuarter:
		// No quarter spoken of: the last one completed.
		_, f, t, ok := a.relUnit(-1, uQuarter)
		if !ok {
			return result{}, false
		}
		base = refDate{from: f, to: t, set: true}
		if f.g == vedetta.GrainYear {
			base.to = f
		}
	default:
		v := value{day(ref.from.t.Year(), 1, 1), vedetta.GrainYear}
		base = refDate{from: v, to: v, set: true}
	}
	return shiftRef(base, s.rel, uYear, true), true
}

// weekdayFrom is the weekday wd (1 Monday .. 7 Sunday) nearest before
// (rel < 0) or after (rel > 0) the reference, which must name a day.
func weekdayFrom(r refDate, wd, rel int) result {
	if r.from.g != vedetta.GrainDay {
		return result{typ: TypeDate, from: r.from, to: r.from, coarse: true}
	}
	t := r.from.t
	if rel > 0 {
		t = r.to.t
	}
	for k := 1; k <= 7; k++ {
		c := t.AddDate(0, 0, k*rel)
		if isoWeekday(c) == wd {
			v := value{c, vedetta.GrainDay}
			return result{typ: TypeDate, from: v, to: v}
		}
	}
	return result{}
}
