package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
)

// Model is a trained tagger. It is read-only once built and safe for
// concurrent use.
type Model struct {
	Lang string
	Tags []string // BIO tags; index 0 is "O"
	// Scale is the factor the averaged weights were multiplied by before
	// rounding to int16.
	Scale float64
	// Feats are the optional feature groups the model was trained with
	// (FeatGazetteer, ...).
	Feats uint32
	// GazOwn masks the gazetteer sources the model was trained on; it does
	// not read them.
	GazOwn  uint16
	gaz     *Gazetteer
	gazSame uint16 // FeatGazSame: the gazetteer sources in Lang

	nFeat int
	slots []slot  // open-addressing table of feature keys
	w     []int16 // nFeat rows of len(Tags) weights

	allowed [][]bool // allowed[prev+1][tag]: BIO constraint, prev -1 = start
	trans   []int32  // FeatViterbi: trans[(prev+1)*len(Tags)+tag]
	bufs    sync.Pool
}

const (
	magic   = "VNER\x02"
	magicV1 = "VNER\x01" // before feature groups
)

// Optional feature groups (Model.Feats, TrainOptions.Feats).
const (
	// FeatGazetteer: membership of word sequences in the embedded gazetteer.
	FeatGazetteer uint32 = 1 << iota
	// FeatViterbi: first-order structured perceptron decoded with Viterbi
	// instead of greedy decoding with the two previous tags.
	FeatViterbi
	// FeatContext: the words around the capitalised run a word is in, and
	// the gazetteer features of the neighbouring words.
	FeatContext
	// FeatDomain: domain-augmented features (see DomainNews); tagging uses
	// the news domain, whose copies are merged into the features.
	FeatDomain
	// FeatDocument: contexts of the other occurrences of a capitalised word
	// in nearby sentences of the document (see TagDoc).
	FeatDocument
	// FeatPairs: Viterbi models also score the word and its shape with
	// the tag before.
	FeatPairs
	// FeatGazSame: a gazetteer name from a corpus in the model's own
	// language gets one more feature.
	FeatGazSame
	// FeatGazWords: the types of the longer names a capitalised word is
	// part of.
	FeatGazWords
)

// FeatNames names the feature groups for command lines ("gaz,viterbi").
var FeatNames = map[string]uint32{
	"gaz": FeatGazetteer, "viterbi": FeatViterbi, "context": FeatContext, "domain": FeatDomain,
	"document": FeatDocument, "pairs": FeatPairs, "gazsame": FeatGazSame, "gazwords": FeatGazWords,
}

// ErrFormat is returned for a model file that is not one.
var ErrFormat = errors.New("not a vedetta NER model")

// slot is an entry of the feature table: a key (0: empty) and its row.
type slot struct {
	key uint32
	row int32
}

// newModel builds the lookup structures from sorted distinct keys and their
// weight rows.
func newModel(lang string, tags []string, scale float64, feats uint32, keys []uint32, w []int16) (*Model, error) {
	m := &Model{Lang: lang, Tags: tags, Scale: scale, Feats: feats, nFeat: len(keys), w: w}
	if feats&FeatGazetteer != 0 {
		g, err := EmbeddedGazetteer()
		if err != nil {
			return nil, err
		}
		m.gaz = g
		if feats&FeatGazSame != 0 {
			m.gazSame = gazSame(lang)
		}
	}

	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	mask := uint32(size - 1)
	for r, k := range keys {
		i := k & mask
		for m.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		m.slots[i] = slot{k, int32(r)}
	}
	m.allowed = allowedTransitions(tags)
	nT := len(tags)
	m.trans = make([]int32, (nT+1)*nT)
	for p := -1; p < nT; p++ {
		if r := m.row(key(transKey(p))); r >= 0 {
			for t := 0; t < nT; t++ {
				m.trans[(p+1)*nT+t] = int32(w[r*nT+t])
			}
		}
	}
	return m, nil
}

// allowedTransitions forbids I-X after anything but B-X or I-X.
func allowedTransitions(tags []string) [][]bool {
	typ := func(t string) string {
		if len(t) > 2 {
			return t[2:]
		}
		return ""
	}
	a := make([][]bool, len(tags)+1)
	for p := -1; p < len(tags); p++ {
		row := make([]bool, len(tags))
		for t, tag := range tags {
			if strings.HasPrefix(tag, "I-") {
				row[t] = p >= 0 && typ(tags[p]) == typ(tag)
			} else {
				row[t] = true
			}
		}
		a[p+1] = row
	}
	return a
}

func (m *Model) row(k uint32) int {
	mask := uint32(len(m.slots) - 1)
	i := k & mask
	for {
		s := m.slots[i]
		if s.key == k {
			return int(s.row)
		}
		if s.key == 0 {
			return -1
		}
		i = (i + 1) & mask
	}
}

// NumFeatures is the number of weight rows the model holds.
func (m *Model) NumFeatures() int { return m.nFeat }

type tagBuf struct {
	sf     sentFeats
	dyn    []uint64
	scores []int32
	em     []int32
	pe     []int32
	pf     []uint64
	delta  []int32
	back   []int8
}

// Tag returns the BIO tag of each word.
func (m *Model) Tag(words []string) []string {
	ids := m.TagIDs(words, nil)
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = m.Tags[id]
	}
	return out
}

// TagIDs appends to dst the index in m.Tags of each word's tag: greedy
// left-to-right decoding, each tag chosen with the two before it known and
// I-X allowed only after B-X or I-X.
//
// A FeatDocument model tagging a sentence alone sees it as a document of
// one sentence; TagDoc gives it the sentences around.
func (m *Model) TagIDs(words []string, dst []int) []int {
	return m.tagIDs(words, nil, nil, dst)
}

// TagDoc returns the BIO tags of each sentence of a document, in order.
// Models with FeatDocument read the nearby sentences; others tag each
// sentence alone.
func (m *Model) TagDoc(doc [][]string) [][]string {
	var extra [][][]uint64
	var toks [][]tok
	if m.Feats&FeatDocument != 0 {
		extra, toks = docFeatsToks(doc)
	}
	out := make([][]string, len(doc))
	var ids []int
	for j, words := range doc {
		var x [][]uint64
		var tk []tok
		if extra != nil {
			x, tk = extra[j], toks[j]
		}
		ids = m.tagIDs(words, x, tk, ids[:0])
		out[j] = make([]string, len(ids))
		for i, id := range ids {
			out[j][i] = m.Tags[id]
		}
	}
	return out
}

// tagIDs is TagIDs with the document features of the words (extra) and
// their tokens when already made (toks), both nil otherwise.
func (m *Model) tagIDs(words []string, extra [][]uint64, toks []tok, dst []int) []int {
	b, _ := m.bufs.Get().(*tagBuf)
	if b == nil {
		b = &tagBuf{scores: make([]int32, len(m.Tags))}
	}
	defer m.bufs.Put(b)
	b.sf.gaz, b.sf.own, b.sf.ctx = m.gaz, m.GazOwn, m.Feats&FeatContext != 0
	// FeatDomain: the news copies are merged into the features (see
	// trainer.model), so no copies are made when tagging.
	b.sf.dom, b.sf.extra, b.sf.pairs = 0, extra, m.Feats&FeatPairs != 0
	b.sf.selfDoc = extra == nil && m.Feats&FeatDocument != 0
	b.sf.preToks = toks
	b.sf.gazWords = m.Feats&FeatGazWords != 0
	b.sf.same = m.gazSame
	b.sf.reset(words)
	if m.Feats&FeatViterbi != 0 {
		nT, n := len(m.Tags), len(words)
		if cap(b.em) < n*nT {
			b.em = make([]int32, n*nT)
			b.back = make([]int8, n*nT)
		}
		b.em, b.back = b.em[:n*nT], b.back[:n*nT]
		clear(b.em)
		if cap(b.delta) < 2*nT {
			b.delta = make([]int32, 2*nT)
		}
		for i := 0; i < n; i++ {
			m.addScores(b.em[i*nT:i*nT+nT], b.sf.feats[i])
		}
		var pe []int32
		if m.Feats&FeatPairs != 0 {
			sz := n * (nT + 1) * nT
			if cap(b.pe) < sz {
				b.pe = make([]int32, sz)
			}
			pe = b.pe[:sz]
			clear(pe)
			for i := 0; i < n; i++ {
				for p := -1; p < nT; p++ {
					b.pf = b.sf.pair(b.pf[:0], i, p)
					o := (i*(nT+1) + p + 1) * nT
					m.addScores(pe[o:o+nT], b.pf)
				}
			}
		}
		return viterbi(b.em, m.trans, pe, m.allowed, nT, n, b.delta, b.back, dst)
	}
	prev, prev2 := -1, -1
	for i := range words {
		for t := range b.scores {
			b.scores[t] = 0
		}
		b.dyn = b.sf.dynamic(b.dyn[:0], i, prev, prev2)
		m.addScores(b.scores, b.sf.feats[i])
		m.addScores(b.scores, b.dyn)
		best := 0
		var bestScore int32 = math.MinInt32
		allow := m.allowed[prev+1]
		for t, s := range b.scores {
			if allow[t] && s > bestScore {
				best, bestScore = t, s
			}
		}
		dst = append(dst, best)
		prev2, prev = prev, best
	}
	return dst
}

func (m *Model) addScores(scores []int32, feats []uint64) {
	nT := len(m.Tags)
	for _, h := range feats {
		r := m.row(key(h))
		if r < 0 {
			continue
		}
		ws := m.w[r*nT : r*nT+nT]
		for t, v := range ws {
			scores[t] += int32(v)
		}
	}
}

// Write writes the model, gzipped.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	sv := func(v int64) { bw.Write(tmp[:binary.PutVarint(tmp[:], v)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(magic)
	str(m.Lang)
	uv(uint64(len(m.Tags)))
	for _, t := range m.Tags {
		str(t)
	}
	uv(math.Float64bits(m.Scale))
	uv(uint64(m.Feats))
	uv(uint64(m.GazOwn))
	keys := m.sortedKeys()
	uv(uint64(len(keys)))
	var last uint32
	for _, k := range keys {
		uv(uint64(k - last))
		last = k
	}
	nT := len(m.Tags)
	// column by column: the weights of one tag compress better together
	rowOf := make([]int, len(keys))
	for i, k := range keys {
		rowOf[i] = m.row(k)
	}
	for t := 0; t < nT; t++ {
		for _, r := range rowOf {
			sv(int64(m.w[r*nT+t]))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func (m *Model) sortedKeys() []uint32 {
	keys := make([]uint32, 0, m.nFeat)
	for _, s := range m.slots {
		if s.key != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}

// Read reads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	defer zr.Close()
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("reading model: %w", err)
	}
	version := 2
	if bytes.HasPrefix(raw, []byte(magicV1)) {
		version = 1 // no feature groups
	} else if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, ErrFormat
	}
	br := bytes.NewReader(raw[len(magic):])
	var rerr error
	uv := func() uint64 {
		v, err := binary.ReadUvarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	str := func() string {
		n := uv()
		if n > 1<<10 || rerr != nil {
			rerr = ErrFormat
			return ""
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			rerr = err
		}
		return string(b)
	}
	lang := str()
	nT := uv()
	if nT == 0 || nT > 64 {
		return nil, ErrFormat
	}
	tags := make([]string, nT)
	for i := range tags {
		tags[i] = str()
	}
	scale := math.Float64frombits(uv())
	var feats uint32
	var gazOwn uint16
	if version > 1 {
		feats = uint32(uv())
		gazOwn = uint16(uv())
	}
	nF := uv()
	if rerr != nil || nF > uint64(len(raw)) {
		return nil, fmt.Errorf("%w: header: %v", ErrFormat, rerr)
	}
	keys := make([]uint32, nF)
	var last uint32
	for i := range keys {
		last += uint32(uv())
		keys[i] = last
	}
	w := make([]int16, int(nF)*int(nT))
	for t := 0; t < int(nT); t++ {
		for r := 0; r < int(nF); r++ {
			v, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("%w: weights: %w", ErrFormat, err)
			}
			w[r*int(nT)+t] = int16(v)
		}
	}
	if rerr != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, rerr)
	}
	if tags[0] != "O" {
		return nil, fmt.Errorf("%w: first tag %q", ErrFormat, tags[0])
	}
	m, err := newModel(lang, tags, scale, feats, keys, w)
	if m != nil {
		m.GazOwn = gazOwn
	}
	return m, err
}
