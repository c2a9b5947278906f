package main

import (
	"os"
	"strings"
	"testing"
)

// TestEvalEventsProbe scores the bundled probe sets, which need no shared
// data folder; -v lists the development set's sentences only.
func TestEvalEventsProbe(t *testing.T) {
	code, out, errOut := run(t, "", "eval", "events", "--set", "probe", "-v", "--shared", "/nonexistent")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"probe dev ", "held out ", "all              180 ", "probe: line "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	held, err := os.ReadFile("../../eval/probe/heldout.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(held), "\n") {
		if cols := strings.Split(line, "\t"); len(cols) == 3 && strings.Contains(out, cols[1]) {
			t.Errorf("a held-out sentence is listed: %s", cols[1])
		}
	}
	if code, _, _ := run(t, "", "eval", "events", "--set", "pages", "--shared", "/nonexistent"); code == 0 {
		t.Error("a missing shared folder exits 0 for pages-dev")
	}
}
