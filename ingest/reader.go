package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/vedetta/vedetta/fetch"
)

// Format is one input format: Sniff decides from the file name and its first
// bytes whether the format applies, Read emits its documents.
type Format struct {
	Name  string
	Sniff func(name string, head []byte) bool
	Read  func(name string, r io.Reader, opts Options, emit func(Item) error) error
	// Binary formats are sniffed before inputs that do not look like text
	// are refused.
	Binary bool
}

// sniffSize is how much of a file the formats look at.
const sniffSize = 8 << 10

// Formats are tried in order; the last one (text) accepts anything.
var Formats = []Format{
	{Name: "warc", Sniff: sniffWARC, Read: readWARC, Binary: true},
	{Name: "feed", Sniff: sniffFeed, Read: readFeed},
	{Name: "html", Sniff: sniffHTML, Read: readHTML},
	{Name: "jsonl", Sniff: sniffJSONL, Read: readJSONLines},
	{Name: "text", Sniff: func(string, []byte) bool { return true }, Read: readText},
}

func sniffJSONL(name string, head []byte) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".jsonl" || ext == ".ndjson" {
		return true
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(t) > 0 && t[0] == '{'
}

// readText reads a whole file as one document.
func readText(name string, r io.Reader, opts Options, emit func(Item) error) error {
	it := Item{File: name, Line: 1}
	raw, err := io.ReadAll(io.LimitReader(r, int64(opts.maxDoc())+1))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(raw) > opts.maxDoc() {
		n, _ := io.Copy(io.Discard, r)
		it.Err = fmt.Errorf("document of %d bytes is over the %d-byte limit", int64(len(raw))+n, opts.maxDoc())
		return emit(it)
	}
	text, warns := cleanText(raw)
	it.Warnings = warns
	it.Doc, it.Err = parseText(text, opts)
	if it.Err == nil {
		Finish(&it.Doc)
	}
	return emit(it)
}

// ReadStream reads one input (a file's content or standard input) named
// name, detects its format and emits its documents. An empty or binary input
// is emitted as one failed item.
func ReadStream(name string, r io.Reader, opts Options, emit func(Item) error) error {
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return emit(Item{File: name, Err: fmt.Errorf("read: %w", err)})
	}
	if len(bytes.TrimSpace(head)) == 0 {
		if len(head) == 0 {
			return emit(Item{File: name, Err: errors.New("empty file")})
		}
		return emit(Item{File: name, Err: errors.New("file holds only white space")})
	}
	for _, f := range Formats {
		if f.Binary && f.Sniff(name, head) {
			return f.Read(name, br, opts, emit)
		}
	}
	if looksBinary(head) {
		return emit(Item{File: name, Err: errors.New("binary file, not text (NUL or control bytes in the first 8 KB)")})
	}
	for _, f := range Formats {
		if !f.Binary && f.Sniff(name, head) {
			return f.Read(name, br, opts, emit)
		}
	}
	return emit(Item{File: name, Err: errors.New("unknown format")})
}

// Read reads every path: "-" is standard input, an http:// or https:// URL
// is fetched (with opts.Fetcher), a folder is walked recursively (hidden
// files and folders skipped, in lexical order). Problems
// with one document or file are emitted as failed items; the error returned
// is only one from emit, which stops the reading.
func Read(paths []string, stdin io.Reader, opts Options, emit func(Item) error) error {
	for _, p := range paths {
		if p == "-" {
			if err := ReadStream("-", stdin, opts, emit); err != nil {
				return err
			}
			continue
		}
		if fetch.IsURL(p) {
			if err := readURL(p, opts, emit); err != nil {
				return err
			}
			continue
		}
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return emit(Item{File: path, Err: err})
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			return readFile(path, opts, emit)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func readFile(path string, opts Options, emit func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{File: path, Err: err})
	}
	defer f.Close()
	var r io.Reader = f
	if opts.Consumed != nil {
		r = &countingReader{r: f, n: opts.Consumed}
	}
	return ReadStream(path, r, opts, emit)
}

// readURL fetches a URL and reads its body as an input named by the URL; an
// HTML page is decoded with the character set its Content-Type declares.
func readURL(u string, opts Options, emit func(Item) error) error {
	resp, err := opts.fetcher().Get(context.Background(), u, nil)
	if err != nil {
		return emit(Item{File: u, Err: err})
	}
	if opts.Consumed != nil {
		opts.Consumed.Add(int64(len(resp.Body)))
	}
	head := resp.Body
	if len(head) > sniffSize {
		head = head[:sniffSize]
	}
	if !sniffWARC(u, head) && !sniffFeed(u, head) && sniffHTML(u, head) {
		if len(resp.Body) > opts.maxDoc()*htmlOverhead {
			return emit(Item{File: u, Err: fmt.Errorf("page of %d bytes is over the %d-byte limit", len(resp.Body), opts.maxDoc()*htmlOverhead)})
		}
		return emit(htmlItem(u, resp.Body, resp.URL, resp.ContentType, "", opts))
	}
	return ReadStream(u, bytes.NewReader(resp.Body), opts, emit)
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// Size returns the total size in bytes of the files under paths ("-" and
// unreadable paths count as 0), for progress reports.
func Size(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
}
