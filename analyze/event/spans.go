package event

import (
	"sort"
	"strings"

	"github.com/vedetta/vedetta"
)

// wordRange maps a byte range to the words it overlaps, [w0, w1).
func (sc *sentCtx) wordRange(start, end int) (int, int) {
	ws := sc.words
	w0 := sort.Search(len(ws), func(i int) bool { return ws[i].end > start })
	w1 := w0
	for w1 < len(ws) && ws[w1].start < end {
		w1++
	}
	return w0, w1
}

// buildSpans lays the entity mentions and generic agents of the sentence
// over its words, merges agents with the entity that qualifies them
// ("la polizia kazaka", "il presidente del Kazakistan") and groups
// coordinated actors.
func (sc *sentCtx) buildSpans(ments []docMention, home *vedetta.Entity) {
	n := len(sc.words)
	sc.inSpan = make([]int, n)
	for i := range sc.inSpan {
		sc.inSpan[i] = -1
	}
	var spans []span
	dl := sc.datelineEnd()
	for _, dm := range ments {
		w0, w1 := sc.wordRange(dm.m.Start, dm.m.End)
		if w0 >= w1 || sc.inSpan[w0] >= 0 || sc.inSpan[w1-1] >= 0 {
			continue // nested in a longer mention
		}
		if w1 <= dl && dm.e.Type != "LOCATION" && dm.e.Type != "COUNTRY" {
			continue // the agency of a dateline: "LA PAZ, 7 oct (EFE).-"
		}
		if sc.portfolioOnly(w0, w1) {
			continue // "(ministros de) Asuntos Exteriores": a portfolio, no actor
		}
		e := dm.e
		if p := sc.parents[e.ID]; p != nil {
			e = p
		}
		spans = append(spans, span{w0: w0, w1: w1, actor: entityActor(e), etype: e.Type, kind: dm.m.Kind})
		for k := w0; k < w1; k++ {
			sc.inSpan[k] = len(spans) - 1
		}
	}
	// Generic agents over words no mention covers.
	for i := 0; i < n; i++ {
		if sc.inSpan[i] >= 0 || sc.words[i].punct {
			continue
		}
		ag, l := sc.agentAt(i)
		if ag == nil {
			continue
		}
		if sc.lex.Cue("quantity", sc.words[i].low) && i+l+1 < n && sc.lex.Cue("gen", sc.words[i+l].low) {
			// "dozens of protesters", "centinaia di studenti": the kind
			// after the quantity names them
			if nx, _ := sc.agentAt(i + l + 1); nx != nil && sc.inSpan[i+l+1] < 0 {
				continue
			}
		}
		sp := span{w0: i, w1: i + l, etype: "AGENT", generic: true,
			actor: vedetta.Actor{Name: ag.Name, Sector: ag.Sector}}
		spans = append(spans, sp)
		for k := i; k < i+l; k++ {
			sc.inSpan[k] = len(spans) - 1
		}
		i += l - 1
	}
	if sp, ok := sc.pronounSpan(); ok {
		spans = append(spans, sp)
		sc.inSpan[sp.w0] = len(spans) - 1
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].w0 < spans[j].w0 })
	spans = sc.mergeAgents(spans, home)
	spans = sc.mergeChains(spans)
	sc.spans = spans
	sc.spanAt = make([]int, n)
	for i := range sc.spanAt {
		sc.spanAt[i], sc.inSpan[i] = -1, -1
	}
	for j, sp := range spans {
		sc.spanAt[sp.w0] = j
		for k := sp.w0; k < sp.w1; k++ {
			sc.inSpan[k] = j
		}
	}
	sc.buildGroups()
	// An unsaid subject (pro-drop): a span past the last word, reached only
	// by sc.dropSubject.
	sc.zero = -1
	if sc.prev != nil && sc.lex.cues["finsuf"] != nil {
		sc.zero = len(sc.spans)
		sc.spans = append(sc.spans, span{w0: n, w1: n, actor: *sc.prev, etype: "ORG", kind: "zero", group: len(sc.groups)})
		sc.groups = append(sc.groups, []int{sc.zero})
	}
}

// pronounSpan returns a span for a subject pronoun that starts the
// sentence (after an opening quote), standing for the actor the previous
// sentence acted through: a person for "he", "she" (cue pronper), another
// actor for the rest of cue pron.
func (sc *sentCtx) pronounSpan() (span, bool) {
	if sc.prev == nil {
		return span{}, false
	}
	k := 0
	for k < len(sc.words) && sc.words[k].punct {
		k++
	}
	if k >= len(sc.words) || k > 1 || sc.inSpan[k] >= 0 || !sc.lex.Cue("pron", sc.words[k].low) {
		return span{}, false
	}
	person := strings.HasPrefix(sc.prev.ID, "per:")
	if sc.lex.Cue("pronper", sc.words[k].low) && !person {
		return span{}, false
	}
	etype := "ORG"
	switch {
	case person:
		etype = "PERSON"
	case sc.prev.ID == sc.prev.Country:
		etype = "COUNTRY"
	}
	return span{w0: k, w1: k + 1, actor: *sc.prev, etype: etype, kind: "pronoun"}, true
}

// agentAt returns the generic agent whose phrase starts at word i. A word
// of the phrase matches by stem, but a noun naming actors (cue actornoun:
// "manifestantes", "protesters") matches only another such noun: its stem
// is that of the event ("manifestación", "manifestó su apoyo").
func (sc *sentCtx) agentAt(i int) (*Agent, int) {
	var best *Agent
	bl := 0
	for _, ap := range sc.lex.agentsByStem[sc.words[i].stem] {
		ag, pi := ap.ag, ap.i
		ph := ag.Words[pi]
		if len(ph) <= bl || i+len(ph) > len(sc.words) {
			continue
		}
		ok := true
		for k, st := range ph {
			w := sc.words[i+k]
			if w.stem != st || (w.low != ag.Forms[pi][k] && sc.lex.Cue("actornoun", ag.Forms[pi][k]) && !sc.lex.Cue("actornoun", w.low)) {
				ok = false
				break
			}
		}
		if ok {
			best, bl = ag, len(ph)
		}
	}
	return best, bl
}

// mergeAgents joins a generic agent with the entity that qualifies it within
// three words (articles and genitives between), and gives the remaining ones
// the document's home country.
func (sc *sentCtx) mergeAgents(spans []span, home *vedetta.Entity) []span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.generic && sp.actor.Sector == "IGO" {
			// "The organisation", "the Alliance": the document's main
			// international organisation, if it names one; a capitalised
			// word after it starts another name ("Organizzazione mondiale").
			if sc.igo == nil || (sp.w1 < len(sc.words) && sc.words[sp.w1].upper) {
				continue
			}
			sp.actor = entityActor(sc.igo)
			sp.etype = "ORG"
			sp.generic = false // it names that organisation
			out = append(out, sp)
			continue
		}
		if sp.generic && i+1 < len(spans) {
			nx := spans[i+1]
			if !nx.generic && nx.etype != "LOCATION" && sc.onlyLinkers(sp.w1, nx.w0, 7, true) {
				m := nx
				m.w0 = sp.w0
				if m.actor.Sector == "" {
					m.actor.Sector = sp.actor.Sector
				}
				out = append(out, m)
				i++
				continue
			}
		}
		if sp.generic && len(out) > 0 {
			pv := out[len(out)-1]
			// "Russian troops", "NATO leaders", "Russia's army": the entity
			// right before the agent (or with a possessive between) is
			// whose agent it is.
			if !pv.generic && pv.etype != "LOCATION" && pv.etype != "PERSON" && sp.actor.Sector != "CVL" &&
				(pv.kind == "adjective" || pv.kind == "name" || pv.kind == "abbreviation") &&
				(pv.w1 == sp.w0 || sp.w0 == pv.w1+1 && (sc.words[pv.w1].low == "'s" || sc.words[pv.w1].low == "'")) {
				pv.w1 = sp.w1
				if pv.actor.Sector == "" {
					pv.actor.Sector = sp.actor.Sector
				}
				out[len(out)-1] = pv
				continue
			}
		}
		if sp.generic && home != nil {
			sp.actor.Country = actorCountry(home)
		}
		if sp.generic && i+1 < len(spans) && spans[i+1].w0 == sp.w1+1 && spans[i+1].actor.Country != "" &&
			sc.lex.Cue("loc", sc.words[sp.w1].low) {
			// "the interim government in Dhaka": the place's country
			sp.actor.Country = spans[i+1].actor.Country
		}
		people := civilianSector(sp.actor.Sector) || bystander(sp.actor.Sector)
		if sp.generic && people {
			// people are where the sentence puts them: "civili uccisi a
			// Gaza" are Gaza's, whoever the document is about
			if c := nearestPlaceCountry(spans, sp.w0); c != "" {
				sp.actor.Country = c
			}
		}
		if q := sc.skipArticles(sp.w1 + 1); sp.generic && people && sp.w1 < len(sc.words) && sc.lex.Cue("origin", sc.words[sp.w1].low) &&
			i+1 < len(spans) && spans[i+1].w0 == q && spans[i+1].actor.Country != "" {
			// "Migranten aus dem Irak", "a journalist from Russia": where
			// they come from
			sp.actor.Country = spans[i+1].actor.Country
		}
		out = append(out, sp)
	}
	return out
}

// civilianSector reports whether generic agents of the sector are civilians
// (protesters, workers, students), whose country is where they are. (Not
// clergy: the Pope appealing for a truce in Gaza is not in Gaza.)
func civilianSector(s string) bool { return s == "CVL" || s == "LAB" || s == "EDU" }

// nearestPlaceCountry returns the country of the place of the sentence
// nearest word w, or "".
func nearestPlaceCountry(spans []span, w int) string {
	best, bd := "", 1<<30
	for _, sp := range spans {
		if sp.etype != "LOCATION" || sp.actor.Country == "" {
			continue
		}
		d := sp.w0 - w
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = sp.actor.Country, d
		}
	}
	return best
}

// portfolioOnly reports whether words [a, b) are all portfolio words of a
// ministry ("Asuntos Exteriores", "Foreign Affairs").
func (sc *sentCtx) portfolioOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !sc.lex.Cue("portfolio", sc.words[k].low) {
			return false
		}
	}
	return true
}

// onlyLinkers reports whether words [a, b) are at most max articles,
// genitive prepositions or (upper-case) name words with no punctuation; with
// portfolio, also the words of a ministry's portfolio ("de Asuntos
// Exteriores de").
func (sc *sentCtx) onlyLinkers(a, b, max int, portfolio bool) bool {
	if b-a > max {
		return false
	}
	for k := a; k < b; k++ {
		w := sc.words[k]
		if w.punct && w.low != "-" {
			return false
		}
		if !w.punct && !sc.lex.Cue("art", w.low) && !sc.lex.Cue("gen", w.low) && !sc.lex.Cue("adjmod", w.low) &&
			!(portfolio && sc.lex.Cue("portfolio", w.low)) {
			return false
		}
	}
	return true
}

// buildGroups joins actors linked by coordination ("Russia e Bielorussia",
// "Russia, Armenia and Azerbaijan").
func (sc *sentCtx) buildGroups() {
	sc.groups = sc.groups[:0]
	for j := range sc.spans {
		if j > 0 && sc.coordinated(j-1, j) {
			g := sc.spans[j-1].group
			sc.spans[j].group = g
			sc.groups[g] = append(sc.groups[g], j)
			continue
		}
		sc.spans[j].group = len(sc.groups)
		sc.groups = append(sc.groups, []int{j})
	}
}

// coordinated reports whether spans i and j are coordinated: linked by a
// conjunction, or by a comma in a list that a conjunction closes ("Russia,
// Armenia and Azerbaijan"; not "X, the CSTO decided").
func (sc *sentCtx) coordinated(i, j int) bool {
	if sc.newClause(i, j) {
		return false
	}
	switch sc.linkKind(i, j) {
	case 2:
		return true
	case 1:
		for k := j; k+1 < len(sc.spans); k++ {
			switch sc.linkKind(k, k+1) {
			case 2:
				return true
			case 0:
				return false
			}
		}
	}
	return false
}

// newClause reports whether span j, after span i, starts a new clause
// rather than joining i: i follows a predicate and j is followed by one
// ("Russia attacked Ukraine and Belarus attacked ..."; not "Russia and
// Belarus signed").
func (sc *sentCtx) newClause(i, j int) bool {
	if !sc.predicateAfter(j) {
		return false
	}
	if k := sc.skipArticlesBack(sc.spans[i].w0 - 1); k >= 0 && sc.lex.Cue("between", sc.words[k].low) {
		return false // a pair: "Бои между Россией и Украиной возобновились"
	}
	for k := sc.spans[i].w0 - 1; k >= 0; k-- {
		w := sc.words[k]
		if sc.breaksClause(w) {
			return false
		}
		if sc.inSpan[k] < 0 && sc.predicateWord(k) {
			return true
		}
	}
	return false
}

// predicateAfter reports whether a predicate follows span j, past an object
// pronoun before a finite verb or a tense auxiliary: "y la policía los
// dispersó", "e la polizia li ha dispersi" (not an article: "a Hamás un
// alto el fuego", "a Israel y a Hamás la liberación").
func (sc *sentCtx) predicateAfter(j int) bool {
	e := sc.spans[j].w1
	if q := sc.skipArticles(e); q > e && q < len(sc.words) && sc.lex.Cue("finsuf", sc.words[q].low) {
		e = q
	} else if e+2 < len(sc.words) && sc.lex.Cue("objcl", sc.words[e].low) && sc.lex.Cue("perfaux", sc.words[e+1].low) {
		e += 2
	}
	return e < len(sc.words) && sc.predicateWord(e)
}

// clauseOpener reports whether word k, a conjunction, opens a new clause
// whose subject is the actor span starting at word w0 (a predicate follows
// it): "marcharon en Santiago y la policía los dispersó".
func (sc *sentCtx) clauseOpener(k, w0 int) bool {
	return sc.lex.Cue("coord", sc.words[k].low) && w0 < len(sc.spanAt) && sc.spanAt[w0] >= 0 && sc.predicateAfter(sc.spanAt[w0])
}

// predicateWord reports whether word k may start a predicate pattern and is
// a content word (not "could", which starts "could not agree").
func (sc *sentCtx) predicateWord(k int) bool {
	ix := sc.c.index[sc.lex.Lang]
	w := sc.words[k]
	return !w.punct && !sc.auxWord(w.low) && (len(ix.byStem[w.stem]) > 0 || len(ix.byExact[w.low]) > 0)
}

// auxWord reports whether w is a function word or a modal, negation or
// tense marker.
func (sc *sentCtx) auxWord(w string) bool {
	if sc.functionWord(w) {
		return true
	}
	for _, c := range [...]string{"cond", "fut", "neg", "passive", "hyp", "perfaux"} {
		if sc.lex.Cue(c, w) {
			return true
		}
	}
	return false
}

// linkKind is 2 when a conjunction links spans i and j, 1 when only a
// comma does, 0 when they are not linked.
func (sc *sentCtx) linkKind(i, j int) int {
	a, b := sc.spans[i], sc.spans[j]
	if a.etype == "LOCATION" || b.etype == "LOCATION" || b.w0-a.w1 > 3 || b.w0 == a.w1 {
		return 0
	}
	// After the link, one head noun of the second conjunct may come before
	// its name ("l'esercito e le forze paramilitari Rsf").
	link, heads := 0, 0
	for k := a.w1; k < b.w0; k++ {
		w := sc.words[k]
		switch {
		case sc.lex.Cue("coord", w.low):
			link = 2
		case w.low == ",":
			link = max(link, 1)
		case sc.lex.Cue("art", w.low):
		case link > 0 && !w.punct && heads == 0 && (!sc.predicateWord(k) || sc.lex.Cue("art", sc.words[k-1].low)):
			heads++ // not a verb: "criticized Ukraine and attacked Kazakhstan"
		default:
			return 0
		}
	}
	return link
}

// mergeChains joins "X di Y" where X is an actor with no country and Y one
// with a country ("la Repubblica del Kazakistan" read as two names): Y is the
// actor, over the words of both.
func (sc *sentCtx) mergeChains(spans []span) []span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i+1 < len(spans) && sp.actor.Country == "" && sp.etype != "LOCATION" && sp.actor.Sector != "IGO" {
			nx := spans[i+1]
			if nx.actor.Country != "" && nx.etype != "LOCATION" && nx.w0 > sp.w1 && sc.onlyLinkers(sp.w1, nx.w0, 2, false) && sc.cueBetween("gen", sp.w1, nx.w0) {
				nx.w0 = sp.w0
				if nx.actor.Sector == "" {
					nx.actor.Sector = sp.actor.Sector
				}
				out = append(out, nx)
				i++
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// cueBetween reports whether a word of cue class cls stands in words
// [a, b).
func (sc *sentCtx) cueBetween(cls string, a, b int) bool {
	for k := a; k < b; k++ {
		if sc.lex.Cue(cls, sc.words[k].low) {
			return true
		}
	}
	return false
}
