package kb

import (
	"github.com/vedetta/vedetta"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Output kinds beyond the name kinds n, a, j, m.
const (
	kindBody   = 'b' // a state body head ("ministero degli esteri")
	kindRole   = 'r' // a role head ("presidente", "foreign minister")
	kindState  = 's' // a state form ("repubblica", "republic")
	kindFormer = 'f' // "former", "ex", "ancien": the role is not the current one
)

// output is what a complete name yields in the matcher.
type output struct {
	ref  int32  // entity index for n, a, j, m
	code string // body, role code for b, r; exact written form for a
	kind byte
	cap  bool // the text must start with a capital letter
	// capMask has bit i set when word i must be capitalised (metonyms:
	// "The Valley", not "the valley").
	capMask uint32
	// langs has bit i set for Languages[i]; 0 means any language. Only
	// abbreviations are checked against the document language.
	langs uint8
	// common marks a form that is also a common word (Nato, "born" in
	// Italian): at the start of a sentence it is not taken.
	common bool
	// seat marks a metonym that is a seat of government (the Kremlin),
	// not a city: used as a place it is not the capital.
	seat bool
}

// langBits returns the language mask of a name's languages (0 = any).
func langBits(langs []string) uint8 {
	var b uint8
	for _, l := range langs {
		switch l {
		case "*", "native", "alt":
			return 0
		}
		for i, x := range Languages {
			if l == x {
				b |= 1 << i
			}
		}
	}
	return b
}

func langBit(lang string) uint8 {
	for i, x := range Languages {
		if lang == x {
			return 1 << i
		}
	}
	return 0
}

// matcher is a trie over normalised words: the word ids of the text are
// followed from each position, and the longest complete name wins.
type matcher struct {
	vocab map[string]uint32
	root  []uint32          // root transitions by word id
	edges map[uint64]uint32 // node<<32|word -> node
	outs  [][]output        // by node
}

func newMatcher() *matcher {
	// Sizes of the built-in knowledge base, to avoid regrowing.
	m := &matcher{vocab: make(map[string]uint32, 40000), root: make([]uint32, 1, 40000),
		edges: make(map[uint64]uint32, 50000), outs: make([][]output, 1, 64000)}
	m.vocab[""] = 0
	return m
}

func (m *matcher) wordID(w string) uint32 {
	id, ok := m.vocab[w]
	if !ok {
		id = uint32(len(m.root))
		m.vocab[w] = id
		m.root = append(m.root, 0)
	}
	return id
}

func (m *matcher) newNode() uint32 {
	m.outs = append(m.outs, nil)
	return uint32(len(m.outs) - 1)
}

// add indexes the name made of ws (already split, not yet normalised).
func (m *matcher) add(ws []string, o output) {
	var buf []byte
	node := uint32(0)
	for i, w := range ws {
		buf = normalize(buf, w)
		if len(buf) == 0 {
			return
		}
		id := m.wordID(string(buf))
		var next uint32
		if i == 0 {
			next = m.root[id]
			if next == 0 {
				next = m.newNode()
				m.root[id] = next
			}
		} else {
			k := uint64(node)<<32 | uint64(id)
			next = m.edges[k]
			if next == 0 {
				next = m.newNode()
				m.edges[k] = next
			}
		}
		node = next
	}
	for i := range m.outs[node] {
		x := &m.outs[node][i]
		if x.ref == o.ref && x.kind == o.kind && x.code == o.code {
			// The same name twice: the laxer rules win.
			if !o.cap {
				x.cap = false
			}
			if x.langs == 0 || o.langs == 0 {
				x.langs = 0
			} else {
				x.langs |= o.langs
			}
			x.capMask &= o.capMask
			return
		}
	}
	m.outs[node] = append(m.outs[node], o)
}

func (m *matcher) step(node, id uint32) uint32 {
	if id == 0 {
		return 0
	}
	if node == 0 {
		return m.root[id]
	}
	return m.edges[uint64(node)<<32|uint64(id)]
}

// piece is one word of the text as the matcher sees it.
type piece struct {
	start, end int32 // byte offsets of the word (elision and possessive removed)
	id         uint32
	cf         caseFlags
	sent       int32
	first      bool // first word of its sentence
	punct      byte // for punctuation tokens: the first byte ('(' ',' ...); 0 for words
	dash       bool // joined to the previous word by a dash
}

// pieces turns the tokens of a text into matcher words.
func (m *matcher) pieces(text string, toks []vedetta.Token, out []piece, buf []byte) ([]piece, []byte) {
	lastSent := int32(-1)
	dash := false
	for _, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			continue
		}
		w := text[t.Start:t.End]
		if isDash(w) {
			dash = true
			continue
		}
		p := piece{start: int32(t.Start), end: int32(t.End), sent: int32(t.Sent)}
		p.first = p.sent != lastSent
		lastSent = p.sent
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && len(w) <= 3 {
			p.punct = w[0]
			out = append(out, p)
			dash = false
			continue
		}
		a, b := splitWord(w)
		w = w[a:b]
		p.start, p.end = int32(t.Start+a), int32(t.Start+b)
		p.dash = dash
		dash = false
		buf = normalize(buf, w)
		p.id = m.vocab[string(buf)]
		p.cf = wordCase(w)
		out = append(out, p)
	}
	return out, buf
}

// match is one name found in the text: pieces [p0, p1).
type match struct {
	p0, p1 int
	outs   []output
}

// scan finds the names of the text, leftmost-longest: from each position the
// longest name whose case rules hold is taken and the scan goes on after it.
func (m *matcher) scan(text string, ps []piece, lang uint8, out []match) []match {
	for i := 0; i < len(ps); {
		node := uint32(0)
		best, bestEnd := []output(nil), 0
		for j := i; j < len(ps); j++ {
			node = m.step(node, ps[j].id)
			if node == 0 {
				break
			}
			if os := m.outs[node]; len(os) > 0 {
				caps := i > 0 && ps[i-1].punct == 0 && ps[i-1].cf&allUpper != 0 || j+1 < len(ps) && ps[j+1].punct == 0 && ps[j+1].cf&allUpper != 0
				if acc := accept(text, ps[i:j+1], os, lang, caps); len(acc) > 0 {
					best, bestEnd = acc, j+1
				}
			}
		}
		if best == nil {
			i++
			continue
		}
		out = append(out, match{p0: i, p1: bestEnd, outs: best})
		i = bestEnd
	}
	return out
}

// accept keeps the outputs whose case rules the written words satisfy;
// caps tells that a neighbouring word is in capitals too (a line in
// capitals, where an abbreviation that is a common word is that word: "A UN
// TENIENTE").
func accept(text string, ps []piece, os []output, lang uint8, caps bool) []output {
	var keep []output
	var written string
	all := true // every output so far accepted: os itself is the answer
	for i, o := range os {
		switch o.kind {
		case 'a':
			if written == "" {
				written = text[ps[0].start:ps[len(ps)-1].end]
			}
			if !abbrevOK(written, ps, o.code) ||
				o.langs != 0 && lang != 0 && o.langs&lang == 0 || // BCE is the ECB in Italian, not in English
				o.common && (ps[0].first && ps[0].cf&allUpper == 0 || caps) {
				keep, all = reject(keep, os, i, all)
				continue
			}
		default:
			if o.cap && ps[0].cf&capInitial == 0 {
				keep, all = reject(keep, os, i, all)
				continue
			}
			if o.capMask != 0 {
				ok := true
				for i := range ps {
					if i < 32 && o.capMask&(1<<i) != 0 && ps[i].cf&capInitial == 0 {
						ok = false
					}
				}
				if !ok {
					keep, all = reject(keep, os, i, all)
					continue
				}
			}
			// A short name in capitals is an acronym or a numeral
			// (XI, ROM), not the name.
			if (o.kind == 'n' || o.kind == 'm') && len(ps) == 1 && ps[0].cf&allUpper != 0 && ps[0].end-ps[0].start <= 4 {
				keep, all = reject(keep, os, i, all)
				continue
			}
		}
		if all {
			if i == len(os)-1 {
				return os
			}
			continue
		}
		keep = append(keep, o)
	}
	return keep
}

// abbrevOK applies the rules for abbreviations: written in capitals (CSTO,
// U.S.), or exactly as the knowledge base writes it (Ue, Onu), or in title
// case from three letters on when not at the start of a sentence (Nato,
// Usa). "us" and a sentence-initial "Us" are not US.
func abbrevOK(written string, ps []piece, form string) bool {
	if written == form {
		return true
	}
	all := true
	for _, p := range ps {
		if p.cf&allUpper == 0 {
			all = false
		}
	}
	if all {
		return true
	}
	if len(ps) == 1 && ps[0].cf&capInitial != 0 && !ps[0].first && utf8.RuneCountInString(written) >= 3 &&
		strings.ToUpper(form) == form {
		return true
	}
	return false
}

// reject notes that os[i] failed: the outputs accepted before it are
// copied out the first time.
func reject(keep, os []output, i int, all bool) ([]output, bool) {
	if all {
		keep = append(keep, os[:i]...)
	}
	return keep, false
}
