package eval

import "testing"

func TestLangScore(t *testing.T) {
	s := NewLangScore("x")
	s.Add("a", "it", "it")
	s.Add("b", "it", "es")
	s.Add("c", "en", "en")
	s.Add("d", "en", "en")
	if got := s.Accuracy(); got != 0.75 {
		t.Errorf("accuracy %v, want 0.75", got)
	}
	if len(s.Errors) != 1 || s.Errors[0] != `b: it → "es"` {
		t.Errorf("errors %v", s.Errors)
	}
}
