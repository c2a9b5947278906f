package dedupe

import (
	"sync"
)

// DefaultThreshold is the least estimated Jaccard similarity of 5-word
// shingles at which two texts are near-duplicates. It was picked with
// "vedetta eval dedupe" on dedupe/testdata: there the least similar copies
// (a cut copy against an edited update) score 0.28 and the most similar
// different articles on one event 0.055; pairwise F1 is best from 0.10 to
// 0.25, and 0.2 keeps a margin on both sides.
const DefaultThreshold = 0.2

// DefaultBands is the number of LSH bands over the 128 values (2 values per
// band): a pair at Jaccard 0.2 becomes a candidate with probability 0.93,
// at 0.3 with 0.998; unrelated texts (Jaccard near 0.01 or less) are
// compared with probability 0.006 or less, so an Add looks at a small share
// of the index.
const DefaultBands = 64

// IndexOptions tune an Index; zero fields take the defaults.
type IndexOptions struct {
	Threshold float64 // least estimated Jaccard to join a cluster
	Bands     int     // LSH bands; must divide the signature length
}

// Match is an indexed document similar to a signature.
type Match struct {
	ID      string
	Cluster string
	Jaccard float64
}

type entry struct {
	id      string
	cluster string
	sig     Signature
	deleted bool
}

// Index groups signatures into clusters of near-duplicates, incrementally.
// A cluster is named by the id of its first document. It is safe for
// concurrent use.
type Index struct {
	mu        sync.RWMutex
	threshold float64
	bands     int
	entries   []entry
	byID      map[string]int32
	// LSH buckets as linked lists: heads maps a band's key to the last entry
	// added with it (index+1), and next[i*bands+b] to the entry added before
	// entry i with the same key of band b (0 ends the list). About 2.5 KB
	// per document with the defaults, signature included.
	heads map[uint64]int32
	next  []int32
}

// NewIndex returns an empty index.
func NewIndex(opts IndexOptions) *Index {
	if opts.Threshold <= 0 {
		opts.Threshold = DefaultThreshold
	}
	if opts.Bands <= 0 {
		opts.Bands = DefaultBands
	}
	return &Index{threshold: opts.Threshold, bands: opts.Bands, byID: map[string]int32{}, heads: map[uint64]int32{}}
}

// Threshold returns the least estimated Jaccard at which documents join.
func (ix *Index) Threshold() float64 { return ix.threshold }

// Len returns the number of documents indexed.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byID)
}

// bandKeys returns the bucket key of each band of s.
func (ix *Index) bandKeys(s Signature) []uint64 {
	if len(s.Mins) == 0 {
		return nil
	}
	rows := len(s.Mins) / ix.bands
	if rows == 0 {
		rows = 1
	}
	keys := make([]uint64, 0, ix.bands)
	for b := 0; b < ix.bands && (b+1)*rows <= len(s.Mins); b++ {
		h := uint64(b)<<48 ^ uint64(s.Shingle)<<32 ^ uint64(len(s.Mins))
		for _, v := range s.Mins[b*rows : (b+1)*rows] {
			h = mix64(h ^ uint64(v))
		}
		keys = append(keys, h)
	}
	return keys
}

// best returns the most similar live entry at or above the threshold, the
// earliest one among equals; -1 if none. The caller holds the lock.
func (ix *Index) best(s Signature, keys []uint64, skip int32) (int32, float64) {
	bestI, bestJ := int32(-1), 0.0
	seen := map[int32]bool{}
	for b, k := range keys {
		for h := ix.heads[k]; h != 0; h = ix.next[int(h-1)*ix.bands+b] {
			i := h - 1
			if i == skip || seen[i] {
				continue
			}
			seen[i] = true
			e := &ix.entries[i]
			if e.deleted {
				continue
			}
			j := s.Jaccard(e.sig)
			if j >= ix.threshold && (j > bestJ || j == bestJ && i < bestI) {
				bestI, bestJ = i, j
			}
		}
	}
	return bestI, bestJ
}

// Add indexes the document id with signature s and returns its cluster: the
// cluster of its most similar indexed document when that one is at or above
// the threshold, else id itself (a new cluster). Adding an id again with the
// same signature changes nothing; with another signature the document is
// re-clustered. Rebuilding an index by adding the same documents in the same
// order gives the same clusters.
func (ix *Index) Add(id string, s Signature) string {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if i, ok := ix.byID[id]; ok {
		e := &ix.entries[i]
		if equalSig(e.sig, s) {
			return e.cluster
		}
		e.deleted = true
		delete(ix.byID, id)
	}
	keys := ix.bandKeys(s)
	cluster := id
	if bi, _ := ix.best(s, keys, -1); bi >= 0 {
		cluster = ix.entries[bi].cluster
	}
	n := int32(len(ix.entries))
	ix.entries = append(ix.entries, entry{id: id, cluster: cluster, sig: s})
	ix.byID[id] = n
	ix.next = append(ix.next, make([]int32, ix.bands)...)
	for b, k := range keys {
		ix.next[int(n)*ix.bands+b] = ix.heads[k]
		ix.heads[k] = n + 1
	}
	return cluster
}

// Similar returns the most similar indexed document at or above the
// threshold, without adding s.
func (ix *Index) Similar(s Signature) (Match, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	bi, j := ix.best(s, ix.bandKeys(s), -1)
	if bi < 0 {
		return Match{}, false
	}
	e := ix.entries[bi]
	return Match{ID: e.id, Cluster: e.cluster, Jaccard: j}, true
}

// Cluster returns the cluster of an indexed document.
func (ix *Index) Cluster(id string) (string, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	i, ok := ix.byID[id]
	if !ok {
		return "", false
	}
	return ix.entries[i].cluster, true
}

// Remove drops a document (deleted from the store). The other members of
// its cluster keep the cluster's name.
func (ix *Index) Remove(id string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if i, ok := ix.byID[id]; ok {
		ix.entries[i].deleted = true
		delete(ix.byID, id)
	}
}

func equalSig(a, b Signature) bool {
	if a.Shingle != b.Shingle || len(a.Mins) != len(b.Mins) {
		return false
	}
	for i, v := range a.Mins {
		if v != b.Mins[i] {
			return false
		}
	}
	return true
}
