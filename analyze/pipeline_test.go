package analyze

import (
	"os"
	"strings"
	"testing"

	"github.com/vedetta/vedetta"
)

func TestExample(t *testing.T) {
	raw, err := os.ReadFile("../examples/csto-kazakhstan-2022-01.it.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimSpace(string(raw))
	a := p.Analyze(vedetta.Document{ID: "x", Date: "2022-01", Text: text})
	if a.Lang != "it" {
		t.Errorf("lang = %q, want it", a.Lang)
	}
	if len(a.Sentences) < 6 {
		t.Errorf("only %d sentences", len(a.Sentences))
	}
	for _, s := range a.Sentences {
		if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
			t.Fatalf("bad sentence span %+v", s)
		}
	}
}

// FuzzAnalyze runs the whole pipeline on arbitrary text in each language:
// it must not panic, and every span it reports must lie in the text.
func FuzzAnalyze(f *testing.F) {
	p, err := New(Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Russia attacked Ukraine. It also threatened Poland.", "en")
	f.Add("LOS MINEROS INICIAN PARALIZACION. «Paro» \"total\", dijo.", "es")
	f.Add("Sie stimmte am 5. Januar auf Antrag des Präsidenten zu.", "de")
	f.Add("La Russia ha negato di aver bombardato, che ", "it")
	f.Add("Китай окажет Сербии помощь, который", "ru")
	f.Add("Le Mali a refusé de « rencontrer", "fr")
	f.Add("Die Truppen zogen sich nicht zurück, Peking wies alles ab", "de")
	f.Add("Brazil beat Argentina 2 - 1; Iran warned that it would strike", "en")
	f.Add("Sollte Moskau angreifen, werde Berlin Sanktionen verhängen, sagte", "de")
	f.Add("Les troupes ne se sont pas retirées, a dénoncé jeudi le gouvernement", "fr")
	f.Add("Бои между Россией и Украиной возобновились; задержаны журналисты", "ru")
	f.Add("Tras reunirse con Perú, Brussels pidió; la Commissione verserà 105 milioni", "es")
	f.Fuzz(func(t *testing.T, text, lang string) {
		if len(lang) > 3 {
			lang = lang[:3]
		}
		a := p.Analyze(vedetta.Document{ID: "f", Lang: lang, Date: "2022-01-10", Text: text})
		for _, e := range a.Events {
			if e.Start < 0 || e.End > len(a.Text) || e.Start > e.End || a.Text[e.Start:e.End] != e.Evidence {
				t.Fatalf("bad event span %+v in %q", e, a.Text)
			}
		}
		for _, en := range a.Entities {
			for _, m := range en.Mentions {
				if m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
					t.Fatalf("bad mention %+v in %q", m, a.Text)
				}
			}
		}
	})
}
