package timex

import (
	"fmt"
	"strings"
	"sync"

	"github.com/vedetta/vedetta"
)

// Options tune the resolution.
type Options struct {
	// Future reads bare weekdays and months as the next such day or month
	// (Duckling's convention) rather than the most recent one (news usage).
	Future bool
}

// Match is one time expression with what the grammar knows of it.
type Match struct {
	vedetta.Date
	// Kind is the rule that found it (KindDayMonth, KindWeekday...).
	Kind string
	// Explicit is true for calendar dates written out (6 gennaio 2022,
	// 06/01/2022, gennaio 2022, 6 gennaio, nel 1992), false for
	// expressions relative to the document date and for durations.
	Explicit bool
	// Coarse is true when the value keeps the grain of the document date
	// because the expression is finer than it ("ieri" in a month-dated
	// document).
	Coarse bool
	// Adverbial is true for a year that follows a time preposition ("nel
	// 1992", "in 2021"): it dates its clause, unlike "the 1992 treaty".
	Adverbial bool
}

// Find returns the time expressions of text in language lang, normalised
// against the document date docDate (YYYY, YYYY-MM, YYYY-MM-DD or empty).
// Expressions that need a document date are left out when it is empty. An
// unknown language gets only the numeric forms.
func Find(text, lang, docDate string, opts Options) []Match {
	l := lexicon(lang)
	bp := tokPool.Get().(*[]token)
	p := &parser{l: l, text: text, toks: tokenizeInto(*bp, text, l)}
	defer func() {
		*bp = p.toks[:0]
		tokPool.Put(bp)
	}()
	hits := p.find()
	anc := newAnchor(docDate)
	out := make([]Match, 0, len(hits))
	var ref refs
	for k := range hits {
		m, r, ok := p.match(&hits[k], anc, opts, ref)
		if !ok {
			continue
		}
		out = append(out, m)
		if r.set {
			ref.last = r
			if r.isQuarter() {
				ref.quarter = r
			}
		}
	}
	return out
}

var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

var emptyLang = &language{code: "", words: map[string]*entry{}}

func lexicon(code string) *language {
	ls, err := languages()
	if err != nil {
		panic(err) // the embedded data is checked by the tests
	}
	if l := ls[strings.ToLower(code)]; l != nil {
		return l
	}
	return emptyLang
}

// match resolves one hit against the document date and the date last
// spoken of, and returns the date it speaks of in turn (ref.set false when
// it speaks of none: durations, "now").
func (p *parser) match(h *hit, anc anchor, opts Options, last refs) (Match, refDate, bool) {
	m, ok := p.match1(h, anc, opts, last)
	if !ok {
		return m, refDate{}, false
	}
	if m.Type == TypeDuration {
		return m, refDate{}, true
	}
	// Dates far from ours (a document dated year 0) may fall outside what
	// ISO years of four digits can say: leave them out.
	a, b, isRange := strings.Cut(m.Value, "/")
	if !isRange {
		b = a
	}
	ta, ga, err1 := vedetta.ParseDate(a)
	tb, gb, err2 := vedetta.ParseDate(b)
	if err1 != nil || err2 != nil {
		return m, refDate{}, false
	}
	var r refDate
	if !m.Coarse && isReference(h) {
		r = refDate{from: value{ta, ga}, to: value{tb, gb}, end: m.End, set: true}
	}
	return m, r, true
}

// isReference reports whether an expression names a date that later
// anaphors count from: dates and days named ("6 January", "Tuesday",
// "yesterday", "the third quarter", "the quarter"), not the time of
// speech, "last year", "a year ago" nor dates counted from another
// ("a year earlier", "the year-ago quarter"), which would make chains.
func isReference(h *hit) bool {
	switch h.kind {
	case KindPresent, KindAgo, KindPeriod, KindWeekend, KindDuration:
		return false
	case KindRelUnit:
		return h.a.unit == uQuarter
	case KindAnaphor:
		return !h.a.keep
	}
	return true
}

// setResult writes a resolved DATE or RANGE into m.
func (m *Match) setResult(r result) {
	m.Type, m.Value, m.Grain = r.typ, r.String(), r.from.g.String()
	m.Coarse = m.Coarse || r.coarse
}

// match1 resolves one hit to a Match, against the document date and, for
// anaphors and reporting periods, the dates last spoken of.
func (p *parser) match1(h *hit, anc anchor, opts Options, last refs) (Match, bool) {
	s, e := p.toks[h.i].s, p.toks[h.j-1].e
	m := Match{Date: vedetta.Date{Text: p.text[s:e], Start: s, End: e, Type: h.typ}, Kind: h.kind, Adverbial: h.adverbial}
	tense := 2 // not known yet
	future := func() bool {
		if tense == 2 {
			tense = p.clauseTense(h.i)
		}
		return opts.Future || tense > 0
	}
	switch h.kind {
	case KindDay:
		r, ok := anc.dayOfMonth(h.a.d, future())
		if !ok {
			return m, false
		}
		m.setResult(r)
	case KindPresent:
		if anc.g == vedetta.GrainNone {
			return m, false
		}
		v := anc.coarse()
		m.Value, m.Grain, m.Coarse = v.String(), v.g.String(), true
	case KindSeason:
		r, ok := anc.season(h.a, h.a.y == 0 && !h.a.hasMod && future())
		if !ok {
			return m, false
		}
		m.setResult(r)
		m.Explicit = h.a.y != 0
	case KindWeekend:
		r, ok := anc.weekend(0, false, future())
		if !ok {
			return m, false
		}
		m.setResult(r)
	case KindDecade:
		y0 := h.a.dec
		if h.a.decDigits == 2 {
			switch {
			case anc.g != vedetta.GrainNone:
				y0 += anc.t.Year() / 100 * 100
				if y0 > anc.t.Year() {
					y0 -= 100
				}
			case y0 >= 30:
				y0 += 1900
			default:
				y0 += 2000
			}
		}
		m.setResult(result{typ: TypeRange, from: value{day(y0, 1, 1), vedetta.GrainYear}, to: value{day(y0+9, 1, 1), vedetta.GrainYear}})
		m.Explicit = h.a.decDigits == 4
	case KindCentury:
		y0 := (h.a.cent - 1) * 100
		m.setResult(result{typ: TypeRange, from: value{day(y0, 1, 1), vedetta.GrainYear}, to: value{day(y0+99, 1, 1), vedetta.GrainYear}})
		m.Explicit = true
	case KindAnaphor:
		r, ok := last.last.near(m.Start, refWindow)
		keep := h.a.keep
		if !ok {
			if r, ok = anc.anchorRef(); !ok {
				return m, false
			}
			// From the document date, "a year earlier" is last year.
			keep = false
		}
		if h.a.wd > 0 {
			m.setResult(weekdayFrom(r, h.a.wd, h.a.rel))
			break
		}
		m.setResult(shiftRef(r, h.a.rel, h.a.unit, keep))
	case KindPeriod:
		ref, ok := last.quarter.near(m.Start, periodWindow)
		if !ok {
			ref, ok = last.last.near(m.Start, refWindow)
		}
		r, ok := anc.resolvePeriod(h.a, ref, ok)
		if !ok {
			return m, false
		}
		m.setResult(r)
	case KindNumeric, KindDayMonth, KindMonthYr, KindYear:
		v, ok := anc.resolve(h, h.a, h.a.y == 0 && future())
		if !ok {
			return m, false
		}
		m.Value, m.Grain, m.Explicit = v.String(), v.g.String(), true
	case KindRange:
		a, ok := anc.resolve(h, h.a, h.a.y == 0 && future())
		if !ok {
			return m, false
		}
		b := h.b
		if b.y == 0 && h.a.y == 0 && b.m > 0 {
			// The year of the start, or the next one when the range
			// crosses new year.
			b.y = a.t.Year()
			if b.m < int(a.t.Month()) {
				b.y++
			}
		}
		bv, ok := anc.resolve(h, b, false)
		if !ok {
			return m, false
		}
		m.Value, m.Grain, m.Explicit = a.String()+"/"+bv.String(), a.g.String(), true
	case KindQuarter:
		a, b, ok := anc.quarter(h.a.q, h.a.y)
		if h.a.half {
			a, b, ok = anc.halfYear(h.a.q, h.a.y)
		}
		if !ok {
			return m, false
		}
		m.Value, m.Grain, m.Explicit = a.String()+"/"+b.String(), a.g.String(), h.a.y != 0
	case KindMonth:
		v, ok := anc.resolve(h, h.a, !h.a.hasMod && future())
		if !ok {
			return m, false
		}
		m.Value, m.Grain = v.String(), v.g.String()
	case KindWeekday:
		fut := false
		if !h.a.hasMod && h.a.d == 0 {
			fut = future()
		}
		v, ok := anc.resolve(h, h.a, fut)
		if !ok {
			return m, false
		}
		m.Value, m.Grain, m.Coarse = v.String(), v.g.String(), anc.g != vedetta.GrainDay
	case KindAgo:
		if r, ok := last.quarter.near(m.Start, periodWindow); ok && h.a.agoRef && h.a.unit == uYear && h.a.rel == -1 {
			// "a year ago" after "the third quarter": the comparable quarter.
			m.setResult(shiftRef(r, h.a.rel, uYear, true))
			break
		}
		v, ok := anc.resolve(h, h.a, false)
		if !ok {
			return m, false
		}
		m.Value, m.Grain = v.String(), v.g.String()
		m.Coarse = v.g > anc.g || (v.g == anc.g && h.a.unit < grainUnit(anc.g) && h.a.rel != 0)
	case KindRelDay:
		v, ok := anc.resolve(h, h.a, false)
		if !ok {
			return m, false
		}
		m.Value, m.Grain = v.String(), v.g.String()
		m.Coarse = v.g > anc.g || (v.g == anc.g && h.a.unit < grainUnit(anc.g) && h.a.rel != 0)
	case KindRelUnit:
		typ, a, b, ok := anc.relUnit(h.a.rel, h.a.unit)
		if !ok {
			return m, false
		}
		m.Type = typ
		if typ == TypeRange {
			m.Value = a.String() + "/" + b.String()
		} else {
			m.Value = a.String()
		}
		m.Grain = a.g.String()
		m.Coarse = typ == TypeDate && (h.a.unit == uWeek || h.a.unit == uQuarter || h.a.unit == uWeekend)
	case KindDuration:
		m.Value, m.Grain = duration(h.n, h.unit)
	default:
		return m, false
	}
	return m, true
}

// grainUnit is the unit of a grain.
func grainUnit(g vedetta.Grain) int {
	switch g {
	case vedetta.GrainDay:
		return uDay
	case vedetta.GrainMonth:
		return uMonth
	}
	return uYear
}

// duration writes n units in ISO 8601 (P3D, P2W, P6M, P1Y).
func duration(n, unit int) (string, string) {
	switch unit {
	case uDay:
		return fmt.Sprintf("P%dD", n), "day"
	case uWeek:
		return fmt.Sprintf("P%dW", n), "day"
	case uMonth:
		return fmt.Sprintf("P%dM", n), "month"
	case uQuarter:
		return fmt.Sprintf("P%dM", 3*n), "month"
	case uDecade:
		return fmt.Sprintf("P%dY", 10*n), "year"
	}
	return fmt.Sprintf("P%dY", n), "year"
}

// Stage fills a.Dates and gives every sentence its reference date.
type Stage struct {
	Options Options
}

// Name implements analyze.Stage.
func (Stage) Name() string { return "dates" }

// Analyze implements analyze.Stage. It needs a.Sentences (segment stage)
// for the reference dates; without them it only fills a.Dates.
func (st Stage) Analyze(a *vedetta.Analysis) {
	ms := Find(a.Text, a.Lang, a.Date, st.Options)
	a.Dates = make([]vedetta.Date, 0, len(ms))
	for _, m := range ms {
		a.Dates = append(a.Dates, m.Date)
	}
	RefDates(a.Sentences, ms, a.Date)
}

// RefDates gives every sentence its reference date: its first DATE of day
// grain (else of month grain) that says more than the document date, else
// its first adverbial year when the document date is not in that year
// ("In 2021 Russia attacked ..." in a 2022 document; not "the 1992 treaty"),
// else the document date.
func RefDates(sents []vedetta.Sentence, ms []Match, docDate string) {
	k := 0
	for i := range sents {
		s := &sents[i]
		for k < len(ms) && ms[k].Start < s.Start {
			k++
		}
		ref := ""
		for _, want := range [...]string{"day", "month", "year"} {
			for x := k; x < len(ms) && ms[x].Start < s.End; x++ {
				m := &ms[x]
				if m.Type != TypeDate || m.Grain != want || m.Coarse {
					continue
				}
				if want == "year" && (!m.Adverbial || strings.HasPrefix(docDate, m.Value)) {
					continue // a modifier, or the document date says more
				}
				ref = m.Value
				break
			}
			if ref != "" {
				break
			}
		}
		if ref == "" {
			ref = docDate
		}
		s.RefDate = ref
	}
}

// IsBareName reports whether text is only a weekday or a month name (with
// articles, prepositions and punctuation around it): the expressions whose
// reading, past or future, depends on convention.
func IsBareName(text, lang string) bool {
	l := lexicon(lang)
	names := 0
	for _, t := range tokenize(text, l) {
		switch {
		case t.kind == kPunct:
		case t.is(cWd | cWdW | cMonth | cMonthW):
			names++
		case t.is(cMod|cNum|cOrd|cUnit|cRel) || t.kind == kNum:
			return false
		case t.is(cCue|cCueW|cArt|cFrom|cTo|cInPre) || t.kind == kWord && t.e-t.s <= 3:
			// an article or preposition
		default:
			return false
		}
	}
	return names == 1
}
