package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runNERTest(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := runMain(e, args)
	return code, out.String(), errb.String()
}

const nerInputText = "# sentence we wrote\n1\tAngela\n2\tMerkel\n3\tmet\n4\tthe\n5\tchief\n6\texecutive\n7\tof\n8\tMicrosoft\n9\tin\n10\tParis\n11\t.\n\n1\tShe\n2\tleft\n3\ton\n4\tFriday\n5\t.\n"

func TestNERConllRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.conllu")
	if err := os.WriteFile(path, []byte(nerInputText), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runNERTest(t, "", "ner", "--conll", path, "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	inLines := strings.Split(strings.TrimSpace(nerInputText), "\n")
	outLines := strings.Split(strings.TrimSpace(out), "\n")
	if len(inLines) != len(outLines) {
		t.Fatalf("%d lines in, %d out:\n%s", len(inLines), len(outLines), out)
	}
	tags := map[string]string{}
	for i, in := range inLines {
		o := outLines[i]
		if in == "" || strings.HasPrefix(in, "#") {
			if o != in {
				t.Errorf("line %d: %q became %q", i+1, in, o)
			}
			continue
		}
		prefix, tag, ok := strings.Cut(o[len(in):], "\t")
		if !strings.HasPrefix(o, in) || !ok || prefix != "" || tag == "" {
			t.Fatalf("line %d: %q became %q", i+1, in, o)
		}
		tags[strings.Split(in, "\t")[1]] = tag
	}
	if tags["Microsoft"] != "B-ORG" || tags["Paris"] != "B-LOC" || tags["the"] != "O" {
		t.Errorf("tags %v", tags)
	}
	// the same from stdin, with the language detected
	code, out2, errs := runNERTest(t, nerInputText, "ner", "--conll", "-")
	if code != 0 || out2 != out {
		t.Errorf("stdin: exit %d (%s), output differs:\n%s", code, errs, out2)
	}
}

func TestNERUsage(t *testing.T) {
	if code, _, _ := runNERTest(t, "", "ner"); code != exitUsage {
		t.Errorf("no input: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runNERTest(t, "", "ner", "--conll", "/does/not/exist", "--lang", "en"); code != exitProblem {
		t.Errorf("missing file: exit %d", code)
	}
}

func TestEvalNERPredictedColumn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gold-pred.tsv")
	data := "Maria\tB-PER\tB-PER\nRossi\tI-PER\tI-PER\nvive\tO\tO\na\tO\tO\nRoma\tB-LOC\tB-ORG\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runNERTest(t, "", "eval", "ner", "--conll", path, "--predicted")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "micro       2      2      1  0.5000  0.5000  0.5000") {
		t.Errorf("output:\n%s", out)
	}
}
