package ner

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:embed models/*.bin.gz models/gazetteer.tsv.gz
var modelFS embed.FS

type loaded struct {
	once sync.Once
	m    *Model
	err  error
}

var (
	loadMu sync.Mutex
	models = map[string]*loaded{}
)

// ErrNoModel is returned by ForLang for a language without a model.
var ErrNoModel = fmt.Errorf("no NER model")

// ForLang returns the embedded model of lang, loading it on first use.
func ForLang(lang string) (*Model, error) {
	lang = strings.ToLower(lang)
	loadMu.Lock()
	l := models[lang]
	if l == nil {
		l = &loaded{}
		models[lang] = l
	}
	loadMu.Unlock()
	l.once.Do(func() {
		raw, err := modelFS.ReadFile("models/" + lang + ".bin.gz")
		if err != nil {
			l.err = fmt.Errorf("%w for language %q", ErrNoModel, lang)
			return
		}
		l.m, l.err = Read(bytes.NewReader(raw))
		if l.err != nil {
			l.err = fmt.Errorf("model %s: %w", lang, l.err)
		}
	})
	return l.m, l.err
}

// Languages lists the languages with an embedded model.
func Languages() []string {
	var out []string
	ents, _ := fs.ReadDir(modelFS, "models")
	for _, e := range ents {
		if n, ok := strings.CutSuffix(e.Name(), ".bin.gz"); ok {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
