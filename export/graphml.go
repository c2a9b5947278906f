package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/vedetta/vedetta/store"
)

// GraphML namespaces.
const (
	GraphMLNS       = "http://graphml.graphdrawing.org/xmlns"
	GraphMLSchema   = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
	xmlSchemaInstNS = "http://www.w3.org/2001/XMLSchema-instance"
)

type gmlKey struct {
	id, domain, name, typ string
}

// WriteGraphML writes the network as a directed GraphML graph. Nodes get
// ids n0, n1, ... (GraphML ids are XML name tokens) and carry the actor id
// in "actor_id"; edges carry "weight" (the event count), "quad" (the most
// frequent class), "quad_code", "types" ("AID:2 REQUEST:1") and one count
// attribute per event type and per quad class present.
func WriteGraphML(w io.Writer, n *store.Network) error {
	b := bufio.NewWriter(w)
	keys := []gmlKey{
		{"d0", "node", "label", "string"},
		{"d1", "node", "actor_id", "string"},
		{"d2", "node", "entity_type", "string"},
		{"d3", "node", "country", "string"},
		{"d4", "node", "sector", "string"},
		{"d5", "node", "activity", "int"},
		{"d6", "node", "as_source", "int"},
		{"d7", "node", "as_target", "int"},
		{"d8", "edge", "weight", "double"},
		{"d9", "edge", "quad", "string"},
		{"d10", "edge", "quad_code", "int"},
		{"d11", "edge", "types", "string"},
	}
	// One count key per event type and quad class present.
	typeKey, quadKey := map[string]string{}, map[string]string{}
	var types, quads []string
	for _, e := range n.Edges {
		for t := range e.ByType {
			if _, ok := typeKey[t]; !ok {
				typeKey[t] = ""
				types = append(types, t)
			}
		}
		for q := range e.ByQuad {
			if _, ok := quadKey[q]; !ok {
				quadKey[q] = ""
				quads = append(quads, q)
			}
		}
	}
	sort.Strings(types)
	sort.Strings(quads)
	for _, t := range types {
		id := "d" + strconv.Itoa(len(keys))
		typeKey[t] = id
		keys = append(keys, gmlKey{id, "edge", nmtoken("type_" + t), "int"})
	}
	for _, q := range quads {
		id := "d" + strconv.Itoa(len(keys))
		quadKey[q] = id
		keys = append(keys, gmlKey{id, "edge", nmtoken("quad_" + q), "int"})
	}

	b.WriteString(xml.Header)
	fmt.Fprintf(b, "<graphml xmlns=%s xmlns:xsi=%s xsi:schemaLocation=%s>\n", attr(GraphMLNS), attr(xmlSchemaInstNS), attr(GraphMLNS+" "+GraphMLSchema))
	for _, k := range keys {
		fmt.Fprintf(b, "  <key id=%s for=%s attr.name=%s attr.type=%s/>\n", attr(k.id), attr(k.domain), attr(k.name), attr(k.typ))
	}
	b.WriteString("  <graph id=\"actors\" edgedefault=\"directed\">\n")
	nodeID := map[string]string{}
	for i, nd := range n.Nodes {
		id := "n" + strconv.Itoa(i)
		nodeID[nd.ID] = id
		fmt.Fprintf(b, "    <node id=%s>", attr(id))
		data(b, "d0", nd.Name)
		data(b, "d1", nd.ID)
		data(b, "d2", nd.Type)
		data(b, "d3", nd.Country)
		data(b, "d4", nd.Sector)
		data(b, "d5", strconv.Itoa(nd.Activity))
		data(b, "d6", strconv.Itoa(nd.AsSource))
		data(b, "d7", strconv.Itoa(nd.AsTarget))
		b.WriteString("</node>\n")
	}
	for i, e := range n.Edges {
		s, ok1 := nodeID[e.Source]
		t, ok2 := nodeID[e.Target]
		if !ok1 || !ok2 {
			return fmt.Errorf("graphml: edge %s -> %s names a node the network lacks", e.Source, e.Target)
		}
		fmt.Fprintf(b, "    <edge id=\"e%d\" source=%s target=%s>", i, attr(s), attr(t))
		data(b, "d8", strconv.Itoa(e.Count))
		data(b, "d9", e.Quad)
		data(b, "d10", strconv.Itoa(QuadCode(e.Quad)))
		data(b, "d11", countList(e.ByType))
		for _, t := range types {
			if c := e.ByType[t]; c > 0 {
				data(b, typeKey[t], strconv.Itoa(c))
			}
		}
		for _, q := range quads {
			if c := e.ByQuad[q]; c > 0 {
				data(b, quadKey[q], strconv.Itoa(c))
			}
		}
		b.WriteString("</edge>\n")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	return b.Flush()
}

func esc(s string) string {
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(s))
	return sb.String()
}

// attr quotes an XML attribute value.
func attr(s string) string { return `"` + esc(s) + `"` }

func data(b *bufio.Writer, key, value string) {
	if value == "" {
		return
	}
	fmt.Fprintf(b, "<data key=%s>%s</data>", attr(key), esc(value))
}

// countList renders counts as "A:2 B:1", largest first.
func countList(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ":" + strconv.Itoa(m[k])
	}
	return strings.Join(parts, " ")
}

// nmtoken makes an attribute name an XML name token (GraphML's attr.name
// type): letters, digits, '.', '-', '_' and ':'; anything else becomes '_'.
func nmtoken(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_', r == ':':
			return r
		}
		return '_'
	}, s)
}
