package main

import (
	"strings"
	"testing"
)

// TestEvalEntities scores the tiny fixture of eval/testdata/entities (a
// page written for the tests) with the knowledge-base linker.
func TestEvalEntities(t *testing.T) {
	code, out, errOut := run(t, "", "eval", "entities", "--kb-only", "-v", "--gold", "../../eval/testdata/entities/gold.jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"entities: 1 documents", "COUNTRY", "organisations", "miss      p1.txt: ARMED_GROUP Hamas"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Kazakhstan, Russia (Mosca), the CSTO, the Russian MFA and Tokayev are
	// linked; Hamas is not in the text.
	if !strings.Contains(out, "all                5     ") {
		t.Errorf("want 5 true positives:\n%s", out)
	}
	if code, _, _ := run(t, "", "eval", "entities", "--gold", "/nonexistent/gold.jsonl"); code == 0 {
		t.Error("a missing gold file exits 0")
	}
}
