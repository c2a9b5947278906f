package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
)

func records() []store.EventRecord {
	return []store.EventRecord{
		{ID: "d1-1", DocID: "d1", Index: 1, DocDate: "2022-01", DocTitle: "Dichiarazione, \"CSTO\"", Lang: "it",
			Event: vedetta.Event{Type: "AID", Context: []string{"peacekeeping", "military"}, Quad: "material cooperation",
				Source: &vedetta.Actor{ID: "igo:csto", Name: "Collective Security Treaty Organization", Sector: "IGO"},
				Target: &vedetta.Actor{ID: "KAZ", Name: "Kazakhstan", Country: "KAZ"}, Date: "2022-01-06",
				Location: &vedetta.Place{ID: "KAZ", Name: "Kazakhstan"},
				Evidence: "inviare le forze di pace,\nin Kazakistan\t(CSTO)", Start: 79, End: 145, Sentence: 1, Confidence: 0.8}},
		{ID: "d2-0", DocID: "d2", Index: 0, DocDate: "2022-01", DocTitle: "Заявление МИД России", DocURL: "https://example.org/a?b=1&c=2", Lang: "ru",
			Event: vedetta.Event{Type: "CONSULT", Mode: "phone", Context: []string{}, Quad: "VERBAL_COOPERATION",
				Source: &vedetta.Actor{ID: "RUS", Name: "Россия", Country: "RUS", Sector: "GOV"}, Date: "2022-01", Future: true, Confidence: 0.5,
				NumArticles: 3, NumSources: 2}},
		{ID: "d3-0", DocID: "d3", Index: 0, Lang: "en",
			Event: vedetta.Event{Type: "ACCUSE", Context: []string{}, Quad: "verbal conflict", Negated: true}},
	}
}

func write(t *testing.T, format string, recs []store.EventRecord) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewEventWriter(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCSV(t *testing.T) {
	out := write(t, "csv", records())
	if !utf8.Valid(out) {
		t.Fatal("not UTF-8")
	}
	// RFC 4180: every record ends with CRLF; a line break inside a quoted
	// field stays as it was.
	if !bytes.HasSuffix(out, []byte("\r\n")) || !bytes.HasPrefix(out, []byte("id,doc_id,event_index,date,type,")) {
		t.Errorf("framing: %q", out[:40])
	}
	r := csv.NewReader(bytes.NewReader(out))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || !reflect.DeepEqual(rows[0], CSVColumns) {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	col := map[string]int{}
	for i, c := range CSVColumns {
		col[c] = i
	}
	row := rows[1]
	for k, want := range map[string]string{
		"id": "d1-1", "type": "AID", "context": "peacekeeping;military", "quad_code": "2", "source_id": "igo:csto",
		"target_country": "KAZ", "evidence": "inviare le forze di pace,\nin Kazakistan\t(CSTO)", "doc_title": "Dichiarazione, \"CSTO\"",
		"date": "2022-01-06", "negated": "false", "confidence": "0.8", "location_name": "Kazakhstan",
	} {
		if got := row[col[k]]; got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if rows[2][col["num_articles"]] != "3" || rows[1][col["num_articles"]] != "1" ||
		rows[2][col["doc_title"]] != "Заявление МИД России" || rows[2][col["mode"]] != "phone" || rows[2][col["quad_code"]] != "1" {
		t.Errorf("row 2: %v", rows[2])
	}
	if rows[3][col["source_id"]] != "" || rows[3][col["negated"]] != "true" {
		t.Errorf("row 3: %v", rows[3])
	}
	// No events: the header alone.
	if got := string(write(t, "csv", nil)); got != strings.Join(CSVColumns, ",")+"\r\n" {
		t.Errorf("empty export: %q", got)
	}
}

func TestJSONL(t *testing.T) {
	recs := records()
	sc := bufio.NewScanner(bytes.NewReader(write(t, "jsonl", recs)))
	i := 0
	for sc.Scan() {
		var got store.EventRecord
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if !reflect.DeepEqual(got, recs[i]) {
			t.Errorf("line %d: %+v, want %+v", i+1, got, recs[i])
		}
		i++
	}
	if i != len(recs) {
		t.Errorf("%d lines", i)
	}
}

func TestPLOVER(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(string(write(t, "plover", records()))), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	var recs []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		// The manual's required fields.
		for _, k := range []string{"id", "date", "actor", "event"} {
			if _, ok := m[k]; !ok {
				t.Errorf("%s missing in %s", k, l)
			}
		}
		recs = append(recs, m)
	}
	first := recs[0]
	if first["date"] != "2022-01-06" || first["quad_code"] != 2.0 || !reflect.DeepEqual(first["event"], []any{"AID"}) {
		t.Errorf("first: %v", first)
	}
	if _, ok := first["date_precision"]; ok {
		t.Error("a day-precise date has no date_precision")
	}
	actor := first["actor"].([]any)[0].(map[string]any)
	if actor["identifier_id"] != "igo:csto" || actor["sector"] != "IGO" || actor["code"] != nil {
		t.Errorf("actor %v", actor)
	}
	recipient := first["recipient"].([]any)[0].(map[string]any)
	if recipient["code"] != "KAZ" || recipient["identifier_text"] != "Kazakhstan" {
		t.Errorf("recipient %v", recipient)
	}
	if loc := first["event_loc"].(map[string]any); loc["resolved_place"] != "Kazakhstan" {
		t.Errorf("event_loc %v", loc)
	}
	if ti := first["text_info"].(map[string]any); ti["start"] != 79.0 || ti["end"] != 145.0 || ti["sequence"] != 1.0 {
		t.Errorf("text_info %v", ti)
	}
	second := recs[1]
	if second["date"] != "2022-01-01" || second["date_precision"] != "month" || !reflect.DeepEqual(second["mode"], []any{"phone"}) ||
		second["future"] != true || second["num_articles"] != 3.0 || len(second["recipient"].([]any)) != 0 {
		t.Errorf("second: %v", second)
	}
	if ci := second["cite_info"].(map[string]any); ci["url"] != "https://example.org/a?b=1&c=2" || ci["language"] != "ru" || ci["codebook"] != Codebook {
		t.Errorf("cite_info %v", ci)
	}
	if recs[2]["date"] != nil || recs[2]["negated"] != true {
		t.Errorf("undated: %v", recs[2])
	}
}

func TestGDELT(t *testing.T) {
	out := string(write(t, "gdelt", records()))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines: %q", len(lines), out)
	}
	if lines[0] != strings.Join(GDELTColumns, "\t") {
		t.Errorf("header %q", lines[0])
	}
	col := map[string]int{}
	for i, c := range GDELTColumns {
		col[c] = i
	}
	var rows [][]string
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != len(GDELTColumns) {
			t.Fatalf("%d fields in %q", len(f), l)
		}
		rows = append(rows, f)
	}
	for k, want := range map[string]string{
		"GlobalEventID": "d1-1", "Day": "20220106", "MonthYear": "202201", "Year": "2022", "FractionDate": "2022.0137",
		"Actor1Code": "IGO", "Actor1Name": "Collective Security Treaty Organization", "Actor2Code": "KAZ", "Actor2CountryCode": "KAZ",
		"EventCode": "AID", "EventRootCode": "AID", "QuadClass": "2", "NumArticles": "1", "ActionGeo_FullName": "Kazakhstan",
		"SOURCEURL": "vedetta:d1", "DatePrecision": "day", "Actor1ID": "igo:csto",
	} {
		if got := rows[0][col[k]]; got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	for k, want := range map[string]string{"Day": "20220101", "DatePrecision": "month", "Actor1Code": "RUSGOV", "EventCode": "CONSULT.phone",
		"QuadClass": "1", "Future": "1", "SOURCEURL": "https://example.org/a?b=1&c=2",
		"NumArticles": "3", "NumMentions": "3", "NumSources": "2"} {
		if got := rows[1][col[k]]; got != want {
			t.Errorf("row 2 %s = %q, want %q", k, got, want)
		}
	}
	if rows[2][col["Day"]] != "" || rows[2][col["Negated"]] != "1" || rows[2][col["QuadClass"]] != "3" {
		t.Errorf("row 3: %v", rows[2])
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := NewEventWriter("xlsx", &bytes.Buffer{}); err == nil {
		t.Error("no error for an unknown format")
	}
	if QuadCode("Material-Conflict") != 4 || QuadCode("nonsense") != 0 {
		t.Error("QuadCode")
	}
}

func network() *store.Network {
	return &store.Network{
		Nodes: []store.NetworkNode{
			{ID: "igo:csto", Name: "Collective Security Treaty Organization", Type: "ORG", Sector: "IGO", Activity: 3, AsSource: 2, AsTarget: 1},
			{ID: "KAZ", Name: "Kazakhstan", Type: "COUNTRY", Country: "KAZ", Activity: 3, AsSource: 1, AsTarget: 2},
			{ID: "per:o'brien & co", Name: "O'Brien <\"& Co\">", Type: "PERSON", Activity: 1, AsSource: 1},
		},
		Edges: []store.NetworkEdge{
			{Source: "igo:csto", Target: "KAZ", Count: 2, ByType: map[string]int{"AID": 2}, ByQuad: map[string]int{"material cooperation": 2}, Quad: "material cooperation"},
			{Source: "KAZ", Target: "igo:csto", Count: 1, ByType: map[string]int{"REQUEST": 1}, ByQuad: map[string]int{"verbal conflict": 1}, Quad: "verbal conflict"},
			{Source: "per:o'brien & co", Target: "KAZ", Count: 1, ByType: map[string]int{"ACCUSE": 1}, ByQuad: map[string]int{"verbal conflict": 1}, Quad: "verbal conflict"},
		},
	}
}

// The GraphML document as encoding/xml reads it.
type gmlDoc struct {
	XMLName        xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	SchemaLocation string   `xml:"http://www.w3.org/2001/XMLSchema-instance schemaLocation,attr"`
	Keys           []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graphs []struct {
		ID          string    `xml:"id,attr"`
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []gmlElem `xml:"node"`
		Edges       []gmlElem `xml:"edge"`
	} `xml:"graph"`
}

type gmlElem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

// checkGraphML checks what the GraphML schema requires of the document and
// that every value parses as its key's declared type; it returns the data
// of each node and edge by attribute name.
func checkGraphML(t testing.TB, raw []byte) (nodes, edges []map[string]string) {
	t.Helper()
	var doc gmlDoc
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("not GraphML: %v\n%s", err, raw)
	}
	if doc.SchemaLocation != GraphMLNS+" "+GraphMLSchema {
		t.Errorf("schemaLocation %q", doc.SchemaLocation)
	}
	// Keys come before the graph (the schema's sequence).
	if k, g := bytes.Index(raw, []byte("<key ")), bytes.Index(raw, []byte("<graph ")); k < 0 || g < k || bytes.LastIndex(raw, []byte("<key ")) > g {
		t.Error("keys must precede the graph")
	}
	type keyDecl struct{ domain, name, typ string }
	keys := map[string]keyDecl{}
	validTypes := map[string]bool{"boolean": true, "int": true, "long": true, "float": true, "double": true, "string": true}
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup || k.ID == "" {
			t.Errorf("key id %q empty or repeated", k.ID)
		}
		if !validTypes[k.Type] || (k.For != "node" && k.For != "edge") || !isNMToken(k.Name) {
			t.Errorf("key %+v", k)
		}
		keys[k.ID] = keyDecl{k.For, k.Name, k.Type}
	}
	if len(doc.Graphs) != 1 || doc.Graphs[0].EdgeDefault != "directed" {
		t.Fatalf("graphs %+v", doc.Graphs)
	}
	g := doc.Graphs[0]
	read := func(domain string, e gmlElem) map[string]string {
		m := map[string]string{}
		for _, d := range e.Data {
			k, ok := keys[d.Key]
			if !ok || k.domain != domain {
				t.Errorf("%s %s: data key %q undeclared for %s", domain, e.ID, d.Key, domain)
				continue
			}
			var err error
			switch k.typ {
			case "int":
				_, err = strconv.Atoi(d.Value)
			case "double":
				_, err = strconv.ParseFloat(d.Value, 64)
			}
			if err != nil {
				t.Errorf("%s %s: %s=%q is not a %s", domain, e.ID, k.name, d.Value, k.typ)
			}
			m[k.name] = d.Value
		}
		return m
	}
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		if ids[n.ID] || !isNMToken(n.ID) {
			t.Errorf("node id %q repeated or not a name token", n.ID)
		}
		ids[n.ID] = true
		nodes = append(nodes, read("node", n))
	}
	for _, e := range g.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s: %s -> %s names an unknown node", e.ID, e.Source, e.Target)
		}
		edges = append(edges, read("edge", e))
	}
	return nodes, edges
}

func isNMToken(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(".-_:", r) || r > 0x7f) {
			return false
		}
	}
	return true
}

func TestGraphML(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, network()); err != nil {
		t.Fatal(err)
	}
	nodes, edges := checkGraphML(t, buf.Bytes())
	if len(nodes) != 3 || len(edges) != 3 {
		t.Fatalf("%d nodes, %d edges", len(nodes), len(edges))
	}
	if nodes[2]["label"] != "O'Brien <\"& Co\">" || nodes[2]["actor_id"] != "per:o'brien & co" || nodes[1]["country"] != "KAZ" {
		t.Errorf("nodes %v", nodes)
	}
	if e := edges[0]; e["weight"] != "2" || e["type_AID"] != "2" || e["quad_material_cooperation"] != "2" || e["quad_code"] != "2" || e["types"] != "AID:2" {
		t.Errorf("edge %v", e)
	}
	if _, ok := edges[0]["type_REQUEST"]; ok {
		t.Error("a zero count is written")
	}
	validateXSD(t, buf.Bytes())

	// An edge to a node the network lacks is an error, not a broken file.
	n := network()
	n.Nodes = n.Nodes[:1]
	if err := WriteGraphML(&bytes.Buffer{}, n); err == nil {
		t.Error("no error for a dangling edge")
	}
}

// validateXSD validates against testdata/graphml.xsd with xmllint (Debian's
// libxml2-utils) when it is installed.
func validateXSD(t *testing.T, raw []byte) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Log("xmllint not installed (apt-get install libxml2-utils): schema validation skipped")
		return
	}
	f := filepath.Join(t.TempDir(), "network.graphml")
	if err := os.WriteFile(f, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", filepath.Join("testdata", "graphml.xsd"), f).CombinedOutput()
	if err != nil {
		t.Errorf("xmllint: %v\n%s", err, out)
	}
}

// TestXSDRejects makes sure the schema check can fail.
func TestXSDRejects(t *testing.T) {
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint not installed (apt-get install libxml2-utils)")
	}
	var buf bytes.Buffer
	WriteGraphML(&buf, network())
	for name, bad := range map[string]string{
		"undeclared key":  strings.Replace(buf.String(), `<data key="d0">`, `<data key="d99">`, 1),
		"dangling edge":   strings.Replace(buf.String(), `target="n1"`, `target="n42"`, 1),
		"bad edgedefault": strings.Replace(buf.String(), `edgedefault="directed"`, `edgedefault="sideways"`, 1),
	} {
		f := filepath.Join(t.TempDir(), "bad.graphml")
		os.WriteFile(f, []byte(bad), 0o644)
		if err := exec.Command("xmllint", "--noout", "--nonet", "--schema", filepath.Join("testdata", "graphml.xsd"), f).Run(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// FuzzWriters writes events and networks made of arbitrary strings: the CSV
// reads back field for field, the TSV keeps its shape, the GraphML stays
// well-formed.
func FuzzWriters(f *testing.F) {
	f.Add("Kazakhstan", "AID", "line\nbreak,\"quoted\"\ttab")
	f.Add("\x00\x02ctl", "TYPE with space", "\r\n")
	f.Add("Россия", "<x>", "]]>&amp;")
	f.Fuzz(func(t *testing.T, name, typ, text string) {
		r := store.EventRecord{ID: name + "-0", DocID: name, DocTitle: text, Event: vedetta.Event{Type: typ, Evidence: text,
			Source: &vedetta.Actor{ID: name, Name: text}, Target: &vedetta.Actor{ID: "T", Name: name}, Context: []string{text}}}
		out := write(t, "csv", []store.EventRecord{r})
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil || len(rows) != 2 {
			t.Fatalf("csv: %v, %d rows", err, len(rows))
		}
		if rows[1][0] != r.ID && strings.ContainsRune(r.ID, '\r') == false {
			t.Errorf("csv id %q, want %q", rows[1][0], r.ID)
		}
		tsv := strings.Split(strings.TrimSuffix(string(write(t, "gdelt", []store.EventRecord{r})), "\n"), "\n")
		if len(tsv) != 2 || len(strings.Split(tsv[1], "\t")) != len(GDELTColumns) {
			t.Fatalf("tsv shape: %q", tsv)
		}
		var buf bytes.Buffer
		n := &store.Network{Nodes: []store.NetworkNode{{ID: name, Name: text}, {ID: "T", Name: typ}},
			Edges: []store.NetworkEdge{{Source: name, Target: "T", Count: 1, ByType: map[string]int{typ: 1}, ByQuad: map[string]int{text: 1}, Quad: text}}}
		if name == "T" {
			n.Nodes = n.Nodes[1:]
		}
		if err := WriteGraphML(&buf, n); err != nil {
			t.Fatal(err)
		}
		checkGraphML(t, buf.Bytes())
	})
}

// BenchmarkEventWriters measures each format on a stream of events.
func BenchmarkEventWriters(b *testing.B) {
	recs := records()
	for _, f := range EventFormats {
		b.Run(f, func(b *testing.B) {
			var buf bytes.Buffer
			w, _ := NewEventWriter(f, &buf)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := w.Write(recs[i%len(recs)]); err != nil {
					b.Fatal(err)
				}
				if buf.Len() > 1<<20 {
					buf.Reset()
				}
			}
			w.Close()
		})
	}
}
