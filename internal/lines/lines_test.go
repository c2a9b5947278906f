package lines

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEach(t *testing.T) {
	var got []string
	err := Each(strings.NewReader("# head\n\n  a b  \nc\n"), func(n int, line string) error {
		got = append(got, strings.Repeat("+", n)+line)
		return nil
	})
	if err != nil || strings.Join(got, "|") != "+++a b|++++c" {
		t.Errorf("got %q, %v", got, err)
	}
	stop := errors.New("stop")
	if err := Each(strings.NewReader("x\ny\n"), func(int, string) error { return stop }); err != stop {
		t.Errorf("error %v, want the callback's", err)
	}
}

func TestWordSets(t *testing.T) {
	fsys := fstest.MapFS{
		"data/it/w.txt": {Data: []byte("# c\ndott.\nsig\n")},
		"data/en/x.txt": {Data: []byte("other\n")},
	}
	got := WordSets(fsys, "w.txt")
	if len(got) != 1 || !got["it"]["dott."] || !got["it"]["sig"] || len(got["it"]) != 2 {
		t.Errorf("got %v", got)
	}
}
