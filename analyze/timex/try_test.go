package timex

import (
	"fmt"
	"os"
	"testing"
)

func TestTry(t *testing.T) {
	s := os.Getenv("TRY")
	if s == "" {
		t.Skip()
	}
	for _, m := range Find(s, os.Getenv("TRYLANG"), os.Getenv("TRYDATE"), Options{}) {
		fmt.Printf("%q %d-%d %s %s %s %s expl=%v\n", m.Text, m.Start, m.End, m.Type, m.Value, m.Grain, m.Kind, m.Explicit)
	}
}
