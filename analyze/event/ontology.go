package event

import (
	"fmt"
	"io"
	"strings"

	"github.com/vedetta/vedetta/internal/lines"
)

// TypeInfo is what the ontology says about one PLOVER event type.
type TypeInfo struct {
	Type  string
	Quad  string
	Modes map[string]bool
}

// Ontology is the PLOVER table: event types and the contexts they may carry.
type Ontology struct {
	Types    map[string]*TypeInfo
	Contexts map[string]bool
}

// ParseOntology reads the tab-separated table of data/plover.tsv.
func ParseOntology(r io.Reader) (*Ontology, error) {
	o := &Ontology{Types: map[string]*TypeInfo{}, Contexts: map[string]bool{}}
	err := lines.Each(r, func(n int, line string) error {
		f := strings.Split(line, "\t")
		if f[0] == "context" {
			if len(f) != 2 {
				return fmt.Errorf("ontology line %d: context wants one field", n)
			}
			for _, c := range strings.Split(f[1], ",") {
				o.Contexts[strings.TrimSpace(c)] = true
			}
			return nil
		}
		if len(f) != 3 {
			return fmt.Errorf("ontology line %d: want type, quad, modes", n)
		}
		ti := &TypeInfo{Type: f[0], Quad: f[1], Modes: map[string]bool{}}
		if f[2] != "-" {
			for _, m := range strings.Split(f[2], ",") {
				ti.Modes[strings.TrimSpace(m)] = true
			}
		}
		o.Types[ti.Type] = ti
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(o.Types) != 16 {
		return nil, fmt.Errorf("ontology: %d event types, want 16", len(o.Types))
	}
	return o, nil
}

// Verbal reports whether events of type t are verbal (said rather than done).
func (o *Ontology) Verbal(t string) bool {
	ti := o.Types[t]
	return ti != nil && strings.HasPrefix(ti.Quad, "verbal")
}
