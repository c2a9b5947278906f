package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vedetta/vedetta/export"
	"github.com/vedetta/vedetta/store"
)

// TestEventsAndEntitiesCommands lists and exports what the demo stores.
func TestEventsAndEntitiesCommands(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if code, _, errOut := run(t, "", "demo", "--data", data); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	code, out, errOut := run(t, "", "events", "--data", data, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("events: exit %d: %s", code, errOut)
	}
	var all []store.EventRecord
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var r store.EventRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("jsonl: %v: %s", err, l)
		}
		all = append(all, r)
	}
	if len(all) == 0 {
		t.Skip("no event in the examples (event stage missing)")
	}
	typ := all[0].Event.Type
	want := 0
	for _, r := range all {
		if r.Event.Type == typ {
			want++
		}
	}
	code, out, errOut = run(t, "", "events", "--data", data, "--type", strings.ToLower(typ), "--format", "csv")
	if code != 0 {
		t.Fatalf("events csv: exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != want+1 || strings.Join(rows[0], ",") != strings.Join(export.CSVColumns, ",") {
		t.Fatalf("csv: %v, %d rows, want %d", err, len(rows), want+1)
	}
	for _, r := range rows[1:] {
		if r[4] != typ {
			t.Errorf("--type %s let %s through", typ, r[4])
		}
	}
	code, out, _ = run(t, "", "events", "--data", data, "--format", "gdelt", "--limit", "1")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); code != 0 || len(lines) != 2 {
		t.Errorf("gdelt --limit 1: exit %d, %d lines", code, len(lines))
	}
	code, out, _ = run(t, "", "events", "--data", data, "--lang", "it")
	if code != 0 || !strings.HasPrefix(out, "DATE") || !strings.Contains(out, "event(s)") {
		t.Errorf("table: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "", "events", "--data", data, "--format", "graphml")
	if code != 0 || !strings.Contains(out, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"`) {
		t.Errorf("graphml: exit %d", code)
	}
	for _, bad := range [][]string{{"--format", "xlsx"}, {"--from", "2022-13"}, {"stray"}} {
		if code, _, _ := run(t, "", append([]string{"events", "--data", data}, bad...)...); code != exitUsage {
			t.Errorf("events %v: exit %d, want %d", bad, code, exitUsage)
		}
	}

	code, out, errOut = run(t, "", "entities", "--data", data, "--json", "--limit", "100")
	if code != 0 {
		t.Fatalf("entities: exit %d: %s", code, errOut)
	}
	var page store.EntityPage
	if err := json.Unmarshal([]byte(out), &page); err != nil || page.Total == 0 {
		t.Fatalf("entities json: %v %+v", err, page)
	}
	for i := 1; i < len(page.Entities); i++ {
		if page.Entities[i].Mentions > page.Entities[i-1].Mentions {
			t.Errorf("not most mentioned first at %d", i)
		}
	}
	top := page.Entities[0]
	code, out, _ = run(t, "", "entities", "--data", data, "--type", top.Type, strings.ToLower(top.Name))
	if code != 0 || !strings.Contains(out, top.ID) || !strings.HasPrefix(out, "MENTIONS") {
		t.Errorf("entities %s: exit %d\n%s", top.Name, code, out)
	}
	if code, _, _ := run(t, "", "entities", "--data", data, "--limit", "0"); code != exitUsage {
		t.Errorf("--limit 0: exit %d", code)
	}
}

func TestServeRefusesOpenWrites(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	code, _, errOut := run(t, "", "serve", "--data", data, "--addr", "0.0.0.0:0")
	if code != exitUsage || !strings.Contains(errOut, "--token") {
		t.Errorf("serve beyond loopback without a token: exit %d: %s", code, errOut)
	}
	if code, _, _ := run(t, "", "serve", "--data", data, "--timeout", "soon"); code != exitUsage {
		t.Errorf("bad flag: exit %d", code)
	}
}
