package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/vedetta/vedetta/fetch"
)

func sniffFeed(name string, head []byte) bool {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) == 0 || t[0] != '<' {
		return false
	}
	l := bytes.ToLower(t)
	if bytes.Contains(l, []byte("<rss")) || bytes.Contains(l, []byte("<rdf:rdf")) ||
		bytes.Contains(l, []byte("<feed")) && bytes.Contains(l, []byte("http://www.w3.org/2005/atom")) {
		return true
	}
	switch strings.ToLower(filepath.Ext(urlPath(name))) {
	case ".rss", ".atom":
		return !bytes.Contains(l, []byte("<html"))
	}
	return false
}

// readFeed reads an RSS or Atom feed: each item becomes a document (title,
// link as URL, date, summary or content as text). The items are numbered
// from 1 in Item.Line. With opts.Follow each item's page is fetched and
// extracted instead (see FollowItem).
func readFeed(name string, r io.Reader, opts Options, emit func(Item) error) error {
	raw, it, ok := readAllLimited(name, r, opts.maxDoc()*htmlOverhead)
	if !ok {
		return emit(it)
	}
	items, err := ParseFeed(name, raw, opts)
	if err != nil {
		return emit(Item{File: name, Err: err})
	}
	if len(items) == 0 {
		opts.notice(name, "the feed has no items")
	}
	for _, it := range items {
		if opts.Follow && it.Err == nil {
			it = FollowItem(context.Background(), it, opts)
		}
		if err := emit(it); err != nil {
			return err
		}
	}
	return nil
}

// ParseFeed parses an RSS, Atom or RDF feed into items, without fetching
// anything. Relative links are resolved against the feed's link, else name
// when it is a URL.
func ParseFeed(name string, raw []byte, opts Options) ([]Item, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	var base *url.URL
	for _, b := range []string{f.Link, f.FeedLink, name} {
		if u, err := url.Parse(b); err == nil && u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
			base = u
			break
		}
	}
	feedLang := langCode(f.Language)
	var items []Item
	for i, fi := range f.Items {
		it := Item{File: name, Line: i + 1}
		d := &it.Doc
		d.Title = truncate(collapseSpace(HTMLText(fi.Title)), maxTitle)
		link := fi.Link
		if link == "" && len(fi.Links) > 0 {
			link = fi.Links[0]
		}
		if link == "" && fetch.IsURL(fi.GUID) {
			link = fi.GUID
		}
		d.URL = absURL(link, base)
		if fi.PublishedParsed != nil {
			d.Date = fi.PublishedParsed.Format("2006-01-02")
		} else if fi.UpdatedParsed != nil {
			d.Date = fi.UpdatedParsed.Format("2006-01-02")
		} else {
			d.Date = opts.Date
		}
		body := fi.Content
		if len(strings.TrimSpace(HTMLText(body))) < len(strings.TrimSpace(HTMLText(fi.Description))) {
			body = fi.Description
		}
		text := HTMLText(body)
		switch {
		case d.Title == "" && text == "":
			it.Err = fmt.Errorf("feed item %d has neither title nor text", i+1)
			items = append(items, it)
			continue
		case d.Title == "":
			first, _, _ := strings.Cut(text, "\n")
			d.Title = truncate(first, maxTitle)
			d.Text = text
		case text == "" || strings.HasPrefix(text, d.Title):
			d.Text = strings.TrimSpace(d.Title + "\n\n" + strings.TrimSpace(strings.TrimPrefix(text, d.Title)))
		default:
			d.Text = d.Title + "\n\n" + text
		}
		d.Lang = feedLang
		if d.Lang == "" {
			d.Lang = opts.Lang
		}
		if d.URL != "" {
			if u, err := url.Parse(d.URL); err == nil {
				d.Source = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
			}
		}
		if len(d.Text) > opts.maxDoc() {
			it.Err = fmt.Errorf("document of %d bytes is over the %d-byte limit", len(d.Text), opts.maxDoc())
		} else {
			Finish(d)
		}
		items = append(items, it)
	}
	return items, nil
}

// FollowItem fetches the page of a feed item and returns it extracted as
// HTML, keeping the item's date and title where the page has none. When the
// page cannot be fetched or read, the item is kept as it was, with a
// warning.
func FollowItem(ctx context.Context, it Item, opts Options) Item {
	if it.Err != nil || it.Doc.URL == "" {
		return it
	}
	resp, err := opts.fetcher().Get(ctx, it.Doc.URL, nil)
	if err != nil {
		it.Warnings = append(it.Warnings, fmt.Sprintf("--follow: %v; the feed's summary kept", err))
		return it
	}
	page := htmlItem(it.Doc.URL, resp.Body, resp.URL, resp.ContentType, it.Doc.Date, Options{MaxDocSize: opts.MaxDocSize})
	if page.Err != nil {
		it.Warnings = append(it.Warnings, fmt.Sprintf("--follow %s: %v; the feed's summary kept", it.Doc.URL, page.Err))
		return it
	}
	d := page.Doc
	if d.Lang == "" {
		d.Lang = it.Doc.Lang
	}
	if d.Title == "" {
		d.Title = it.Doc.Title
	}
	out := Item{File: it.File, Line: it.Line, Doc: d, Warnings: append(it.Warnings, page.Warnings...)}
	return out
}
