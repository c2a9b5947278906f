package ner

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestGazTokens(t *testing.T) {
	for in, want := range map[string]string{
		"Conseil de l'Union européenne": "Conseil|de|l'|Union|européenne",
		"Organizzazione dell’Atlantico": "Organizzazione|dell’|Atlantico",
		"Bosnia (Herzegovina)":          "Bosnia|(|Herzegovina|)",
		"Côte d'Ivoire, Republic of":    "Côte|d'|Ivoire|,|Republic|of",
		"O'Neill":                       "O'|Neill",
		"rock 'n' roll":                 "rock|'n'|roll",
		"  U.N.  ":                      "U.N.",
	} {
		if got := strings.Join(gazTokens(in), "|"); got != want {
			t.Errorf("gazTokens(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGazetteerRoundTripAndSources(t *testing.T) {
	b := &gazBuilder{m: map[string]uint64{}, st: GazStats{}}
	b.addToks(strings.Fields("Regno Unito"), "LOC", 1<<0, "a")
	b.addToks(strings.Fields("Mario Rossi"), "PER", 1<<1, "b")
	b.addName("Mario Rossi", "PER", "kb")
	b.addToks(strings.Fields("governo"), "ORG", 1<<0, "a") // lower case: never a name start
	var buf bytes.Buffer
	if err := WriteGazetteer(&buf, b.m); err != nil {
		t.Fatal(err)
	}
	g, err := ReadGazetteer(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 2 {
		t.Errorf("%d names, want 2", g.Len())
	}
	if got := g.Lookup([]string{"REGNO", "unito"}); !slices.Equal(got, []string{"LOC"}) {
		t.Errorf("Lookup(Regno Unito) = %v", got)
	}
	words := strings.Fields("Il Regno Unito e Mario Rossi")
	low := make([]string, len(words))
	for i, w := range words {
		low[i] = foldLower(w)
	}
	feats := func(own uint16) [][]uint64 {
		out := make([][]uint64, len(words))
		g.feats(low, words, own, 0, out)
		return out
	}
	all := feats(0)
	if len(all[0]) != 0 || len(all[1]) == 0 || len(all[2]) == 0 || len(all[4]) == 0 {
		t.Errorf("features %v", all)
	}
	// a model trained on source 0 does not read what only source 0 says
	mine := feats(1 << 0)
	if len(mine[1]) != 0 || len(mine[4]) == 0 {
		t.Errorf("with source 0 masked: %v", mine)
	}
	// Mario Rossi has two sources: the strong feature differs
	if slices.Equal(all[4], feats(1 << 1)[4]) {
		t.Error("two sources and one give the same features")
	}
}

func TestBuildGazetteerFromShared(t *testing.T) {
	shared := sharedDir(t)
	if _, err := os.Stat(filepath.Join(shared, "data", "kb")); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	entries, st, err := BuildGazetteer(shared)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteGazetteer(&buf, entries); err != nil {
		t.Fatal(err)
	}
	g, err := ReadGazetteer(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for name, typ := range map[string]string{"Kazakistan": "LOC", "Stati Uniti": "LOC", "European Union": "ORG", "Nursultan Nazarbayev": "PER"} {
		if !slices.Contains(g.Lookup(strings.Fields(name)), typ) {
			t.Errorf("%s: %v, want %s (sources %v)", name, g.Lookup(strings.Fields(name)), typ, st)
		}
	}
}

// viterbi finds the best sequence: compared with trying them all.
func TestViterbiExhaustive(t *testing.T) {
	tags := []string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC"}
	allowed := allowedTransitions(tags)
	nT := len(tags)
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.IntN(4)
		em := make([]int32, n*nT)
		trans := make([]int32, (nT+1)*nT)
		pe := make([]int32, n*(nT+1)*nT)
		for _, s := range [][]int32{em, trans, pe} {
			for i := range s {
				s[i] = int32(rng.IntN(21) - 10)
			}
		}
		if trial%2 == 0 {
			pe = nil
		}
		score := func(seq []int) (int32, bool) {
			var s int32
			prev := -1
			for i, t := range seq {
				if !allowed[prev+1][t] {
					return 0, false
				}
				s += em[i*nT+t] + trans[(prev+1)*nT+t]
				if pe != nil {
					s += pe[(i*(nT+1)+prev+1)*nT+t]
				}
				prev = t
			}
			return s, true
		}
		best := int32(-1 << 30)
		seq := make([]int, n)
		var rec func(i int)
		rec = func(i int) {
			if i == n {
				if s, ok := score(seq); ok && s > best {
					best = s
				}
				return
			}
			for t := 0; t < nT; t++ {
				seq[i] = t
				rec(i + 1)
			}
		}
		rec(0)
		got := viterbi(em, trans, pe, allowed, nT, n, make([]int32, 2*nT), make([]int8, n*nT), nil)
		if s, ok := score(got); !ok || s != best {
			t.Fatalf("trial %d: viterbi %v scores %d (allowed %v), best %d", trial, got, s, ok, best)
		}
	}
}

func TestTrainViterbiAllFeatures(t *testing.T) {
	data := slices.Clone(tiny)
	for i := range data {
		data[i].Domain = DomainNews
		if i%2 == 1 {
			data[i].Domain = DomainWiki
		}
	}
	opt := TrainOptions{Epochs: 6, Seed: 2, Feats: FeatViterbi | FeatPairs | FeatContext | FeatDocument | FeatDomain}
	m, err := Train("it", data, opt)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Feats != opt.Feats {
		t.Errorf("feature groups %b read back as %b", opt.Feats, m2.Feats)
	}
	doc := make([][]string, len(data))
	for i, s := range data {
		doc[i] = s.Words
	}
	for i, tags := range m2.TagDoc(doc) {
		if !slices.Equal(tags, data[i].Tags) {
			t.Errorf("%v: got %v want %v", data[i].Words, tags, data[i].Tags)
		}
	}
	// the domain copies were merged away: none is left in the model
	var sf sentFeats
	sf.reset(data[0].Words)
	for _, h := range sf.feats[0][:nDomain] {
		for d := DomainNews; d <= DomainWiki; d++ {
			if m2.row(key(hInt(h, 0xd0+d))) >= 0 {
				t.Errorf("domain %d copy of a feature kept", d)
			}
		}
	}
}

func TestGazetteerWordFeats(t *testing.T) {
	b := &gazBuilder{m: map[string]uint64{}, st: GazStats{}}
	b.addToks(strings.Fields("Banca Popolare di Milano"), "ORG", 1<<2, "a")
	var buf bytes.Buffer
	if err := WriteGazetteer(&buf, b.m); err != nil {
		t.Fatal(err)
	}
	g, err := ReadGazetteer(&buf)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("la Banca Etruria e banca")
	low := make([]string, len(words))
	for i, w := range words {
		low[i] = foldLower(w)
	}
	feats := func(own uint16) [][]uint64 {
		out := make([][]uint64, len(words))
		g.wordFeats(low, words, own, 0, out)
		return out
	}
	f := feats(0)
	if !slices.Contains(f[1], hInt(hStart(62), 1)) || !slices.Contains(f[1], hInt(hInt(hStart(63), 1), 0)) {
		t.Errorf("Banca: %v, want the ORG word features (anywhere, first)", f[1])
	}
	if len(f[2]) != 0 || len(f[4]) != 0 {
		t.Errorf("an unknown word or a lower-case one got features: %v", f)
	}
	if f := feats(1 << 2); len(f[1]) != 0 {
		t.Errorf("the model's own source was read: %v", f[1])
	}
}
