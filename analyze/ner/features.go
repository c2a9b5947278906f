package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are hashed: a feature is a template id followed by the strings it
// looks at, folded with FNV-1a into 64 bits; models keep 32 bits of it.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hStart(tmpl byte) uint64 { return (fnvOffset ^ uint64(tmpl)) * fnvPrime }

func hStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	// separator, so that ("ab","c") and ("a","bc") differ
	h ^= 0xff
	h *= fnvPrime
	return h
}

func hInt(h uint64, v int) uint64 {
	h ^= uint64(v) + 0x9e
	h *= fnvPrime
	return h
}

// key folds a 64-bit feature hash to the 32-bit key stored in models; 0 is
// reserved for empty table slots.
func key(h uint64) uint32 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	k := uint32(h)
	if k == 0 {
		k = 1
	}
	return k
}

// tok is what the features read about one token.
type tok struct {
	word, lower, shape, short string
	pre, suf                  [4]string
	cap                       byte // U title case, A all caps, l lower, d digits, p other
}

var (
	bos = tok{word: "<s>", lower: "<s>", shape: "<s>", short: "<s>", cap: 'B'}
	eos = tok{word: "</s>", lower: "</s>", shape: "</s>", short: "</s>", cap: 'E'}
)

func makeTok(w string) tok {
	t := tok{word: w}
	lower := foldLower(w)
	hasDigit := strings.ContainsRune(lower, '0')
	t.lower = lower
	var shape, short []byte
	var last byte
	nUpper, nLower, nLetters, nRunes := 0, 0, 0, 0
	for _, r := range w {
		nRunes++
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			nUpper++
			nLetters++
		case unicode.IsLetter(r):
			c = 'x'
			nLower++
			nLetters++
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if len(shape) < 12 {
			shape = append(shape, c)
		}
		if c != last {
			short = append(short, c)
			last = c
		}
	}
	t.shape, t.short = string(shape), string(short)
	switch {
	case nLetters == 0 && hasDigit:
		t.cap = 'd'
	case nLetters == 0:
		t.cap = 'p'
	case nUpper > 1 && nLower == 0:
		t.cap = 'A'
	case nUpper > 0:
		t.cap = 'U'
	default:
		t.cap = 'l'
	}
	// prefixes and suffixes of 1-4 runes of the lower-cased form
	// (slices of lower: no copies)
	nr := utf8.RuneCountInString(lower)
	i := 0
	for n := 1; n <= 4 && n <= nr; n++ {
		_, size := utf8.DecodeRuneInString(lower[i:])
		i += size
		t.pre[n-1] = lower[:i]
	}
	j := len(lower)
	for n := 1; n <= 4 && n <= nr; n++ {
		_, size := utf8.DecodeLastRuneInString(lower[:j])
		j -= size
		t.suf[n-1] = lower[j:]
	}
	return t
}

// sentFeats are the tag-independent features of a sentence, token by token.
type sentFeats struct {
	gaz      *Gazetteer // nil: no gazetteer features
	ctx      bool       // FeatContext features
	extra    [][]uint64 // FeatDocument: document features of each token, or nil
	pairs    bool       // FeatPairs
	gazWords bool       // FeatGazWords
	selfDoc  bool       // FeatDocument, sentence alone: extra from the sentence itself
	selfX    [][]uint64
	preToks  []tok // when set, reset takes the tokens from here instead of making them
	pairBase [][2]uint64
	domRec   map[uint32]domCopy // training: records the domain copies
	dom      int                // FeatDomain: domain of the sentence (0: no domain copies)
	runA     []int              // FeatContext: start and end of the capitalised run of each token (-1: none)
	runB     []int
	own      uint16     // gazetteer sources not to read: the model's own training data
	same     uint16     // FeatGazSame: gazetteer sources in the model's language
	gf       [][]uint64 // gazetteer features of each token
	low      []string
	toks     []tok
	feats    [][]uint64
	buf      []uint64
}

const nStatic = 30

// nDomain is the number of templates, first in static's list, that
// FeatDomain copies for the sentence's domain.
const nDomain = 16

// fill sets the tokens of words, with two boundary tokens each side.
func (sf *sentFeats) fill(words []string) {
	n := len(words)
	if cap(sf.toks) < n+4 {
		sf.toks = make([]tok, n+4)
	}
	sf.toks = sf.toks[:n+4]
	sf.toks[0], sf.toks[1] = bos, bos
	for i, w := range words {
		sf.toks[i+2] = makeTok(w)
	}
	sf.toks[n+2], sf.toks[n+3] = eos, eos
}

func (sf *sentFeats) reset(words []string) {
	n := len(words)
	if sf.preToks != nil {
		sf.toks = append(sf.toks[:0], sf.preToks...)
	} else {
		sf.fill(words)
	}
	if sf.gaz != nil {
		if cap(sf.gf) < n {
			sf.gf = make([][]uint64, n)
		}
		sf.gf = sf.gf[:n]
		sf.low = sf.low[:0]
		for i := range sf.gf {
			sf.gf[i] = sf.gf[i][:0]
			sf.low = append(sf.low, sf.toks[i+2].lower)
		}
		sf.gaz.feats(sf.low, words, sf.own, sf.same, sf.gf)
		if sf.gazWords {
			sf.gaz.wordFeats(sf.low, words, sf.own, sf.same, sf.gf)
		}
	}
	if sf.ctx {
		sf.runs(n)
	}
	if sf.selfDoc {
		sf.selfDocFeats(n)
	}
	if sf.pairs {
		sf.setPairs(n)
	}
	if cap(sf.buf) < n*nStatic {
		sf.buf = make([]uint64, 0, n*nStatic)
	}
	sf.buf = sf.buf[:0]
	if cap(sf.feats) < n {
		sf.feats = make([][]uint64, n)
	}
	sf.feats = sf.feats[:n]
	for i := 0; i < n; i++ {
		start := len(sf.buf)
		sf.buf = sf.static(sf.buf, i, n)
		if sf.dom > 0 {
			// the word and context templates get a copy for the domain
			for _, h := range sf.buf[start : start+nDomain] {
				c := hInt(h, 0xd0+sf.dom)
				sf.buf = append(sf.buf, c)
				if sf.domRec != nil {
					sf.domRec[key(c)] = domCopy{key(h), sf.dom}
				}
			}
		}
		sf.feats[i] = sf.buf[start:len(sf.buf):len(sf.buf)]
	}
}

// runs finds the capitalised runs: maximal sequences of words with a
// capital or digits, sentence-first words excepted unless the run goes on.
func (sf *sentFeats) runs(n int) {
	sf.runA, sf.runB = sf.runA[:0], sf.runB[:0]
	for i := 0; i < n; i++ {
		sf.runA, sf.runB = append(sf.runA, -1), append(sf.runB, -1)
	}
	capd := func(i int) bool {
		c := sf.toks[i+2].cap
		return c == 'U' || c == 'A'
	}
	for i := 0; i < n; {
		if !capd(i) {
			i++
			continue
		}
		j := i + 1
		for j < n && (capd(j) || sf.toks[j+2].cap == 'd' && j > i) {
			j++
		}
		for k := i; k < j; k++ {
			sf.runA[k], sf.runB[k] = i, j
		}
		i = j
	}
}

// static appends the features of token i (of n) that do not depend on tags.
func (sf *sentFeats) static(f []uint64, i, n int) []uint64 {
	t := &sf.toks[i+2]
	p1, p2 := &sf.toks[i+1], &sf.toks[i]
	n1, n2 := &sf.toks[i+3], &sf.toks[i+4]
	f = append(f,
		hStart(1),
		hStr(hStart(2), t.lower),
		hStr(hStart(4), t.shape),
		hStr(hStart(5), t.short),
		hStr(hStart(14), p1.lower),
		hStr(hStart(15), p2.lower),
		hStr(hStart(16), n1.lower),
		hStr(hStart(17), n2.lower),
		hStr(hStart(18), p1.short),
		hStr(hStart(19), n1.short),
		hStr(hStr(hStart(20), p1.lower), t.lower),
		hStr(hStr(hStart(21), t.lower), n1.lower),
		hStr(hStr(hStart(28), p1.lower), t.short),
		hStr(hStr(hStart(29), n1.lower), t.short),
		hStr(hStr(hStr(hStart(27), p1.short), t.short), n1.short),
		hStr(hStart(23), string([]byte{p1.cap, t.cap, n1.cap})),
	)
	if t.word != t.lower {
		f = append(f, hStr(hStart(3), t.word))
	}
	for k := 0; k < 4; k++ {
		if t.pre[k] == "" {
			break
		}
		f = append(f, hStr(hStart(byte(6+k)), t.pre[k]), hStr(hStart(byte(10+k)), t.suf[k]))
	}
	if i == 0 {
		f = append(f, hStr(hStart(22), t.short))
	}
	if i == n-1 {
		f = append(f, hStr(hStart(24), t.short))
	}
	f = append(f, hStr(hStart(25), p1.suf[2]), hStr(hStart(26), n1.suf[2]))
	if sf.gaz != nil {
		f = append(f, sf.gf[i]...)
	}
	if sf.extra != nil {
		f = append(f, sf.extra[i]...)
	}
	if sf.ctx {
		if a := sf.runA[i]; a >= 0 {
			b := sf.runB[i]
			f = append(f,
				hStr(hStart(70), sf.toks[a+1].lower),
				hStr(hStart(71), sf.toks[b+2].lower),
				hStr(hStr(hStart(72), sf.toks[a].lower), sf.toks[a+1].lower),
				hInt(hInt(hStart(73), min(b-a, 4)), min(i-a, 3)),
			)
		}
		if sf.gaz != nil {
			if i > 0 {
				for _, x := range sf.gf[i-1] {
					f = append(f, hInt(x, 101))
				}
			}
			if i+1 < n {
				for _, x := range sf.gf[i+1] {
					f = append(f, hInt(x, 102))
				}
			}
		}
	}
	return f
}

// dynamic appends the features of token i that depend on the tags chosen
// for the two tokens before it (-1 before the sentence).
func (sf *sentFeats) dynamic(f []uint64, i, prev, prev2 int) []uint64 {
	t := &sf.toks[i+2]
	return append(f,
		hInt(hStart(40), prev),
		hInt(hInt(hStart(41), prev2), prev),
		hStr(hInt(hStart(42), prev), t.lower),
		hStr(hInt(hStart(43), prev), t.short),
		hStr(hInt(hStart(44), prev), sf.toks[i+1].lower),
	)
}

// pair appends the FeatPairs features of token i after tag prev (-1 at the
// start): the word and its shape with the tag before.
func (sf *sentFeats) pair(f []uint64, i, prev int) []uint64 {
	b := &sf.pairBase[i]
	return append(f, hInt(b[0], prev), hInt(b[1], prev))
}

// setPairs prepares the tag-independent part of the pair features.
func (sf *sentFeats) setPairs(n int) {
	sf.pairBase = sf.pairBase[:0]
	for i := 0; i < n; i++ {
		t := &sf.toks[i+2]
		sf.pairBase = append(sf.pairBase, [2]uint64{hStr(hStart(42), t.lower), hStr(hStart(43), t.short)})
	}
}
