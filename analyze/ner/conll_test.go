package ner

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta/internal/golden"
)

func TestReadCoNLLGolden(t *testing.T) {
	for _, name := range []string{"sample.conllu", "spaces.txt"} {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			sents, err := ReadCoNLL(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			col := TokenColumn(sents)
			lab, err := Labels(sents, col)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(struct {
				Sentences []Sentence
				TokenCol  int
				Labeled   []Labeled
			}{sents, col, lab}, "", "  ")
			golden.Check(t, filepath.Join("testdata", name+".golden.json"), append(got, '\n'))
		})
	}
}

func TestTokenColumnAndTags(t *testing.T) {
	sents, _ := ReadCoNLL(strings.NewReader("1\t12\tO\n2\tRoma\tB-LOC\n"))
	if c := TokenColumn(sents); c != 1 {
		t.Errorf("token column = %d, want 1 (column 0 is an index, column 1 holds a word)", c)
	}
	for in, want := range map[string]string{
		"B-PER": "B-PER", "I-PERSON": "I-PER", "S-LOC": "B-LOC", "E-ORG": "I-ORG",
		"B-GPE": "B-LOC", "I-EVENT": "I-MISC", "O": "O", "": "O", "U-ORGANIZATION": "B-ORG",
	} {
		if got := NormTag(in); got != want {
			t.Errorf("NormTag(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLabelsNeedsTagColumn(t *testing.T) {
	sents, _ := ReadCoNLL(strings.NewReader("Roma\n"))
	if _, err := Labels(sents, 0); err == nil {
		t.Error("a line without a tag column should be an error")
	}
}

func FuzzReadCoNLL(f *testing.F) {
	for _, name := range []string{"sample.conllu", "spaces.txt"} {
		raw, _ := os.ReadFile(filepath.Join("testdata", name))
		f.Add(string(raw))
	}
	f.Add("a\tb\n\n\n#x\n-DOCSTART- O\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		col := TokenColumn(sents)
		for _, s := range sents {
			if len(s.Lines) != len(s.Cols) {
				t.Fatalf("%d lines but %d column lists", len(s.Lines), len(s.Cols))
			}
			for _, l := range s.Lines {
				if strings.TrimSpace(l) == "" || strings.ContainsAny(l, "\n") {
					t.Fatalf("bad token line %q", l)
				}
			}
		}
		lab, err := Labels(sents, col)
		if err != nil {
			return
		}
		for _, l := range lab {
			if len(l.Words) != len(l.Tags) || len(l.Words) == 0 {
				t.Fatalf("labelled sentence with %d words and %d tags", len(l.Words), len(l.Tags))
			}
			for _, tg := range l.Tags {
				if NormTag(tg) != tg {
					t.Fatalf("tag %q not normalised", tg)
				}
			}
		}
	})
}
