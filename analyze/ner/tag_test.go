package ner

import (
	"bytes"
	"github.com/vedetta/vedetta/internal/repo"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze/segment"
)

// spansOf returns "TYPE:words" for each entity in a tagged sentence.
func spansOf(words, tags []string) []string {
	var out []string
	for i := 0; i < len(tags); i++ {
		if tags[i] == "O" {
			continue
		}
		typ := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, typ+":"+strings.Join(words[i:j], " "))
		i = j - 1
	}
	return out
}

func has(list []string, want string) bool {
	for _, s := range list {
		if s == want {
			return true
		}
	}
	return false
}

func TestCommittedModelsFindPersonAndOrg(t *testing.T) {
	cases := []struct {
		lang, sentence string
		want           []string
	}{
		{"en", "Angela Merkel met the chief executive of Microsoft in Paris on Tuesday .", []string{"PER:Angela Merkel", "ORG:Microsoft", "LOC:Paris"}},
		{"it", "Il presidente Sergio Mattarella ha incontrato ieri a Roma i dirigenti della Fiat .", []string{"PER:Sergio Mattarella", "LOC:Roma"}},
	}
	for _, c := range cases {
		m, err := ForLang(c.lang)
		if err != nil {
			t.Fatalf("%s: %v", c.lang, err)
		}
		words := strings.Fields(c.sentence)
		got := spansOf(words, m.Tag(words))
		for _, w := range c.want {
			if !has(got, w) {
				t.Errorf("%s: %q: want %s among %v", c.lang, c.sentence, w, got)
			}
		}
	}
}

func TestAcronym(t *testing.T) {
	for _, c := range []struct {
		w, lang string
		want    bool
	}{
		{"CGT", "es", true}, {"CCOO", "es", true}, {"PIT-CNT", "es", true}, {"ОДКБ", "ru", true},
		{"PIB", "es", false}, {"GDP", "en", false}, {"ВВП", "ru", false}, {"APR", "it", false}, // common things, a dateline's month
		{"XIV", "es", false}, {"A", "es", false}, {"Cgt", "es", false}, {"G7", "en", false}, {"ABCDEFGHI", "en", false},
	} {
		if got := Acronym(c.w, c.lang); got != c.want {
			t.Errorf("Acronym(%q, %s) = %v, want %v", c.w, c.lang, got, c.want)
		}
	}
}

func TestUntaggedAcronymIsOrg(t *testing.T) {
	// whatever the tagger reads, an acronym it leaves out names an
	// organisation; a common thing's does not
	m, err := ForLang("es")
	if err != nil {
		t.Fatal(err)
	}
	text := "La CGT rechazó la convocatoria y el PIB cayó."
	var got []string
	for _, sp := range m.Spans(text, segmentTokens(text), "es") {
		got = append(got, sp.Type+":"+text[sp.Start:sp.End])
	}
	if !has(got, "ORG:CGT") || has(got, "ORG:PIB") {
		t.Errorf("%q: spans %v, want ORG:CGT and no PIB", text, got)
	}
}

func TestCapsLineGivesNoSpans(t *testing.T) {
	// A wire headline in capitals has no case to read names by.
	m, err := ForLang("es")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want int
	}{
		{"MILES DE OBREROS MANIFESTARON CONTRA GARCIA EN LIMA", 0},
		{"Miles de obreros manifestaron contra Alan García en Lima", 1},
	} {
		n := len(m.Spans(c.text, segmentTokens(c.text), "es"))
		if (n > 0) != (c.want > 0) {
			t.Errorf("%q: %d spans", c.text, n)
		}
	}
}

func TestEveryLanguageHasAModel(t *testing.T) {
	for _, lang := range []string{"it", "en", "fr", "de", "es", "ru"} {
		start := time.Now()
		m, err := ForLang(lang)
		if err != nil {
			t.Errorf("%s: %v", lang, err)
			continue
		}
		if m.Lang != lang || m.NumFeatures() == 0 {
			t.Errorf("%s: model for %q with %d features", lang, m.Lang, m.NumFeatures())
		}
		t.Logf("%s: %d features, loaded in %v", lang, m.NumFeatures(), time.Since(start))
	}
	if _, err := ForLang("xx"); err == nil {
		t.Error("a language without a model should fail")
	}
}

// tiny is a small hand-written training set.
var tiny = []Labeled{
	{Words: strings.Fields("Maria Rossi lavora a Torino ."), Tags: strings.Fields("B-PER I-PER O O B-LOC O")},
	{Words: strings.Fields("La Fiat apre a Milano ."), Tags: strings.Fields("O B-ORG O O B-LOC O")},
	{Words: strings.Fields("Paolo Bianchi visita la Fiat ."), Tags: strings.Fields("B-PER I-PER O O B-ORG O")},
	{Words: strings.Fields("Torino e Milano sono città ."), Tags: strings.Fields("B-LOC O B-LOC O O O")},
}

func TestTrainDeterministicAndRoundTrip(t *testing.T) {
	write := func(m *Model) []byte {
		var b bytes.Buffer
		if err := m.Write(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	m1, err := Train("it", tiny, TrainOptions{Epochs: 5, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	m2, _ := Train("it", tiny, TrainOptions{Epochs: 5, Seed: 7})
	b1, b2 := write(m1), write(m2)
	if !bytes.Equal(b1, b2) {
		t.Error("same seed and data gave different models")
	}
	m3, err := Read(bytes.NewReader(b1))
	if err != nil {
		t.Fatal(err)
	}
	if m3.Lang != "it" || strings.Join(m3.Tags, " ") != strings.Join(m1.Tags, " ") {
		t.Errorf("read back %q %v", m3.Lang, m3.Tags)
	}
	for _, s := range tiny {
		got, want := m3.Tag(s.Words), m1.Tag(s.Words)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("after round trip %v, before %v", got, want)
		}
		// the training sentences are learnt
		if strings.Join(got, " ") != strings.Join(s.Tags, " ") {
			t.Errorf("%v: got %v want %v", s.Words, got, s.Tags)
		}
	}
	if _, err := Read(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("garbage read as a model")
	}
}

func TestBIOConstraint(t *testing.T) {
	m, err := ForLang("en")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("of the United Nations and - , the World Health Organization said")
	tags := m.Tag(words)
	for i, tg := range tags {
		if strings.HasPrefix(tg, "I-") && (i == 0 || tags[i-1][2:] != tg[2:] || tags[i-1] == "O") {
			t.Errorf("%v: I- tag after %q", tags, tags[max(i-1, 0)])
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Kassym-Jomart Tokayev": "kassym-jomart-tokayev",
		"Città del Vaticano":    "citta-del-vaticano",
		"Токаев":                "tokaev",
		"  Société Générale ":   "societe-generale",
		"Øresund Straße":        "oresund-strasse",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	if s := Slug("東京"); !strings.HasPrefix(s, "x") || len(s) != 9 {
		t.Errorf("Slug of unfoldable name = %q", s)
	}
}

func analysis(text, lang string) *vedetta.Analysis {
	a := vedetta.NewAnalysis(vedetta.Document{ID: "t", Text: text, Lang: lang})
	a.Sentences = segment.Sentences(a.Text, lang)
	a.Tokens = segment.Tokens(a.Text, a.Sentences)
	return a
}

func TestWordsSplitsLikeTheCorpora(t *testing.T) {
	a := analysis("Kassym-Jomart Tokayev parlò dell'Ucraina.", "it")
	var got []string
	for _, w := range Words(a.Text, a.Tokens, "it") {
		got = append(got, a.Text[w[0]:w[1]])
	}
	if want := "Kassym-Jomart|Tokayev|parlò|dell'|Ucraina|."; strings.Join(got, "|") != want {
		t.Errorf("words %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestAddEntitiesCoreference(t *testing.T) {
	text := "Kassym-Jomart Tokayev met Vladimir Putin. Later Tokayev spoke. The CSTO met."
	a := vedetta.NewAnalysis(vedetta.Document{Text: text})
	// a knowledge-base entity already covers CSTO
	csto := strings.Index(text, "CSTO")
	a.Entities = append(a.Entities, vedetta.Entity{ID: "csto", Name: "CSTO", Type: "ORG",
		Mentions: []vedetta.Mention{{Text: "CSTO", Start: csto, End: csto + 4, Kind: "abbreviation"}}})
	at := func(s string, n int) int {
		i := -1
		for ; n > 0; n-- {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return i
	}
	spans := []Span{
		{"PER", at("Kassym", 1), at("Kassym", 1) + len("Kassym-Jomart Tokayev")},
		{"PER", at("Vladimir", 1), at("Vladimir", 1) + len("Vladimir Putin.")}, // trailing period trimmed
		{"PER", at("Tokayev", 2), at("Tokayev", 2) + len("Tokayev")},
		{"ORG", csto, csto + 4}, // overlaps the KB mention: dropped
		{"MISC", 0, 6},          // MISC is not kept
	}
	AddEntities(a, spans)
	if len(a.Entities) != 3 {
		t.Fatalf("entities %+v", a.Entities)
	}
	tok := a.Entities[1]
	if tok.ID != "per:kassym-jomart-tokayev" || tok.Type != "PERSON" || tok.Name != "Kassym-Jomart Tokayev" || len(tok.Mentions) != 2 {
		t.Errorf("Tokayev entity %+v", tok)
	}
	if tok.Mentions[1].Text != "Tokayev" || tok.Mentions[1].Kind != "name" {
		t.Errorf("surname mention %+v", tok.Mentions[1])
	}
	if p := a.Entities[2]; p.ID != "per:vladimir-putin" || p.Mentions[0].Text != "Vladimir Putin" {
		t.Errorf("Putin entity %+v", p)
	}
	if len(a.Entities[0].Mentions) != 1 {
		t.Errorf("the KB entity changed: %+v", a.Entities[0])
	}
}

func TestStageOnOurSentence(t *testing.T) {
	a := analysis("Angela Merkel met the chief executive of Microsoft in Paris on Tuesday. Merkel said the talks went well.", "en")
	Stage{}.Analyze(a)
	byID := map[string]vedetta.Entity{}
	for _, e := range a.Entities {
		byID[e.ID] = e
	}
	if e, ok := byID["per:angela-merkel"]; !ok || len(e.Mentions) != 2 {
		t.Errorf("want Angela Merkel with 2 mentions, got %+v", a.Entities)
	}
	if _, ok := byID["org:microsoft"]; !ok {
		t.Errorf("want Microsoft, got %+v", a.Entities)
	}
	b := analysis("Testo senza modello.", "zz")
	Stage{}.Analyze(b)
	if len(b.Entities) != 0 {
		t.Errorf("a language without a model got entities %+v", b.Entities)
	}
}

// benchData loads the English dev set and model for the benchmarks.
func benchData(b *testing.B) ([]Labeled, *Model) {
	b.Helper()
	path := filepath.Join(sharedDir(b), "data", "ner", "en", "conll2003-val.conllu")
	data, err := ReadLabeled(path)
	if err != nil {
		b.Skipf("CoNLL-2003 dev set not available: %v", err)
	}
	m, err := ForLang("en")
	if err != nil {
		b.Fatal(err)
	}
	return data, m
}

// BenchmarkTag measures tagging speed on the English dev set (tokens/s).
func BenchmarkTag(b *testing.B) {
	data, m := benchData(b)
	tokens := 0
	for _, s := range data {
		tokens += len(s.Words)
	}
	var dst []int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range data {
			dst = m.TagIDs(s.Words, dst[:0])
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagDoc measures tagging the English dev set as one document
// (tokens/s): models with document features read the sentences around.
func BenchmarkTagDoc(b *testing.B) {
	data, m := benchData(b)
	tokens := 0
	doc := make([][]string, len(data))
	for i, s := range data {
		tokens += len(s.Words)
		doc[i] = s.Words
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.TagDoc(doc)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoadGazetteer measures reading the embedded gazetteer, which
// the first model to need it loads once.
func BenchmarkLoadGazetteer(b *testing.B) {
	raw, err := modelFS.ReadFile(gazFile)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := ReadGazetteer(bytes.NewReader(raw)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad measures loading a model from its embedded file.
func BenchmarkLoad(b *testing.B) {
	raw, err := modelFS.ReadFile("models/it.bin.gz")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := Read(bytes.NewReader(raw)); err != nil {
			b.Fatal(err)
		}
	}
}

// sharedDir finds ../shared beside the repository root.
func sharedDir(tb testing.TB) string {
	dir, err := repo.Shared()
	if err != nil {
		tb.Skip(err)
	}
	return dir
}

func TestAddEntitiesSkipsFragmentsAndLowerCase(t *testing.T) {
	text := "il presidente della Repubblica del Kazakistan e il governo di Mario Draghi"
	a := vedetta.NewAnalysis(vedetta.Document{Text: text})
	k := strings.Index(text, "Kazakistan")
	a.Entities = append(a.Entities, vedetta.Entity{ID: "KAZ", Type: "COUNTRY",
		Mentions: []vedetta.Mention{{Text: "Kazakistan", Start: k, End: k + len("Kazakistan"), Kind: "name"}}})
	span := func(typ, s string) Span {
		i := strings.Index(text, s)
		return Span{typ, i, i + len(s)}
	}
	AddEntities(a, []Span{span("ORG", "Repubblica"), span("ORG", "governo"), span("PER", "Mario Draghi")})
	if len(a.Entities) != 2 || a.Entities[1].ID != "per:mario-draghi" {
		t.Errorf("want only KAZ and Mario Draghi, got %+v", a.Entities)
	}
}

func TestAddEntitiesSkipsTreatiesAndCommonWords(t *testing.T) {
	text := "Difesa. Il Trattato di Sicurezza Collettiva lega gli alleati; la difesa comune e la Banca Mondiale."
	a := vedetta.NewAnalysis(vedetta.Document{Text: text, Lang: "it"})
	a.Tokens = nil
	for _, w := range Words(text, segmentTokens(text), "it") {
		a.Tokens = append(a.Tokens, vedetta.Token{Start: w[0], End: w[1]})
	}
	span := func(typ, s string) Span {
		i := strings.Index(text, s)
		return Span{typ, i, i + len(s)}
	}
	AddEntities(a, []Span{span("ORG", "Difesa"), span("ORG", "Trattato di Sicurezza Collettiva"), span("ORG", "Banca Mondiale")})
	if len(a.Entities) != 1 || a.Entities[0].ID != "org:banca-mondiale" {
		t.Errorf("want only Banca Mondiale, got %+v", a.Entities)
	}
}

// segmentTokens splits text at spaces and punctuation, enough for the test.
func segmentTokens(text string) []vedetta.Token {
	var out []vedetta.Token
	start := -1
	for i, r := range text + " " {
		if r == ' ' || r == '.' || r == ';' {
			if start >= 0 {
				out = append(out, vedetta.Token{Start: start, End: i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// addedNames runs AddEntities on text with the given predicted spans
// ("TYPE:surface", found in text) and returns the names of the entities
// added, joined by "|".
func addedNames(lang, text string, spans ...string) string {
	a := vedetta.NewAnalysis(vedetta.Document{Text: text, Lang: lang})
	var sp []Span
	for _, x := range spans {
		typ, surf, _ := strings.Cut(x, ":")
		i := strings.Index(text, surf)
		sp = append(sp, Span{typ, i, i + len(surf)})
	}
	AddEntities(a, sp)
	var got []string
	for _, e := range a.Entities {
		got = append(got, e.Name)
	}
	return strings.Join(got, "|")
}

func TestAddEntitiesSkipsCapitalisedInstitutions(t *testing.T) {
	// "el Senado", "the Army": the event lexicon's generic agents, not places
	text := "El Senado y el Congreso de la República rechazaron la ley. La Policía Nacional detuvo a tres."
	if got := addedNames("es", text, "LOC:Senado", "ORG:Congreso de la República", "ORG:Policía Nacional"); got != "Congreso de la República|Policía Nacional" {
		t.Errorf("want the two longer names only, got %q", got)
	}
	// an institution's longer name is an organisation, whatever the tagger
	// read
	text = "El Congreso de los Diputados aprobó la ley."
	a := vedetta.NewAnalysis(vedetta.Document{Text: text, Lang: "es"})
	AddEntities(a, []Span{{"LOC", 3, 28}})
	if len(a.Entities) != 1 || a.Entities[0].Type != "ORG" || a.Entities[0].Name != "Congreso de los Diputados" {
		t.Errorf("want ORG Congreso de los Diputados, got %+v", a.Entities)
	}
}

func TestAddEntitiesSkipsCapitalisedCommonNouns(t *testing.T) {
	text := "La Repubblica ha firmato. I capi di Stato della Repubblica Ceca e di Stato Libero hanno parlato."
	if got := addedNames("it", text, "ORG:Repubblica", "ORG:Stato", "LOC:Repubblica Ceca", "ORG:Stato Libero"); got != "Repubblica Ceca|Stato Libero" {
		t.Errorf("want the two longer names only, got %q", got)
	}
}

func TestAddEntitiesSkipsCapitalisedTitles(t *testing.T) {
	// A title written with a capital before a name is no name.
	if got := addedNames("fr", "Macron a écrit au Premier ministre britannique Keir Starmer.", "PER:Premier", "PER:Keir Starmer"); got != "Keir Starmer" {
		t.Errorf("want Keir Starmer only, got %q", got)
	}
	// "il presidente del Consiglio": the council of ministers, no name
	if got := addedNames("it", "Il presidente del Consiglio ha parlato con Mario Draghi.", "ORG:Consiglio", "PER:Mario Draghi"); got != "Mario Draghi" {
		t.Errorf("want Mario Draghi only, got %q", got)
	}
}
