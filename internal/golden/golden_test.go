package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that keeps the errors reported to it.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper()                        {}
func (r *recorder) Errorf(format string, a ...any) { r.errs = append(r.errs, format) }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	if err := os.WriteFile(path, []byte("a\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Check(r, path, []byte("a\nb"))
	if len(r.errs) != 0 {
		t.Errorf("same text (but the final newline) reported: %v", r.errs)
	}
	Check(r, path, []byte("a\nc\n"))
	if len(r.errs) != 1 {
		t.Errorf("a changed line not reported")
	}
	if d := Diff("a\nb", "a\nc"); d != "- b\n+ c\n" {
		t.Errorf("Diff = %q", d)
	}
}
