package event

import (
	"sort"
	"strings"
)

const slotSkip = 6 // words a slot may skip before its actor

// matches finds the pattern occurrences of the sentence, keeping the most
// specific one where literal words overlap.
func (sc *sentCtx) matches() []match {
	ix := sc.c.index[sc.lex.Lang]
	var all []match
	agentOnly := false
	try := func(p *Pattern, i int) {
		if agentOnly && p.literal < 2 {
			return
		}
		m := match{p: p, head: i, w0: i}
		if sc.matchElems(p, 0, i, &m) {
			all = append(all, m)
		}
	}
	for i, w := range sc.words {
		if w.punct || w.date {
			continue // a predicate does not start in a date ("9 March")
		}
		// A predicate does not start inside a name ("Forze di supporto
		// rapido" is not SUPPORT); generic agents and adjectives may be.
		if j := sc.inSpan[i]; j >= 0 && !sc.spans[j].generic && sc.spans[j].kind != "adjective" {
			continue
		}
		// A noun naming actors ("manifestantes", "protestantes") shares
		// its stem with the event but is none, unless a longer phrase
		// says so.
		agentOnly = sc.lex.Cue("actornoun", w.low)
		// A function word ("para", stemmed like "paro") starts a pattern
		// only when the pattern names it exactly ("a" petición).
		if w.caps {
			// capitals without accents: every pattern, matched accent-free
			for _, p := range sc.lex.Patterns {
				if p.Elems[0].kind == elWord && sc.elemMatches(p.Elems[0], w) {
					try(p, i)
				}
			}
			continue
		}
		stemOK := len(ix.byStem[w.stem]) == 0 || !sc.functionWord(w.low)
		for _, p := range ix.byStem[w.stem] {
			if stemOK {
				try(p, i)
			}
		}
		if w.stem2 != "" && w.stem2 != w.stem {
			for _, p := range ix.byStem[w.stem2] {
				try(p, i)
			}
		}
		for _, p := range ix.byExact[w.low] {
			try(p, i)
		}
		for _, p := range ix.other {
			if sc.elemMatches(p.Elems[0], w) {
				try(p, i)
			}
		}
	}
	if len(all) < 2 {
		return all
	}
	all = requestedObjects(all)
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.p.literal != b.p.literal {
			return a.p.literal > b.p.literal
		}
		if a.lastLit-a.head != b.lastLit-b.head {
			return a.lastLit-a.head > b.lastLit-b.head
		}
		if a.head != b.head {
			return a.head < b.head // the leftmost: "pidió perdón | a", not "pidió | perdón a"
		}
		return a.p.Line < b.p.Line
	})
	taken := make([]bool, len(sc.words))
	out := all[:0]
	for _, m := range all {
		free := true
		for k := m.head; k < m.lastLit; k++ {
			if taken[k] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := m.head; k < m.lastLit; k++ {
			taken[k] = true
		}
		if m.p.Type != NoEvent { // (a phrase that is no event keeps its words, and is no predicate)
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].head < out[j].head })
	// A predicate noun right after a match of its type is that match's
	// object, the same act: "выделил … транш кредита", "sent aid
	// deliveries".
	kept := out[:0]
	for _, m := range out {
		if len(kept) > 0 {
			o := kept[len(kept)-1]
			if o.p.Type == m.p.Type && m.head == o.lastLit && o.lastLit > o.head+1 {
				continue
			}
		}
		kept = append(kept, m)
	}
	return kept
}

// requestedObjects drops a match that starts on the last word of a request
// or a threat with as many literal words: that word is what is asked for or
// threatened ("demanded the release of the hostages" is a request, not a
// release), which the request keeps.
func requestedObjects(all []match) []match {
	out := make([]match, 0, len(all))
	for i, b := range all {
		asked := false
		for j, a := range all {
			if j != i && (a.p.Type == "REQUEST" || a.p.Type == "THREATEN") && b.p.Type != a.p.Type &&
				b.head == a.lastLit-1 && a.head < b.head && b.p.literal <= a.p.literal {
				asked = true
				break
			}
		}
		if !asked {
			out = append(out, b)
		}
	}
	return out
}

// functionWord reports whether w is an article, preposition, conjunction
// or clause word of the language.
func (sc *sentCtx) functionWord(w string) bool {
	for _, c := range [...]string{"art", "prep", "target", "gen", "agent", "loc", "coord", "clause", "inf"} {
		if sc.lex.Cue(c, w) {
			return true
		}
	}
	return false
}

func (sc *sentCtx) elemMatches(e elem, w word) bool {
	if w.punct {
		return false
	}
	for _, a := range e.alts {
		switch a.kind {
		case altStem:
			if w.stem == a.s || (w.stem2 != "" && w.stem2 == a.s) || w.caps && capsStem(w.fold, a.fold) {
				return true
			}
		case altExact:
			if w.low == a.s || w.caps && w.fold == a.fold {
				return true
			}
		case altPrefix:
			if strings.HasPrefix(w.low, a.s) || w.caps && strings.HasPrefix(w.fold, a.fold) {
				return true
			}
		case altClass:
			if sc.lex.Cue(a.s, w.low) {
				return true
			}
		}
	}
	return false
}

// capsStem reports whether a word written in capitals, accents dropped
// (folded form w), has the stem st (folded): the stemmer does not undo
// endings written without their accent ("PARALIZACION"), so the word need
// only start with a stem of four letters or more and end within five.
func capsStem(w, st string) bool {
	return len(st) >= 4 && strings.HasPrefix(w, st) && len(w)-len(st) <= 5
}

// matchElems matches p.Elems[ei:] at word wi, recording in m the end, the
// last literal word and the slot fillers of the first success.
func (sc *sentCtx) matchElems(p *Pattern, ei, wi int, m *match) bool {
	if ei == len(p.Elems) {
		m.w1 = wi
		return true
	}
	e := p.Elems[ei]
	switch e.kind {
	case elGap:
		for k := 0; k <= e.n && wi+k <= len(sc.words); k++ {
			if k > 0 {
				w := sc.words[wi+k-1]
				if w.punct && !softPunct(w.low) {
					break
				}
			}
			if sc.matchElems(p, ei+1, wi+k, m) {
				return true
			}
		}
		return false
	case elNot:
		if wi < len(sc.words) && sc.elemMatches(elem{kind: elWord, alts: e.alts}, sc.words[wi]) {
			return false
		}
		return sc.matchElems(p, ei+1, wi, m)
	case elSlotS, elSlotT, elSlotR:
		g, end := sc.slotAt(wi, e.kind, placeTarget(p))
		if g < 0 {
			return false
		}
		if !sc.matchElems(p, ei+1, end, m) {
			return false
		}
		k := int(e.kind - elSlotS)
		m.slots[k] = sc.groupFrom(g, wi)
		m.slotSeen[k] = true
		return true
	}
	if wi >= len(sc.words) || !sc.elemMatches(e, sc.words[wi]) {
		return false
	}
	if !sc.matchElems(p, ei+1, wi+1, m) {
		return false
	}
	if wi+1 > m.lastLit {
		m.lastLit = wi + 1
	}
	return true
}

// softPunct is punctuation a gap may cross: quotes and hyphens.
func softPunct(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„", "-", "'", "’", "$", "€", "£", "%", "/", "&":
		return true // quotes, hyphens and symbols that do not break a clause
	}
	return false
}

// placeTarget reports whether the target slot of p may be a place of a
// country: a capital is the state a visit goes to or an envoy is recalled
// from, and a place is what an attack strikes.
func placeTarget(p *Pattern) bool {
	return p.Mode == "visit" || p.Type == "SANCTION" && p.Mode == "withdraw" || p.Type == "ASSAULT"
}

// slotAt finds the first actor group starting within slotSkip words of wi
// (no punctuation before it). recip wants two or more coordinated actors.
// It returns the group id and the word after the group, or -1.
func (sc *sentCtx) slotAt(wi int, kind elemKind, place bool) (int, int) {
	recip := kind == elSlotR
	for k := wi; k < len(sc.words) && k <= wi+slotSkip; k++ {
		// a visit's (or a recall's) target may be a place of a country
		// ("arrivato a Mosca", "recalled its ambassador from Madrid")
		if j := sc.spanAt[k]; j >= 0 && (sc.spans[j].etype != "LOCATION" || place && kind == elSlotT && sc.spans[j].actor.Country != "") {
			g := sc.spans[j].group
			mem := sc.groupFrom(g, k)
			if recip && len(mem) < 2 {
				continue // a lone actor heading the coordination's noun phrase
			}
			last := sc.spans[mem[len(mem)-1]]
			return g, last.w1
		}
		w := sc.words[k]
		if w.punct && !softPunct(w.low) && w.low != "(" {
			return -1, 0
		}
	}
	return -1, 0
}

// groupFrom returns the members of group g starting at or after word wi.
func (sc *sentCtx) groupFrom(g, wi int) []int {
	var out []int
	for _, j := range sc.groups[g] {
		if sc.spans[j].w0 >= wi {
			out = append(out, j)
		}
	}
	return out
}
