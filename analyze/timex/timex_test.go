package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta/internal/golden"
	"github.com/vedetta/vedetta/internal/repo"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze/segment"
	"github.com/vedetta/vedetta/ingest"
)

// TestGolden runs the cases of testdata/<lang>.txt ("DOCDATE<TAB>text")
// and compares the dates found with testdata/<lang>.golden.
func TestGolden(t *testing.T) {
	for _, lang := range []string{"it", "en", "fr", "es", "de", "ru"} {
		t.Run(lang, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", lang+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			sc := bufio.NewScanner(strings.NewReader(string(in)))
			for sc.Scan() {
				line := sc.Text()
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				date, text, ok := strings.Cut(line, "\t")
				if !ok {
					t.Fatalf("bad case %q", line)
				}
				got.WriteString("# " + date + "\t" + text + "\n")
				for _, m := range Find(text, lang, date, Options{}) {
					if text[m.Start:m.End] != m.Text {
						t.Errorf("%q: offsets %d-%d do not give the text", m.Text, m.Start, m.End)
					}
					b, _ := json.Marshal(m.Date)
					got.WriteString(string(b) + "\n")
				}
			}
			path := filepath.Join("testdata", lang+".golden")
			golden.Check(t, path, []byte(got.String()))
		})
	}
}

// repoRoot is the repository root.
func repoRoot(t testing.TB) string {
	root, err := repo.Root()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestReferenceExample reads the reference document as ingest does, runs
// segmentation and the stage, and checks its two dates with their offsets
// into the document text, and the reference date of their sentences.
func TestReferenceExample(t *testing.T) {
	f, err := os.Open(filepath.Join(repoRoot(t), "examples", "csto-kazakhstan-2022-01.it.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var doc vedetta.Document
	err = ingest.ReadStream("example", f, ingest.Options{}, func(it ingest.Item) error {
		doc = it.Doc
		return it.Err
	})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Date != "2022-01" {
		t.Fatalf("document date %q", doc.Date)
	}
	a := vedetta.NewAnalysis(doc)
	a.Lang = "it"
	segment.Stage{}.Analyze(a)
	Stage{}.Analyze(a)
	want := map[string]string{"6 gennaio 2022": "2022-01-06", "15 maggio 1992": "1992-05-15"}
	for surface, value := range want {
		start := strings.Index(a.Text, surface)
		if start < 0 {
			t.Fatalf("%q not in the example", surface)
		}
		found := false
		for _, d := range a.Dates {
			if d.Text != surface {
				continue
			}
			found = true
			if d.Start != start || d.End != start+len(surface) || a.Text[d.Start:d.End] != surface || d.Value != value || d.Grain != "day" || d.Type != TypeDate {
				t.Errorf("%q: got %+v, want %d-%d %s", surface, d, start, start+len(surface), value)
			}
			for _, s := range a.Sentences {
				if s.Start <= d.Start && d.End <= s.End && s.RefDate != value {
					t.Errorf("sentence of %q: reference date %q", surface, s.RefDate)
				}
			}
		}
		if !found {
			t.Errorf("%q not found in %+v", surface, a.Dates)
		}
	}
	for i, s := range a.Sentences {
		if s.RefDate == "" {
			t.Errorf("sentence %d has no reference date", i)
		}
	}
}

// TestStage runs the stage on a segmented text and checks the reference
// dates of the sentences.
func TestStage(t *testing.T) {
	text := "Ieri il governo si è dimesso. Il 6 gennaio 2022 il Consiglio ha deciso. Nel 1992 fu firmato il trattato."
	a := &vedetta.Analysis{Text: text, Lang: "it", Date: "2022-01"}
	for _, s := range []string{"Ieri il governo si è dimesso.", "Il 6 gennaio 2022 il Consiglio ha deciso.", "Nel 1992 fu firmato il trattato."} {
		i := strings.Index(text, s)
		a.Sentences = append(a.Sentences, vedetta.Sentence{Start: i, End: i + len(s)})
	}
	Stage{}.Analyze(a)
	var got []string
	for _, d := range a.Dates {
		got = append(got, d.Text+"="+d.Value+"/"+d.Grain)
	}
	want := "Ieri=2022-01/month 6 gennaio 2022=2022-01-06/day 1992=1992/year"
	if strings.Join(got, " ") != want {
		t.Errorf("dates: got %q, want %q", strings.Join(got, " "), want)
	}
	refs := []string{a.Sentences[0].RefDate, a.Sentences[1].RefDate, a.Sentences[2].RefDate}
	if strings.Join(refs, " ") != "2022-01 2022-01-06 1992" {
		t.Errorf("reference dates: got %v", refs)
	}
}

// TestYearRefDate: an adverbial year dates its sentence when the document
// date is in another year; a year modifying a noun does not.
func TestYearRefDate(t *testing.T) {
	for _, c := range []struct{ lang, text, doc, want string }{
		{"en", "In 2021 Russia attacked Ukraine.", "2022-01-10", "2021"},
		{"en", "In 2022 Russia attacked Ukraine.", "2022-01-10", "2022-01-10"},
		{"en", "Russia invoked the 1992 treaty.", "2022-01-10", "2022-01-10"},
		{"it", "Nel 2014 la Russia ha annesso la Crimea.", "2022-01", "2014"},
	} {
		a := &vedetta.Analysis{Text: c.text, Lang: c.lang, Date: c.doc, Sentences: []vedetta.Sentence{{Start: 0, End: len(c.text)}}}
		Stage{}.Analyze(a)
		if got := a.Sentences[0].RefDate; got != c.want {
			t.Errorf("%q: reference date %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNoDocDate: without a document date only dates with a year are given.
func TestNoDocDate(t *testing.T) {
	var got []string
	for _, m := range Find("Il 6 gennaio 2022, ieri, il 7 gennaio e martedì.", "it", "", Options{}) {
		got = append(got, m.Text+"="+m.Value)
	}
	if strings.Join(got, " ") != "6 gennaio 2022=2022-01-06" {
		t.Errorf("got %v", got)
	}
}

// TestFutureOption reads a bare weekday as the next one.
func TestFutureOption(t *testing.T) {
	ms := Find("martedì", "it", "2013-02-12", Options{Future: false})
	ms2 := Find("mercoledì", "it", "2013-02-12", Options{Future: true})
	if len(ms) != 1 || ms[0].Value != "2013-02-12" || len(ms2) != 1 || ms2[0].Value != "2013-02-13" {
		t.Errorf("got %+v and %+v", ms, ms2)
	}
}

func TestLexicons(t *testing.T) {
	ls, err := languages()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"it", "en", "fr", "es", "de", "ru"} {
		l := ls[code]
		if l == nil {
			t.Fatalf("no lexicon for %s", code)
		}
		months := map[int16]bool{}
		wds := map[int16]bool{}
		for _, e := range l.words {
			if e.cls&cMonth != 0 {
				months[e.month] = true
			}
			if e.cls&cWd != 0 {
				wds[e.wd] = true
			}
		}
		if len(months) != 12 || len(wds) != 7 {
			t.Errorf("%s: %d months, %d weekdays", code, len(months), len(wds))
		}
	}
	if _, err := parseLexicon("xx", "month x gennaio\n"); err == nil {
		t.Error("a bad value was accepted")
	}
	if _, err := parseLexicon("xx", "colour 1 red\n"); err == nil {
		t.Error("an unknown class was accepted")
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Il 6 gennaio 2022", "dal 6 al 10 gennaio", "06/01/2022", "Aug. 4-7", "6. Januar", "6 января 2022 года", "il y a trois jours", "1.2.3.4", "31-Oct-74", "’’--", "2019-2021",
		"the late '80s", "XXe siècle", "nineteen ninety-six", "the year-ago quarter", "le lendemain,", "летом 2019 года", "1990-е годы", "the first half of 1990", "Now, this weekend"} {
		f.Add(s, "it", "2022-01")
		f.Add(s, "en", "2022-01-06")
		f.Add(s, "ru", "")
	}
	f.Fuzz(func(t *testing.T, text, lang, date string) {
		for _, m := range Find(text, lang, date, Options{}) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("bad span %+v", m)
			}
			if m.Value == "" || (m.Grain != "day" && m.Grain != "month" && m.Grain != "year") {
				t.Fatalf("bad value %+v", m)
			}
			switch m.Type {
			case TypeDate:
				if _, _, ok := vedetta.DateBounds(m.Value); !ok {
					t.Fatalf("bad DATE value %+v", m)
				}
			case TypeRange:
				a, b, ok := strings.Cut(m.Value, "/")
				_, _, ok1 := vedetta.DateBounds(a)
				_, _, ok2 := vedetta.DateBounds(b)
				if !ok || !ok1 || !ok2 {
					t.Fatalf("bad RANGE value %+v", m)
				}
			case TypeDuration:
				if !strings.HasPrefix(m.Value, "P") {
					t.Fatalf("bad DURATION value %+v", m)
				}
			default:
				t.Fatalf("bad type %+v", m)
			}
		}
	})
}
