package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPhoenixDates(t *testing.T) {
	for in, want := range map[string]string{"991001": "1999-10-01", "020128": "2002-01-28", "140101": "2014-01-01",
		"19940922": "1994-09-22", "12": ""} {
		if got := phoenixDate(in); got != want {
			t.Errorf("phoenixDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPhoenixCodes(t *testing.T) {
	e := &entity{}
	addCodes(e, "\t[KAZGOV 991001-020128] [RUSGOV >20040309] [KAZELI] [IGOUNO 970101-061231] [USRKAZ <911216]")
	want := []role{
		{code: "KAZGOV", country: "KAZ", sector: "GOV", from: "1999-10-01", to: "2002-01-28"},
		{code: "RUSGOV", country: "RUS", sector: "GOV", from: "2004-03-09"},
		{code: "IGOUNO", sector: "IGO", from: "1997-01-01", to: "2006-12-31"},
		{code: "USRKAZ", country: "USR", sector: "KAZ", to: "1991-12-16"},
	}
	if len(e.roles) != len(want) {
		t.Fatalf("roles %+v", e.roles)
	}
	for i := range want {
		if e.roles[i] != want[i] {
			t.Errorf("role %d = %+v, want %+v", i, e.roles[i], want[i])
		}
	}
	if n := phoenixName("ABDEL_FATTAH_AL-BURHAN_"); n != "Abdel Fattah al-Burhan" {
		t.Errorf("phoenixName = %q", n)
	}
}

// TestGenerate builds the data from ../shared when it is there and checks
// what the knowledge base relies on.
func TestGenerate(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "data", "kb")); err != nil {
		t.Skip("../shared/data/kb is missing")
	}
	cs, err := countries(shared)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 250 {
		t.Errorf("%d countries", len(cs))
	}
	var kaz *entity
	for _, c := range cs {
		if c.id == "KAZ" {
			kaz = c
		}
	}
	if kaz == nil || kaz.seen["n\x00Kazakistan"] == 0 && kaz.names[0].text != "Kazakistan" {
		t.Fatalf("KAZ without its Italian name: %+v", kaz)
	}
	igos, err := organisations(shared)
	if err != nil {
		t.Fatal(err)
	}
	if len(igos) < 600 {
		t.Errorf("%d organisations", len(igos))
	}
	found := false
	for _, o := range igos {
		if o.id == "igo:Q318693" && o.name == "Collective Security Treaty Organization" {
			found = true
		}
	}
	if !found {
		t.Error("no CSTO")
	}
}
