package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain lets the test binary act as the vedetta command in
// subprocesses (used by the crash test).
func TestMain(m *testing.M) {
	if os.Getenv("VEDETTA_BE_MAIN") == "1" {
		os.Exit(runMain(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}, os.Args[1:]))
	}
	os.Exit(m.Run())
}

// run runs a vedetta command in-process.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	code := runMain(e, args)
	return code, out.String(), errOut.String()
}

// subprocess returns a subprocess running vedetta with args.
func subprocess(args ...string) *exec.Cmd {
	c := exec.Command(os.Args[0], args...)
	c.Env = append(os.Environ(), "VEDETTA_BE_MAIN=1")
	return c
}

const example = "../../examples/csto-kazakhstan-2022-01.it.txt"

func TestAnalyzeExample(t *testing.T) {
	code, out, errOut := run(t, "", "analyze", example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var a struct {
		ID, Date, Title, Lang, Text string
		Sentences                   []struct{ Start, End int }
		Entities, Dates, Events     []json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	if a.Lang != "it" || a.Date != "2022-01" {
		t.Errorf("lang %q date %q", a.Lang, a.Date)
	}
	if !strings.HasPrefix(a.Title, "Dichiarazione del ministero degli Esteri russo") {
		t.Errorf("title %q", a.Title)
	}
	if len(a.Sentences) == 0 || a.Entities == nil || a.Dates == nil || a.Events == nil {
		t.Errorf("missing fields: %s", out[:200])
	}
	for _, s := range a.Sentences {
		if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
			t.Errorf("bad sentence %+v", s)
		}
	}
	// The JSON contract carries every documented key, even when empty.
	for _, k := range []string{`"id"`, `"url"`, `"date"`, `"title"`, `"lang"`, `"text"`, `"sentences"`, `"entities"`, `"dates"`, `"events"`} {
		if !strings.Contains(out, k+":") {
			t.Errorf("key %s missing", k)
		}
	}
}

func TestIngestTwiceAndSearch(t *testing.T) {
	data := t.TempDir()
	code, out, errOut := run(t, "", "ingest", "--data", data, "--quiet", example)
	if code != 0 || !strings.HasPrefix(out, "stored 1, replaced 0, unchanged 0, failed 0") {
		t.Fatalf("first ingest: %d %q %s", code, out, errOut)
	}
	code, out, _ = run(t, "", "ingest", "--data", data, "--quiet", example)
	if code != 0 || !strings.HasPrefix(out, "stored 0, replaced 0, unchanged 1, failed 0") {
		t.Fatalf("second ingest: %d %q", code, out)
	}
	for _, q := range []string{"forza di pace", "Kazakistan", `"forze di pace"`} {
		code, out, errOut = run(t, "", "search", "--data", data, "--json", q)
		if code != 0 {
			t.Fatalf("search %s: %d %s", q, code, errOut)
		}
		var res struct {
			Total uint64
			Hits  []struct{ ID, Lang, Date, Snippet string }
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		if res.Total != 1 || res.Hits[0].Lang != "it" || res.Hits[0].Date != "2022-01" || !strings.Contains(res.Hits[0].Snippet, "<mark>") {
			t.Errorf("search %s: %+v", q, res)
		}
	}
	code, out, _ = run(t, "", "search", "--data", data, "Kazakistan", "--lang", "en")
	if code != 0 || !strings.HasPrefix(out, "0 result(s)") {
		t.Errorf("--lang en filter: %q", out)
	}
	code, out, _ = run(t, "", "stats", "--data", data)
	if code != 0 || !strings.HasPrefix(out, "1 documents") || !strings.Contains(out, "2022-01") {
		t.Errorf("stats: %q", out)
	}
	code, out, _ = run(t, "", "search", "--data", data, "--json", "Kazakistan")
	var res struct{ Hits []struct{ ID string } }
	json.Unmarshal([]byte(out), &res)
	code, out, _ = run(t, "", "show", "--data", data, res.Hits[0].ID)
	if code != 0 || !strings.Contains(out, `"lang": "it"`) {
		t.Errorf("show: %d %q", code, out)
	}
	if code, _, _ = run(t, "", "show", "--data", data, "nope"); code != 1 {
		t.Errorf("show unknown id: exit %d", code)
	}
}

func TestBadInputKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"good.txt":      "date 2022-01-06 Buon documento\n\nIl Kazakistan ha chiesto aiuto.",
		"empty.txt":     "",
		"binary.dat":    "\x00\x01\x02\x03binary",
		"invalid.txt":   "date 2022-01-07\nTitolo\n\nTesto con \xff byte non validi.",
		"baddate.txt":   "date 2022-02-30 Titolo\n\nTesto.",
		"docs.jsonl":    "{\"id\":\"j1\",\"text\":\"primo\"}\n{\"id\":\"j2\",\"text\":\n{\"id\":\"j3\",\"text\":\"terzo\"}\n",
		"nodate.txt":    "Testo senza data.",
		"whitespace.md": "   \n\n  ",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A 50 MB single document.
	big, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(strings.Repeat("parola ", 1000) + "\n")
	for n := 0; n < 50<<20; n += len(line) {
		big.Write(line)
	}
	big.Close()

	data := t.TempDir()
	code, out, errOut := run(t, "", "ingest", "--data", data, "--quiet", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (some failed): %s %s", code, out, errOut)
	}
	if !strings.HasPrefix(out, "stored 5, replaced 0, unchanged 0, failed 6") {
		t.Errorf("summary: %q", out)
	}
	for _, want := range []string{
		"empty.txt: empty file",
		"binary.dat: binary file",
		"baddate.txt:1: unparsable date line",
		"docs.jsonl:2: malformed JSON",
		"huge.txt:1: document of 52",
		"whitespace.md: file holds only white space",
		"invalid.txt:1: invalid UTF-8",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = run(t, "", "stats", "--data", data)
	if !strings.HasPrefix(out, "5 documents") {
		t.Errorf("stats after a bad batch: %q", out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nosuchcommand"},
		{"ingest"},
		{"ingest", "--nosuchflag", "x"},
		{"ingest", "--date", "2022-13", "-"},
		{"ingest", "/no/such/path"},
		{"analyze"},
		{"show"},
	} {
		if code, _, _ := run(t, "", args...); code != 2 {
			t.Errorf("vedetta %v: exit %d, want 2", args, code)
		}
	}
	if code, _, _ := run(t, "", "ingest", "-h"); code != 0 {
		t.Errorf("ingest -h: exit %d", code)
	}
}

func TestStdinJSONL(t *testing.T) {
	data := t.TempDir()
	in := `{"id":"x1","date":"2022-01-06","lang":"en","title":"CSTO","text":"The CSTO sent peacekeepers to Kazakhstan."}`
	code, out, _ := run(t, in, "ingest", "--data", data, "--quiet", "-")
	if code != 0 || !strings.HasPrefix(out, "stored 1") {
		t.Fatalf("%d %q", code, out)
	}
	code, out, _ = run(t, "", "search", "--data", data, "peacekeeper", "--from", "2022-01-01", "--to", "2022-01-31")
	if !strings.Contains(out, "(x1)") {
		t.Errorf("stdin document not found: %q", out)
	}
	code, out, _ = run(t, "", "search", "--data", data, "peacekeeper", "--from", "2022-02-01")
	if !strings.HasPrefix(out, "0 result(s)") {
		t.Errorf("--from filter: %q", out)
	}
}
