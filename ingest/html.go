package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/fetch"
)

// declaredLangs are the languages a page may declare in <html lang> and be
// believed; any other declaration is dropped so that the pipeline detects it.
var declaredLangs = map[string]bool{"it": true, "en": true, "fr": true, "es": true, "de": true, "ru": true}

// htmlOverhead is how many times the document limit an HTML page may weigh:
// markup, scripts and styles around the text.
const htmlOverhead = 4

func sniffHTML(name string, head []byte) bool {
	switch strings.ToLower(filepath.Ext(urlPath(name))) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) == 0 || t[0] != '<' {
		return false
	}
	if len(t) > 2048 {
		t = t[:2048]
	}
	l := bytes.ToLower(t)
	return bytes.Contains(l, []byte("<!doctype html")) || bytes.Contains(l, []byte("<html")) ||
		bytes.Contains(l, []byte("<head")) || bytes.Contains(l, []byte("<body"))
}

// urlPath returns the path of name when it is a URL, else name.
func urlPath(name string) string {
	if fetch.IsURL(name) {
		if u, err := url.Parse(name); err == nil {
			return u.Path
		}
	}
	return name
}

// readHTML reads a whole HTML page as one document. A name that is a URL is
// the page's URL.
func readHTML(name string, r io.Reader, opts Options, emit func(Item) error) error {
	raw, it, ok := readAllLimited(name, r, opts.maxDoc()*htmlOverhead)
	if !ok {
		return emit(it)
	}
	pageURL := ""
	if fetch.IsURL(name) {
		pageURL = name
	}
	return emit(htmlItem(name, raw, pageURL, "", "", opts))
}

// readAllLimited reads r whole, or returns a failed item when it is over max
// bytes.
func readAllLimited(name string, r io.Reader, max int) ([]byte, Item, bool) {
	raw, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, Item{File: name, Err: fmt.Errorf("read: %w", err)}, false
	}
	if len(raw) > max {
		n, _ := io.Copy(io.Discard, r)
		return nil, Item{File: name, Err: fmt.Errorf("input of %d bytes is over the %d-byte limit", int64(len(raw))+n, max)}, false
	}
	return raw, Item{}, true
}

// htmlItem extracts one page into an item. A page without a date of its own
// takes fallbackDate, else opts.Date.
func htmlItem(name string, raw []byte, pageURL, contentType, fallbackDate string, opts Options) Item {
	it := Item{File: name}
	d, warns, err := ExtractHTML(raw, pageURL, contentType)
	it.Warnings = warns
	if err != nil {
		it.Err = err
		return it
	}
	if d.Date == "" {
		d.Date = fallbackDate
	}
	if d.Date == "" {
		d.Date = opts.Date
	}
	if d.Lang == "" {
		d.Lang = opts.Lang
	}
	if len(d.Text) > opts.maxDoc() {
		it.Err = fmt.Errorf("document of %d bytes is over the %d-byte limit", len(d.Text), opts.maxDoc())
		return it
	}
	Finish(&d)
	it.Doc = d
	return it
}

// ExtractHTML turns an HTML page into a document: the article text without
// menus, ads and comments (title first), the publication date, the declared
// language when it is one we analyse, and the canonical URL (else pageURL).
// contentType, when known (an HTTP header), helps to find the character set;
// otherwise the page's <meta charset> decides, and UTF-8 is assumed. The
// document has no id yet (see Finish).
func ExtractHTML(raw []byte, pageURL, contentType string) (vedetta.Document, []string, error) {
	var d vedetta.Document
	src, warns := decodeHTML(raw, contentType)
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return d, warns, fmt.Errorf("HTML: %w", err)
	}
	base, _ := url.Parse(pageURL)
	if base != nil && base.Scheme == "" {
		base = nil
	}
	m := scanHTML(root)

	// The canonical URL.
	d.URL = pageURL
	for _, c := range []string{m.canonical, m.meta["og:url"]} {
		if u := absURL(c, base); u != "" {
			d.URL = u
			break
		}
	}
	d.Lang = langCode(m.lang)
	d.Date = m.date(d.URL, pageURL)

	p := readability.NewParser()
	art, rerr := p.ParseAndMutate(root, base)
	body := ""
	if rerr == nil && art.Node != nil {
		body = tidyText(render.InnerText(art.Node))
	}
	title := strings.TrimSpace(collapseSpace(art.Title()))
	if title == "" {
		title = m.title()
	} else if m.h1 != "" && len(m.h1) < len(title) && strings.HasPrefix(title, m.h1) {
		// "Headline :: Site name" that readability did not split.
		title = m.h1
	} else {
		title = headlineInBody(title, body)
	}
	if len(strings.Fields(body)) < 5 {
		// Readability found no article: keep the page's text without the
		// obvious boilerplate elements.
		if alt := tidyText(fallbackText(root)); alt != "" {
			body = alt
			warns = append(warns, "no article found in the page: all of its text kept")
		}
	}
	if strings.TrimSpace(body) == "" && title == "" {
		return d, warns, errors.New("HTML page without text")
	}
	d.Title = truncate(title, maxTitle)
	body = dropHeadline(body, title)
	switch {
	case title == "":
		d.Text = body
	case body == "" || strings.HasPrefix(body, title):
		d.Text = strings.TrimSpace(title + "\n\n" + strings.TrimPrefix(body, title))
		if body == "" {
			d.Text = title
		}
	default:
		d.Text = title + "\n\n" + body
	}
	if d.URL != "" {
		if u, err := url.Parse(d.URL); err == nil {
			d.Source = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	if d.Source == "" {
		d.Source = strings.TrimSpace(m.meta["og:site_name"])
	}
	return d, warns, nil
}

// dropHeadline removes from the first lines of body a line that repeats the
// title (after a kicker or a date line), since the text starts with the
// title anyway.
func dropHeadline(body, title string) string {
	if title == "" || strings.HasPrefix(body, title) {
		return body
	}
	lines := strings.SplitN(body, "\n", 8)
	for i, l := range lines[:min(len(lines), 6)] {
		if strings.TrimSpace(l) == title {
			rest := strings.Join(append(append([]string{}, lines[:i]...), lines[i+1:]...), "\n")
			return tidyText(rest)
		}
	}
	return body
}

// titleSeparators part a site name from a headline in <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · "}

// headlineInBody returns the part of a "Site - Headline" title that the
// page's text repeats as a line of its own, else title.
func headlineInBody(title, body string) string {
	lines := map[string]bool{}
	for _, l := range strings.Split(body, "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	if lines[title] {
		return title
	}
	best := ""
	for _, sep := range titleSeparators {
		for _, part := range strings.Split(title, sep) {
			part = strings.TrimSpace(part)
			if len(strings.Fields(part)) >= 3 && lines[part] && len(part) > len(best) {
				best = part
			}
		}
	}
	if best == "" {
		return title
	}
	return best
}

// decodeHTML returns the page as UTF-8 text, decoding other character sets.
func decodeHTML(raw []byte, contentType string) (string, []string) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	enc, name, _ := charset.DetermineEncoding(raw, contentType)
	if name != "utf-8" && enc != nil {
		if out, err := enc.NewDecoder().Bytes(raw); err == nil {
			raw = out
		}
	}
	return cleanText(raw)
}

// pageMeta is what the page says about itself.
type pageMeta struct {
	lang      string
	canonical string
	meta      map[string]string // property/name/itemprop (lower-cased) -> content; first wins
	jsonLD    []string
	times     []string // datetime of <time> elements, pubdate/datePublished ones first
	titleTag  string
	h1        string
}

func scanHTML(root *html.Node) *pageMeta {
	m := &pageMeta{meta: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.lang == "" {
					m.lang = attr(n, "lang")
					if m.lang == "" {
						m.lang = attr(n, "xml:lang")
					}
				}
			case atom.Meta:
				content := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
						if _, ok := m.meta[key]; !ok {
							m.meta[key] = content
						}
					}
				}
			case atom.Link:
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = attr(n, "href")
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					m.jsonLD = append(m.jsonLD, n.FirstChild.Data)
				}
			case atom.Time:
				v := attr(n, "datetime")
				if v == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
					v = n.FirstChild.Data
				}
				if v != "" {
					if _, ok := attrOK(n, "pubdate"); ok || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
						m.times = append([]string{v}, m.times...)
					} else {
						m.times = append(m.times, v)
					}
				}
			case atom.Title:
				if m.titleTag == "" && n.FirstChild != nil {
					m.titleTag = collapseSpace(n.FirstChild.Data)
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = collapseSpace(render.InnerText(n))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

func (m *pageMeta) title() string {
	if t := strings.TrimSpace(m.meta["og:title"]); t != "" {
		return collapseSpace(t)
	}
	if m.h1 != "" {
		return m.h1
	}
	return m.titleTag
}

// date returns the publication date, in order of trust: the
// article:published_time meta, JSON-LD datePublished, a <time> element,
// other date metas, the URL path.
func (m *pageMeta) date(urls ...string) string {
	var cands []string
	cands = append(cands, m.meta["article:published_time"], m.meta["og:published_time"])
	for _, s := range m.jsonLD {
		cands = append(cands, jsonLDDate(s))
	}
	cands = append(cands, m.meta["datepublished"])
	cands = append(cands, m.times...)
	for _, k := range []string{"pubdate", "publishdate", "date", "dc.date.issued", "dc.date", "dcterms.date", "parsely-pub-date", "sailthru.date"} {
		cands = append(cands, m.meta[k])
	}
	for _, c := range cands {
		if d := parsePageDate(c); d != "" {
			return d
		}
	}
	for _, u := range urls {
		if d := urlDate(u); d != "" {
			return d
		}
	}
	return ""
}

// jsonLDDate finds the first datePublished in a JSON-LD block (objects,
// arrays and @graph alike).
func jsonLDDate(s string) string {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
		return ""
	}
	var find func(v any) string
	find = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok && d != "" {
				return d
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if d := find(x[k]); d != "" {
					return d
				}
			}
		case []any:
			for _, e := range x {
				if d := find(e); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v)
}

var (
	isoDay       = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	urlDayPath   = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|[^0-9]|$)`)
	urlDayPacked = regexp.MustCompile(`/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/`)
	urlMonthPath = regexp.MustCompile(`/((?:19|20)\d{2})/(0[1-9]|1[0-2])/`)
)

var pageDateLayouts = []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006", "2006/01/02"}

// parsePageDate reads a date as pages write it; the day is kept as written
// (the publisher's time zone).
func parsePageDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if g := isoDay.FindStringSubmatch(s); g != nil {
		d := g[1] + "-" + g[2] + "-" + g[3]
		if _, _, err := vedetta.ParseDate(d); err == nil {
			return d
		}
		return ""
	}
	for _, l := range pageDateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// urlDate reads a date from a URL path: /2024/03/15/, /2024-03-15-, /20240315/, else /2024/03/.
func urlDate(raw string) string {
	if raw == "" {
		return ""
	}
	p := raw
	if u, err := url.Parse(raw); err == nil {
		p = u.Path
	}
	for _, re := range []*regexp.Regexp{urlDayPath, urlDayPacked} {
		if g := re.FindStringSubmatch(p); g != nil {
			d := g[1] + "-" + g[2] + "-" + g[3]
			if _, _, err := vedetta.ParseDate(d); err == nil {
				return d
			}
		}
	}
	if g := urlMonthPath.FindStringSubmatch(p); g != nil {
		return g[1] + "-" + g[2]
	}
	return ""
}

// langCode turns a declared language ("it-IT", "en_GB") into its ISO 639-1
// code when we analyse it, else "".
func langCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if declaredLangs[s] {
		return s
	}
	return ""
}

func absURL(ref string, base *url.URL) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// boilerTags never hold article text.
var boilerTags = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Select: true, atom.Iframe: true, atom.Svg: true, atom.Template: true}

// fallbackText is the text of the body without the elements that never hold
// the article.
func fallbackText(root *html.Node) string {
	var strip func(n *html.Node)
	strip = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && boilerTags[c.DataAtom] || c.Type == html.CommentNode {
				n.RemoveChild(c)
			} else {
				strip(c)
			}
			c = next
		}
	}
	strip(root)
	var body *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if body != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	if body == nil {
		body = root
	}
	return render.InnerText(body)
}

// HTMLText renders an HTML fragment (a feed item's summary) as plain text,
// paragraphs separated by blank lines.
func HTMLText(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return tidyText(fragment)
	}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return tidyText(fragment)
	}
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		div.AppendChild(n)
	}
	return tidyText(fallbackText(div))
}

var manyNewlines = regexp.MustCompile(`\n{3,}`)

// tidyText trims lines, keeps at most one blank line between paragraphs and
// replaces no-break spaces.
func tidyText(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(collapseSpace(l))
	}
	s = strings.Join(lines, "\n")
	s = manyNewlines.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(s)
}

// collapseSpace folds runs of white space within a line to one space.
func collapseSpace(s string) string {
	if !strings.ContainsAny(s, "\t\n\r\f\v  ") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
	}), " ")
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}
