package main

import (
	"fmt"
	"sort"
	"testing"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/eval"
)

func TestZZNone(t *testing.T) {
	p, _ := analyze.New(analyze.Config{})
	an := func(d vedetta.Document) *vedetta.Analysis { return p.Analyze(d) }
	r, err := eval.SpanishEvents("../../../shared/eval/events/spanish_protest_plover_validation.xml", an)
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range r.Records {
		if rec.Held || rec.Top != "" {
			continue
		}
		var g []string
		for k := range rec.Gold {
			g = append(g, k)
		}
		sort.Strings(g)
		fmt.Printf("%s gold=%v\n  %s\n", rec.ID, g, rec.Text)
	}
}
