package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
)

// EventWriter writes events one at a time. Close flushes what is buffered
// and writes any trailer; it does not close the underlying writer.
type EventWriter interface {
	Write(r store.EventRecord) error
	Close() error
}

// EventFormats are the names NewEventWriter knows.
var EventFormats = []string{"csv", "jsonl", "plover", "gdelt"}

// NewEventWriter returns a writer of events in format (see the package
// documentation).
func NewEventWriter(format string, w io.Writer) (EventWriter, error) {
	switch format {
	case "csv":
		return newCSV(w), nil
	case "jsonl":
		return newJSONL(w), nil
	case "plover":
		return newPLOVER(w), nil
	case "gdelt":
		return newGDELT(w), nil
	}
	return nil, fmt.Errorf("unknown format %q: want one of %s", format, strings.Join(EventFormats, ", "))
}

// ContentType is the media type of a format, for HTTP.
func ContentType(format string) string {
	switch format {
	case "csv":
		return "text/csv; charset=utf-8; header=present"
	case "jsonl", "plover":
		return "application/x-ndjson"
	case "gdelt":
		return "text/tab-separated-values; charset=utf-8"
	case "graphml":
		return "application/graphml+xml"
	}
	return "application/octet-stream"
}

// Extension is the usual file extension of a format.
func Extension(format string) string {
	switch format {
	case "csv":
		return ".csv"
	case "jsonl":
		return ".jsonl"
	case "plover":
		return ".plover.jsonl"
	case "gdelt":
		return ".tsv"
	case "graphml":
		return ".graphml"
	}
	return ""
}

// QuadCode is the PLOVER (and GDELT) number of a quad class in any
// spelling: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
// 4 material conflict; 0 when unknown.
func QuadCode(quad string) int {
	q := strings.Join(strings.Fields(strings.NewReplacer("_", " ", "-", " ").Replace(strings.ToLower(quad))), " ")
	switch q {
	case "verbal cooperation":
		return 1
	case "material cooperation":
		return 2
	case "verbal conflict":
		return 3
	case "material conflict":
		return 4
	}
	return 0
}

// eventDay gives the first day of an event's date (its own, else its
// document's) and the grain it was known to; ok is false for an undated
// event.
func eventDay(r store.EventRecord) (day time.Time, grain vedetta.Grain, ok bool) {
	for _, d := range []string{r.Event.Date, r.DocDate} {
		if t, g, err := vedetta.ParseDate(d); err == nil {
			return t, g, true
		}
	}
	return time.Time{}, vedetta.GrainNone, false
}

func actorFields(a *vedetta.Actor) (id, name, country, sector string) {
	if a == nil {
		return
	}
	return a.ID, a.Name, a.Country, a.Sector
}
