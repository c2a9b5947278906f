package ingest

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/internal/golden"
)

type goldenItem struct {
	Doc      *goldenDoc `json:"doc,omitempty"`
	File     string     `json:"file"`
	Line     int        `json:"line"`
	Warnings []string   `json:"warnings,omitempty"`
	Err      string     `json:"err,omitempty"`
}

type goldenDoc struct {
	ID, URL, Date, Title, Lang, Source string
	Text                               string
}

func TestReadGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/in/*")
	if err != nil || len(files) == 0 {
		t.Fatal("no test inputs", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			var got []goldenItem
			err := Read([]string{f}, nil, Options{}, func(it Item) error {
				g := goldenItem{File: filepath.Base(it.File), Line: it.Line, Warnings: it.Warnings}
				if it.Err != nil {
					g.Err = it.Err.Error()
				} else {
					d := it.Doc
					g.Doc = &goldenDoc{d.ID, d.URL, d.Date, d.Title, d.Lang, d.Source, d.Text}
				}
				got = append(got, g)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			out, _ := json.MarshalIndent(got, "", "  ")
			goldenPath := filepath.Join("testdata/golden", name+".json")
			golden.Check(t, goldenPath, out)
		})
	}
}

func TestExampleDocument(t *testing.T) {
	var items []Item
	if err := Read([]string{"testdata/in/dated-same-line.txt"}, nil, Options{}, func(it Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items = %+v", items)
	}
	d := items[0].Doc
	if d.Date != "2022-01" {
		t.Errorf("date = %q, want 2022-01", d.Date)
	}
	if !strings.HasPrefix(d.Title, "Dichiarazione del ministero degli Esteri russo") || !strings.HasSuffix(d.Title, "Kazakistan.") {
		t.Errorf("title = %q", d.Title)
	}
	if !strings.HasPrefix(d.Text, d.Title) {
		t.Errorf("text does not start with the title")
	}
}

func TestStableIDs(t *testing.T) {
	a := readOne(t, "date 2022-01-02 Titolo\n\nTesto   del\ndocumento.")
	b := readOne(t, "date 2022-01-02 Titolo\n\nTesto del documento.\n\n")
	if a.ID != b.ID {
		t.Errorf("re-wrapped text got a new id: %s vs %s", a.ID, b.ID)
	}
	c := readOne(t, "date 2022-01-02 Titolo\n\nUn altro documento.")
	if a.ID == c.ID {
		t.Error("different texts share an id")
	}
	if ContentHash(a) == ContentHash(c) {
		t.Error("different texts share a content hash")
	}
}

func TestDefaultDateAndLimit(t *testing.T) {
	d := readOne(t, "Plain text with no date.")
	if d.Date != "" {
		t.Errorf("date = %q, want empty", d.Date)
	}
	var it Item
	Read([]string{"-"}, strings.NewReader("Plain text."), Options{Date: "2021-05-01"}, func(i Item) error { it = i; return nil })
	if it.Doc.Date != "2021-05-01" {
		t.Errorf("--date not applied: %q", it.Doc.Date)
	}
	big := strings.Repeat("parola ", 3000)
	Read([]string{"-"}, strings.NewReader(big), Options{MaxDocSize: 1000}, func(i Item) error { it = i; return nil })
	if it.Err == nil || !strings.Contains(it.Err.Error(), "limit") {
		t.Errorf("oversized document: err = %v", it.Err)
	}
}

func readOne(t *testing.T, s string) (d vedetta.Document) {
	t.Helper()
	var items []Item
	Read([]string{"-"}, strings.NewReader(s), Options{}, func(it Item) error { items = append(items, it); return nil })
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items = %+v", items)
	}
	return items[0].Doc
}

func FuzzReadStream(f *testing.F) {
	for _, s := range []string{"date 2022-01 T\n\nx", "{\"text\":\"a\"}\n{", "\x00", "", "date 2022-02-30 x", "\xff\xfe"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		err := ReadStream("fuzz", bytes.NewReader(data), Options{MaxDocSize: 1 << 16}, func(it Item) error {
			n++
			if it.Err == nil && (it.Doc.ID == "" || strings.TrimSpace(it.Doc.Text) == "") {
				t.Fatalf("document without id or text: %+v", it.Doc)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 && len(bytes.TrimSpace(data)) > 0 {
			t.Fatal("non-empty input produced no item")
		}
	})
}
