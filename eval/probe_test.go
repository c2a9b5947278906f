package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta"
)

func TestProbeEvents(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "probe", "probe.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadProbe(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 6 || len(cases[3].Want) != 2 || cases[4].Want != nil || !cases[1].Want[0].Recip {
		t.Fatalf("read %+v", cases)
	}
	nato := &vedetta.Actor{ID: "igo:Q7184", Name: "North Atlantic Treaty Organization"}
	evs := map[string][]vedetta.Event{
		"attacked":  {{Type: "ASSAULT", Source: actor("Ruritania", "RUR"), Target: actor("Freedonia", "FRD")}},
		"met":       {{Type: "CONSULT", Source: actor("Freedonia", "FRD"), Target: actor("Ruritania", "RUR")}},            // reciprocal: either order
		"not send":  {{Type: "AID", Source: actor("Ruritania", "RUR"), Target: actor("Freedonia", "FRD"), Negated: true}}, // not future: incorrect
		"chiede":    {{Type: "REQUEST", Source: actor("Ruritania", "RUR"), Target: nato}, {Type: "SUPPORT", Source: actor("Ruritania", "RUR")}},
		"Piove":     nil,
		"attacca, ": {{Type: "ASSAULT", Source: actor("Freedonia", "FRD"), Hypothetical: true}}, // hypothetical: not scored
	}
	langs := ProbeEvents(cases, fixedAnalyzer(evs), "2024-01-01", nil)
	if len(langs) != 2 || langs[0].Lang != "en" || langs[1].Lang != "it" {
		t.Fatalf("langs %+v", langs)
	}
	en, it := langs[0], langs[1]
	// en: 3 sentences, 2 correct (the AID lacks its future flag but
	// matches by type and actors); 3 gold, 3 found, all matched.
	if en.Sentences != 3 || en.Correct != 2 || en.Events.Gold != 3 || en.Events.Pred != 3 || en.Events.MatchPred != 3 || en.Events.MatchGold != 3 {
		t.Errorf("en %+v", en)
	}
	// it: the request found, the accusation missed, a spurious SUPPORT;
	// rain and a hypothetical attack are correct.
	if it.Sentences != 3 || it.Correct != 2 || it.Events.Gold != 2 || it.Events.Pred != 2 || it.Events.MatchPred != 1 || it.Events.MatchGold != 1 {
		t.Errorf("it %+v", it)
	}
	if len(it.Events.Notes) != 1 || !strings.Contains(it.Events.Notes[0], "SUPPORT Ruritania[RUR]>-") {
		t.Errorf("notes %q", it.Events.Notes)
	}
	// Top-1 types: en's two right, the negated sending none on either
	// side; it's request right, and the hypothetical attack is a top event
	// where none is expected.
	if en.Top.Gold != 2 || en.Top.Pred != 2 || en.Top.MatchPred != 2 || it.Top.Gold != 1 || it.Top.Pred != 2 || it.Top.MatchPred != 1 {
		t.Errorf("top-1: en %+v, it %+v", en.Top, it.Top)
	}
	var b strings.Builder
	if err := WriteProbe(&b, "probe", langs); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "all                6        4      5      5  0.800  0.800  0.800   0.750") {
		t.Errorf("table:\n%s", b.String())
	}
}

func TestActorKeyMatches(t *testing.T) {
	for _, tc := range []struct {
		key  string
		a    *vedetta.Actor
		want bool
	}{
		{"-", nil, true},
		{"-", actor("Ruritania", "RUR"), false},
		{"RUR", actor("Ruritania", "RUR"), true},
		{"RUR", &vedetta.Actor{ID: "igo:x", Name: "Ruritanian League", Country: "RUR"}, false},
		{"nato", &vedetta.Actor{ID: "igo:Q7184", Name: "North Atlantic Treaty Organization"}, true},
		{"ecowas", &vedetta.Actor{Name: "Economic Community of West African States"}, true},
		{"african_union", &vedetta.Actor{Name: "African Union"}, true},
		{"houthi", &vedetta.Actor{Name: "Houthis"}, true},
		{"red cross", &vedetta.Actor{Name: "International Committee of the Red Cross"}, true},
		{"un", &vedetta.Actor{Name: "Tunisia"}, false},
		{"eu", &vedetta.Actor{Name: "Europol"}, false},
	} {
		if got := actorKeyMatches(tc.key, tc.a, nil); got != tc.want {
			t.Errorf("%q %+v: %v", tc.key, tc.a, got)
		}
	}
	// the head of an organisation stands for it when the key resolves to it
	gut := &vedetta.Actor{ID: "per:antonio-guterres", Name: "António Guterres", Sector: "IGO", Org: "igo:Q1065"}
	if !actorKeyMatches("un", gut, []string{"igo:Q1065"}) || actorKeyMatches("PRT", gut, nil) {
		t.Errorf("Guterres for the UN: %+v", gut)
	}
}

func TestBundledProbeSets(t *testing.T) {
	// the development set's fourth part has 90 Spanish sentences and 30 in
	// each other language, its fifth 120 Spanish ones, its sixth 60 Italian
	// and 60 English ones, its seventh 60 Spanish ones, its eighth 60 each
	// in French, German and Russian
	for name, set := range map[string]struct {
		read func() ([]ProbeCase, error)
		per  map[string]int
	}{"dev": {ProbeSet, map[string]int{"en": 180, "it": 180, "es": 720, "fr": 240, "de": 240, "ru": 180}},
		"heldout": {ProbeHeldout, map[string]int{"en": 30, "it": 30, "es": 30, "fr": 30, "de": 30, "ru": 30}}} {
		cases, err := set.read()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		per := map[string]int{}
		for _, c := range cases {
			per[c.Lang]++
		}
		for l, want := range set.per {
			if per[l] != want {
				t.Errorf("%s: %d %s sentences, want %d", name, per[l], l, want)
			}
		}
	}
}

func TestProbeKeyResolver(t *testing.T) {
	w, err := parseProbeEvent("ASSAULT eln COL")
	if err != nil {
		t.Fatal(err)
	}
	e := vedetta.Event{Type: "ASSAULT", Source: &vedetta.Actor{ID: "grp:eln", Name: "National Liberation Army (Colombia)", Country: "COL"}, Target: actor("Colombia", "COL")}
	if w.matches(e, nil) {
		t.Error("matched without a resolver")
	}
	if !w.matches(e, func(k string) []string { return map[string][]string{"eln": {"grp:eln"}}[k] }) {
		t.Error("not matched through the resolver")
	}
}

func TestReadProbeErrors(t *testing.T) {
	for _, in := range []string{
		"en\tonly two columns\n",
		"en\tA sentence.\tASSAULT RUR\n",
		"en\tA sentence.\tassault RUR FRD\n",
		"en\tA sentence.\tASSAULT RUR FRD x\n",
		"\tA sentence.\t-\n",
	} {
		if _, err := ReadProbe(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%q: %v", in, err)
		}
	}
}

func FuzzReadProbe(f *testing.F) {
	f.Add("en\tRuritania attacked Freedonia.\tASSAULT RUR FRD ; CONSULT<> RUR -|FRD nf?h\n")
	f.Fuzz(func(t *testing.T, s string) {
		cases, err := ReadProbe(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, c := range cases {
			for _, w := range c.Want {
				if w.Type == "" || len(w.Source) == 0 || len(w.Target) == 0 {
					t.Fatalf("bad event %+v from %q", w, s)
				}
			}
		}
	})
}
