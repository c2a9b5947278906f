package event

import (
	"sort"
	"strings"

	"github.com/vedetta/vedetta"
)

// mergeEvents merges duplicate codings of the same event in a document:
// same type and flags, dates that agree (equal, one unknown, or one within
// the other: "2022-01" and "2022-01-06"), sources of the same party (a state
// and its president), and either the same mode and target party, or the
// same sentence with targets that do not conflict (one unsaid; or, for an
// assault, one named and one generic: "attacked an African Union base,
// killing nine soldiers" is one attack, on the base's owner):
// "Police fired tear gas" is one event, not a shooting and a crowd-control
// one. Across sentences the merged event takes the most
// precise date, with the evidence of the coding that gave it (else the
// first coding's), and its confidence rises a little with each repetition;
// it is subordinate only when every coding is;
// within a sentence it keeps the coding with a target, else the more
// confident, else the longer evidence. Contexts are joined.
func mergeEvents(evs []vedetta.Event) []vedetta.Event {
	out := evs[:0]
	seen := map[string][]int{}
	for _, e := range evs {
		k := eventKey(e)
		merged := false
		for _, i := range seen[k] {
			d := &out[i]
			if !datesAgree(d.Date, e.Date) {
				continue
			}
			same := party(d.Source) == party(e.Source) && d.Mode == e.Mode && party(d.Target) == party(e.Target)
			inSentence := d.Sentence == e.Sentence && party(d.Source) == party(e.Source) &&
				(d.Target == nil || e.Target == nil || party(d.Target) == party(e.Target) ||
					d.Type == "ASSAULT" && genericActor(d.Target) != genericActor(e.Target))
			if !same && !inSentence {
				continue
			}
			ctx := d.Context
			for _, c := range e.Context {
				if !containsStr(ctx, c) {
					ctx = append(ctx, c)
				}
			}
			loc := d.Location
			if loc == nil {
				loc = e.Location
			}
			var conf float64
			sub := d.Subordinate && e.Subordinate // told once by a main clause: not background
			if d.Sentence == e.Sentence {
				conf = max(d.Confidence, e.Confidence)
				if better(e, *d) {
					*d = e
				}
			} else {
				conf = round2(min(0.99, max(d.Confidence, e.Confidence)+0.05))
				if len(e.Date) > len(d.Date) {
					*d = e
				}
			}
			d.Context, d.Confidence, d.Location, d.Subordinate = ctx, conf, loc, sub
			merged = true
			break
		}
		if merged {
			continue
		}
		seen[k] = append(seen[k], len(out))
		out = append(out, e)
	}
	for i := range out {
		sort.Strings(out[i].Context)
	}
	return out
}

// better reports whether coding a of an event is to be kept over coding b
// of the same sentence: it names a target b lacks, or is more confident, or
// has the longer evidence.
func better(a, b vedetta.Event) bool {
	if (a.Target != nil) != (b.Target != nil) {
		return a.Target != nil
	}
	if genericActor(a.Target) != genericActor(b.Target) {
		return !genericActor(a.Target) // the named target: "attacked an AU base, killing nine soldiers"
	}
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence
	}
	return a.End-a.Start > b.End-b.Start
}

// genericActor reports whether an actor is a generic one (soldiers,
// civilians, protesters), named by no entity.
func genericActor(a *vedetta.Actor) bool { return a != nil && a.ID == "" }

// namedActor reports whether an actor is given and named by an entity.
func namedActor(a *vedetta.Actor) bool { return a != nil && a.ID != "" }

// datesAgree reports whether two event dates (YYYY, YYYY-MM, YYYY-MM-DD or
// empty) can name the same day: one is empty or a prefix of the other.
func datesAgree(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == "" || strings.HasPrefix(b, a) && (len(b) == len(a) || b[len(a)] == '-')
}

func eventKey(e vedetta.Event) string {
	f := func(b bool) string {
		if b {
			return "1"
		}
		return "0"
	}
	return e.Type + "/" + f(e.Negated) + f(e.Future) + f(e.Hypothetical)
}

// party folds an event actor to the party it stands for (actorKey): the
// president of Kazakhstan and Kazakhstan are one party.
func party(x *vedetta.Actor) string {
	if x == nil {
		return "-"
	}
	return actorKey(*x)
}

func containsStr(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
