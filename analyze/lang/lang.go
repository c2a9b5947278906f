package lang

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
	"github.com/vedetta/vedetta"
)

// Detector picks the language of a text among a fixed set of candidates.
// It is safe for concurrent use.
type Detector struct {
	det   lingua.LanguageDetector
	codes []string
}

// maxSample is how much text is given to the detector: enough for a reliable
// decision, bounded so a huge document costs no more than a long article.
const maxSample = 300

// New builds a detector for the given ISO 639-1 codes (at least one).
func New(codes ...string) (*Detector, error) {
	var langs []lingua.Language
	seen := map[string]bool{}
	for _, c := range codes {
		c = strings.ToLower(strings.TrimSpace(c))
		if c == "" || seen[c] {
			continue
		}
		seen[c] = true
		iso := lingua.GetIsoCode639_1FromValue(strings.ToUpper(c))
		if iso == lingua.UnknownIsoCode639_1 {
			return nil, fmt.Errorf("unknown language code %q", c)
		}
		langs = append(langs, lingua.GetLanguageFromIsoCode639_1(iso))
	}
	if len(langs) == 0 {
		return nil, fmt.Errorf("no candidate languages")
	}
	d := &Detector{codes: sortedKeys(seen)}
	if len(langs) == 1 {
		// lingua needs two candidates; a single one is always the answer.
		d.codes = []string{strings.ToLower(langs[0].IsoCode639_1().String())}
		return d, nil
	}
	d.det = lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).WithPreloadedLanguageModels().Build()
	return d, nil
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Name implements analyze.Stage.
func (d *Detector) Name() string { return "lang" }

// Analyze sets a.Lang. A declared candidate language is kept unless the
// text is long enough to judge (checkMin bytes) and the detector is almost
// sure (overrideConfidence) that it is another language: web pages often
// declare their template's language, not the article's. A title the text
// does not already start with is used as well, which helps short documents.
func (d *Detector) Analyze(a *vedetta.Analysis) {
	text := a.Text
	if a.Title != "" && !strings.Contains(sample(a.Text), a.Title) {
		text = a.Title + "\n" + a.Text // a title kept apart from the text
	}
	if a.Lang != "" && d.known(a.Lang) {
		if d.det == nil || len(a.Text) < checkMin {
			return
		}
		if l, conf := d.best(text); l != "" && l != a.Lang && conf >= overrideConfidence {
			a.Lang = l
		}
		return
	}
	a.Lang = d.Detect(text)
}

// Thresholds for overriding a declared language.
const (
	checkMin           = 200
	overrideConfidence = 0.95
)

// best returns the most likely language of text and its confidence (0 to 1,
// relative to the candidates).
func (d *Detector) best(text string) (string, float64) {
	vals := d.det.ComputeLanguageConfidenceValues(sample(text))
	if len(vals) == 0 || vals[0].Value() == 0 {
		return "", 0
	}
	return strings.ToLower(vals[0].Language().IsoCode639_1().String()), vals[0].Value()
}

// sample bounds the text given to the detector, cut on a rune boundary.
func sample(text string) string {
	if len(text) <= maxSample {
		return text
	}
	cut := maxSample
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

func (d *Detector) known(code string) bool {
	for _, c := range d.codes {
		if c == code {
			return true
		}
	}
	return false
}

// Detect returns the ISO 639-1 code of the most likely language of text, or
// "" when it cannot tell (no letters at all).
func (d *Detector) Detect(text string) string {
	if d.det == nil {
		return d.codes[0]
	}
	l, ok := d.det.DetectLanguageOf(sample(text))
	if !ok {
		return ""
	}
	return strings.ToLower(l.IsoCode639_1().String())
}
