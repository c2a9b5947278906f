package ner

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// TrainOptions tune Train.
type TrainOptions struct {
	Epochs int    // passes over the data; default 10
	Seed   uint64 // shuffling seed; the same seed and data give the same model
	// Prune drops feature rows whose largest quantised weight (in int16
	// units) is at most Prune, to keep the model small.
	Prune int
	// Feats are the optional feature groups to use (FeatGazetteer, ...).
	Feats uint32
	// GazOwn masks the gazetteer sources the model is trained on (GazOwn).
	GazOwn uint16
	// AfterEpoch, when set, is called after each epoch with the averaged
	// model so far (for learning curves on a dev set).
	AfterEpoch func(epoch int, m *Model)
	// Log, when set, receives progress lines.
	Log func(format string, args ...any)
}

// tagOrder is the canonical order of the tags a model may hold.
var tagOrder = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

type trainer struct {
	nT    int
	index map[uint32]int32
	keys  []uint32
	w     []int32
	acc   []int64
	ts    []int32
	now   int32
	// domRec maps the key of each domain copy of a feature to the
	// feature's key and the domain (FeatDomain).
	domRec map[uint32]domCopy
}

type domCopy struct {
	base uint32
	dom  int
}

func (tr *trainer) rowOf(k uint32, add bool) int {
	if r, ok := tr.index[k]; ok {
		return int(r)
	}
	if !add {
		return -1
	}
	r := len(tr.keys)
	tr.index[k] = int32(r)
	tr.keys = append(tr.keys, k)
	for t := 0; t < tr.nT; t++ {
		tr.w = append(tr.w, 0)
		tr.acc = append(tr.acc, 0)
		tr.ts = append(tr.ts, 0)
	}
	return r
}

func (tr *trainer) update(r, t int, d int32) {
	i := r*tr.nT + t
	tr.acc[i] += int64(tr.now-tr.ts[i]) * int64(tr.w[i])
	tr.ts[i] = tr.now
	tr.w[i] += d
}

// Train learns a model for lang from labelled sentences. Tags are
// normalised with NormTag; the model's tag set is the one seen in data.
func Train(lang string, data []Labeled, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	seen := map[string]bool{"O": true}
	for _, s := range data {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("sentence with %d words and %d tags", len(s.Words), len(s.Tags))
		}
		for _, t := range s.Tags {
			t = NormTag(t)
			seen[t] = true
			if len(t) > 2 {
				seen["B-"+t[2:]], seen["I-"+t[2:]] = true, true
			}
		}
	}
	var tags []string
	for _, t := range tagOrder {
		if seen[t] {
			tags = append(tags, t)
		}
	}
	tagID := map[string]int{}
	for i, t := range tags {
		tagID[t] = i
	}
	gold := make([][]int, len(data))
	tokens := 0
	for i, s := range data {
		gold[i] = make([]int, len(s.Tags))
		for j, t := range s.Tags {
			gold[i][j] = tagID[NormTag(t)]
		}
		tokens += len(s.Words)
	}
	nT := len(tags)
	tr := &trainer{nT: nT, index: map[uint32]int32{}}
	sf := sentFeats{ctx: opt.Feats&FeatContext != 0, pairs: opt.Feats&FeatPairs != 0 && opt.Feats&FeatViterbi != 0, gazWords: opt.Feats&FeatGazWords != 0}
	if opt.Feats&FeatDomain != 0 {
		tr.domRec = map[uint32]domCopy{}
		sf.domRec = tr.domRec
	}
	if opt.Feats&FeatGazetteer != 0 {
		g, err := EmbeddedGazetteer()
		if err != nil {
			return nil, err
		}
		sf.gaz, sf.own = g, opt.GazOwn
		if opt.Feats&FeatGazSame != 0 {
			sf.same = gazSame(lang)
		}
	}
	var docF [][][]uint64
	if opt.Feats&FeatDocument != 0 {
		doc := make([][]string, len(data))
		for i, s := range data {
			doc[i] = s.Words
		}
		docF = docFeats(doc)
	}
	if opt.Feats&FeatViterbi != 0 {
		return trainViterbi(tr, lang, tags, data, gold, tokens, opt, &sf, docF)
	}
	allowed := allowedTransitions(tags)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var dyn []uint64
	var fk []uint32
	scores := make([]int64, nT)
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, si := range order {
			s := data[si]
			if opt.Feats&FeatDomain != 0 {
				sf.dom = s.Domain
			}
			if docF != nil {
				sf.extra = docF[si]
			}
			sf.reset(s.Words)
			prev, prev2 := -1, -1
			for i := range s.Words {
				tr.now++
				dyn = sf.dynamic(dyn[:0], i, prev, prev2)
				fk = fk[:0]
				for _, h := range sf.feats[i] {
					fk = append(fk, key(h))
				}
				for _, h := range dyn {
					fk = append(fk, key(h))
				}
				for t := range scores {
					scores[t] = 0
				}
				for _, k := range fk {
					r := tr.rowOf(k, false)
					if r < 0 {
						continue
					}
					for t := 0; t < nT; t++ {
						scores[t] += int64(tr.w[r*nT+t])
					}
				}
				best := -1
				var bestScore int64 = math.MinInt64
				for t, sc := range scores {
					if allowed[prev+1][t] && sc > bestScore {
						best, bestScore = t, sc
					}
				}
				g := gold[si][i]
				if best != g {
					errs++
					for _, k := range fk {
						r := tr.rowOf(k, true)
						tr.update(r, g, 1)
						tr.update(r, best, -1)
					}
				}
				prev2, prev = prev, best
			}
		}
		if opt.Log != nil {
			opt.Log("epoch %d: %d/%d tokens wrong, %d features", ep, errs, tokens, len(tr.keys))
		}
		if opt.AfterEpoch != nil {
			m, err := tr.model(lang, tags, opt.Feats, opt.GazOwn, opt.Prune)
			if err != nil {
				return nil, err
			}
			opt.AfterEpoch(ep, m)
		}
	}
	return tr.model(lang, tags, opt.Feats, opt.GazOwn, opt.Prune)
}

// model averages the weights, quantises them to int16 and prunes rows.
func (tr *trainer) model(lang string, tags []string, feats uint32, gazOwn uint16, prune int) (*Model, error) {
	nT := tr.nT
	avg := make([]float64, len(tr.w))
	now := float64(tr.now)
	for i, w := range tr.w {
		avg[i] = (float64(tr.acc[i]) + float64(tr.now-tr.ts[i])*float64(w)) / now
	}
	// Domain copies: the news copy of a feature always fires with the
	// feature itself when tagging, so its weights are added to the
	// feature's row; the copies of the other domains are never read.
	drop := make([]bool, len(tr.keys))
	for r, k := range tr.keys {
		c, ok := tr.domRec[k]
		if !ok {
			continue
		}
		drop[r] = true
		if c.dom != DomainNews {
			continue
		}
		if b, ok := tr.index[c.base]; ok {
			for t := 0; t < nT; t++ {
				avg[int(b)*nT+t] += avg[r*nT+t]
			}
		}
	}
	maxAbs := 0.0
	for r := range tr.keys {
		if drop[r] {
			continue
		}
		for t := 0; t < nT; t++ {
			maxAbs = max(maxAbs, math.Abs(avg[r*nT+t]))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 32767 / maxAbs
	}
	order := make([]int, len(tr.keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if tr.keys[a] < tr.keys[b] {
			return -1
		}
		return 1
	})
	var keys []uint32
	var w []int16
	row := make([]int16, nT)
	for _, r := range order {
		if drop[r] {
			continue
		}
		big := 0
		for t := 0; t < nT; t++ {
			q := int(math.Round(avg[r*nT+t] * scale))
			row[t] = int16(q)
			if q < 0 {
				q = -q
			}
			big = max(big, q)
		}
		if big <= prune {
			continue
		}
		keys = append(keys, tr.keys[r])
		w = append(w, row...)
	}
	m, err := newModel(lang, slices.Clone(tags), scale, feats, keys, w)
	if m != nil {
		m.GazOwn = gazOwn
	}
	return m, err
}
