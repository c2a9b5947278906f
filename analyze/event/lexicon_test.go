package event

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vedetta/vedetta/internal/golden"
)

// TestLexiconGolden loads every built-in lexicon and compares a summary of
// it (patterns per type and mode, cue classes, agents) with the golden file.
func TestLexiconGolden(t *testing.T) {
	c := coder(t)
	var b strings.Builder
	for _, lang := range Languages {
		l := c.Lexicon(lang)
		if l == nil {
			t.Fatalf("no lexicon for %s", lang)
		}
		count := map[string]int{}
		for _, p := range l.Patterns {
			count[p.Type+"/"+p.Mode]++
		}
		var ks []string
		for k := range count {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		fmt.Fprintf(&b, "%s: %d patterns, %d agents\n", lang, len(l.Patterns), len(l.Agents))
		for _, k := range ks {
			fmt.Fprintf(&b, "  %s %d\n", k, count[k])
		}
		var cs []string
		for k := range l.cues {
			cs = append(cs, k)
		}
		sort.Strings(cs)
		fmt.Fprintf(&b, "  cues: %s\n", strings.Join(cs, " "))
	}
	golden.Check(t, filepath.Join("testdata", "lexicon.golden"), []byte(b.String()))
}

func TestParsePattern(t *testing.T) {
	ont := coder(t).Ontology()
	good := []struct {
		line, typ, mode string
		ctx             []string
		elems, literal  int
	}{
		{"AID +peacekeeping = inviare ... forza di pace", "AID", "", []string{"peacekeeping"}, 5, 4},
		{"REQUEST/assist conf=0.8 = su richiesta $S", "REQUEST", "assist", nil, 3, 2},
		{`ASSAULT +military recip = "in" conflitto "con" $T`, "ASSAULT", "", []string{"military"}, 4, 3},
		{"AGREE = d'accordo", "AGREE", "", nil, 2, 2},
		{"SUPPORT = sostenere !che", "SUPPORT", "", nil, 2, 1},
		{"NONE = occupare ... carica", "NONE", "", nil, 3, 2}, // a phrase that is no event
	}
	for _, g := range good {
		p, err := parsePattern(g.line, "it", ont)
		if err != nil {
			t.Errorf("%q: %v", g.line, err)
			continue
		}
		if p.Type != g.typ || p.Mode != g.mode || len(p.Elems) != g.elems || p.literal != g.literal || len(p.Context) != len(g.ctx) {
			t.Errorf("%q: got %s/%s %v, %d elems %d literal", g.line, p.Type, p.Mode, p.Context, len(p.Elems), p.literal)
		}
	}
	for line, want := range map[string][2]bool{
		"THREATEN noun = minacce":                       {true, false},
		"PROTEST/demo crowd official=CONSULT = riuniti": {false, true},
	} {
		p, err := parsePattern(line, "it", ont)
		if err != nil || p.Noun != want[0] || p.Crowd != want[1] {
			t.Errorf("%q: %v noun %v crowd %v", line, err, p != nil && p.Noun, p != nil && p.Crowd)
		}
	}
	bad := []string{
		"AID inviare",               // no " = "
		"FOO = inviare",             // unknown type
		"AID/demo = inviare",        // mode not allowed for AID
		"NONE/demo = inviare",       // no event has no mode
		"AID +nowhere = inviare",    // unknown context
		"AID = $S inviare",          // starts with a slot
		"AID = inviare ...",         // ends with a gap
		"AID conf=2 = inviare",      // bad confidence
		"AID = inviare $X",          // unknown slot
		"AID = ... inviare",         // starts with a gap
		"AID = !inviare",            // starts with a negation
		"AID wrong = inviare",       // unknown option
		`AID = "" inviare`,          // empty exact word
		"AID = inviare ...9 truppe", // gap longer than gapLong
		"AID = inviare ...x truppe", // gap length not a digit
	}
	for _, line := range bad {
		if _, err := parsePattern(line, "it", ont); err == nil {
			t.Errorf("%q: parsed, want an error", line)
		}
	}
}

func TestParseCuesAndAgents(t *testing.T) {
	cs, err := ParseCues(strings.NewReader("# c\nneg: non mai\nfutsuf: ~rà\nfut: intend*\nneg: né\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		class, w string
		want     bool
	}{{"neg", "non", true}, {"neg", "né", true}, {"neg", "no", false}, {"futsuf", "continuerà", true}, {"futsuf", "rà", false}, {"fut", "intendono", true}} {
		if got := cs[c.class].has(c.w); got != c.want {
			t.Errorf("cue %s %q = %v", c.class, c.w, got)
		}
	}
	if _, err := ParseCues(strings.NewReader("no colon here\n")); err == nil {
		t.Error("cue line without class parsed")
	}
	ags, err := ParseAgents(strings.NewReader("COP police = polizia | forze dell'ordine\n"), "it")
	if err != nil || len(ags) != 1 || len(ags[0].Words) != 2 || len(ags[0].Words[1]) != 3 {
		t.Fatalf("agents: %v %+v", err, ags)
	}
	if _, err := ParseAgents(strings.NewReader("police = polizia\n"), "it"); err == nil {
		t.Error("agent line without sector parsed")
	}
}

func FuzzParsePatterns(f *testing.F) {
	for _, s := range []string{
		"AID +peacekeeping = inviare ... forza di pace",
		"REQUEST/assist = su richiesta $S",
		`ASSAULT recip = "in" conflitto "con" $T`,
		"AGREE = d'accordo !che @art pre*",
		"# comment\n\nSANCTION = sanzioni contro",
	} {
		f.Add(s)
	}
	ont := coder(f).Ontology()
	f.Fuzz(func(t *testing.T, s string) {
		ps, err := ParsePatterns(strings.NewReader(s), "it", ont)
		if err != nil {
			return
		}
		for _, p := range ps {
			if ont.Types[p.Type] == nil || len(p.Elems) == 0 || p.Elems[0].kind != elWord || p.literal == 0 {
				t.Fatalf("bad pattern from %q: %+v", s, p)
			}
		}
	})
}

func TestExpandPhrases(t *testing.T) {
	got := expandPhrases(`CONCEDE = proroga|estensione ... tregua|cessate_il_fuoco|alto_"el"_fuego`)
	want := []string{
		"CONCEDE = proroga|estensione ... tregua",
		"CONCEDE = proroga|estensione ... cessate il fuoco",
		`CONCEDE = proroga|estensione ... alto "el" fuego`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q", got)
	}
	if got := expandPhrases("AGREE = agree"); len(got) != 1 || got[0] != "AGREE = agree" {
		t.Errorf("plain line: %q", got)
	}
}

// A clause word is in another cue class only by name, not by an ending it
// shares with gerunds ("cuando", "quando" end in -ando).
func TestClauseWordsTakeNoAffixClass(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		lang, class, w string
		want           bool
	}{
		{"es", "purpose", "cuando", false},
		{"es", "purpose", "exigiendo", true},
		{"it", "purpose", "quando", false},
		{"it", "purpose", "chiedendo", true},
		{"es", "clause", "cuando", true},
	} {
		if got := c.Lexicon(tc.lang).Cue(tc.class, tc.w); got != tc.want {
			t.Errorf("%s Cue(%q, %q) = %v, want %v", tc.lang, tc.class, tc.w, got, tc.want)
		}
	}
}
