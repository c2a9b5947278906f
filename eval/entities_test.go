package eval

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta"
)

func ent(id, name, typ, sector string, ms ...string) vedetta.Entity {
	e := vedetta.Entity{ID: id, Name: name, Type: typ, Sector: sector}
	for _, m := range ms {
		kind := "name"
		if k, t, ok := strings.Cut(m, ":"); ok {
			kind, m = k, t
		}
		e.Mentions = append(e.Mentions, vedetta.Mention{Text: m, Kind: kind})
	}
	return e
}

func TestEntityClass(t *testing.T) {
	for _, c := range []struct {
		e    vedetta.Entity
		want string
	}{
		{ent("KAZ", "Kazakhstan", "COUNTRY", ""), "COUNTRY"},
		{ent("igo:Q1", "CSTO", "ORG", "IGO"), "ORG"},
		{ent("gov:RUS:MFA", "x", "ORG", "GOV"), "GOV"},
		{ent("gov:SDN:MIL", "x", "ORG", "MIL"), "GOV"},
		{ent("grp:rsf", "RSF", "ORG", "REB"), "ARMED_GROUP"},
		{ent("per:x", "X", "PERSON", "GOV"), "PERSON"},
		{ent("loc:x", "X", "LOCATION", ""), ""},
		{ent("med:reuters", "Reuters", "ORG", "MED"), ""},
	} {
		if got := EntityClass(c.e); got != c.want {
			t.Errorf("%s: %q, want %q", c.e.ID, got, c.want)
		}
	}
}

func TestEntityScoreAdd(t *testing.T) {
	gold := []GoldEntity{
		{Name: "Kazakhstan", Type: "COUNTRY", ISO3: "KAZ", Mentions: []string{"Kazakistan"}},
		{Name: "Russia", Type: "COUNTRY", ISO3: "RUS", Mentions: []string{"Russia"}},
		{Name: "Collective Security Treaty Organization", Type: "ORG", Mentions: []string{"CSTO"}},
		{Name: "Kazakhstan security forces", Type: "GOV", Mentions: []string{"Sicherheitskräften"}},
		{Name: "Kassym-Jomart Tokayev", Type: "PERSON", Mentions: []string{"Tokayev"}},
	}
	sys := []vedetta.Entity{
		ent("KAZ", "Kazakhstan", "COUNTRY", "", "Kazakistan"),
		// Found by an adjective only: not a mention in the gold's sense.
		ent("RUS", "Russia", "COUNTRY", "", "adjective:russo"),
		// A wrong country with the gold mention text does not count.
		ent("ARM", "Armenia", "COUNTRY", "", "Russia"),
		ent("igo:Q318693", "Collective Security Treaty Organization", "ORG", "IGO", "ОДКБ"),
		// A body found through a mention containing the gold one.
		ent("gov:KAZ:SECF", "Kazakhstani security forces", "ORG", "COP", "kasachischen Sicherheitskräften"),
		ent("per:x", "Somebody Else", "PERSON", "", "Else"),
	}
	s := NewEntityScore()
	s.Add("f", gold, sys)
	want := map[string]Counts{
		"COUNTRY": {TP: 1, FP: 1, FN: 1},
		"ORG":     {TP: 1},
		"GOV":     {TP: 1},
		"PERSON":  {FP: 1, FN: 1},
	}
	for c, w := range want {
		if *s.PerClass[c] != w {
			t.Errorf("%s: %+v, want %+v", c, *s.PerClass[c], w)
		}
	}
	if len(s.Misses) != 2 || len(s.Spurious) != 2 {
		t.Errorf("misses %q spurious %q", s.Misses, s.Spurious)
	}
	if o := s.Organisations(); o.TP != 2 || o.FP != 0 || o.FN != 0 {
		t.Errorf("organisations %+v", o)
	}
}

// TestPagesEntities scores a tiny fixture written for this test with a
// stand-in analyser, so that it does not depend on the linker.
func TestPagesEntities(t *testing.T) {
	an := func(d vedetta.Document) *vedetta.Analysis {
		a := vedetta.NewAnalysis(d)
		if strings.Contains(d.Text, "Kazakistan") {
			a.Entities = append(a.Entities, ent("KAZ", "Kazakhstan", "COUNTRY", "", "Kazakistan"),
				ent("igo:Q318693", "Collective Security Treaty Organization", "ORG", "IGO", "CSTO"),
				ent("igo:Q1065", "United Nations", "ORG", "IGO", "Onu"),
				ent("gov:RUS:MFA", "Ministry of Foreign Affairs of Russia", "ORG", "GOV", "ministero degli Esteri russo"),
				ent("per:kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "PERSON", "GOV", "Tokayev"))
		}
		return a
	}
	s, err := PagesEntities(filepath.Join("testdata", "entities", "gold.jsonl"), an)
	if err != nil {
		t.Fatal(err)
	}
	if s.Docs != 1 {
		t.Fatalf("%d documents", s.Docs)
	}
	m := s.Micro()
	if m.TP != 4 || m.FP != 1 || m.FN != 2 {
		t.Errorf("micro %+v; misses %q spurious %q", m, s.Misses, s.Spurious)
	}
	var buf bytes.Buffer
	if err := s.Write(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"COUNTRY", "ARMED_GROUP", "organisations", "0.800"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, buf.String())
		}
	}
}
