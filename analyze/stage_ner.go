package analyze

import "github.com/vedetta/vedetta/analyze/ner"

// The statistical NER stage runs after the knowledge base (40): it adds the
// persons, organisations and places the knowledge base did not link.
func init() {
	addStage(50, "ner", func(Config) (Stage, error) { return ner.Stage{}, nil })
}
