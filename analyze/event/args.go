package event

import (
	"strings"

	"github.com/vedetta/vedetta"
)

const (
	subjWalk   = 6  // content words a subject's noun phrase may reach left
	objWalk    = 4  // content words between a predicate and its object
	objReach   = 12 // words after the predicate searched for the object
	attribSkip = 6  // words between an attribution verb and its speaker
)

// code turns the matches of the sentence into events.
func (sc *sentCtx) code() []vedetta.Event {
	sc.markQuotes()
	ms := sc.firedInstruments(sc.matches())
	// which words the matched predicates cover, and their types
	sc.predAt = make([]string, len(sc.words))
	for i := range ms {
		for k := ms[i].head; k < ms[i].lastLit && k < len(sc.words); k++ {
			if !sc.auxWord(sc.words[k].low) { // "convenu de": the verb, not "de"
				sc.predAt[k] = ms[i].p.Type
			}
		}
	}
	sc.govAt = make([]int, len(sc.words))
	for i := range sc.govAt {
		sc.govAt[i] = -1
	}
	sc.verbAt = make([]bool, len(sc.words))
	for i := range ms {
		ms[i].gov = sc.governor(&ms[i])
		ms[i].detached = sc.detachedNoun(&ms[i])
		for k := ms[i].head; k < ms[i].lastLit && k < len(sc.words); k++ {
			if sc.predAt[k] != "" {
				sc.govAt[k] = ms[i].gov
			}
		}
	}
	for i := range ms {
		sc.verbAt[ms[i].head] = !sc.nounLike(&ms[i])
	}
	var out []vedetta.Event
	var heads []int           // the predicate word of each event in out
	var reqTgt []int          // the addressee of the last request
	reqThat := -1             // the complementiser after it ("pidió a X que …"), or -1
	var reqSrc *vedetta.Actor // and the request's source
	reqBySubj := false        // whether it is the clause's subject ("su richiesta di X, la CSTO ha deciso")
	var accTgt []int          // the target of the last accusation
	var accSrc *vedetta.Actor // and its source
	allegedAt := -1           // the predicate of the act it alleges
	var rejEvs []int          // the events of the last refusal, in out
	rejEnd := -1              // the word after its last literal
	for i := range ms {
		m := &ms[i]
		var ctrl []int
		requested := false
		if !m.slotSeen[0] && !m.slotSeen[2] {
			if reqTgt != nil && sc.controlGap(sc.spans[reqTgt[len(reqTgt)-1]].w1, m.head) {
				ctrl, requested = reqTgt, true
			} else {
				ctrl = sc.infController(m.head)
			}
		}
		evs, tgt := sc.events(m, ctrl)
		if n := len(out) - 1; len(evs) == 0 && len(tgt) > 0 && n >= 0 && sc.verbAt[m.head] && out[n].Type == m.p.Type && out[n].Target == nil &&
			heads[n] < m.head && !sc.clauseBreak(heads[n]+1, m.head) && !sc.verbAt[heads[n]] {
			// the verb whose subject is the act: "un attacco con droni
			// russi ha colpito Kharkiv" hit what the verb hits
			a := sc.spans[tgt[0]].actor
			out[n].Target = &a
		}
		threatened := sc.infAfter(m, "THREATEN") || sc.instrumentalContent(m) ||
			len(evs) > 0 && (evs[0].Future || evs[0].Hypothetical) && sc.threatContent(m)
		if threatened {
			// "threatened to strike U.S. bases": PLOVER codes the threat
			// alone, its mode the content threatened, not the act
			if len(evs) > 0 {
				for k := len(out) - 1; k >= 0; k-- {
					if out[k].Type == "THREATEN" {
						if out[k].Mode == "" {
							out[k].Mode = threatMode(evs[0])
						}
						if t := out[k].Target; evs[0].Target != nil && (t == nil || weakTarget(t, out[k].Source)) {
							out[k].Target = evs[0].Target // whom the act threatened is for
						}
						break
					}
				}
			}
			evs = nil
		}
		if !requested && (threatened || sc.infAfter(m, "REQUEST")) {
			// "Kosovo's demand to withdraw", "asked to send": the act
			// asked for; "minacciato di estendere l'offensiva", "threatened
			// to cut supplies": the act threatened
			requested = true
		}
		if !requested && reqTgt != nil && !reqBySubj && sc.infinitival(m) {
			// "forderte Deutschland auf, mehr Waffen an die Ukraine zu
			// liefern": the addressee's act further on
			addr := sc.spans[reqTgt[0]].actor
			requested = len(evs) > 0 && evs[0].Source != nil && sameActor(*evs[0].Source, addr)
		}
		if g := sc.nounGovernor(m); !requested && g >= 0 {
			// a noun that a request is for, or that a hypothetical act
			// governs: "to demand the government's resignation", "urged
			// them to agree to a ceasefire"
			requested = sc.predAt[g] == "REQUEST"
			for k := range out {
				if heads[k] <= g && g-heads[k] <= 3 && out[k].Hypothetical { // (g may be a later word of its pattern: "agree to")
					requested = true
				}
			}
		}
		if !requested && reqThat >= 0 && m.head > reqThat && !sc.commaCoord(reqThat, m.head) && !sc.hardBreak(reqThat, m.head) {
			// "pidió al presidente que convoque un diálogo": what the
			// addressee is asked to do, and the addressee does it
			requested = true
			addr := sc.spans[reqTgt[0]].actor
			for k := range evs {
				if evs[k].Source != nil && reqSrc != nil && sameActor(*evs[k].Source, *reqSrc) {
					evs[k].Source = &addr
				}
			}
		}
		if requested {
			// "asked NATO to withdraw its troops": what is asked for is not
			// reported as done
			for k := range evs {
				evs[k].Hypothetical = true
			}
		}
		if accTgt != nil && sc.alleged(accTgt[len(accTgt)-1], m.head) {
			// "accused Ukraine of attacking the plant": the attack is
			// alleged, not reported as a fact
			acc := sc.spans[accTgt[len(accTgt)-1]].actor
			for k := range evs {
				if evs[k].Source != nil && accSrc != nil && sameActor(*evs[k].Source, *accSrc) && !sameActor(acc, *accSrc) {
					// "charged 12 police officers over the alleged
					// killing": the accused, not the accuser, is said to
					// have done it
					a := acc
					evs[k].Source = &a
				}
				if evs[k].Source != nil && sameActor(*evs[k].Source, acc) {
					evs[k].Hypothetical = true
					allegedAt = m.head
				}
			}
		} else if allegedAt >= 0 && m.head > 0 && sc.lex.Cue("coord", sc.words[m.head-1].low) && sc.verbAt[m.head] {
			allegedAt = -1 // "accused Algeria of shooting down a drone and recalled its ambassador": a verb of its own
		} else if allegedAt >= 0 && !sc.clauseBreak(allegedAt+1, m.head) {
			// and so is what the allegation goes on to say: "of helping
			// Ukrainian forces plan drone attacks"
			for k := range evs {
				evs[k].Hypothetical = true
			}
		}
		lateInf, latePerf := sc.clauseFinalInfinitive(rejEnd, m)
		if rejEnd >= 0 && m.p.Type != "REJECT" && (sc.refused(rejEnd, m.head) || lateInf) {
			// "ha escluso di sedersi al tavolo con gli americani",
			// "refused to meet Zelensky": the act did not happen, and
			// whom it concerns is whom the refusal concerns; a past act
			// denied ("denied having bombed") is disputed: hypothetical.
			denied := latePerf // "negato di aver bombardato": a past act denied
			for k := rejEnd - 1; k < m.head; k++ {
				denied = denied || sc.lex.Cue("perfaux", sc.words[k].low)
			}
			for k := range evs {
				if denied {
					evs[k].Hypothetical = true
				} else {
					evs[k].Negated = true
				}
			}
			if len(evs) > 0 && evs[0].Target != nil {
				for _, r := range rejEvs {
					if out[r].Target == nil && (out[r].Source == nil || !sameActor(*out[r].Source, *evs[0].Target)) {
						t := *evs[0].Target
						out[r].Target = &t
						if out[r].Mode == "" && evs[0].Type == "CONSULT" {
							out[r].Mode = "meet"
						}
					}
				}
			}
		}
		if m.p.Type == "REJECT" {
			rejEvs, rejEnd = rejEvs[:0], m.lastLit
			for k := range evs {
				rejEvs = append(rejEvs, len(out)+k)
			}
		}
		if (m.p.Type == "SUPPORT" || m.p.Type == "AID") && sc.earlierPredicate(m.head, "AGREE") {
			// "pledged $4.5 billion in support to Ukraine": what is
			// pledged is intended, by whom the pledge names and to whom
			n := len(out) - 1
			for n >= 0 && out[n].Type != "AGREE" {
				n--
			}
			for k := range evs {
				evs[k].Future = true
				if n >= 0 && out[n].Source != nil {
					evs[k].Source, evs[k].Target = out[n].Source, out[n].Target
				}
			}
		}
		if m.p.Type == "PROTEST" && sc.protestOfSummons(m, out) {
			evs = nil // "convocato l'ambasciatore russo per protestare": the summons is the protest
		}
		evs = sc.imprisonments(m, evs)
		out = append(out, evs...)
		for range evs {
			heads = append(heads, m.head)
		}
		if m.p.Type == "REQUEST" && len(tgt) > 0 {
			reqTgt, reqBySubj = tgt, m.p.SubjTarget
			reqThat, reqSrc = -1, nil
			if q := sc.spans[tgt[len(tgt)-1]].w1; q < len(sc.words) && sc.lex.Cue("compl", sc.words[q].low) && q > m.head {
				reqThat = q // "pidió al presidente Carlos Mesa que …"
				if len(evs) > 0 {
					reqSrc = evs[0].Source
				}
			}
		}
		if m.p.Type == "ACCUSE" && len(tgt) > 0 {
			accTgt, accSrc = tgt, nil
			if len(evs) > 0 {
				accSrc = evs[0].Source
			}
		}
	}
	sc.conditionalThreats(out, heads)
	conditionTargets(out)
	for i := range out {
		// (or the object of another event's verb: "rechazó la exigencia del MRTA")
		out[i].Subordinate = sc.subordinate(heads[i]) || sc.govAt[heads[i]] >= 0
	}
	return sc.dropSuperseded(out, heads)
}

// dropSuperseded drops the events another event of the sentence makes
// redundant (see supersededBy), passing a dropped dispersal's target to the
// assault that replaces it when that names none.
func (sc *sentCtx) dropSuperseded(out []vedetta.Event, heads []int) []vedetta.Event {
	drop := make([]bool, len(out))
	for i := range out {
		k := sc.supersededBy(out, heads, i)
		if k < 0 {
			continue
		}
		drop[i] = true
		if out[i].Type != "COERCE" {
			continue
		}
		if out[i].Source != nil && sc.instrumentBetween(heads[i], heads[k]) {
			// "fueron dispersados por Carabineros con gases lacrimógenos":
			// the dispersal's weapons, its actors
			out[k].Source = out[i].Source
			if out[i].Target != nil {
				out[k].Target = out[i].Target
			}
		}
		if out[k].Target == nil || out[k].Source != nil && sameActor(*out[k].Target, *out[k].Source) {
			out[k].Target = out[i].Target // whom it dispersed
		}
	}
	keep := out[:0]
	for i, e := range out {
		if !drop[i] {
			keep = append(keep, e)
		}
	}
	return keep
}

// supersededBy returns the event of out that makes event i redundant, or
// -1:
//   - a strike read as a protest, with no named source, whose word an
//     assault of a named source is read from too or follows right after:
//     "Russian strikes killed ten civilians" are attacks, not a walkout;
//   - a dispersal (COERCE) whose weapons a crowd-control assault of the
//     same source names within six words after it, or within ten after an
//     instrument word ("con", "with"), or within six words before it ("fired
//     tear gas to disperse them"), in its clause: "la policía los
//     dispersó con gases lacrimógenos" is the assault alone, as
//     PLOVER codes a dispersal by an explicit weapon or tactic as
//     crowd-control and the rest of dispersals as restrictions.
func (sc *sentCtx) supersededBy(out []vedetta.Event, heads []int, i int) int {
	e := out[i]
	strike := e.Type == "PROTEST" && e.Mode == "strike" && !namedActor(e.Source)
	if !strike && e.Type != "COERCE" {
		return -1
	}
	for k, f := range out {
		d := heads[k] - heads[i]
		if k == i || f.Type != "ASSAULT" {
			continue
		}
		if d < 0 {
			// the weapons first, the dispersal their purpose: "fired tear
			// gas and water cannon to disperse them"
			// (or shots: "disparaba al aire para dispersarlos")
			if !strike && (f.Mode == "crowd-control" || f.Mode == "firearms" || f.Mode == "beat") && d >= -6 && party(f.Source) == party(e.Source) && !sc.clauseBreak(heads[k]+1, heads[i]) {
				return k
			}
			continue
		}
		if strike && d <= 2 && namedActor(f.Source) ||
			!strike && (f.Mode == "crowd-control" || f.Mode == "beat") && !sc.clauseBreak(heads[i]+1, heads[k]) &&
				(d <= 6 && party(f.Source) == party(e.Source) || d <= 10 && sc.instrumentBetween(heads[i], heads[k])) {
			return k
		}
	}
	return -1
}

// instrumentBetween reports whether an instrument word (cue instr: "con",
// "with") stands between words a and b.
func (sc *sentCtx) instrumentBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if sc.lex.Cue("instr", sc.words[k].low) {
			return true
		}
	}
	return false
}

// nounGovernor returns the predicate word a predicate noun is the object
// of within five words before it in its clause, past articles,
// possessives, prepositions and actors ("demand the government's
// resignation", "agree to a ceasefire"), or -1.
func (sc *sentCtx) nounGovernor(m *match) int {
	if !sc.nounLike(m) {
		return -1
	}
	for k := m.head - 1; k >= 0 && k >= m.head-5; k-- {
		w := sc.words[k]
		if sc.breaksClause(w) {
			return -1
		}
		if sc.predAt[k] != "" {
			return k
		}
		if sc.inSpan[k] >= 0 || sc.functionWord(w.low) || w.low == "'s" || sc.lex.Cue("poss", w.low) {
			continue
		}
		return -1
	}
	return -1
}

// protestOfSummons reports whether the protest of m is the purpose of a
// state's diplomatic protest just coded before it in the clause
// ("summoned the Chinese ambassador to protest against", "ha convocato
// l'ambasciatore per protestare"): PLOVER codes that protest as ACCUSE,
// not as a demonstration.
func (sc *sentCtx) protestOfSummons(m *match, out []vedetta.Event) bool {
	if m.head == 0 || !sc.lex.Cue("purpose", sc.words[m.head-1].low) || len(out) == 0 {
		return false
	}
	e := out[len(out)-1]
	return e.Type == "ACCUSE" && e.Source != nil && stateLevel(e.Source) // (out holds this sentence's events)
}

// imprisonments adds to a conviction to a prison term (a word of cue
// prison in its match) the arrest it also is: PLOVER "court sentences that
// include imprisonment will also receive a COERCE 'arrest' mode".
func (sc *sentCtx) imprisonments(m *match, evs []vedetta.Event) []vedetta.Event {
	if m.p.Type != "SANCTION" || m.p.Mode != "convict" {
		return evs
	}
	prison := false
	for k := m.head; k < m.w1+8 && k < len(sc.words); k++ {
		if k >= m.w1 && sc.breaksClause(sc.words[k]) {
			break // (the term may follow the match: "condenaron a penas de entre 6 y 28 años de cárcel")
		}
		prison = prison || sc.lex.Cue("prison", sc.words[k].low)
	}
	if !prison {
		return evs
	}
	for _, e := range evs {
		if e.Type == "SANCTION" {
			e.Type, e.Mode, e.Quad = "COERCE", "arrest", sc.c.ont.Types["COERCE"].Quad
			e.Context = append([]string(nil), e.Context...)
			evs = append(evs, e)
		}
	}
	return evs
}

// conditionalThreats codes a conflict act said to come if another's act
// comes first as the threat it is (PLOVER THREATEN, its mode the content
// threatened), aimed at whom the act would hit or else at the actor of the
// condition: "If Russia attacks Moldova, the EU will impose sanctions on
// Moscow", "Sollte Moskau die Angriffe fortsetzen, werde Berlin Sanktionen
// verhängen", "will impose tariffs on Mexico if it does not act". The act
// of the condition stays hypothetical. heads[i] is the predicate word of
// out[i].
func (sc *sentCtx) conditionalThreats(out []vedetta.Event, heads []int) {
	type span struct{ a, b int } // a condition word and its clause's end
	var conds []span
	if len(out) == 0 {
		return
	}
	ifw, hypel := sc.lex.cues["ifword"], sc.lex.cues["hypel"] // (sets looked up once: this scans every word)
	for k, w := range sc.words {
		elided := hypel.has(w.low) && k+1 < len(sc.words) && sc.lex.Cue("hypelnext", sc.words[k+1].low)
		if ifw.has(w.low) || elided || k == 0 && sc.lex.Cue("ifinit", w.low) {
			e := k + 1
			for e < len(sc.words) && !sc.breaksClause(sc.words[e]) {
				e++
			}
			conds = append(conds, span{k, e})
		}
	}
	if len(conds) == 0 {
		return
	}
	inCond := func(h int) (span, bool) {
		for _, c := range conds {
			if h > c.a && h < c.b {
				return c, true
			}
		}
		return span{}, false
	}
	for i := range out {
		e := &out[i]
		h := heads[i]
		switch e.Type {
		case "SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST": // (CAMEO 133: threaten with protest)
		default:
			continue
		}
		if e.Source == nil || e.Negated || !e.Future { // (not "could strike": a possibility, not a threat)
			continue
		}
		if _, ok := inCond(h); ok {
			continue // the condition's own act
		}
		// the condition of this clause: right before it ("If X attacks,
		// Y will ..."), or within it, after the predicate ("Y will ...
		// if X attacks")
		c, found := span{}, false
		for _, d := range conds {
			if d.b <= h && h-d.b <= 8 && !sc.clauseBreak(d.b+1, h) ||
				d.a > h && d.a-h <= 12 && !sc.clauseBreak(h+1, d.a) {
				c, found = d, true
				break
			}
		}
		if !found {
			continue
		}
		var by *vedetta.Actor // the actor of the condition's act, or its first actor
		for j := range out {
			if d, ok := inCond(heads[j]); ok && d == c && out[j].Source != nil && !sameActor(*out[j].Source, *e.Source) {
				by = out[j].Source
				break
			}
		}
		inside, outside := false, false // where the act's target is named
		for _, sp := range sc.spans {
			if by == nil && sp.w0 > c.a && sp.w1 <= c.b && sp.etype != "LOCATION" && !sameActor(sp.actor, *e.Source) {
				a := sp.actor
				by = &a
			}
			if e.Target != nil && sameActor(sp.actor, *e.Target) {
				if sp.w0 > c.a && sp.w1 <= c.b {
					inside = true
				} else {
					outside = true
				}
			}
		}
		act := *e
		e.Type, e.Mode, e.Quad = "THREATEN", threatMode(act), sc.c.ont.Types["THREATEN"].Quad
		e.Future, e.Hypothetical = false, false
		e.Location = nil // where the act would be, not where the threat was made
		if by != nil && (e.Target == nil || weakTarget(e.Target, e.Source) || inside && !outside) {
			// (a target named only in the condition is the condition's,
			// not the act's: "Si la Russie attaque la Moldavie, la France
			// expulsera ses diplomates")
			t := *by
			e.Target = &t
		}
	}
}

// weakTarget reports whether target t of an event by src names no actor of
// its own: a place, or a generic actor of src's own country or of none
// ("threatened to take military action": not its own military).
func weakTarget(t, src *vedetta.Actor) bool {
	return strings.HasPrefix(t.ID, "loc:") || t.ID == "" && (t.Country == "" || src != nil && t.Country == src.Country)
}

// conditionTargets gives a threat with no actor as target (none, a place,
// or its own side's generic forces) the actor of the condition it sets, a
// hypothetical act after it: "threatened to take military action if South
// Korea goes ahead", "drohte mit der Schließung der Straße, falls die USA
// angreifen sollten".
func conditionTargets(out []vedetta.Event) {
	for i := range out {
		e := &out[i]
		if e.Type != "THREATEN" || e.Source == nil {
			continue
		}
		if t := e.Target; t != nil && !weakTarget(t, e.Source) {
			continue
		}
		for j := i + 1; j < len(out); j++ {
			f := out[j]
			if f.Hypothetical && f.Start > e.Start && f.Source != nil && f.Source.ID != "" && !sameActor(*f.Source, *e.Source) {
				src := *f.Source
				e.Target = &src
				break
			}
		}
	}
}

// firedInstruments joins a firing verb to the crowd-control weapon it
// fires within three words ("disparó gases lacrimógenos", "ha sparato
// lacrimogeni", "fired tear gas"): one crowd-control assault, with the
// verb's subject and the object after the weapon, not a shooting.
func (sc *sentCtx) firedInstruments(ms []match) []match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.p.Type == "ASSAULT" && m.p.Mode == "firearms" && i+1 < len(ms) {
			n := ms[i+1]
			if n.p.Type == "ASSAULT" && n.p.Mode == "crowd-control" && n.head >= m.lastLit && n.head <= m.lastLit+3 && !sc.punctBetween(m.lastLit, n.head) {
				m.p, m.lastLit, m.w1, m.slots, m.slotSeen = n.p, n.lastLit, max(m.w1, n.w1), n.slots, n.slotSeen
				i++
			}
		}
		out = append(out, m)
	}
	return out
}

// threatMode is the THREATEN mode of the act threatened (PLOVER: "the mode
// is the content of the threat").
func threatMode(e vedetta.Event) string {
	switch {
	case e.Type == "COERCE" && (e.Mode == "arrest" || e.Mode == "deport"):
		return "arrest"
	case e.Type == "SANCTION" && e.Mode == "expel":
		return "expel"
	case e.Type == "SANCTION" && e.Mode == "withdraw", e.Type == "REJECT", e.Type == "CONSULT", e.Type == "COOPERATE":
		return "relations"
	case e.Type == "SANCTION", e.Type == "COERCE", e.Type == "PROTEST":
		return "restrict"
	case e.Type == "ASSAULT", e.Type == "MOBILIZE":
		return "violence"
	}
	return ""
}

// infAfter reports whether the predicate of m is an infinitive right after
// a predicate of type typ: the infinitive marker comes right after that
// predicate, and at most an infinitive verb and articles stand between it
// and m's head ("threatened to cut supplies", "minacciato di estendere
// l'offensiva").
func (sc *sentCtx) infAfter(m *match, typ string) bool {
	k := sc.skipArticlesBack(m.head - 1)
	if typ == "THREATEN" && k > 0 && sc.predAt[sc.pastDate(k-1)] == typ && sc.functionWord(sc.words[k].low) {
		return true // "amenazó con cortar", "threatened with sanctions", "amenazó el jueves con un paro"
	}
	if k > 0 && !sc.lex.Cue("inf", sc.words[k].low) && sc.predAt[k] == "" && !sc.words[k].punct && sc.inSpan[k] < 0 {
		k-- // the infinitive verb of a noun pattern: "estendere l'offensiva"
		if typ == "THREATEN" && k > 0 && sc.predAt[k-1] == typ && sc.functionWord(sc.words[k].low) {
			return true // "amenazó con imponer aranceles"
		}
	}
	return k > 0 && sc.lex.Cue("inf", sc.words[k].low) && sc.predAt[k-1] == typ
}

// threatContent reports whether the predicate of m opens the clause a
// threat or warning introduces: "avvertito che colpirà Haifa", "warned that
// it would strike", "advirtió que atacará" (the complementizer within four
// words before, right after the threat's word, no punctuation between).
func (sc *sentCtx) threatContent(m *match) bool {
	for k := m.head - 1; k > 0 && k >= m.head-4; k-- {
		w := sc.words[k]
		if w.punct {
			return false
		}
		if sc.lex.Cue("compl", w.low) {
			return sc.predAt[k-1] == "THREATEN"
		}
	}
	return false
}

// infinitival reports whether the predicate of m is an infinitive: a word
// of it follows an infinitive marker ("zu liefern", "to send") or has one
// inside ("abzuziehen").
func (sc *sentCtx) infinitival(m *match) bool {
	for k := m.head; k < m.lastLit && k < len(sc.words); k++ {
		if k != m.head && sc.predAt[k] == "" {
			continue
		}
		if k > 0 && sc.lex.Cue("inf", sc.words[k-1].low) || sc.lex.Cue("infword", sc.words[k].low) {
			return true
		}
	}
	return false
}

// infController returns the actor right before the infinitive marker that
// introduces the predicate at word h: the agent of a nominal decision or
// request ("la decisione del Consiglio di inviare", "CSTO's decision to
// send" has it after the noun) or the object of a verb of asking ("asked
// NATO to send"). A comma between them breaks the link ("ha deciso, su
// richiesta del Kazakistan, di inviare").
func (sc *sentCtx) infController(h int) []int {
	k := h - 1
	if k > 1 && sc.lex.Cue("perfaux", sc.words[k].low) {
		k-- // "accusato Mosca di aver deportato"
	}
	if k < 1 || !sc.lex.Cue("inf", sc.words[k].low) {
		return nil
	}
	k--
	if sc.words[k].low == ")" {
		for k > 0 && sc.words[k].low != "(" {
			k--
		}
		k--
	}
	if k < 0 {
		return nil
	}
	j := sc.inSpan[k]
	if j < 0 || !sc.actorSpan(j) || sc.spans[j].generic || sc.spans[j].kind == "adjective" || sc.npHead(j) != j {
		return nil // (a name in a generic head's genitive: the head's, see antecedent)
	}
	// Whom one meets or visits does not do what the visit is for:
	// "travelled to Iran to meet", "met Macron to discuss".
	if q := sc.skipArticlesBack(sc.spans[j].w0 - 1); q >= 0 {
		if q > 0 && sc.predAt[q] == "" && (sc.lex.Cue("target", sc.words[q].low) || sc.lex.Cue("loc", sc.words[q].low)) {
			q = sc.skipArticlesBack(q - 1)
		}
		if q >= 0 && (sc.predAt[q] == "CONSULT" || sc.predAt[q] == "AGREE") {
			return nil
		}
	}
	return []int{j}
}

// controlGap reports whether words [a, b) link the addressee of a request to
// the infinitive that says what it is asked to do ("ha chiesto alla CSTO di
// inviare", "asked NATO to send", "a demandé à l'OTSC (OTSC) d'envoyer"):
// at most three infinitive markers or articles, with parenthesised names.
func (sc *sentCtx) controlGap(a, b int) bool {
	if b < a || b-a > 6 {
		return false
	}
	n := 0
	for k := a; k < b; k++ {
		w := sc.words[k]
		switch {
		case w.low == "(" || w.low == ")" || sc.inSpan[k] >= 0:
		case sc.lex.Cue("inf", w.low) || sc.lex.Cue("infword", w.low) || sc.lex.Cue("aspect", w.low) || sc.lex.Cue("art", w.low):
			n++ // "призвал США прекратить поставки", "to stop supporting"
		case k > a && sc.lex.Cue("gen", w.low) && sc.lex.Cue("aspect", sc.words[k-1].low):
			n++ // "dejar de atacar", "smettere di sostenere"
		default:
			return false
		}
	}
	return n <= 3
}

// nounLike reports whether the predicate of m reads as a noun: the object
// of a verbal predicate, detached, a noun pattern, or after an article or a
// preposition.
func (sc *sentCtx) nounLike(m *match) bool {
	if m.gov >= 0 || m.detached || m.p.Noun {
		return true
	}
	if m.head == 0 {
		return false
	}
	w := sc.words[m.head-1].low
	if sc.lex.Cue("art", w) && m.head >= 2 && sc.inSpan[m.head-2] >= 0 && sc.lex.Cue("finsuf", sc.words[m.head].low) {
		return false // a clitic after the subject: "la policía los dispersó"
	}
	return sc.lex.Cue("art", w) || sc.lex.Cue("prep", w) || sc.lex.Cue("gen", w) || sc.lex.Cue("target", w)
}

// markQuotes numbers the quotations of the sentence: straight double quotes
// pair up in order, typographic ones open and close.
func (sc *sentCtx) markQuotes() {
	sc.quote = make([]int, len(sc.words))
	n, cur := 0, 0
	for k, w := range sc.words {
		switch w.low {
		case "«", "“", "„":
			n++
			cur = n
		case "»", "”":
			cur = 0
		case "\"":
			if cur == 0 {
				n++
				cur = n
			} else {
				cur = 0
			}
		default:
			sc.quote[k] = cur
		}
	}
}

// inRelativeAside reports whether span j lies in a relative clause set off
// by commas that closes before word h: ", who … ," (cue rel after the
// opening comma).
func (sc *sentCtx) inRelativeAside(j, h int) bool {
	sp := sc.spans[j]
	closed := false
	for k := sp.w1; k < h; k++ {
		if sc.words[k].low == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := sp.w0 - 1; k > 0; k-- {
		w := sc.words[k]
		if w.punct && !softPunct(w.low) {
			return false
		}
		if sc.lex.Cue("rel", w.low) {
			return sc.words[k-1].low == ","
		}
	}
	return false
}

// refused reports whether the predicate at word h is the act a refusal
// ending at word a refuses: within six words, no punctuation, clause word
// or actor between, and an infinitive marker at or just before a ("ha
// escluso di sedersi", "refused to meet"), a perfect auxiliary ("denied
// having attacked") or a gerund right after it ("denied attacking").
func (sc *sentCtx) refused(a, h int) bool {
	if h < a || h-a > 6 || a == 0 {
		return false
	}
	// an infinitive, a perfect or a gerund: "escluso di sedersi",
	// "denied having attacked", "denied attacking"
	if !sc.bareGap(a, h, false) {
		return false
	}
	inf := sc.lex.Cue("inf", sc.words[a-1].low) || h == a && sc.lex.Cue("activesuf", sc.words[h].low)
	for k := a; k < h && !inf; k++ {
		inf = sc.lex.Cue("inf", sc.words[k].low) || sc.lex.Cue("perfaux", sc.words[k].low)
	}
	return inf
}

// clauseFinalInfinitive reports whether the predicate of m is in the
// infinitive clause that opens right after a comma at word a and ends with
// its infinitive marker ("bestritt, Truppen an die Grenze verlegt zu
// haben", "weigerte sich, Waffen zu liefern"), and whether that infinitive
// is a perfect (a past act).
func (sc *sentCtx) clauseFinalInfinitive(a int, m *match) (inf, perfect bool) {
	if a < 0 {
		return false, false
	}
	if a+1 < len(sc.words) && sc.words[a].low != "," && sc.words[a+1].low == "," {
		a++ // (past "sich", "es ... ab": "weigerte sich, … zu liefern")
	}
	if a >= len(sc.words) || sc.words[a].low != "," || m.head <= a || m.head-a > 8 {
		return false, false
	}
	if sc.clauseBreak(a+1, m.head) {
		return false, false
	}
	end := max(m.lastLit, m.head+1)
	for k := m.head + 1; k < len(sc.words) && k <= end+1; k++ {
		if !sc.lex.Cue("inf", sc.words[k].low) {
			continue
		}
		perfect = k+1 < len(sc.words) && sc.lex.Cue("perfaux", sc.words[k+1].low)
		return true, perfect
	}
	return false, false
}

// bareGap reports whether words [a, h) hold no punctuation, clause word,
// actor, nor (with coord) conjunction.
func (sc *sentCtx) bareGap(a, h int, coord bool) bool {
	for k := a; k < h; k++ {
		w := sc.words[k]
		if w.punct || sc.lex.Cue("clause", w.low) || sc.inSpan[k] >= 0 || coord && sc.lex.Cue("coord", w.low) {
			return false
		}
	}
	return true
}

// scoreAfter reports whether a match score starts within four words from
// word a.
func (sc *sentCtx) scoreAfter(a int) bool {
	for k := a; k < len(sc.words) && k < a+6; k++ {
		if k < a+4 && sc.scoreAt(k) || sc.lex.Cue("scoreunit", sc.words[k].low) {
			return true // (or a margin: "beat Sri Lanka by six wickets")
		}
		if sc.words[k].punct {
			break
		}
	}
	return false
}

// scoreAt reports whether a match score starts at word k ("2-1", "3:0",
// "2 - 1").
func (sc *sentCtx) scoreAt(k int) bool {
	if k >= len(sc.words) || !isNumber(sc.words[k].low) {
		return false
	}
	if w := sc.words[k].low; strings.ContainsAny(w, "-:–") {
		return true
	}
	return k+2 < len(sc.words) && strings.ContainsAny(sc.words[k+1].low, "-:–") && len(sc.words[k+1].low) <= 3 && isNumber(sc.words[k+2].low)
}

// nounAfterArticle reports whether word w opens a noun phrase: an article
// right before it.
func (sc *sentCtx) nounAfterArticle(w int) bool {
	return w > 0 && sc.lex.Cue("art", sc.words[w-1].low)
}

// containsAny reports whether xs holds any of ys.
func containsAny(xs, ys []int) bool {
	for _, y := range ys {
		if contains(xs, y) {
			return true
		}
	}
	return false
}

// attributiveParticiple reports whether the predicate of m is a lone past
// participle between an article and the noun it qualifies ("a seized cargo
// ship", "the detained journalists"): it describes, it does not report.
func (sc *sentCtx) attributiveParticiple(m *match) bool {
	h := m.head
	if m.lastLit != h+1 || h+1 >= len(sc.words) || !sc.lex.Cue("edpart", sc.words[h].low) || !sc.nounAfterArticle(h) {
		return false
	}
	nx := sc.words[h+1]
	return !nx.punct && !sc.functionWord(nx.low) && sc.predAt[h+1] == ""
}

// breaksClause reports whether w ends a clause: punctuation other than a
// soft one, or a clause word.
func (sc *sentCtx) breaksClause(w word) bool {
	return w.punct && !softPunct(w.low) || sc.lex.Cue("clause", w.low)
}

// alleged reports whether the predicate at word h follows the target span j
// of an accusation within three words, the first a genitive or infinitive
// marker, no punctuation, clause word or conjunction between ("accused Ukraine of attacking", "accusato l'Ucraina di aver
// attaccato"): what the accused is said to have done.
func (sc *sentCtx) alleged(j, h int) bool {
	a := sc.spans[j].w1
	marker := func(k int) bool {
		w := sc.words[k].low
		return sc.lex.Cue("gen", w) || sc.lex.Cue("inf", w) || sc.lex.Cue("charge", w)
	}
	if a+1 < h && !marker(a) && !sc.words[a].punct && sc.inSpan[a] < 0 && marker(a+1) {
		a++ // the head noun of the accused's phrase: "charged 12 police officers over"
	}
	if h <= a || h-a > 3 || !marker(a) {
		return false // "condemned the Russian attack": the attack is real
	}
	return sc.bareGap(a, h, true)
}

// role says where an argument came from, for the confidence.
type role int

const (
	roleNone role = iota
	roleSlot
	roleSubject
	roleObject
	roleAgent
	roleSpeaker
	roleFallback
	roleControl // the controller of an infinitive
)

// events codes match m. ctrl, when set, is the source the predicate takes
// from a controlling request. It also returns the target actors.
func (sc *sentCtx) events(m *match, ctrl []int) ([]vedetta.Event, []int) {
	p := m.p
	if p.Type != "REQUEST" && p.Type != "THREATEN" && sc.unasserted(m) {
		return nil, nil
	}
	if sc.partOfAnother(m) {
		return nil, nil
	}
	if sc.attributiveParticiple(m) {
		return nil, nil // "the crew of a seized cargo ship": a description
	}
	if sc.bodyName(m) {
		return nil, nil // "los organismos de socorro", "el ministro de Cooperación": what a body does, no event
	}
	if p.Type == "ASSAULT" && sc.scoreAfter(max(m.lastLit, m.w1)) {
		return nil, nil // "Brazil beat Argentina 2-1": a match, not a beating
	}
	if sc.reducedRelative(m) && sc.agentOf(m) == nil {
		return nil, nil // "companies accused of helping Russia": by whom is unsaid
	}
	var src, tgt []int
	var srcRole, tgtRole role
	byState := false           // an agentless arrest: the state's authorities act
	circ := sc.circumstance(m) // a conflict noun in a phrase of circumstance: not the subject's
	switch {
	case ctrl != nil:
		src, srcRole = ctrl, roleControl
		if m.slotSeen[1] {
			tgt, tgtRole = m.slots[1], roleSlot
		} else if g := sc.object(m, src); g != nil {
			tgt, tgtRole = g, roleObject
		}
	case m.slotSeen[2]: // reciprocal slot
		src, srcRole = m.slots[2], roleSlot
	case m.slotSeen[0]:
		src, srcRole = m.slots[0], roleSlot
		if m.slotSeen[1] {
			tgt, tgtRole = m.slots[1], roleSlot
		} else if p.SubjTarget {
			if g := sc.subject(m); g != nil {
				tgt, tgtRole = g, roleSubject
			} else if g := sc.laterSubject(m); g != nil {
				tgt, tgtRole = g, roleSubject
			}
		} else if g := sc.object(m, src); g != nil {
			tgt, tgtRole = g, roleObject
		}
	default:
		if g := sc.frontedMeeting(m); g != nil {
			src, srcRole = g, roleSubject
		} else if g := sc.frontedAct(m); g != nil {
			src, srcRole = g, roleSubject
		} else if g, t := sc.objectRelative(m); g != nil {
			src, srcRole, tgt, tgtRole = g, roleSubject, t, roleObject
		} else if g, t := sc.invertedSpeaker(m); g != nil {
			src, srcRole = g, roleSubject
			if t != nil {
				tgt, tgtRole = t, roleObject
			}
		} else if g := sc.possessive(m); g != nil {
			src, srcRole = g, roleSubject
		} else if sc.objectOfPredicate(m) {
			// "Russia denied accusations": the subject did not accuse;
			// "condemned the Russian attack": the adjective's state did
			if m.head > 0 {
				if j := sc.inSpan[m.head-1]; j >= 0 && sc.spans[j].kind == "adjective" {
					src, srcRole = []int{j}, roleSubject
				}
			}
			if q := max(m.head+1, m.lastLit); src == nil && q < len(sc.words) && sc.lex.Cue("order", "postadj") {
				if j := sc.spanAt[q]; j >= 0 && sc.spans[j].kind == "adjective" {
					src, srcRole = []int{j}, roleSubject // "sostegno all'aggressione russa"
				}
			}
			if j := sc.forcesOwner(m); src == nil && j >= 0 {
				src, srcRole = []int{j}, roleSubject // "condemned the deployment of Russian troops"
			}
		} else if circ {
			// "presentó su dimisión tras dos días de protestas", "desplegará
			// agentes ante la manifestación": not the subject's act
		} else if g := sc.v2Subject(m); g != nil {
			src, srcRole = g, roleSubject
			// the object after the subject: "verurteilte Deutschland Russland"
			if !m.slotSeen[1] {
				tgt, tgtRole = sc.objectPast(m, sc.spans[g[len(g)-1]].w1, src, true), roleObject
			}
		} else if g := sc.subject(m); g != nil {
			src, srcRole = g, roleSubject
		} else if j := sc.forcesOwner(m); j >= 0 {
			src, srcRole = []int{j}, roleSubject
			if g := sc.frontedTarget(m); g != nil {
				tgt, tgtRole = g, roleObject // "В Казахстан прибыли российские миротворцы"
			}
		} else if g, t := sc.postverbalSubject(m); g != nil {
			src, srcRole = g, roleSubject
			if t != nil {
				tgt, tgtRole = t, roleObject
			}
		} else if g := sc.postverbalParties(m); g != nil {
			src, srcRole = g, roleSubject
		} else if sc.dropSubject(m) {
			src, srcRole = []int{sc.zero}, roleSubject
		}
		if s2, o := sc.verbFinal(m); o != nil && !m.slotSeen[1] {
			src, tgt, tgtRole = s2, o, roleObject
		}
		if tgt != nil {
		} else if m.slotSeen[1] {
			tgt, tgtRole = m.slots[1], roleSlot
		} else if g := sc.object(m, src); g != nil && !containsAny(src, g) {
			tgt, tgtRole = g, roleObject // (not one of the parties named after the verb)
		}
		if len(src) > 0 && srcRole == roleSubject && p.Type == "ASSAULT" && !p.Recip && sc.victimSubject(src, m) {
			// "dos policías murieron en un atentado": the dead are its
			// victims; who struck is said elsewhere or not at all
			tgt, tgtRole = src, srcRole
			src = nil
			if q := max(m.head+1, m.lastLit); q < len(sc.words) && sc.lex.Cue("gen", sc.words[q].low) {
				// the author in the genitive: "en un ataque de la guerrilla"
				if k := sc.skipArticles(q + 1); k < len(sc.words) && sc.spanAt[k] >= 0 && sc.actorSpan(sc.spanAt[k]) {
					src, srcRole = []int{sc.spanAt[k]}, roleAgent
				}
			}
		}
		if src != nil && sc.passiveNoAgent(m) && !(p.Official != "" && sc.official(src[0])) {
			// (a state's forces "were mobilised": the state mobilised them)
			// "Ukraine was attacked": the subject suffered it; who acted
			// is unsaid, and the event needs someone who acts.
			tgt, tgtRole = src, srcRole
			src = nil
			// An arrest is the state's: "journalists were detained in
			// Managua" (the authorities of the place, filled below).
			// So is a conviction ("a été condamné à cinq ans de prison"), and
			// emergency rule declared ("l'état d'urgence a été décrété").
			byState = (p.Type == "COERCE" && (p.Mode == "arrest" || p.Mode == "deport" || p.Mode == "martial-law" || p.Mode == "curfew") ||
				p.Type == "SANCTION" && p.Mode == "convict") && sc.auxPassive(m)
		}
		if ag, nominal := sc.passiveAgent(m); ag != nil {
			if nominal {
				// "condemned an attack by X": X made the attack; the
				// clause's subject is not part of it.
				if tgt != nil && contains(ag, tgt[0]) {
					tgt = nil
				}
				if tgt == nil {
					// the target after the agent: "an attack by X on Y"
					tgt, tgtRole = sc.objectPast(m, sc.spans[ag[len(ag)-1]].w1, ag, false), roleObject
				}
				if q := m.lastLit + 1; tgt == nil && q < len(sc.words) && sc.lex.Cue("gen", sc.words[m.lastLit].low) &&
					sc.spanAt[q] >= 0 && sc.spans[sc.spanAt[q]].generic && !contains(ag, sc.spanAt[q]) {
					tgt, tgtRole = []int{sc.spanAt[q]}, roleObject // the victims in the genitive: "killings of civilians by X"
				}
			} else if src != nil && !containsAny(ag, src) && !(len(src) == 1 && contains(ag, sc.namedInGenitive(src[0]))) {
				tgt, tgtRole = src, srcRole // (not the agent taken for the subject: "Gestern wurden 40 Frauen von Boko Haram verschleppt")
			}
			src, srcRole = ag, roleAgent
		}
		if sc.c.ont.Verbal(p.Type) && !m.slotSeen[1] {
			// the agent of the act said about comes first: "condemned an
			// attack by X on Y" is about X
			if g := sc.agentOfObject(m, src); g != nil {
				tgt, tgtRole = g, roleObject
			}
		}
	}
	if p.Type == "ACCUSE" && len(tgt) > 0 && sc.spans[tgt[0]].actor.Sector == "IGO" {
		if g := sc.accusedAfterForum(tgt[len(tgt)-1], src); g != nil {
			// "filed a complaint with the WTO against Chinese subsidies":
			// the organisation is where, the accused after "against"
			tgt = g
		}
	}
	if p.Type == "CONSULT" && len(tgt) > 0 && len(src) > 0 && sc.spans[src[0]].w0 < m.head {
		// (not a subject after the verb: "È arrivato a Mosca il presidente")
		if g := sc.guestAfterPlace(tgt[0]); g >= 0 && !sc.sourceActor(src, g) {
			// "a reçu jeudi à Dakar le Premier ministre": where, not whom
			tgt = sc.groupFrom(sc.spans[g].group, sc.spans[g].w0)
		}
	}
	if j := sc.instrumentalAgent(m); j >= 0 && sc.nounLike(m) {
		// "в связи с задержанием азербайджанской полицией двух
		// российских журналистов": the actor in the instrumental right
		// after an event noun did it; the genitive after it suffered it
		src, srcRole = []int{j}, roleAgent
		tgt, tgtRole = sc.objectPast(m, sc.spans[j].w1, src, false), roleObject
	}
	if src == nil && m.p.Type != "PROTEST" && sc.lex.Cue("order", "postadj") && (m.head == 0 || sc.nounAfterArticle(m.head)) {
		// "un attacco aereo israeliano", "un bombardeo ruso": the state of
		// the adjective right after a predicate noun (a word between) acts
		for k := max(m.head+1, m.lastLit); k < len(sc.words) && k <= max(m.head+1, m.lastLit)+1; k++ {
			if j := sc.spanAt[k]; j >= 0 && sc.spans[j].kind == "adjective" && !sc.spans[j].generic && sc.actorSpan(j) {
				src, srcRole = []int{j}, roleSubject
				if tgt == nil || contains(tgt, j) {
					// (taken for the object): the object after the adjective
					tgt, tgtRole = sc.objectPast(m, sc.spans[j].w1, src, true), roleObject
				}
				break
			}
			if sc.words[k].punct || sc.functionWord(sc.words[k].low) || sc.inSpan[k] >= 0 {
				break
			}
		}
	}
	if q := max(m.head+1, m.lastLit); src == nil && m.p.Type == "ASSAULT" && q < len(sc.words) && sc.lex.Cue("instr", sc.words[q].low) {
		// the state of the weapons: "un attacco con droni e missili russi"
		for k := q + 1; k < len(sc.words) && k <= q+5 && !sc.words[k].punct; k++ {
			if j := sc.spanAt[k]; j >= 0 && sc.spans[j].kind == "adjective" && !sc.spans[j].generic && sc.actorSpan(j) {
				src, srcRole = []int{j}, roleSubject
				if tgt == nil || contains(tgt, j) {
					tgt, tgtRole = sc.objectPast(m, sc.spans[j].w1, src, true), roleObject // (taken for the object)
				}
				break
			}
		}
	}
	if src == nil && m.head > 0 && m.p.Type != "PROTEST" {
		// "Bei einem israelischen Luftangriff", "in an Israeli airstrike":
		// the state of the adjective right before a predicate noun acts
		if j := sc.inSpan[m.head-1]; j >= 0 && sc.spans[j].kind == "adjective" && !sc.spans[j].generic && sc.actorSpan(j) &&
			sc.spans[j].w1 == m.head && !contains(tgt, j) && sc.nounAfterArticle(sc.spans[j].w0) {
			src, srcRole = []int{j}, roleSubject
		}
	}
	if src == nil {
		// "Sanctions were imposed on Iran by the United States": the
		// agent of the passive verb the predicate noun is the subject of
		if g := sc.passiveNounAgent(m, tgt); g != nil {
			src, srcRole = g, roleAgent
		}
	}
	if src == nil && !circ && (sc.c.ont.Verbal(p.Type) || !sc.objectOfPredicate(m) && !sc.nounLike(m) && sc.quoted(m)) {
		// (any act of the quote that opens the sentence is the
		// speaker's: "We will not send troops, Germany said")
		if g := sc.speaker(m, tgt); g != nil {
			src, srcRole = g, roleSpeaker
		}
	}
	if len(tgt) == 1 {
		if p := sc.personAfter(tgt[0]); p >= 0 {
			tgt = []int{p}
		}
	}
	if len(src) == 1 {
		if p := sc.personAfter(src[0]); p >= 0 {
			src = []int{p} // "der chinesische Präsident Xi Jinping"
		}
	}
	if j := sc.partOfForce(m, tgt); j >= 0 && len(src) > 0 && sc.spans[src[0]].etype != "ORG" {
		// "подразделения российских десантников в составе сил ОДКБ",
		// "as part of the CSTO force": the organisation's force moves
		src, srcRole = []int{j}, roleSubject
	}
	loc := sc.location(m, src, tgt)
	if p.Type == "ASSAULT" && p.Mode != "crowd-control" && tgt == nil && loc >= 0 && len(src) > 0 && sc.spans[src[0]].actor.Sector != "COP" {
		// "Russian missiles struck the power grid in Kharkiv": a state's
		// attack in another state's place hits that state's place
		if sc0, lc := sc.spans[src[0]].actor.Country, sc.spans[loc].actor.Country; sc0 != "" && lc != "" && (sc0 != lc || armedGroup(sc.spans[src[0]].actor.Sector)) {
			// (an armed group's attack on a place of its own country
			// hits that country: "abducted by Boko Haram from a village
			// in Nigeria's Borno state")
			tgt, tgtRole = []int{loc}, roleObject
		}
	}
	if tgt == nil && srcRole == roleSubject && !p.Recip && !m.slotSeen[2] && (p.Type != "PROTEST" || p.Official != "") {
		// (a protest with no target is against its country's government)
		if g := sc.fallbackTarget(m, src, loc); g != nil {
			tgt, tgtRole = g, roleFallback
		}
	}
	// Protests and truces may leave their actors unsaid: protesters (and
	// the government they protest to) of the country, the parties of the
	// fighting.
	// Not a truce only talked about ("talks about a ceasefire").
	// Journalists and refugees are those things happen to here, not
	// actors: "journalists attacked Ukraine" is no one's attack, and
	// meeting the press is no consultation.
	src = sc.withoutBystanders(src)
	if p.Type == "CONSULT" {
		tgt = sc.withoutBystanders(tgt)
	}
	if src == nil && !byState && p.Type == "COERCE" && (p.Mode == "arrest" || p.Mode == "deport") &&
		sc.lex.Cue("passsuf", sc.words[m.head].low) && !sc.nounLike(m) {
		// a passive form with no auxiliary ("В Минске задержаны четверо
		// журналистов"): the authorities of the place arrested them
		byState = true
		if tgt == nil {
			tgt, tgtRole = sc.object(m, nil), roleObject
		}
	}
	implicit := p.Type == "PROTEST" || sc.truceable(p.Type) && !m.detached || byState && src == nil
	if src == nil && !implicit {
		return nil, tgt // an event needs someone who acts
	}
	// Reciprocal events: each member acts on the others.
	if p.Strict && (src == nil || tgt == nil) {
		return nil, tgt
	}
	// Coordinated subjects of a reciprocal predicate act on each other; an
	// object found further on is not a party ("X and Y signed a deal ...").
	recip := m.slotSeen[2] || (p.Recip && len(src) > 1) ||
		// "Putin and Trump discussed … in a phone call": two parties of a
		// meeting or an agreement with no one else named meet each other
		// (a place they talk about is no party: "обсудили ситуацию в Сирии")
		len(src) == 2 && (tgt == nil || tgtRole == roleObject && (sc.placePhrase(tgt[0]) || sc.sourceActor(src, tgt[0]))) && srcRole == roleSubject &&
			sc.jointType(p, src[0]) && !sameActor(sc.spans[src[0]].actor, sc.spans[src[1]].actor)
	type pair struct{ s, t int }
	var pairs []pair
	switch {
	case recip && len(src) == 2:
		pairs = []pair{{src[0], src[1]}, {src[1], src[0]}}
	case recip:
		for _, t := range src[1:] {
			pairs = append(pairs, pair{src[0], t})
		}
	case p.Recip && len(src) > 0 && len(tgt) > 0:
		for _, s := range src {
			for _, t := range tgt {
				pairs = append(pairs, pair{s, t}, pair{t, s})
			}
		}
	default:
		ss, ts := src, tgt
		if len(ss) == 0 {
			ss = []int{-1}
		}
		if len(ts) == 0 {
			ts = []int{-1}
		}
		for _, s := range ss {
			for _, t := range ts {
				pairs = append(pairs, pair{s, t})
			}
		}
	}
	// A target that is the source's own actor is misread ("una forza di
	// pace della CSTO" is no CSTO → CSTO), and the pair is dropped. A
	// protest left with no pair is kept without a target: its protesters'
	// own country is where they protest, not whom ("los mineros rusos
	// iniciaron una huelga en Rusia" is still a strike).
	var kept []pair
	for _, pr := range pairs {
		if pr.s < 0 || pr.t < 0 || !sameActor(sc.spans[pr.s].actor, sc.spans[pr.t].actor) {
			kept = append(kept, pr)
		}
	}
	if len(kept) == 0 && len(pairs) > 0 && p.Type == "PROTEST" && !recip && !p.Recip {
		kept = []pair{{pairs[0].s, -1}}
	}
	pairs = kept
	neg, fut, hyp := sc.flags(m)
	if srcRole == roleSubject && len(src) > 0 {
		// the verb group between the subject and a predicate noun
		// ("Japan will provide $500 million in loans", "did not send aid")
		n2, f2, h2 := sc.flagsBetween(sc.spans[src[len(src)-1]].w1, m.head)
		neg, fut, hyp = neg || n2, fut || f2, hyp || h2
	}
	if p.Type == "THREATEN" {
		// A threat is about what will happen; the event is the threat,
		// made now ("ha detto che agirà con durezza").
		fut = false
	}
	ev0, ev1 := sc.evidence(m, src, tgt)
	date := sc.date(ev0, ev1)
	if !fut && !hyp && after(date, sc.a.Date) {
		// A reported fact is not dated after the report ("agreed to
		// resume talks next month": that month dates the talks).
		date = sc.a.Date
	}
	var out []vedetta.Event
	for _, pr := range pairs {
		conf := p.Conf
		e := vedetta.Event{
			Type: p.Type, Mode: p.Mode, Context: append([]string{}, p.Context...),
			Quad: sc.c.ont.Types[p.Type].Quad, Date: date,
			Negated: neg, Future: fut, Hypothetical: hyp,
			Evidence: sc.a.Text[ev0:ev1], Start: ev0, End: ev1, Sentence: sc.si,
		}
		if pr.s >= 0 {
			a := sc.spans[pr.s].actor
			e.Source = &a
			conf += roleBonus(srcRole, sc.spans[pr.s].generic)
		} else {
			conf -= 0.2
		}
		if pr.t >= 0 {
			a := sc.spans[pr.t].actor
			e.Target = &a
			conf += roleBonus(tgtRole, sc.spans[pr.t].generic) / 2
		}
		if loc >= 0 {
			sp := sc.spans[loc]
			e.Location = &vedetta.Place{ID: sp.actor.ID, Name: sp.actor.Name}
		}
		e.Confidence = round2(min(0.99, max(0.05, conf)))
		official := pr.s >= 0 && sc.official(pr.s)
		if p.Mode == "visit" && pr.s >= 0 && (sc.forces(pr.s) || sc.spans[pr.s].generic && civilianSector(sc.spans[pr.s].actor.Sector)) {
			// "Russian paratroopers arrived in Kazakhstan", "indígenas
			// empezaron a llegar a Quito": troops and crowds do not visit
			continue
		}
		if p.Crowd && (pr.s < 0 || official && p.Official == "") {
			continue // "se reunieron": a crowd gathering, else no event
		}
		if p.Official != "" && official {
			e.Type, e.Mode, e.Quad = p.Official, p.OfficialMode, sc.c.ont.Types[p.Official].Quad
		}
		if e.Type == "PROTEST" && e.Mode == "obstruct" && official && sc.spans[pr.s].etype != "PERSON" && !sc.forces(pr.s) &&
			!sc.laterPredicate(m.lastLit, "PROTEST") { // (not "… para protestar")
			// a state or its government blocking roads or access
			// restricts movement: no protest ("Mosca ha bloccato
			// l'accesso a Instagram"); soldiers and police may protest
			e.Type, e.Mode, e.Quad = "COERCE", "restrict", sc.c.ont.Types["COERCE"].Quad
		}
		if e.Future && !e.Hypothetical && !e.Negated {
			switch e.Type {
			case "RETREAT":
				// PLOVER: "announced ... would withdraw troops" is RETREAT
				// + future, "and should be coded as CONCEDE"
				e.Type, e.Mode, e.Quad = "CONCEDE", "", sc.c.ont.Types["CONCEDE"].Quad
			case "CONSULT", "SUPPORT", "COOPERATE", "AID":
				// PLOVER: "references to future meetings, summits, state
				// visits ... should be coded as AGREE", and "cooperative
				// actions of types CONSULT, SUPPORT, COOPERATE, and AID
				// reported in future tense ... as AGREE" ("verserà alla
				// Tunisia 105 milioni"); what will go on stays what it is
				// ("continuerà a consultarsi", "will continue to support")
				if !sc.ongoing(m.head) {
					e.Type, e.Mode, e.Quad = "AGREE", "", sc.c.ont.Types["AGREE"].Quad
				}
			}
		}
		if (e.Type == "REQUEST" || e.Type == "ACCUSE") && e.Source != nil && e.Source.ID == "" && e.Source.Name == "protesters" {
			// "los manifestantes reclamaron elecciones", "manifestantes que
			// denunciaban fraude": the demand or grievance is the topic of
			// a protest, which PLOVER does not code apart; the protest is
			// the event.
			e.Type, e.Mode, e.Quad = "PROTEST", "demo", sc.c.ont.Types["PROTEST"].Quad
			if t := e.Target; t != nil && t.ID == "" && !stateLevel(t) {
				e.Target = nil // what was demanded ("le retour des civils"), not whom: the protest's own target below
			}
		}
		if e.Type == "AID" && containsStr(e.Context, "military") && e.Source != nil && e.Source.Country != "" && sc.troopsIn(m) &&
			(e.Target != nil && e.Target.Country == e.Source.Country ||
				e.Target == nil && loc >= 0 && sc.spans[loc].actor.Country == e.Source.Country) {
			// "envió tropas al Chapare": troops moved within one's own
			// country are a deployment (PLOVER MOBILIZE), not aid
			e.Type, e.Mode, e.Quad = "MOBILIZE", "troops", sc.c.ont.Types["MOBILIZE"].Quad
			e.Target = nil
		}
		if e.Type == "ASSAULT" && e.Mode == "primitive" && e.Target == nil && e.Source != nil && e.Source.ID == "" &&
			(civilianSector(e.Source.Sector) || e.Source.Sector == "OPP") {
			// "des jeunes ont incendié des pneus": a crowd's violence
			// aimed at no one is a riot (PLOVER PROTEST riot)
			e.Type, e.Mode, e.Quad = "PROTEST", "riot", sc.c.ont.Types["PROTEST"].Quad
		}
		if e.Type == "ASSAULT" && e.Mode == "" && e.Source != nil && e.Target != nil && politician(e.Source, false) && politician(e.Target, true) {
			// "Trump attacked Biden over the border", "Berlusconi atacó a
			// la oposición": a politician's attack on another or on a
			// party is made in words (PLOVER ACCUSE)
			e.Type, e.Mode, e.Quad = "ACCUSE", "disapprove", sc.c.ont.Types["ACCUSE"].Quad
		}
		if t, s := e.Target, e.Source; e.Type == "MOBILIZE" && t != nil && s != nil && t.Country != "" && t.Country == s.Country &&
			(t.ID == t.Country || t.Sector == "MIL" || t.Sector == "COP") {
			// "put its border troops on high alert", "перебросила … роты
			// полиции": the forces moved are the state's own, not whom the
			// mobilisation is against
			e.Target = nil
		}
		if t := e.Target; t != nil && t.ID == "" && t.Country == "" && e.Type != "PROTEST" {
			// a generic target of no country is of the place the event
			// happens in, or, arrested, of the state arresting it
			// ("Police in Tbilisi detained opposition activists")
			c := ""
			if e.Location != nil && loc >= 0 {
				c = sc.spans[loc].actor.Country
			}
			if c == "" && e.Type == "COERCE" && e.Source != nil {
				c = e.Source.Country
			}
			if c != "" {
				tt := *t
				tt.Country = c
				e.Target = &tt
			}
		}
		if e.Type == "PROTEST" && e.Target == nil {
			if t := sc.protestedAgainst(m, src); t >= 0 {
				a := sc.spans[t].actor
				e.Target = &a // "en protesta contra la política agrícola de la UE"
			}
		}
		if e.Type == "PROTEST" && !sc.protestActors(&e, loc) {
			continue
		}
		if e.Target == nil && sc.domestic(m) && e.Source != nil && stateLevel(e.Source) && e.Source.Country != "" &&
			(loc < 0 || sc.spans[loc].actor.Country == "" || sc.spans[loc].actor.Country == e.Source.Country) {
			// a state's emergency rule, censorship or law that names no one
			// is its own people's: "decretó el estado de excepción en siete
			// provincias", "levantó el toque de queda", "retiró la ley"
			e.Target = &vedetta.Actor{Name: "population", Country: e.Source.Country, Sector: "CVL"}
		}
		if byState && e.Source == nil && !sc.stateActor(&e, loc, m) {
			continue
		}
		if sc.truceable(p.Type) && (e.Source == nil || e.Target == nil) {
			sc.pending = append(sc.pending, e)
			continue
		}
		out = append(out, e)
	}
	return out, tgt
}

func roleBonus(r role, generic bool) float64 {
	b := 0.0
	switch r {
	case roleSlot, roleAgent:
		b = 0.15
	case roleSubject, roleObject, roleControl:
		b = 0.1
	case roleSpeaker:
		b = 0
	case roleFallback:
		b = -0.15
	}
	if generic {
		b -= 0.1
	}
	return b
}

func sameActor(a, b vedetta.Actor) bool {
	if a.Org != "" && (a.Org == b.Org || a.Org == b.ID) || b.Org != "" && b.Org == a.ID {
		return true // an organisation and its head
	}
	if a.ID != "" || b.ID != "" {
		return a.ID == b.ID && a.Name == b.Name
	}
	return a.Name == b.Name && a.Country == b.Country
}

// actorSpan reports whether span j can be an actor (not a mere place).
func (sc *sentCtx) actorSpan(j int) bool {
	return sc.spans[j].etype != "LOCATION" && sc.spans[j].kind != "zero"
}

// inParens reports whether word w sits inside a parenthesis that does not
// contain word h.
func (sc *sentCtx) inParens(w, h int) bool {
	depth := 0
	for k := w; k < h; k++ {
		switch sc.words[k].low {
		case "(", "[":
			depth++
		case ")", "]":
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// inInsertion reports whether word w lies in a comma-enclosed insertion that
// starts with an insertion cue (a gerund, "secondo") and closes before h.
func (sc *sentCtx) inInsertion(w, h int) bool {
	// The comma after w, before h.
	closed := false
	for k := w; k < h; k++ {
		if sc.words[k].low == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := w - 1; k >= 0; k-- {
		if sc.words[k].low == "," {
			if k+1 < len(sc.words) {
				f := sc.words[k+1]
				return sc.lex.Cue("insert", f.low)
			}
			return false
		}
		if sc.words[k].punct && !softPunct(sc.words[k].low) && sc.words[k].low != "(" && sc.words[k].low != ")" {
			return false
		}
	}
	return false
}

// object finds the actor on the object side: the first actor after the
// predicate that is its direct object or follows a target preposition.
func (sc *sentCtx) object(m *match, src []int) []int {
	from := max(m.lastLit, m.w1)
	if m.p.Type == "REQUEST" {
		if g := sc.demandedSubject(m, src); g != nil {
			return g
		}
	}
	if m.p.Type == "ASSAULT" {
		if g := sc.ownerAfterCue(from, src, "positions"); g != nil {
			return g // "colpito le postazioni di Hezbollah nel sud del Libano"
		}
	}
	// For a verbal predicate, a name right after the first word, inside the
	// pattern's gap, is its direct object, the addressee ("asked NATO to
	// send troops"); material ones take the thing moved there ("sent the
	// CSTO peacekeeping force").
	// So does a bare name after a verb of giving in a language with case
	// forms, or a name after a dative article: the recipient ("направил
	// Афганистану … помощи", "lieferte der Ukraine Panzer").
	// And so does the diplomat expelled: "declared the Mexican ambassador
	// persona non grata".
	if k := sc.skipArticles(m.head + 1); k < from && (sc.c.ont.Verbal(m.p.Type) || m.p.Mode == "expel" ||
		(m.p.Type == "AID" || m.p.Type == "COOPERATE") && (sc.lex.Cue("order", "caseforms") || k == m.head+2 && sc.lex.Cue("dat", sc.words[k-1].low))) {
		if j := sc.spanAt[k]; j >= 0 && sc.actorSpan(j) && !sc.spans[j].generic && (sc.spans[j].kind != "adjective" || m.p.Mode == "expel") && !contains(src, j) {
			return sc.groupFrom(sc.spans[j].group, k)
		}
	}
	// The pattern's last word heads an actor phrase: "expelled Honduras's
	// ambassador", "expulsó al embajador de Honduras".
	// So does a state adjective right before it: "expelled two Polish
	// diplomats".
	if last := from - 1; last > m.head {
		owner := sc.forcesOwner(m) // "sent Polish troops": theirs, not to them
		if j := sc.inSpan[last]; j >= 0 && sc.spans[j].w0 > m.head && !sc.spans[j].generic && sc.actorSpan(j) && !sc.sourceActor(src, j) &&
			j != owner {
			return sc.groupFrom(sc.spans[j].group, sc.spans[j].w0)
		}
		if j := sc.inSpan[last-1]; j >= 0 && last-1 > m.head && sc.spans[j].kind == "adjective" && sc.actorSpan(j) && !sc.sourceActor(src, j) &&
			!sc.c.ont.Verbal(m.p.Type) && j != owner {
			return []int{j}
		}
	}
	// An actor inside the pattern's gap after a target preposition
	// ("Friedenssoldaten nach Kasachstan geschickt", "inviare in
	// Kazakistan forze di pace").
	for j, sp := range sc.spans {
		if sp.w0 > m.head && sp.w1 <= from && sc.actorSpan(j) && !contains(src, j) && sc.npCase(sp.w0) == 1 &&
			!(sp.generic && sc.patternWord(m, sp.w1-1)) { // "retiró a su embajador": what is moved
			return sc.groupFrom(sp.group, sp.w0)
		}
	}
	if g := sc.pronounObject(m, src); g != nil {
		return g
	}
	weak := -1
	for j, sp := range sc.spans {
		if sp.w0 < from || !sc.actorSpan(j) || contains(src, j) {
			continue
		}
		if sp.w0-from > objReach || sc.punctBetween(from, sp.w0) {
			break
		}
		switch sc.objectNP(from, sp.w0) {
		case 2:
			return sc.groupFrom(sp.group, sp.w0)
		case 1:
			if weak < 0 {
				weak = j
			}
		}
	}
	if weak >= 0 {
		return sc.groupFrom(sc.spans[weak].group, sc.spans[weak].w0)
	}
	switch m.p.Type {
	case "ASSAULT":
		if t := sc.hitAfter(from, src); t != nil {
			return t
		}
		if t := sc.placeReached(from, src, "hit", false); t != nil {
			return t
		}
		return sc.regionOf(from, src)
	case "AID":
		if t := sc.placeReached(from, src, "target", false); t != nil {
			return t // "fornirà armi a Kiev"
		}
		return sc.beneficiary(from, src, false)
	case "AGREE":
		// a pledge's recipient: "pledged $4.5 billion in support to
		// Ukraine", "prometió 300 millones de euros para Siria"
		return sc.beneficiary(from, src, true)
	case "MOBILIZE":
		return sc.ownerAfterCue(from, src, "border")
	case "REQUEST":
		// whom a demand is made of: "demanded a ceasefire from Israel",
		// "forderte von Israel eine Waffenruhe"
		return sc.actorAfterCue(from, 6, 3, src, func(w string) bool { return sc.lex.Cue("askfrom", w) })
	case "RETREAT":
		if m.p.Mode == "withdraw" {
			if t := sc.placeReached(from, src, "fromprep", true); t != nil {
				return t // "покинули Карабах", "withdrew from Kherson"
			}
		}
		return sc.importsFrom(m.head, from, src)
	case "SANCTION", "CONCEDE":
		return sc.importsFrom(m.head, from, src)
	}
	return nil
}

// pronounObject returns the earlier actor that an object pronoun of a verb
// predicate stands for (cue objcl: a clitic right before the verb or its
// auxiliary, "y la policía los dispersó", "la police les a dispersés"; in
// English right after it, "dispersed them"): the nearest actor before the
// clause's subject: the subject of the verb before it, not the subject's
// own; nil when none.
func (sc *sentCtx) pronounObject(m *match, src []int) []int {
	if !sc.verbAt[m.head] {
		return nil
	}
	k := m.head - 1
	if k >= 0 && sc.lex.Cue("perfaux", sc.words[k].low) {
		k--
	}
	if sc.lex.Cue("order", "postadj") {
		if k < 0 || !sc.lex.Cue("objcl", sc.words[k].low) {
			return nil
		}
	} else if k = m.head + 1; k >= len(sc.words) || !sc.lex.Cue("objcl", sc.words[k].low) {
		return nil
	}
	before := m.head
	if len(src) > 0 && sc.spans[src[0]].w0 < before {
		before = sc.spans[src[0]].w0
	}
	v := before - 1
	for v >= 0 && !(sc.predAt[v] != "" && sc.verbAt[v]) {
		v--
	}
	for j := len(sc.spans) - 1; j >= 0 && v >= 0; j-- {
		sp := sc.spans[j]
		if sp.w1 > v || !sc.actorSpan(j) || contains(src, j) || len(src) > 0 && sameActor(sp.actor, sc.spans[src[0]].actor) || !sc.subjectNP(sp.w0) {
			continue
		}
		return sc.groupFrom(sp.group, sc.spans[sc.groups[sp.group][0]].w0)
	}
	return nil
}

// objectPast is the object of m's predicate as if its pattern ended at
// word w, and at least at its own end when keep is set: the object after
// an actor the pattern's object was taken for ("un attacco con droni
// russi", "verurteilte Deutschland Russland", "an attack by X on Y").
func (sc *sentCtx) objectPast(m *match, w int, src []int, keep bool) []int {
	after := *m
	after.lastLit, after.w1 = w, w
	if keep {
		after.lastLit = max(m.lastLit, w)
		after.w1 = max(m.w1, after.lastLit)
	}
	return sc.object(&after, src)
}

// accusedAfterForum returns the actor (or its adjective) that an
// "against" word introduces within six words after the forum span j, in
// its clause ("with the WTO against Chinese subsidies", "в ВТО жалобу на
// китайские субсидии"); nil when none.
func (sc *sentCtx) accusedAfterForum(j int, src []int) []int {
	return sc.actorAfterCue(sc.spans[j].w1, 6, 3, src, func(w string) bool {
		return sc.lex.Cue("against", w) || sc.lex.Cue("complaintof", w)
	})
}

// guestAfterPlace returns, when span j is a place (or a capital standing
// for its state) after a locative word, the next actor of the clause (not another
// capital or an adjective), with no preposition or conjunction before it:
// the guest of a meeting held at that place ("a reçu jeudi à Dakar le
// Premier ministre espagnol"); -1 when none.
func (sc *sentCtx) guestAfterPlace(j int) int {
	sp := sc.spans[j]
	if sp.kind != "metonym" && sp.etype != "LOCATION" || sp.w0 == 0 || !sc.lex.Cue("loc", sc.words[sp.w0-1].low) {
		return -1
	}
	guest := -1
	for i := j + 1; i < len(sc.spans); i++ {
		n := sc.spans[i]
		if sc.punctBetween(sp.w1, n.w0) {
			break
		}
		if !sc.actorSpan(i) || n.kind == "metonym" || n.kind == "adjective" {
			continue
		}
		for k := sp.w1; k < n.w0; k++ {
			if w := sc.words[k].low; k == sp.w1 && sc.lex.Cue("persobj", w) {
				continue // "recibió en La Moneda a su homólogo": the guest's marker
			}
			if w := sc.words[k].low; sc.lex.Cue("prep", w) || sc.lex.Cue("target", w) || sc.lex.Cue("coord", w) {
				return guest // "s'est rendu à Dakar avec le ministre": no guest
			}
		}
		if !n.generic {
			return i // the name after its title: "le Premier ministre espagnol Pedro Sánchez"
		}
		if guest < 0 {
			guest = i
		}
	}
	return guest
}

// ownerAfterCue returns the actor a word of cue class cls names in the
// predicate's clause: the word within eight words after word from, then a
// named actor within three words. Forces moved to a border mobilise against
// the state beyond it ("troops to its border with Finland", "truppe al
// confine con il Kosovo", "к границе с Финляндией"); an attack on positions
// hits whoever holds them ("нанесла удар по позициям «Хезболлы»", "struck
// Hezbollah positions" has the owner before). nil when none.
func (sc *sentCtx) ownerAfterCue(from int, src []int, cls string) []int {
	for k := from; k < len(sc.words) && k < from+8; k++ {
		w := sc.words[k]
		if sc.breaksClause(w) && w.low != "«" && w.low != "\"" {
			return nil
		}
		if !sc.lex.Cue(cls, w.low) {
			continue
		}
		if j := sc.inSpan[k-1]; k > from && j >= 0 && sc.actorSpan(j) && !sc.spans[j].generic && !contains(src, j) {
			return []int{j} // "Hezbollah positions"
		}
		for q := k + 1; q < len(sc.words) && q <= k+3; q++ {
			if j := sc.spanAt[q]; j >= 0 && sc.actorSpan(j) && !sc.spans[j].generic && !contains(src, j) {
				return []int{j}
			}
		}
		return nil
	}
	return nil
}

// demandedSubject returns the subject of the clause a demand introduces
// right after its verb ("exigió que Ucrania retire sus tropas", "demanded
// that Kyiv withdraw", "forderte, dass die Ukraine"): the addressee; nil
// when none.
func (sc *sentCtx) demandedSubject(m *match, src []int) []int {
	k := m.head + 1
	for k < len(sc.words) && (sc.words[k].low == "," || sc.words[k].date || sc.functionWord(sc.words[k].low) && k+1 < len(sc.words) && sc.words[k+1].date) {
		k++ // past a comma and a date: "demanded on Thursday that the Philippines stop"
	}
	if k >= len(sc.words) || !sc.lex.Cue("compl", sc.words[k].low) {
		return nil
	}
	k = sc.skipArticles(k + 1)
	if k >= len(sc.words) {
		return nil
	}
	if j := sc.spanAt[k]; j >= 0 && sc.actorSpan(j) && sc.spans[j].kind != "adjective" && !contains(src, j) {
		return sc.groupFrom(sc.spans[j].group, k)
	}
	return nil
}

// beneficiary returns the actor aid is for (cue benef: "una ayuda de 50.000
// millones de euros para Ucrania", "aid for Ukraine"): the first actor after
// word from within objReach words and the clause whose phrase that
// preposition opens (or, with target, a target preposition other than a
// place's: "pledged support to Ukraine"); nil when none.
func (sc *sentCtx) beneficiary(from int, src []int, target bool) []int {
	for j, sp := range sc.spans {
		if sp.w0 < from {
			continue
		}
		if sp.w0-from > objReach || sc.punctBetween(from, sp.w0) {
			break
		}
		if k := sc.skipArticlesBack(sp.w0 - 1); k >= from && sc.actorSpan(j) && !contains(src, j) &&
			(sc.lex.Cue("benef", sc.words[k].low) || target && sc.lex.Cue("target", sc.words[k].low) && !sc.lex.Cue("loc", sc.words[k].low)) {
			return sc.groupFrom(sp.group, sp.w0)
		}
	}
	return nil
}

// hitAfter returns whom an attack's hit preposition names within four
// words of word from, in its clause ("ont ouvert le feu sur des
// manifestants"), past a noun and its adjective ("по южным пригородам
// Бейрута", whose state they are): an actor not of src, or a place of
// another state; nil when none.
func (sc *sentCtx) hitAfter(from int, src []int) []int {
	for k := from; k < len(sc.words) && k < from+4; k++ {
		if sc.breaksClause(sc.words[k]) {
			return nil
		}
		if !sc.lex.Cue("hit", sc.words[k].low) {
			continue
		}
		for q := sc.skipArticles(k + 1); q < len(sc.words) && q <= k+4 && !sc.breaksClause(sc.words[q]); q++ {
			j := sc.spanAt[q]
			if j < 0 {
				continue
			}
			if sc.actorSpan(j) && !contains(src, j) {
				return sc.groupFrom(sc.spans[j].group, q)
			}
			if sp := sc.spans[j]; sp.etype == "LOCATION" && sp.actor.Country != "" && (len(src) == 0 || sc.spans[src[0]].actor.Country != sp.actor.Country) {
				return []int{j}
			}
			return nil
		}
		return nil
	}
	return nil
}

// importsFrom returns the state whose goods a ban or its lifting concerns:
// the actor after a word of imports (from the predicate at head on) and a
// preposition of origin, within reach of word from and the clause
// ("suspended imports of poultry from Brazil", "приостановил импорт мяса
// птицы из Бразилии"); nil when none.
func (sc *sentCtx) importsFrom(head, from int, src []int) []int {
	imp := -1
	for k := head; k < len(sc.words) && k < from+objReach+6; k++ {
		w := sc.words[k]
		if w.punct && !softPunct(w.low) || sc.lex.Cue("clause", w.low) {
			return nil
		}
		if sc.lex.Cue("imports", w.low) {
			imp = k
			continue
		}
		if imp < 0 || k-imp > 5 || !sc.lex.Cue("fromprep", w.low) {
			continue
		}
		if q := sc.skipArticles(k + 1); q < len(sc.words) && sc.spanAt[q] >= 0 && sc.actorSpan(sc.spanAt[q]) && !contains(src, sc.spanAt[q]) {
			return sc.groupFrom(sc.spans[sc.spanAt[q]].group, q)
		}
	}
	return nil
}

// armedGroup reports whether sector s is that of a non-state armed group.
func armedGroup(s string) bool { return s == "REB" || s == "INS" || s == "UAF" || s == "SEP" }

// instrumentalContent reports whether the predicate noun of m, in the
// instrumental (cue instrsuf), follows a threat within four words of its
// clause: what is threatened ("пригрозила Сеулу ядерным ударом").
func (sc *sentCtx) instrumentalContent(m *match) bool {
	if !sc.lex.Cue("order", "caseforms") || !sc.lex.Cue("instrsuf", sc.words[m.head].low) {
		return false
	}
	for k := m.head - 1; k >= 0 && k >= m.head-4; k-- {
		if sc.breaksClause(sc.words[k]) {
			return false
		}
		if sc.predAt[k] == "THREATEN" {
			return true
		}
	}
	return false
}

// instrumentalAgent returns the actor right after the predicate noun of m
// whose last word has an instrumental ending (cue instrsuf, languages that
// mark case by form), no preposition between: the agent of the noun; -1
// when none.
func (sc *sentCtx) instrumentalAgent(m *match) int {
	if !sc.lex.Cue("order", "caseforms") {
		return -1
	}
	from := max(m.lastLit, m.w1)
	if from >= len(sc.words) {
		return -1
	}
	j := sc.spanAt[from]
	if j < 0 || !sc.actorSpan(j) {
		return -1
	}
	if !sc.lex.Cue("instrsuf", sc.words[sc.spans[j].w1-1].low) {
		return -1
	}
	return j
}

// regionOf returns the state of a place the text names by a noun of place
// and the state's adjective after a locative word ("nella regione russa di
// Krasnodar", "in the Russian region of Belgorod", "dans la région russe de
// Koursk"), within reach of word from and the clause, when it is not the
// source's own; nil when none.
func (sc *sentCtx) regionOf(from int, src []int) []int {
	for k := from; k < len(sc.words) && k < from+objReach+4; k++ {
		w := sc.words[k]
		if w.punct && !softPunct(w.low) || sc.lex.Cue("clause", w.low) {
			return nil
		}
		j := sc.spanAt[k]
		if j < 0 || sc.spans[j].kind != "adjective" || sc.spans[j].actor.Country == "" {
			continue
		}
		a, b := sc.spans[j].w0, sc.spans[j].w1
		if !(a > 0 && sc.lex.Cue("placenoun", sc.words[a-1].low) || b < len(sc.words) && sc.lex.Cue("placenoun", sc.words[b].low) ||
			b+1 < len(sc.words) && sc.lex.Cue("placenoun", sc.words[b+1].low)) { // ("в российской Краснодарской области")
			continue
		}
		loc := false
		for q := a - 1; q >= from && q >= a-4; q-- {
			loc = loc || sc.lex.Cue("loc", sc.words[q].low)
		}
		if !loc {
			continue
		}
		for _, s := range src {
			if sc.spans[s].actor.Country == sc.spans[j].actor.Country {
				return nil
			}
		}
		return []int{j}
	}
	return nil
}

// placeReached returns the place an attack strikes or aid is sent to, as
// its target: a place of a known country that is the predicate's direct
// object or follows a preposition of cue class cls (hit: "shelled
// Kharkiv", "strikes on Gaza", "удар по Харькову"; target: "fornirà armi a
// Kiev"), in another country than the source's; nil when none. A place
// after another preposition is where, not what ("attacked in Kharkiv").
// With states, a state named as the place counts too ("dal sud del
// Libano").
func (sc *sentCtx) placeReached(from int, src []int, cls string, states bool) []int {
	for j, sp := range sc.spans {
		if sp.w0 < from {
			continue
		}
		if sp.w0-from > objReach || sc.punctBetween(from, sp.w0) {
			break
		}
		if (sp.etype != "LOCATION" && !(states && sp.etype == "COUNTRY")) || sp.actor.Country == "" {
			if sc.actorSpan(j) {
				break
			}
			continue
		}
		for _, k := range src {
			if sc.spans[k].actor.Country == sp.actor.Country {
				return nil
			}
		}
		k := sc.skipArticlesBack(sp.w0 - 1)
		switch {
		case k >= from && sc.lex.Cue(cls, sc.words[k].low):
		case k < from: // right after the predicate: its direct object
		case k > from && sc.lex.Cue("loc", sc.words[k].low) && sc.objectBefore(from, k):
			// where the object struck is: "attacked an oil refinery in
			// Saratov", "атаковали нефтеперерабатывающий завод в Саратове"
		case k > from && sc.cueBetween(cls, from, k) && !sc.functionWord(sc.words[k].low):
			// a place in the genitive of what is struck: "удары по южным
			// пригородам Бейрута"
		case k > from+1 && sc.lex.Cue("gen", sc.words[k].low) && sc.lex.Cue("compass", sc.words[k-1].low) &&
			sc.lex.Cue(cls, sc.words[max(sc.skipArticlesBack(k-2), 0)].low):
			// a part of the place: "dal sud del Libano", "du nord du Mali"
		default:
			return nil
		}
		return []int{j}
	}
	return nil
}

// objectBefore reports whether words [from, k) hold a direct object: a
// content word that is no date, adverb or preposition, the first word no
// preposition ("attacked an oil refinery in", not "attacked overnight in"
// nor "attacked in").
func (sc *sentCtx) objectBefore(from, k int) bool {
	if w := sc.words[from].low; sc.lex.Cue("loc", w) || sc.lex.Cue("prep", w) || sc.lex.Cue("target", w) {
		return false
	}
	for q := from; q < k; q++ {
		w := sc.words[q]
		if w.punct || w.date || sc.inSpan[q] >= 0 || sc.functionWord(w.low) || sc.lex.Cue("advsuf", w.low) {
			continue // (function words include prepositions)
		}
		return true
	}
	return false
}

// personAfter returns the person span right after span j, when j only
// qualifies the person's role: an adjective ("su homólogo ruso Vladimir
// Putin", "the Russian president Vladimir Putin") or the person's country;
// or the organisation a country possesses ("Colombia's ELN"); else -1.
func (sc *sentCtx) personAfter(j int) int {
	if j+1 >= len(sc.spans) {
		return -1
	}
	sp, nx := sc.spans[j], sc.spans[j+1]
	if sp.etype == "COUNTRY" && nx.etype == "ORG" && !nx.generic && nx.w0 == sp.w1+1 && (sc.words[sp.w1].low == "'s" || sc.words[sp.w1].low == "'") {
		return j + 1 // "Colombia's ELN guerrillas": the organisation
	}
	if nx.etype != "PERSON" || nx.w0-sp.w1 > 1 || sc.punctBetween(sp.w1, nx.w0) {
		return -1
	}
	// an adjective, or the person's own country ("президентом России
	// Владимиром Путиным")
	if sp.kind != "adjective" && (sp.etype != "COUNTRY" || sp.actor.Country == "" || sp.actor.Country != nx.actor.Country) {
		return -1
	}
	if nx.w0 > sc.spans[j].w1 && !sc.lex.Cue("art", sc.words[sc.spans[j].w1].low) && sc.predicateWord(sc.spans[j].w1) {
		return -1
	}
	return j + 1
}

// skipArticles returns the first word at or after k that is not an article.
func (sc *sentCtx) skipArticles(k int) int {
	for k < len(sc.words) && sc.lex.Cue("art", sc.words[k].low) {
		k++
	}
	return k
}

// verbFinal handles verb-final clauses (German "hat die Ukraine
// angegriffen"): with two actors before the predicate in the clause, the
// first is the subject and the one nearest the verb the object.
func (sc *sentCtx) verbFinal(m *match) (src, obj []int) {
	if !sc.lex.Cue("order", "verbfinal") {
		return nil, nil
	}
	// The verb closes the clause: the pattern's last word when it comes
	// after a noun head ("Friedenssoldaten nach Kasachstan geschickt").
	verb := max(m.head, m.lastLit-1)
	if verb > 0 && sc.words[verb].upper {
		return nil, nil // a noun ("den russischen Angriff"): German capitalises them
	}
	var cand []int
	for j := len(sc.spans) - 1; j >= 0; j-- {
		sp := sc.spans[j]
		if sp.w1 > verb || !sc.actorSpan(j) {
			continue
		}
		if sc.clauseBreak(sp.w1, verb) {
			break
		}
		cand = append(cand, j)
	}
	if len(cand) < 2 {
		return nil, nil
	}
	// From the clause start: the first bare actor is the subject; the
	// object is the one nearest the verb, bare or after a target
	// preposition. Actors in other prepositional phrases or genitives
	// ("von Russland geführte", "der Sowjetunion") are neither.
	subj, o := -1, -1
	for i := len(cand) - 1; i >= 0; i-- {
		j := cand[i]
		first := sc.groups[sc.spans[j].group][0] // coordinated actors share the case
		switch sc.phraseCase(sc.spans[first].w0) {
		case 0:
			if subj < 0 {
				subj = j
			} else if sc.spans[j].group != sc.spans[subj].group {
				o = j
			}
		case 1:
			o = j
		}
	}
	if subj < 0 || o < 0 || sc.spans[subj].group == sc.spans[o].group {
		return nil, nil
	}
	return sc.groupFrom(sc.spans[subj].group, sc.spans[subj].w0), sc.groupFrom(sc.spans[o].group, sc.spans[o].w0)
}

// phraseCase is npCase over a noun phrase's own words: walking left from
// w0 over articles and up to two words of the phrase ("nach einer
// Vermittlung Katars": a prepositional phrase, 2).
func (sc *sentCtx) phraseCase(w0 int) int {
	content := 0
	for k := w0 - 1; k >= 0; k-- {
		w := sc.words[k]
		switch {
		case sc.lex.Cue("art", w.low):
			continue
		case w.punct || sc.inSpan[k] >= 0 || sc.lex.Cue("clause", w.low) || sc.lex.Cue("coord", w.low):
			return 0
		case w.date || sc.lex.Cue("perfaux", w.low) || sc.lex.Cue("passaux", w.low) || sc.lex.Cue("fut", w.low):
			return 0 // a date or an auxiliary ends the phrase before: "Am Dienstag hat Deutschland
		case sc.lex.Cue("target", w.low) && content == 0:
			return 1
		case sc.lex.Cue("target", w.low) || sc.lex.Cue("prep", w.low) || sc.lex.Cue("agent", w.low) || sc.lex.Cue("gen", w.low):
			return 2 // after a noun in the phrase, the actor qualifies that noun
		}
		if content++; content > 2 {
			return 0
		}
	}
	return 0
}

// npCase says how the noun phrase of an actor starting at word w0 is
// introduced: 0 bare, 1 by a target preposition, 2 by another preposition
// or a genitive.
func (sc *sentCtx) npCase(w0 int) int {
	k := sc.skipArticlesBack(w0 - 1)
	if k < 0 {
		return 0
	}
	w := sc.words[k].low
	switch {
	case sc.lex.Cue("target", w):
		return 1
	case sc.lex.Cue("prep", w) || sc.lex.Cue("agent", w) || sc.lex.Cue("gen", w):
		return 2
	}
	return 0
}

// hardBreak reports whether a semicolon, colon or dash stands in words
// [a, b).
func (sc *sentCtx) hardBreak(a, b int) bool {
	for k := a; k < b; k++ {
		if l := sc.words[k].low; l == ";" || l == ":" || l == "—" || l == "–" {
			return true
		}
	}
	return false
}

// commaCoord reports whether a comma and a conjunction, which join two
// clauses, stand in words [a, b).
func (sc *sentCtx) commaCoord(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if sc.words[k].low == "," && sc.lex.Cue("coord", sc.words[k+1].low) {
			return true
		}
	}
	return false
}

// clauseBreak reports whether a clause break stands in words [a, b).
func (sc *sentCtx) clauseBreak(a, b int) bool {
	for k := a; k < b; k++ {
		if sc.breaksClause(sc.words[k]) {
			return true
		}
	}
	return false
}

// objectNP walks left from word w0 back to word from (the end of the
// predicate): 2 for a direct object or one after a target preposition, 1 for
// an actor in a genitive of the object ("le sanzioni degli Stati Uniti"), 0
// for none.
func (sc *sentCtx) objectNP(from, w0 int) int {
	content, gen := 0, false
	ownArt := false // the actor's own article, right before it
	for k := w0 - 1; k >= from; k-- {
		w := sc.words[k]
		if sc.approxAt(k) {
			continue // "at least 20 protesters", "au moins": a quantity
		}
		switch {
		case w.punct:
			if softPunct(w.low) {
				continue
			}
			return 0
		case sc.lex.Cue("art", w.low):
			ownArt = ownArt || content == 0
			continue
		case sc.lex.Cue("gen", w.low):
			gen = true
			continue
		case sc.lex.Cue("target", w.low):
			if sc.lex.Cue("loc", w.low) && sc.spanAt[w0] >= 0 && sc.spans[sc.spanAt[w0]].kind == "adjective" {
				return 0 // "in the South African capital": a place, not a target
			}
			if sc.lex.Cue("inplace", w.low) && sc.spanAt[w0] >= 0 && sc.spans[sc.spanAt[w0]].kind == "metonym" {
				return 0 // "en el centro de Caracas": a capital named as a place
			}
			if content > 0 && sc.lex.Cue("order", "caseforms") && sc.nominativeAgent(w0) {
				return 0 // "протестов в стране президент Казахстана": a new subject
			}
			if content <= objWalk && sc.plainStretch(from, k) {
				return 2
			}
			return 0
		case sc.lex.Cue("prep", w.low) || sc.lex.Cue("agent", w.low) || sc.lex.Cue("clause", w.low):
			return 0
		case sc.clauseOpener(k, w0):
			return 0 // the subject of a new clause: "marcharon en Santiago y la policía los dispersó"
		}
		if ownArt && content == 0 && sc.predAt[k] == "" && sc.prepBefore(k) && sc.subjectOfNext(w0) {
			// "proteste nel paese il presidente Tokayev ha chiesto": the
			// subject of the next verb, after a phrase of one noun
			return 0
		}
		if j := sc.inSpan[k]; j >= 0 {
			// a place adverbial between verb and object ("ha incontrato a
			// Mosca il suo omologo") is skipped with its preposition
			if sp := sc.spans[j]; sp.etype == "LOCATION" && !gen && sp.w0 > from && sc.lex.Cue("loc", sc.words[sp.w0-1].low) {
				k = sp.w0 - 1
				continue
			}
			return 0
		}
		content++
		if content > objWalk {
			return 0
		}
	}
	if gen {
		if content <= 2 {
			return 1
		}
		return 0
	}
	return 2
}

// approxAt reports whether word k is the preposition of a quantity's
// approximation, the approximating word after it (cue approx: "at least",
// "al menos", "au moins", "по меньшей мере").
func (sc *sentCtx) approxAt(k int) bool {
	return k+1 < len(sc.words) && sc.lex.Cue("approx", sc.words[k+1].low) && sc.functionWord(sc.words[k].low)
}

// plainStretch reports whether words [a, b), between a predicate and the
// preposition that introduces its object, are a short run of articles and
// content words: no clause punctuation, no other preposition, at most
// objWalk content words. "signed a peace agreement with X" qualifies; "signed
// an agreement on Saturday aimed at ending the conflict in X" does not.
func (sc *sentCtx) plainStretch(a, b int) bool {
	content := 0
	for k := a; k < b; k++ {
		w := sc.words[k]
		switch {
		case sc.approxAt(k):
			k++ // "mató al menos a 20 manifestantes": a quantity
		case w.punct:
			if !softPunct(w.low) && w.low != "(" && w.low != ")" {
				return false
			}
		case sc.lex.Cue("art", w.low) || sc.lex.Cue("gen", w.low):
		case sc.lex.Cue("prep", w.low) && b-k <= 2:
			// A complex preposition ending in the target one ("по
			// отношению к", "in relation to").
		case sc.lex.Cue("prep", w.low) || sc.lex.Cue("target", w.low) || sc.lex.Cue("agent", w.low) || sc.lex.Cue("clause", w.low):
			return false
		default:
			content++
		}
	}
	return content <= objWalk
}

// passiveAgent returns the agent of a passive predicate ("è stato attaccato
// da X", "was attacked by X") or of a predicate noun ("an attack by X",
// "l'attacco da parte di X"; nominal is then true), or nil.
func (sc *sentCtx) passiveAgent(m *match) (agent []int, nominal bool) {
	pass := sc.passiveFar(m) || sc.participleAgent(m)
	for k := m.head + 1; k+1 < m.lastLit && !pass && sc.predicateWord(m.lastLit-1); k++ {
		// a passive auxiliary inside the pattern, its noun first: "Tanks
		// were delivered to Ukraine by Germany", "un prêt a été accordé
		// au Cameroun par le FMI"
		pass = sc.lex.Cue("passaux", sc.words[k].low) || sc.lex.Cue("passivefar", sc.words[k].low)
	}
	for k := m.head - 1; k >= 0 && k >= m.head-3 && !pass; k-- {
		if sc.lex.Cue("passive", sc.words[k].low) {
			pass = true
		} else if sc.predAt[k] != "" || sc.lex.Cue("activesuf", sc.words[k].low) {
			break // another predicate's auxiliary: "were investigating alleged killings"
		}
	}
	if !pass {
		// a noun: an article right before it, or before one word that
		// qualifies it ("a deadly attack")
		for k := m.head - 1; k >= 0 && k >= m.head-2; k-- {
			w := sc.words[k]
			if w.punct || sc.inSpan[k] >= 0 {
				break
			}
			if sc.lex.Cue("art", w.low) && !sc.lex.Cue("poss", w.low) ||
				sc.lex.Cue("prep", w.low) || sc.lex.Cue("target", w.low) || sc.lex.Cue("gen", w.low) {
				nominal = true // "an attack by", "after mediation by", "paquete de sanciones"
				break
			}
		}
		if !nominal && !sc.objectOfPredicate(m) {
			return nil, false
		}
		nominal = true
	}
	if ag := sc.agentOf(m); ag != nil {
		return ag, nominal
	}
	// An event noun takes its agent in the genitive ("la mediazione della
	// Cina", "las sanciones de la UE", "the accusations of Kyiv"), except
	// for attacks and coercion, whose genitive is as often the victim
	// ("l'invasione dell'Ucraina", "l'arresto dell'oppositore").
	if nominal && m.p.Type != "ASSAULT" && m.p.Type != "COERCE" {
		// a name in the genitive right after the noun: "die Vermittlung
		// Katars" (cue namegen)
		if q := m.lastLit; q < len(sc.words) {
			if j := sc.spanAt[q]; j >= 0 && sc.actorSpan(j) && sc.spans[j].kind == "name" && sc.lex.Cue("namegen", sc.words[sc.spans[j].w1-1].low) {
				return sc.groupFrom(sc.spans[j].group, q), true
			}
		}
		for _, g := range []int{m.head + 1, m.lastLit} {
			if g >= len(sc.words) || !sc.lex.Cue("gen", sc.words[g].low) {
				continue
			}
			// not an adjective: "a rejection of Russian oil"; not the forces
			// a state moves ("die Rückkehr von Soldaten": the state's act)
			if q := sc.skipArticles(g + 1); q < len(sc.words) {
				if j := sc.spanAt[q]; j >= 0 && sc.actorSpan(j) && sc.spans[j].kind != "adjective" && !sc.movedForces(m, j) {
					return sc.groupFrom(sc.spans[j].group, q), true
				}
			}
		}
	}
	return nil, false
}

// domestic reports whether the act of m is one a state does to its own
// people: emergency rule or censorship (COERCE curfew, martial-law,
// censor; not restrictions, which include dispersals), or a concession about emergency rule or a law (cues emergency,
// law, proposal among its words).
func (sc *sentCtx) domestic(m *match) bool {
	switch m.p.Type {
	case "COERCE":
		return m.p.Mode == "curfew" || m.p.Mode == "martial-law" || m.p.Mode == "censor"
	case "CONCEDE":
		for k := m.head; k < m.lastLit && k < len(sc.words); k++ {
			if w := sc.words[k].low; sc.lex.Cue("emergency", w) || sc.lex.Cue("law", w) || sc.lex.Cue("proposal", w) {
				return true
			}
		}
	}
	return false
}

// bodyName reports whether the predicate of m is a noun in the genitive of
// a body named by what it does (cue body: "los organismos de socorro", "the
// Ministry of Defence", "der Streikkomitee"): no event.
func (sc *sentCtx) bodyName(m *match) bool {
	k := sc.skipArticlesBack(m.head - 1)
	if k < 1 || !sc.lex.Cue("gen", sc.words[k].low) {
		return false
	}
	return sc.lex.Cue("body", sc.words[k-1].low)
}

// circumstance reports whether the predicate of m is a noun of conflict
// (a protest, an attack, coercion, an accusation, a sanction, a threat…)
// in a phrase of circumstance (cues during, bgtime, against, circum: "tras
// dos días de violentas protestas", "ante la manifestación", "despite the
// protests", "in protest against her prosecution"): the clause's subject
// did not do it.
func (sc *sentCtx) circumstance(m *match) bool {
	switch m.p.Type {
	case "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT", "REQUEST":
		return false // ("tras la reunión con X, Y dijo": Y met X)
	}
	if !sc.nounLike(m) {
		return false
	}
	poss := false // a possessive between: the act's victim after "against" ("in protest against her prosecution"), else its doer ("tras su reunión")
	for k := m.head - 1; k >= 0 && k >= m.head-5; k-- {
		w := sc.words[k]
		switch {
		case sc.lex.Cue("against", w.low):
			return true
		case sc.lex.Cue("during", w.low) || sc.lex.Cue("bgtime", w.low) || sc.lex.Cue("circum", w.low):
			return !poss
		case w.punct || sc.inSpan[k] >= 0 || sc.predAt[k] != "" || sc.lex.Cue("clause", w.low):
			return false
		case sc.lex.Cue("poss", w.low):
			poss = true
		}
	}
	return false
}

// objectOfPredicate reports whether the predicate of m is a noun that is the
// object of a verbal predicate right before it, with at most an article and
// one word between ("denied accusations", "rejected the peace plan"): the
// clause's subject is that predicate's source, not this one's. The object
// of a material predicate keeps the subject ("fired tear gas").
func (sc *sentCtx) objectOfPredicate(m *match) bool { return m.gov >= 0 || m.detached || m.p.Noun }

// invertedSpeaker returns, for a verbal act that closes the sentence after
// a comma with its subject after it (", a dénoncé jeudi le gouvernement
// congolais", ", denunció Amnistía Internacional", ", ha denunciato la Lega
// tunisina"), that subject, and as target the subject of the sentence's
// first verb, whose acts it speaks of; nil when the predicate is not so.
func (sc *sentCtx) invertedSpeaker(m *match) (src, tgt []int) {
	if !sc.c.ont.Verbal(m.p.Type) || sc.nounLike(m) || m.slotSeen[0] || m.slotSeen[1] || sc.gerund(m.head) {
		return nil, nil // (not a gerund: ", обвинив Аддис-Абебу" has the subject of the verb before)
	}
	k := m.head - 1
	for k > 0 && (sc.auxWord(sc.words[k].low) || sc.lex.Cue("perfaux", sc.words[k].low)) {
		if sc.lex.Cue("rel", sc.words[k].low) || sc.lex.Cue("clause", sc.words[k].low) {
			return nil, nil // a relative clause: "El presidente, que visitó Cuba, …"
		}
		k--
	}
	if k < 1 || sc.words[k].low != "," {
		return nil, nil
	}
	q := k - 1
	for q > 0 && sc.words[q-1].low != "," {
		q--
	}
	if q > 0 && (sc.lex.Cue("clause", sc.words[q].low) || sc.lex.Cue("rel", sc.words[q].low)) {
		return nil, nil // an insertion: "The Kremlin, which denies the allegations, accused Kyiv"
	}
	from := max(m.w1, m.lastLit)
	for j, sp := range sc.spans {
		if sp.w0 < from || !sc.actorSpan(j) {
			continue
		}
		if sp.w0-from > 4 || sc.punctBetween(from, sp.w0) {
			return nil, nil
		}
		for q := from; q < sp.w0; q++ {
			if w := sc.words[q].low; sc.lex.Cue("agent", w) || sc.lex.Cue("prep", w) || sc.lex.Cue("target", w) || sc.lex.Cue("gen", w) {
				return nil, nil // a bare subject, not "mediated by Qatar"
			}
		}
		g := sc.groupFrom(sp.group, sp.w0)
		end := sc.spans[g[len(g)-1]].w1
		if end < len(sc.words) && !sc.words[end].punct && !sc.lex.Cue("prep", sc.words[end].low) {
			return nil, nil // the speaker closes the sentence (a phrase of place or time may follow)
		}
		return g, sc.firstVerbSubject(m, 0, k)
	}
	return nil, nil
}

// frontedMeeting returns the parties of talks that a phrase opening the
// sentence dates the main clause by: the subject of that clause, after the
// comma ("After talks in Dhaka, India and Bangladesh agreed", "Dopo i
// colloqui con Tebboune, Meloni ha firmato", "Tras reunirse con el primer
// ministro de Canadá, Lula anunció"). Unlike an earlier attack ("after the
// attack, police arrested"), a meeting is the main clause's subject's own.
func (sc *sentCtx) frontedMeeting(m *match) []int {
	if m.p.Type != "CONSULT" || m.head > 6 {
		return nil
	}
	b := -1
	for k := 0; k < m.head; k++ {
		w := sc.words[k]
		if w.punct || sc.inSpan[k] >= 0 {
			return nil
		}
		if sc.lex.Cue("bgtime", w.low) {
			b = k
		}
	}
	if b < 0 || b > 1 {
		return nil
	}
	return sc.laterSubject(m)
}

// frontedAct returns the subject of the main clause, after the comma, for
// an act told by an infinitive or gerund phrase opening the sentence ("Al
// rechazar el plan, los unionistas se automarginaron", "After rejecting
// the plan, the unionists walked out", "Dopo aver respinto il piano, gli
// unionisti"): the phrase has no subject of its own. Only opening words,
// time or infinitive cues and perfect auxiliaries stand before the verb.
func (sc *sentCtx) frontedAct(m *match) []int {
	h := m.head
	if h < 1 || h > 3 {
		return nil
	}
	hw := sc.words[h].low
	opened := false
	perf := false
	for k := 0; k < h; k++ {
		w := sc.words[k].low
		switch {
		case sc.lex.Cue("bgtime", w) || sc.lex.Cue("frontinf", w):
			opened = true
		case sc.lex.Cue("perfaux", w):
			perf = true
		case sc.lex.Cue("gen", w) || sc.lex.Cue("inf", w):
		default:
			return nil
		}
	}
	if !opened || !(sc.lex.Cue("infsuf", hw) || sc.lex.Cue("gerundsuf", hw) || perf && sc.lex.Cue("partsuf", hw)) {
		return nil
	}
	return sc.laterSubject(m)
}

// detachedNoun reports whether the predicate of m is a noun that a topic
// preposition introduces ("propuestas sobre el desarme", "talks about a
// ceasefire") or that is in the genitive of a victim noun ("the victims of
// the bombing", "Opfer des Anschlags") or of a noun of fear ("for fear of an
// attack") or is what a protest, an accusation or a refusal right before it
// is about ("protest against the expulsion"), or that a cause preposition
// gives as the reason of an earlier act ("sanctions over the annexation"):
// the clause is not about it, so its subject is not its agent.
func (sc *sentCtx) detachedNoun(m *match) bool {
	k := m.head - 1
	skipped := false
	for k >= 0 && (sc.lex.Cue("art", sc.words[k].low) ||
		sc.inSpan[k] >= 0 && sc.spans[sc.inSpan[k]].kind == "adjective") {
		k--
		skipped = true
	}
	if k < 0 {
		return false
	}
	lw := sc.words[k].low
	if sc.lex.Cue("topic", lw) && k > 0 && sc.lex.Cue("attrib", sc.words[k-1].low) {
		return false // what is reported: "сообщило о переброске войск"
	}
	if sc.lex.Cue("topic", lw) || sc.lex.Cue("topicverb", lw) || sc.lex.Cue("victim", lw) || sc.lex.Cue("fear", lw) ||
		(skipped || sc.lex.Cue("order", "caseforms")) && sc.lex.Cue("bgtime", lw) { // ("после беспорядков": no articles)
		// also a genitive by case: "в случае визита", "опасения
		// нападения"; an earlier event the clause is dated by, a noun:
		// "dopo l'attacco", "after the attack" (not "tras llegar a un
		// acuerdo")
		return true
	}
	if !skipped && k > 0 && sc.inSpan[k] < 0 && !sc.functionWord(lw) && sc.predAt[k] == "" {
		// one word qualifying the noun: "about a planned attack"
		if q := sc.skipArticlesBack(k - 1); q >= 0 && (q < k-1 && (sc.lex.Cue("topic", sc.words[q].low) || sc.lex.Cue("bgtime", sc.words[q].low)) ||
			sc.lex.Cue("topicverb", sc.words[q].low)) {
			return true
		}
	}
	if sc.lex.Cue("cause", lw) && sc.predAt[k] == "" && sc.earlierPredicate(k, "") &&
		!(sc.lex.Cue("purpose", lw) && sc.lex.Cue("infsuf", sc.words[m.head].low)) { // "per incontrare": a purpose
		// why an earlier act was done: "sanctions on Russia over the
		// annexation", "condenó a Ecuador por el ataque"
		return true
	}
	if k > 0 && (sc.lex.Cue("target", lw) || sc.lex.Cue("prep", lw) || sc.lex.Cue("gen", lw)) &&
		(skipped || !sc.lex.Cue("inf", lw)) { // not an infinitive: "se negó a negociar"
		// what a protest, an accusation or a refusal is about: "Protest
		// gegen die Ausweisung", "the condemnation of the attack"
		switch sc.predAt[k-1] {
		case "ACCUSE", "REJECT":
			return true
		case "PROTEST": // not a genitive: "paro de protesta", "huelga de advertencia"
			return !sc.lex.Cue("gen", lw)
		}
	}
	if k > 0 && (sc.lex.Cue("gen", lw) || sc.lex.Cue("target", lw) || sc.lex.Cue("charge", lw)) && sc.lex.Cue("involve", sc.words[k-1].low) {
		// "denied any involvement in the attack", "démenti toute
		// implication dans l'attaque": what one took part in, or not
		return true
	}
	if sc.lex.Cue("gen", lw) && k > 0 {
		// "acerca de", "à propos de"; "for fear of an attack"
		prev := sc.words[k-1].low
		if sc.lex.Cue("victim", prev) || sc.lex.Cue("topic", prev) || sc.lex.Cue("fear", prev) {
			return true
		}
	}
	// what the subject undergoes: "who had faced weeks of criticism",
	// "ha subito pesanti critiche", "подвергся критике"
	for q := m.head - 1; q >= 0 && q >= m.head-4; q-- {
		w := sc.words[q]
		if w.punct || sc.lex.Cue("clause", w.low) || sc.inSpan[q] >= 0 {
			break
		}
		if sc.lex.Cue("undergo", w.low) {
			return true
		}
	}
	return false
}

// governor returns the word of the verbal predicate whose object the
// predicate noun of m is (see objectOfPredicate), or -1; code sets it as
// m.gov once the sentence's predicates are known.
func (sc *sentCtx) governor(m *match) int {
	if m.head > 0 && sc.lex.Cue("perfaux", sc.words[m.head-1].low) {
		return -1 // a verb: "denied having attacked"
	}
	words, addressee := 0, false
	for k := m.head - 1; k >= 0; k-- {
		w := sc.words[k]
		switch {
		case sc.inSpan[k] >= 0 && sc.spans[sc.inSpan[k]].kind == "adjective" && words == 0:
			words++ // "condemned the Russian attack"
			continue
		case k == m.head-1 && k > 0 && sc.lex.Cue("coord", w.low) && sc.inSpan[k-1] >= 0:
			return -1 // a verb coordinated after the object: "se reunió con Perú y criticó a Chile"
		case sc.inSpan[k] >= 0 && !addressee:
			// the addressee between verb and object: "pidió a la OTAN más ayuda"
			q := sc.skipArticlesBack(sc.spans[sc.inSpan[k]].w0 - 1)
			if q < 1 || !sc.lex.Cue("target", sc.words[q].low) {
				return -1
			}
			addressee = true
			k = q
			continue
		case w.punct || sc.inSpan[k] >= 0:
			return -1
		case sc.predAt[k] != "" && sc.c.ont.Verbal(sc.predAt[k]):
			if k == m.head-1 && sc.lex.Cue("activesuf", sc.words[m.head].low) {
				return -1 // a gerund: "denied attacking Ukraine"
			}
			return k
		case sc.lex.Cue("art", w.low):
			continue
		case words <= 1 && k > 0 && sc.lex.Cue("target", w.low) && sc.predAt[k-1] == "SUPPORT" && sc.predAt[k] == "":
			return k - 1 // what support is given to: "il suo sostegno all'aggressione russa"
		}
		if words++; words > 1 || sc.lex.Cue("prep", w.low) || sc.lex.Cue("target", w.low) ||
			sc.lex.Cue("clause", w.low) || sc.lex.Cue("passive", w.low) || sc.lex.Cue("neg", w.low) ||
			sc.lex.Cue("fut", w.low) || sc.lex.Cue("cond", w.low) || sc.lex.Cue("inf", w.low) {
			return -1
		}
	}
	return -1
}

// unasserted reports whether the predicate noun of m is what a request or
// a threat is about ("demanded the resignation of X", "threatened a
// blockade"): not an event that happened.
func (sc *sentCtx) unasserted(m *match) bool {
	return m.gov >= 0 && (sc.predAt[m.gov] == "REQUEST" || sc.predAt[m.gov] == "THREATEN") || sc.proposed(m)
}

// proposed reports whether the predicate noun of m is what a proposal or a
// plan is about (cue proposal), or a law no verb of enacting governs (cues
// law, enact): in its genitive, articles and adjectives
// between ("la proposta egiziana di tregua", "a proposal for a truce"), or
// right before it ("a ceasefire proposal", "the peace plan").
func (sc *sentCtx) proposed(m *match) bool {
	if !sc.nounLike(m) {
		return false
	}
	if k := max(m.lastLit, m.w1); k < len(sc.words) && sc.lex.Cue("proposal", sc.words[k].low) {
		return true
	}
	k := sc.skipArticlesBack(m.head - 1)
	if k < 1 || !sc.lex.Cue("gen", sc.words[k].low) && !sc.lex.Cue("prep", sc.words[k].low) {
		return false
	}
	for k--; k >= 0 && (sc.lex.Cue("art", sc.words[k].low) || sc.inSpan[k] >= 0 && sc.spans[sc.inSpan[k]].kind == "adjective"); k-- {
	}
	if k >= 0 && sc.lex.Cue("law", sc.words[k].low) {
		// "contra la ley de amnistía": a law's topic; "aprobó la ley de
		// amnistía": enacted
		e := sc.skipArticlesBack(k - 1)
		if e > 0 && sc.lex.Cue("advsuf", sc.words[e].low) {
			e = sc.skipArticlesBack(e - 1) // "aprobó definitivamente la ley"
		}
		return e < 0 || !sc.lex.Cue("enact", sc.words[e].low)
	}
	return k >= 0 && sc.lex.Cue("proposal", sc.words[k].low)
}

// passiveNoAgent reports whether the predicate of m is a passive verb with
// no agent phrase after it: passive auxiliaries (cue passaux, not the
// tense auxiliaries of "è arrivato", "est arrivé") right before it ("was
// attacked", "è stata attaccata", "ha sido atacado"), or in a verb-final
// clause one anywhere before it (cue passivefar: "wurden ... getötet"); not
// an active form (cue activesuf: "is attacking").
func (sc *sentCtx) passiveNoAgent(m *match) bool {
	if sc.lex.Cue("activesuf", sc.words[m.head].low) {
		return false
	}
	pass := sc.participleAgent(m)
	k := m.head - 1
	if k > 0 && sc.lex.Cue("advsuf", sc.words[k].low) && sc.lex.Cue("passaux", sc.words[k-1].low) {
		k-- // "was reportedly attacked"
	}
	for ; k >= 0 && sc.lex.Cue("passaux", sc.words[k].low); k-- {
		pass = true
	}
	return (pass || sc.passiveFar(m)) && sc.agentOf(m) == nil
}

// movedForces reports whether span j is a generic armed force in the
// genitive of a noun of moving forces (aid, mobilisation, retreat): what
// is moved, not who moves it.
func (sc *sentCtx) movedForces(m *match, j int) bool {
	if !sc.spans[j].generic || !sc.forces(j) {
		return false
	}
	switch m.p.Type {
	case "AID", "MOBILIZE", "RETREAT":
		return true
	}
	return false
}

// participleAgent reports a participle (cue partsuf) right after the noun it
// qualifies ("persone catturate"), or that the agent preposition follows,
// with no tense auxiliary (cue perfaux) just before: a passive without its
// auxiliary ("familiares de reos, apoyados por pandilleros"; not "han
// protestado por los recortes").
func (sc *sentCtx) participleAgent(m *match) bool {
	if sc.reducedRelative(m) {
		return true
	}
	if !sc.lex.Cue("partsuf", sc.words[m.head].low) || m.head > 0 && sc.lex.Cue("art", sc.words[m.head-1].low) {
		return false // (a noun after its article: "el estado de sitio por 90 días")
	}
	if m.head > 0 && sc.postnominal(m.head-1) {
		return true // "persone catturate", "los detenidos liberados"
	}
	if m.lastLit >= len(sc.words) || !sc.lex.Cue("agent", sc.words[m.lastLit].low) {
		return false
	}
	for k := m.head - 1; k >= 0 && k >= m.head-2; k-- {
		if sc.lex.Cue("perfaux", sc.words[k].low) {
			return false
		}
	}
	return true
}

// postnominal reports whether word k is a noun that a participle after it
// qualifies: an actor or a word after an article, not a function word,
// auxiliary, adverb or punctuation, nor a matched predicate.
func (sc *sentCtx) postnominal(k int) bool {
	w := sc.words[k]
	if w.punct || w.date || sc.predAt[k] != "" || sc.auxWord(w.low) || sc.lex.Cue("perfaux", w.low) ||
		sc.lex.Cue("passaux", w.low) || sc.lex.Cue("advsuf", w.low) || sc.lex.Cue("attrib", w.low) {
		return false
	}
	// a noun: an actor ("persone catturate") or a word after an article
	// ("los puentes ocupados"); not a verb ("mantenían retenidas")
	return sc.inSpan[k] >= 0 || k > 0 && sc.lex.Cue("art", sc.words[k-1].low)
}

// passiveFar reports, in a verb-final clause, a passive auxiliary anywhere
// before the predicate (cue passivefar: "wurden ... getötet").
func (sc *sentCtx) passiveFar(m *match) bool {
	return sc.lex.Cue("order", "verbfinal") &&
		sc.clauseWordBefore(m, func(k int) bool { return sc.lex.Cue("passivefar", sc.words[k].low) }) >= 0
}

// agentOf returns the actor of the agent phrase of m's predicate: after it
// ("attacked by X"), or in a verb-final clause before it ("von Russland
// getötet").
func (sc *sentCtx) agentOf(m *match) []int {
	if ag := sc.agentAfter(m.lastLit, 6); ag != nil {
		return ag
	}
	for k := m.head + 1; k+1 < m.lastLit; k++ {
		// inside a pattern that names its noun first, the verb last:
		// "Hilfsgüter wurden vom Welternährungsprogramm ... geliefert"
		if q := sc.skipArticles(k + 1); sc.lex.Cue("agent", sc.words[k].low) && q < m.lastLit && sc.spanAt[q] >= 0 && sc.actorSpan(sc.spanAt[q]) {
			return sc.groupFrom(sc.spans[sc.spanAt[q]].group, q)
		}
	}
	if !sc.lex.Cue("order", "verbfinal") {
		return nil
	}
	actorAfter := func(k int) int { // the actor span right after word k, or -1
		if q := sc.skipArticles(k + 1); q < m.head && sc.spanAt[q] >= 0 && sc.actorSpan(sc.spanAt[q]) {
			return sc.spanAt[q]
		}
		return -1
	}
	k := sc.clauseWordBefore(m, func(k int) bool { return sc.lex.Cue("agent", sc.words[k].low) && actorAfter(k) >= 0 })
	if k < 0 {
		return nil
	}
	j := actorAfter(k)
	if n := sc.namedInGenitive(j); n >= 0 {
		j = n
	}
	return sc.groupFrom(sc.spans[j].group, sc.spans[j].w0)
}

// clauseWordBefore returns the nearest word before m's predicate, within its
// clause, for which ok holds, or -1.
func (sc *sentCtx) clauseWordBefore(m *match, ok func(k int) bool) int {
	for k := m.head - 1; k >= 0; k-- {
		w := sc.words[k]
		if sc.breaksClause(w) {
			return -1
		}
		if ok(k) {
			return k
		}
	}
	return -1
}

// agentAfter returns the actor of an agent phrase ("by X", "da X") that
// starts within reach words of word from, with no clause punctuation before.
func (sc *sentCtx) agentAfter(from, reach int) []int {
	end := from + reach
	for k := from; k < len(sc.words) && k < end; k++ {
		w := sc.words[k]
		if w.punct && !softPunct(w.low) {
			return nil
		}
		if k > from && sc.lex.Cue("partsuf", w.low) && sc.lex.Cue("art", sc.words[k-1].low) && !w.date {
			return nil // another noun's agent: "amnistía para los encausados por el proceso" (not "el sábado")
		}
		if sc.lex.Cue("agent", w.low) {
			for q := k + 1; q < len(sc.words) && q <= k+4; q++ {
				if j := sc.spanAt[q]; j >= 0 && sc.actorSpan(j) {
					if n := sc.namedInGenitive(j); n >= 0 {
						j = n // "von Kämpfern der Terrormiliz Boko Haram": the group
					}
					return sc.groupFrom(sc.spans[j].group, sc.spans[j].w0)
				}
				if sc.words[q].punct {
					break
				}
			}
			return nil
		}
		if j := sc.inSpan[k]; j >= 0 && sc.spans[j].generic && k == from+1 && sc.lex.Cue("gen", sc.words[from].low) {
			k = sc.spans[j].w1 - 1 // the victims in the genitive: "killings of civilians by soldiers"
			continue
		}
		if q := sc.skipArticles(k + 1); sc.lex.Cue("target", w.low) && q < len(sc.words) && sc.spanAt[q] >= 0 && !sc.lex.Cue("agent", w.low) {
			k = sc.spans[sc.spanAt[q]].w1 - 1 // the recipient first: "were delivered to Ukraine by Germany"
			continue
		}
		if q := sc.skipArticles(k + 1); sc.lex.Cue("gen", w.low) && q < len(sc.words) && sc.spanAt[q] >= 0 &&
			(sc.spans[sc.spanAt[q]].etype == "LOCATION" || sc.spans[sc.spanAt[q]].etype == "COUNTRY") {
			// a place in the genitive of the object, counted for nothing:
			// "l'attaque d'un village du nord du Burkina Faso par"
			end += sc.spans[sc.spanAt[q]].w1 - k
			k = sc.spans[sc.spanAt[q]].w1 - 1
			continue
		}
		if q := sc.skipArticles(k + 1); sc.lex.Cue("target", w.low) && q+1 < len(sc.words) && sc.spanAt[q] < 0 && !sc.words[q].punct && sc.lex.Cue("agent", sc.words[q+1].low) {
			k = q // a time or place phrase of one noun before the agent: "arrestati all'alba dalla polizia"
			continue
		}
		if sc.inSpan[k] >= 0 || sc.lex.Cue("target", w.low) || sc.lex.Cue("clause", w.low) {
			return nil
		}
	}
	return nil
}

// agentOfObject returns, for a verbal predicate, the agent of its object
// ("condemned an attack by X", "welcomed the decision by X"): X is the one
// the predicate is about.
func (sc *sentCtx) agentOfObject(m *match, src []int) []int {
	from := max(m.lastLit, m.w1)
	k := sc.skipArticles(from)
	if k < len(sc.words) && k+1 < len(sc.words) && sc.lex.Cue("possible", sc.words[k].low) && sc.predicateWord(k+1) {
		k++ // "investigating alleged killings by X"
	}
	if k >= len(sc.words) {
		return nil
	}
	if k == from && !sc.predicateWord(k) {
		switch {
		case from > 0 && sc.lex.Cue("proposal", sc.words[from-1].low):
			k = from - 1 // the pattern ends with its object: "accepted the proposal presented by Egypt"
		case from > 0 && sc.lex.Cue("target", sc.words[from-1].low):
			// the pattern ends with its preposition and article: "sostegno
			// al piano proposto dall'Unione africana"
		default:
			return nil // no article nor predicate noun: no noun phrase object
		}
	}
	g := sc.agentAfter(k+1, 7) // ("la proposta di tregua di trenta giorni avanzata da Kiev")
	if g == nil && sc.predicateWord(k) && k+1 < len(sc.words) && sc.lex.Cue("gen", sc.words[k+1].low) {
		// an event noun's genitive: "vetoed the sanctions of the EU"
		if q := sc.skipArticles(k + 2); q < len(sc.words) {
			if j := sc.spanAt[q]; j >= 0 && sc.actorSpan(j) && sc.spans[j].kind != "adjective" {
				g = sc.groupFrom(sc.spans[j].group, q)
			}
		}
	}
	if g == nil || contains(src, g[0]) {
		return nil
	}
	return g
}

// placePhrase reports whether span j is a place phrase: a country or place
// after a locative preposition that follows a noun ("the situation in
// Syria", "ситуацию в Сирии"), not the verb's own complement.
func (sc *sentCtx) placePhrase(j int) bool {
	k := sc.skipArticlesBack(sc.spans[j].w0 - 1)
	if k < 1 || !sc.lex.Cue("loc", sc.words[k].low) {
		return false
	}
	prev := sc.words[k-1]
	return !prev.punct && sc.predAt[k-1] == "" && !sc.functionWord(prev.low) && sc.inSpan[k-1] < 0
}

// location is the span of the place the sentence says the event happened:
// a LOCATION, or a country after a locative preposition, that is not an
// argument; the one nearest the predicate. -1 when none.
func (sc *sentCtx) location(m *match, src, tgt []int) int {
	best, bd := -1, 1<<30
	for j, sp := range sc.spans {
		if contains(src, j) || contains(tgt, j) && sp.etype != "LOCATION" {
			continue // (a place struck is where it happened too)
		}
		if sp.etype != "LOCATION" {
			if sp.etype != "COUNTRY" || sp.kind == "adjective" {
				continue
			}
			k := sc.skipArticlesBack(sp.w0 - 1)
			if k < 0 || !sc.lex.Cue("loc", sc.words[k].low) {
				continue
			}
		}
		if sc.otherPredicateBetween(m, sp) {
			continue // "sanzioni contro l'Iran per il sostegno a Mosca": the support's place
		}
		d := sp.w0 - m.head
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = j, d
		}
	}
	return best
}

// otherPredicateBetween reports whether a word of another predicate stands
// between the predicate of m and span sp: the place belongs to that one.
func (sc *sentCtx) otherPredicateBetween(m *match, sp span) bool {
	a, b := sp.w1, m.head // a place before the predicate
	if sp.w0 >= m.head {
		a, b = max(m.lastLit, m.w1), sp.w0
	}
	for k := a; k < b; k++ {
		if sc.predAt[k] == "" || k >= m.head && k < m.lastLit || sc.govAt[k] >= m.head && sc.govAt[k] < m.lastLit {
			continue // (not m's own object: "condemned the visit, … in Paris")
		}
		if q := sc.skipArticlesBack(k - 1); q >= 0 && sc.lex.Cue("during", sc.words[q].low) {
			continue // a setting shared by both: "durante la visita a Kiev"
		}
		return true
	}
	return false
}

// skipArticlesBack returns the first word at or before k that is not an
// article (-1 when none).
func (sc *sentCtx) skipArticlesBack(k int) int {
	for k >= 0 && sc.lex.Cue("art", sc.words[k].low) {
		k--
	}
	return k
}

// fallbackTarget is the nearest other actor before the predicate (inside a
// prepositional phrase or an insertion), when the object side names none.
func (sc *sentCtx) fallbackTarget(m *match, src []int, loc int) []int {
	best, bd := -1, 1<<30
	for j, sp := range sc.spans {
		if !sc.actorSpan(j) || contains(src, j) || j == loc || sp.generic || sp.w1 > m.head || sc.genModifier(j) {
			continue
		}
		if sameActor(sp.actor, sc.spans[src[0]].actor) || sc.modifiesSource(j, src) || sp.w1 <= sc.spans[src[0]].w0 && !sc.inParens(sp.w0, m.head) && sc.governs(sp.w1, sc.spans[src[0]].w0) {
			continue
		}
		if sp.w1 < len(sc.words) && sc.lex.Cue("attrib", sc.words[sp.w1].low) {
			continue // the speaker of a report: "Stoltenberg indicated that the Alliance would ..."
		}
		if s0 := sc.spans[src[0]].w0; sp.w1 <= s0 && sc.commaCoord(sp.w1, s0) {
			continue // an earlier clause's: "marcharon contra el Congreso, y la policía los dispersó"
		}
		if sp.w1 <= m.head && sc.predicateAfter(j) && sc.subjectNP(sp.w0) {
			continue // the subject of a verb of its own: "Agentes antidisturbios cargaron contra los manifestantes concentrados"
		}
		if sc.quote[sp.w0] != sc.quote[m.head] || sc.inRelativeAside(j, m.head) {
			continue // another quotation, or a relative aside: "Obasanjo, who led Nigeria, praised"
		}
		d := sp.w0 - m.head
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = j, d
		}
	}
	if best < 0 {
		return nil
	}
	return []int{best}
}

// governs reports whether a predicate of the lexicon lies in words [a, b):
// an actor before it belongs to that clause ("Russia accused Ukraine of
// staging the attack": Russia is not the attack's target).
func (sc *sentCtx) governs(a, b int) bool {
	for k := a; k < b; k++ {
		if sc.inSpan[k] < 0 && sc.predicateWord(k) {
			return true
		}
	}
	return false
}

// modifiesSource reports whether span j qualifies a source span right
// after it ("il presidente cinese Xi Jinping": "cinese" is Xi's, not a
// target).
func (sc *sentCtx) modifiesSource(j int, src []int) bool {
	for _, s := range src {
		if w0 := sc.spans[s].w0; sc.spans[j].w1 <= w0 && sc.onlyLinkers(sc.spans[j].w1, w0, 1, false) {
			return true
		}
	}
	return false
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// evidence is the byte span of the match widened to its arguments when they
// are close.
func (sc *sentCtx) evidence(m *match, src, tgt []int) (int, int) {
	w0, w1 := m.head, max(m.lastLit, m.w1)
	widen := func(g []int) {
		for _, j := range g {
			sp := sc.spans[j]
			if sp.kind == "zero" {
				continue // an unsaid subject has no words
			}
			if sp.w0 >= w0-12 && sp.w1 <= w1+12 {
				w0, w1 = min(w0, sp.w0), max(w1, sp.w1)
			}
		}
	}
	widen(src)
	widen(tgt)
	return sc.words[w0].start, sc.words[w1-1].end
}

// date is an explicit date inside the evidence, else the sentence's
// reference date, else the document date.
func (sc *sentCtx) date(start, end int) string {
	for _, d := range sc.a.Dates {
		if d.Start >= start && d.End <= end && d.Type == "DATE" && d.Value != "" {
			return d.Value
		}
	}
	if r := sc.a.Sentences[sc.si].RefDate; r != "" {
		return r
	}
	return sc.a.Date
}

// after reports whether date a begins after date b ends (both YYYY,
// YYYY-MM or YYYY-MM-DD); false when either is unknown.
func after(a, b string) bool {
	af, _, ok1 := vedetta.DateBounds(a)
	_, bl, ok2 := vedetta.DateBounds(b)
	return ok1 && ok2 && af.After(bl)
}

// literalAt reports whether word k is matched by an exact word of m's
// pattern ("could \"not\" agree").
// sourceActor reports whether span j is one of the source spans or names
// the same actor as one ("inviare una forza di pace della CSTO": the CSTO's
// own force).
func (sc *sentCtx) sourceActor(src []int, j int) bool {
	for _, k := range src {
		if k == j || sameActor(sc.spans[k].actor, sc.spans[j].actor) {
			return true
		}
	}
	return false
}

// reducedRelative reports whether the predicate of m is a past participle
// after its noun (English, or a Romance participle alone), with no object of its own ("the man accused of
// spying", "two journalists killed in Gaza", "people arrested after the
// march"): a passive, whose agent is unsaid unless "by" follows. Past tense
// and participle share the form, so this holds only for acts that take an
// object (ASSAULT, COERCE, ACCUSE, SANCTION), when no auxiliary comes before
// and a preposition or punctuation right after.
func (sc *sentCtx) reducedRelative(m *match) bool {
	h := m.head
	if h == 0 || h+1 >= len(sc.words) {
		return false
	}
	// A Romance participle is no past tense: right after a noun or its
	// adjective it qualifies it ("un ressortissant français détenu depuis
	// deux ans", "los periodistas detenidos").
	romance := sc.lex.Cue("order", "postadj") && sc.lex.Cue("partsuf", sc.words[h].low)
	if !romance && !sc.lex.Cue("edpart", sc.words[h].low) {
		return false
	}
	switch m.p.Type {
	case "ASSAULT", "COERCE", "ACCUSE", "SANCTION":
	default:
		return false
	}
	if p := sc.words[h-1]; p.punct || sc.lex.Cue("passaux", p.low) || sc.lex.Cue("perfaux", p.low) || sc.lex.Cue("passive", p.low) ||
		sc.lex.Cue("neg", p.low) || sc.lex.Cue("advsuf", p.low) {
		return false
	}
	if romance {
		// an actor or its adjective right before, or a noun after its
		// article ("deux diplomates accusés"), not a verb ("mantenían
		// retenidas")
		if sc.inSpan[h-1] >= 0 {
			return true
		}
		p := sc.words[h-1]
		q := sc.words[max(h-2, 0)].low
		return h >= 2 && (sc.lex.Cue("art", q) || q[0] >= '0' && q[0] <= '9') && !sc.functionWord(p.low) &&
			!sc.auxWord(p.low) && !sc.lex.Cue("finsuf", p.low)
	}
	nx := sc.words[h+1]
	if j := sc.inSpan[h-1]; j >= 0 && !sc.spans[j].generic {
		// a named actor before it is more often the subject ("Russian
		// forces attacked on Tuesday"), save in "X accused of"
		return sc.lex.Cue("gen", nx.low)
	}
	return nx.punct && !softPunct(nx.low) || sc.lex.Cue("afterpart", nx.low)
}

// patternWord reports whether word k matches one of the word elements of
// m's pattern.
func (sc *sentCtx) patternWord(m *match, k int) bool {
	for _, e := range m.p.Elems {
		if e.kind == elWord && sc.elemMatches(e, sc.words[k]) {
			return true
		}
	}
	return false
}

func (sc *sentCtx) literalAt(m *match, k int) bool {
	for _, e := range m.p.Elems {
		for _, a := range e.alts {
			if e.kind == elWord && a.kind == altExact && a.s == sc.words[k].low {
				return true
			}
		}
	}
	return false
}

// punctBetween reports clause punctuation among words [a, b).
func (sc *sentCtx) punctBetween(a, b int) bool {
	for k := a; k < b; k++ {
		w := sc.words[k]
		if w.punct && !softPunct(w.low) && w.low != "(" && w.low != ")" {
			return true
		}
	}
	return false
}

// stateLevel reports whether an actor is a state or a state body (a
// government, its forces and officials).
func stateLevel(a *vedetta.Actor) bool {
	switch a.Sector {
	case "GOV", "MIL", "COP", "JUD", "LEG":
		return true
	case "":
		return a.Country != "" && a.ID == a.Country
	}
	return false
}

// politician reports whether actor a is a named person of no armed sector,
// or (parties too) a political party, camp, opposition or parliament.
func politician(a *vedetta.Actor, parties bool) bool {
	switch a.Sector {
	case "MIL", "COP", "REB", "INS", "CRM", "SPY", "UAF", "SEP":
		return false
	case "OPP", "PTY", "LEG":
		return parties || strings.HasPrefix(a.ID, "per:")
	}
	return strings.HasPrefix(a.ID, "per:")
}

// official reports whether span j is an actor whose protest is diplomatic
// or verbal: a state or state body, an international organisation or a
// named person (not a generic agent, not a crowd).
func (sc *sentCtx) official(j int) bool {
	sp := sc.spans[j]
	if sp.kind == "adjective" { // "Nicaragüenses protestan": people
		return false
	}
	if sp.generic { // "la policía", "el gobierno" are the state; "la gente" is not
		return stateLevel(&sp.actor)
	}
	return sp.etype == "PERSON" || sp.actor.Sector == "IGO" || stateLevel(&sp.actor)
}

// withoutBystanders drops from spans the generic journalists and refugees
// (bystanders), who are the targets of events and not their actors; nil
// when none is left. Spans with none of them come back as they are.
func (sc *sentCtx) withoutBystanders(spans []int) []int {
	isBy := func(j int) bool { return sc.spans[j].generic && bystander(sc.spans[j].actor.Sector) }
	k := 0
	for k < len(spans) && !isBy(spans[k]) {
		k++
	}
	if k == len(spans) {
		return spans
	}
	out := append([]int(nil), spans[:k]...)
	for _, j := range spans[k+1:] {
		if !isBy(j) {
			out = append(out, j)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// bystander reports whether sector s is one of people events happen to
// rather than actors: journalists and refugees or migrants (JRN, REF).
func bystander(s string) bool { return s == "JRN" || s == "REF" }

// auxPassive reports whether the predicate of m follows a passive
// auxiliary ("were detained", "sono stati arrestati"), not a participle
// describing a noun ("le persone catturate").
func (sc *sentCtx) auxPassive(m *match) bool {
	for k := m.head - 1; k >= 0 && k >= m.head-3; k-- {
		if sc.lex.Cue("passaux", sc.words[k].low) || sc.lex.Cue("passive", sc.words[k].low) {
			return true
		}
		if sc.words[k].punct || sc.inSpan[k] >= 0 {
			return false
		}
	}
	return false
}

// stateActor fills the unsaid agent of an arrest with the authorities of
// the state it happens in (the place's country, for a deportation the
// country named right after it, else the target's, else the document's),
// and reports whether it found one.
func (sc *sentCtx) stateActor(e *vedetta.Event, loc int, m *match) bool {
	country := ""
	if loc >= 0 {
		country = sc.spans[loc].actor.Country
	}
	if e.Mode == "deport" {
		// expelled from a country: that country expels ("expulsé
		// d'Algérie")
		for _, sp := range sc.spans {
			if sp.w0 >= m.lastLit && sp.w0 <= m.lastLit+3 && (sp.etype == "COUNTRY" || sp.etype == "LOCATION") && sp.actor.Country != "" &&
				(e.Target == nil || sp.actor.Country != e.Target.Country) && !sc.clauseBreak(m.lastLit, sp.w0) {
				country = sp.actor.Country
				break
			}
		}
	}
	if country == "" && e.Target != nil && (e.Target.ID == "" || e.Type == "SANCTION") {
		country = e.Target.Country // (a person convicted: by the courts of their country)
	}
	if country == "" && sc.home != nil {
		country = actorCountry(sc.home)
	}
	if country == "" {
		return false
	}
	e.Source = &vedetta.Actor{Name: "authorities", Country: country, Sector: "GOV"}
	return true
}

// protestedAgainst returns the actor a protest is against when the clause
// says so further on than its object: after a word of opposition (cue
// against) and at most a noun phrase of five words ("bloquearon carreteras
// en protesta contra la política agrícola de la UE"), not one of the
// protesters; -1 when none.
func (sc *sentCtx) protestedAgainst(m *match, src []int) int {
	from := max(m.lastLit, m.w1)
	for k := from; k < len(sc.words) && k < from+10; k++ {
		w := sc.words[k]
		if w.punct && !softPunct(w.low) || sc.lex.Cue("clause", w.low) {
			return -1
		}
		if !sc.lex.Cue("against", w.low) {
			continue
		}
		for q := k + 1; q < len(sc.words) && q <= k+6; q++ {
			if sc.words[q].punct || sc.lex.Cue("clause", sc.words[q].low) {
				return -1
			}
			if j := sc.spanAt[q]; j >= 0 && sc.actorSpan(j) && !contains(src, j) &&
				(!sc.spans[j].generic || q == sc.skipArticles(k+1)) { // (a generic one only as the head: not "la legge sugli agenti stranieri")
				return j
			}
		}
		return -1
	}
	return -1
}

// protestActors fills the actors a protest leaves unsaid: the protesters of
// the country where it happens (the location, else the document's home
// country) and, as target, that country's government. A state actor found
// as the source of a protest noun ("Tokayev said the protests were
// orchestrated") is what the protest is against. It reports whether the
// event stands (it always does: unnamed protesters are still protesters).
func (sc *sentCtx) protestActors(e *vedetta.Event, loc int) bool {
	country := ""
	if loc >= 0 {
		country = sc.spans[loc].actor.Country
	}
	if country == "" && sc.home != nil {
		country = actorCountry(sc.home)
	}
	if country == "" && e.Source != nil && !stateLevel(e.Source) {
		country = e.Source.Country // "la Central Obrera Boliviana inició una huelga"
	}
	if e.Source != nil && stateLevel(e.Source) {
		// the state speaking of a protest at home is what it is against;
		// a foreign one is not ("Blinken said Kazakhs may protest")
		if e.Target == nil && (country == "" || e.Source.Country == country) {
			e.Target = e.Source
		}
		e.Source = nil
	}
	if e.Source == nil {
		e.Source = &vedetta.Actor{Name: "protesters", Country: country, Sector: "CVL"}
	} else if e.Source.ID == "" && e.Source.Sector == "CVL" {
		// "thousands of people protested": people who protest are protesters
		src := *e.Source
		src.Name = "protesters"
		e.Source = &src
	}
	if e.Target == nil && country != "" {
		e.Target = &vedetta.Actor{Name: "government", Country: country, Sector: "GOV"}
	} else if e.Target != nil && e.Target.ID == "" && e.Target.Country == "" && country != "" {
		t := *e.Target // "gegen die Sparpolitik der Regierung" in Athens: Greece's
		t.Country = country
		e.Target = &t
	}
	return true
}

// truceable reports whether an event of type t in this sentence may take
// its parties from the fighting the document reports: an agreement,
// concession or retreat in a sentence about a truce or ceasefire.
func (sc *sentCtx) truceable(t string) bool {
	if t != "AGREE" && t != "CONCEDE" && t != "RETREAT" {
		return false
	}
	if sc.truce == 0 {
		sc.truce = -1
		for _, w := range sc.words {
			if sc.lex.Cue("truce", w.low) {
				sc.truce = 1
				break
			}
		}
	}
	return sc.truce > 0
}

// truceParties gives truce events with unsaid parties the two sides of the
// fighting the document reports most (its ASSAULT dyads): with no source,
// both sides act on each other; a source that is one side acts on the
// other. Others keep what they have, and an event with no source and no
// fighting to draw from is dropped.
func truceParties(evs, pending []vedetta.Event) []vedetta.Event {
	if len(pending) == 0 {
		return nil
	}
	type dyad struct {
		a, b vedetta.Actor
		n    int
	}
	var ds []*dyad
	at := map[string]*dyad{}
	for _, e := range evs {
		if e.Type != "ASSAULT" || e.Source == nil || e.Target == nil || e.Negated {
			continue
		}
		ka, kb := actorKey(*e.Source), actorKey(*e.Target)
		if ka == kb {
			continue
		}
		k := ka + "\x00" + kb
		if kb < ka {
			k = kb + "\x00" + ka
		}
		d := at[k]
		if d == nil {
			d = &dyad{a: *e.Source, b: *e.Target}
			at[k] = d
			ds = append(ds, d)
		}
		d.n++
	}
	var fight *dyad
	for _, d := range ds {
		if fight == nil || d.n > fight.n {
			fight = d
		}
	}
	var out []vedetta.Event
	for _, e := range pending {
		switch {
		case fight == nil:
			if e.Source != nil {
				out = append(out, e)
			}
		case e.Source == nil:
			x, y := e, e
			x.Confidence += 0.1 // the parties are known, if unsaid
			y.Confidence = x.Confidence
			a, b := fight.a, fight.b
			x.Source, x.Target = &a, &b
			y.Source, y.Target = &b, &a
			out = append(out, x, y)
		case actorKey(*e.Source) == actorKey(fight.a):
			b := fight.b
			e.Target = &b
			out = append(out, e)
		case actorKey(*e.Source) == actorKey(fight.b):
			a := fight.a
			e.Target = &a
			out = append(out, e)
		default:
			out = append(out, e)
		}
	}
	return out
}

// jointType reports whether pattern p, with source span j, is an act two
// parties do together when no one else is named: a meeting, an agreement,
// cooperation (also a crowd's gathering that officials hold: "México y
// Guatemala se reunieron").
func (sc *sentCtx) jointType(p *Pattern, j int) bool {
	t := p.Type
	if p.Official != "" && sc.official(j) {
		t = p.Official
	}
	return t == "CONSULT" || t == "AGREE" || t == "COOPERATE"
}

// partOfAnother reports whether m is only part of another act of its clause,
// not an event of its own. A demand or a refusal that states what an earlier
// protest of the sentence is for ("iniciaron una huelga para
// exigir aumentos", "bloquearon las rutas en rechazo a la reforma",
// "marched demanding his resignation"): PLOVER codes the protest and not
// its topic ("the topic of the protest, which will typically be a REQUEST,
// is not coded as a separate event"). A protest noun that says why an
// earlier act was done ("retiró a su embajador en protesta por",
// "recalled its ambassador in protest at") is that act's motive, not a
// demonstration. A weapon named after an attack is that attack's, and what
// a march carries is no attack.
func (sc *sentCtx) partOfAnother(m *match) bool {
	switch m.p.Type {
	case "REQUEST", "REJECT":
		q := sc.introducedBy(m, "purpose")
		return q >= 0 && (sc.earlierPredicate(q, "PROTEST") || sc.crowdRelative(q)) || sc.protestRelative(m)
	case "ACCUSE":
		return sc.protestRelative(m) // "protestas que denuncian el fraude": the protest's topic
	case "ASSAULT":
		// "mit Drohnen angegriffen", "attacked with drones": the weapon of
		// the clause's attack, not an attack of its own; "marcharon con
		// cartuchos de dinamita": what a protest carries
		if k := sc.skipArticlesBack(m.head - 1); m.p.Mode == "drone" && k >= 0 && sc.lex.Cue("gen", sc.words[k].low) {
			return true // "la produzione congiunta di droni": the things, not an attack
		}
		q := sc.instrumentWord(m)
		return q >= 0 && (sc.earlierPredicate(q, "ASSAULT") || sc.laterPredicate(m.lastLit, "ASSAULT") || sc.earlierPredicate(q, "PROTEST"))
	case "PROTEST":
		if m.p.Mode != "demo" {
			return false // "en huelga de hambre": on strike, a state
		}
		q := sc.introducedBy(m, "purpose")
		return q >= 0 && q < m.head && sc.earlierPredicate(q, "")
	}
	return false
}

// protestRelative reports whether the predicate of m is the verb of a
// relative clause about a protest ("semanas de manifestaciones que exigían
// su salida", "una marcha en Yakarta que reclamaba la dimisión"): the
// protest's topic, which PLOVER does not code apart.
func (sc *sentCtx) protestRelative(m *match) bool {
	k := m.head - 1
	for k > 0 && k >= m.head-3 && !sc.lex.Cue("rel", sc.words[k].low) {
		if sc.breaksClause(sc.words[k]) {
			return false
		}
		k--
	}
	if k <= 0 || !sc.lex.Cue("rel", sc.words[k].low) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if sc.breaksClause(sc.words[j]) {
			return false
		}
		if sc.predAt[j] == "PROTEST" {
			return true
		}
	}
	return false
}

// crowdRelative reports whether the purpose word q ends a relative clause
// about a crowd or another actor that is no state, body or person: what
// they wanted, a protest's demand, not the main clause's ("desalojaron a los
// campesinos que acampaban frente al Palacio, en demanda de tierras";
// "dispersó a los maestros que intentaban llegar a la plaza para exigir un
// aumento").
func (sc *sentCtx) crowdRelative(q int) bool {
	for k := q - 1; k > 0 && k >= q-20; k-- {
		w := sc.words[k]
		if w.punct && w.low != "," && !softPunct(w.low) {
			return false
		}
		if sc.lex.Cue("rel", w.low) {
			a := k - 1
			if a > 0 && sc.words[a].low == "," {
				a-- // "a unos 500 militantes del movimiento, que se habían concentrado"
			}
			j := sc.inSpan[a]
			return j >= 0 && !sc.official(j)
		}
	}
	return false
}

// introducedBy returns the word of cue class cls that introduces the
// predicate of m: the predicate's own word ("exigiendo") or the word before
// it, past articles (and a comma before that word: "marcharon, exigiendo");
// -1 when none.
func (sc *sentCtx) introducedBy(m *match, cls string) int {
	q := m.head
	if !sc.lex.Cue(cls, sc.words[q].low) {
		q = sc.skipArticlesBack(q - 1)
		if q < 0 || !sc.lex.Cue(cls, sc.words[q].low) {
			return -1
		}
	}
	if q > 0 && sc.words[q-1].low == "," {
		q--
	}
	return q
}

// instrumentWord returns the instrument preposition at most three words
// before the predicate of m, when m is the noun of an instrument phrase
// ("with tear gas", "con gases lacrimógenos", "à coups de gaz lacrymogène"),
// or -1.
func (sc *sentCtx) instrumentWord(m *match) int {
	content := 0 // words between, numbers aside ("mit mehr als 100 Drohnen")
	for k := m.head - 1; k >= 0 && content < 3; k-- {
		w := sc.words[k]
		if !isNumber(w.low) {
			content++
		}
		if w.punct || sc.predAt[k] != "" || sc.inSpan[k] >= 0 {
			return -1
		}
		if sc.lex.Cue("instr", w.low) {
			return k
		}
	}
	return -1
}

// laterPredicate reports whether a predicate of type typ starts at or after
// word q in the same clause.
func (sc *sentCtx) laterPredicate(q int, typ string) bool {
	for k := q; k < len(sc.words); k++ {
		if sc.predAt[k] == typ {
			return !sc.clauseBreak(q, k)
		}
	}
	return false
}

// earlierPredicate reports whether a predicate of type typ (any type for
// "") ends before word q in the same clause, and no verb of another type
// stands between ("marcharon y la policía los dispersó con gases
// lacrimógenos": the dispersal's weapons, not the march's).
func (sc *sentCtx) earlierPredicate(q int, typ string) bool {
	for k := q - 1; k >= 0; k-- {
		if sc.predAt[k] != "" && (typ == "" || sc.predAt[k] == typ) {
			return !sc.clauseBreak(k, q)
		}
		if sc.predAt[k] != "" && sc.verbAt[k] {
			return false
		}
	}
	return false
}

// victimSubject reports whether a verb of dying or being wounded (cue
// victimverb) stands between the subject src and the predicate of m, in
// one clause: the subject suffered the act.
func (sc *sentCtx) victimSubject(src []int, m *match) bool {
	for k := sc.spans[src[len(src)-1]].w1; k < m.head && k < len(sc.words); k++ {
		if sc.breaksClause(sc.words[k]) {
			return false
		}
		if sc.lex.Cue("victimverb", sc.words[k].low) {
			return true
		}
	}
	return false
}

// troopsIn reports whether a word of m's match names troops (cue troops).
func (sc *sentCtx) troopsIn(m *match) bool {
	for k := m.head; k < max(m.w1, m.lastLit) && k < len(sc.words); k++ {
		if sc.lex.Cue("troops", sc.words[k].low) {
			return true
		}
	}
	return false
}

// pastDate returns k, or the word before a date that ends at k and its
// article ("amenazó el jueves con": the word before "el jueves").
func (sc *sentCtx) pastDate(k int) int {
	j := k
	for j >= 0 && sc.words[j].date {
		j--
	}
	if j == k {
		return k
	}
	if j >= 0 && sc.lex.Cue("art", sc.words[j].low) {
		j--
	}
	return max(j, 0)
}

// namedInGenitive returns the named actor in the genitive of generic actor
// span j ("Kämpfer der Terrormiliz Boko Haram", "guerrilleros de las FARC"),
// past articles and one common noun, or -1.
func (sc *sentCtx) namedInGenitive(j int) int {
	if !sc.spans[j].generic {
		return -1
	}
	q := sc.spans[j].w1
	if q >= len(sc.words) || !sc.lex.Cue("gen", sc.words[q].low) {
		return -1
	}
	for k, nouns := q+1, 0; k < len(sc.words) && k <= q+4; k++ {
		if n := sc.spanAt[k]; n >= 0 {
			if !sc.spans[n].generic && sc.actorSpan(n) && sc.spans[n].kind != "adjective" {
				return n
			}
			return -1
		}
		w := sc.words[k]
		if w.punct || sc.inSpan[k] >= 0 {
			return -1
		}
		if !sc.lex.Cue("art", w.low) {
			if nouns++; nouns > 1 {
				return -1
			}
		}
	}
	return -1
}
