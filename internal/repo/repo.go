// Package repo locates the repository root (the nearest folder above the
// working directory holding go.mod) and the shared data beside it, for
// tests and for commands run from a checkout.
package repo

import (
	"errors"
	"os"
	"path/filepath"
)

// Root returns the repository root.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("repository root (go.mod) not found")
		}
		dir = up
	}
}

// Shared returns the shared data folder beside the repository root
// (../shared), whether or not it exists.
func Shared() (string, error) {
	root, err := Root()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "..", "shared"), nil
}
