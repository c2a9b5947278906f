package kb

import (
	"os"
	"strings"
	"testing"

	"github.com/vedetta/vedetta"
)

func TestUserFiles(t *testing.T) {
	k, err := Load("testdata/user/extra.yaml", "testdata/user/extra.csv")
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := k.Holder("KAZ", "FM", "2030-06-01"); !ok || p.ID != "per:jane-roe" {
		t.Errorf("FM of KAZ in 2030 = %+v, %v", p, ok)
	}
	if p, ok := k.Holder("ARM", "HOS", "2031-06"); !ok || p.Name != "John Doe" {
		t.Errorf("HOS of ARM in 2031 = %+v, %v", p, ok)
	}
	a := vedetta.NewAnalysis(vedetta.Document{Date: "2030-02-01", Text: "Roe met Steppe Watch (STW) and the OTCS-X in Rusland. " +
		"The Lega della sicurezza collettiva agreed."})
	ents := k.Link(a)
	want := map[string]string{"per:jane-roe": "Roe", "org:steppe-watch": "Steppe Watch", "igo:Q318693": "OTCS-X", "RUS": "Rusland"}
	for _, e := range ents {
		if w, ok := want[e.ID]; ok && e.Mentions[0].Text == w {
			delete(want, e.ID)
		}
	}
	if len(want) > 0 {
		t.Errorf("not linked: %v in %+v", want, ents)
	}
	// The built-in names still work beside the user's.
	if e, ok := k.Lookup("igo:Q318693"); !ok || e.Name != "Collective Security Treaty Organization" {
		t.Errorf("CSTO overridden: %+v", e)
	}
}

func TestUserFileErrors(t *testing.T) {
	for _, c := range []struct{ name, body string }{
		{"a.yaml", "- id: ''\n  name: X\n"},
		{"a.yaml", "- id: per:x\n  type: ALIEN\n"},
		{"a.yaml", "- id: per:x\n  roles: [{role: HOS, from: yesterday}]\n"},
		{"a.yaml", "{{{"},
		{"a.csv", "name,type\nX,ORG\n"},
		{"a.csv", "id,name\nx,\"a\tb\"\n"},
	} {
		if _, err := ParseUserFile(c.name, []byte(c.body)); err == nil {
			t.Errorf("%s %q: no error", c.name, c.body)
		}
	}
	if _, err := Load("testdata/user/missing.yaml"); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: %v", err)
	}
}

func FuzzParseUserFile(f *testing.F) {
	for _, p := range []string{"testdata/user/extra.yaml", "testdata/user/extra.csv"} {
		raw, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(p, raw)
	}
	f.Add("x.csv", []byte("id\n\"unterminated"))
	f.Add("x.yaml", []byte("entities:\n  - id: a\n    names: [b]\n"))
	f.Add("x", []byte("- id: a\n"))
	f.Fuzz(func(t *testing.T, name string, raw []byte) {
		recs, err := ParseUserFile(name, raw)
		if err != nil {
			return
		}
		for _, r := range recs {
			if r.ID == "" {
				t.Fatalf("record without id from %q", raw)
			}
			for _, n := range r.Names {
				if strings.ContainsAny(n.Text, "\t\n|") {
					t.Fatalf("name %q holds a separator", n.Text)
				}
			}
		}
		// What parses must index and link without failing.
		if len(recs) > 0 && len(recs) < 20 {
			k, err := build(append(baseForFuzz(t), recs...))
			if err != nil {
				t.Fatal(err)
			}
			k.Link(vedetta.NewAnalysis(vedetta.Document{Text: string(raw)}))
		}
	})
}

// baseForFuzz is a tiny knowledge base so that fuzzing stays fast.
func baseForFuzz(t *testing.T) []*record {
	recs, err := parseRecords(strings.NewReader("E\tKAZ\tCOUNTRY\tKAZ\t\t\tKazakhstan\nN\ten\tn\tKazakhstan\n"), "curated")
	if err != nil {
		t.Fatal(err)
	}
	return recs
}
