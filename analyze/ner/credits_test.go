package ner

import (
	"strings"
	"testing"
)

func TestCredits(t *testing.T) {
	span := func(text, typ, s string) Span {
		i := strings.Index(text, s)
		return Span{Type: typ, Start: i, End: i + len(s)}
	}
	names := func(text string, spans []Span) []string {
		var out []string
		for _, sp := range spans {
			out = append(out, sp.Type+" "+text[sp.Start:sp.End])
		}
		return out
	}
	tests := []struct {
		name, lang, text string
		in               []string // TYPE text pairs, as the tagger would predict them
		want             []string
	}{
		{"photo credit with agency", "en",
			"Ministers met in Doha. Photograph: Amira bin Saleh/Agence Nord",
			[]string{"LOC Doha", "ORG Amira", "ORG Saleh/Agence Nord"},
			[]string{"LOC Doha", "PER Amira bin Saleh"}},
		{"credit naming only an agency", "en",
			"Ministers met in Doha. Photo: Agence Nord",
			[]string{"LOC Doha", "ORG Agence Nord"},
			[]string{"LOC Doha", "ORG Agence Nord"}},
		{"credit with via", "it",
			"Il vertice a Roma. Foto: Carla Neri via Agenzia Sud",
			[]string{"LOC Roma", "ORG Carla Neri"},
			[]string{"LOC Roma", "PER Carla Neri"}},
		{"agency signature closing the item", "it",
			"Il governo ha annunciato nuove misure. (segue) (Fed)\nAltro testo.",
			[]string{"ORG Fed"},
			nil},
		{"parenthesised name inside a sentence stays", "it",
			"Le Forze di supporto rapido (Rsf) hanno attaccato la città.",
			[]string{"ORG Forze di supporto rapido", "ORG Rsf"},
			[]string{"ORG Forze di supporto rapido", "ORG Rsf"}},
		{"parenthesised acronym ending a paragraph but long", "en",
			"The talks were led by the Organization (of the Northern Sea Coastal States)",
			[]string{"ORG Northern Sea Coastal States"},
			[]string{"ORG Northern Sea Coastal States"}},
		{"byline", "en",
			"Posted by Nordwire Staff on Monday. Nordwire reported the vote.",
			[]string{"ORG Nordwire Staff", "ORG Nordwire"},
			[]string{"ORG Nordwire"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var in []Span
			for _, p := range tc.in {
				typ, s, _ := strings.Cut(p, " ")
				in = append(in, span(tc.text, typ, s))
			}
			got := names(tc.text, Credits(tc.text, tc.lang, in))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzCredits checks that any text and spans give spans inside the text,
// never more than were given plus the credit names found.
func FuzzCredits(f *testing.F) {
	f.Add("Photograph: Ibraheem al Omari/Reuters", 0, 5)
	f.Add("feriti. (segue) (Res)", 17, 20)
	f.Add("(((", 1, 2)
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		if s < 0 || e > len(text) || s >= e {
			return
		}
		for _, sp := range Credits(text, "en", []Span{{Type: "ORG", Start: s, End: e}}) {
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("span %+v outside %q", sp, text)
			}
		}
	})
}
