package eval

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze/timex"
)

// DateScore counts how found time expressions meet gold ones. A found
// expression matches a gold one when their spans overlap; it is exact when
// the spans are the same; its value is right when both values cover the same
// days (2022-01 = 2022-01-01/2022-01-31, 1989-Q3 = 1989-07/1989-09).
type DateScore struct {
	Name      string
	Gold      int // gold expressions
	Pred      int // expressions found (those out of scope left out)
	GoldExact int // gold with a found expression of the same span
	GoldOver  int // gold with an overlapping found expression
	PredExact int // found with a gold expression of the same span
	PredOver  int // found overlapping a gold expression
	ValueOK   int // gold whose matching found expression has the right value
	// Errors lists the gold expressions missed or given a wrong value and
	// the found expressions that meet no gold one.
	Errors []DateError
}

// DateError is one scoring error.
type DateError struct {
	Doc   string
	Kind  string // ErrMissed, ErrValue or ErrSpurious
	Class string // the class of the gold value (GoldClass); "" when spurious
	// Gold and GoldValue are the gold expression (not for ErrSpurious).
	Gold, GoldValue string
	// Found and FoundValue are the found expression (not for ErrMissed).
	Found, FoundValue string
	// Context is the text around the expression.
	Context string
}

// Kinds of DateError.
const (
	ErrMissed   = "missed"
	ErrValue    = "value"
	ErrSpurious = "spurious"
)

func dateRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func dateF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// SpanPrecision is the share of found expressions that overlap a gold one
// (exact: of the same span).
func (s DateScore) SpanPrecision(exact bool) float64 {
	if exact {
		return dateRatio(s.PredExact, s.Pred)
	}
	return dateRatio(s.PredOver, s.Pred)
}

// SpanRecall is the share of gold expressions found.
func (s DateScore) SpanRecall(exact bool) float64 {
	if exact {
		return dateRatio(s.GoldExact, s.Gold)
	}
	return dateRatio(s.GoldOver, s.Gold)
}

// ValueAccuracy is the share of found gold expressions with the right value.
func (s DateScore) ValueAccuracy() float64 { return dateRatio(s.ValueOK, s.GoldOver) }

// ValueF1 scores a found expression as right only with the right value:
// precision ValueOK/Pred, recall ValueOK/Gold.
func (s DateScore) ValueF1() float64 {
	return dateF1(dateRatio(s.ValueOK, s.Pred), dateRatio(s.ValueOK, s.Gold))
}

// WriteDateScores prints a table of scores.
func WriteDateScores(w io.Writer, scores []DateScore) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%-34s %5s %5s  %-13s %-13s %6s %6s\n", "set", "gold", "found", "span P ex/ov", "span R ex/ov", "valAcc", "valF1")
	for _, s := range scores {
		fmt.Fprintf(&b, "%-34s %5d %5d  %.3f/%.3f   %.3f/%.3f   %6.3f %6.3f\n", s.Name, s.Gold, s.Pred,
			s.SpanPrecision(true), s.SpanPrecision(false), s.SpanRecall(true), s.SpanRecall(false),
			s.ValueAccuracy(), s.ValueF1())
	}
	_, err := w.Write(b.Bytes())
	return err
}

// bounds is the first and last day a value covers: ISO dates at any grain,
// intervals "A/B", the TimeML forms YYYY-Qn (quarter), YYYY-Hn (half),
// YYYY-Wnn (ISO week), YYYY-Wnn-WE (its weekend), YYYY-SP/SU/FA/WI
// (seasons, by months: March-May, June-August, September-November,
// December-February), YYY (decade), YY (century), a time of day (its
// date), and PRESENT_REF, the speech time: the document creation time dct.
func bounds(v, dct string) (first, last time.Time, ok bool) {
	if a, b, found := strings.Cut(v, "/"); found {
		f, _, ok1 := bounds(a, dct)
		_, l, ok2 := bounds(b, dct)
		return f, l, ok1 && ok2 && !l.Before(f)
	}
	if v == "PRESENT_REF" {
		if dct == "" {
			return first, last, false
		}
		return bounds(dct, "")
	}
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	if len(v) == 3 || len(v) == 2 {
		// A decade (199) or a century (19).
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return first, last, false
		}
		span := 10
		if len(v) == 2 {
			span = 100
		}
		f := time.Date(n*span, 1, 1, 0, 0, 0, 0, time.UTC)
		return f, f.AddDate(span, 0, -1), true
	}
	if len(v) >= 7 && v[4] == '-' {
		y, err := strconv.Atoi(v[:4])
		if err == nil {
			month := func(m int) time.Time { return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }
			switch {
			case len(v) == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4':
				f := month(3*int(v[6]-'0') - 2)
				return f, f.AddDate(0, 3, -1), true
			case len(v) == 7 && v[5] == 'H' && (v[6] == '1' || v[6] == '2'):
				f := month(6*int(v[6]-'0') - 5)
				return f, f.AddDate(0, 6, -1), true
			case len(v) == 7:
				start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[v[5:]]
				if start == 0 {
					break
				}
				f := month(start)
				return f, f.AddDate(0, 3, -1), true
			case len(v) == 8 && v[5] == 'W', len(v) == 11 && v[5] == 'W' && v[8:] == "-WE":
				w, err := strconv.Atoi(v[6:8])
				if err != nil || w < 1 || w > 53 {
					return first, last, false
				}
				// ISO week 1 holds 4 January.
				jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
				wd := int(jan4.Weekday()+6) % 7
				f := jan4.AddDate(0, 0, -wd+7*(w-1))
				if len(v) == 11 {
					return f.AddDate(0, 0, 5), f.AddDate(0, 0, 6), true
				}
				return f, f.AddDate(0, 0, 6), true
			}
		}
	}
	return vedetta.DateBounds(v)
}

// GoldClass names the kind of a TimeML value: day, month, year, quarter,
// half, week, weekend, season, decade, century, PRESENT_REF, PAST_REF,
// FUTURE_REF, or other (undated and fuzzy values, XXXX-...).
func GoldClass(v string) string {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return v
	}
	if strings.Contains(v, "/") {
		return "interval"
	}
	if _, _, ok := bounds(v, ""); !ok {
		return "other"
	}
	if len(v) > 10 && v[10] == 'T' {
		return "day"
	}
	switch {
	case len(v) == 2:
		return "century"
	case len(v) == 3:
		return "decade"
	case len(v) == 4:
		return "year"
	case len(v) == 7 && v[5] == 'Q':
		return "quarter"
	case len(v) == 7 && v[5] == 'H':
		return "half"
	case len(v) == 7 && v[5] >= 'A' && v[5] <= 'Z':
		return "season"
	case len(v) == 7:
		return "month"
	case len(v) == 8:
		return "week"
	case len(v) == 11 && v[5] == 'W':
		return "weekend"
	}
	return "day"
}

// calendarClass reports whether a gold class names calendar days by
// itself, without the document date.
func calendarClass(c string) bool {
	switch c {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF", "other":
		return false
	}
	return true
}

// sameValue reports whether a found value covers the same days as a gold
// one; dct is the document creation time, the value of PRESENT_REF.
func sameValue(found, gold, dct string) bool {
	if found == gold {
		return true
	}
	f1, l1, ok1 := bounds(found, "")
	f2, l2, ok2 := bounds(gold, dct)
	return ok1 && ok2 && f1.Equal(f2) && l1.Equal(l2)
}

// scoreDoc is the text being scored, for the error list.
type scoreDoc struct {
	name, text, dct string
}

// context is the text around [s, e), on one line.
func (d *scoreDoc) context(s, e int) string {
	a, b := s-50, e+50
	if a < 0 {
		a = 0
	}
	if b > len(d.text) {
		b = len(d.text)
	}
	for a > 0 && a < len(d.text) && d.text[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(d.text) && d.text[b]&0xC0 == 0x80 {
		b++
	}
	c := d.text[a:s] + "[" + d.text[s:e] + "]" + d.text[e:b]
	return strings.Join(strings.Fields(c), " ")
}

// goldSpan is a gold expression at one or more places of a text.
type goldSpan struct {
	spans  [][2]int
	value  string
	scored bool // in the scored set (else out of scope: found expressions over it are ignored)
}

func span1(start, end int, value string, scored bool) goldSpan {
	return goldSpan{spans: [][2]int{{start, end}}, value: value, scored: scored}
}

// meets reports whether m overlaps a place of g, and whether it has its span.
func (g goldSpan) meets(m timex.Match) (over, exact bool) {
	for _, sp := range g.spans {
		if m.Start < sp[1] && sp[0] < m.End {
			over = true
			if m.Start == sp[0] && m.End == sp[1] {
				exact = true
			}
		}
	}
	return over, exact
}

// add scores the found expressions of one text against its gold.
func (s *DateScore) add(doc *scoreDoc, gold []goldSpan, found []timex.Match) {
	for _, m := range found {
		over, exact, outOfScope := false, false, false
		for _, g := range gold {
			o, e := g.meets(m)
			if !o {
				continue
			}
			if !g.scored {
				outOfScope = true
				continue
			}
			over = true
			exact = exact || e
		}
		if !over && outOfScope {
			continue
		}
		s.Pred++
		if over {
			s.PredOver++
		} else {
			s.Errors = append(s.Errors, DateError{Doc: doc.name, Kind: ErrSpurious, Found: m.Text, FoundValue: m.Value, Context: doc.context(m.Start, m.End)})
		}
		if exact {
			s.PredExact++
		}
	}
	for _, g := range gold {
		if !g.scored {
			continue
		}
		s.Gold++
		over, exact, ok := false, false, false
		var met *timex.Match
		for k := range found {
			m := &found[k]
			o, e := g.meets(*m)
			if !o {
				continue
			}
			over = true
			exact = exact || e
			if met == nil {
				met = m
			}
			if sameValue(m.Value, g.value, doc.dct) {
				ok = true
			}
		}
		if over {
			s.GoldOver++
		}
		if exact {
			s.GoldExact++
		}
		if ok {
			s.ValueOK++
			continue
		}
		e := DateError{Doc: doc.name, Kind: ErrMissed, Class: GoldClass(g.value), GoldValue: g.value}
		if len(g.spans) > 0 {
			sp := g.spans[0]
			e.Gold, e.Context = doc.text[sp[0]:sp[1]], doc.context(sp[0], sp[1])
		}
		if met != nil {
			e.Kind, e.Found, e.FoundValue = ErrValue, met.Text, met.Value
		}
		s.Errors = append(s.Errors, e)
	}
}

// TimeBankDoc is one TimeML document: its text, creation time and TIMEX3
// expressions.
type TimeBankDoc struct {
	Name   string
	DCT    string
	Text   string
	Timexs []TimeBankTimex
}

// TimeBankTimex is one TIMEX3 of the text.
type TimeBankTimex struct {
	Start, End  int
	Type, Value string
}

// ReadTimeML reads a TimeML (.tml) document.
func ReadTimeML(name string, r io.Reader) (*TimeBankDoc, error) {
	doc := &TimeBankDoc{Name: name}
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var text strings.Builder
	inText, inDCT := false, false
	var open []int // indexes in doc.Timexs of open TIMEX3 elements (-1 outside TEXT)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				attr := map[string]string{}
				for _, a := range t.Attr {
					attr[a.Name.Local] = a.Value
				}
				if inDCT || attr["functionInDocument"] == "CREATION_TIME" && doc.DCT == "" {
					doc.DCT = attr["value"]
				}
				if inText {
					doc.Timexs = append(doc.Timexs, TimeBankTimex{Start: text.Len(), Type: attr["type"], Value: attr["value"]})
					open = append(open, len(doc.Timexs)-1)
				} else {
					open = append(open, -1)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if n := len(open); n > 0 {
					if k := open[n-1]; k >= 0 {
						doc.Timexs[k].End = text.Len()
					}
					open = open[:n-1]
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	if doc.DCT == "" {
		return nil, fmt.Errorf("%s: no document creation time", name)
	}
	if len(doc.DCT) > 10 {
		doc.DCT = doc.DCT[:10]
	}
	doc.Text = text.String()
	return doc, nil
}

// TimeBank scores the English grammar on the TIMEX3 of type DATE of every
// .tml file in dir, each against its creation time. Found durations and
// expressions that overlap a gold TIMEX3 of another type are left out. It
// returns three scores: over all gold DATEs; over all but PAST_REF and
// FUTURE_REF ("recently", "in the future", which name no day and which the
// grammar leaves out); and over the gold values that name calendar days by
// themselves (not PRESENT_REF, PAST_REF, FUTURE_REF nor undated values such
// as XXXX-WXX). PRESENT_REF counts as the creation time.
func TimeBank(dir string) ([]DateScore, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, fmt.Errorf("timebank: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("timebank: no .tml files in %s", dir)
	}
	all := DateScore{Name: "timebank DATE, all"}
	noRef := DateScore{Name: "timebank DATE, no PAST/FUTURE_REF"}
	cal := DateScore{Name: "timebank DATE, calendar values"}
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), ".") {
			continue // hidden files (macOS "._" companions)
		}
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("timebank: %w", err)
		}
		doc, err := ReadTimeML(filepath.Base(f), fh)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("timebank: %w", err)
		}
		var found []timex.Match
		for _, m := range timex.Find(doc.Text, "en", doc.DCT, timex.Options{}) {
			if m.Type != timex.TypeDuration {
				found = append(found, m)
			}
		}
		var g1, g2, g3 []goldSpan
		for _, t := range doc.Timexs {
			isDate := t.Type == "DATE"
			c := GoldClass(t.Value)
			g1 = append(g1, span1(t.Start, t.End, t.Value, isDate))
			g2 = append(g2, span1(t.Start, t.End, t.Value, isDate && c != "PAST_REF" && c != "FUTURE_REF"))
			g3 = append(g3, span1(t.Start, t.End, t.Value, isDate && calendarClass(c)))
		}
		sd := &scoreDoc{name: doc.Name, text: doc.Text, dct: doc.DCT}
		all.add(sd, g1, found)
		noRef.add(sd, g2, found)
		cal.add(sd, g3, found)
	}
	return []DateScore{all, noRef, cal}, nil
}

// DucklingRef is the reference time of the Duckling examples.
const DucklingRef = "2013-02-12"

// Duckling scores the examples of a Duckling TSV file (lang, text, value,
// grain), each a whole expression, at the reference date. Bare weekdays
// and months, which Duckling reads as future and news as past, are scored
// apart, with the news reading and with Options.Future; the others are
// scored per language and for all, and for all with Options.Future too
// (Duckling also reads "5 juillet" in February as the coming July).
func Duckling(path string) ([]DateScore, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("duckling: %w", err)
	}
	defer f.Close()
	byName := map[string]*DateScore{}
	var names []string
	score := func(name string) *DateScore {
		if s := byName[name]; s != nil {
			return s
		}
		s := &DateScore{Name: name}
		byName[name] = s
		names = append(names, name)
		return s
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) < 3 {
			return nil, fmt.Errorf("duckling: bad line %q", line)
		}
		lang, text, val := p[0], p[1], p[2]
		gold := []goldSpan{span1(0, len(text), val, true)}
		sd := &scoreDoc{name: lang, text: text, dct: DucklingRef}
		if timex.IsBareName(text, lang) {
			score("duckling bare weekday/month, news").add(sd, gold, longest(timex.Find(text, lang, DucklingRef, timex.Options{})))
			score("duckling bare weekday/month, future").add(sd, gold, longest(timex.Find(text, lang, DucklingRef, timex.Options{Future: true})))
			continue
		}
		found := longest(timex.Find(text, lang, DucklingRef, timex.Options{}))
		score("duckling other, all").add(sd, gold, found)
		score("duckling other, all, future reading").add(sd, gold, longest(timex.Find(text, lang, DucklingRef, timex.Options{Future: true})))
		score("duckling other, "+lang).add(sd, gold, found)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("duckling: %w", err)
	}
	sort.SliceStable(names, func(i, j int) bool { return names[i] < names[j] })
	out := make([]DateScore, 0, len(names))
	for _, n := range names {
		out = append(out, *byName[n])
	}
	return out, nil
}

// longest keeps the longest expression: an example is one expression.
func longest(ms []timex.Match) []timex.Match {
	if len(ms) <= 1 {
		return ms
	}
	best := ms[0]
	for _, m := range ms[1:] {
		if m.End-m.Start > best.End-best.Start {
			best = m
		}
	}
	return []timex.Match{best}
}

// Pages scores the dates of pages-dev: the gold lists explicit dates by
// text and value; every place the text occurs counts as that date. It
// reports all found expressions and the explicit ones alone.
func Pages(dir string) (all, explicit DateScore, err error) {
	all.Name, explicit.Name = "pages-dev, all found", "pages-dev, explicit dates"
	pages, err := LoadPages(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		return all, explicit, fmt.Errorf("pages: %w", err)
	}
	for _, p := range pages {
		g, doc := p.Gold, p.Doc
		lang := g.Lang
		if lang == "" {
			lang = doc.Lang
		}
		found := timex.Find(doc.Text, lang, doc.Date, timex.Options{})
		var expl []timex.Match
		for _, m := range found {
			if m.Explicit {
				expl = append(expl, m)
			}
		}
		gold := pageGoldSpans(doc.Text, g.Dates)
		sd := &scoreDoc{name: g.File, text: doc.Text, dct: doc.Date}
		all.add(sd, gold, found)
		explicit.add(sd, gold, expl)
	}
	return all, explicit, nil
}

// PageDate is a gold date of a page, given by its text.
type PageDate struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// pageGoldSpans places gold dates given by text: every occurrence of the
// text is a place of the date, which is scored once.
func pageGoldSpans(text string, dates []PageDate) []goldSpan {
	var out []goldSpan
	for _, d := range dates {
		g := goldSpan{value: d.Value, scored: true}
		for from := 0; d.Text != ""; {
			k := strings.Index(text[from:], d.Text)
			if k < 0 {
				break
			}
			s := from + k
			g.spans = append(g.spans, [2]int{s, s + len(d.Text)})
			from = s + len(d.Text)
		}
		out = append(out, g) // with no place: a miss all the same
	}
	return out
}

// WriteDateErrors prints the errors of a score: their counts by kind and
// gold class, then up to n examples of each kind and class.
func WriteDateErrors(w io.Writer, s DateScore, n int) error {
	type key struct{ kind, class string }
	count := map[key]int{}
	var keys []key
	for _, e := range s.Errors {
		k := key{e.Kind, e.Class}
		if count[k] == 0 {
			keys = append(keys, k)
		}
		count[k]++
	}
	order := map[string]int{ErrMissed: 0, ErrValue: 1, ErrSpurious: 2}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].kind != keys[j].kind {
			return order[keys[i].kind] < order[keys[j].kind]
		}
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return keys[i].class < keys[j].class
	})
	var b bytes.Buffer
	fmt.Fprintf(&b, "errors of %s (%d):\n", s.Name, len(s.Errors))
	for _, k := range keys {
		fmt.Fprintf(&b, "  %-9s %-12s %5d\n", k.kind, k.class, count[k])
	}
	for _, k := range keys {
		fmt.Fprintf(&b, "\n%s %s:\n", k.kind, k.class)
		shown := 0
		for _, e := range s.Errors {
			if e.Kind != k.kind || e.Class != k.class {
				continue
			}
			if shown == n {
				break
			}
			shown++
			switch e.Kind {
			case ErrMissed:
				fmt.Fprintf(&b, "  %-28s gold %q=%s  | %s\n", e.Doc, e.Gold, e.GoldValue, e.Context)
			case ErrValue:
				fmt.Fprintf(&b, "  %-28s gold %q=%s found %q=%s  | %s\n", e.Doc, e.Gold, e.GoldValue, e.Found, e.FoundValue, e.Context)
			default:
				fmt.Fprintf(&b, "  %-28s found %q=%s  | %s\n", e.Doc, e.Found, e.FoundValue, e.Context)
			}
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}
