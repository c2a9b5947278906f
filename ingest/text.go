package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/vedetta/vedetta"
)

// dateLine matches the first line of the dated plain-text form: optional
// blanks, "date", a date token, then optionally the title.
var dateLine = regexp.MustCompile(`^[ \t]*(?i:date)[ \t]+([0-9][^ \t\n]*)[ \t]*(.*)$`)

// maxTitle bounds a title taken from the first line of a text.
const maxTitle = 300

// cleanText turns raw bytes into text: the BOM is dropped, line ends become
// "\n", and invalid UTF-8 is repaired, with a warning.
func cleanText(raw []byte) (string, []string) {
	var warns []string
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(raw) {
		bad := countInvalid(raw)
		warns = append(warns, fmt.Sprintf("invalid UTF-8: %d bad byte sequence(s) replaced with U+FFFD", bad))
		raw = bytes.ToValidUTF8(raw, []byte("\uFFFD"))
	}
	s := string(raw)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, warns
}

func countInvalid(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			n++
		}
		b = b[size:]
	}
	return n
}

// looksBinary reports whether the start of a file is not text: a NUL byte,
// or many control characters.
func looksBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return len(head) > 0 && ctrl*10 > len(head)
}

// parseText reads one document in the dated plain-text form, or plain text
// without a date line. It returns an error for an empty text or a date line
// whose date does not parse.
func parseText(s string, opts Options) (vedetta.Document, error) {
	var d vedetta.Document
	body := strings.TrimLeft(s, " \t\n\f\v")
	if body == "" {
		return d, fmt.Errorf("empty document")
	}
	first, rest, _ := strings.Cut(body, "\n")
	if m := dateLine.FindStringSubmatch(first); m != nil {
		if _, _, err := vedetta.ParseDate(m[1]); err != nil {
			return d, fmt.Errorf("unparsable date line %q: %w", truncate(first, 80), err)
		}
		d.Date = m[1]
		body = strings.TrimSpace(m[2] + "\n" + rest)
		if body == "" {
			return d, fmt.Errorf("date line but no text")
		}
	} else {
		d.Date = opts.Date
		body = strings.TrimSpace(body)
	}
	title, _, _ := strings.Cut(body, "\n")
	d.Title = truncate(strings.TrimSpace(title), maxTitle)
	d.Text = body
	d.Lang = opts.Lang
	return d, nil
}

// truncate cuts s to at most n bytes on a rune boundary, adding "…".
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
