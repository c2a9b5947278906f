package timex

import (
	"fmt"
	"time"

	"github.com/vedetta/vedetta"
)

// anchor is the document date at its grain.
type anchor struct {
	t time.Time
	g vedetta.Grain // GrainNone: no document date
}

func newAnchor(s string) anchor {
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	t, g, err := vedetta.ParseDate(s)
	if err != nil {
		return anchor{}
	}
	return anchor{t: t, g: g}
}

// mid is the point of the anchor used to pick the nearest year or month.
func (a anchor) mid() time.Time {
	switch a.g {
	case vedetta.GrainMonth:
		return a.t.AddDate(0, 0, 14)
	case vedetta.GrainYear:
		return a.t.AddDate(0, 6, 0)
	}
	return a.t
}

// value is a resolved date at a grain.
type value struct {
	t time.Time
	g vedetta.Grain
}

func (v value) String() string {
	switch v.g {
	case vedetta.GrainDay:
		return v.t.Format("2006-01-02")
	case vedetta.GrainMonth:
		return v.t.Format("2006-01")
	case vedetta.GrainYear:
		return fmt.Sprintf("%04d", v.t.Year())
	}
	return ""
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return day(y, m+1, 0).Day() }

// coarse is the anchor itself: what a relative expression finer than the
// document date can honestly say.
func (a anchor) coarse() value { return value{a.t, a.g} }

// dayless answers a day-level expression ("the weekend", "on the 19th")
// when the document date has no day: nothing without a date, the date's
// month or year (coarse) otherwise; done is false when the date has a day.
func (a anchor) dayless() (r result, ok, done bool) {
	switch a.g {
	case vedetta.GrainNone:
		return result{}, false, true
	case vedetta.GrainMonth, vedetta.GrainYear:
		v := a.coarse()
		return result{typ: TypeDate, from: v, to: v, coarse: true}, true, true
	}
	return result{}, false, false
}

// futureWindow is how far ahead of the document date a date without a
// year may lie and still be read in the future ("Aug. 4-7" in a paper of
// August 2); further ahead, news means the past occurrence.
const futureWindow = 92 * 24 * time.Hour

// nearestYear picks the year of month m (day d, 0 for none): the last
// occurrence not after the document date, or the next one when it is near
// or the tense is future.
func (a anchor) nearestYear(m, d int, future bool) int {
	ref := a.mid()
	if a.g == vedetta.GrainMonth {
		ref = a.t.AddDate(0, 1, -1) // any day of the month may be the date
	}
	var past, next int
	for _, y := range []int{ref.Year() - 1, ref.Year(), ref.Year() + 1} {
		var t time.Time
		if d > 0 {
			if d > daysIn(y, m) {
				continue
			}
			t = day(y, m, d)
		} else {
			t = day(y, m, 1)
		}
		if !t.After(ref) {
			past = y
		} else if next == 0 {
			next = y
			if t.Sub(ref) <= futureWindow || future {
				return y
			}
		}
	}
	if past == 0 {
		return next
	}
	return past
}

// resolve turns a spec into a value, or reports that the anchor is missing.
func (a anchor) resolve(h *hit, s dspec, future bool) (value, bool) {
	switch h.kind {
	case KindNumeric, KindDayMonth, KindMonthYr, KindYear, KindRange:
		if s.q > 0 {
			return value{}, false
		}
		g := vedetta.GrainYear
		m, d := 1, 1
		if s.m > 0 {
			g, m = vedetta.GrainMonth, s.m
		}
		if s.d > 0 {
			g, d = vedetta.GrainDay, s.d
		}
		y := s.y
		if y == 0 {
			if a.g == vedetta.GrainNone || s.m == 0 {
				return value{}, false
			}
			if a.g == vedetta.GrainYear {
				y = a.t.Year()
			} else {
				y = a.nearestYear(s.m, s.d, future)
			}
		}
		if d > daysIn(y, m) {
			return value{}, false
		}
		return value{day(y, m, d), g}, true
	case KindMonth:
		if a.g == vedetta.GrainNone {
			return value{}, false
		}
		if s.hasYrel {
			return value{day(a.t.Year()+s.yrel, s.m, 1), vedetta.GrainMonth}, true
		}
		if a.g == vedetta.GrainYear {
			return value{day(a.t.Year(), s.m, 1), vedetta.GrainMonth}, true
		}
		cur := day(a.t.Year(), int(a.t.Month()), 1)
		switch {
		case s.hasMod && s.mod < 0:
			t := day(a.t.Year(), s.m, 1)
			if !t.Before(cur) {
				t = t.AddDate(-1, 0, 0)
			}
			return value{t, vedetta.GrainMonth}, true
		case s.hasMod && s.mod > 0:
			t := day(a.t.Year(), s.m, 1)
			if !t.After(cur) {
				t = t.AddDate(1, 0, 0)
			}
			return value{t, vedetta.GrainMonth}, true
		case s.hasMod:
			return value{day(a.t.Year(), s.m, 1), vedetta.GrainMonth}, true
		}
		y := a.nearestYear(s.m, 0, future)
		return value{day(y, s.m, 1), vedetta.GrainMonth}, true
	case KindWeekday:
		if a.g != vedetta.GrainDay {
			if a.g == vedetta.GrainNone {
				return value{}, false
			}
			return a.coarse(), true
		}
		if s.d > 0 {
			// The month near the anchor where day d falls on that weekday.
			for _, dm := range []int{0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6} {
				t0 := day(a.t.Year(), int(a.t.Month())+dm, 1)
				if s.d > daysIn(t0.Year(), int(t0.Month())) {
					continue
				}
				t := day(t0.Year(), int(t0.Month()), s.d)
				if isoWeekday(t) == s.wd {
					return value{t, vedetta.GrainDay}, true
				}
			}
			return value{}, false
		}
		cur := isoWeekday(a.t)
		back := (cur - s.wd + 7) % 7
		fwd := (s.wd - cur + 7) % 7
		var t time.Time
		switch {
		case s.hasMod && s.mod < 0:
			if back == 0 {
				back = 7
			}
			t = a.t.AddDate(0, 0, -back)
		case s.hasMod && s.mod > 0:
			if fwd == 0 {
				fwd = 7
			}
			t = a.t.AddDate(0, 0, fwd)
		case future:
			// "will meet on Tuesday" said on a Tuesday: the next one.
			if fwd == 0 {
				fwd = 7
			}
			t = a.t.AddDate(0, 0, fwd)
		default:
			t = a.t.AddDate(0, 0, -back)
		}
		return value{t, vedetta.GrainDay}, true
	case KindRelDay:
		if a.g != vedetta.GrainDay {
			if a.g == vedetta.GrainNone {
				return value{}, false
			}
			return a.coarse(), true
		}
		return value{a.t.AddDate(0, 0, s.rel), vedetta.GrainDay}, true
	case KindAgo:
		return a.shift(s.rel, s.unit)
	}
	return value{}, false
}

// shift moves the anchor by n units, keeping to the anchor's grain when the
// unit is finer than it.
func (a anchor) shift(n, unit int) (value, bool) {
	if a.g == vedetta.GrainNone {
		return value{}, false
	}
	switch unit {
	case uDay, uWeek:
		if a.g != vedetta.GrainDay {
			return a.coarse(), true
		}
		if unit == uWeek {
			n *= 7
		}
		return value{a.t.AddDate(0, 0, n), vedetta.GrainDay}, true
	case uMonth:
		if a.g == vedetta.GrainYear {
			return a.coarse(), true
		}
		t := day(a.t.Year(), int(a.t.Month())+n, 1)
		return value{t, vedetta.GrainMonth}, true
	case uYear:
		return value{day(a.t.Year()+n, 1, 1), vedetta.GrainYear}, true
	case uQuarter:
		if a.g == vedetta.GrainYear {
			return a.coarse(), true
		}
		t := day(a.t.Year(), int(a.t.Month())+3*n, 1)
		return value{t, vedetta.GrainMonth}, true
	}
	return value{}, false
}

// isoWeekday is 1 for Monday .. 7 for Sunday.
func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// relUnit resolves "last week", "this year", "next month", "this quarter":
// a DATE (month, year) or a RANGE (week, quarter).
func (a anchor) relUnit(rel, unit int) (typ string, from, to value, ok bool) {
	if a.g == vedetta.GrainNone {
		return "", value{}, value{}, false
	}
	switch unit {
	case uWeek:
		if a.g != vedetta.GrainDay {
			return TypeDate, a.coarse(), value{}, true
		}
		mon := a.t.AddDate(0, 0, 1-isoWeekday(a.t)+7*rel)
		return TypeRange, value{mon, vedetta.GrainDay}, value{mon.AddDate(0, 0, 6), vedetta.GrainDay}, true
	case uMonth:
		v, ok := a.shift(rel, uMonth)
		return TypeDate, v, value{}, ok
	case uYear:
		v, ok := a.shift(rel, uYear)
		return TypeDate, v, value{}, ok
	case uWeekend:
		r, ok := a.weekend(rel, true, false)
		return r.typ, r.from, r.to, ok
	case uDecade, uCentury:
		span := 10
		if unit == uCentury {
			span = 100
		}
		y0 := a.t.Year()/span*span + rel*span
		return TypeRange, value{day(y0, 1, 1), vedetta.GrainYear}, value{day(y0+span-1, 1, 1), vedetta.GrainYear}, true
	case uQuarter:
		if a.g == vedetta.GrainYear {
			return TypeDate, a.coarse(), value{}, true
		}
		q := (int(a.t.Month())-1)/3 + rel
		start := day(a.t.Year(), q*3+1, 1)
		return TypeRange, value{start, vedetta.GrainMonth}, value{start.AddDate(0, 2, 0), vedetta.GrainMonth}, true
	}
	return "", value{}, value{}, false
}

// quarter resolves "the third quarter [of 1989]": without a year, the
// quarter of the document's year, or of the year before when it has not
// begun yet.
func (a anchor) quarter(q, y int) (from, to value, ok bool) { return a.yearPart(q, 3, y) }

// yearPart resolves the n-th part of months months of year y (quarters,
// halves); without a year, the part of the document's year, or of the year
// before when it has not begun yet.
func (a anchor) yearPart(n, months, y int) (from, to value, ok bool) {
	first := months*(n-1) + 1
	if y == 0 {
		if a.g == vedetta.GrainNone {
			return value{}, value{}, false
		}
		y = a.t.Year()
		if a.g != vedetta.GrainYear && day(y, first, 1).After(a.t) {
			y--
		}
	}
	start := day(y, first, 1)
	return value{start, vedetta.GrainMonth}, value{start.AddDate(0, months-1, 0), vedetta.GrainMonth}, true
}

// seasonRange is season s (1 spring .. 4 winter) of year y, by months:
// March to May, June to August, September to November, December to
// February of the year after.
func seasonRange(s, y int) result {
	from := day(y, 3*s, 1)
	return result{typ: TypeRange, from: value{from, vedetta.GrainMonth}, to: value{from.AddDate(0, 2, 0), vedetta.GrainMonth}}
}

// season resolves "summer 1989", "this summer", "last winter" and a bare
// "the summer": the last one begun, or with future the one under way or
// the next.
func (a anchor) season(sp dspec, future bool) (result, bool) {
	s := sp.season
	if s < 1 || s > 4 {
		return result{}, false
	}
	if sp.y != 0 {
		return seasonRange(s, sp.y), true
	}
	switch a.g {
	case vedetta.GrainNone:
		return result{}, false
	case vedetta.GrainYear:
		return seasonRange(s, a.t.Year()+sp.mod), true
	}
	d := a.t
	var cur, last, next int // years of the occurrences
	for y := d.Year() - 2; y <= d.Year()+1; y++ {
		r := seasonRange(s, y)
		end := r.to.t.AddDate(0, 1, -1)
		switch {
		case end.Before(d):
			last = y
		case r.from.t.After(d):
			if next == 0 {
				next = y
			}
		default:
			cur = y
		}
	}
	var y int
	switch {
	case sp.hasMod && sp.mod < 0:
		y = last
	case sp.hasMod && sp.mod > 0:
		y = next
	case sp.hasMod:
		y = cur
		if y == 0 {
			y = d.Year()
		}
	case future:
		y = cur
		if y == 0 {
			y = next
		}
	default:
		y = cur
		if y == 0 {
			y = last
		}
	}
	return seasonRange(s, y), true
}

// weekend resolves "this weekend", "last weekend" (rel 0, -1: the weekend
// of this week, of the week before), "next weekend" (the first to begin
// after the document date) and a bare "the weekend": the one just past, or
// the coming one when future; on a Saturday or Sunday, that one.
func (a anchor) weekend(rel int, hasMod, future bool) (result, bool) {
	if r, ok, done := a.dayless(); done {
		return r, ok
	}
	wd := isoWeekday(a.t)
	switch {
	case !hasMod && wd < 6 && !future:
		rel = -1
	case hasMod && rel > 0 && wd < 6:
		// "next weekend" on a weekday: the coming one.
		rel = 0
	}
	sat := a.t.AddDate(0, 0, 6-wd+7*rel)
	return result{typ: TypeRange, from: value{sat, vedetta.GrainDay}, to: value{sat.AddDate(0, 0, 1), vedetta.GrainDay}}, true
}

// halfYear resolves "the first half [of 1990]", "secondo semestre" (see
// yearPart).
func (a anchor) halfYear(n, y int) (from, to value, ok bool) { return a.yearPart(n, 6, y) }

// dayOfMonth resolves a day without a month ("on the 19th"): in the month
// of the document date when it is not after it, else in the month before;
// with future, the next such day.
func (a anchor) dayOfMonth(d int, future bool) (result, bool) {
	if r, ok, done := a.dayless(); done {
		return r, ok
	}
	y, m := a.t.Year(), int(a.t.Month())
	step := -1
	if future {
		step = 1
	}
	for range 3 {
		if d <= daysIn(y, m) {
			t := day(y, m, d)
			if future && !t.Before(a.t) || !future && !t.After(a.t) {
				v := value{t, vedetta.GrainDay}
				return result{typ: TypeDate, from: v, to: v}, true
			}
		}
		t := day(y, m+step, 1)
		y, m = t.Year(), int(t.Month())
	}
	return result{}, false
}
