package eval

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/vedetta/vedetta"
)

// ProbeCase is one sentence of an event probe set: sentences we wrote
// ourselves, each with the events a PLOVER analyst codes in it.
type ProbeCase struct {
	Line int
	Lang string
	Text string
	Want []ProbeEvent // none: the sentence tells no codable event
}

// ProbeEvent is one expected event: its type, whether the two actors act
// on each other (then their order does not matter), the accepted source and
// target keys, and its flags.
type ProbeEvent struct {
	Type           string
	Recip          bool
	Source, Target []string
	// Flags: negated, future, hypothetical (letters n, f, h, in
	// probeFlags' order); each required, forbidden (absent) or free ("f?").
	Flags [3]flagWant
}

// probeFlags are the flag letters of a probe event, in Flags' order.
const probeFlags = "nfh"

type flagWant uint8

const (
	flagOff flagWant = iota
	flagOn
	flagAny
)

// ReadProbe reads a probe set: tab-separated lines "lang, sentence,
// events", where events are "TYPE[<>] SOURCE TARGET [FLAGS]" separated by
// " ; " or "-" for none. An actor key is an ISO 3166 alpha-3 code (the
// actor's country: a state, its government, leaders, forces or people), a
// lower-case name or acronym of an organisation or group ("nato",
// "african_union", "hamas": "_" for a space), or "-" (no actor); "|" separates keys that
// are all accepted. Lines starting with # are comments.
func ReadProbe(r io.Reader) ([]ProbeCase, error) {
	var out []ProbeCase
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("probe line %d: %d columns, want 3 (lang, sentence, events)", n, len(cols))
		}
		c := ProbeCase{Line: n, Lang: strings.TrimSpace(cols[0]), Text: strings.TrimSpace(cols[1])}
		if c.Lang == "" || c.Text == "" {
			return nil, fmt.Errorf("probe line %d: empty language or sentence", n)
		}
		if ev := strings.TrimSpace(cols[2]); ev != "-" {
			for _, s := range strings.Split(ev, ";") {
				e, err := parseProbeEvent(strings.TrimSpace(s))
				if err != nil {
					return nil, fmt.Errorf("probe line %d: %w", n, err)
				}
				c.Want = append(c.Want, e)
			}
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("probe: %w", err)
	}
	return out, nil
}

func parseProbeEvent(s string) (ProbeEvent, error) {
	f := strings.Fields(s)
	if len(f) < 3 || len(f) > 4 {
		return ProbeEvent{}, fmt.Errorf("event %q: want TYPE SOURCE TARGET [FLAGS]", s)
	}
	e := ProbeEvent{Type: f[0], Source: strings.Split(f[1], "|"), Target: strings.Split(f[2], "|")}
	if t, ok := strings.CutSuffix(e.Type, "<>"); ok {
		e.Type, e.Recip = t, true
	}
	if e.Type == "" || strings.ToUpper(e.Type) != e.Type {
		return e, fmt.Errorf("event %q: bad type %q", s, e.Type)
	}
	if len(f) == 4 {
		fl := f[3]
		for i := 0; i < len(fl); i++ {
			c := strings.IndexByte(probeFlags, fl[i])
			if c < 0 {
				return e, fmt.Errorf("event %q: unknown flag %q (n, f, h)", s, fl[i])
			}
			if i+1 < len(fl) && fl[i+1] == '?' {
				e.Flags[c] = flagAny
				i++
			} else {
				e.Flags[c] = flagOn
			}
		}
	}
	return e, nil
}

// KeyResolver returns the entity ids an organisation key names (say, by
// linking it as a name: "eln" is the National Liberation Army), or nil.
type KeyResolver func(key string) []string

// actorKeyMatches reports whether a found actor is the one a probe key
// names (ids: the ids the key resolves to).
func actorKeyMatches(key string, a *vedetta.Actor, ids []string) bool {
	if key == "-" {
		return a == nil || a.ID == "" && a.Name == ""
	}
	if a == nil {
		return false
	}
	if len(key) == 3 && strings.ToUpper(key) == key {
		return a.Country == key && !strings.HasPrefix(a.ID, "igo:")
	}
	if a.ID != "" && slices.Contains(ids, a.ID) || a.Org != "" && slices.Contains(ids, a.Org) {
		return true // (or the organisation a person heads)
	}
	key = strings.ReplaceAll(key, "_", " ") // "african_union"
	name := strings.ToLower(a.Name)
	if name == key || strings.ToLower(a.ID) == key || containsWords(name, key) {
		return true
	}
	all, content := initialsOf(a.Name)
	return strings.HasPrefix(all, key) || strings.HasPrefix(content, key)
}

// containsWords reports whether key appears in name as whole words.
func containsWords(name, key string) bool {
	for i := 0; ; {
		j := strings.Index(name[i:], key)
		if j < 0 {
			return false
		}
		st, end := i+j, i+j+len(key)
		if (st == 0 || !isLetter(name[st-1])) && (end == len(name) || !isLetter(name[end])) ||
			end < len(name) && name[end] == 's' && (end+1 == len(name) || !isLetter(name[end+1])) {
			return true // ("houthi" names the Houthis)
		}
		i = st + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 0x80 }

// initialsOf returns the initials of a name's words, all of them and
// capitalised ones only ("Economic Community of West African States":
// ecowas and ecwas).
func initialsOf(name string) (all, content string) {
	var a, c strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if len(r) == 0 || !unicode.IsLetter(r[0]) {
			continue
		}
		a.WriteRune(unicode.ToLower(r[0]))
		if unicode.IsUpper(r[0]) {
			c.WriteRune(unicode.ToLower(r[0]))
		}
	}
	return a.String(), c.String()
}

// matches reports whether found event e is the expected one: its type and
// actors.
func (w ProbeEvent) matches(e vedetta.Event, resolve KeyResolver) bool {
	if e.Type != w.Type {
		return false
	}
	anyKey := func(keys []string, a *vedetta.Actor) bool {
		for _, k := range keys {
			var ids []string
			if resolve != nil && k != "-" && strings.ToLower(k) == k {
				ids = resolve(k)
			}
			if actorKeyMatches(k, a, ids) {
				return true
			}
		}
		return false
	}
	return anyKey(w.Source, e.Source) && anyKey(w.Target, e.Target) ||
		w.Recip && anyKey(w.Target, e.Source) && anyKey(w.Source, e.Target)
}

// flagsMatch reports whether found event e carries the flags expected.
func (w ProbeEvent) flagsMatch(e vedetta.Event) bool {
	for c, got := range [3]bool{e.Negated, e.Future, e.Hypothetical} {
		if w.Flags[c] == flagOn && !got || w.Flags[c] == flagOff && got {
			return false
		}
	}
	return true
}

// ProbeLang is the score of one language of a probe set.
type ProbeLang struct {
	Lang      string
	Sentences int
	Correct   int // every expected event found with its flags, and no other
	Events    EventScore
	// Top scores one type per sentence, as the Spanish validation set is
	// scored: the type of the coder's top event (TopEvent) against that of
	// the first expected event not negated, the main clause's.
	Top EventScore
}

// ProbeEvents codes every probe sentence and scores it per language:
// recall counts expected events found (type, source and target), precision
// the found events (hypothetical ones left out, as a coder reports them
// apart) that are expected; a sentence is correct when each expected event
// is found with its flags and every other found event is hypothetical.
// Notes list the sentences that are not correct.
// resolve, when set, gives the ids of organisation keys.
func ProbeEvents(cases []ProbeCase, an Analyzer, date string, resolve KeyResolver) []ProbeLang {
	by := map[string]*ProbeLang{}
	for _, c := range cases {
		pl := by[c.Lang]
		if pl == nil {
			pl = &ProbeLang{Lang: c.Lang, Events: EventScore{Name: "probe " + c.Lang}}
			by[c.Lang] = pl
		}
		a := an(vedetta.Document{ID: fmt.Sprintf("probe-%d", c.Line), Lang: c.Lang, Date: date, Text: c.Text})
		pl.Sentences++
		pl.Events.Gold += len(c.Want)
		top, first := TopEvent(a.Events), c.firstType()
		pl.Top.add1(first, top)
		// How well each expected event is found, and each found event
		// expected: 0 not, 1 by type and actors, 2 with the flags too.
		wantBest, gotBest := make([]uint8, len(c.Want)), make([]uint8, len(a.Events))
		for i, w := range c.Want {
			for j, e := range a.Events {
				if !w.matches(e, resolve) {
					continue
				}
				m := uint8(1)
				if w.flagsMatch(e) {
					m = 2
				}
				wantBest[i], gotBest[j] = max(wantBest[i], m), max(gotBest[j], m)
			}
		}
		correct := true
		for _, b := range wantBest {
			if b > 0 {
				pl.Events.MatchGold++
			}
			correct = correct && b == 2
		}
		var got []string
		for j, e := range a.Events {
			got = append(got, probeString(e))
			if e.Hypothetical {
				continue
			}
			pl.Events.Pred++
			if gotBest[j] > 0 {
				pl.Events.MatchPred++
			}
			correct = correct && gotBest[j] == 2
		}
		if correct {
			pl.Correct++
		} else {
			note := fmt.Sprintf("line %d %s: %s\n    found: %s", c.Line, c.Lang, c.Text, orNone(got))
			if top != nil && top.Type != first {
				expected := first
				if expected == "" {
					expected = "none"
				}
				note += fmt.Sprintf("\n    top-1: %s, expected %s", top.Type, expected)
			}
			pl.Events.Notes = append(pl.Events.Notes, note)
		}
	}
	out := make([]ProbeLang, 0, len(by))
	for _, pl := range by {
		out = append(out, *pl)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Lang < out[j].Lang })
	return out
}

// firstType is the type of the sentence's first expected event not
// negated, "" for none.
func (c ProbeCase) firstType() string {
	for _, w := range c.Want {
		if w.Flags[0] != flagOn {
			return w.Type
		}
	}
	return ""
}

// add1 scores one sentence's top-1 type: gold, "" for none, against the
// top event found, nil for none.
func (sc *EventScore) add1(gold string, top *vedetta.Event) {
	if gold != "" {
		sc.Gold++
	}
	if top == nil {
		return
	}
	sc.Pred++
	if top.Type == gold {
		sc.MatchGold++
		sc.MatchPred++
	}
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, "; ")
}

func probeString(e vedetta.Event) string {
	a := func(x *vedetta.Actor) string {
		if x == nil {
			return "-"
		}
		if x.Country != "" {
			return x.Name + "[" + x.Country + "]"
		}
		return x.Name
	}
	s := e.Type + " " + a(e.Source) + ">" + a(e.Target)
	for _, f := range e.Flags() {
		s += " " + f[:1] // n, f, h
	}
	return s
}

// WriteProbe prints one line per language and the total: sentences
// correct, and event precision, recall and F1.
func WriteProbe(w io.Writer, name string, langs []ProbeLang) error {
	if _, err := fmt.Fprintf(w, "%-10s %9s %8s %6s %6s %6s %6s %6s %7s\n", name, "sentences", "correct", "gold", "found", "P", "R", "F1", "top1 P"); err != nil {
		return err
	}
	tot := ProbeLang{Lang: "all"}
	line := func(l ProbeLang) error {
		e := l.Events
		_, err := fmt.Fprintf(w, "%-10s %9d %8d %6d %6d %6.3f %6.3f %6.3f %7.3f\n", l.Lang, l.Sentences, l.Correct, e.Gold, e.Pred, e.Precision(), e.Recall(), e.F1(), l.Top.Precision())
		return err
	}
	for _, l := range langs {
		tot.Sentences += l.Sentences
		tot.Correct += l.Correct
		tot.Events.addCounts(l.Events)
		tot.Top.addCounts(l.Top)
		if err := line(l); err != nil {
			return err
		}
	}
	return line(tot)
}

//go:embed probe/events.tsv
var probeSet []byte

//go:embed probe/heldout.tsv
var probeHeldout []byte

// ProbeSet returns the bundled development probe set: sentences in six
// languages that we wrote for this evaluation (see probe/README.md).
func ProbeSet() ([]ProbeCase, error) { return ReadProbe(bytes.NewReader(probeSet)) }

// ProbeHeldout returns the bundled held-out probe set, written the same way
// by another hand; its errors are not listed, so that it stays held out.
func ProbeHeldout() ([]ProbeCase, error) { return ReadProbe(bytes.NewReader(probeHeldout)) }
