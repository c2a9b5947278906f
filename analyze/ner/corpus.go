package ner

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// CorpusFile is one training file under the NER data directory
// (../shared/data/ner).
type CorpusFile struct {
	Path string // relative to the data directory
	// Split marks a file that is also the language's scoring set: training
	// reads only its sentences outside the held-out tenth (see HeldOut).
	Split bool
	// NoMisc maps MISC tags to O, for languages whose main corpus does not
	// annotate them (KIND, Italian).
	NoMisc bool
	// Domain is the text domain (DomainNews, ...) for FeatDomain models.
	Domain int
}

// Text domains of the corpora. Models with FeatDomain learn, besides each
// feature, a copy of it for the domain of the sentence (feature
// augmentation, Daumé 2007) and tag with the news copies: corpora whose
// annotation conventions differ (KIND Wikinews marks "governo" and
// "polizia" as organisations, WikiNEuRal does not) no longer pull the news
// model their way.
const (
	DomainNews = 1 + iota
	DomainPolitics
	DomainFiction
	DomainWiki
)

// Corpus lists the training files of each language.
var Corpus = map[string][]CorpusFile{
	// KIND Wikinews is listed twice: the news domain counts double.
	// WikiNEuRal it is not trained on: its names serve in the gazetteer
	// (scored better on WN_dev than training on it, 0.798 against 0.791).
	"it": {
		{Path: "it/kind-WN_train.tsv", Domain: DomainNews},
		{Path: "it/kind-WN_train.tsv", Domain: DomainNews},
		{Path: "it/kind-ADG_train.tsv", Domain: DomainPolitics},
		{Path: "it/kind-FIC_train.tsv", Domain: DomainFiction},
	},
	// English WikiNEuRal is not a scoring set: it is used whole.
	"en": {{Path: "en/conll2003-train.conllu", Domain: DomainNews}, {Path: "en/wikineural-val.conllu", Domain: DomainWiki}},
	"fr": {{Path: "fr/wikineural-val.conllu", Split: true}},
	"de": {{Path: "de/wikineural-val.conllu", Split: true}},
	"es": {{Path: "es/wikineural-val.conllu", Split: true}},
	"ru": {{Path: "ru/wikineural-val.conllu", Split: true}},
}

// DevSets are the scoring sets of each language: a separate dev file, or
// the held-out tenth of a split file (Split true).
var DevSets = map[string][]CorpusFile{
	"it": {{Path: "it/kind-WN_dev.tsv"}, {Path: "it/wikineural-val.conllu", Split: true}},
	"en": {{Path: "en/conll2003-val.conllu"}},
	"fr": {{Path: "fr/wikineural-val.conllu", Split: true}},
	"de": {{Path: "de/wikineural-val.conllu", Split: true}},
	"es": {{Path: "es/wikineural-val.conllu", Split: true}},
	"ru": {{Path: "ru/wikineural-val.conllu", Split: true}},
}

// HeldOut reports whether sentence i (0-based, counting labelled sentences
// after document markers are dropped) of a split file is held out for
// scoring: every tenth sentence, i%10 == 9.
func HeldOut(i int) bool { return i%10 == 9 }

// ReadLabeled reads a labelled CoNLL/TSV file (token column found with
// TokenColumn, gold tag in the last column).
func ReadLabeled(path string) ([]Labeled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	l, err := Labels(sents, TokenColumn(sents))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return l, nil
}

// Load reads the corpus files from dir. With heldout false it returns the
// training part of split files, with heldout true their held-out part
// (files without Split are returned whole either way).
func Load(dir string, files []CorpusFile, heldout bool) ([]Labeled, error) {
	var out []Labeled
	for _, cf := range files {
		l, err := ReadLabeled(filepath.Join(dir, cf.Path))
		if err != nil {
			return nil, err
		}
		for i, s := range l {
			if cf.Split && HeldOut(i) != heldout {
				continue
			}
			if cf.NoMisc {
				s = noMisc(s)
			}
			s.Domain = cf.Domain
			out = append(out, s)
		}
	}
	return out, nil
}

func noMisc(s Labeled) Labeled {
	tags := make([]string, len(s.Tags))
	for i, t := range s.Tags {
		if strings.HasSuffix(t, "-MISC") {
			t = "O"
		}
		tags[i] = t
	}
	return Labeled{Words: s.Words, Tags: tags}
}

// Setting is the training setting a language's committed model was built
// with.
type Setting struct {
	Epochs int
	Prune  int
	Feats  uint32 // optional feature groups (FeatGazetteer, ...)
}

// Settings are the per-language defaults of "vedetta train ner".
var Settings = map[string]Setting{
	"it": {Epochs: 8, Feats: featsBase | FeatDomain | FeatDocument},
	"en": {Epochs: 4, Feats: featsBase | FeatDomain | FeatDocument},
	"fr": {Epochs: 8, Feats: featsBase},
	"de": {Epochs: 8, Feats: featsBase},
	"es": {Epochs: 8, Feats: featsBase},
	"ru": {Epochs: 8, Feats: featsBase},
}

// featsBase are the feature groups of every model. Document features need
// sentences in document order, which KIND and CoNLL-2003 keep; the
// WikiNEuRal models go without.
const featsBase = FeatGazetteer | FeatViterbi | FeatContext | FeatPairs | FeatGazSame | FeatGazWords
