package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
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
	"github.com/vedetta/vedetta/ingest"
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
}

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
// intervals "A/B", and the TimeML forms YYYY-Qn, YYYY-Hn, YYYY-Wnn and a
// time of day (its date).
func bounds(v string) (first, last time.Time, ok bool) {
	if a, b, found := strings.Cut(v, "/"); found {
		f, _, ok1 := bounds(a)
		_, l, ok2 := bounds(b)
		return f, l, ok1 && ok2 && !l.Before(f)
	}
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	if len(v) >= 7 && v[4] == '-' {
		y, err := strconv.Atoi(v[:4])
		if err == nil {
			switch {
			case len(v) == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4':
				f := time.Date(y, time.Month(3*int(v[6]-'0')-2), 1, 0, 0, 0, 0, time.UTC)
				return f, f.AddDate(0, 3, -1), true
			case len(v) == 7 && v[5] == 'H' && (v[6] == '1' || v[6] == '2'):
				f := time.Date(y, time.Month(6*int(v[6]-'0')-5), 1, 0, 0, 0, 0, time.UTC)
				return f, f.AddDate(0, 6, -1), true
			case len(v) == 8 && v[5] == 'W':
				w, err := strconv.Atoi(v[6:])
				if err != nil || w < 1 || w > 53 {
					return first, last, false
				}
				// ISO week 1 holds 4 January.
				jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
				wd := int(jan4.Weekday()+6) % 7
				f := jan4.AddDate(0, 0, -wd+7*(w-1))
				return f, f.AddDate(0, 0, 6), true
			}
		}
	}
	return vedetta.DateBounds(v)
}

// sameValue reports whether two values cover the same days.
func sameValue(a, b string) bool {
	if a == b {
		return true
	}
	f1, l1, ok1 := bounds(a)
	f2, l2, ok2 := bounds(b)
	return ok1 && ok2 && f1.Equal(f2) && l1.Equal(l2)
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
func (s *DateScore) add(gold []goldSpan, found []timex.Match) {
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
		for _, m := range found {
			o, e := g.meets(m)
			if !o {
				continue
			}
			over = true
			exact = exact || e
			if sameValue(m.Value, g.value) {
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
		}
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
// expressions that overlap a gold TIMEX3 of another type are left out. The
// second score keeps only gold values that name calendar days (not
// PRESENT_REF, PAST_REF, seasons, weekends).
func TimeBank(dir string) (all, calendar DateScore, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return all, calendar, fmt.Errorf("timebank: %w", err)
	}
	if len(files) == 0 {
		return all, calendar, fmt.Errorf("timebank: no .tml files in %s", dir)
	}
	all.Name, calendar.Name = "timebank DATE", "timebank DATE (calendar values)"
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), ".") {
			continue // hidden files (macOS "._" companions)
		}
		fh, err := os.Open(f)
		if err != nil {
			return all, calendar, fmt.Errorf("timebank: %w", err)
		}
		doc, err := ReadTimeML(filepath.Base(f), fh)
		fh.Close()
		if err != nil {
			return all, calendar, fmt.Errorf("timebank: %w", err)
		}
		var found []timex.Match
		for _, m := range timex.Find(doc.Text, "en", doc.DCT, timex.Options{}) {
			if m.Type != timex.TypeDuration {
				found = append(found, m)
			}
		}
		var g1, g2 []goldSpan
		for _, t := range doc.Timexs {
			isDate := t.Type == "DATE"
			_, _, cal := bounds(t.Value)
			g1 = append(g1, span1(t.Start, t.End, t.Value, isDate))
			g2 = append(g2, span1(t.Start, t.End, t.Value, isDate && cal))
		}
		all.add(g1, found)
		calendar.add(g2, found)
	}
	return all, calendar, nil
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
		if timex.IsBareName(text, lang) {
			score("duckling bare weekday/month, news").add(gold, longest(timex.Find(text, lang, DucklingRef, timex.Options{})))
			score("duckling bare weekday/month, future").add(gold, longest(timex.Find(text, lang, DucklingRef, timex.Options{Future: true})))
			continue
		}
		found := longest(timex.Find(text, lang, DucklingRef, timex.Options{}))
		score("duckling other, all").add(gold, found)
		score("duckling other, all, future reading").add(gold, longest(timex.Find(text, lang, DucklingRef, timex.Options{Future: true})))
		score("duckling other, "+lang).add(gold, found)
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

// pageGold is one line of pages-dev/gold.jsonl (the fields read here).
type pageGold struct {
	File    string     `json:"file"`
	Lang    string     `json:"lang"`
	DocDate string     `json:"doc_date"`
	Dates   []PageDate `json:"dates"`
}

// Pages scores the dates of pages-dev: the gold lists explicit dates by
// text and value; every place the text occurs counts as that date. It
// reports all found expressions and the explicit ones alone.
func Pages(dir string) (all, explicit DateScore, err error) {
	all.Name, explicit.Name = "pages-dev, all found", "pages-dev, explicit dates"
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		return all, explicit, fmt.Errorf("pages: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var g pageGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return all, explicit, fmt.Errorf("pages: gold: %w", err)
		}
		doc, err := readPage(filepath.Join(dir, g.File))
		if err != nil {
			return all, explicit, err
		}
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
		all.add(gold, found)
		explicit.add(gold, expl)
	}
	return all, explicit, sc.Err()
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

func readPage(path string) (vedetta.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return vedetta.Document{}, fmt.Errorf("pages: %w", err)
	}
	defer f.Close()
	var doc vedetta.Document
	n := 0
	err = ingest.ReadStream(filepath.Base(path), f, ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		if n == 0 {
			doc = it.Doc
		}
		n++
		return nil
	})
	if err != nil {
		return doc, fmt.Errorf("pages: %s: %w", path, err)
	}
	if n == 0 {
		return doc, fmt.Errorf("pages: %s: no document", path)
	}
	return doc, nil
}
