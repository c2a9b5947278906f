package lang

import (
	"github.com/vedetta/vedetta"
	"sync"
	"testing"
)

var (
	once sync.Once
	det  *Detector
)

func detector(t testing.TB) *Detector {
	once.Do(func() {
		var err error
		det, err = New("it", "en", "fr", "es", "de", "ru")
		if err != nil {
			t.Fatal(err)
		}
	})
	return det
}

func TestDetect(t *testing.T) {
	d := detector(t)
	tests := []struct{ text, want string }{
		{"Dichiarazione del ministero degli Esteri russo in relazione alla decisione del Consiglio di sicurezza collettiva", "it"},
		{"La Federazione Russa continuerà a consultarsi strettamente con il Kazakistan", "it"},
		{"Russia backs CSTO peacekeeping mission", "en"},
		{"Le gouvernement a annoncé de nouvelles sanctions", "fr"},
		{"El gobierno anunció nuevas sanciones contra Rusia", "es"},
		{"Die Regierung kündigte neue Sanktionen an", "de"},
		{"МИД России поддержал решение ОДКБ", "ru"},
		{"Proteste a Roma contro il governo", "it"},
		{"Protesters clash with police in Almaty", "en"},
		// Short titles.
		{"Sanzioni contro Mosca", "it"},
		{"Russia backs CSTO mission", "en"},
		{"Nuevas sanciones de la UE", "es"},
		{"Neue Sanktionen gegen Russland", "de"},
		{"L'OTSC quitte le Kazakhstan", "fr"},
		{"Новые санкции ЕС", "ru"},
	}
	for _, tc := range tests {
		if got := d.Detect(tc.text); got != tc.want {
			t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNewErrors(t *testing.T) {
	if _, err := New(); err == nil {
		t.Error("New() with no languages: want error")
	}
	if _, err := New("it", "xx"); err == nil {
		t.Error("New with unknown code: want error")
	}
	d, err := New("it")
	if err != nil || d.Detect("anything at all") != "it" {
		t.Errorf("single-language detector: %v", err)
	}
}

func BenchmarkDetect(b *testing.B) {
	d := detector(b)
	text := "Il 6 gennaio 2022, il Consiglio di sicurezza collettiva della CSTO, composto dai capi di Stato e di governo degli Stati membri della CSTO, ha deciso di inviare una forza di pace collettiva nella Repubblica del Kazakistan."
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		d.Detect(text)
	}
}

func TestDeclaredLanguageChecked(t *testing.T) {
	d := detector(t)
	it := "La Federazione Russa continuerà a consultarsi strettamente con il Kazakistan e altri alleati della CSTO per analizzare e, se necessario, sviluppare ulteriori passi efficaci per assistere le forze dell'ordine del Kazakistan."
	a := &vedetta.Analysis{Lang: "en", Text: it}
	d.Analyze(a)
	if a.Lang != "it" {
		t.Errorf("declared en on Italian text: lang %q, want it", a.Lang)
	}
	a = &vedetta.Analysis{Lang: "fr", Text: "Russia backs CSTO mission."}
	d.Analyze(a)
	if a.Lang != "fr" {
		t.Errorf("short text: declared language overridden to %q", a.Lang)
	}
	a = &vedetta.Analysis{Lang: "it", Text: it}
	d.Analyze(a)
	if a.Lang != "it" {
		t.Errorf("right declaration changed to %q", a.Lang)
	}
}

// TestTitleInsideText: a title the text starts with is not given twice (a
// short text repeated can tip the detector: this one reads as Italian).
func TestTitleInsideText(t *testing.T) {
	d := detector(t)
	s := "El lunes Rusia atacó a Ucrania. Ayer el gobierno de Rusia condenó a Ucrania."
	a := vedetta.NewAnalysis(vedetta.Document{Title: s, Text: s})
	d.Analyze(a)
	if a.Lang != "es" {
		t.Errorf("lang %q, want es", a.Lang)
	}
}
