package timex

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/vedetta/vedetta/internal/lines"
)

//go:embed data/*/lexicon.txt
var dataFS embed.FS

// Word classes of the lexicon. A data line reads "CLASS VALUE FORM...":
//
//	set     KEY VALUE   a grammar setting: order dmy|mdy (numeric dates),
//	                    month_day yes (the "January 6" order), day_dot yes
//	                    ("6. Januar"), bare_month_cue yes (a month name alone
//	                    is a date only after a cue word such as "in"),
//	                    bare_season yes (a season alone is a date: "летом"),
//	                    article_unit yes ("the year", "the week" are this
//	                    year, this week), day_ordinal yes ("on the 19th" is
//	                    a day of the month)
//	month   N           a month name; monthw N a short form that is a month
//	                    only next to a day number or a year
//	wd      N           a weekday (1 Monday .. 7 Sunday); wdw N a short form
//	num     N           a number word; numw N an article read as "one" only
//	                    before a unit ("a week ago")
//	ord     N           an ordinal word ("first")
//	ordsuf  -           an ordinal suffix glued to a number ("1st", "1er")
//	unit    U           a calendar unit: day, week, month, year, quarter, decade,
//	                    weekend, century, half (a half year: "semestre")
//	rel     N           a day relative to the document date (today 0, yesterday -1)
//	mod     N           last (-1), next (1), this (0), before or after a unit,
//	                    weekday or month
//	ago     -1|1        after "N units": ago (-1), hence (1); agopre before them ("il y a");
//	inpre   1           before "N units": in (future)
//	cue     -           a word after which a four-digit number is a year;
//	cuew    -           a weaker one ("de"), not trusted before a lower-case word
//	ysuf    -           a word after a year that marks it ("1992 года")
//	from, to, between, and   the words of ranges
//	linkdm, linkmy      words between day and month ("de", "of") and between
//	                    month and year
//	fut     -           a word that puts a sentence in the future;
//	futsuf  -           an ending of future verbs
//	past    -           a word that puts a clause in the past ("said", "ago");
//	pastsuf -           an ending of past verbs ("ed"): the nearest marker
//	                    of either tense decides
//	holiday MMDD        a feast on a fixed day (Christmas 1225)
//	art     -           an article, skipped between a cue and a year
//	stop    -           a phrase that is not a time expression ("por la mañana")
//	now     -           the time of speech: now, currently (the document date)
//	season  N           a season (1 spring, 2 summer, 3 autumn, 4 winter);
//	                    seasonw N a form that is a season only with a year or
//	                    "last", "this", "next" ("fall")
//	decade  N           a decade word: nineties 90, neunziger 90
//	decpre  -           a word before a decade number ("anni" 90, "années" 1990)
//	decsuf  -           an ending glued to a decade number (1990s, 1990er, 90-е)
//	pmod    -           early, late, mid, end of: kept in the span of the
//	                    expression after it, which keeps its value
//	amod    N           after an article, a unit counted from the date the text
//	                    last spoke of: following (1), previous (-1), same (0)
//	later   N           after "N units": later (1), earlier (-1), counted from
//	                    the date the text last spoke of; laterw N a form
//	                    trusted only before punctuation ("the day before.")
//	dem     -           a demonstrative: "that year" is the year last spoken of
//	anday   N           a day counted from the date last spoken of ("lendemain" 1)
//	period  -           a reporting period: "the latest period", "the 1988 period"
//	ydet    -           a determiner before an attributive year ("his 1996 campaign")
//	thisu   U           a word that means "this U": year-end, heuer
//	daypart -           a part of the day after a day ("Monday morning"),
//	                    kept in the span
//	fy      -           a fiscal year prefix before a year of 2 or 4 digits
//	                    ("FY22", "FY 2022")
//
// FORM is lower case; "_" joins the words of a multi-word form.
const (
	cMonth uint64 = 1 << iota
	cMonthW
	cWd
	cWdW
	cNum
	cNumW
	cOrd
	cOrdSuf
	cUnit
	cRel
	cMod
	cAgo
	cAgoPre
	cInPre
	cCue
	cYSuf
	cFrom
	cTo
	cBetween
	cAnd
	cLinkDM
	cLinkMY
	cFut
	cStop
	cCueW
	cArt
	cHoliday
	cNow
	cSeason
	cSeasonW
	cDecade
	cDecPre
	cDecSuf
	cPMod
	cAMod
	cLater
	cLaterW
	cDem
	cAnDay
	cPeriod
	cYDet
	cThisU
	cPast
	cDayPart
	cFY
)

var classNames = map[string]uint64{
	"month": cMonth, "monthw": cMonthW, "wd": cWd, "wdw": cWdW, "num": cNum, "numw": cNumW,
	"ord": cOrd, "ordsuf": cOrdSuf, "unit": cUnit, "rel": cRel, "mod": cMod, "ago": cAgo,
	"agopre": cAgoPre, "inpre": cInPre, "cue": cCue, "ysuf": cYSuf, "from": cFrom, "to": cTo,
	"between": cBetween, "and": cAnd, "linkdm": cLinkDM, "linkmy": cLinkMY, "fut": cFut, "stop": cStop, "cuew": cCueW, "art": cArt, "holiday": cHoliday,
	"now": cNow, "season": cSeason, "seasonw": cSeasonW, "decade": cDecade, "decpre": cDecPre, "decsuf": cDecSuf, "pmod": cPMod,
	"amod": cAMod, "later": cLater, "laterw": cLaterW, "dem": cDem, "anday": cAnDay, "period": cPeriod, "ydet": cYDet, "thisu": cThisU, "past": cPast, "daypart": cDayPart, "fy": cFY,
}

// Calendar units.
const (
	uDay = iota + 1
	uWeek
	uMonth
	uYear
	uQuarter
	uDecade
	uWeekend
	uCentury
	uHalf
)

var unitNames = map[string]int{"day": uDay, "week": uWeek, "month": uMonth, "year": uYear, "quarter": uQuarter, "decade": uDecade,
	"weekend": uWeekend, "century": uCentury, "half": uHalf}

// entry is what the lexicon knows of one lower-case word or phrase.
type entry struct {
	cls                                           uint64
	month, wd, num, ord, unit, rel, mod, ago, day int16
	season, decade, amod, later, anday            int16
	phrases                                       []phrase // longer forms that start with this word
}

// phrase is a multi-word form: the entries of its words and its own entry.
type phrase struct {
	words []*entry
	e     *entry
}

// language is the lexicon and settings of one language.
type language struct {
	code         string
	words        map[string]*entry
	mdy          bool // numeric dates are month/day/year
	monthDay     bool // "January 6" is a date
	dayDot       bool // "6. Januar"
	bareMonthCue bool // a month alone needs a cue word before it
	bareSeason   bool // a season alone is a date ("летом")
	artUnit      bool // "the year", "the week" are this year, this week
	dayOrdinal   bool // "on the 19th" is a day of the month
	futSuf       []string
	pastSuf      []string
}

var (
	langsOnce sync.Once
	langs     map[string]*language
	langsErr  error
)

// languages loads the embedded lexicons once.
func languages() (map[string]*language, error) {
	langsOnce.Do(func() {
		langs = map[string]*language{}
		dirs, err := dataFS.ReadDir("data")
		if err != nil {
			langsErr = fmt.Errorf("timex data: %w", err)
			return
		}
		for _, d := range dirs {
			b, err := dataFS.ReadFile("data/" + d.Name() + "/lexicon.txt")
			if err != nil {
				langsErr = fmt.Errorf("timex data %s: %w", d.Name(), err)
				return
			}
			l, err := parseLexicon(d.Name(), string(b))
			if err != nil {
				langsErr = fmt.Errorf("timex data %s: %w", d.Name(), err)
				return
			}
			langs[d.Name()] = l
		}
	})
	return langs, langsErr
}

// Languages lists the languages that have a lexicon.
func Languages() []string {
	ls, _ := languages()
	var out []string
	for k := range ls {
		out = append(out, k)
	}
	return out
}

// parseLexicon reads one lexicon file.
func parseLexicon(code, src string) (*language, error) {
	l := &language{code: code, words: map[string]*entry{}}
	err := lines.Each(strings.NewReader(src), func(n int, line string) error {
		f := strings.Fields(line)
		if len(f) < 2 {
			return fmt.Errorf("line %d: want CLASS VALUE FORM...", n)
		}
		if f[0] == "set" {
			if len(f) != 3 {
				return fmt.Errorf("line %d: want set KEY VALUE", n)
			}
			switch f[1] {
			case "order":
				l.mdy = f[2] == "mdy"
			case "month_day":
				l.monthDay = f[2] == "yes"
			case "day_dot":
				l.dayDot = f[2] == "yes"
			case "bare_month_cue":
				l.bareMonthCue = f[2] == "yes"
			case "bare_season":
				l.bareSeason = f[2] == "yes"
			case "article_unit":
				l.artUnit = f[2] == "yes"
			case "day_ordinal":
				l.dayOrdinal = f[2] == "yes"
			default:
				return fmt.Errorf("line %d: unknown setting %q", n, f[1])
			}
			return nil
		}
		if f[0] == "futsuf" {
			l.futSuf = append(l.futSuf, f[2:]...)
			return nil
		}
		if f[0] == "pastsuf" {
			l.pastSuf = append(l.pastSuf, f[2:]...)
			return nil
		}
		c, ok := classNames[f[0]]
		if !ok {
			return fmt.Errorf("line %d: unknown class %q", n, f[0])
		}
		val := 0
		if f[1] != "-" {
			if c == cUnit || c == cThisU {
				if val, ok = unitNames[f[1]]; !ok {
					return fmt.Errorf("line %d: unknown unit %q", n, f[1])
				}
			} else {
				v, err := strconv.Atoi(f[1])
				if err != nil {
					return fmt.Errorf("line %d: value: %w", n, err)
				}
				val = v
			}
		}
		for _, form := range f[2:] {
			l.add(strings.ReplaceAll(form, "_", " "), c, val)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// add gives the class c with value val to a form of one or more words.
func (l *language) add(form string, c uint64, val int) {
	var keys []string
	for _, t := range tokenize(form, nil) {
		keys = append(keys, lowerKey(form[t.s:t.e]))
	}
	if len(keys) == 0 {
		return
	}
	var e *entry
	if len(keys) == 1 {
		e = l.word(keys[0])
	} else {
		ws := make([]*entry, len(keys))
		for i, k := range keys {
			ws[i] = l.word(k)
		}
		first := ws[0]
		for _, p := range first.phrases {
			if samePhrase(p.words, ws) {
				e = p.e
			}
		}
		if e == nil {
			e = &entry{}
			first.phrases = append(first.phrases, phrase{words: ws, e: e})
			// Longest phrases first.
			for i := len(first.phrases) - 1; i > 0 && len(first.phrases[i].words) > len(first.phrases[i-1].words); i-- {
				first.phrases[i], first.phrases[i-1] = first.phrases[i-1], first.phrases[i]
			}
		}
	}
	e.cls |= c
	v := int16(val)
	switch c {
	case cMonth, cMonthW:
		e.month = v
	case cWd, cWdW:
		e.wd = v
	case cNum, cNumW:
		e.num = v
	case cOrd:
		e.ord = v
	case cUnit, cThisU:
		e.unit = v
	case cRel:
		e.rel = v
	case cMod:
		e.mod = v
	case cAgo:
		e.ago = v
	case cHoliday:
		e.month, e.day = int16(val/100), int16(val%100)
	case cSeason, cSeasonW:
		e.season = v
	case cDecade:
		e.decade = v
	case cAMod:
		e.amod = v
	case cLater, cLaterW:
		e.later = v
	case cAnDay:
		e.anday = v
	}
}

func samePhrase(a, b []*entry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (l *language) word(k string) *entry {
	e := l.words[k]
	if e == nil {
		e = &entry{}
		l.words[k] = e
	}
	return e
}

// lowerKey lower-cases a word and maps the typographic apostrophe to '.
func lowerKey(s string) string {
	s = strings.ToLower(s)
	return strings.ReplaceAll(s, "’", "'")
}
