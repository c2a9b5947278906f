package eval

import (
	"math"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	cases := []struct {
		tags string
		want []Chunk
	}{
		{"B-PER I-PER O B-LOC", []Chunk{{"PER", 0, 2}, {"LOC", 3, 4}}},
		{"I-PER I-PER B-PER", []Chunk{{"PER", 0, 2}, {"PER", 2, 3}}}, // IOB1
		{"B-PER I-LOC I-LOC", []Chunk{{"PER", 0, 1}, {"LOC", 1, 3}}},
		{"O I-ORG O", []Chunk{{"ORG", 1, 2}}},
		{"S-LOC S-LOC B-ORG E-ORG I-ORG", []Chunk{{"LOC", 0, 1}, {"LOC", 1, 2}, {"ORG", 2, 4}, {"ORG", 4, 5}}},
		{"X weird O", nil},
	}
	for _, c := range cases {
		if got := Chunks(strings.Fields(c.tags)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Chunks(%s) = %v, want %v", c.tags, got, c.want)
		}
	}
}

// TestNERScoreFixture scores a hand-written file (token, gold, predicted)
// whose counts were worked out by hand: PER 1 right and 1 spurious, LOC a
// boundary error and a type error, ORG 1 right (an I- tag opening a chunk)
// and 1 missed.
func TestNERScoreFixture(t *testing.T) {
	raw, err := os.ReadFile("testdata/ner/fixture.tsv")
	if err != nil {
		t.Fatal(err)
	}
	sc := NewNERScore()
	for _, block := range strings.Split(strings.TrimSpace(string(raw)), "\n\n") {
		var gold, pred []string
		for _, line := range strings.Split(block, "\n") {
			f := strings.Split(line, "\t")
			gold, pred = append(gold, f[1]), append(pred, f[2])
		}
		if err := sc.Add(gold, pred); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]Counts{"PER": {1, 1, 0}, "LOC": {0, 2, 1}, "ORG": {1, 0, 1}}
	for typ, c := range want {
		if got := sc.PerType[typ]; got == nil || *got != c {
			t.Errorf("%s: got %+v, want %+v", typ, got, c)
		}
	}
	if sc.Micro != (Counts{2, 3, 2}) {
		t.Errorf("micro %+v", sc.Micro)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if !near(sc.Micro.Precision(), 0.4) || !near(sc.Micro.Recall(), 0.5) || !near(sc.Micro.F1(), 0.8/1.8) {
		t.Errorf("micro P %v R %v F1 %v", sc.Micro.Precision(), sc.Micro.Recall(), sc.Micro.F1())
	}
	var b strings.Builder
	if err := sc.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "micro       4      5      2  0.4000  0.5000  0.4444") {
		t.Errorf("table:\n%s", b.String())
	}
	if err := sc.Add([]string{"O"}, nil); err == nil {
		t.Error("length mismatch not reported")
	}
}

func TestCountsEmpty(t *testing.T) {
	var c Counts
	if c.Precision() != 0 || c.Recall() != 0 || c.F1() != 0 {
		t.Error("empty counts should score 0")
	}
}
