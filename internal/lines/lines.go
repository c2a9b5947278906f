// Package lines reads the line-based data files the analysers ship: word
// lists and lexicons with blank lines and # comments.
package lines

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// Each calls fn with each line of r that is neither blank nor a comment
// (#), trimmed, and its 1-based number; it stops at fn's first error.
func Each(r io.Reader, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading: %w", err)
	}
	return nil
}

// WordSets reads the word list data/<lang>/<file> of every language folder
// of fsys that has one: one entry per line, # comments. Languages without
// the file are absent from the result.
func WordSets(fsys fs.FS, file string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	dirs, _ := fs.ReadDir(fsys, "data")
	for _, d := range dirs {
		f, err := fsys.Open("data/" + d.Name() + "/" + file)
		if err != nil {
			continue
		}
		set := map[string]bool{}
		_ = Each(f, func(_ int, line string) error {
			set[line] = true
			return nil
		})
		f.Close()
		out[d.Name()] = set
	}
	return out
}
