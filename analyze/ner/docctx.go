package ner

// Document context (FeatDocument): a capitalised word also reads the words
// seen just before and just after its other occurrences in the nearby
// sentences of the same document (docWindow sentences each side), and
// whether it occurs there in lower case. "a Saronno" in one sentence then
// helps "Saronno" alone in the next. The features come from the text only,
// never from predicted tags, so training needs no second model.

// docWindow is the number of sentences each side that make a word's
// document context.
const docWindow = 10

// docMaxOcc: a word seen more often than this in the window (sentence-first
// "Il", "The") gets only its count, not its contexts.
const docMaxOcc = 10

type docWord struct {
	n           int
	left, right map[string]int
}

type docIndex struct {
	caps  map[string]*docWord
	lower map[string]int
}

func capWord(t *tok) bool { return t.cap == 'U' || t.cap == 'A' }

// edit adds (d=1) or removes (d=-1) the words of one sentence.
func (x *docIndex) edit(toks []tok, d int) {
	for i := 2; i < len(toks)-2; i++ {
		t := &toks[i]
		if !capWord(t) {
			if t.cap == 'l' {
				x.lower[t.lower] += d
				if x.lower[t.lower] == 0 {
					delete(x.lower, t.lower)
				}
			}
			continue
		}
		w := x.caps[t.lower]
		if w == nil {
			w = &docWord{left: map[string]int{}, right: map[string]int{}}
			x.caps[t.lower] = w
		}
		w.n += d
		if w.n == 0 {
			delete(x.caps, t.lower)
			continue
		}
		for _, c := range []struct {
			m map[string]int
			k string
		}{{w.left, toks[i-1].lower}, {w.right, toks[i+1].lower}} {
			c.m[c.k] += d
			if c.m[c.k] == 0 {
				delete(c.m, c.k)
			}
		}
	}
}

// feats appends to out[i] the document features of each word i of a
// sentence (toks as sentFeats holds them, two boundary tokens each side).
func (x *docIndex) feats(toks []tok, out [][]uint64) {
	for i := 2; i < len(toks)-2; i++ {
		t := &toks[i]
		f := out[i-2][:0]
		if capWord(t) {
			if x.lower[t.lower] > 0 {
				f = append(f, hStart(98))
			}
			if w := x.caps[t.lower]; w != nil {
				f = append(f, hInt(hStart(97), min(w.n, 4)))
				if w.n <= docMaxOcc {
					for k := range w.left {
						f = append(f, hStr(hStart(95), k))
					}
					for k := range w.right {
						f = append(f, hStr(hStart(96), k))
					}
				}
			}
		}
		out[i-2] = f
	}
}

// docFeats computes the document features of every word of doc, sentence
// by sentence, sliding the window along.
func docFeats(doc [][]string) [][][]uint64 {
	f, _ := docFeatsToks(doc)
	return f
}

// docFeatsToks is docFeats that also returns the tokens it made of each
// sentence (with two boundary tokens each side).
func docFeatsToks(doc [][]string) ([][][]uint64, [][]tok) {
	toks := make([][]tok, len(doc))
	for j, words := range doc {
		var sf sentFeats
		sf.fill(words)
		toks[j] = sf.toks
	}
	x := &docIndex{caps: map[string]*docWord{}, lower: map[string]int{}}
	out := make([][][]uint64, len(doc))
	hi := 0 // sentences [lo, hi) are in the index
	lo := 0
	for j := range doc {
		for hi < len(doc) && hi <= j+docWindow {
			x.edit(toks[hi], 1)
			hi++
		}
		for lo < j-docWindow {
			x.edit(toks[lo], -1)
			lo++
		}
		out[j] = make([][]uint64, len(doc[j]))
		x.feats(toks[j], out[j])
	}
	return out, toks
}

// selfDocFeats sets extra to the document features of the sentence taken
// as a document of its own: what docFeats gives for a one-sentence
// document, without the index.
func (sf *sentFeats) selfDocFeats(n int) {
	if cap(sf.selfX) < n {
		sf.selfX = make([][]uint64, n)
	}
	sf.selfX = sf.selfX[:n]
	toks := sf.toks
	for i := 0; i < n; i++ {
		t := &toks[i+2]
		f := sf.selfX[i][:0]
		if capWord(t) {
			occ, lower := 0, false
			for j := 0; j < n; j++ {
				u := &toks[j+2]
				if u.lower != t.lower {
					continue
				}
				if capWord(u) {
					occ++
				} else if u.cap == 'l' {
					lower = true
				}
			}
			if lower {
				f = append(f, hStart(98))
			}
			f = append(f, hInt(hStart(97), min(occ, 4)))
			if occ <= docMaxOcc {
				for j := 0; j < n; j++ {
					u := &toks[j+2]
					if u.lower != t.lower || !capWord(u) {
						continue
					}
					f = addUniq(f, hStr(hStart(95), toks[j+1].lower), hStr(hStart(96), toks[j+3].lower))
				}
			}
		}
		sf.selfX[i] = f
	}
	sf.extra = sf.selfX
}
