package server

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
)

// paramError is a bad query parameter (400).
type paramError struct{ msg string }

func (e paramError) Error() string { return e.msg }

func badParam(format string, a ...any) error { return paramError{fmt.Sprintf(format, a...)} }

// list reads a parameter given repeatedly or comma-separated.
func list(q url.Values, name string) []string {
	var out []string
	for _, v := range q[name] {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

func date(q url.Values, name string) (string, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return "", nil
	}
	if _, _, err := vedetta.ParseDate(v); err != nil {
		return "", badParam("%s: %v", name, err)
	}
	return v, nil
}

// limit reads "limit", default def, at most max.
func limit(q url.Values, def, max int) (int, error) {
	v := q.Get("limit")
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, badParam("limit: want a positive number, got %q", v)
	}
	if n > max {
		return 0, badParam("limit: at most %d", max)
	}
	return n, nil
}

// Offset cursors are opaque to clients.
func encodeOffset(n int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o" + strconv.Itoa(n)))
}

func decodeOffset(c string) (int, error) {
	if c == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil && len(raw) > 1 && raw[0] == 'o' {
		if n, err := strconv.Atoi(string(raw[1:])); err == nil && n >= 0 {
			return n, nil
		}
	}
	return 0, badParam("cursor: not a cursor this server gave")
}

// eventFilter reads the event filters shared by events, timeline, network
// and export.
func eventFilter(q url.Values) (store.EventFilter, error) {
	f := store.EventFilter{
		Actor: list(q, "actor"), Source: list(q, "source"), Target: list(q, "target"), Country: list(q, "country"),
		Type: upper(list(q, "type")), Quad: list(q, "quad"), Lang: list(q, "lang"), Doc: strings.TrimSpace(q.Get("doc")),
	}
	var err error
	if f.From, err = date(q, "from"); err != nil {
		return f, err
	}
	if f.To, err = date(q, "to"); err != nil {
		return f, err
	}
	for _, quad := range f.Quad {
		if !knownQuad(quad) {
			return f, badParam("quad: %q is not a quad class (verbal_cooperation, material_cooperation, verbal_conflict, material_conflict)", quad)
		}
	}
	return f, nil
}

func upper(l []string) []string {
	for i := range l {
		l[i] = strings.ToUpper(l[i])
	}
	return l
}

// Quads are PLOVER's quad classes in canonical form, in display order.
var Quads = []string{"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

func normQuad(q string) string {
	q = strings.ToLower(strings.TrimSpace(q))
	q = strings.NewReplacer("_", " ", "-", " ").Replace(q)
	return strings.Join(strings.Fields(q), " ")
}

func knownQuad(q string) bool {
	n := normQuad(q)
	for _, k := range Quads {
		if k == n {
			return true
		}
	}
	return false
}

// EventTypes are PLOVER's event types, by quad class.
var EventTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// documentQuery reads the search parameters.
func documentQuery(q url.Values) (store.Query, error) {
	sq := store.Query{Text: strings.TrimSpace(q.Get("q")), Langs: list(q, "lang"), Entities: list(q, "entity"),
		EventType: upper(list(q, "event_type"))}
	var err error
	if sq.From, err = date(q, "from"); err != nil {
		return sq, err
	}
	if sq.To, err = date(q, "to"); err != nil {
		return sq, err
	}
	if sq.AboutFrom, err = date(q, "about_from"); err != nil {
		return sq, err
	}
	if sq.AboutTo, err = date(q, "about_to"); err != nil {
		return sq, err
	}
	return sq, nil
}

// entityFilter reads the entity list parameters.
func entityFilter(q url.Values) (store.EntityFilter, error) {
	f := store.EntityFilter{Type: upper(list(q, "type")), Country: upper(list(q, "country")), Query: strings.TrimSpace(q.Get("q")),
		Lang: list(q, "lang")}
	var err error
	if f.From, err = date(q, "from"); err != nil {
		return f, err
	}
	if f.To, err = date(q, "to"); err != nil {
		return f, err
	}
	return f, nil
}
