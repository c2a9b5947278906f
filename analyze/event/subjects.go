package event

import "slices"

// subject finds the actor on the subject side of the predicate: the nearest
// actor before it that is not inside a prepositional phrase, a parenthesis
// or a comma-enclosed insertion.
func (sc *sentCtx) subject(m *match) []int {
	if j := sc.antecedent(m.head); j >= 0 {
		return sc.groupFrom(sc.spans[j].group, sc.spans[j].w0)
	}
	if j := sc.finalRelative(m.head); j >= 0 {
		return sc.groupFrom(sc.spans[j].group, sc.spans[j].w0)
	}
	if m.head > 1 && sc.verbAt[m.head] && sc.lex.Cue("coord", sc.words[m.head-1].low) {
		// "Mali accused Algeria of shooting down a drone near the town of
		// X and recalled its ambassador": a verb coordinated with the
		// first verb of its clause shares that verb's subject
		start := m.head - 2
		for start > 0 && !sc.breaksClause(sc.words[start-1]) {
			start--
		}
		if g := sc.firstVerbSubject(m, start, m.head-1); g != nil {
			return g
		}
	}
	for j := len(sc.spans) - 1; j >= 0; j-- {
		sp := sc.spans[j]
		if sp.w1 > m.head || !sc.actorSpan(j) {
			continue
		}
		if !sc.possessor(sp.w1, m.head) && (sc.inParens(sp.w0, m.head) || sc.inInsertion(sp.w0, m.head) || !sc.subjectNP(sp.w0)) {
			continue
		}
		if sp.w1 < m.head && sc.lex.Cue("coord", sc.words[sp.w1].low) && sc.objectOfEarlier(j) {
			continue // "criticized Ukraine and attacked": the verbs share the subject
		}
		if sp.w1 < m.head && sc.words[m.head-1].low == "," && sc.gerund(m.head) && sc.objectOfEarlier(j) {
			continue // "expelled Ethiopia's envoy, accusing Addis Ababa": the gerund's subject is the verb's
		}
		if sc.instrumentWord(m) >= 0 && sc.objectOfEarlier(j) {
			continue // "dispersó a los manifestantes con gases lacrimógenos": the gas is the police's
		}
		if sc.inRelativeAside(j, m.head) {
			continue // "Lavrov, who visited Iran last year, praised": not Iran
		}
		if sc.quote[sp.w0] != sc.quote[m.head] && sc.nounLike(m) {
			continue // "X said the deal included \"access to aid\"": not X's aid
		}
		if sc.otherSubject(sp.w1, m.head) {
			return nil
		}
		// The whole coordination the actor ends.
		var g []int
		for _, k := range sc.groups[sp.group] {
			if sc.spans[k].w1 <= m.head {
				g = append(g, k)
			}
		}
		return g
	}
	return nil
}

// firstVerbSubject returns the subject of the first finite verb predicate
// in words [a, b) (not "of shooting down", "to send"), or nil.
func (sc *sentCtx) firstVerbSubject(m *match, a, b int) []int {
	for k := a; k < b; k++ {
		if sc.verbAt[k] && sc.predAt[k] != "" && (k == 0 || sc.predAt[k-1] == "") &&
			!sc.lex.Cue("activesuf", sc.words[k].low) && (k == 0 || !sc.lex.Cue("inf", sc.words[k-1].low) && !sc.lex.Cue("gen", sc.words[k-1].low)) {
			prev := *m
			prev.head, prev.w0, prev.lastLit, prev.w1 = k, k, k+1, k+1
			return sc.subject(&prev)
		}
	}
	return nil
}

// gerund reports whether word h is a gerund or adverbial participle (cue
// gerundsuf: "accusing", "acusando", "обвинив", "обвиняя").
func (sc *sentCtx) gerund(h int) bool {
	return sc.lex.Cue("gerundsuf", sc.words[h].low)
}

// finalRelative returns the actor a verb-final relative clause holding the
// predicate at h refers to (cue relfinal: "gegen Studenten ein, die seit
// Wochen gegen die Regierung protestieren"): the span right before the
// comma that opens the clause, or -1.
func (sc *sentCtx) finalRelative(h int) int {
	for k := h - 1; k >= 1; k-- {
		w := sc.words[k]
		if sc.lex.Cue("relfinal", w.low) && sc.words[k-1].low == "," {
			e := k - 2 // the last word before the comma, past a verb's particle
			if e >= 1 && sc.lex.Cue("particle", sc.words[e].low) {
				e--
			}
			if e < 0 {
				return -1
			}
			if j := sc.inSpan[e]; j >= 0 && sc.spans[j].w1 == e+1 && sc.actorSpan(j) {
				return j
			}
			return -1
		}
		if sc.breaksClause(w) {
			return -1
		}
	}
	return -1
}

// possessor reports whether an actor ending at word a is the possessor of
// the predicate noun at word h ("Russia's ongoing war"): a possessive
// marker, then at most two words. The possessor is the agent even inside a
// prepositional phrase ("with Russia's war in Ukraine").
func (sc *sentCtx) possessor(a, h int) bool {
	if a >= h || (sc.words[a].low != "'s" && sc.words[a].low != "'") {
		return false
	}
	if h-a-1 > 2 {
		return false
	}
	for k := a + 1; k < h; k++ {
		if sc.words[k].punct || sc.inSpan[k] >= 0 {
			return false
		}
	}
	return true
}

// possessive resolves a possessive determiner before a predicate noun
// ("sanctions against Russia for its aggression", "la sua decisione") to
// the nearest actor before it: the possessor is the agent.
func (sc *sentCtx) possessive(m *match) []int {
	k := m.head - 1
	if k < 0 || !sc.lex.Cue("poss", sc.words[k].low) {
		if k < 1 || !sc.lex.Cue("poss", sc.words[k-1].low) || sc.words[k].punct || (sc.inSpan[k] >= 0 && !sc.spans[sc.inSpan[k]].generic) {
			return nil
		}
		k--
	}
	for j := len(sc.spans) - 1; j >= 0; j-- {
		if sc.spans[j].w1 <= k && sc.actorSpan(j) && !sc.spans[j].generic {
			if w0 := sc.spans[j].w0; w0 > 1 && sc.lex.Cue("dat", sc.words[w0-1].low) && !sc.words[w0-2].punct && !sc.functionWord(sc.words[w0-2].low) &&
				sc.inSpan[w0-2] < 0 {
				continue // a recipient, not the owner: "sicherte der Ukraine seine Unterstützung zu"
			}
			return []int{j}
		}
	}
	return nil
}

// laterSubject is the subject of a clause that a fronted phrase opens ("At
// the request of X, NATO sent ...", "En relación con la petición de X, el
// Consejo decidió"): the first actor after the phrase that follows a comma,
// with at most an article or a generic head noun between.
func (sc *sentCtx) laterSubject(m *match) []int {
	end := max(m.w1, m.lastLit)
	for k := end; k < len(sc.words); k++ {
		if sc.words[k].low != "," {
			continue
		}
		q := k + 1
		for q < len(sc.words) && q <= k+3 {
			if j := sc.spanAt[q]; j >= 0 && sc.actorSpan(j) {
				return sc.groupFrom(sc.spans[j].group, q)
			}
			if !sc.lex.Cue("art", sc.words[q].low) {
				break
			}
			q++
		}
	}
	return nil
}

// subjectNP walks left from word w0 over the noun phrase: articles,
// genitives and up to subjWalk content words. A preposition on the way means
// the actor is inside a prepositional phrase.
// antecedent returns the actor a relative pronoun right before the
// predicate at h refers to ("los indígenas que exigen", "the workers, who
// did not strike"): the span that ends right before the pronoun (a comma
// between), or -1. A negation and one short word (a clitic or an
// auxiliary: "que les exigen", "who have") may stand between pronoun and
// predicate.
func (sc *sentCtx) antecedent(h int) int {
	k, short := h-1, 0
	for k >= 0 && (sc.lex.Cue("neg", sc.words[k].low) || short == 0 && len(sc.words[k].low) <= 3 && !sc.lex.Cue("rel", sc.words[k].low) && !sc.words[k].punct) {
		if !sc.lex.Cue("neg", sc.words[k].low) {
			short++
		}
		k--
	}
	if k < 1 || !sc.lex.Cue("rel", sc.words[k].low) {
		return -1
	}
	k--
	if sc.words[k].low == "," {
		k--
	}
	if k < 0 {
		return -1
	}
	j := sc.inSpan[k]
	if j < 0 || sc.spans[j].w1 != k+1 || !sc.actorSpan(j) || sc.spans[j].kind == "adjective" {
		return -1
	}
	return sc.npHead(j)
}

// npHead returns the generic actor that heads the noun phrase span j ends, in
// whose genitive j stands ("estudiantes de la Universidad de Teherán" are
// students): past articles, genitives and the capitalised words of a name the
// entities missed; else j.
func (sc *sentCtx) npHead(j int) int {
	for q, gen := sc.spans[j].w0-1, false; q >= 0 && q >= sc.spans[j].w0-6; q-- {
		w := sc.words[q]
		if g := sc.inSpan[q]; g >= 0 {
			if gen && sc.spans[g].generic && sc.actorSpan(g) && sc.spans[g].w1 == q+1 {
				return g
			}
			break
		}
		if sc.lex.Cue("gen", w.low) {
			gen = true
		} else if !sc.lex.Cue("art", w.low) && !(w.upper && !w.caps) {
			break
		}
	}
	return j
}

// objectOfEarlier reports whether span j is the object of a verbal
// predicate matched shortly before it in the same clause.
func (sc *sentCtx) objectOfEarlier(j int) bool {
	for k := sc.spans[j].w0 - 1; k >= 0 && k >= sc.spans[j].w0-objWalk-1; k-- {
		w := sc.words[k]
		if w.punct || sc.lex.Cue("clause", w.low) || sc.inSpan[k] >= 0 && sc.actorSpan(sc.inSpan[k]) {
			return false
		}
		if sc.clauseOpener(k, sc.spans[j].w0) {
			return false // a new clause's subject: "marcharon y la policía los dispersó"
		}
		if sc.predAt[k] != "" {
			return true
		}
	}
	return false
}

// nominativeAgent reports whether word w is the first word of a generic
// agent as the lexicon writes it: in the nominative.
func (sc *sentCtx) nominativeAgent(w int) bool {
	for _, ap := range sc.lex.agentsByStem[sc.words[w].stem] {
		if ap.ag.Forms[ap.i][0] == sc.words[w].low {
			return true
		}
	}
	return false
}

// dropSubject reports whether the predicate of m is a finite verb (cue
// finsuf, or a participle after a tense auxiliary) that starts its
// sentence, only function words, short clitics, adverbs or dates before it:
// its subject is unsaid, the actor of the previous sentence ("Pidió ayuda a
// la OTSC", "Ha poi chiesto").
func (sc *sentCtx) dropSubject(m *match) bool {
	if sc.zero < 0 || sc.nounLike(m) {
		return false
	}
	h := sc.words[m.head].low
	aux := false // "Ha poi chiesto"
	for k := m.head - 1; k >= 0 && k >= m.head-2; k-- {
		aux = aux || sc.lex.Cue("perfaux", sc.words[k].low)
	}
	if !sc.lex.Cue("finsuf", h) && !(aux && sc.lex.Cue("partsuf", h)) {
		return false
	}
	for k := 0; k < m.head; k++ {
		w := sc.words[k]
		if sc.inSpan[k] >= 0 || sc.lex.Cue("clause", w.low) {
			return false
		}
		if w.punct || w.date || sc.auxWord(w.low) || sc.lex.Cue("perfaux", w.low) || sc.lex.Cue("advsuf", w.low) || len(w.low) <= 3 {
			continue
		}
		return false
	}
	return true
}

// otherSubject reports whether a clause word between words a and h opens a
// clause whose subject is a noun phrase of its own, named by no actor, right
// before the predicate at h ("el jefe de Estado reaccionó cuando los
// periodistas le consultaron"): the actor before is not its subject.
func (sc *sentCtx) otherSubject(a, h int) bool {
	c := -1
	for k := a; k < h; k++ {
		if sc.lex.Cue("clause", sc.words[k].low) || sc.lex.Cue("subord", sc.words[k].low) {
			c = k
		}
	}
	if c < 0 || c+1 >= h || !sc.lex.Cue("art", sc.words[c+1].low) {
		return false
	}
	k := c + 1
	for k < h && sc.lex.Cue("art", sc.words[k].low) {
		k++
	}
	if k >= h || sc.inSpan[k] >= 0 || sc.words[k].punct || sc.words[k].date || sc.functionWord(sc.words[k].low) {
		return false
	}
	return h-k <= 3
}

func (sc *sentCtx) subjectNP(w0 int) bool {
	content := 0
	ownArt := false // the actor's own article, right before it
	for k := w0 - 1; k >= 0; k-- {
		w := sc.words[k]
		switch {
		case w.punct:
			if softPunct(w.low) {
				continue
			}
			return true
		case w.date:
			return true // a fronted time adverbial: "On 6 January Russia attacked"
		case w.particle > 0:
			return true // a verb before its subject: "In Belgrad setzte die Polizei Tränengas ... ein"
		case sc.lex.Cue("subord", w.low) && sc.nextIsPredicate(w0):
			return true // "a day after Tokayev asked": a conjunction, not a preposition
		case sc.lex.Cue("gen", w.low) && sc.afterActor(k):
			return false // "le Forze (Rsf) del Sudan": a modifier of another actor
		case sc.lex.Cue("art", w.low):
			ownArt = ownArt || content == 0
			continue
		case content == 0 && sc.clauseOpener(k, w0):
			return true // a new clause: "manifesté à Dakar et la police les a dispersés"
		case sc.lex.Cue("gen", w.low), sc.lex.Cue("coord", w.low):
			continue
		case sc.approxAt(k):
			continue // "Al menos 20 manifestantes": a quantity, no preposition
		case sc.lex.Cue("prep", w.low) || sc.lex.Cue("target", w.low) || sc.lex.Cue("agent", w.low):
			// A language that marks case by form and has no articles:
			// a nominative role noun after the object of the preposition
			// starts a new noun phrase ("в стране президент Казахстана").
			return content > 0 && sc.lex.Cue("order", "caseforms") && sc.nominativeAgent(w0)
		case sc.lex.Cue("clause", w.low):
			return true
		case ownArt && content == 0 && sc.predAt[k] == "" && sc.prepBefore(k):
			// a prepositional phrase of one noun right before the actor's
			// article ends there: "dopo le proteste nel paese il
			// presidente Tokayev"
			return true
		}
		content++
		if content > subjWalk {
			return true
		}
	}
	return true
}

// prepBefore reports whether a preposition (not an infinitive marker:
// "to close the Strait") comes right before word k, past articles.
func (sc *sentCtx) prepBefore(k int) bool {
	q := sc.skipArticlesBack(k - 1)
	if q < 0 {
		return false
	}
	w := sc.words[q].low
	return !sc.lex.Cue("inf", w) && (sc.lex.Cue("target", w) || sc.lex.Cue("prep", w) || sc.lex.Cue("loc", w))
}

// subjectOfNext reports whether the actor group starting at word w0 is
// followed, past dates, numbers and auxiliaries, by a predicate read as a
// verb: the subject of that verb.
func (sc *sentCtx) subjectOfNext(w0 int) bool {
	j := sc.inSpan[w0]
	if j < 0 {
		return false
	}
	g := sc.groups[sc.spans[j].group]
	k := sc.spans[g[len(g)-1]].w1
	for end := k + 4; k < len(sc.words) && k < end && (sc.words[k].date || isNumber(sc.words[k].low) || sc.auxWord(sc.words[k].low) || sc.lex.Cue("perfaux", sc.words[k].low)); k++ {
	}
	return k < len(sc.words) && sc.verbAt[k]
}

// nextIsPredicate reports whether the actor starting at word w0 is followed
// right away by a word that may start a predicate (its verb).
func (sc *sentCtx) nextIsPredicate(w0 int) bool {
	j := sc.inSpan[w0]
	if j < 0 {
		return false
	}
	e := sc.spans[j].w1
	return e < len(sc.words) && sc.predicateWord(e)
}

// afterActor reports whether word k (a genitive preposition) follows an
// actor, its parenthesised acronym or an article right after it.
func (sc *sentCtx) afterActor(k int) bool {
	k = sc.skipArticlesBack(k - 1)
	if k >= 0 && sc.words[k].low == ")" {
		for k >= 0 && sc.words[k].low != "(" {
			k--
		}
		k--
	}
	return k >= 0 && sc.inSpan[k] >= 0 && sc.actorSpan(sc.inSpan[k])
}

// genModifier reports whether span j is in a genitive after another actor
// ("il presidente della Repubblica del Kazakistan", "Forze (Rsf) del Sudan").
func (sc *sentCtx) genModifier(j int) bool {
	k := sc.spans[j].w0 - 1
	for k >= 0 && sc.lex.Cue("art", sc.words[k].low) && !sc.lex.Cue("gen", sc.words[k].low) {
		k--
	}
	return k >= 0 && sc.lex.Cue("gen", sc.words[k].low) && sc.afterActor(k)
}

// v2Subject returns, in a verb-second language (cue order v2: German), the
// subject that follows the finite verb when something else opens the main
// clause ("Am Montag verurteilte Deutschland Russland", "Nach Angaben der
// Behörden griff Russland die Ukraine an"): the actor right after the verb,
// past articles, when the clause opens with a preposition, a date or an
// adverb rather than an actor; nil otherwise.
func (sc *sentCtx) v2Subject(m *match) []int {
	if !sc.lex.Cue("order", "v2") || sc.nounLike(m) {
		return nil
	}
	st := m.head
	for st > 0 {
		w := sc.words[st-1]
		if sc.breaksClause(w) || sc.lex.Cue("compl", w.low) {
			break
		}
		st--
	}
	if st == m.head || st > 0 && !sc.words[st-1].punct {
		return nil // verb first, or a subordinate clause
	}
	first := sc.words[st]
	opened := first.date || sc.lex.Cue("prep", first.low) || sc.lex.Cue("target", first.low) || sc.lex.Cue("loc", first.low) ||
		sc.inSpan[st] < 0 && !sc.functionWord(first.low) && !first.upper
	if !opened || sc.inSpan[st] >= 0 && sc.actorSpan(sc.inSpan[st]) {
		return nil
	}
	k := sc.skipArticles(m.head + 1)
	if k < len(sc.words) {
		if j := sc.spanAt[k]; j >= 0 && sc.actorSpan(j) {
			return sc.groupFrom(sc.spans[j].group, k)
		}
	}
	return nil
}

// postverbalSubject returns the subject of a verb of arriving or moving
// forces that comes after it, with the place it goes to either right after
// the verb ("È arrivato a Mosca il presidente cinese", "Llegó a Moscú el
// presidente") or before it ("В Москву прибыл президент Казахстана"): the
// first actor after them, bare (not in a prepositional phrase), within
// four words and the clause. The second result is the fronted target, if
// that is where the place was. nil when none.
func (sc *sentCtx) postverbalSubject(m *match) (src, fronted []int) {
	if sc.nounLike(m) || m.p.Mode != "visit" && !movesForces(m.p) {
		return nil, nil
	}
	from := max(m.w1, m.lastLit)
	if !m.slotSeen[1] {
		if fronted = sc.frontedTarget(m); fronted == nil {
			return nil, nil
		}
	}
	for j, sp := range sc.spans {
		if sp.w0 < from || !sc.actorSpan(j) || contains(m.slots[1], j) {
			continue
		}
		if sp.w0-from > 4 || sc.punctBetween(from, sp.w0) || sc.phraseCase(sp.w0) != 0 {
			return nil, nil
		}
		return sc.groupFrom(sp.group, sp.w0), fronted
	}
	return nil, nil
}

// postverbalParties returns the parties of a meeting or an agreement
// named after its verb, the clause having no subject before it ("Si sono
// incontrati ieri al Cairo i ministri di Egitto e Giordania", "Se reunieron
// en Lima los cancilleres de Perú y Chile"): the first coordination of two
// or more actors within eight words after the verb, in its clause; nil when
// none.
func (sc *sentCtx) postverbalParties(m *match) []int {
	if sc.nounLike(m) || m.p.Type != "CONSULT" && m.p.Type != "AGREE" && m.p.Official != "CONSULT" {
		return nil
	}
	if m.head > 1 && sc.nounAfterArticle(m.head-1) {
		return nil // a noun after its article and an adjective: "la anunciada visita"
	}
	from := max(m.w1, m.lastLit)
	for j, sp := range sc.spans {
		if sp.w0 < from || !sc.actorSpan(j) {
			continue
		}
		// (no topic word between: "consultaron acerca de las protestas que organizan")
		if sp.w0-from > 8 || sc.clauseBreak(from, sp.w0) || sc.cueBetween("topic", from, sp.w0) {
			return nil
		}
		if g := sc.groupFrom(sp.group, sp.w0); len(g) >= 2 {
			return g
		}
	}
	return nil
}

// frontedTarget returns the actor of a phrase with a target preposition
// that opens the clause before the predicate, its subject coming after the
// verb ("В Казахстан прибыли российские миротворцы"); nil when none.
func (sc *sentCtx) frontedTarget(m *match) []int {
	for j := len(sc.spans) - 1; j >= 0; j-- {
		sp := sc.spans[j]
		if sp.w1 > m.head {
			continue
		}
		if !sc.actorSpan(j) && sp.etype != "LOCATION" || sc.npCase(sp.w0) != 1 || !sc.bareGap(sp.w1, m.head, true) {
			return nil
		}
		return sc.groupFrom(sp.group, sp.w0)
	}
	return nil
}

// forcesOwner returns the state whose forces a pattern of moving forces
// names, when its subject is unsaid or comes after the verb: the owner
// sends or moves them ("the deployment of Russian peacekeepers", "В
// Казахстан прибыли российские миротворцы", "llegaron las fuerzas de paz
// rusas"). It is a named, not generic, actor inside the match or right after
// its last word: an adjective next to a word of the pattern other than the
// first, or a force holding or next to one. -1 when none.
func (sc *sentCtx) forcesOwner(m *match) int {
	if !movesForces(m.p) {
		return -1
	}
	end := max(m.lastLit, m.w1)
	for j, sp := range sc.spans {
		if sp.w0 < m.head && m.head < sp.w1 && !sp.generic && sc.actorSpan(j) && sc.forces(j) {
			return j // the forces the pattern starts with: "Die russischen Truppen zogen sich zurück"
		}
		if sp.w0 <= m.head || sp.w0 > end+1 || sp.generic || !sc.actorSpan(j) || sp.kind != "adjective" && !sc.forces(j) {
			continue
		}
		for k := max(m.head, sp.w0-2); k <= min(len(sc.words)-1, sp.w1+1); k++ {
			if k != m.head && sc.patternWord(m, k) && !sc.punctBetween(min(k, sp.w0), max(k, sp.w1)) {
				return j
			}
		}
	}
	return -1
}

// partOfForce returns the organisation whose force the moved forces are
// part of (cue partof: "as part of", "в составе", "nell'ambito di"), named
// within six words after the cue in the predicate's clause ("dans le cadre
// de la force de l'OTSC"); -1 when none.
func (sc *sentCtx) partOfForce(m *match, tgt []int) int {
	if !movesForces(m.p) {
		return -1
	}
	for k := m.head + 1; k < len(sc.words) && !(sc.words[k].punct && !softPunct(sc.words[k].low)); k++ {
		if !sc.lex.Cue("partof", sc.words[k].low) {
			continue
		}
		for q := k + 1; q < len(sc.words) && q <= k+6 && !sc.words[q].punct; q++ {
			if j := sc.spanAt[q]; j >= 0 && sc.spans[j].etype == "ORG" && !sc.spans[j].generic && !contains(tgt, j) {
				return j
			}
		}
	}
	return -1
}

// movesForces reports whether pattern p moves armed forces: military or
// peacekeeping aid, mobilising, withdrawing (not releasing prisoners).
func movesForces(p *Pattern) bool {
	switch p.Type {
	case "AID":
		return slices.Contains(p.Context, "military") || slices.Contains(p.Context, "peacekeeping")
	case "MOBILIZE":
		return true
	case "RETREAT":
		return p.Mode != "release"
	}
	return false
}

// forces reports whether span j is an armed force or police (not a person
// of theirs: a general visits, an army does not).
func (sc *sentCtx) forces(j int) bool {
	sp := sc.spans[j]
	return sp.etype != "PERSON" && (sp.actor.Sector == "MIL" || sp.actor.Sector == "COP")
}

// speaker finds the source of a reported verbal event: the actor after an
// attribution verb anywhere in the sentence ("lo ha affermato X", "said X").
func (sc *sentCtx) speaker(m *match, tgt []int) []int {
	for k, w := range sc.words {
		if w.punct || !sc.lex.Cue("attrib", w.low) || (k >= m.head && k < m.lastLit) {
			continue
		}
		for q := k + 1; q < len(sc.words) && q <= k+attribSkip; q++ {
			if j := sc.spanAt[q]; j >= 0 && sc.actorSpan(j) && !contains(tgt, j) {
				return sc.groupFrom(sc.spans[j].group, q)
			}
			if sc.words[q].punct && !softPunct(sc.words[q].low) {
				break
			}
		}
		// the speaker right before a closing verb of saying, after the
		// quote's comma: "We condemn the attack, the ministry said"
		if k > m.head && k > 0 {
			if j := sc.inSpan[k-1]; j >= 0 && sc.actorSpan(j) && !contains(tgt, j) && sc.spans[j].w1 == k {
				if c := sc.skipArticlesBack(sc.spans[j].w0 - 1); c >= 0 && sc.words[c].low == "," {
					return sc.groupFrom(sc.spans[j].group, sc.spans[j].w0)
				}
			}
		}
	}
	return nil
}

// speakerOpening reports whether the words before word h can open a quote
// of the speaker's own: a quotation mark first, a first-person pronoun, or
// no content word at all ("We will not send troops", "Non invieremo
// truppe"); not a subject of its own ("A roadside bomb planted by the BLA
// killed five soldiers, the military said").
func (sc *sentCtx) speakerOpening(h int) bool {
	if h > 0 && sc.quote[h] > 0 && sc.quote[0] == 0 && sc.words[0].punct {
		return true // the predicate inside a quotation opening the sentence
	}
	for k := 0; k < h; k++ {
		w := sc.words[k]
		if sc.lex.Cue("first", w.low) {
			return true
		}
		if w.punct || sc.functionWord(w.low) || sc.lex.Cue("neg", w.low) || sc.auxWord(w.low) || sc.lex.Cue("fut", w.low) || sc.lex.Cue("cond", w.low) {
			continue
		}
		return false
	}
	return true
}

// quoted reports whether the predicate of m is in a quote that opens the
// sentence and a closing verb of saying follows after a comma ("We will
// not send troops, Germany said").
func (sc *sentCtx) quoted(m *match) bool {
	if !sc.speakerOpening(m.head) {
		return false
	}
	for k := max(m.lastLit, m.w1); k+1 < len(sc.words); k++ {
		w := sc.words[k]
		if w.low == "," {
			for q := k + 1; q < len(sc.words) && q <= k+attribSkip+2; q++ {
				if sc.lex.Cue("attrib", sc.words[q].low) {
					return true
				}
				if sc.words[q].punct && !softPunct(sc.words[q].low) {
					break
				}
			}
		}
		if w.punct && !softPunct(w.low) && w.low != "," || sc.lex.Cue("clause", w.low) {
			return false
		}
	}
	return false
}

// passiveNounAgent returns the agent of a passive verb right after the
// predicate noun of m, its subject ("Sanctions were imposed on Iran by the
// United States", "Nuove sanzioni sono state imposte all'Iran dagli Stati
// Uniti"): a passive auxiliary within two words after the noun, then an
// agent phrase within twelve words of the clause, past the target's phrase;
// nil when none.
func (sc *sentCtx) passiveNounAgent(m *match, tgt []int) []int {
	from := max(m.lastLit, m.w1)
	aux := false
	for k := from; k < len(sc.words) && k < from+2; k++ {
		aux = aux || sc.lex.Cue("passaux", sc.words[k].low) || sc.lex.Cue("passive", sc.words[k].low)
	}
	if !aux || sc.nounLike(m) && m.gov >= 0 {
		return nil
	}
	return sc.actorAfterCue(from, 12, 4, tgt, func(w string) bool { return sc.lex.Cue("agent", w) })
}

// actorAfterCue returns the actor group that the first word of its clause
// within reach words after word from for which cue holds introduces,
// within span words after it (none of skip); nil when none.
func (sc *sentCtx) actorAfterCue(from, reach, span int, skip []int, cue func(string) bool) []int {
	for k := from; k < len(sc.words) && k < from+reach; k++ {
		w := sc.words[k]
		if sc.breaksClause(w) {
			return nil
		}
		if !cue(w.low) {
			continue
		}
		for q := k + 1; q < len(sc.words) && q <= k+span; q++ {
			if j := sc.spanAt[q]; j >= 0 && sc.actorSpan(j) && !contains(skip, j) {
				return sc.groupFrom(sc.spans[j].group, q)
			}
			if sc.words[q].punct {
				break
			}
		}
		return nil
	}
	return nil
}

// objectRelative returns the source and target of a predicate in a
// relative clause whose subject is a personal pronoun after an object
// relative word ("Radio France Internationale, qu'il accuse d'avoir
// relayé", "RFI, which it accuses of"): the pronoun stands for the
// sentence's first subject, the source; the antecedent, the actor right
// before the relative word, is the target. A negation or a perfect
// auxiliary may stand between pronoun and predicate. In Spanish the
// subject may be dropped after the personal "a" ("Philip Goldberg, a
// quien acusó de conspirar").
func (sc *sentCtx) objectRelative(m *match) (src, tgt []int) {
	ws := sc.words
	k := m.head - 1
	for k >= 0 && (sc.lex.Cue("neg", ws[k].low) || sc.lex.Cue("perfaux", ws[k].low)) {
		k--
	}
	if k < 2 || !(sc.lex.Cue("pron", ws[k].low) && sc.lex.Cue("objrel", ws[k-1].low) ||
		sc.lex.Cue("objrelpd", ws[k].low) && sc.lex.Cue("persobj", ws[k-1].low)) { // (a dropped subject: "a quien acusó")
		return nil, nil
	}
	a := k - 2
	if ws[a].low == "," {
		a--
	}
	if a < 0 {
		return nil, nil
	}
	j := sc.inSpan[a]
	if j < 0 || sc.spans[j].w1 != a+1 || !sc.actorSpan(j) {
		return nil, nil
	}
	for i := range sc.spans {
		sp := sc.spans[i]
		if sp.w0 >= sc.spans[j].w0 {
			break
		}
		if sc.actorSpan(i) && sp.kind != "adjective" && sc.subjectNP(sp.w0) {
			return sc.groupFrom(sp.group, sp.w0), sc.groupFrom(sc.spans[j].group, sc.spans[j].w0)
		}
	}
	return nil, nil
}
