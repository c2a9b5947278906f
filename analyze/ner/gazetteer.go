package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A Gazetteer maps names (token sequences, compared lower-cased with digits
// folded to 0) to the entity types they were seen with, and for each type
// the sources that vouch for it: the training corpora in GazSources and the
// name lists of the knowledge-base files (srcKB), one bit each.
//
// A model reads only what sources it was not trained on say, both in
// training and in tagging (Model.GazOwn): a name seen in the model's own
// training data would make the feature a copy of the gold tag while
// training and useless on new text. (A two-fold jackknife over the own
// corpora, reading the other half while training and everything while
// tagging, scored one point lower on KIND WN_dev.)
type Gazetteer struct {
	m      map[uint64]uint64 // phrase hash → 16 source bits for each type (bits 0-5 and 12 used)
	words  map[uint64]uint64 // word hash → the sources of the names of two or more words it is in
	maxLen int
	n      int
}

// GazSources are the corpora (under ../shared/data/ner) whose entity spans
// feed the gazetteer, in the order of their source bit; of a split file
// only the training part is read.
var GazSources = []CorpusFile{
	{Path: "it/kind-WN_train.tsv"},
	{Path: "it/kind-ADG_train.tsv"},
	{Path: "it/kind-FIC_train.tsv"},
	{Path: "it/wikineural-val.conllu", Split: true, NoMisc: true},
	{Path: "en/conll2003-train.conllu"},
	{Path: "en/wikineural-val.conllu"},
	{Path: "fr/wikineural-val.conllu", Split: true},
	{Path: "de/wikineural-val.conllu", Split: true},
	{Path: "es/wikineural-val.conllu", Split: true},
	{Path: "ru/wikineural-val.conllu", Split: true},
}

// GazOwn is the mask of the gazetteer sources among files: what a model
// trained on files must not read.
func GazOwn(files []CorpusFile) uint16 {
	var m uint16
	for _, f := range files {
		for i, g := range GazSources {
			if g.Path == f.Path {
				m |= 1 << i
			}
		}
	}
	return m
}

// gazSame is the mask of the gazetteer sources in lang.
func gazSame(lang string) uint16 {
	var m uint16
	for i, g := range GazSources {
		if strings.HasPrefix(g.Path, lang+"/") {
			m |= 1 << i
		}
	}
	return m
}

// gazTypes are the entity types of the gazetteer, in the order of their
// byte in an entry.
var gazTypes = []string{"PER", "ORG", "LOC", "MISC"}

const (
	srcKB     = 12 // source bit of the knowledge-base name lists
	gazMaxLen = 6  // longest name, in tokens
)

// foldLower is the form names are compared in: lower case, digits folded to
// 0 (as the lower-cased word features see them), typographic apostrophes
// made plain.
func foldLower(w string) string {
	lower := strings.ToLower(w)
	if strings.ContainsRune(lower, '’') {
		lower = strings.ReplaceAll(lower, "’", "'")
	}
	for i := 0; i < len(lower); i++ {
		if lower[i] >= '0' && lower[i] <= '9' {
			b := []byte(lower)
			for j := i; j < len(b); j++ {
				if b[j] >= '0' && b[j] <= '9' {
					b[j] = '0'
				}
			}
			return string(b)
		}
	}
	return lower
}

func gazStart() uint64 { return hStart(200) }

// gazCanStart reports whether a name may start at word w: names start with
// an upper-case letter or a digit.
func gazCanStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// Len is the number of names.
func (g *Gazetteer) Len() int { return g.n }

// Lookup returns the types of a name (a token sequence).
func (g *Gazetteer) Lookup(words []string) []string {
	h := gazStart()
	for _, w := range words {
		h = hStr(h, foldLower(w))
	}
	v := g.m[h]
	var out []string
	for t, name := range gazTypes {
		if uint16(v>>(16*t)) != 0 {
			out = append(out, name)
		}
	}
	return out
}

// ReadGazetteer reads a gazetteer written by WriteGazetteer: gzipped lines
// of the hexadecimal entry, a tab and the name's tokens separated by spaces.
func ReadGazetteer(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer zr.Close()
	g := &Gazetteer{m: map[uint64]uint64{}, words: map[uint64]uint64{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		hexv, phrase, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("gazetteer line %d: no tab", line)
		}
		v, err := strconv.ParseUint(hexv, 16, 64)
		if err != nil {
			return nil, fmt.Errorf("gazetteer line %d: %w", line, err)
		}
		toks := strings.Split(phrase, " ")
		h := gazStart()
		for _, t := range toks {
			h = hStr(h, t)
		}
		g.m[h] |= v
		if len(toks) > 1 {
			for i, t := range toks {
				g.words[hStr(hStart(201), t)] |= v
				pos := 1
				switch i {
				case 0:
					pos = 0
				case len(toks) - 1:
					pos = 2
				}
				g.words[hStr(hInt(hStart(202), pos), t)] |= v
			}
		}
		g.maxLen = max(g.maxLen, len(toks))
		g.n++
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return g, nil
}

// WriteGazetteer writes entries (name tokens joined by spaces, already
// folded with foldLower → entry) sorted by name, gzipped.
func WriteGazetteer(w io.Writer, entries map[string]uint64) error {
	names := make([]string, 0, len(entries))
	for k := range entries {
		names = append(names, k)
	}
	slices.Sort(names)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, n := range names {
		fmt.Fprintf(bw, "%x\t%s\n", entries[n], n)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

var (
	gazOnce sync.Once
	gazEmb  *Gazetteer
	gazErr  error
)

// gazFile is the embedded gazetteer, built by "vedetta train gazetteer".
const gazFile = "models/gazetteer.tsv.gz"

// EmbeddedGazetteer returns the gazetteer shipped in the binary, loading it
// on first use.
func EmbeddedGazetteer() (*Gazetteer, error) {
	gazOnce.Do(func() {
		raw, err := modelFS.ReadFile(gazFile)
		if err != nil {
			gazErr = fmt.Errorf("no gazetteer: %w", err)
			return
		}
		gazEmb, gazErr = ReadGazetteer(bytes.NewReader(raw))
	})
	return gazEmb, gazErr
}

// gazFeats appends to out[i] the gazetteer features of each word i: for
// every name matching words[s:e] that covers i, its type, whether i begins
// it, its length (1, 2, 3+) and whether two or more sources vouch for it.
//
// same masks the sources in the model's language: a name they vouch for
// gets one more feature.
func (g *Gazetteer) feats(lowers []string, words []string, own, same uint16, out [][]uint64) {
	n := len(words)
	for s := 0; s < n; s++ {
		if !gazCanStart(words[s]) {
			continue
		}
		h := gazStart()
		for e := s + 1; e <= n && e-s <= g.maxLen; e++ {
			h = hStr(h, lowers[e-1])
			v, ok := g.m[h]
			if !ok {
				continue
			}
			for t := 0; t < 4; t++ {
				src := uint16(v>>(16*t)) &^ own
				if src == 0 {
					continue
				}
				strong := 0
				if bits.OnesCount16(src) >= 2 {
					strong = 1
				}
				ln := min(e-s, 3)
				for i := s; i < e; i++ {
					pos := 0
					if i > s {
						pos = 1
					}
					if i == e-1 {
						pos += 2
					}
					base := hInt(hInt(hStart(60), t), pos&1)
					out[i] = addUniq(out[i],
						base,
						hInt(hInt(hStart(61), t), pos*4+ln),
						hInt(base, 16+strong),
					)
					if src&same != 0 {
						out[i] = addUniq(out[i], hInt(base, 32))
					}
				}
			}
		}
	}
}

// wordFeats appends to out[i] the types of the longer names each
// capitalised word i is part of (FeatGazWords).
func (g *Gazetteer) wordFeats(lowers []string, words []string, own, same uint16, out [][]uint64) {
	for i, w := range words {
		if !gazCanStart(w) {
			continue
		}
		v := g.words[hStr(hStart(201), lowers[i])]
		for t := 0; t < 4; t++ {
			src := uint16(v>>(16*t)) &^ own
			if src != 0 {
				out[i] = append(out[i], hInt(hStart(62), t))
				if bits.OnesCount16(src) >= 2 {
					out[i] = append(out[i], hInt(hStart(64), t))
				}
				if src&same != 0 {
					out[i] = append(out[i], hInt(hStart(65), t))
				}
			}
		}
		for pos := 0; pos < 3; pos++ {
			v := g.words[hStr(hInt(hStart(202), pos), lowers[i])]
			for t := 0; t < 4; t++ {
				if uint16(v>>(16*t))&^own != 0 {
					out[i] = append(out[i], hInt(hInt(hStart(63), t), pos))
				}
			}
		}
	}
}

func addUniq(f []uint64, hs ...uint64) []uint64 {
next:
	for _, h := range hs {
		for _, x := range f {
			if x == h {
				continue next
			}
		}
		f = append(f, h)
	}
	return f
}
