// Package event codes PLOVER events: who did what to whom, when and where.
//
// The coder works without a parser. Per-language lexicons, kept as data files
// under data/<lang>/, hold predicate patterns over word stems (Snowball
// stemmers) with argument slots, each mapped to a PLOVER type, mode and
// contexts; cue lists (negation, future, hypothesis, prepositions, articles,
// attribution verbs) and generic agents (police, protesters, army). The
// ontology table data/plover.tsv gives each type's quad class and allowed
// modes.
//
// Arguments come from the entity mentions of earlier stages: the source is
// the nearest actor on the subject side of the clause (skipping actors inside
// prepositional phrases and insertions; the agent of a passive), the target
// the first actor on the object side (direct object or after a target
// preposition). Coordinated actors yield one event each; reciprocal patterns
// ("accordo tra X e Y") yield both directions. Verbal events with no subject
// take the speaker of an attribution ("lo ha affermato X").
package event
