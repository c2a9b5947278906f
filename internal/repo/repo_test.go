package repo

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRoot(t *testing.T) {
	root, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Errorf("no go.mod in %s", root)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "repo", "repo.go")); err != nil {
		t.Errorf("%s is not this repository's root", root)
	}
	sh, _ := Shared()
	if filepath.Dir(sh) != filepath.Dir(root) {
		t.Errorf("shared %s is not beside %s", sh, root)
	}
}
