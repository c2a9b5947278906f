package analyze

import (
	"os"
	"strings"
	"testing"

	"github.com/vedetta/vedetta"
)

func TestExample(t *testing.T) {
	raw, err := os.ReadFile("../examples/csto-kazakhstan-2022-01.it.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimSpace(string(raw))
	a := p.Analyze(vedetta.Document{ID: "x", Date: "2022-01", Text: text})
	if a.Lang != "it" {
		t.Errorf("lang = %q, want it", a.Lang)
	}
	if len(a.Sentences) < 6 {
		t.Errorf("only %d sentences", len(a.Sentences))
	}
	for _, s := range a.Sentences {
		if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
			t.Fatalf("bad sentence span %+v", s)
		}
	}
}
