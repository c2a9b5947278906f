package analyze

import (
	"fmt"
	"strings"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze/lang"
	"github.com/vedetta/vedetta/analyze/segment"
)

// Stage is one step of the analysis. It reads what earlier stages put in the
// Analysis and adds its own results.
type Stage interface {
	Name() string
	Analyze(a *vedetta.Analysis)
}

// Config selects what the pipeline loads.
type Config struct {
	// Languages are the ISO 639-1 codes language identification chooses
	// among; empty means DefaultLanguages.
	Languages []string
}

// DefaultLanguages are the languages Vedetta analyses.
var DefaultLanguages = []string{"it", "en", "fr", "es", "de", "ru"}

// Pipeline is a ready-to-use sequence of stages. It is safe for concurrent
// use by several goroutines.
type Pipeline struct {
	Stages []Stage
}

// New builds the default pipeline.
func New(cfg Config) (*Pipeline, error) {
	langs := cfg.Languages
	if len(langs) == 0 {
		langs = DefaultLanguages
	}
	det, err := lang.New(langs...)
	if err != nil {
		return nil, fmt.Errorf("language identification: %w", err)
	}
	p := &Pipeline{Stages: []Stage{
		det,
		segment.Stage{},
		// Later stages (dates, entities, events) are appended here.
	}}
	return p, nil
}

// Analyze runs every stage over d.
func (p *Pipeline) Analyze(d vedetta.Document) *vedetta.Analysis {
	a := vedetta.NewAnalysis(d)
	a.Lang = strings.ToLower(a.Lang)
	for _, s := range p.Stages {
		s.Analyze(a)
	}
	return a
}
