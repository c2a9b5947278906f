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
const maxSample = 600

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

// Analyze sets a.Lang unless the document already declares a candidate
// language. The title is used as well as the text, which helps short
// documents.
func (d *Detector) Analyze(a *vedetta.Analysis) {
	if a.Lang != "" && d.known(a.Lang) {
		return
	}
	a.Lang = d.Detect(a.Title + "\n" + a.Text)
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
	if len(text) > maxSample {
		cut := maxSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	l, ok := d.det.DetectLanguageOf(text)
	if !ok {
		return ""
	}
	return strings.ToLower(l.IsoCode639_1().String())
}
