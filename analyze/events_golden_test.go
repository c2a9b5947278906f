package analyze

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta/internal/golden"

	"github.com/vedetta/vedetta"
)

// TestEventsGolden runs the whole pipeline on sentences we wrote, one
// document per line in testdata/events/<lang>.txt, and compares the events
// with <lang>.txt.golden: a regression net for argument assignment, flags,
// dates and merging across the six languages. Run with -update after a
// deliberate change and read the diff.
func TestEventsGolden(t *testing.T) {
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "events", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no test sentences")
	}
	for _, f := range files {
		lang := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(lang, func(t *testing.T) {
			in, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			var b strings.Builder
			sc := bufio.NewScanner(in)
			for sc.Scan() {
				line := strings.TrimSpace(sc.Text())
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				a := p.Analyze(vedetta.Document{ID: "t", Lang: lang, Date: "2022-03-15", Text: line})
				fmt.Fprintf(&b, "%s\n", line)
				for _, e := range a.Events {
					fmt.Fprintf(&b, "  %s\n", goldenEvent(e))
				}
			}
			golden.Check(t, f+".golden", []byte(b.String()))
		})
	}
}

func goldenEvent(e vedetta.Event) string {
	a := func(x *vedetta.Actor) string {
		if x == nil {
			return "-"
		}
		s := x.Name
		if x.Country != "" || x.Sector != "" {
			s += " (" + x.Country + "/" + x.Sector + ")"
		}
		return s
	}
	s := e.Type
	if e.Mode != "" {
		s += "/" + e.Mode
	}
	s += fmt.Sprintf(" %s > %s %s", a(e.Source), a(e.Target), e.Date)
	for _, f := range e.Flags() {
		s += " " + f
	}
	if e.Location != nil {
		s += " @" + e.Location.Name
	}
	return s
}
