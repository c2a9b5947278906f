package event

// flagsBetween reads negation, future and condition markers in words [a, b)
// of one clause; clause punctuation or a clause word ends the reading.
func (sc *sentCtx) flagsBetween(a, b int) (neg, fut, hyp bool) {
	if b-a > 8 {
		return
	}
	for k := a; k < b; k++ {
		w := sc.words[k]
		if sc.breaksClause(w) {
			return false, false, false
		}
		switch {
		case sc.lex.Cue("neg", w.low):
			neg = true
		case sc.lex.Cue("fut", w.low) || sc.lex.Cue("futinf", w.low) && k+1 < len(sc.words) && sc.lex.Cue("inf", sc.words[k+1].low):
			fut = true
		case sc.lex.Cue("cond", w.low) && sc.lex.Cue("futpast", w.low) && sc.reported(b):
			fut = true // "said Ankara would not support": a future in reported speech
		case sc.lex.Cue("cond", w.low):
			hyp = true
		}
	}
	return
}

// flags reads negation, future and hypothesis around the predicate.
func (sc *sentCtx) flags(m *match) (neg, fut, hyp bool) {
	ws := sc.words
	// A conditional of the future in the past ("would", "würde", a
	// conditional verb form) is a future in reported speech; a modal
	// ("could", "potrebbe") stays hypothetical.
	pastFut, modal, other := false, false, false
	for k := m.head - 1; k >= 0 && k >= m.head-3; k-- {
		w := ws[k]
		if w.punct {
			break
		}
		if sc.lex.Cue("neg", w.low) {
			neg = true
		}
		if sc.lex.Cue("fut", w.low) || sc.futureForm(k) ||
			sc.lex.Cue("futinf", w.low) && k+1 < len(ws) && sc.lex.Cue("inf", ws[k+1].low) {
			fut = true
		}
		if sc.lex.Cue("cond", w.low) {
			hyp = true
			if sc.lex.Cue("futpast", w.low) {
				pastFut = true
			} else {
				modal = true
			}
		}
	}
	// Negation after the auxiliary ("ne ... pas", "did not") is within the
	// window; the predicate word itself may carry the future or conditional.
	h := ws[m.head]
	// (not a noun after its article: "son retrait" is no conditional)
	noun := m.head > 0 && sc.lex.Cue("art", ws[m.head-1].low)
	if sc.lex.Cue("futsuf", h.low) && !noun {
		fut = true
	}
	if sc.lex.Cue("condsuf", h.low) && !noun {
		hyp, pastFut = true, true
	}
	if k := sc.skipArticlesBack(m.head - 1); k >= 0 && sc.lex.Cue("possible", ws[k].low) {
		hyp, other = true, true // "a possible ceasefire"
	} else if sc.without(k) || k > 0 && sc.lex.Cue("infsuf", ws[k].low) && sc.without(k-1) {
		neg = true // "ended without clashes"; "sin disparar un tiro": its verb
	}
	for k := m.head; k < max(m.lastLit, h.particle); k++ {
		if sc.lex.Cue("neg", ws[k].low) && !sc.literalAt(m, k) {
			neg = true // not the pattern's own "not": "could not agree" is a refusal
		}
	}
	// (up to the verb's separable particle: "trat nicht zurück")
	// A verb of refraining or a noun of fear shortly before, in the same
	// clause: "se abstuvieron de arrestarlos", "for fear of an attack".
	for k := m.head - 1; k >= 0 && k >= m.head-6; k-- {
		w := ws[k]
		if w.punct || sc.lex.Cue("clause", w.low) {
			break
		}
		if sc.lex.Cue("refrain", w.low) {
			neg = true
		}
		if sc.lex.Cue("fear", w.low) && k >= m.head-4 {
			hyp, other = true, true
		}
	}
	// A conditional clause before the predicate in the same sentence part.
	for k := m.head - 1; k >= 0 && k >= m.head-12; k-- {
		w := ws[k]
		if w.low == ";" || w.low == ":" {
			break
		}
		if sc.lex.Cue("hyp", w.low) || sc.lex.Cue("hypel", w.low) && k+1 < len(ws) && sc.lex.Cue("hypelnext", ws[k+1].low) {
			hyp, other = true, true // (an elided "si" only before its pronoun: "s'il", not "s'est")
			break
		}
	}
	if hyp && pastFut && !modal && !other && sc.reported(m.head) {
		hyp, fut = false, true // "said it would send"
	}
	if !fut && !hyp && sc.purposeOfFuture(m) {
		fut = true // "viajará a Pekín para reunirse con Xi": the meeting is to come
	}
	return neg, fut, hyp
}

// purposeOfFuture reports whether the predicate of m is the purpose of a
// verb in the future before it, in its clause: a purpose word right before
// the predicate ("para", "per", "to", "um"), and a future word or form
// within eight words before that.
func (sc *sentCtx) purposeOfFuture(m *match) bool {
	q := m.head - 1
	if q < 1 || !sc.lex.Cue("purpose", sc.words[q].low) || sc.words[q].low == sc.words[m.head].low {
		return false
	}
	for k := q - 1; k >= 0 && k >= q-8; k-- {
		w := sc.words[k]
		if sc.breaksClause(w) {
			return false
		}
		if sc.lex.Cue("fut", w.low) || sc.futureForm(k) && !sc.nounAfterArticle(k) {
			return true
		}
	}
	return false
}

// reported reports whether a verb of saying (cue attrib) comes before word h
// in the sentence, no semicolon or colon between: h is in reported speech.
func (sc *sentCtx) reported(h int) bool {
	for k := h - 1; k >= 0 && k >= h-15; k-- {
		switch w := sc.words[k].low; {
		case w == ";" || w == ":":
			return false
		case sc.lex.Cue("attrib", w):
			return true
		}
	}
	return false
}

// ongoing reports whether a verb of continuing (cue ongoing) stands within
// four words before word h, in its clause: "continuerà a consultarsi".
func (sc *sentCtx) ongoing(h int) bool {
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		w := sc.words[k]
		if w.punct || sc.lex.Cue("clause", w.low) {
			return false
		}
		if sc.lex.Cue("ongoing", w.low) {
			return true
		}
	}
	return false
}

// futureForm reports whether word k has a future ending (cue futsuf) and is
// no name: "Teherán" ends like "harán".
func (sc *sentCtx) futureForm(k int) bool {
	w := sc.words[k]
	return sc.lex.Cue("futsuf", w.low) && !w.upper && sc.inSpan[k] < 0
}

// without reports whether word k is a "without" ("sin", "senza", "ohne"):
// the predicate right after it did not happen.
func (sc *sentCtx) without(k int) bool {
	return k >= 0 && sc.lex.Cue("without", sc.words[k].low)
}
