package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Word clusters: words (folded with foldLower) grouped by the words seen
// next to them in a language's training text, in two levels (a coarse
// cluster and a finer one inside it). Models with FeatClusters read the
// clusters of the word and its neighbours, so that a word seen rarely or
// never with a tag still shares weights with words used alike.

// ClusterText lists, for each language, the files whose text (tokens only,
// never tags; training parts of split files) the clusters are built from:
// the language's training corpora.
var ClusterText = map[string][]CorpusFile{
	"it": {{Path: "it/kind-WN_train.tsv"}, {Path: "it/kind-ADG_train.tsv"}, {Path: "it/kind-FIC_train.tsv"}, {Path: "it/wikineural-val.conllu", Split: true}},
	"en": {{Path: "en/conll2003-train.conllu"}, {Path: "en/wikineural-val.conllu"}},
	"fr": {{Path: "fr/wikineural-val.conllu", Split: true}},
	"de": {{Path: "de/wikineural-val.conllu", Split: true}},
	"es": {{Path: "es/wikineural-val.conllu", Split: true}},
	"ru": {{Path: "ru/wikineural-val.conllu", Split: true}},
}

// Clusters maps words to their coarse and fine cluster numbers.
type Clusters struct {
	m map[string][2]uint16
}

// Of returns the coarse and fine cluster of a folded word (ok false for a
// word without one).
func (c *Clusters) Of(lower string) (coarse, fine int, ok bool) {
	v, ok := c.m[lower]
	return int(v[0]), int(v[1]), ok
}

// Len is the number of words with a cluster.
func (c *Clusters) Len() int { return len(c.m) }

// ClusterOptions tune BuildClusters.
type ClusterOptions struct {
	MinFreq  int // words seen fewer times get no cluster (default 3)
	Contexts int // number of frequent words used as contexts (default 2000)
	Coarse   int // coarse clusters (default 64)
	Fine     int // fine clusters inside each coarse one (default 8)
	Iters    int // k-means iterations per level (default 12)
	Seed     uint64
}

// BuildClusters clusters the words of sents: each word with at least
// MinFreq occurrences is a vector of positive pointwise mutual information
// with the frequent words just left and just right of it, and spherical
// k-means splits the words into Coarse clusters and each of them into Fine
// ones. The result depends only on the text and the seed.
func BuildClusters(sents [][]string, opt ClusterOptions) *Clusters {
	if opt.MinFreq <= 0 {
		opt.MinFreq = 3
	}
	if opt.Contexts <= 0 {
		opt.Contexts = 2000
	}
	if opt.Coarse <= 0 {
		opt.Coarse = 64
	}
	if opt.Fine <= 0 {
		opt.Fine = 8
	}
	if opt.Iters <= 0 {
		opt.Iters = 12
	}
	freq := map[string]int{}
	low := make([][]string, len(sents))
	for i, s := range sents {
		low[i] = make([]string, len(s))
		for j, w := range s {
			low[i][j] = foldLower(w)
			freq[low[i][j]]++
		}
	}
	var vocab []string
	for w, n := range freq {
		if n >= opt.MinFreq {
			vocab = append(vocab, w)
		}
	}
	// most frequent first, ties by spelling: deterministic
	slices.SortFunc(vocab, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	idx := make(map[string]int, len(vocab))
	for i, w := range vocab {
		idx[w] = i
	}
	nc := min(opt.Contexts, len(vocab))
	// context dims: left word c → c, right word c → nc+c, sentence edges 2nc, 2nc+1
	dims := 2*nc + 2
	counts := make([]map[int32]float64, len(vocab))
	for i := range counts {
		counts[i] = map[int32]float64{}
	}
	ctxTotal := make([]float64, dims)
	total := 0.0
	for _, s := range low {
		for j, w := range s {
			wi, ok := idx[w]
			if !ok {
				continue
			}
			add := func(d int) {
				counts[wi][int32(d)]++
				ctxTotal[d]++
				total++
			}
			if j == 0 {
				add(2 * nc)
			} else if ci, ok := idx[s[j-1]]; ok && ci < nc {
				add(ci)
			}
			if j == len(s)-1 {
				add(2*nc + 1)
			} else if ci, ok := idx[s[j+1]]; ok && ci < nc {
				add(nc + ci)
			}
		}
	}
	type entry struct {
		d int32
		v float32
	}
	vecs := make([][]entry, len(vocab))
	for i, c := range counts {
		wt := 0.0
		for _, n := range c {
			wt += n
		}
		var v []entry
		norm := 0.0
		for d, n := range c {
			pmi := math.Log(n * total / (wt * ctxTotal[d]))
			if pmi > 0 {
				v = append(v, entry{d, float32(pmi)})
				norm += pmi * pmi
			}
		}
		slices.SortFunc(v, func(a, b entry) int { return int(a.d - b.d) })
		norm = math.Sqrt(norm)
		for k := range v {
			v[k].v /= float32(norm)
		}
		vecs[i] = v
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0xc105))
	// kmeans assigns the words in ids to k clusters
	kmeans := func(ids []int, k int) []int {
		assign := make([]int, len(ids))
		if len(ids) <= k {
			for i := range assign {
				assign[i] = i
			}
			return assign
		}
		cent := make([][]float32, k)
		perm := rng.Perm(len(ids))
		for c := 0; c < k; c++ {
			cent[c] = make([]float32, dims)
			for _, e := range vecs[ids[perm[c]]] {
				cent[c][e.d] = e.v
			}
		}
		for it := 0; it < opt.Iters; it++ {
			for i, id := range ids {
				best, bs := 0, float32(-1)
				for c := 0; c < k; c++ {
					var s float32
					for _, e := range vecs[id] {
						s += e.v * cent[c][e.d]
					}
					if s > bs {
						best, bs = c, s
					}
				}
				assign[i] = best
			}
			for c := range cent {
				clear(cent[c])
			}
			sizes := make([]int, k)
			for i, id := range ids {
				c := assign[i]
				sizes[c]++
				for _, e := range vecs[id] {
					cent[c][e.d] += e.v
				}
			}
			for c := range cent {
				if sizes[c] == 0 { // empty: restart at a random word
					for _, e := range vecs[ids[rng.IntN(len(ids))]] {
						cent[c][e.d] = e.v
					}
					continue
				}
				n := 0.0
				for _, x := range cent[c] {
					n += float64(x) * float64(x)
				}
				if n > 0 {
					inv := float32(1 / math.Sqrt(n))
					for d := range cent[c] {
						cent[c][d] *= inv
					}
				}
			}
		}
		return assign
	}
	all := make([]int, len(vocab))
	for i := range all {
		all[i] = i
	}
	out := &Clusters{m: make(map[string][2]uint16, len(vocab))}
	coarse := kmeans(all, opt.Coarse)
	groups := make([][]int, opt.Coarse)
	for i, c := range coarse {
		groups[c] = append(groups[c], i)
	}
	for c, g := range groups {
		fine := kmeans(g, opt.Fine)
		for i, id := range g {
			out.m[vocab[id]] = [2]uint16{uint16(c), uint16(c*opt.Fine + fine[i])}
		}
	}
	return out
}

// Write writes the clusters as gzipped lines "word TAB coarse TAB fine",
// sorted by word.
func (c *Clusters) Write(w io.Writer) error {
	words := make([]string, 0, len(c.m))
	for k := range c.m {
		words = append(words, k)
	}
	slices.Sort(words)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, k := range words {
		v := c.m[k]
		fmt.Fprintf(bw, "%s\t%d\t%d\n", k, v[0], v[1])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadClusters reads clusters written by Write.
func ReadClusters(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	defer zr.Close()
	c := &Clusters{m: map[string][2]uint16{}}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("clusters line %d: want 3 columns", line)
		}
		a, err1 := strconv.ParseUint(f[1], 10, 16)
		b, err2 := strconv.ParseUint(f[2], 10, 16)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("clusters line %d: bad number", line)
		}
		c.m[f[0]] = [2]uint16{uint16(a), uint16(b)}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	return c, nil
}

var clusterCache sync.Map // lang → *clusterLoad

type clusterLoad struct {
	once sync.Once
	c    *Clusters
	err  error
}

// EmbeddedClusters returns the clusters shipped for lang
// (models/clusters-LANG.tsv.gz, built by "vedetta train clusters").
func EmbeddedClusters(lang string) (*Clusters, error) {
	v, _ := clusterCache.LoadOrStore(lang, &clusterLoad{})
	l := v.(*clusterLoad)
	l.once.Do(func() {
		raw, err := modelFS.ReadFile("models/clusters-" + lang + ".tsv.gz")
		if err != nil {
			l.err = fmt.Errorf("no word clusters for %q: %w", lang, err)
			return
		}
		l.c, l.err = ReadClusters(bytes.NewReader(raw))
	})
	return l.c, l.err
}
