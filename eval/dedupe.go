package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/vedetta/vedetta/dedupe"
)

// DedupeText is one text of the near-duplicate set. Texts of one Group are
// copies of one another (they must be grouped); texts of one Event but of
// different groups are different articles on the same event (they must stay
// apart).
type DedupeText struct {
	ID, Group, Event, Text string
}

// LoadDedupeSet reads the *.txt files of dir. Each file is one event: lines
// starting with "#" before the first text are comments, and each text
// starts with a line "=== ID GROUP".
func LoadDedupeSet(dir string) ([]DedupeText, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("dedupe set: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("dedupe set: no *.txt file in %s", dir)
	}
	sort.Strings(files)
	var out []DedupeText
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("dedupe set: %w", err)
		}
		event := strings.TrimSuffix(filepath.Base(f), ".txt")
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var cur *DedupeText
		var body strings.Builder
		flush := func() {
			if cur != nil {
				cur.Text = strings.TrimSpace(body.String())
				out = append(out, *cur)
			}
			body.Reset()
		}
		line := 0
		for sc.Scan() {
			line++
			l := sc.Text()
			if strings.HasPrefix(l, "=== ") {
				flush()
				fields := strings.Fields(strings.TrimPrefix(l, "=== "))
				if len(fields) != 2 {
					fh.Close()
					return nil, fmt.Errorf("%s:%d: want \"=== ID GROUP\"", f, line)
				}
				cur = &DedupeText{ID: fields[0], Group: fields[1], Event: event}
				continue
			}
			if cur == nil {
				if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
					fh.Close()
					return nil, fmt.Errorf("%s:%d: text before the first \"=== ID GROUP\" line", f, line)
				}
				continue
			}
			body.WriteString(l)
			body.WriteByte('\n')
		}
		flush()
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
	}
	return out, nil
}

// PairSim is the similarity of one pair of texts.
type PairSim struct {
	A, B      string
	Dup       bool    // same group
	SameEvent bool    // same event
	Estimate  float64 // MinHash estimate
	Exact     float64 // exact Jaccard of the shingle sets
}

// DedupeRow scores one threshold: pairs predicted duplicates against the
// gold pairs. HardFP counts the false positives between different articles
// on the same event.
type DedupeRow struct {
	Threshold     float64
	TP, FP, FN    int
	HardFP        int
	Precision     float64
	Recall, F1    float64
	Clusters      int // with the incremental index: clusters made
	GoldClusters  int
	ClusterMethod string // "pairs" (estimate >= threshold) or "index" (dedupe.Index clusters)
}

// DedupeResult is the whole evaluation.
type DedupeResult struct {
	Texts, DupPairs, HardPairs, OtherPairs int
	Pairs                                  []PairSim
	ByPair, ByIndex                        []DedupeRow
}

// EvalDedupe signs every text with k-word shingles and n hashes, scores
// pairwise decisions and the clusters of a dedupe.Index at each threshold.
func EvalDedupe(texts []DedupeText, thresholds []float64, k, n int) *DedupeResult {
	res := &DedupeResult{Texts: len(texts)}
	sigs := make([]dedupe.Signature, len(texts))
	sets := make([]map[string]bool, len(texts))
	for i, t := range texts {
		sigs[i] = dedupe.SignWith(t.Text, k, n)
		sets[i] = shingleSet(t.Text, k)
	}
	for i := range texts {
		for j := i + 1; j < len(texts); j++ {
			p := PairSim{A: texts[i].ID, B: texts[j].ID, Dup: texts[i].Group == texts[j].Group,
				SameEvent: texts[i].Event == texts[j].Event,
				Estimate:  sigs[i].Jaccard(sigs[j]), Exact: jaccard(sets[i], sets[j])}
			switch {
			case p.Dup:
				res.DupPairs++
			case p.SameEvent:
				res.HardPairs++
			default:
				res.OtherPairs++
			}
			res.Pairs = append(res.Pairs, p)
		}
	}
	gold := map[string]bool{}
	for _, t := range texts {
		gold[t.Group] = true
	}
	for _, th := range thresholds {
		row := DedupeRow{Threshold: th, ClusterMethod: "pairs", GoldClusters: len(gold)}
		for _, p := range res.Pairs {
			row.add(p.Estimate >= th, p)
		}
		res.ByPair = append(res.ByPair, row.finish())

		ix := dedupe.NewIndex(dedupe.IndexOptions{Threshold: th})
		cl := make([]string, len(texts))
		names := map[string]bool{}
		for i, t := range texts {
			cl[i] = ix.Add(t.ID, sigs[i])
			names[cl[i]] = true
		}
		row = DedupeRow{Threshold: th, ClusterMethod: "index", GoldClusters: len(gold), Clusters: len(names)}
		k := 0
		for i := range texts {
			for j := i + 1; j < len(texts); j++ {
				row.add(cl[i] == cl[j], res.Pairs[k])
				k++
			}
		}
		res.ByIndex = append(res.ByIndex, row.finish())
	}
	return res
}

func (r *DedupeRow) add(pred bool, p PairSim) {
	switch {
	case pred && p.Dup:
		r.TP++
	case pred:
		r.FP++
		if p.SameEvent {
			r.HardFP++
		}
	case p.Dup:
		r.FN++
	}
}

func (r DedupeRow) finish() DedupeRow {
	if r.TP+r.FP > 0 {
		r.Precision = float64(r.TP) / float64(r.TP+r.FP)
	}
	if r.TP+r.FN > 0 {
		r.Recall = float64(r.TP) / float64(r.TP+r.FN)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}

// BestRange returns the lowest and highest thresholds of rows whose F1 is
// the best, and that F1.
func BestRange(rows []DedupeRow) (lo, hi, f1 float64) {
	for _, r := range rows {
		switch {
		case r.F1 > f1+1e-9:
			lo, hi, f1 = r.Threshold, r.Threshold, r.F1
		case r.F1 >= f1-1e-9 && f1 > 0:
			hi = r.Threshold
		}
	}
	return lo, hi, f1
}

func shingleSet(text string, k int) map[string]bool {
	w := dedupe.Words(text)
	set := map[string]bool{}
	if len(w) < k {
		set[strings.Join(w, " ")] = true
		return set
	}
	for i := 0; i+k <= len(w); i++ {
		set[strings.Join(w[i:i+k], " ")] = true
	}
	return set
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for s := range a {
		if b[s] {
			inter++
		}
	}
	u := len(a) + len(b) - inter
	if u == 0 {
		return 0
	}
	return float64(inter) / float64(u)
}

// WriteDedupe prints the evaluation.
func WriteDedupe(w io.Writer, r *DedupeResult) error {
	fmt.Fprintf(w, "%d texts; pairs: %d duplicates, %d different articles on the same event, %d unrelated\n\n",
		r.Texts, r.DupPairs, r.HardPairs, r.OtherPairs)
	minDup, maxHard, maxOther := 1.0, 0.0, 0.0
	var minDupP, maxHardP PairSim
	for _, p := range r.Pairs {
		switch {
		case p.Dup && p.Estimate < minDup:
			minDup, minDupP = p.Estimate, p
		case !p.Dup && p.SameEvent && p.Estimate > maxHard:
			maxHard, maxHardP = p.Estimate, p
		case !p.Dup && !p.SameEvent && p.Estimate > maxOther:
			maxOther = p.Estimate
		}
	}
	fmt.Fprintf(w, "least similar duplicates: %s ~ %s estimate %.3f (exact %.3f)\n", minDupP.A, minDupP.B, minDupP.Estimate, minDupP.Exact)
	fmt.Fprintf(w, "most similar same-event non-duplicates: %s ~ %s estimate %.3f (exact %.3f)\n", maxHardP.A, maxHardP.B, maxHardP.Estimate, maxHardP.Exact)
	fmt.Fprintf(w, "most similar unrelated pair: estimate %.3f\n\n", maxOther)
	for _, rows := range [][]DedupeRow{r.ByPair, r.ByIndex} {
		if len(rows) == 0 {
			continue
		}
		if rows[0].ClusterMethod == "pairs" {
			fmt.Fprintln(w, "pairwise decision (estimated Jaccard >= threshold):")
		} else {
			fmt.Fprintln(w, "\nincremental clustering (dedupe.Index, texts added in file order; pairs in one cluster):")
		}
		fmt.Fprintf(w, "%9s %5s %5s %5s %7s %9s %7s %6s %9s\n", "threshold", "TP", "FP", "FN", "hardFP", "precision", "recall", "F1", "clusters")
		for _, x := range rows {
			cl := ""
			if x.ClusterMethod == "index" {
				cl = fmt.Sprintf("%d/%d", x.Clusters, x.GoldClusters)
			}
			fmt.Fprintf(w, "%9.2f %5d %5d %5d %7d %9.3f %7.3f %6.3f %9s\n", x.Threshold, x.TP, x.FP, x.FN, x.HardFP, x.Precision, x.Recall, x.F1, cl)
		}
		lo, hi, f1 := BestRange(rows)
		fmt.Fprintf(w, "best F1 %.3f for thresholds %.2f to %.2f\n", f1, lo, hi)
	}
	return nil
}

// LoadPlainTexts reads unlabelled real texts for a background check: the
// TEXT of TimeBank .tml files (tags stripped) and .txt pages, keyed by file
// name. Missing folders are skipped.
func LoadPlainTexts(dirs ...string) (map[string]string, error) {
	out := map[string]string{}
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			ext := filepath.Ext(f)
			if ext != ".tml" && ext != ".txt" || strings.HasPrefix(filepath.Base(f), ".") {
				continue
			}
			raw, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			s := string(raw)
			if ext == ".tml" {
				if i := strings.Index(s, "<TEXT>"); i >= 0 {
					s = s[i:]
				}
				s = tagRE.ReplaceAllString(s, " ")
			}
			out[filepath.Base(f)] = s
		}
	}
	return out, nil
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// Background compares every pair of unlabelled texts and returns the pairs
// at or above min, most similar first: with real texts that are not meant
// to be copies, these are the candidates for false positives (or real
// duplicates in the corpus), to be read by hand.
func Background(texts map[string]string, k, n int, min float64) (pairs []PairSim, total int) {
	ids := make([]string, 0, len(texts))
	for id := range texts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	sigs := make([]dedupe.Signature, len(ids))
	for i, id := range ids {
		sigs[i] = dedupe.SignWith(texts[id], k, n)
	}
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			total++
			if e := sigs[i].Jaccard(sigs[j]); e >= min {
				pairs = append(pairs, PairSim{A: ids[i], B: ids[j], Estimate: e})
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a].Estimate > pairs[b].Estimate })
	return pairs, total
}
