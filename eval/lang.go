package eval

import (
	"fmt"
	"io"
	"sort"
)

// LangScore counts language identification results per gold language.
type LangScore struct {
	Name    string
	Total   map[string]int
	Correct map[string]int
	Errors  []string // "file: gold → got"
}

// NewLangScore starts a score.
func NewLangScore(name string) *LangScore {
	return &LangScore{Name: name, Total: map[string]int{}, Correct: map[string]int{}}
}

// Add records one decision.
func (s *LangScore) Add(item, gold, got string) {
	s.Total[gold]++
	if gold == got {
		s.Correct[gold]++
		return
	}
	s.Errors = append(s.Errors, fmt.Sprintf("%s: %s → %q", item, gold, got))
}

// Accuracy over all items.
func (s *LangScore) Accuracy() float64 {
	t, c := 0, 0
	for k, n := range s.Total {
		t += n
		c += s.Correct[k]
	}
	return ratio(c, t)
}

// Write prints the score.
func (s *LangScore) Write(w io.Writer) {
	t := 0
	for _, n := range s.Total {
		t += n
	}
	fmt.Fprintf(w, "%s: accuracy %.3f on %d items\n", s.Name, s.Accuracy(), t)
	var langs []string
	for k := range s.Total {
		langs = append(langs, k)
	}
	sort.Strings(langs)
	for _, l := range langs {
		fmt.Fprintf(w, "  %-3s %d/%d\n", l, s.Correct[l], s.Total[l])
	}
	for _, e := range s.Errors {
		fmt.Fprintf(w, "  error %s\n", e)
	}
}
