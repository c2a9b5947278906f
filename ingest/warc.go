package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

// maxWARCHeader bounds one WARC header line; longer lines mean a damaged
// archive.
const maxWARCHeader = 64 << 10

func sniffWARC(name string, head []byte) bool {
	l := strings.ToLower(name)
	if strings.HasSuffix(l, ".warc") || strings.HasSuffix(l, ".warc.gz") {
		return true
	}
	if bytes.HasPrefix(head, []byte("WARC/1.")) {
		return true
	}
	if len(head) > 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return false
		}
		var b [8]byte
		n, _ := io.ReadFull(zr, b[:])
		return bytes.HasPrefix(b[:n], []byte("WARC/1."))
	}
	return false
}

// byteCounter counts the bytes taken from a buffered reader. It is an
// io.ByteReader, so that a gzip reader over it reads no further than the end
// of each member and the offsets of members are exact.
type byteCounter struct {
	r *bufio.Reader
	n int64
}

func (c *byteCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *byteCounter) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// plainCounter counts the bytes read from r.
type plainCounter struct {
	r io.Reader
	n int64
}

func (c *plainCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// warcRecord is one record's header and, when kept, its block.
type warcRecord struct {
	typ, targetURI, date, contentType string
	block                             []byte // nil when the record was skipped
}

// readWARC streams a .warc or .warc.gz archive record by record (each gzip
// member holding one or more records). HTTP response records holding HTML
// become documents, their item's Line being the record's number; other
// records are skipped and counted in a notice. A damaged or truncated archive
// yields the documents of every whole record before the damage, then one
// failed item naming the file and the byte offset of the damaged record.
func readWARC(name string, r io.Reader, opts Options, emit func(Item) error) error {
	base := &plainCounter{r: r}
	br0 := bufio.NewReaderSize(base, 64<<10)
	src := &byteCounter{r: br0}
	head, _ := br0.Peek(2)
	gz := len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b
	skipped := map[string]int{}
	recNo := 0
	defer func() {
		if len(skipped) > 0 {
			opts.notice(name, warcSkipNote(skipped))
		}
	}()
	damaged := func(off int64, err error) error {
		where := "byte offset"
		if gz {
			where = "compressed byte offset"
		}
		return emit(Item{File: name, Err: fmt.Errorf("damaged WARC archive: record %d at %s %d: %w; the records before it were read", recNo+1, where, off, err)})
	}
	handle := func(rec *warcRecord) error {
		recNo++
		it, reason := warcItem(name, recNo, rec, opts)
		if reason != "" {
			skipped[reason]++
			return nil
		}
		return emit(it)
	}
	if !gz {
		for {
			off := base.n - int64(br0.Buffered()) // bytes taken so far
			rec, err := readWARCRecord(br0, opts)
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return damaged(off, err)
			}
			if err := handle(rec); err != nil {
				return err
			}
		}
	}
	var zr *gzip.Reader
	for {
		off := src.n
		var err error
		if zr == nil {
			zr, err = gzip.NewReader(src)
		} else {
			err = zr.Reset(src)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return damaged(off, fmt.Errorf("gzip: %w", err))
		}
		zr.Multistream(false)
		br := bufio.NewReaderSize(zr, 32<<10)
		n := 0
		for {
			rec, err := readWARCRecord(br, opts)
			if errors.Is(err, io.EOF) {
				if n == 0 {
					return damaged(off, errors.New("gzip member without a WARC record"))
				}
				break
			}
			if err != nil {
				return damaged(off, err)
			}
			n++
			if err := handle(rec); err != nil {
				return err
			}
		}
	}
}

// readWARCRecord reads one record from br: io.EOF at a clean end, another
// error when the record is damaged or cut short.
func readWARCRecord(br *bufio.Reader, opts Options) (*warcRecord, error) {
	var line []byte
	for {
		l, tooLong, err := readLine(br, maxWARCHeader)
		if tooLong {
			return nil, errors.New("header line too long")
		}
		if len(l) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return nil, io.EOF
			}
			return nil, err
		}
		if len(bytes.TrimSpace(l)) > 0 {
			if err != nil {
				return nil, cutShort(err)
			}
			line = l
			break
		}
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, fmt.Errorf("no WARC version line (found %q)", truncate(string(line), 40))
	}
	rec := &warcRecord{}
	length := int64(-1)
	for {
		l, tooLong, err := readLine(br, maxWARCHeader)
		if tooLong {
			return nil, errors.New("header line too long")
		}
		if err != nil {
			return nil, cutShort(err)
		}
		if len(l) == 0 {
			break
		}
		k, v, ok := bytes.Cut(l, []byte(":"))
		if !ok {
			continue
		}
		val := string(bytes.TrimSpace(v))
		switch strings.ToLower(string(bytes.TrimSpace(k))) {
		case "warc-type":
			rec.typ = strings.ToLower(val)
		case "warc-target-uri":
			rec.targetURI = strings.Trim(val, "<>")
		case "warc-date":
			rec.date = val
		case "content-type":
			rec.contentType = strings.ToLower(val)
		case "content-length":
			n, err := strconv.ParseInt(val, 10, 64)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("bad Content-Length %q", truncate(val, 40))
			}
			length = n
		}
	}
	if length < 0 {
		return nil, errors.New("record without Content-Length")
	}
	keep := rec.typ == "response" && strings.HasPrefix(rec.contentType, "application/http") &&
		length <= int64(opts.maxDoc()*htmlOverhead)
	if keep {
		rec.block = make([]byte, length)
		if _, err := io.ReadFull(br, rec.block); err != nil {
			return nil, cutShort(err)
		}
	} else if n, err := io.CopyN(io.Discard, br, length); err != nil || n < length {
		return nil, cutShort(err)
	}
	// The record ends with two CRLFs: take them, so that the next record's
	// offset is exact.
	for i := 0; i < 4; i++ {
		if b, err := br.Peek(1); err != nil || (b[0] != '\r' && b[0] != '\n') {
			break
		}
		br.ReadByte()
	}
	return rec, nil
}

func cutShort(err error) error {
	if err == nil || errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// warcItem turns a record into a document, or returns why it was skipped.
func warcItem(name string, recNo int, rec *warcRecord, opts Options) (Item, string) {
	switch {
	case rec.typ != "response":
		if rec.typ == "" {
			return Item{}, "untyped records"
		}
		return Item{}, rec.typ + " records"
	case rec.block == nil:
		if !strings.HasPrefix(rec.contentType, "application/http") {
			return Item{}, "non-HTTP responses"
		}
		return Item{}, "oversized responses"
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.block)), nil)
	if err != nil {
		return Item{}, "unreadable HTTP responses"
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Item{}, "HTTP responses not 2xx"
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil && len(body) == 0 {
		// A body stored de-chunked under a chunked header: take it raw.
		if i := bytes.Index(rec.block, []byte("\r\n\r\n")); i >= 0 {
			body = rec.block[i+4:]
		}
	}
	if enc := strings.ToLower(resp.Header.Get("Content-Encoding")); enc == "gzip" || enc == "x-gzip" {
		if zr, err := gzip.NewReader(bytes.NewReader(body)); err == nil {
			if b, err := io.ReadAll(io.LimitReader(zr, int64(opts.maxDoc()*htmlOverhead))); err == nil {
				body = b
			}
		}
	}
	ct := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
	case mt == "" && sniffHTML("", body):
	default:
		return Item{}, "non-HTML responses"
	}
	it := htmlItem(name, body, rec.targetURI, ct, parsePageDate(rec.date), opts)
	if it.Err == nil && rec.targetURI != "" && it.Doc.URL != rec.targetURI {
		// A crawled record is the page at its target URI (the canonical URL
		// the page declares may name another copy); its id follows.
		it.Doc.URL, it.Doc.ID = rec.targetURI, ""
		Finish(&it.Doc)
	}
	it.Line = recNo
	return it, ""
}

func warcSkipNote(skipped map[string]int) string {
	total := 0
	var parts []string
	for k, n := range skipped {
		total += n
		parts = append(parts, fmt.Sprintf("%d %s", n, k))
	}
	sort.Strings(parts)
	return fmt.Sprintf("skipped %d WARC record(s): %s", total, strings.Join(parts, ", "))
}
