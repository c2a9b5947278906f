package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/vedetta/vedetta/store"
)

// CSVColumns are the columns of the csv format.
var CSVColumns = []string{
	"id", "doc_id", "event_index", "date", "type", "mode", "context", "quad", "quad_code",
	"source_id", "source_name", "source_country", "source_sector",
	"target_id", "target_name", "target_country", "target_sector",
	"location_id", "location_name", "negated", "future", "hypothetical", "confidence",
	"evidence", "evidence_start", "evidence_end", "sentence", "lang", "doc_date", "doc_title", "doc_url",
	"num_articles", "num_sources",
}

type csvWriter struct {
	w      *csv.Writer
	header bool
}

func newCSV(w io.Writer) *csvWriter {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180
	return &csvWriter{w: cw}
}

func (c *csvWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	return c.w.Write(CSVColumns)
}

func (c *csvWriter) Write(r store.EventRecord) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	e := r.Event
	sid, sname, scountry, ssector := actorFields(e.Source)
	tid, tname, tcountry, tsector := actorFields(e.Target)
	var lid, lname string
	if e.Location != nil {
		lid, lname = e.Location.ID, e.Location.Name
	}
	return c.w.Write([]string{
		r.ID, r.DocID, strconv.Itoa(r.Index), e.Date, e.Type, e.Mode, strings.Join(e.Context, ";"), e.Quad, strconv.Itoa(QuadCode(e.Quad)),
		sid, sname, scountry, ssector, tid, tname, tcountry, tsector,
		lid, lname, strconv.FormatBool(e.Negated), strconv.FormatBool(e.Future), strconv.FormatBool(e.Hypothetical),
		strconv.FormatFloat(e.Confidence, 'f', -1, 64),
		e.Evidence, strconv.Itoa(e.Start), strconv.Itoa(e.End), strconv.Itoa(e.Sentence), r.Lang, r.DocDate, r.DocTitle, r.DocURL,
		reach(e.NumArticles), reach(e.NumSources),
	})
}

// Close writes the header when no event came, and flushes.
func (c *csvWriter) Close() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

// BOM is the UTF-8 byte order mark. Written before a CSV file it makes
// Excel read the file as UTF-8 (other tools do without it).
const BOM = "\uFEFF"
