package eval

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/vedetta/vedetta/dedupe"
	"github.com/vedetta/vedetta/ingest"
)

// HTMLScore is the token-level score of the extraction of one page (or of
// all pages, summed). Tokens are lower-cased words, compared as bags.
type HTMLScore struct {
	Name string
	// Gold: tokens of the known article text; Extracted: tokens of the
	// extracted text; Overlap: tokens found in both.
	Gold, Extracted, Overlap int
	// Boiler: tokens of the page's visible text that are not article text;
	// Leaked: those found in the extracted text.
	Boiler, Leaked int
	TitleOK        bool
	Date, Lang     string
	Err            string
}

// Recall is the share of the article's tokens recovered.
func (s HTMLScore) Recall() float64 { return htmlRatio(s.Overlap, s.Gold) }

// Precision is the share of extracted tokens that belong to the article.
func (s HTMLScore) Precision() float64 { return htmlRatio(s.Overlap, s.Extracted) }

// LeakShare is the share of the page's boilerplate tokens that leaked into
// the extracted text.
func (s HTMLScore) LeakShare() float64 { return htmlRatio(s.Leaked, s.Boiler) }

func htmlRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// EvalHTML extracts every NAME.html of dir with ingest.ExtractHTML and
// compares it with NAME.txt, the known article text (title, blank line,
// paragraphs). It returns the score of each page and the sum over pages.
func EvalHTML(dir string) ([]HTMLScore, HTMLScore, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return nil, HTMLScore{}, fmt.Errorf("eval html: %w", err)
	}
	if len(files) == 0 {
		return nil, HTMLScore{}, fmt.Errorf("eval html: no *.html file in %s", dir)
	}
	sort.Strings(files)
	var out []HTMLScore
	total := HTMLScore{Name: "all", TitleOK: true}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, total, fmt.Errorf("eval html: %w", err)
		}
		goldRaw, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".txt")
		if err != nil {
			return nil, total, fmt.Errorf("eval html: known text: %w", err)
		}
		gold := string(goldRaw)
		goldTitle, _, _ := strings.Cut(gold, "\n")
		s := HTMLScore{Name: strings.TrimSuffix(filepath.Base(f), ".html")}
		visible, err := visibleText(raw)
		if err != nil {
			return nil, total, fmt.Errorf("eval html: %s: %w", f, err)
		}
		goldBag := bag(gold)
		pageBag := bag(visible)
		for w, n := range goldBag {
			s.Gold += n
			_ = w
		}
		boiler := map[string]int{}
		for w, n := range pageBag {
			if extra := n - goldBag[w]; extra > 0 {
				boiler[w] = extra
				s.Boiler += extra
			}
		}
		d, _, err := ingest.ExtractHTML(raw, "", "")
		if err != nil {
			s.Err = err.Error()
		} else {
			s.TitleOK = strings.TrimSpace(d.Title) == strings.TrimSpace(goldTitle)
			s.Date, s.Lang = d.Date, d.Lang
			for w, n := range bag(d.Text) {
				s.Extracted += n
				in := min(n, goldBag[w])
				s.Overlap += in
				s.Leaked += min(n-in, boiler[w])
			}
		}
		out = append(out, s)
		total.Gold += s.Gold
		total.Extracted += s.Extracted
		total.Overlap += s.Overlap
		total.Boiler += s.Boiler
		total.Leaked += s.Leaked
		total.TitleOK = total.TitleOK && s.TitleOK
	}
	return out, total, nil
}

func bag(s string) map[string]int {
	m := map[string]int{}
	for _, w := range dedupe.Words(s) {
		m[w]++
	}
	return m
}

// visibleText is the text a reader of the page sees: all text nodes of the
// body, without scripts, styles and templates.
func visibleText(raw []byte) (string, error) {
	r, err := charset.NewReader(bytes.NewReader(raw), "")
	if err != nil {
		return "", err
	}
	root, err := html.Parse(r)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			case atom.Body:
				inBody = true
			}
		}
		if n.Type == html.TextNode && inBody {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(root, false)
	return b.String(), nil
}

// WriteHTMLScores prints one line per page and the total.
func WriteHTMLScores(w io.Writer, pages []HTMLScore, total HTMLScore) error {
	fmt.Fprintf(w, "%-22s %6s %6s %8s %9s %9s %6s %-10s %-4s\n", "page", "gold", "boiler", "recall", "precision", "leaked", "title", "date", "lang")
	line := func(s HTMLScore) {
		title := "ok"
		if !s.TitleOK {
			title = "WRONG"
		}
		if s.Err != "" {
			title = "ERROR"
		}
		fmt.Fprintf(w, "%-22s %6d %6d %8.3f %9.3f %9.3f %6s %-10s %-4s\n", s.Name, s.Gold, s.Boiler, s.Recall(), s.Precision(), s.LeakShare(), title, s.Date, s.Lang)
	}
	for _, s := range pages {
		line(s)
	}
	total.Date, total.Lang = "", ""
	line(total)
	_, err := fmt.Fprintln(w, "\nrecall: share of the article's tokens recovered; precision: share of the extracted tokens that are article text;\nleaked: share of the page's boilerplate tokens (menus, ads, banners, comments, lists) found in the extracted text.")
	return err
}
