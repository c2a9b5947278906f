package server

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
)

// quadSlug is the CSS name of a quad class ("material-cooperation").
func quadSlug(q string) string {
	n := normQuad(q)
	if n == "" {
		return "none"
	}
	return strings.ReplaceAll(n, " ", "-")
}

// Colours of the quad classes: cooperation green and blue, conflict orange
// and red (the same as in style.css).
var quadColours = map[string]string{
	"verbal cooperation":   "#2f9e44",
	"material cooperation": "#1971c2",
	"verbal conflict":      "#f08c00",
	"material conflict":    "#e03131",
}

// typeColours give each PLOVER type a colour near its quad class's.
var typeColours = map[string]string{
	"AGREE": "#69db7c", "CONSULT": "#2f9e44", "SUPPORT": "#8ce99a", "CONCEDE": "#087f5b",
	"COOPERATE": "#74c0fc", "AID": "#1971c2", "RETREAT": "#4dabf7",
	"REQUEST": "#ffc078", "ACCUSE": "#f08c00", "REJECT": "#e8590c", "THREATEN": "#d9480f",
	"PROTEST": "#ff8787", "SANCTION": "#c2255c", "MOBILIZE": "#f06595", "COERCE": "#a61e4d", "ASSAULT": "#e03131",
}

func keyColour(by, key string) string {
	if by == "mentions" {
		return "#4c6ef5"
	}
	if by == "quad" {
		if c, ok := quadColours[normQuad(key)]; ok {
			return c
		}
	} else if c, ok := typeColours[strings.ToUpper(key)]; ok {
		return c
	}
	return "#868e96"
}

// span is one highlighted stretch of a document's text.
type span struct {
	start, end int
	kind       int // spanEvidence, spanMention, spanDate
	idx        int // event, entity or date index
	mention    int
}

const (
	spanEvidence = iota
	spanMention
	spanDate
)

func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// evidenceSpan is where an event's evidence lies: its own offsets, else its
// sentence.
func evidenceSpan(a *vedetta.Analysis, ev vedetta.Event) (int, int, bool) {
	if validSpan(a.Text, ev.Start, ev.End) {
		return ev.Start, ev.End, true
	}
	if ev.Sentence >= 0 && ev.Sentence < len(a.Sentences) {
		s := a.Sentences[ev.Sentence]
		if validSpan(a.Text, s.Start, s.End) {
			return s.Start, s.End, true
		}
	}
	return 0, 0, false
}

// highlight renders a document's text as HTML with entity mentions (links
// to their pages, coloured by type), dates and event evidence (underlined
// in the colour of the quad class) marked. Overlapping marks nest: evidence
// outside, then the mention, then the date.
func highlight(a *vedetta.Analysis) template.HTML {
	var spans []span
	for i, ev := range a.Events {
		if s, e, ok := evidenceSpan(a, ev); ok {
			spans = append(spans, span{s, e, spanEvidence, i, 0})
		}
	}
	for i, en := range a.Entities {
		for j, m := range en.Mentions {
			if validSpan(a.Text, m.Start, m.End) {
				spans = append(spans, span{m.Start, m.End, spanMention, i, j})
			}
		}
	}
	for i, d := range a.Dates {
		if validSpan(a.Text, d.Start, d.End) {
			spans = append(spans, span{d.Start, d.End, spanDate, i, 0})
		}
	}
	cuts := map[int]bool{0: true, len(a.Text): true}
	for _, s := range spans {
		cuts[s.start], cuts[s.end] = true, true
	}
	bounds := make([]int, 0, len(cuts))
	for c := range cuts {
		bounds = append(bounds, c)
	}
	sort.Ints(bounds)
	// Sweep: spans sorted by start; active ones are those covering the
	// current segment.
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var b strings.Builder
	next := 0
	var active []span
	for k := 0; k+1 < len(bounds); k++ {
		from, to := bounds[k], bounds[k+1]
		kept := active[:0]
		for _, s := range active {
			if s.end > from {
				kept = append(kept, s)
			}
		}
		active = kept
		for next < len(spans) && spans[next].start <= from {
			if spans[next].end > from {
				active = append(active, spans[next])
			}
			next++
		}
		var evs []int
		var men, dat *span
		for i := range active {
			s := &active[i]
			switch s.kind {
			case spanEvidence:
				evs = append(evs, s.idx)
			case spanMention:
				// The shortest mention wins where two overlap.
				if men == nil || s.end-s.start < men.end-men.start {
					men = s
				}
			case spanDate:
				if dat == nil {
					dat = s
				}
			}
		}
		closers := ""
		if len(evs) > 0 {
			sort.Ints(evs)
			ids := make([]string, len(evs))
			for i, e := range evs {
				ids[i] = fmt.Sprint(e)
			}
			ev := a.Events[evs[0]]
			fmt.Fprintf(&b, `<span class="ev q-%s" data-ev="%s" title="%s">`, quadSlug(ev.Quad), strings.Join(ids, " "),
				html.EscapeString(eventLabel(ev)))
			closers = "</span>" + closers
		}
		if men != nil {
			en := a.Entities[men.idx]
			m := en.Mentions[men.mention]
			fmt.Fprintf(&b, `<a class="ent ent-%s" href="/entities/%s" data-entity="%s" title="%s">`,
				html.EscapeString(strings.ToUpper(en.Type)), pathEscape(en.ID), html.EscapeString(en.ID),
				html.EscapeString(fmt.Sprintf("%s · %s · %s (%s)", en.Name, en.Type, en.ID, m.Kind)))
			closers = "</a>" + closers
		}
		if dat != nil {
			d := a.Dates[dat.idx]
			fmt.Fprintf(&b, `<span class="date" data-value="%s" title="%s">`, html.EscapeString(d.Value),
				html.EscapeString(d.Type+" "+d.Value))
			closers = "</span>" + closers
		}
		b.WriteString(html.EscapeString(a.Text[from:to]))
		b.WriteString(closers)
	}
	return template.HTML(b.String())
}

func actorName(a *vedetta.Actor) string {
	if a == nil || (a.ID == "" && a.Name == "") {
		return "—"
	}
	if a.Name != "" {
		return a.Name
	}
	return a.ID
}

func eventLabel(ev vedetta.Event) string {
	t := ev.Type
	if ev.Mode != "" {
		t += " (" + ev.Mode + ")"
	}
	s := fmt.Sprintf("%s: %s → %s", t, actorName(ev.Source), actorName(ev.Target))
	if ev.Date != "" {
		s += ", " + ev.Date
	}
	if flags := ev.Flags(); len(flags) > 0 {
		s += " [" + strings.Join(flags, ", ") + "]"
	}
	return s
}

// Chart geometry.
const (
	chartW      = 960
	chartH      = 240
	chartLeft   = 40
	chartBottom = 28
	chartTop    = 10
)

// niceMax rounds a count up for an axis.
func niceMax(n int) int {
	if n <= 5 {
		return max(n, 1)
	}
	p := math.Pow(10, math.Floor(math.Log10(float64(n))))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if float64(n) <= m*p {
			return int(m * p)
		}
	}
	return n
}

// stackedBars draws labelled columns, each stacked by key.
type column struct {
	label  string
	counts map[string]int
	total  int
}

func stackedBarsSVG(id, title string, cols []column, keys []string, by string) template.HTML {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg id="%s" class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg">`,
		id, chartW, chartH, html.EscapeString(title))
	if len(cols) == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="empty">nothing to chart</text></svg>`, chartW/2-50, chartH/2)
		return template.HTML(b.String())
	}
	top := 0
	for _, c := range cols {
		top = max(top, c.total)
	}
	top = niceMax(top)
	plotW := float64(chartW - chartLeft - 10)
	plotH := float64(chartH - chartBottom - chartTop)
	bw := plotW / float64(len(cols))
	y := func(v int) float64 { return float64(chartTop) + plotH - plotH*float64(v)/float64(top) }
	// Axis and grid.
	for _, t := range []int{0, top / 2, top} {
		fmt.Fprintf(&b, `<line class="grid" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/>`, chartLeft, chartW-10, y(t), y(t))
		fmt.Fprintf(&b, `<text class="tick" x="%d" y="%.1f" text-anchor="end">%d</text>`, chartLeft-4, y(t)+4, t)
	}
	labelEvery := int(math.Ceil(float64(len(cols)) / 12))
	for i, c := range cols {
		x := float64(chartLeft) + float64(i)*bw
		acc := 0
		for _, k := range keys {
			n := c.counts[k]
			if n == 0 {
				continue
			}
			y0, y1 := y(acc+n), y(acc)
			w := math.Min(math.Max(bw*0.84, 0.5), 48)
			fmt.Fprintf(&b, `<rect class="bar" data-key="%s" x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s"><title>%s</title></rect>`,
				html.EscapeString(k), x+(bw-w)/2, y0, w, y1-y0, keyColour(by, k),
				html.EscapeString(fmt.Sprintf("%s · %s: %d", c.label, k, n)))
			acc += n
		}
		if i%labelEvery == 0 {
			fmt.Fprintf(&b, `<text class="tick" x="%.1f" y="%d" text-anchor="middle">%s</text>`, x+bw/2, chartH-chartBottom+16, html.EscapeString(c.label))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

func timelineSVG(tl *store.Timeline) template.HTML {
	cols := make([]column, len(tl.Buckets))
	for i, bk := range tl.Buckets {
		label := bk.Start
		if tl.Interval == store.Month {
			label = bk.Start[:7]
		}
		cols[i] = column{label: label, counts: bk.Counts, total: bk.Total}
	}
	return stackedBarsSVG("timeline", "events per "+string(tl.Interval)+" by "+tl.By, cols, tl.Keys, tl.By)
}

func monthsSVG(months []store.MonthCount) template.HTML {
	var cols []column
	for _, m := range months {
		label := m.Month
		if label == "" {
			label = "undated"
		}
		cols = append(cols, column{label: label, counts: map[string]int{"mentions": m.Mentions}, total: m.Mentions})
	}
	return stackedBarsSVG("mentions-chart", "mentions per month", cols, []string{"mentions"}, "mentions")
}
