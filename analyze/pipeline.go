package analyze

import (
	"fmt"
	"sort"
	"strings"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze/lang"
	"github.com/vedetta/vedetta/analyze/segment"
)

// Stage is one step of the analysis. It reads what earlier stages put in the
// Analysis and adds its own results. Analyze must be safe for concurrent use.
type Stage interface {
	Name() string
	Analyze(a *vedetta.Analysis)
}

// Config selects what the pipeline loads.
type Config struct {
	// Languages are the ISO 639-1 codes language identification chooses
	// among; empty means DefaultLanguages.
	Languages []string
	// KBFiles are user files (YAML or CSV) that add to or override the
	// built-in knowledge base.
	KBFiles []string
}

// DefaultLanguages are the languages Vedetta analyses.
var DefaultLanguages = []string{"it", "en", "fr", "es", "de", "ru"}

// factory builds one stage. Stages run in ascending order.
type factory struct {
	order int
	name  string
	build func(cfg Config) (Stage, error)
}

var factories []factory

// addStage registers a stage; each stage has its own file (stage_*.go) that
// calls it from init. Orders: lang 10, segment 20, dates 30, entities 40,
// NER 50, events 60.
func addStage(order int, name string, build func(cfg Config) (Stage, error)) {
	factories = append(factories, factory{order, name, build})
}

func init() {
	addStage(10, "lang", func(cfg Config) (Stage, error) { return lang.New(cfg.Languages...) })
	addStage(20, "segment", func(Config) (Stage, error) { return segment.Stage{}, nil })
}

// Pipeline is a ready-to-use sequence of stages. It is safe for concurrent
// use by several goroutines.
type Pipeline struct {
	Stages []Stage
}

// New builds the default pipeline with every registered stage.
func New(cfg Config) (*Pipeline, error) {
	if len(cfg.Languages) == 0 {
		cfg.Languages = DefaultLanguages
	}
	fs := append([]factory(nil), factories...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].order < fs[j].order })
	p := &Pipeline{}
	for _, f := range fs {
		s, err := f.build(cfg)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
		p.Stages = append(p.Stages, s)
	}
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
