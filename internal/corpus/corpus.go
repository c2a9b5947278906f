// Package corpus generates synthetic dated news documents for benchmarks and
// stress tests: sentences assembled from templates of our own in the six
// supported languages, with actors, places and dates as slots, so that every
// analysis stage has real work to do. The output is deterministic for a seed.
package corpus

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/vedetta/vedetta"
)

type lang struct {
	code      string
	actors    []string
	months    []string
	templates []string // %A actor, %B actor, %D day, %M month, %Y year
	titles    []string
}

var langs = []lang{
	{"it", []string{"la Russia", "il Kazakistan", "la CSTO", "l'Unione europea", "la NATO", "il governo italiano", "il ministero degli Esteri russo", "l'ONU", "la Cina", "gli Stati Uniti"},
		[]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		[]string{
			"Il %D %M %Y %A ha chiesto a %B di inviare aiuti umanitari nella regione.",
			"%A ha sostenuto la decisione di %B di inviare forze di pace.",
			"Secondo fonti diplomatiche, %A continuerà a consultarsi con %B nei prossimi giorni.",
			"%A ha accusato %B di aver violato il cessate il fuoco concordato a %M.",
			"Ieri %A e %B hanno firmato un accordo di cooperazione economica.",
			"Il portavoce di %A ha dichiarato che non ci saranno sanzioni contro %B.",
			"Migliaia di persone hanno protestato davanti all'ambasciata di %B.",
		}, []string{"Crisi diplomatica tra %A e %B", "%A invia aiuti a %B", "Vertice tra %A e %B"}},
	{"en", []string{"Russia", "Kazakhstan", "the CSTO", "the European Union", "NATO", "the Italian government", "the Russian Foreign Ministry", "the UN", "China", "the United States"},
		[]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		[]string{
			"On %M %D, %Y, %A asked %B to send humanitarian aid to the region.",
			"%A backed the decision by %B to deploy peacekeepers.",
			"According to diplomats, %A will keep consulting %B in the coming days.",
			"%A accused %B of violating the ceasefire agreed in %M.",
			"Yesterday %A and %B signed an economic cooperation agreement.",
			"A spokesman for %A said there would be no sanctions against %B.",
			"Thousands of people protested outside the embassy of %B.",
		}, []string{"Diplomatic row between %A and %B", "%A sends aid to %B", "%A and %B hold talks"}},
	{"fr", []string{"la Russie", "le Kazakhstan", "l'OTSC", "l'Union européenne", "l'OTAN", "le gouvernement français", "l'ONU", "la Chine"},
		[]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		[]string{
			"Le %D %M %Y, %A a demandé à %B d'envoyer une aide humanitaire.",
			"%A a soutenu la décision de %B d'envoyer des forces de maintien de la paix.",
			"%A a accusé %B d'avoir violé le cessez-le-feu.",
			"Hier, %A et %B ont signé un accord de coopération.",
		}, []string{"Tensions entre %A et %B", "%A envoie de l'aide à %B"}},
	{"es", []string{"Rusia", "Kazajistán", "la OTSC", "la Unión Europea", "la OTAN", "el Gobierno español", "la ONU", "China"},
		[]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		[]string{
			"El %D de %M de %Y, %A pidió a %B que enviara ayuda humanitaria.",
			"%A apoyó la decisión de %B de enviar fuerzas de paz.",
			"%A acusó a %B de violar el alto el fuego.",
			"Ayer %A y %B firmaron un acuerdo de cooperación.",
		}, []string{"Tensión entre %A y %B", "%A envía ayuda a %B"}},
	{"de", []string{"Russland", "Kasachstan", "die OVKS", "die Europäische Union", "die NATO", "die Bundesregierung", "die UNO", "China"},
		[]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		[]string{
			"Am %D. %M %Y hat %A %B um humanitäre Hilfe gebeten.",
			"%A unterstützte die Entscheidung von %B, Friedenstruppen zu entsenden.",
			"%A warf %B vor, die Waffenruhe gebrochen zu haben.",
			"Gestern unterzeichneten %A und %B ein Kooperationsabkommen.",
		}, []string{"Spannungen zwischen %A und %B", "%A schickt Hilfe nach %B"}},
	{"ru", []string{"Россия", "Казахстан", "ОДКБ", "Европейский союз", "НАТО", "МИД России", "ООН", "Китай"},
		[]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		[]string{
			"%D %M %Y года %A обратилась к %B с просьбой о гуманитарной помощи.",
			"%A поддержала решение %B направить миротворческие силы.",
			"%A обвинила %B в нарушении режима прекращения огня.",
			"Вчера %A и %B подписали соглашение о сотрудничестве.",
		}, []string{"Напряжённость между %A и %B", "%A направляет помощь %B"}},
}

// Generator yields documents.
type Generator struct {
	rng  *rand.Rand
	size int
	n    int
}

// New returns a generator of documents of about size bytes of text.
func New(seed int64, size int) *Generator {
	return &Generator{rng: rand.New(rand.NewSource(seed)), size: size}
}

func (g *Generator) fill(l lang, t string, y, m, d int) string {
	a := l.actors[g.rng.Intn(len(l.actors))]
	b := l.actors[g.rng.Intn(len(l.actors))]
	for b == a {
		b = l.actors[g.rng.Intn(len(l.actors))]
	}
	r := strings.NewReplacer("%A", a, "%B", b, "%D", fmt.Sprint(d), "%M", l.months[m-1], "%Y", fmt.Sprint(y))
	s := r.Replace(t)
	return strings.ToUpper(s[:1]) + s[1:]
}

// filler returns a sentence of words drawn at random from the language's
// templates, with a number: it keeps documents of one template set from
// looking like near-duplicates of each other.
func (g *Generator) filler(l lang) string {
	words := l.words()
	n := 6 + g.rng.Intn(6)
	out := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		out = append(out, words[g.rng.Intn(len(words))])
		if i == n/2 {
			out = append(out, fmt.Sprint(10+g.rng.Intn(9990)))
		}
	}
	s := strings.Join(out, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// words are the lower-case words of a language's templates.
func (l lang) words() []string { return wordCache[l.code] }

// wordCache is computed once, at start-up, so generators may run
// concurrently.
var wordCache = func() map[string][]string {
	m := map[string][]string{}
	for _, l := range langs {
		m[l.code] = templateWords(l)
	}
	return m
}()

func templateWords(l lang) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range l.templates {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			w = strings.Trim(w, ".,;:'\"")
			if w == "" || strings.HasPrefix(w, "%") || seen[w] {
				continue
			}
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// Next returns the next document, with a unique id.
func (g *Generator) Next() vedetta.Document {
	g.n++
	l := langs[g.rng.Intn(len(langs))]
	y, m, d := 2015+g.rng.Intn(10), 1+g.rng.Intn(12), 1+g.rng.Intn(28)
	title := g.fill(l, l.titles[g.rng.Intn(len(l.titles))], y, m, d)
	var b strings.Builder
	b.WriteString(title)
	b.WriteString("\n\n")
	for b.Len() < g.size {
		for i := 0; i < 3 && b.Len() < g.size; i++ {
			b.WriteString(g.fill(l, l.templates[g.rng.Intn(len(l.templates))], y, m, d))
			b.WriteByte(' ')
			b.WriteString(g.filler(l))
			b.WriteByte(' ')
		}
		b.WriteString(fmt.Sprintf("(%d)\n\n", g.n))
	}
	return vedetta.Document{
		ID:    fmt.Sprintf("gen-%d", g.n),
		Date:  fmt.Sprintf("%04d-%02d-%02d", y, m, d),
		Title: title,
		Lang:  "",
		Text:  strings.TrimSpace(b.String()),
	}
}
