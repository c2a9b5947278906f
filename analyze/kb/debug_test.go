package kb_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/ingest"
)

func TestDebugDump(t *testing.T) {
	f := os.Getenv("KBDEBUG")
	if f == "" {
		t.Skip()
	}
	p, err := analyze.New(analyze.Config{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(f)
	for _, fn := range files {
		fh, _ := os.Open(fn)
		ingest.ReadStream(fn, fh, ingest.Options{}, func(it ingest.Item) error {
			a := p.Analyze(it.Doc)
			t.Logf("== %s %s %s", fn, a.Lang, a.Date)
			for _, e := range a.Entities {
				var ms []string
				for _, m := range e.Mentions {
					ms = append(ms, m.Text+"/"+m.Kind[:1])
				}
				b, _ := json.Marshal(ms)
				t.Logf("  %-8s %-22s %-40s %s/%s %s", e.Type, e.ID, e.Name, e.Country, e.Sector, b)
			}
			return nil
		})
		fh.Close()
	}
}
