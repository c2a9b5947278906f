package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync/atomic"
	"unicode"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/fetch"
)

// Item is one document read from an input, or the reason it could not be
// read. Err is set for a document that must not be stored; Warnings for one
// that was repaired.
type Item struct {
	Doc      vedetta.Document
	File     string // path, or "-" for standard input
	Line     int    // line where the document starts (1-based), 0 if unknown
	Warnings []string
	Err      error
}

// Where names the item's place in its input: "file:line" or "file".
func (it Item) Where() string {
	if it.Line > 0 {
		return fmt.Sprintf("%s:%d", it.File, it.Line)
	}
	return it.File
}

// Options tune the readers.
type Options struct {
	// Date is given to documents that have none (plain text without a date
	// line, JSON lines without "date").
	Date string
	// Lang is given to documents that declare none; empty means detect.
	Lang string
	// MaxDocSize is the largest document accepted, in bytes of text.
	MaxDocSize int
	// Consumed, if set, is advanced by the bytes read from files, for
	// progress reports.
	Consumed *atomic.Int64
	// Follow makes feed readers fetch each item's page and extract it as
	// HTML instead of keeping the item's summary.
	Follow bool
	// Fetcher fetches URL inputs and followed pages; nil means
	// fetch.Default().
	Fetcher *fetch.Client
	// Notice, if set, receives remarks about an input that are neither
	// documents nor failures, e.g. how many WARC records were skipped.
	Notice func(where, msg string)
}

func (o Options) fetcher() *fetch.Client {
	if o.Fetcher == nil {
		return fetch.Default()
	}
	return o.Fetcher
}

func (o Options) notice(where, msg string) {
	if o.Notice != nil {
		o.Notice(where, msg)
	}
}

// DefaultMaxDocSize bounds one document: far above any article, low enough
// that a stray dump cannot exhaust memory.
const DefaultMaxDocSize = 8 << 20

func (o Options) maxDoc() int {
	if o.MaxDocSize <= 0 {
		return DefaultMaxDocSize
	}
	return o.MaxDocSize
}

// Finish gives d a stable id when it has none: from its URL, else from its
// normalised text. Re-reading the same document always yields the same id.
func Finish(d *vedetta.Document) {
	if d.ID != "" {
		return
	}
	if d.URL != "" {
		d.ID = "u" + shortHash(strings.TrimRight(strings.ToLower(strings.TrimSpace(d.URL)), "/"))
		return
	}
	d.ID = "t" + shortHash(NormalizeText(d.Text))
}

// NormalizeText folds white space runs to one space and trims the ends, so
// that re-wrapped copies of a text hash alike.
func NormalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ContentHash identifies the stored content of d: equal hashes under one id
// mean an unchanged document.
func ContentHash(d vedetta.Document) string {
	h := sha256.New()
	for _, f := range []string{d.URL, d.Date, d.Title, d.Lang, d.Source, d.Text} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])[:20]
}
