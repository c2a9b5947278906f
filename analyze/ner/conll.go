package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one block of a CoNLL-style file: the lines between blank
// lines. Lines keeps each token line as read (without the line break), Cols
// its columns, so that a writer can echo the input and append a column.
// Comment lines (starting with '#' and holding no tab) before or inside the
// block are kept apart in Comments.
type Sentence struct {
	Lines    []string
	Cols     [][]string
	Comments []string
}

// maxLine bounds one input line (a token with its columns).
const maxLine = 1 << 20

// ReadCoNLL reads a CoNLL-style file: one token per line, columns separated
// by tabs (or, when a line holds no tab, by runs of spaces), a blank line
// between sentences.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Lines) > 0 || len(cur.Comments) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") && !strings.Contains(line, "\t") && len(cur.Lines) == 0 {
			cur.Comments = append(cur.Comments, line)
			continue
		}
		cur.Lines = append(cur.Lines, line)
		cur.Cols = append(cur.Cols, splitCols(line))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll line %d: %w", n+1, err)
	}
	flush()
	return out, nil
}

func splitCols(line string) []string {
	if strings.Contains(line, "\t") {
		return strings.Split(line, "\t")
	}
	return strings.Fields(line)
}

// TokenColumn picks the column holding the token: the first column whose
// values are not all numbers (CoNLL-U and WikiNEuRal files start with an
// index). It returns 0 for an empty input.
func TokenColumn(sents []Sentence) int {
	width := 0
	for _, s := range sents {
		for _, c := range s.Cols {
			if len(c) > width {
				width = len(c)
			}
		}
	}
	for col := 0; col < width; col++ {
		numeric, seen := true, false
		for _, s := range sents {
			for _, c := range s.Cols {
				if col >= len(c) {
					continue
				}
				seen = true
				if !isNumber(c[col]) {
					numeric = false
					break
				}
			}
			if !numeric {
				break
			}
		}
		if seen && !numeric {
			return col
		}
	}
	return 0
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '-' && s[i] != '.' {
			return false
		}
	}
	return true
}

// Labeled is a sentence as training and evaluation use it: its tokens and
// their gold BIO tags.
type Labeled struct {
	Words []string
	Tags  []string
	// Domain is the text domain of the sentence's corpus (CorpusFile.Domain),
	// for models trained with FeatDomain; 0 is none.
	Domain int `json:",omitempty"`
}

// Labels extracts tokens (column tokCol, 0-based) and gold tags (the last
// column) from sents. Document-start markers (-DOCSTART-) are dropped. A
// line with fewer than two columns is an error.
func Labels(sents []Sentence, tokCol int) ([]Labeled, error) {
	var out []Labeled
	for si, s := range sents {
		if IsDocStart(s) {
			continue
		}
		var l Labeled
		for li, c := range s.Cols {
			if len(c) < 2 || tokCol >= len(c)-1 {
				return nil, fmt.Errorf("sentence %d line %d: want a token column %d and a tag column, got %d columns", si+1, li+1, tokCol+1, len(c))
			}
			l.Words = append(l.Words, c[tokCol])
			l.Tags = append(l.Tags, NormTag(c[len(c)-1]))
		}
		if len(l.Words) > 0 {
			out = append(out, l)
		}
	}
	return out, nil
}

// IsDocStart reports whether s is a CoNLL-2003 document marker.
func IsDocStart(s Sentence) bool {
	if len(s.Cols) != 1 {
		return false
	}
	for _, c := range s.Cols[0] {
		if c == "-DOCSTART-" {
			return true
		}
	}
	return false
}

// NormTag maps corpus tags onto Vedetta's BIO tag set (O, B-/I- with PER,
// ORG, LOC, MISC): PERSON/PER, ORGANIZATION/ORG, LOCATION/LOC/GPE, anything
// else typed becomes MISC; unknown prefixes (E-, S-, L-, U-) are read as B-
// or I- so that the spans stay the same.
func NormTag(t string) string {
	t = strings.TrimSpace(t)
	if t == "" || t == "O" || t == "_" || t == "-" {
		return "O"
	}
	prefix, typ := "B", t
	if len(t) > 2 && (t[1] == '-' || t[1] == '_') {
		prefix, typ = strings.ToUpper(t[:1]), t[2:]
	}
	switch prefix {
	case "B", "S", "U":
		prefix = "B"
	default:
		prefix = "I"
	}
	switch strings.ToUpper(typ) {
	case "PER", "PERSON":
		typ = "PER"
	case "ORG", "ORGANIZATION", "ORGANISATION":
		typ = "ORG"
	case "LOC", "LOCATION", "GPE":
		typ = "LOC"
	default:
		typ = "MISC"
	}
	return prefix + "-" + typ
}
