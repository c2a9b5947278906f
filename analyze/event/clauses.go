package event

// subordinate reports whether the predicate at word h is told by a
// subordinate clause of its sentence rather than by the main clause:
//   - a relative clause: a relative word right after a comma or an actor,
//     with no punctuation between it and h ("Berlusconi, que movilizó",
//     "el CGH que lideró un paro");
//   - a clause or phrase fronted before the sentence's first comma and
//     opened by a background-time or conditional word ("Pocas horas
//     después de anunciarse que el FMI otorgó un préstamo, …", "Si la
//     huelga continúa, …"), after any dateline ("PARIS (AFP) -");
//   - a participle set off by commas ("los familiares, apoyados por
//     pandilleros, protestaron").
//
// Such events are background to what the sentence reports.
func (sc *sentCtx) subordinate(h int) bool {
	ws := sc.words
	if h <= 0 || h >= len(ws) {
		return false
	}
	for k := h - 1; k > 0; k-- {
		w := ws[k]
		if w.punct && !softPunct(w.low) {
			break
		}
		if sc.lex.Cue("rel", w.low) {
			// (or after a name the entities missed: "los astilleros de Izar que cortaban")
			if l := ws[k-1].low; l == "," || l == ")" || sc.inSpan[k-1] >= 0 || k > 1 && ws[k-1].upper && !ws[k-1].caps { // ("el Consejo General de Huelga (CGH) que lideró")
				return !sc.pastRelativeVerb(k, h)
			}
			break
		}
	}
	if ws[h-1].low == "," && sc.lex.Cue("partsuf", ws[h].low) {
		for k := h + 1; k < len(ws) && k <= h+10; k++ {
			if ws[k].low == "," {
				return true
			}
			if ws[k].punct && !softPunct(ws[k].low) {
				break
			}
		}
	}
	return sc.fronted(h)
}

// datelineEnd returns the first word after a dateline that opens the
// sentence ("PARIS (AFP) - …", "LA PAZ, 7 oct (EFE).- …"): a dash followed
// by a space within its first sixteen words, after a closing parenthesis
// (and a full stop) or within its first eight (not the hyphen of
// "Шри-Ланке"); 0 when none.
func (sc *sentCtx) datelineEnd() int {
	ws := sc.words
	for k := 0; k+1 < len(ws) && k < 16; k++ {
		if l := ws[k].low; (l == "-" || l == "--" || l == "—" || l == "–" || l == ".-") && ws[k+1].start > ws[k].end {
			p := k - 1
			if p >= 0 && ws[p].low == "." {
				p--
			}
			if k < 8 || p >= 0 && ws[p].low == ")" {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// fronted reports whether word h lies before the sentence's first comma in
// a part opened, within its first four words, by a background-time or
// conditional word (the first word, or one followed by a genitive or
// complementiser: "Pocas horas después de"), or by a word opening an
// infinitive or gerund ("Al rechazar").
func (sc *sentCtx) fronted(h int) bool {
	ws := sc.words
	s0 := sc.datelineEnd()
	opened := -1
	for k := s0; k < len(ws) && k < s0+4; k++ {
		if ws[k].punct {
			break
		}
		if k == s0 && k+1 < len(ws) && sc.lex.Cue("frontinf", ws[k].low) &&
			(sc.lex.Cue("infsuf", ws[k+1].low) || sc.lex.Cue("gerundsuf", ws[k+1].low)) {
			opened = k // "Al rechazar el plan, …" (not "Al menos")
			break
		}
		if sc.lex.Cue("bgtime", ws[k].low) || sc.lex.Cue("ifword", ws[k].low) {
			// first, or a preposition: "Pocas horas después de", not the
			// adverb of "Poco después el estadio se paralizó"
			if k == s0 || k+1 < len(ws) && (sc.lex.Cue("gen", ws[k+1].low) || sc.lex.Cue("compl", ws[k+1].low)) {
				opened = k
			}
			break
		}
	}
	if opened < 0 || h <= opened {
		return false
	}
	for k := opened + 1; k < len(ws); k++ {
		if ws[k].low == "," {
			return h < k
		}
		if ws[k].punct && !softPunct(ws[k].low) {
			return false
		}
	}
	return false
}

// pastRelativeVerb reports whether the relative clause opened by the
// relative word at k has had its verb before the predicate at h, so that
// h, with no comma closing the clause, is the main clause's: a finite verb
// between them before a verbal predicate that is no infinitive ("los
// estudiantes que lideraron un paro denunciaron"; not "la CSTO, que decidió
// enviar tropas"), two before a predicate noun (the first is the
// relative's, whose object the noun may be: "que lideró un paro").
func (sc *sentCtx) pastRelativeVerb(k, h int) bool {
	need := 1
	if !sc.verbAt[h] {
		need = 2
	} else if sc.lex.Cue("infsuf", sc.words[h].low) {
		return false
	}
	n := 0
	for w := k + 1; w < h; w++ {
		if sc.verbAt[w] || sc.lex.Cue("finsuf", sc.words[w].low) {
			n++
		}
	}
	return n >= need
}
