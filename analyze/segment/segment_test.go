package segment

import (
	"testing"
)

func spans(text, lang string) []string {
	var out []string
	for _, s := range Sentences(text, lang) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"plain", "it", "Il governo ha deciso. La Russia ha sostenuto la decisione.",
			[]string{"Il governo ha deciso.", "La Russia ha sostenuto la decisione."}},
		{"abbreviation it", "it", "Lo ha detto il dott. Rossi ieri. Poi è partito.",
			[]string{"Lo ha detto il dott. Rossi ieri.", "Poi è partito."}},
		{"abbreviation en", "en", "Mr. Smith met Gen. Jones in Washington. They talked.",
			[]string{"Mr. Smith met Gen. Jones in Washington.", "They talked."}},
		{"initial", "en", "John F. Kennedy was president. He died in 1963.",
			[]string{"John F. Kennedy was president.", "He died in 1963."}},
		{"quotes", "en", `He said: "We will go." Then he left.`,
			[]string{`He said: "We will go."`, "Then he left."}},
		{"guillemets", "fr", "Il a déclaré : « Nous partirons. » Puis il est parti.",
			[]string{"Il a déclaré : « Nous partirons. »", "Puis il est parti."}},
		{"paragraphs", "it", "Titolo senza punto\n\nPrimo paragrafo.\n\n  Secondo paragrafo",
			[]string{"Titolo senza punto", "Primo paragrafo.", "Secondo paragrafo"}},
		{"russian", "ru", "МИД России поддержал решение. В 1992 г. был подписан договор.",
			[]string{"МИД России поддержал решение.", "В 1992 г. был подписан договор."}},
		{"decimal", "en", "Growth was 2.5 percent. Markets rose.",
			[]string{"Growth was 2.5 percent.", "Markets rose."}},
		{"german ordinal date", "de", "Sie stimmte am 5. Januar zu. Die Truppen kamen am 6. an.",
			[]string{"Sie stimmte am 5. Januar zu.", "Die Truppen kamen am 6. an."}},
		{"german number ends a sentence", "de", "Es waren 25. Dann kamen mehr.",
			[]string{"Es waren 25.", "Dann kamen mehr."}},
		{"empty", "en", "   \n\n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := spans(tc.text, tc.lang)
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestTokens(t *testing.T) {
	text := "L'ONU, oggi. Kazakistan!"
	sents := Sentences(text, "it")
	toks := Tokens(text, sents)
	var got []string
	for _, tk := range toks {
		got = append(got, text[tk.Start:tk.End])
	}
	want := []string{"L'ONU", ",", "oggi", ".", "Kazakistan", "!"}
	if len(got) != len(want) {
		t.Fatalf("tokens %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %q, want %q", i, got[i], want[i])
		}
	}
	if toks[len(toks)-1].Sent != 1 {
		t.Errorf("last token in sentence %d, want 1", toks[len(toks)-1].Sent)
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Il dott. Rossi. Poi.\n\nAltro", "it")
	f.Add("Mr. A. B. \"x.\" y", "en")
	f.Add("Am 5. Januar. à5. März 12. mai", "de")
	f.Fuzz(func(t *testing.T, text, lang string) {
		prev := 0
		for _, s := range Sentences(text, lang) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %+v (prev end %d, len %d)", s, prev, len(text))
			}
			prev = s.End
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	text := "Il 6 gennaio 2022, il Consiglio di sicurezza collettiva della CSTO (Organizzazione del Trattato di Sicurezza Collettiva), composto dai capi di Stato e di governo degli Stati membri della CSTO, ha deciso, su richiesta del presidente della Repubblica del Kazakistan Tokayev, di inviare una forza di pace collettiva. La decisione è stata presa in conformità con l’articolo 4 del Trattato.\n\n"
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		s := Sentences(text, "it")
		Tokens(text, s)
	}
}
