package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/vedetta/vedetta"
)

// jsonDoc is one JSON line. Only text is required.
type jsonDoc struct {
	ID     json.RawMessage `json:"id"`
	URL    string          `json:"url"`
	Date   string          `json:"date"`
	Title  string          `json:"title"`
	Text   *string         `json:"text"`
	Lang   string          `json:"lang"`
	Source string          `json:"source"`
}

// parseJSONLine decodes one JSON line into a document.
func parseJSONLine(line []byte, opts Options) (vedetta.Document, []string, error) {
	var d vedetta.Document
	text, warns := cleanText(line)
	var j jsonDoc
	dec := json.NewDecoder(strings.NewReader(text))
	if err := dec.Decode(&j); err != nil {
		return d, warns, fmt.Errorf("malformed JSON: %w", err)
	}
	if dec.More() {
		return d, warns, fmt.Errorf("malformed JSON: more than one value on the line")
	}
	if j.Text == nil {
		return d, warns, fmt.Errorf(`missing required field "text"`)
	}
	if strings.TrimSpace(*j.Text) == "" {
		return d, warns, fmt.Errorf(`empty "text"`)
	}
	id, err := jsonID(j.ID)
	if err != nil {
		return d, warns, err
	}
	date := strings.TrimSpace(j.Date)
	if date == "" {
		date = opts.Date
	} else if date, err = normalizeDate(date); err != nil {
		return d, warns, err
	}
	d = vedetta.Document{
		ID: id, URL: strings.TrimSpace(j.URL), Date: date, Title: strings.TrimSpace(j.Title),
		Text: strings.TrimSpace(strings.ReplaceAll(*j.Text, "\r\n", "\n")), Lang: strings.ToLower(strings.TrimSpace(j.Lang)), Source: j.Source,
	}
	if d.Lang == "" {
		d.Lang = opts.Lang
	}
	if d.Title == "" {
		first, _, _ := strings.Cut(d.Text, "\n")
		d.Title = truncate(strings.TrimSpace(first), maxTitle)
	}
	return d, warns, nil
}

// jsonID accepts a string or a number as id.
func jsonID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf(`field "id" must be a string or a number`)
}

// normalizeDate accepts YYYY, YYYY-MM, YYYY-MM-DD and RFC 3339 timestamps
// (whose day is kept).
func normalizeDate(s string) (string, error) {
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	if _, _, err := vedetta.ParseDate(s); err != nil {
		return "", fmt.Errorf(`bad "date": %w`, err)
	}
	return s, nil
}

// readJSONLines emits one item per non-blank line of r.
func readJSONLines(name string, r io.Reader, opts Options, emit func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	max := opts.maxDoc() + 64<<10 // room for the JSON around the text
	lineNo := 0
	for {
		line, tooLong, err := readLine(br, max)
		if len(line) == 0 && !tooLong && errors.Is(err, io.EOF) {
			return nil
		}
		lineNo++
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("%s:%d: %w", name, lineNo, err)
		}
		it := Item{File: name, Line: lineNo}
		switch {
		case tooLong:
			it.Err = fmt.Errorf("line longer than the %d-byte document limit", opts.maxDoc())
		case len(bytes.TrimSpace(line)) == 0:
			if errors.Is(err, io.EOF) {
				return nil
			}
			continue
		default:
			it.Doc, it.Warnings, it.Err = parseJSONLine(line, opts)
			if it.Err == nil && len(it.Doc.Text) > opts.maxDoc() {
				it.Err = fmt.Errorf("document of %d bytes is over the %d-byte limit", len(it.Doc.Text), opts.maxDoc())
			}
			if it.Err == nil {
				Finish(&it.Doc)
			}
		}
		if e := emit(it); e != nil {
			return e
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readLine reads one line without its newline. A line longer than max is
// consumed and reported as tooLong without being kept in memory.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}
