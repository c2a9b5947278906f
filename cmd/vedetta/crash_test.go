package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vedetta/vedetta/internal/corpus"
	"github.com/vedetta/vedetta/store/sqlite"
)

// TestCrashMidIngest kills a real ingest process with SIGKILL while it is
// writing, then checks that the store opens cleanly, holds only whole
// documents, and that a re-run completes the batch without duplicates.
func TestCrashMidIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	dir := t.TempDir()
	input := filepath.Join(dir, "corpus.jsonl")
	const total = 3000
	f, err := os.Create(input)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	g := corpus.New(1, 2000)
	enc := json.NewEncoder(w)
	for i := 0; i < total; i++ {
		enc.Encode(g.Next())
	}
	w.Flush()
	f.Close()

	data := filepath.Join(dir, "data")
	cmd := subprocess("ingest", "--data", data, "--quiet", input)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once it has committed something and is still going.
	deadline := time.Now().Add(60 * time.Second)
	killed := false
	for time.Now().Before(deadline) {
		if fi, err := os.Stat(filepath.Join(data, "vedetta.db-wal")); err == nil && fi.Size() > 256<<10 {
			cmd.Process.Signal(syscall.SIGKILL)
			killed = true
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	err = cmd.Wait()
	if !killed {
		t.Fatalf("ingest never got going (wait: %v)", err)
	}
	if err == nil {
		t.Log("ingest finished before the kill landed; the checks below still apply")
	}

	s, err := sqlite.Open(data, sqlite.Options{})
	if err != nil {
		t.Fatalf("store does not open after SIGKILL: %v", err)
	}
	if err := s.Check(context.Background()); err != nil {
		t.Fatalf("store damaged after SIGKILL: %v", err)
	}
	st, _ := s.Stats(context.Background())
	partial := st.Documents
	// Every stored document is whole.
	for i := 1; i <= total; i++ {
		id := "gen-" + itoa(i)
		a, err := s.Get(context.Background(), id)
		if err != nil {
			continue
		}
		if len(a.Text) < 1900 || !strings.HasSuffix(a.Text, "("+itoa(i)+")") || len(a.Sentences) == 0 {
			t.Fatalf("document %s is not whole: %d bytes, %d sentences", id, len(a.Text), len(a.Sentences))
		}
	}
	s.Close()
	t.Logf("killed after %d of %d documents", partial, total)
	if partial >= total {
		t.Log("all documents were stored before the kill")
	}

	code, out, errOut := run(t, "", "ingest", "--data", data, "--quiet", input)
	if code != 0 {
		t.Fatalf("re-run: exit %d: %s %s", code, out, errOut)
	}
	if !strings.Contains(out, "unchanged "+itoa(partial)+",") || !strings.Contains(out, "failed 0") {
		t.Errorf("re-run summary %q, want %d unchanged", out, partial)
	}
	s, err = sqlite.Open(data, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	st, _ = s.Stats(context.Background())
	if st.Documents != total {
		t.Errorf("%d documents after the re-run, want %d", st.Documents, total)
	}
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}
