package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/vedetta/vedetta/store"
)

// jsonlWriter writes one JSON value per line.
type jsonlWriter struct {
	b    *bufio.Writer
	enc  *json.Encoder
	conv func(store.EventRecord) any
}

func newJSONLines(w io.Writer, conv func(store.EventRecord) any) *jsonlWriter {
	b := bufio.NewWriter(w)
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{b: b, enc: enc, conv: conv}
}

func newJSONL(w io.Writer) *jsonlWriter {
	return newJSONLines(w, func(r store.EventRecord) any { return r })
}

func (j *jsonlWriter) Write(r store.EventRecord) error { return j.enc.Encode(j.conv(r)) }

func (j *jsonlWriter) Close() error { return j.b.Flush() }
