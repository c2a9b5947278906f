package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/vedetta/vedetta/store"
)

// GDELTColumns are the columns of the gdelt format: GDELT 2.0 event-table
// names in GDELT's order, then ours (from DatePrecision on).
var GDELTColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
	"EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"NumMentions", "NumSources", "NumArticles",
	"ActionGeo_FullName", "SOURCEURL",
	// Ours.
	"DatePrecision", "Actor1ID", "Actor2ID", "Negated", "Future", "Hypothetical", "Confidence", "Lang",
}

type gdeltWriter struct {
	b      *bufio.Writer
	header bool
}

func newGDELT(w io.Writer) *gdeltWriter { return &gdeltWriter{b: bufio.NewWriter(w)} }

var tsvClean = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")

func (g *gdeltWriter) row(fields []string) error {
	for i, f := range fields {
		if i > 0 {
			g.b.WriteByte('\t')
		}
		g.b.WriteString(tsvClean.Replace(f))
	}
	return g.b.WriteByte('\n')
}

func (g *gdeltWriter) writeHeader() error {
	if g.header {
		return nil
	}
	g.header = true
	return g.row(GDELTColumns)
}

// cameoCode is the CAMEO-style actor code: country then sector.
func cameoCode(country, sector string) string { return country + sector }

func boolFlag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func (g *gdeltWriter) Write(r store.EventRecord) error {
	if err := g.writeHeader(); err != nil {
		return err
	}
	e := r.Event
	var day, monthYear, year, fraction, precision string
	if t, gr, ok := eventDay(r); ok {
		day, monthYear, year = t.Format("20060102"), t.Format("200601"), t.Format("2006")
		fraction = fmt.Sprintf("%.4f", float64(t.Year())+float64(t.YearDay()-1)/365)
		precision = gr.String()
	}
	s1id, s1name, s1country, s1sector := actorFields(e.Source)
	s2id, s2name, s2country, s2sector := actorFields(e.Target)
	code := e.Type
	if e.Mode != "" {
		code += "." + e.Mode
	}
	var place string
	if e.Location != nil {
		place = e.Location.Name
	}
	src := r.DocURL
	if src == "" {
		src = "vedetta:" + r.DocID
	}
	quad := ""
	if q := QuadCode(e.Quad); q > 0 {
		quad = strconv.Itoa(q)
	}
	return g.row([]string{
		r.ID, day, monthYear, year, fraction,
		cameoCode(s1country, s1sector), s1name, s1country, s1sector,
		cameoCode(s2country, s2sector), s2name, s2country, s2sector,
		code, e.Type, e.Type, quad,
		reach(e.NumArticles), reach(e.NumSources), reach(e.NumArticles),
		place, src,
		precision, s1id, s2id, boolFlag(e.Negated), boolFlag(e.Future), boolFlag(e.Hypothetical),
		strconv.FormatFloat(e.Confidence, 'f', -1, 64), r.Lang,
	})
}

func (g *gdeltWriter) Close() error {
	if err := g.writeHeader(); err != nil {
		return err
	}
	return g.b.Flush()
}

// reach is a count of articles or sources: the store's where known, else 1
// (the one document the event was coded from).
func reach(n int) string {
	if n < 1 {
		n = 1
	}
	return strconv.Itoa(n)
}
