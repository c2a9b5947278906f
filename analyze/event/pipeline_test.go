package event_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze"
)

// TestExamplePipeline runs the whole analysis (language, sentences, dates,
// entities, NER, events) on the reference example and checks the events the
// issue asks for.
func TestExamplePipeline(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "examples", "csto-kazakhstan-2022-01.it.txt"))
	if err != nil {
		t.Skipf("reference example not available: %v", err)
	}
	p, err := analyze.New(analyze.Config{})
	if err != nil {
		t.Fatal(err)
	}
	a := p.Analyze(vedetta.Document{ID: "csto", Date: "2022-01", Text: string(b)})
	if a.Lang != "it" {
		t.Fatalf("lang %q", a.Lang)
	}
	find := func(typ, src, tgt string, ok func(vedetta.Event) bool) {
		t.Helper()
		for _, e := range a.Events {
			if e.Type != typ || e.Source == nil || e.Target == nil {
				continue
			}
			if (e.Source.Country == src || e.Source.Name == src) && (e.Target.Country == tgt || e.Target.Name == tgt) && ok(e) {
				return
			}
		}
		t.Errorf("no %s %s -> %s in %d events", typ, src, tgt, len(a.Events))
		for _, e := range a.Events {
			t.Logf("  %s %v -> %v fut=%v date=%s ctx=%v «%s»", e.Type, e.Source, e.Target, e.Future, e.Date, e.Context, e.Evidence)
		}
	}
	csto := "Collective Security Treaty Organization"
	find("REQUEST", "KAZ", csto, func(vedetta.Event) bool { return true })
	find("AID", csto, "KAZ", func(e vedetta.Event) bool {
		return e.Date == "2022-01-06" && len(e.Context) == 1 && e.Context[0] == "peacekeeping"
	})
	find("SUPPORT", "RUS", csto, func(vedetta.Event) bool { return true })
	find("CONSULT", "RUS", "KAZ", func(e vedetta.Event) bool { return e.Future })
}

func BenchmarkPipeline(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "examples", "csto-kazakhstan-2022-01.it.txt"))
	if err != nil {
		b.Skip("reference example not available")
	}
	p, err := analyze.New(analyze.Config{})
	if err != nil {
		b.Fatal(err)
	}
	d := vedetta.Document{ID: "csto", Date: "2022-01", Text: string(raw)}
	n := len(p.Analyze(d).Sentences)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Analyze(d)
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "sentences/s")
}
