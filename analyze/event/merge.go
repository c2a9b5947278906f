package event

import (
	"sort"

	"github.com/vedetta/vedetta"
)

// mergeEvents merges duplicate codings of the same event in a document:
// same type, mode, source, target, date and flags. The first coding keeps
// its evidence; contexts are joined and the confidence rises a little with
// each repetition.
func mergeEvents(evs []vedetta.Event) []vedetta.Event {
	out := evs[:0]
	seen := map[string]int{}
	for _, e := range evs {
		k := eventKey(e)
		if i, ok := seen[k]; ok {
			d := &out[i]
			for _, c := range e.Context {
				if !containsStr(d.Context, c) {
					d.Context = append(d.Context, c)
				}
			}
			d.Confidence = round2(min(0.99, max(d.Confidence, e.Confidence)+0.05))
			if d.Location == nil {
				d.Location = e.Location
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, e)
	}
	for i := range out {
		sort.Strings(out[i].Context)
	}
	return out
}

func eventKey(e vedetta.Event) string {
	a := func(x *vedetta.Actor) string {
		if x == nil {
			return "-"
		}
		return x.ID + "|" + x.Name + "|" + x.Country
	}
	f := func(b bool) string {
		if b {
			return "1"
		}
		return "0"
	}
	return e.Type + "/" + e.Mode + "/" + a(e.Source) + "/" + a(e.Target) + "/" + e.Date + "/" + f(e.Negated) + f(e.Future) + f(e.Hypothetical)
}

func containsStr(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
