package ner

import (
	"math"
	"math/rand/v2"
)

// Models with FeatViterbi are first-order structured perceptrons: a tag's
// score is the sum of the weights of the token's tag-independent features
// plus a transition weight from the tag before (feature 40 with the
// previous tag, -1 at the start); decoding finds the best sequence with
// Viterbi under the BIO constraint.

// transKey is the feature hash of the transition from tag prev (-1: start).
func transKey(prev int) uint64 { return hInt(hStart(40), prev) }

// viterbi appends to dst the best tag sequence for n tokens with emission
// scores em[i*nT+t] and transition scores trans[(p+1)*nT+t]. delta and back
// are scratch buffers.
//
// pe, when not nil, adds pair scores: pe[(i*(nT+1)+p+1)*nT+t] for tag t at
// token i after tag p.
func viterbi[S int32 | int64](em, trans, pe []S, allowed [][]bool, nT, n int, delta []S, back []int8, dst []int) []int {
	if n == 0 {
		return dst
	}
	const neg = -(1 << 30)
	cur, next := delta[:nT], delta[nT:2*nT]
	for t := 0; t < nT; t++ {
		if allowed[0][t] {
			cur[t] = em[t] + trans[t]
			if pe != nil {
				cur[t] += pe[t]
			}
		} else {
			cur[t] = neg
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < nT; t++ {
			best, arg := S(math.MinInt32), -1
			for p := 0; p < nT; p++ {
				if !allowed[p+1][t] || cur[p] == neg {
					continue
				}
				s := cur[p] + trans[(p+1)*nT+t]
				if pe != nil {
					s += pe[(i*(nT+1)+p+1)*nT+t]
				}
				if s > best {
					best, arg = s, p
				}
			}
			if arg < 0 {
				next[t] = neg
			} else {
				next[t] = best + em[i*nT+t]
			}
			back[i*nT+t] = int8(arg)
		}
		cur, next = next, cur
	}
	best, arg := cur[0], 0
	for t := 1; t < nT; t++ {
		if cur[t] > best {
			best, arg = cur[t], t
		}
	}
	start := len(dst)
	for i := 0; i < n; i++ {
		dst = append(dst, 0)
	}
	for i := n - 1; i >= 0; i-- {
		dst[start+i] = arg
		if i > 0 {
			arg = int(back[i*nT+arg])
		}
	}
	return dst
}

// trainViterbi is Train for FeatViterbi models: the structured perceptron,
// updating after each sentence whose best sequence is wrong.
func trainViterbi(tr *trainer, lang string, tags []string, data []Labeled, gold [][]int, tokens int, opt TrainOptions, sf *sentFeats, docF [][][]uint64) (*Model, error) {
	nT := tr.nT
	allowed := allowedTransitions(tags)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	transK := make([]uint32, nT+1)
	for p := -1; p < nT; p++ {
		transK[p+1] = key(transKey(p))
	}
	var em, trans, delta []int64
	var back []int8
	var keys [][]uint32
	var pred []int
	var peBuf []int64
	var pf []uint64
	pairs := opt.Feats&FeatPairs != 0
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, si := range order {
			s := data[si]
			n := len(s.Words)
			if opt.Feats&FeatDomain != 0 {
				sf.dom = s.Domain
			}
			if docF != nil {
				sf.extra = docF[si]
			}
			sf.reset(s.Words)
			tr.now++
			if cap(em) < n*nT {
				em = make([]int64, n*nT)
				back = make([]int8, n*nT)
			}
			em, back = em[:n*nT], back[:n*nT]
			clear(em)
			for len(keys) < n {
				keys = append(keys, nil)
			}
			for i := 0; i < n; i++ {
				keys[i] = keys[i][:0]
				for _, h := range sf.feats[i] {
					k := key(h)
					keys[i] = append(keys[i], k)
					if r := tr.rowOf(k, false); r >= 0 {
						for t := 0; t < nT; t++ {
							em[i*nT+t] += int64(tr.w[r*nT+t])
						}
					}
				}
			}
			trans = trans[:0]
			for p := 0; p <= nT; p++ {
				r := tr.rowOf(transK[p], false)
				for t := 0; t < nT; t++ {
					if r >= 0 {
						trans = append(trans, int64(tr.w[r*nT+t]))
					} else {
						trans = append(trans, 0)
					}
				}
			}
			if cap(delta) < 2*nT {
				delta = make([]int64, 2*nT)
			}
			var pe []int64
			if pairs {
				sz := n * (nT + 1) * nT
				if cap(peBuf) < sz {
					peBuf = make([]int64, sz)
				}
				pe = peBuf[:sz]
				clear(pe)
				for i := 0; i < n; i++ {
					for p := -1; p < nT; p++ {
						pf = sf.pair(pf[:0], i, p)
						o := (i*(nT+1) + p + 1) * nT
						for _, h := range pf {
							if r := tr.rowOf(key(h), false); r >= 0 {
								for t := 0; t < nT; t++ {
									pe[o+t] += int64(tr.w[r*nT+t])
								}
							}
						}
					}
				}
			}
			pred = viterbi(em, trans, pe, allowed, nT, n, delta, back, pred[:0])
			g := gold[si]
			for i := 0; i < n; i++ {
				if pred[i] != g[i] {
					errs++
					for _, k := range keys[i] {
						r := tr.rowOf(k, true)
						tr.update(r, g[i], 1)
						tr.update(r, pred[i], -1)
					}
				}
				gp, pp := -1, -1
				if i > 0 {
					gp, pp = g[i-1], pred[i-1]
				}
				if gp != pp || g[i] != pred[i] {
					tr.update(tr.rowOf(transK[gp+1], true), g[i], 1)
					tr.update(tr.rowOf(transK[pp+1], true), pred[i], -1)
					if pairs {
						pf = sf.pair(pf[:0], i, gp)
						for _, h := range pf {
							tr.update(tr.rowOf(key(h), true), g[i], 1)
						}
						pf = sf.pair(pf[:0], i, pp)
						for _, h := range pf {
							tr.update(tr.rowOf(key(h), true), pred[i], -1)
						}
					}
				}
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
