package eval

import (
	"bytes"
	"path/filepath"
	"testing"
)

// TestHTMLSet scores the extraction on our saved pages: most of each
// article must come back and little of the boilerplate.
func TestHTMLSet(t *testing.T) {
	pages, total, err := EvalHTML(filepath.Join("testdata", "html"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	WriteHTMLScores(&buf, pages, total)
	t.Log("\n" + buf.String())
	if len(pages) < 8 {
		t.Fatalf("%d pages", len(pages))
	}
	if total.Recall() < 0.9 || total.LeakShare() > 0.1 {
		t.Errorf("recall %.3f, leaked %.3f", total.Recall(), total.LeakShare())
	}
	for _, p := range pages {
		if p.Err != "" {
			t.Errorf("%s: %s", p.Name, p.Err)
		}
	}
}

func TestHTMLScoreCounts(t *testing.T) {
	s := HTMLScore{Gold: 10, Extracted: 8, Overlap: 6, Boiler: 20, Leaked: 2}
	if s.Recall() != 0.6 || s.Precision() != 0.75 || s.LeakShare() != 0.1 || (HTMLScore{}).Recall() != 0 {
		t.Errorf("%v %v %v", s.Recall(), s.Precision(), s.LeakShare())
	}
	vis, err := visibleText([]byte(`<html><head><title>T</title><script>x</script></head><body><p>a <b>b</b></p><style>s</style></body></html>`))
	if err != nil || len(bag(vis)) != 2 {
		t.Errorf("visible text %q %v", vis, err)
	}
}
