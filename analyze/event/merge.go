package event

import (
	"sort"
	"strings"

	"github.com/vedetta/vedetta"
)

// mergeEvents merges duplicate codings of the same event in a document:
// same type, mode, source, target and flags, and dates that agree (equal,
// one unknown, or one within the other: "2022-01" and "2022-01-06"). The
// merged event takes the most precise date, with the evidence of the coding
// that gave it (else the first coding's); contexts are joined and the
// confidence rises a little with each repetition.
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
			ctx := d.Context
			for _, c := range e.Context {
				if !containsStr(ctx, c) {
					ctx = append(ctx, c)
				}
			}
			conf := round2(min(0.99, max(d.Confidence, e.Confidence)+0.05))
			loc := d.Location
			if loc == nil {
				loc = e.Location
			}
			if len(e.Date) > len(d.Date) {
				*d = e
			}
			d.Context, d.Confidence, d.Location = ctx, conf, loc
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

// datesAgree reports whether two event dates (YYYY, YYYY-MM, YYYY-MM-DD or
// empty) can name the same day: one is empty or a prefix of the other.
func datesAgree(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == "" || strings.HasPrefix(b, a) && (len(b) == len(a) || b[len(a)] == '-')
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
	return e.Type + "/" + e.Mode + "/" + a(e.Source) + "/" + a(e.Target) + "/" + f(e.Negated) + f(e.Future) + f(e.Hypothetical)
}

func containsStr(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
