package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta/dedupe"
)

func TestLoadDedupeSet(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "e.txt"), []byte("# comment\n=== a g1\nuno due\n\n=== b g2\ntre\n"), 0o644)
	texts, err := LoadDedupeSet(dir)
	if err != nil || len(texts) != 2 || texts[0].Text != "uno due" || texts[1].Group != "g2" || texts[1].Event != "e" {
		t.Fatalf("%+v %v", texts, err)
	}
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("=== only-id\nx\n"), 0o644)
	if _, err := LoadDedupeSet(dir); err == nil {
		t.Error("bad header accepted")
	}
}

// TestDedupeSet scores the default settings on our near-duplicate set: at
// dedupe.DefaultThreshold the incremental index must group the copies and
// keep different articles on the same event apart.
func TestDedupeSet(t *testing.T) {
	texts, err := LoadDedupeSet(filepath.Join("..", "dedupe", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	res := EvalDedupe(texts, []float64{dedupe.DefaultThreshold}, dedupe.DefaultShingle, dedupe.DefaultHashes)
	var buf bytes.Buffer
	WriteDedupe(&buf, res)
	t.Log("\n" + buf.String())
	if res.DupPairs < 15 || res.HardPairs < 15 {
		t.Fatalf("set too small: %d duplicate and %d hard pairs", res.DupPairs, res.HardPairs)
	}
	for _, rows := range [][]DedupeRow{res.ByPair, res.ByIndex} {
		r := rows[0]
		if r.Precision < 0.95 || r.Recall < 0.9 || r.HardFP > 0 {
			t.Errorf("%s at %.2f: precision %.3f recall %.3f hard FP %d", r.ClusterMethod, r.Threshold, r.Precision, r.Recall, r.HardFP)
		}
	}
	if !strings.Contains(buf.String(), "best F1") {
		t.Error("no best F1 line")
	}
}

func TestBackground(t *testing.T) {
	dir := t.TempDir()
	text := "one two three four five six seven eight nine ten eleven twelve"
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(dir, "b.tml"), []byte("<DOC><TEXT>"+text+" thirteen</TEXT></DOC>"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("something else entirely about another subject in the news today"), 0o644)
	os.WriteFile(filepath.Join(dir, "._a.txt"), []byte(text), 0o644)
	texts, err := LoadPlainTexts(dir, filepath.Join(dir, "missing"))
	if err != nil || len(texts) != 3 {
		t.Fatalf("%d texts, %v", len(texts), err)
	}
	pairs, total := Background(texts, 5, 128, 0.5)
	if total != 3 || len(pairs) != 1 || pairs[0].A != "a.txt" || pairs[0].B != "b.tml" {
		t.Errorf("%d pairs of %d: %+v", len(pairs), total, pairs)
	}
}
