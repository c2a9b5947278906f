package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Chunk is a named-entity span over tokens: [Start, End) with its type.
type Chunk struct {
	Type       string
	Start, End int
}

// Chunks returns the entity spans of a BIO (or IOB1) tag sequence with the
// rules of the CoNLL-2003 conlleval script: a chunk starts at B-X, or at I-X
// when the token before is O or of another type; it ends before O, B-, or a
// tag of another type. Tags without a type (anything but B-/I-/E-/S-X) are
// read as O.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	cur := -1 // index in out of the open chunk
	for i, t := range tags {
		prefix, typ := splitTag(t)
		if typ == "" {
			cur = -1
			continue
		}
		cont := cur >= 0 && out[cur].Type == typ && (prefix == "I" || prefix == "E")
		if cont {
			out[cur].End = i + 1
		} else {
			out = append(out, Chunk{Type: typ, Start: i, End: i + 1})
			cur = len(out) - 1
		}
		if prefix == "E" || prefix == "S" {
			cur = -1
		}
	}
	return out
}

func splitTag(t string) (prefix, typ string) {
	if len(t) < 3 || t[1] != '-' {
		return "", ""
	}
	switch t[0] {
	case 'B', 'I', 'E', 'S':
		return t[:1], t[2:]
	}
	return "", ""
}

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERScore accumulates exact-span NER scores over sentences: a predicted
// span counts only when its start, end and type all equal a gold span's.
type NERScore struct {
	PerType   map[string]*Counts
	Micro     Counts
	Sentences int
	Tokens    int
}

// NewNERScore returns an empty score.
func NewNERScore() *NERScore { return &NERScore{PerType: map[string]*Counts{}} }

// Add scores one sentence: gold and predicted tags, token by token.
func (s *NERScore) Add(gold, pred []string) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("ner score: %d gold tags but %d predicted", len(gold), len(pred))
	}
	s.Sentences++
	s.Tokens += len(gold)
	g, p := Chunks(gold), Chunks(pred)
	inGold := map[Chunk]bool{}
	for _, c := range g {
		inGold[c] = true
	}
	matched := map[Chunk]bool{}
	for _, c := range p {
		if inGold[c] && !matched[c] {
			matched[c] = true
			s.count(c.Type).TP++
			s.Micro.TP++
		} else {
			s.count(c.Type).FP++
			s.Micro.FP++
		}
	}
	for _, c := range g {
		if !matched[c] {
			s.count(c.Type).FN++
			s.Micro.FN++
		}
	}
	return nil
}

func (s *NERScore) count(typ string) *Counts {
	c := s.PerType[typ]
	if c == nil {
		c = &Counts{}
		s.PerType[typ] = c
	}
	return c
}

// Types returns the entity types seen, sorted.
func (s *NERScore) Types() []string {
	var out []string
	for t := range s.PerType {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// Write prints a table of per-type and micro-averaged precision, recall and
// F1.
func (s *NERScore) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d sentences, %d tokens\n", s.Sentences, s.Tokens)
	fmt.Fprintf(&b, "%-6s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "pred", "tp", "P", "R", "F1")
	line := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-6s %6d %6d %6d %7.4f %7.4f %7.4f\n", name, c.TP+c.FN, c.TP+c.FP, c.TP, c.Precision(), c.Recall(), c.F1())
	}
	for _, t := range s.Types() {
		line(t, *s.PerType[t])
	}
	line("micro", s.Micro)
	_, err := io.WriteString(w, b.String())
	return err
}
