package dedupe

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"
)

const base = `The central bank kept its main interest rate at 4.5% on Wednesday for a fifth meeting in a row,
but said that falling inflation could allow it to start lowering borrowing costs in the second half of the year.
Seven of the nine members of the committee voted to hold rates, while two voted for an immediate cut of a quarter
point. Markets had expected a unanimous decision, and the pound fell half a cent against the dollar.`

func TestWords(t *testing.T) {
	got := strings.Join(Words("L'Unione, «ha detto» 4,5% — Ελλάδα São-Paulo"), "|")
	if got != "l|unione|ha|detto|4|5|ελλάδα|são|paulo" {
		t.Errorf("%q", got)
	}
}

func TestSignatureBasics(t *testing.T) {
	a := Sign(base)
	if a.Jaccard(Sign(base)) != 1 {
		t.Error("same text, different signature")
	}
	// Case, punctuation and line breaks do not matter.
	b := Sign(strings.ToUpper(strings.ReplaceAll(strings.ReplaceAll(base, ",", " ;"), "\n", " ")))
	if a.Jaccard(b) != 1 {
		t.Errorf("folded copy: %.3f", a.Jaccard(b))
	}
	if j := a.Jaccard(Sign("An entirely different text about football results and the weather in the mountains this weekend.")); j > 0.05 {
		t.Errorf("unrelated: %.3f", j)
	}
	// Settings differ: no similarity.
	if a.Jaccard(SignWith(base, 3, 128)) != 0 {
		t.Error("different shingle sizes compared")
	}
	// Short and empty texts.
	if Sign("two words").Jaccard(Sign("Two  words!")) != 1 || Sign("").Jaccard(Sign("x y z")) != 0 {
		t.Error("short texts")
	}
}

func TestBytesRoundTrip(t *testing.T) {
	s := Sign(base)
	b := s.Bytes()
	if len(b) != 4+4*DefaultHashes {
		t.Errorf("%d bytes", len(b))
	}
	r, err := ParseSignature(b)
	if err != nil || !equalSig(r, s) {
		t.Fatalf("round trip: %v", err)
	}
	for _, bad := range [][]byte{nil, {1}, b[:len(b)-1], append([]byte{9}, b[1:]...)} {
		if _, err := ParseSignature(bad); err == nil {
			t.Errorf("accepted % x...", bad[:min(len(bad), 4)])
		}
	}
}

// The estimate is close to the exact Jaccard of the shingle sets.
func TestJaccardEstimate(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	vocab := make([]string, 3000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%d", i)
	}
	var maxErr float64
	for trial := 0; trial < 40; trial++ {
		words := make([]string, 300)
		for i := range words {
			words[i] = vocab[rng.Intn(len(vocab))]
		}
		other := append([]string(nil), words...)
		edits := rng.Intn(60)
		for e := 0; e < edits; e++ {
			other[rng.Intn(len(other))] = vocab[rng.Intn(len(vocab))]
		}
		a, b := strings.Join(words, " "), strings.Join(other, " ")
		exact := exactJaccard(a, b, DefaultShingle)
		est := Sign(a).Jaccard(Sign(b))
		maxErr = math.Max(maxErr, math.Abs(est-exact))
	}
	// Standard error with 128 hashes is at most 0.044; allow about 3.5 of it.
	if maxErr > 0.16 {
		t.Errorf("largest estimate error %.3f", maxErr)
	}
}

func exactJaccard(a, b string, k int) float64 {
	set := func(s string) map[string]bool {
		w := Words(s)
		m := map[string]bool{}
		for i := 0; i+k <= len(w); i++ {
			m[strings.Join(w[i:i+k], " ")] = true
		}
		return m
	}
	sa, sb := set(a), set(b)
	in := 0
	for x := range sa {
		if sb[x] {
			in++
		}
	}
	return float64(in) / float64(len(sa)+len(sb)-in)
}

func TestIndexClusters(t *testing.T) {
	copy1 := "(Reuters) - " + base + "\n(Reporting by staff; editing by desk)"
	copy2 := strings.Replace(base, "half a cent", "0.5 cents", 1) + " Our Standards: The Trust Principles."
	other := `Talks between the two delegations resumed in Geneva on Thursday after a pause of three weeks, with both sides
saying they hoped to agree on a framework for a ceasefire before the end of the month. Mediators said progress had been slow.`
	ix := NewIndex(IndexOptions{})
	if c := ix.Add("a", Sign(base)); c != "a" {
		t.Errorf("first doc: cluster %q", c)
	}
	if c := ix.Add("o", Sign(other)); c != "o" {
		t.Errorf("unrelated: cluster %q", c)
	}
	if c := ix.Add("c1", Sign(copy1)); c != "a" {
		t.Errorf("copy with header: cluster %q (J=%.2f)", c, Sign(copy1).Jaccard(Sign(base)))
	}
	if c := ix.Add("c2", Sign(copy2)); c != "a" {
		t.Errorf("edited copy: cluster %q", c)
	}
	if c, ok := ix.Cluster("c1"); !ok || c != "a" || ix.Len() != 4 {
		t.Errorf("Cluster: %q %v, len %d", c, ok, ix.Len())
	}
	// Adding again with the same signature changes nothing.
	if c := ix.Add("c1", Sign(copy1)); c != "a" || ix.Len() != 4 {
		t.Errorf("re-add: %q", c)
	}
	// Replaced by another text: re-clustered.
	if c := ix.Add("c1", Sign(other+" Update.")); c != "o" {
		t.Errorf("replaced: %q", c)
	}
	if m, ok := ix.Similar(Sign(base + " Extra line.")); !ok || m.Cluster != "a" || m.Jaccard < 0.8 {
		t.Errorf("Similar: %+v %v", m, ok)
	}
	ix.Remove("a")
	ix.Remove("c2")
	if _, ok := ix.Similar(Sign(base)); ok {
		t.Error("removed documents still match")
	}
	if _, ok := ix.Cluster("a"); ok || ix.Len() != 2 {
		t.Error("Remove")
	}
}

// Rebuilding from persisted signatures in insertion order gives the same
// clusters.
func TestIndexRebuild(t *testing.T) {
	texts := randomDocs(300, 7)
	ix := NewIndex(IndexOptions{})
	var stored [][]byte
	want := map[string]string{}
	for i, tx := range texts {
		id := fmt.Sprint("d", i)
		want[id] = ix.Add(id, Sign(tx))
		stored = append(stored, Sign(tx).Bytes())
	}
	clusters := map[string]bool{}
	for _, c := range want {
		clusters[c] = true
	}
	if len(clusters) == len(texts) || len(clusters) < len(texts)/4 {
		t.Fatalf("%d clusters for %d texts: the generator makes copies of every third text", len(clusters), len(texts))
	}
	ix2 := NewIndex(IndexOptions{})
	for i, b := range stored {
		s, err := ParseSignature(b)
		if err != nil {
			t.Fatal(err)
		}
		id := fmt.Sprint("d", i)
		if c := ix2.Add(id, s); c != want[id] {
			t.Errorf("%s: cluster %s after rebuild, %s before", id, c, want[id])
		}
	}
}

// randomDocs makes n texts of random words; every third one is an edited
// copy of an earlier one.
func randomDocs(n int, seed int64) []string {
	rng := rand.New(rand.NewSource(seed))
	var out []string
	for i := 0; i < n; i++ {
		if i%3 == 2 {
			w := strings.Fields(out[rng.Intn(len(out))])
			for e := 0; e < 8; e++ {
				w[rng.Intn(len(w))] = fmt.Sprintf("edit%d", rng.Intn(1000))
			}
			out = append(out, "HEADER "+strings.Join(w, " ")+" FOOTER")
			continue
		}
		w := make([]string, 150+rng.Intn(200))
		for j := range w {
			w[j] = fmt.Sprintf("w%d", rng.Intn(20000))
		}
		out = append(out, strings.Join(w, " "))
	}
	return out
}

func BenchmarkSign(b *testing.B) {
	docs := randomDocs(100, 3)
	var n int64
	for _, d := range docs {
		n += int64(len(d))
	}
	b.SetBytes(n / int64(len(docs)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Sign(docs[i%len(docs)])
	}
}

// BenchmarkIndexAdd measures one Add into an index that already holds size
// documents: the time should stay nearly flat as size grows.
func BenchmarkIndexAdd(b *testing.B) {
	docs := randomDocs(2000, 5)
	sigs := make([]Signature, len(docs))
	for i, d := range docs {
		sigs[i] = Sign(d)
	}
	rng := rand.New(rand.NewSource(9))
	for _, size := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprint("size=", size), func(b *testing.B) {
			ix := NewIndex(IndexOptions{})
			for i := 0; i < size; i++ {
				s := Signature{Shingle: DefaultShingle, Mins: make([]uint32, DefaultHashes)}
				for j := range s.Mins {
					s.Mins[j] = rng.Uint32()
				}
				ix.Add(fmt.Sprint("bg", i), s)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				ix.Add(fmt.Sprint("n", i), sigs[i%len(sigs)])
			}
		})
	}
}

func FuzzSignature(f *testing.F) {
	f.Add(Sign(base).Bytes())
	f.Add([]byte{1, 5, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseSignature(b)
		if err != nil {
			return
		}
		if string(s.Bytes()) != string(b) {
			t.Error("round trip changed the bytes")
		}
	})
}
