package fold

import "testing"

func TestString(t *testing.T) {
	for in, want := range map[string]string{
		"paralización": "paralizacion", "grève": "greve", "ёлка": "елка",
		"u.s.": "us", "plain": "plain", "arrêté": "arrete", "l’état": "l'etat",
	} {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCapsLine(t *testing.T) {
	line := func(ws ...string) bool { return CapsLine(len(ws), func(i int) string { return ws[i] }) }
	if line("ONU", "y", "OTAN") || !line("LA", "CGT", "RATIFICA", "Y") || line("EEUU", "-") {
		t.Error("CapsLine")
	}
}
