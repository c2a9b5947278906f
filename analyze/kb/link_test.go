package kb_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta/internal/golden"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze/kb"
	"github.com/vedetta/vedetta/analyze/segment"
	"github.com/vedetta/vedetta/examples"
	"github.com/vedetta/vedetta/ingest"
)

func loadKB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// analyse reads a dated text, segments it and links its entities.
func analyse(t testing.TB, k *kb.KB, name string, raw []byte) *vedetta.Analysis {
	t.Helper()
	var doc vedetta.Document
	err := ingest.ReadStream(name, bytes.NewReader(raw), ingest.Options{}, func(it ingest.Item) error {
		doc = it.Doc
		return it.Err
	})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	a := vedetta.NewAnalysis(doc)
	if parts := strings.Split(name, "."); len(parts) >= 3 {
		a.Lang = parts[len(parts)-2]
	}
	segment.Stage{}.Analyze(a)
	a.Entities = k.Link(a)
	return a
}

func find(a *vedetta.Analysis, id string) *vedetta.Entity {
	for i := range a.Entities {
		if a.Entities[i].ID == id {
			return &a.Entities[i]
		}
	}
	return nil
}

func hasMention(e *vedetta.Entity, text, kind string) bool {
	for _, m := range e.Mentions {
		if m.Text == text && (kind == "" || m.Kind == kind) {
			return true
		}
	}
	return false
}

// TestReferenceDocument checks the done-when list of the reference
// document (an Italian translation of the Russian Foreign Ministry
// statement on the CSTO mission, January 2022).
func TestReferenceDocument(t *testing.T) {
	k := loadKB(t)
	raw, err := examples.FS.ReadFile(examples.Reference)
	if err != nil {
		t.Fatal(err)
	}
	a := analyse(t, k, examples.Reference, raw)
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if a.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q does not match its offsets", e.ID, m.Text)
			}
		}
	}
	kaz := find(a, "KAZ")
	if kaz == nil || kaz.Type != "COUNTRY" || !hasMention(kaz, "Kazakistan", "name") || !hasMention(kaz, "Repubblica del Kazakistan", "name") {
		t.Errorf("Kazakhstan: %+v", kaz)
	} else if !hasMention(kaz, "kazaki", "adjective") || !hasMention(kaz, "kazake", "adjective") {
		t.Errorf("Kazakhstan adjectives kazaki/kazake missing: %+v", kaz.Mentions)
	}
	rus := find(a, "RUS")
	if rus == nil || !hasMention(rus, "Federazione russa", "") || !hasMention(rus, "Federazione Russa", "") {
		t.Errorf("Russia: %+v", rus)
	}
	csto := find(a, "igo:Q318693")
	if csto == nil || csto.Sector != "IGO" || csto.Type != "ORG" || csto.Name != "Collective Security Treaty Organization" ||
		!hasMention(csto, "CSTO", "abbreviation") || !hasMention(csto, "Organizzazione del Trattato di Sicurezza Collettiva", "name") {
		t.Errorf("CSTO: %+v", csto)
	}
	tok := find(a, "per:kassym-jomart-tokayev")
	if tok == nil || tok.Type != "PERSON" || tok.Country != "KAZ" || !hasMention(tok, "Tokayev", "name") {
		t.Errorf("Tokayev: %+v", tok)
	}
	mfa := find(a, "gov:RUS:MFA")
	if mfa == nil || mfa.Type != "ORG" || mfa.Country != "RUS" || mfa.Sector != "GOV" || !hasMention(mfa, "ministero degli Esteri russo", "name") ||
		mfa.Name != "Ministry of Foreign Affairs of Russia" {
		t.Errorf("Russian MFA: %+v", mfa)
	}
	// Entities come in the order of their first mention.
	for i := 1; i < len(a.Entities); i++ {
		if a.Entities[i].Mentions[0].Start < a.Entities[i-1].Mentions[0].Start {
			t.Errorf("entity %s before %s", a.Entities[i-1].ID, a.Entities[i].ID)
		}
	}
}

// TestGolden links the texts of testdata/golden (written for these tests)
// and compares with the .json beside each; -update rewrites them.
func TestGolden(t *testing.T) {
	k := loadKB(t)
	files, _ := filepath.Glob("testdata/golden/*.txt")
	if len(files) < 5 {
		t.Fatalf("only %d golden inputs", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := analyse(t, k, filepath.Base(f), raw)
			got, _ := json.MarshalIndent(a.Entities, "", "  ")
			got = append(got, '\n')
			want := strings.TrimSuffix(f, ".txt") + ".json"
			golden.Check(t, want, got)
		})
	}
}

func TestDateAwareRoles(t *testing.T) {
	k := loadKB(t)
	for _, c := range []struct{ date, want string }{
		{"2018", "Nursultan Nazarbayev"}, {"2018-05-10", "Nursultan Nazarbayev"},
		{"2019-03-21", "Kassym-Jomart Tokayev"}, {"2022-01", "Kassym-Jomart Tokayev"},
	} {
		p, ok := k.Holder("KAZ", "HOS", c.date)
		if !ok || p.Name != c.want {
			t.Errorf("HOS of KAZ on %s = %q, want %q", c.date, p.Name, c.want)
		}
	}
	if p, ok := k.Holder("RUS", "FM", "2020-10-10"); !ok || p.Name != "Sergey Lavrov" {
		t.Errorf("FM of RUS in 2020 = %+v", p)
	}
	if _, ok := k.Holder("KAZ", "HOS", ""); ok {
		t.Error("a role resolved without a date")
	}
	link := func(date, text string) *vedetta.Analysis {
		return analyse(t, k, "x.en.txt", []byte("date "+date+"\n\n"+text))
	}
	for _, c := range []struct{ date, id string }{{"2018-06", "per:nursultan-nazarbayev"}, {"2022-01", "per:kassym-jomart-tokayev"}} {
		a := link(c.date, "The president of Kazakhstan spoke on television.")
		e := find(a, c.id)
		if e == nil || !hasMention(e, "president of Kazakhstan", "role") {
			t.Errorf("%s: the president of Kazakhstan: %+v", c.date, a.Entities)
		}
	}
}

// TestOrgHeaded checks that a person heading an international organisation
// on the document's date acts for it, and only then.
func TestOrgHeaded(t *testing.T) {
	k := loadKB(t)
	for _, c := range []struct{ date, org string }{
		{"2024-05-20", "igo:Q1065"}, // Secretary-General since 2017
		{"2000-06-01", ""},          // Portugal's prime minister then
	} {
		a := analyse(t, k, "x.en.txt", []byte("date "+c.date+"\n\nAntónio Guterres urged Israel to agree to a ceasefire."))
		e := find(a, "per:antonio-guterres")
		if e == nil || e.Org != c.org || e.Country != "PRT" {
			t.Errorf("%s: Guterres = %+v, want org %q", c.date, e, c.org)
		}
	}
}

// TestOrgHeadNamed checks that a person the text names as an
// organisation's head acts for it, whatever the date, and that a person
// named with no such title keeps the knowledge base's reading.
func TestOrgHeadNamed(t *testing.T) {
	k := loadKB(t)
	for _, c := range []struct{ file, text, org string }{
		{"x.it.txt", "Il segretario generale della NATO Mark Rutte ha parlato con Jonas Gahr Støre.", "igo:Q7184"},
		{"x.en.txt", "NATO Secretary General Mark Rutte met Jonas Gahr Støre.", "igo:Q7184"},
		{"x.en.txt", "Mark Rutte met Jonas Gahr Støre.", ""}, // Dutch prime minister on that date
	} {
		a := analyse(t, k, c.file, []byte("date 2024-05-20\n\n"+c.text))
		e := find(a, "per:mark-rutte")
		if e == nil || e.Org != c.org {
			t.Errorf("%q: Rutte = %+v, want org %q", c.text, e, c.org)
		}
	}
}

// TestOrgansAndQuantities checks that an organ acts for its organisation,
// and that a country name before a quantity is the country, not a channel.
func TestOrgansAndQuantities(t *testing.T) {
	k := loadKB(t)
	a := analyse(t, k, "x.it.txt", []byte("date 2024-05-20\n\nLa Commissione europea verserà alla Tunisia 105 milioni di euro."))
	if e := find(a, "igo:Q8880"); e == nil || e.Org != "igo:Q458" {
		t.Errorf("European Commission: %+v, want the EU's organ", e)
	}
	if find(a, "TUN") == nil {
		t.Errorf("Tunisia before a sum: %+v", a.Entities)
	}
	a = analyse(t, k, "x.fr.txt", []byte("date 2024-05-20\n\nSelon France 24, le gouvernement a démissionné."))
	if find(a, "FRA") != nil {
		t.Errorf("France 24 is a channel: %+v", a.Entities)
	}
}

func TestCaseRules(t *testing.T) {
	k := loadKB(t)
	a := analyse(t, k, "x.en.txt", []byte("date 2022-01\n\nLet us go. Us too. The turkey was fine, and a chad fell."))
	for _, e := range a.Entities {
		t.Errorf("common words linked: %s %+v", e.ID, e.Mentions)
	}
	a = analyse(t, k, "x.it.txt", []byte("date 2022-01\n\nLo Stato e il Paese. Gli Usa e l'Ue, la NATO e la Nato."))
	for _, id := range []string{"USA", "igo:Q458", "igo:Q7184"} {
		if find(a, id) == nil {
			t.Errorf("%s not found in %+v", id, a.Entities)
		}
	}
	if len(a.Entities) != 3 {
		t.Errorf("want 3 entities, got %+v", a.Entities)
	}
}

func TestInDocumentLearning(t *testing.T) {
	k := loadKB(t)
	a := analyse(t, k, "x.it.txt", []byte("date 2024-03\n\nIl presidente della Repubblica del Kazakistan Aldo Verdi ha parlato. "+
		"Verdi ha poi lasciato Astana. L'Unione europea (XEU) e la XEU hanno risposto."))
	p := find(a, "per:aldo-verdi")
	if p == nil || p.Country != "KAZ" || p.Sector != "GOV" || p.Type != "PERSON" || !hasMention(p, "Verdi", "name") {
		t.Errorf("apposition person: %+v", a.Entities)
	}
	eu := find(a, "igo:Q458")
	if eu == nil || !hasMention(eu, "XEU", "abbreviation") || len(eu.Mentions) != 3 {
		t.Errorf("acronym in brackets: %+v", eu)
	}
}

func TestCapsLineSurname(t *testing.T) {
	// In a line in capitals, a known surname does not take in the words
	// before it: they are capitalised too, but no first names.
	k := loadKB(t)
	a := analyse(t, k, "x.es.txt", []byte("date 1996-05\n\nEl primer ministro Benjamin Netanyahu habló.\nMILES DE ISRAELIES MANIFESTARON CONTRA NETANYAHU\n"))
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if strings.Contains(m.Text, "MANIFESTARON") || strings.Contains(m.Text, "CONTRA") {
				t.Errorf("mention %q of %s", m.Text, e.ID)
			}
		}
	}
}

func TestDiacriticsNoFalseFriend(t *testing.T) {
	// "Susa" (Val di Susa, Italy) is not Shusha, once written Šuša.
	k := loadKB(t)
	a := analyse(t, k, "x.it.txt", []byte("date 2024-05\n\nIl corteo contro la Tav in Val di Susa.\n"))
	if e := find(a, "loc:shusha"); e != nil {
		t.Errorf("Susa linked to Shusha: %+v", e)
	}
}

func TestIGOHeadsOfGovernment(t *testing.T) {
	// An organisation's heads of government are its members' leaders, not
	// its secretary general.
	k := loadKB(t)
	a := analyse(t, k, "x.de.txt", []byte("date 2023-07-12\n\nDie Staats- und Regierungschefs der NATO haben der Ukraine Hilfe zugesagt.\n"))
	for _, e := range a.Entities {
		if e.Type == "PERSON" {
			t.Errorf("a person linked: %+v", e)
		}
	}
}

func TestCapsLineArticle(t *testing.T) {
	// In a line in capitals, "UN" is the article; in running text the UN.
	k := loadKB(t)
	a := analyse(t, k, "x.es.txt", []byte("date 1996-05\n\nETA ASESINA A UN TENIENTE CORONEL EN MADRID\nLa UN condenó el atentado.\n"))
	un := find(a, "igo:Q1065")
	if un == nil || len(un.Mentions) != 1 || un.Mentions[0].Text != "UN" || un.Mentions[0].Start < 40 {
		t.Errorf("want the UN once, in running text: %+v", un)
	}
}

func TestScriptsAndForms(t *testing.T) {
	k := loadKB(t)
	// "CSTO" typed with a Cyrillic С and О; elisions; Russian cases;
	// German genitive; a dash between words.
	a := analyse(t, k, "x.it.txt", []byte("date 2022-01\n\nLa СSTО e dell'Onu; d’Armenia. Вести из Казахстане и Россией. Russlands Rolle. Gli Stati-Uniti."))
	for _, id := range []string{"igo:Q318693", "igo:Q1065", "ARM", "KAZ", "RUS", "USA"} {
		if find(a, id) == nil {
			t.Errorf("%s not linked in %q: %+v", id, a.Text, a.Entities)
		}
	}
}

// TestSharedDemonymsNameTheState: a demonym a territory shares with an
// independent country ("French", "American", "Dutch", "néerlandais") links
// to the state, not to the French Southern Lands or the Northern Marianas.
func TestSharedDemonymsNameTheState(t *testing.T) {
	k := loadKB(t)
	a := analyse(t, k, "x.en.txt", []byte("date 2022-01\n\nThe American, French, Dutch, Indian and Norwegian envoys met. Les ministres néerlandais."))
	for _, id := range []string{"USA", "FRA", "NLD", "IND", "NOR"} {
		if find(a, id) == nil {
			t.Errorf("%s not linked: %+v", id, a.Entities)
		}
	}
	for _, id := range []string{"MNP", "ATF", "BES", "IOT", "SJM"} {
		if find(a, id) != nil {
			t.Errorf("territory %s linked", id)
		}
	}
}

// TestSpanishObjectA: Spanish "a" before a capital marks the object (the
// state: "acusó a Moscú"), and a place only after a word of motion.
func TestSpanishObjectA(t *testing.T) {
	k := loadKB(t)
	a := analyse(t, k, "x.es.txt", []byte("date 2022-01\n\nEl gobierno acusó a Moscú de mentir."))
	if e := find(a, "RUS"); e == nil {
		t.Errorf("acusó a Moscú: RUS not linked: %+v", a.Entities)
	}
	a = analyse(t, k, "x.es.txt", []byte("date 2022-01\n\nEl presidente llegó a Moscú el lunes."))
	if e := find(a, "RUS"); e != nil {
		t.Errorf("llegó a Moscú: linked as the state: %+v", e)
	}
}

func FuzzLink(f *testing.F) {
	k := loadKB(f)
	for _, s := range []string{"Il presidente della Repubblica del Kazakistan Tokayev (CSTO), dell'Onu",
		"Президент Казахстана Касым-Жомарт Токаев", "US House Speaker, the president of", "( ) , « » ’s l'"} {
		f.Add("2022-01", s)
	}
	f.Fuzz(func(t *testing.T, date, text string) {
		a := vedetta.NewAnalysis(vedetta.Document{Date: date, Text: text})
		segment.Stage{}.Analyze(a)
		for _, e := range k.Link(a) {
			if e.ID == "" || len(e.Mentions) == 0 {
				t.Fatalf("empty entity %+v", e)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v in %q", m, text)
				}
			}
		}
	})
}

// TestConcurrentLink links the same documents from several goroutines and
// expects the results of a sequential run (the stage must be safe for
// concurrent use).
func TestConcurrentLink(t *testing.T) {
	k := loadKB(t)
	files, _ := filepath.Glob("testdata/golden/*.txt")
	var as []*vedetta.Analysis
	var want []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := analyse(t, k, filepath.Base(f), raw)
		b, _ := json.Marshal(a.Entities)
		as, want = append(as, a), append(want, string(b))
	}
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for r := 0; r < 20; r++ {
				for i, a := range as {
					b, _ := json.Marshal(k.Link(a))
					if string(b) != want[i] {
						done <- fmt.Errorf("%s differs under concurrency", files[i])
						return
					}
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestOtherLocalesNotMatched: names only other CLDR locales use (Swahili
// Marekani for the United States, Norwegian Kina for China) stay in the
// data file but are not matched in running text.
func TestOtherLocalesNotMatched(t *testing.T) {
	k := loadKB(t)
	a := analyse(t, k, "x.en.txt", []byte("date 2022-01\n\nMarekani and Kina signed. The United States and China signed."))
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Text == "Marekani" || m.Text == "Kina" {
				t.Errorf("%s linked to %s", m.Text, e.ID)
			}
		}
	}
	if find(a, "USA") == nil || find(a, "CHN") == nil {
		t.Errorf("English names not linked: %+v", a.Entities)
	}
}

// TestLinkedInContext: entities of our curated lists link with their
// country in context. Demonyms in every language name their state's army
// (not the army of another country in the sentence); non-capital cities of
// the curated list are places of their country, in any case form; a capital
// after a locative preposition is a place of its country under one id;
// Italian, Spanish and French write some armed groups in lower case; the
// FARC and the ELN are Colombian rebels; international NGOs are linked in
// every language.
func TestLinkedInContext(t *testing.T) {
	k := loadKB(t)
	for _, tc := range []struct{ name, text, want, country string }{
		{"x.es.txt", "El ejército salvadoreño desplegó tropas en la frontera con Honduras.", "gov:SLV:MIL", "SLV"},
		{"x.de.txt", "Die UNO rief Russland zur Zurückhaltung auf.", "igo:Q1065", ""}, // the German name of the UN
		{"x.ru.txt", "Израиль нанёс удары по пригородам Бейрута.", "LBN", "LBN"},      // a capital in Russian, inflected
		{"x.it.txt", "Il presidente keniota è tornato a Nairobi.", "KEN", "KEN"},
		{"x.de.txt", "Die Ministerpräsidentin entschuldigte sich bei grönländischen Frauen.", "GRL", "GRL"},
		{"x.de.txt", "Iran drohte mit der Schließung der Straße von Hormus.", "loc:strait-of-hormuz", ""},
		{"x.ru.txt", "Роскомнадзор заблокировал доступ к мессенджеру.", "gov:RUS:ROSKOMNADZOR", "RUS"},
		{"x.de.txt", "Das Auswärtige Amt bestellte den Botschafter ein.", "gov:DEU:MFA", "DEU"},
		{"x.es.txt", "CCOO y UGT convocaron una huelga general.", "lab:esp-ccoo", "ESP"},
		{"x.es.txt", "La UE pidió a las autoridades de Tiflis que liberen a los detenidos.", "GEO", "GEO"}, // the Spanish and German name of Tbilisi
		{"x.es.txt", "La CONAIE bloqueó las carreteras.", "cvl:ecu-conaie", "ECU"},
		{"x.es.txt", "Los Mossos d'Esquadra desalojaron la universidad.", "gov:ESP:COP", "ESP"},
		{"x.es.txt", "El presidente Daniel Noboa decretó el estado de excepción.", "per:daniel-noboa", "ECU"},
		{"x.en.txt", "Ukrainian drones hit an oil refinery in Saratov.", "loc:saratov", "RUS"},
		{"x.it.txt", "L'esercito honduregno ha schierato truppe al confine con il Nicaragua.", "gov:HND:MIL", "HND"},
		{"x.de.txt", "Die kenianische Armee schickte Truppen an die Grenze zu Somalia.", "gov:KEN:MIL", "KEN"},
		{"x.ru.txt", "Гватемальская армия направила войска к границе с Мексикой.", "gov:GTM:MIL", "GTM"},
		{"x.en.txt", "Russian forces shelled Kharkiv overnight.", "loc:kharkiv", "UKR"},
		{"x.ru.txt", "Российские войска нанесли удар по Харькову.", "loc:kharkiv", "UKR"},
		{"x.es.txt", "Miles de personas protestaron en Guayaquil.", "loc:guayaquil", "ECU"},
		{"x.ru.txt", "Протесты прошли в Москве.", "loc:moscow", "RUS"},
		{"x.it.txt", "Proteste a Mosca contro la guerra.", "loc:moscow", "RUS"},
		{"x.es.txt", "Miles de personas protestaron en Caracas.", "loc:caracas", "VEN"},
		{"x.it.txt", "I talebani hanno liberato due cittadini americani.", "grp:taliban", "AFG"},
		{"x.es.txt", "Los hutíes atacaron un barco en el mar Rojo.", "grp:houthis", "YEM"},
		{"x.es.txt", "El presidente se reunió con el ELN y con las FARC.", "grp:eln", "COL"},
		{"x.es.txt", "El presidente se reunió con el ELN y con las FARC.", "grp:farc", "COL"},
		// armed groups and courts of the 1990s-2000s Spanish wires
		{"x.es.txt", "ETA anunció una tregua indefinida.", "grp:eta", "ESP"},
		{"x.es.txt", "El MRTA liberó a los rehenes de la embajada.", "grp:mrta", "PER"},
		{"x.es.txt", "Los paramilitares de las AUC entregaron sus armas.", "grp:auc", "COL"},
		{"x.es.txt", "La Audiencia Nacional condenó a cinco jóvenes.", "gov:ESP:JUD", "ESP"},
		{"x.es.txt", "Estados Unidos entregó a la Policía Nacional de Colombia seis helicópteros.", "gov:COL:COP", "COL"},
		{"x.es.txt", "Shevardnadze presentó su dimisión.", "per:eduard-shevardnadze", "GEO"},
		{"x.es.txt", "El presidente Andrés Pastrana exigió a las FARC la liberación de los secuestrados.", "per:andres-pastrana-arango", "COL"},
		{"x.fr.txt", "Viktor Iouchtchenko a dénoncé la fraude.", "per:viktor-yushchenko", "UKR"},
		{"x.fr.txt", "Alger a accusé Paris d'ingérence.", "DZA", "DZA"},
		// Armed groups of the Sahel and Pakistan; UN agencies in each
		// language; DR Congo in Russian.
		{"x.fr.txt", "Des jihadistes du JNIM ont attaqué un village.", "grp:jnim", "MLI"},
		{"x.en.txt", "The Balochistan Liberation Army attacked a convoy.", "grp:bla", "PAK"},
		{"x.en.txt", "Tehrik-i-Taliban Pakistan fighters attacked a checkpoint.", "grp:ttp", "PAK"},
		{"x.it.txt", "L'Unhcr ha chiesto aiuti per i profughi.", "igo:Q28606331", ""},
		{"x.fr.txt", "L'OIM a secouru des migrants.", "igo:Q472311", ""},
		{"x.ru.txt", "Правительство ДР Конго обвинило Руанду.", "COD", "COD"},
		// A body named with the city it sits in is that city's state's,
		// whatever country the text speaks of most.
		{"x.de.txt", "Das Außenministerium in Prag bestellte den russischen Botschafter ein, weil Russland und der russische Geheimdienst einen Anschlag planten.", "gov:CZE:MFA", "CZE"},
		// Brussels acting is the EU; as a place it is Belgium's capital.
		{"x.en.txt", "Brussels demanded that Hungary change the law.", "igo:Q458", ""},
		{"x.de.txt", "Vučić wies die Aufforderung Brüssels zurück.", "igo:Q458", ""},
		{"x.it.txt", "I ministri si sono riuniti a Bruxelles.", "loc:brussels", "BEL"},
		// Jordan is the country; its valley and river are places.
		{"x.en.txt", "Humanitarian supplies were delivered to Gaza by Jordan.", "JOR", "JOR"},
		{"x.en.txt", "Israeli forces raided villages in the Jordan Valley.", "loc:jordan-valley", "PSE"},
		// Seas named after a state are places of no state.
		{"x.ru.txt", "Бомбардировщики провели патрулирование над Японским морем.", "loc:sea-of-japan", ""},
		{"x.it.txt", "Le navi hanno avviato manovre nel Mar Cinese Meridionale.", "loc:south-china-sea", ""},
		// "da" after a participle brings the agent, after a verb of motion
		// the place left.
		{"x.it.txt", "Il Cremlino ha respinto la proposta avanzata da Kiev.", "UKR", "UKR"},
		{"x.it.txt", "Il presidente è arrivato da Mosca.", "loc:moscow", "RUS"},
		{"x.en.txt", "Farmers blocked motorways around Brussels.", "loc:brussels", "BEL"},
		// International NGOs have no country.
		{"x.es.txt", "Reporteros sin Fronteras pidió la liberación del fotógrafo.", "ngo:reporters-without-borders", ""},
		{"x.it.txt", "Secondo Amnesty International, i detenuti sono stati torturati.", "ngo:amnesty-international", ""},
		{"x.ru.txt", "Международный комитет Красного Креста посетил пленных.", "ngo:icrc", ""},
		{"x.de.txt", "Ärzte ohne Grenzen kritisierte den Angriff auf das Krankenhaus.", "ngo:msf", ""},
		// "The Red Cross" in a conflict is the ICRC; bodies and states by
		// names of their own.
		{"x.es.txt", "La Cruz Roja exigió el paso de ambulancias.", "ngo:icrc", ""},
		{"x.de.txt", "Die Bundesregierung verurteilte den Angriff.", "gov:DEU:GOV", "DEU"},
		{"x.ru.txt", "ВСУ обстреляли Белгород.", "gov:UKR:MIL", "UKR"},
		{"x.de.txt", "Rumänien schickte der Republik Moldau Hilfe.", "MDA", "MDA"},
		{"x.it.txt", "Il Papa ha chiesto una tregua.", "VAT", "VAT"},
	} {
		a := analyse(t, k, tc.name, []byte("date 2022-01\n\n"+tc.text))
		if e := find(a, tc.want); e == nil || e.Country != tc.country {
			t.Errorf("%s: want %s of %s, got %+v", tc.text, tc.want, tc.country, a.Entities)
		}
	}
	// A region's adjective is not a state's: "South American" is not the
	// United States'.
	if a := analyse(t, k, "x.en.txt", []byte("date 2022-01\n\nA trade deal with South American countries.")); find(a, "USA") != nil {
		t.Errorf("South American read as the United States: %+v", a.Entities)
	}
	// A seat of government that is not the capital is not renamed after it.
	a := analyse(t, k, "x.en.txt", []byte("date 2022-01\n\nNATO ministers met in The Hague."))
	if find(a, "loc:amsterdam") != nil {
		t.Errorf("The Hague read as Amsterdam: %+v", a.Entities)
	}
}
