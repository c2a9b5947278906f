package kb

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
	"github.com/vedetta/vedetta"
)

// mention is one linked span before entities are assembled.
type mention struct {
	key        string // entity id
	start, end int
	kind       string
	p0, p1     int // pieces covered
}

// docEnt is an entity of one document.
type docEnt struct {
	ent   vedetta.Entity
	first int
}

// linker holds the state of linking one document.
type linker struct {
	k      *KB
	a      *vedetta.Analysis
	ps     []piece
	ms     []match
	done   []bool  // matches already linked as part of a longer mention
	at     []int32 // piece index -> match starting there, or -1
	buf    []byte
	msBuf  []match // reused for ms
	msBuf2 []match
	ends   []int32 // learnAcronyms: longest mention ending at each piece
	ents   map[string]*docEnt
	out    []mention
	cover  []bool
	bodyOf map[string]string // body code -> country it was resolved to
	dom    string            // the document's most mentioned country
}

// Link finds the entities of a and returns them ordered by first mention.
// It reads a.Text, a.Tokens (from the segment stage; the text is split here
// when they are missing) and a.Date for date-aware roles.
func (k *KB) Link(a *vedetta.Analysis) []vedetta.Entity {
	toks := a.Tokens
	if len(toks) == 0 {
		it := words.FromString(a.Text)
		for it.Next() {
			if strings.TrimSpace(it.Value()) != "" {
				toks = append(toks, vedetta.Token{Start: it.Start(), End: it.End()})
			}
		}
	}
	l := linkers.Get().(*linker)
	defer l.release()
	l.k, l.a = k, a
	l.ps, l.buf = k.m.pieces(a.Text, toks, l.ps[:0], l.buf)
	l.msBuf = k.m.scan(a.Text, l.ps, langBit(a.Lang), l.msBuf[:0])
	l.ms = l.msBuf
	l.cover = grow(l.cover, len(l.ps))
	l.mergeStates()
	l.at = grow(l.at, len(l.ps)+1)
	for i := range l.at {
		l.at[i] = -1
	}
	for i, m := range l.ms {
		l.at[m.p0] = int32(i)
	}
	l.dom = l.dominant()
	l.done = grow(l.done, len(l.ms))
	for i := range l.ms {
		if !l.done[i] {
			l.link(i)
		}
	}
	l.shortForms()
	l.learnAcronyms()
	l.learnSurnames()
	return l.entities()
}

// linkers keeps the buffers of finished documents for the next ones.
var linkers = sync.Pool{New: func() any {
	return &linker{ents: map[string]*docEnt{}, bodyOf: map[string]string{}}
}}

func (l *linker) release() {
	l.k, l.a, l.ms = nil, nil, nil
	l.out = l.out[:0]
	clear(l.ents)
	clear(l.bodyOf)
	linkers.Put(l)
}

// grow returns s with length n, zeroed, reusing its memory.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// mergeStates joins a state form and the country name that follows it
// ("Repubblica del Kazakistan", "Republic of Kazakhstan", "Республика
// Казахстан") into one country name.
func (l *linker) mergeStates() {
	out := l.msBuf2[:0]
	for i := 0; i < len(l.ms); i++ {
		m := l.ms[i]
		if hasKind(m.outs, kindState) && i+1 < len(l.ms) {
			n := l.ms[i+1]
			if l.gapIsConnector(m.p1, n.p0) {
				if c := l.countryOut(n, "na"); c != nil {
					out = append(out, match{p0: m.p0, p1: n.p1, outs: []output{{ref: c.ref, kind: 'n'}}})
					i++
					continue
				}
			}
		}
		out = append(out, m)
	}
	l.msBuf2 = out
	l.ms = out
}

// gapIsConnector reports whether pieces [a, b) are at most two connector
// words (of, della, de la...) in one sentence.
func (l *linker) gapIsConnector(a, b int) bool {
	if b < a || b-a > 2 || b >= len(l.ps) || a >= len(l.ps) {
		return false
	}
	if l.ps[b].sent != l.ps[a].sent {
		return false
	}
	for i := a; i < b; i++ {
		if !l.isWord(i, "OF") {
			return false
		}
	}
	return true
}

func (l *linker) isWord(i int, set string) bool {
	if i < 0 || i >= len(l.ps) || l.ps[i].punct != 0 {
		return false
	}
	p := l.ps[i]
	l.buf = normalize(l.buf, l.a.Text[p.start:p.end])
	return l.k.words[set][string(l.buf)]
}

// isLangWord is isWord with the words of the document's language only.
func (l *linker) isLangWord(i int, set string) bool {
	if i < 0 || i >= len(l.ps) || l.ps[i].punct != 0 {
		return false
	}
	p := l.ps[i]
	l.buf = normalize(l.buf, l.a.Text[p.start:p.end])
	return l.k.langWords[l.a.Lang+"|"+set][string(l.buf)]
}

// endsLangWord reports whether piece i ends with one of the endings in set
// of the document's language ("PARTEND": participle endings).
func (l *linker) endsLangWord(i int, set string) bool {
	if i < 0 || i >= len(l.ps) || l.ps[i].punct != 0 {
		return false
	}
	p := l.ps[i]
	l.buf = normalize(l.buf, l.a.Text[p.start:p.end])
	w := string(l.buf)
	for suf := range l.k.langWords[l.a.Lang+"|"+set] {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// matchAt returns the match starting at piece i, or -1.
func (l *linker) matchAt(i int) int32 {
	if i < 0 || i >= len(l.at) {
		return -1
	}
	return l.at[i]
}

// countryOut returns the output of m that names a country (kinds from the
// given set), or nil.
func (l *linker) countryOut(m match, kinds string) *output {
	for i, o := range m.outs {
		if o.ref >= 0 && strings.IndexByte(kinds, o.kind) >= 0 && l.k.Entities[o.ref].Type == "COUNTRY" {
			return &m.outs[i]
		}
	}
	return nil
}

// dominant returns the most mentioned country (adjectives count too).
func (l *linker) dominant() string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, m := range l.ms {
		if c := l.countryOut(m, "najm"); c != nil {
			id := l.k.Entities[c.ref].ID
			count[id]++
			if count[id] > bestN {
				best, bestN = id, count[id]
			}
		}
	}
	return best
}

func (l *linker) span(p0, p1 int) (int, int) {
	return int(l.ps[p0].start), int(l.ps[p1-1].end)
}

func (l *linker) add(key string, p0, p1 int, kind string) {
	s, e := l.span(p0, p1)
	l.out = append(l.out, mention{key: key, start: s, end: e, kind: kind, p0: p0, p1: p1})
	for i := p0; i < p1; i++ {
		l.cover[i] = true
	}
}

// kbEnt makes sure KB entity i is in the document and returns its id.
func (l *linker) kbEnt(i int32) string {
	e := l.k.Entities[i]
	if _, ok := l.ents[e.ID]; !ok {
		de := vedetta.Entity{ID: e.ID, Name: e.Name, Type: e.Type, Country: e.Country, Sector: e.Sector, Wikidata: e.Wikidata}
		if org := orgHeaded(e, l.a.Date); org != "" {
			de.Org, de.Sector = org, "IGO"
		} else if e.Type == "ORG" {
			de.Org = e.Org // an organ: the organisation's
		}
		l.ents[e.ID] = &docEnt{ent: de}
	}
	return e.ID
}

// headsOrg makes the person id of the document act for the international
// organisation ref (or the organisation ref is an organ of) when the text
// names them its head: a role SG, HOS or HOG of an IGO before the name ("il
// segretario generale della NATO Mark Rutte", "NATO Secretary General Mark
// Rutte"), whatever the knowledge base says of the date.
func (l *linker) headsOrg(id, role string, ref int32) {
	if ref < 0 || (role != "SG" && role != "HOS" && role != "HOG") {
		return
	}
	org := l.k.Entities[ref]
	if org.Sector != "IGO" {
		return
	}
	de := l.ents[id]
	if de == nil || de.ent.Type != "PERSON" {
		return
	}
	de.ent.Org, de.ent.Sector = org.ID, "IGO"
	if org.Org != "" {
		de.ent.Org = org.Org
	}
}

// orgHeaded returns the international organisation person e heads or leads
// on date (a role SG or LEAD of an organisation), or "".
func orgHeaded(e Entity, date string) string {
	if e.Type != "PERSON" || date == "" {
		return ""
	}
	for _, r := range e.Roles {
		if (r.Code == "SG" || r.Code == "LEAD") && strings.HasPrefix(r.Country, "igo:") && activeOn(r, date) {
			return r.Country
		}
	}
	return ""
}

var kindNames = map[byte]string{'n': "name", 'a': "abbreviation", 'j': "adjective", 'm': "metonym"}

func (l *linker) link(i int) {
	m := l.ms[i]
	o := m.outs[0]
	switch o.kind {
	case kindBody:
		l.linkBody(i)
	case kindRole:
		l.linkRole(i)
	case kindState, kindFormer, 'd':
	default:
		c := l.choose(m)
		if cm, om, ok := l.seatOfOrg(m); ok {
			// A city that is both a capital and an organisation's seat:
			// the place is the country's ("a Bruxelles"), the actor the
			// organisation ("Brussels demanded", "die Aufforderung
			// Brüssels").
			c = om
			if l.isPlace(m) {
				c = cm
			}
		}
		if c.kind == 'm' && l.k.Entities[c.ref].Type == "COUNTRY" && l.isPlace(m) {
			// The capital as a place: a location of that country.
			if ce := l.k.Entities[c.ref]; ce.Capital != "" && !c.seat {
				id := "loc:" + slug(ce.Capital)
				if _, ok := l.ents[id]; !ok {
					l.ents[id] = &docEnt{ent: vedetta.Entity{ID: id, Name: ce.Capital, Type: "LOCATION", Country: ce.ID}}
				}
				l.add(id, m.p0, m.p1, "name")
			}
			return
		}
		// A country name followed by a number names a channel or a
		// team (France 24, Russia 1), not the state; not one followed by a
		// quantity ("alla Tunisia 105 milioni").
		if c.kind == 'n' && m.p1 < len(l.ps) && l.ps[m.p1].cf&hasLetter == 0 && l.ps[m.p1].punct == 0 &&
			l.ps[m.p1].sent == l.ps[m.p1-1].sent && l.k.Entities[c.ref].Type == "COUNTRY" && !l.isLangWord(m.p1+1, "QTY") {
			return
		}
		l.add(l.kbEnt(c.ref), m.p0, m.p1, kindNames[c.kind])
		if pe := l.k.Entities[c.ref]; m.p1-m.p0 >= 2 && c.kind == 'n' && pe.Type == "ORG" && (pe.Sector == "IGO" || strings.HasPrefix(pe.ID, "gov:")) {
			l.nested(m, c.ref)
		}
	}
}

// nested adds the names of countries and organisations written inside an
// organisation's name: "Consiglio di sicurezza dell'Onu" also mentions the
// UN, "Council of the EU" the EU.
func (l *linker) nested(m match, parent int32) {
	type found struct {
		p0, p1 int
		o      output
	}
	var subs []found
	seen := map[[2]int]bool{}
	for _, off := range []int{1, 0} {
		end := m.p1
		if off == 0 {
			end = m.p1 - 1 // "US House": the name at the start
		}
		for _, sub := range l.k.m.scan(l.a.Text, l.ps[m.p0+off:end], langBit(l.a.Lang), nil) {
			p0, p1 := m.p0+off+sub.p0, m.p0+off+sub.p1
			if !seen[[2]int{p0, p1}] {
				seen[[2]int{p0, p1}] = true
				subs = append(subs, found{p0, p1, sub.outs[0]})
			}
		}
	}
	for _, sub := range subs {
		o := sub.o
		if o.ref < 0 || o.ref == parent || (o.kind != 'n' && o.kind != 'a') {
			continue
		}
		t := l.k.Entities[o.ref].Type
		if t != "COUNTRY" && t != "ORG" {
			continue
		}
		p0, p1 := sub.p0, sub.p1
		s, e := l.span(p0, p1)
		l.out = append(l.out, mention{key: l.kbEnt(o.ref), start: s, end: e, kind: kindNames[o.kind], p0: p0, p1: p1})
	}
}

// shortForms links the short forms (kind d: "the Alliance", "il
// Consiglio") to the one entity they may stand for that the document
// names; with none or several such entities they stay unlinked.
func (l *linker) shortForms() {
	for _, m := range l.ms {
		if m.outs[0].kind != 'd' {
			continue
		}
		pick := int32(-1)
		for _, o := range m.outs {
			if o.kind != 'd' || o.ref < 0 {
				continue
			}
			if _, ok := l.ents[l.k.Entities[o.ref].ID]; ok {
				if pick >= 0 && pick != o.ref {
					pick = -2
					break
				}
				pick = o.ref
			}
		}
		if pick >= 0 {
			l.add(l.kbEnt(pick), m.p0, m.p1, "name")
		}
	}
}

// choose picks among the entities a name may stand for: one already in
// the document, else a person in office on the document date, else the
// first in knowledge-base order (countries before organisations before
// people).
func (l *linker) choose(m match) output {
	if len(m.outs) == 1 {
		return m.outs[0]
	}
	for _, o := range m.outs {
		if o.ref >= 0 {
			if _, ok := l.ents[l.k.Entities[o.ref].ID]; ok {
				return o
			}
		}
	}
	for _, o := range m.outs {
		if o.ref >= 0 && l.k.Entities[o.ref].Type == "PERSON" {
			for _, r := range l.k.Entities[o.ref].Roles {
				if l.a.Date != "" && activeOn(r, l.a.Date) && r.From != "" {
					return o
				}
			}
		}
	}
	best := m.outs[0]
	for _, o := range m.outs[1:] {
		if o.ref >= 0 && (best.ref < 0 || o.ref < best.ref) {
			best = o
		}
	}
	return best
}

// seatOfOrg reports whether match m is a city that stands both for a
// country (its capital) and for an international organisation (its seat):
// the two readings.
func (l *linker) seatOfOrg(m match) (country, org output, ok bool) {
	var hasC, hasO bool
	for _, o := range m.outs {
		if o.ref < 0 || o.kind != 'm' {
			continue
		}
		switch e := l.k.Entities[o.ref]; {
		case e.Type == "COUNTRY" && !hasC:
			country, hasC = o, true
		case e.Type == "ORG" && e.Sector == "IGO" && !hasO:
			org, hasO = o, true
		}
	}
	return country, org, hasC && hasO
}

// isPlace reports whether a capital is used as a place rather than for its
// state: after a locative preposition ("in Doha", "à Paris"), after a
// time word ("ora di Mosca"), or as a dateline at the start of the text.
func (l *linker) isPlace(m match) bool {
	if l.isLangWord(m.p0-1, "AGENTLOC") && l.endsLangWord(m.p0-2, "PARTEND") && !l.isLangWord(m.p0-2, "MOTION") {
		return false // the agent after a participle: "avanzata da Kiev" (not "arrivato da Mosca")
	}
	if l.isWord(m.p0-1, "LOC") {
		// Spanish "a" also marks a person or a state as object ("acusó a
		// Moscú"): a place only after a word of motion ("llegó a Moscú").
		if l.isLangWord(m.p0-1, "OBJA") && !l.isLangWord(m.p0-2, "MOTION") {
			return false
		}
		return true
	}
	if l.isWord(m.p0-1, "OF") && l.isWord(m.p0-2, "TIME") {
		return true
	}
	if l.isWord(m.p0-1, "TIME") {
		return true
	}
	if m.p0 == 0 || (l.ps[m.p0].first && l.ps[m.p0].sent == 0) {
		if m.p1 < len(l.ps) && (l.ps[m.p1].punct == ',' || l.ps[m.p1].punct == '(') {
			return true
		}
	}
	return false
}

// countryRef finds the country (or organisation) a body or role head
// belongs to: a name or adjective right after it (through connectors), or
// right before it. It returns the entity index, the match index and
// whether the reference is after the head.
func (l *linker) countryRef(i int, orgs bool) (int32, int, bool) {
	m := l.ms[i]
	if i+1 < len(l.ms) {
		n := l.ms[i+1]
		if l.gapIsConnector(m.p1, n.p0) {
			if c := l.countryOut(n, "najm"); c != nil {
				return c.ref, i + 1, true
			}
			if orgs {
				for _, o := range n.outs {
					if o.ref >= 0 && l.k.Entities[o.ref].Sector == "IGO" && l.k.Entities[o.ref].Type != "PERSON" {
						// (not a person heading one: "Secretary General Mark Rutte")
						return o.ref, i + 1, true
					}
				}
			}
		}
	}
	if i > 0 {
		p := l.ms[i-1]
		if p.p1 == m.p0 && l.ps[p.p0].sent == l.ps[m.p0].sent {
			if c := l.countryOut(p, "naj"); c != nil {
				return c.ref, i - 1, false
			}
			if orgs {
				// "UN secretary-general", "NATO chief".
				for _, o := range p.outs {
					if o.ref >= 0 && (o.kind == 'n' || o.kind == 'a') && l.k.Entities[o.ref].Sector == "IGO" {
						return o.ref, i - 1, false
					}
				}
			}
		}
	}
	return -1, -1, false
}

// seatAfter returns the country of a city or capital named right after
// the body of match i, one locative word between ("in Prag", "à Abidjan",
// "в Москве"), or "".
func (l *linker) seatAfter(i int) string {
	if i+1 >= len(l.ms) {
		return ""
	}
	m, n := l.ms[i], l.ms[i+1]
	if n.p0 != m.p1+1 || l.ps[n.p0].sent != l.ps[m.p0].sent || !l.isWord(m.p1, "LOC") {
		return ""
	}
	if c := l.countryOut(n, "m"); c != nil {
		return l.k.Entities[c.ref].ID
	}
	for _, o := range n.outs {
		if o.ref >= 0 && l.k.Entities[o.ref].Type == "LOCATION" && l.k.Entities[o.ref].Country != "" {
			return l.k.Entities[o.ref].Country
		}
	}
	return ""
}

func (l *linker) linkBody(i int) {
	m := l.ms[i]
	code := m.outs[0].code
	fallback := strings.HasSuffix(code, "*")
	code = strings.TrimSuffix(code, "*")
	body := l.k.bodies[code]
	ref, j, after := l.countryRef(i, false)
	p0, p1 := m.p0, m.p1
	var country string
	if ref >= 0 {
		country = l.k.Entities[ref].ID
		if after {
			p1 = l.ms[j].p1
		} else {
			p0 = l.ms[j].p0
		}
	} else if c := l.seatAfter(i); c != "" {
		// "das Außenministerium in Prag", "la police à Abidjan": the
		// body of the state whose city it sits in
		country = c
	} else if c := l.bodyOf[code]; c != "" && fallback {
		country = c
	} else if fallback && l.dom != "" {
		country = l.dom
	}
	if country == "" {
		return
	}
	l.bodyOf[code] = country
	ci, ok := l.k.byID[country]
	if !ok {
		return
	}
	ce := l.k.Entities[ci]
	id := "gov:" + country + ":" + code
	if _, ok := l.ents[id]; !ok {
		if k, ok := l.k.byID[id]; ok {
			l.kbEnt(k)
		} else {
			dem := ce.Demonym
			if dem == "" {
				dem = ce.Name
			}
			name := strings.ReplaceAll(strings.ReplaceAll(body.Template, "{country}", ce.Name), "{demonym}", dem)
			l.ents[id] = &docEnt{ent: vedetta.Entity{ID: id, Name: name, Type: "ORG", Country: country, Sector: body.Sector}}
		}
	}
	s, e := l.span(p0, p1)
	l.out = append(l.out, mention{key: id, start: s, end: e, kind: "name", p0: p0, p1: p1})
	for x := m.p0; x < m.p1; x++ {
		l.cover[x] = true
	}
}

var particles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "de": true, "da": true, "di": true,
	"van": true, "von": true, "der": true, "du": true, "la": true, "le": true, "dos": true, "del": true, "abu": true}

func (l *linker) linkRole(i int) {
	m := l.ms[i]
	rd := l.k.roles[m.outs[0].code]
	former := false
	for b := m.p0 - 1; b >= m.p0-2 && b >= 0; b-- {
		if x := l.at[b]; x >= 0 && l.ms[x].outs[0].kind == kindFormer {
			former = true
		}
	}
	ref, j, after := l.countryRef(i, true)
	p0, p1 := m.p0, m.p1
	q := m.p1 // where a name may follow
	if ref >= 0 {
		if after {
			p1 = l.ms[j].p1
			q = p1
		} else {
			p0 = l.ms[j].p0
		}
	}
	country := ""
	if ref >= 0 {
		country = l.k.Entities[ref].ID
	}
	// A name right after the role: a known person, or a new one.
	if x := l.matchAt(q); x >= 0 {
		for _, o := range l.ms[x].outs {
			if o.ref >= 0 && l.k.Entities[o.ref].Type == "PERSON" {
				l.headsOrg(l.kbEnt(o.ref), rd.Code, ref)
				return // linked as a name
			}
		}
	}
	n := l.nameAt(q)
	if x := l.matchAt(n); x >= 0 && n > q {
		// First names before a known person's surname: one mention.
		for _, o := range l.ms[x].outs {
			if o.ref >= 0 && l.k.Entities[o.ref].Type == "PERSON" {
				id := l.kbEnt(o.ref)
				l.headsOrg(id, rd.Code, ref)
				l.add(id, q, l.ms[x].p1, "name")
				l.done[x] = true
				return
			}
		}
	}
	words := 0
	for x := q; x < n; x++ {
		if l.ps[x].punct == 0 && !l.ps[x].dash {
			words++
		}
	}
	if words >= 2 || (words == 1 && ref >= 0) {
		name := l.a.Text[l.ps[q].start:l.ps[n-1].end]
		id := "per:" + slug(name)
		if _, ok := l.ents[id]; !ok {
			l.ents[id] = &docEnt{ent: vedetta.Entity{ID: id, Name: name, Type: "PERSON", Country: countryOf(l.k, ref), Sector: rd.Sector}}
		}
		l.headsOrg(id, rd.Code, ref)
		l.add(id, q, n, "name")
		return
	}
	// An apposition after a comma: "l'inviato speciale di Biden per
	// l'Iran, Robert Malley".
	for x := q; x < len(l.ps) && x < q+10 && l.ps[x].sent == l.ps[m.p0].sent; x++ {
		if l.ps[x].punct == 0 {
			continue
		}
		if l.ps[x].punct != ',' {
			break
		}
		y := x + 1
		if xi := l.matchAt(y); xi >= 0 {
			for _, o := range l.ms[xi].outs {
				if o.ref >= 0 && l.k.Entities[o.ref].Type == "PERSON" {
					return // a known person, linked by name
				}
			}
			break
		}
		n := l.nameAt(y)
		words := 0
		for z := y; z < n; z++ {
			if !l.ps[z].dash {
				words++
			}
		}
		if words >= 2 && (n >= len(l.ps) || l.ps[n].punct != 0 || l.ps[n].sent != l.ps[y].sent) {
			name := l.a.Text[l.ps[y].start:l.ps[n-1].end]
			id := "per:" + slug(name)
			if _, ok := l.ents[id]; !ok {
				l.ents[id] = &docEnt{ent: vedetta.Entity{ID: id, Name: name, Type: "PERSON", Country: countryOf(l.k, ref), Sector: rd.Sector}}
			}
			l.add(id, y, n, "name")
			return
		}
		break
	}
	if ref < 0 || former || country == "" {
		return
	}
	date := l.a.Date
	if sn := int(l.ps[m.p0].sent); sn < len(l.a.Sentences) && l.a.Sentences[sn].RefDate != "" {
		date = l.a.Sentences[sn].RefDate
	} else if y := l.yearIn(l.ps[m.p0].sent); y != "" && !strings.HasPrefix(date, y) {
		// "stepped down as Nigeria's president in 2007": the year of
		// the sentence, not the document's.
		date = y
	}
	h := l.k.holder(country, rd.Code, date)
	if h < 0 && l.k.Entities[ref].Sector == "IGO" && (rd.Code == "HOS" || rd.Code == "SG") {
		// The president or secretary general of an organisation (its
		// heads of government are its members' leaders: "die Staats- und
		// Regierungschefs der NATO").
		if h = l.k.holder(country, "LEAD", date); h < 0 {
			h = l.k.holder(country, "SG", date)
		}
	}
	if h < 0 {
		return
	}
	s, e := l.span(p0, p1)
	l.out = append(l.out, mention{key: l.kbEnt(h), start: s, end: e, kind: "role", p0: p0, p1: p1})
}

func countryOf(k *KB, ref int32) string {
	if ref < 0 {
		return ""
	}
	e := k.Entities[ref]
	if e.Type == "COUNTRY" {
		return e.ID
	}
	return e.Country
}

// nameAt returns the end of a run of capitalised words starting at piece q
// that no name of the knowledge base covers (particles such as al, von
// allowed inside), or q when there is none.
func (l *linker) nameAt(q int) int {
	n := q
	for n < len(l.ps) && n-q < 6 {
		p := l.ps[n]
		if p.sent != l.ps[q].sent {
			break
		}
		// A nickname in quotes inside a name: Mohamed Hamdan “Hemeti” Dagalo.
		if p.punct != 0 && n > q && n+3 < len(l.ps) && isQuote(l.a.Text[p.start:p.end]) &&
			l.ps[n+1].cf&capInitial != 0 && isQuote(l.a.Text[l.ps[n+2].start:l.ps[n+2].end]) && l.ps[n+3].cf&capInitial != 0 {
			n += 3
			continue
		}
		if p.punct != 0 {
			break
		}
		if l.matchAt(n) >= 0 {
			break
		}
		w := l.a.Text[p.start:p.end]
		if p.punct != 0 {
			break
		}
		if p.cf&capInitial == 0 {
			if particles[w] && n > q && n+1 < len(l.ps) && l.ps[n+1].cf&capInitial != 0 {
				n++
				continue
			}
			break
		}
		if l.isWord(n, "OF") || l.isWord(n, "FUNC") {
			break
		}
		if l.isWord(n, "ORGWORD") {
			return q // General Electric Company is no person
		}
		n++
	}
	return n
}

var nonSlug = regexp.MustCompile(`[^\p{L}\p{N}]+`)

func slug(s string) string {
	return strings.Trim(nonSlug.ReplaceAllString(string(normalize(nil, strings.ToLower(s))), "-"), "-")
}

// learnAcronyms: an acronym in brackets right after a name ("Organizzazione
// del Trattato di Sicurezza Collettiva (CSTO)") or a name in brackets after
// an unknown acronym becomes an alias of that entity for the document.
func (l *linker) learnAcronyms() {
	var alias map[string]string
	// The longest name ending right before the brackets gives its
	// acronym; adjectives and roles do not.
	l.ends = grow(l.ends, len(l.ps)+1)
	for i := range l.ends {
		l.ends[i] = -1
	}
	for i, mt := range l.out {
		if mt.kind == "adjective" || mt.kind == "role" || mt.p1 >= len(l.ps) || (l.ps[mt.p1].punct != '(' && l.ps[mt.p1].punct != ')') {
			continue
		}
		if j := l.ends[mt.p1]; j < 0 || mt.p1-mt.p0 > l.out[j].p1-l.out[j].p0 {
			l.ends[mt.p1] = int32(i)
		}
	}
	for _, j := range l.ends {
		if j < 0 {
			continue
		}
		mt := l.out[j]
		x := mt.p1
		if x+2 < len(l.ps) && l.ps[x].punct == '(' && l.ps[x+2].punct == ')' && !l.cover[x+1] && l.ps[x+1].cf&capInitial != 0 {
			w := l.a.Text[l.ps[x+1].start:l.ps[x+1].end]
			if n := utf8.RuneCountInString(w); n >= 2 && n <= 6 && (l.ps[x+1].cf&allUpper != 0 || n <= 5) {
				if alias == nil {
					alias = map[string]string{}
				}
				alias[w] = mt.key
			}
		}
		if mt.p0 >= 2 && l.ps[mt.p0-1].punct == '(' && mt.p1 < len(l.ps) && l.ps[mt.p1].punct == ')' && !l.cover[mt.p0-2] && l.ps[mt.p0-2].cf&allUpper != 0 {
			w := l.a.Text[l.ps[mt.p0-2].start:l.ps[mt.p0-2].end]
			if utf8.RuneCountInString(w) >= 2 {
				if alias == nil {
					alias = map[string]string{}
				}
				alias[w] = mt.key
			}
		}
	}
	if len(alias) == 0 {
		return
	}
	for i, p := range l.ps {
		if l.cover[i] || p.punct != 0 {
			continue
		}
		if key, ok := alias[l.a.Text[p.start:p.end]]; ok {
			l.add(key, i, i+1, "abbreviation")
		}
	}
}

// learnSurnames: once a person is named in full, the surname alone links to
// that person; a known surname also takes in the first names written
// before it (Kasim-Zhomart Tokáev).
func (l *linker) learnSurnames() {
	sur := map[string]string{}
	for idx, mt := range l.out {
		e := l.ents[mt.key]
		if e == nil || e.ent.Type != "PERSON" || mt.kind != "name" {
			continue
		}
		if mt.p1-mt.p0 >= 2 {
			p := l.ps[mt.p1-1]
			sur[string(normalize(nil, l.a.Text[p.start:p.end]))] = mt.key
			continue
		}
		// Extend a lone surname to the left over unknown capitalised words.
		b := mt.p0
		for b > 0 && mt.p0-b < 2 {
			p := l.ps[b-1]
			if l.cover[b-1] || p.punct != 0 || p.cf&capInitial == 0 || p.sent != l.ps[mt.p0].sent || p.id != 0 && l.k.m.root[p.id] != 0 {
				break
			}
			if p.first && !l.ps[b].dash {
				break
			}
			if p.cf&allUpper != 0 && l.ps[mt.p0].cf&allUpper != 0 {
				break // a line in capitals: "MANIFESTARON CONTRA NETANYAHU"
			}
			b--
		}
		if b < mt.p0 {
			l.out[idx].p0 = b
			l.out[idx].start = int(l.ps[b].start)
			for i := b; i < mt.p0; i++ {
				l.cover[i] = true
			}
		}
	}
	if len(sur) == 0 {
		return
	}
	for i, p := range l.ps {
		if l.cover[i] || p.punct != 0 || p.cf&capInitial == 0 {
			continue
		}
		l.buf = normalize(l.buf, l.a.Text[p.start:p.end])
		if key, ok := sur[string(l.buf)]; ok {
			l.add(key, i, i+1, "name")
		}
	}
}

// entities assembles the result: entities by first mention, mentions by
// position, duplicates dropped.
func (l *linker) entities() []vedetta.Entity {
	sort.SliceStable(l.out, func(i, j int) bool {
		if l.out[i].start != l.out[j].start {
			return l.out[i].start < l.out[j].start
		}
		return l.out[i].end > l.out[j].end
	})
	order := make([]*docEnt, 0, len(l.ents))
	for i, mt := range l.out {
		e := l.ents[mt.key]
		if e == nil {
			continue
		}
		dup := false
		for j := i - 1; j >= 0 && l.out[j].start == mt.start; j-- {
			if l.out[j].end == mt.end && l.out[j].key == mt.key {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		if len(e.ent.Mentions) == 0 {
			order = append(order, e)
		}
		e.ent.Mentions = append(e.ent.Mentions, vedetta.Mention{Text: l.a.Text[mt.start:mt.end], Start: mt.start, End: mt.end, Kind: mt.kind})
	}
	out := make([]vedetta.Entity, 0, len(order))
	for _, e := range order {
		out = append(out, e.ent)
	}
	return out
}

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "'", "‘", "’", "„":
		return true
	}
	return false
}

// yearIn returns the first four-digit year (1900-2099) written in sentence
// sent, or "".
func (l *linker) yearIn(sent int32) string {
	first := sort.Search(len(l.ps), func(i int) bool { return l.ps[i].sent >= sent })
	for _, p := range l.ps[first:] {
		if p.sent < sent || p.punct != 0 || p.end-p.start != 4 {
			continue
		}
		if p.sent > sent {
			break
		}
		w := l.a.Text[p.start:p.end]
		if (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' {
			return w
		}
	}
	return ""
}

func hasKind(os []output, k byte) bool {
	for _, o := range os {
		if o.kind == k {
			return true
		}
	}
	return false
}
