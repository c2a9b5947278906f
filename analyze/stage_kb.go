package analyze

import (
	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze/kb"
)

// kbStage links mentions to the knowledge base (countries, organisations,
// state bodies, people) and fills a.Entities.
type kbStage struct{ k *kb.KB }

func (kbStage) Name() string { return "entities" }

func (s kbStage) Analyze(a *vedetta.Analysis) {
	a.Entities = s.k.Link(a)
}

func init() {
	addStage(40, "entities", func(cfg Config) (Stage, error) {
		if len(cfg.KBFiles) == 0 {
			k, err := kb.Default()
			if err != nil {
				return nil, err
			}
			return kbStage{k}, nil
		}
		k, err := kb.Load(cfg.KBFiles...)
		if err != nil {
			return nil, err
		}
		return kbStage{k}, nil
	})
}
