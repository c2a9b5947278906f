package event

import (
	"sort"

	"github.com/vedetta/vedetta"
)

// Salience: an event's confidence says both how sure the coding is and how
// central the event is to the document, so that a reader (or an evaluation)
// can keep the main events of a page by ranking on it. The coding part comes
// from the pattern and the way the arguments were found (args.go); the
// salience part, added here, from
//   - position: events of the title and lead (the first sentences that name
//     any actor) rank above those told later;
//   - actors: events between the document's main actors (those it names most
//     often, a state counted with its government, forces and officials) rank
//     above events of actors mentioned in passing;
//   - completeness: an event with no target ranks lower.
const (
	leadBonus0   = 0.10 // first sentence naming an actor (usually the title)
	leadBonus1   = 0.06 // second
	leadBonus2   = 0.03 // third
	lateMalus    = 0.05 // sentences in the last half of a long document
	mainActor    = 0.05 // per argument among the document's main actors
	minorActor   = 0.05 // per argument named only once in the document
	noTargetCost = 0.10
	mainActors   = 3 // how many actors count as main
)

// actorKey folds an actor to the party it stands for: a state's
// government, ministries, forces and officials to the state; anything else
// (organisations, armed groups) to itself.
func actorKey(a vedetta.Actor) string {
	if a.Org != "" {
		return a.Org // the UN and its Secretary-General are one party
	}
	if a.Country != "" {
		switch a.Sector {
		case "", "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI":
			return a.Country
		}
	}
	if a.ID != "" {
		return a.ID
	}
	return a.Name + "|" + a.Country
}

// docSalience holds what the document says about its actors and sentences.
type docSalience struct {
	count map[string]int // mentions per actor key
	main  map[string]bool
	lead  map[int]int // sentence index -> rank among sentences naming an actor (first three)
	nsent int
}

func newDocSalience(a *vedetta.Analysis, parents map[string]*vedetta.Entity) *docSalience {
	ds := &docSalience{count: map[string]int{}, main: map[string]bool{}, lead: map[int]int{}, nsent: len(a.Sentences)}
	var starts []int
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Type == "LOCATION" {
			continue
		}
		if p := parents[e.ID]; p != nil {
			e = p
		}
		k := actorKey(entityActor(e))
		for _, m := range a.Entities[i].Mentions {
			ds.count[k]++
			starts = append(starts, m.Start)
		}
	}
	keys := make([]string, 0, len(ds.count))
	for k := range ds.count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if ds.count[keys[i]] != ds.count[keys[j]] {
			return ds.count[keys[i]] > ds.count[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for i, k := range keys {
		// Ties with the last main actor count as main too.
		if ds.count[k] < 2 || (i >= mainActors && ds.count[k] < ds.count[keys[mainActors-1]]) {
			break
		}
		ds.main[k] = true
	}
	// The lead: the first three sentences that name an actor.
	sort.Ints(starts)
	rank, si := 0, 0
	for _, st := range starts {
		for si < len(a.Sentences) && a.Sentences[si].End <= st {
			si++
		}
		if si >= len(a.Sentences) || rank >= 3 {
			break
		}
		if _, ok := ds.lead[si]; !ok {
			ds.lead[si] = rank
			rank++
		}
	}
	return ds
}

// adjust returns the salience change of an event's confidence.
func (ds *docSalience) adjust(e *vedetta.Event) float64 {
	d := 0.0
	if r, ok := ds.lead[e.Sentence]; ok {
		d += [3]float64{leadBonus0, leadBonus1, leadBonus2}[r]
	} else if ds.nsent >= 6 && e.Sentence >= ds.nsent/2 {
		d -= lateMalus
	}
	arg := func(a *vedetta.Actor) {
		k := actorKey(*a)
		switch {
		case ds.main[k]:
			d += mainActor
		case ds.count[k] <= 1:
			d -= minorActor
		}
	}
	if e.Source != nil {
		arg(e.Source)
	}
	if e.Target != nil {
		arg(e.Target)
	} else {
		d -= noTargetCost
	}
	return d
}
