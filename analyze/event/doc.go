// Package event codes PLOVER events: who did what to whom, when and where.
//
// The coder works without a parser. Per-language lexicons, kept as data files
// under data/<lang>/, hold predicate patterns over word stems (Snowball
// stemmers) with argument slots, each mapped to a PLOVER type, mode and
// contexts (multiword alternatives are joined by underscores:
// "tregua|cessate_il_fuoco"); cue lists (negation, future, hypothesis,
// prepositions, articles, attribution verbs, infinitive markers, possessive
// determiners, truce words, actor nouns) and generic agents (police,
// protesters, army, "the organisation"). The ontology table data/plover.tsv
// gives each type's quad class and allowed modes.
//
// Arguments come from the entity mentions of earlier stages: the source is
// the nearest actor on the subject side of the clause (skipping actors inside
// prepositional phrases, genitives of another actor and insertions; the agent
// of a passive; the possessor of a predicate noun, "Russia's war", "its
// aggression"), the target the first actor on the object side (direct object,
// or after a target preposition that follows the predicate closely; the
// diplomat expelled or recalled names the state, "the ambassador of X"; a
// place of another country an attack strikes, "shelled X"; never the
// source's own actor).
// Coordinated actors yield one event each; reciprocal patterns ("accordo tra
// X e Y", "X and Y signed a deal") yield both directions. Verbal events with
// no subject take the speaker of an attribution ("lo ha affermato X"). An
// infinitive takes as source the addressee of a request ("asked NATO to
// send") or the agent of a nominal decision ("la decisione della CSTO di
// inviare"). Verb-final clauses (German) read subject and object by case.
//
// Predicate nouns have arguments of their own: an agent phrase ("an attack
// by X on Y"), a genitive ("la mediazione della Cina"; not for attacks and
// coercion, whose genitive is as often the victim), a role adjective ("the
// Russian attack"). A noun that is the object of a verbal predicate does not
// take the clause subject ("Russia denied accusations"), and what a request
// or a threat is about is not coded at all ("demanded the resignation of
// X"). A passive with no agent makes its subject the target and, since no
// one is said to act, yields no event. A pattern may name the type it takes
// when its source is a state, an organisation or a person rather than a
// crowd (option official=: a state's protest is ACCUSE, as PLOVER codes
// diplomatic protests).
//
// Some contexts change what an event is. A noun after a topic preposition,
// in the genitive of a victim noun or a noun of fear takes no clause subject
// ("talks about a ceasefire", "the victims of the bombing", "for fear of an
// attack"; the last is also hypothetical); a threat named by a noun needs an
// agent of its own (pattern option noun). What an accused actor is said to
// have done is hypothetical ("accused Ukraine of attacking"); a refused act
// is negated and names whom the refusal concerns ("refused to meet X"), a
// denied past act is hypothetical ("denied having bombed"); a verb of
// refraining negates ("refrained from"). What a request asks its addressee
// to do is hypothetical ("asked NATO to withdraw", "exigió que Ucrania
// retire", "forderte X auf, ... zu liefern", "the demand to withdraw"),
// unless the request is only the occasion of the clause ("su richiesta di
// X, la CSTO ha deciso di inviare"). What protesters demand is the topic of
// their protest, coded as the protest (PLOVER 2.0), and so is what a protest
// is for ("una huelga para exigir", "en rechazo a"); a protest noun that is
// another act's motive ("retiró a su embajador en protesta por") is no
// demonstration. A noun that a cause preposition gives as the reason of an
// earlier act takes no clause subject ("sanctions over the annexation"); the
// weapon of an attack is no attack ("mit Drohnen angegriffen"), and weapons
// delivered are aid. An earlier event a clause is dated by ("dopo
// l'attacco"), what a proposal or a plan is about and what may happen "in
// case of" take no clause subject and are not reported as done. A threat is
// coded alone: what it threatens is its mode (violence, restrict, arrest,
// expel, relations), not an act. As PLOVER asks, apologies and regret,
// lifting a ban and an announced future retreat are CONCEDE; in reported
// speech "would" and the conditional are a future, not a hypothesis. A
// crowd gathering is a demonstration, officials gathering meet (pattern
// option crowd); troops and crowds arriving do not visit. In a line written
// in capitals (wire headlines), words match without accents; hyphenated
// words the lexicon names ("cessez-le-feu") are joined back into one.
//
// Subjects and asides: a relative pronoun takes the actor right before it;
// an actor in a relative aside (", who …,") or, for a noun, outside the
// quotation holding it is no subject; a clause word followed by a noun
// phrase of its own blocks an earlier actor; verbs joined by "and" share
// their subject; a participle right after its noun or before the agent
// preposition is passive; a subject pronoun that starts a sentence stands
// for the actor the previous sentence acted through. Subjects may follow the
// verb: after a fronted phrase in German (verb second), after verbs of
// arriving and moving forces ("В Москву прибыл президент"); the owner of
// forces moved sends them, and a force they are part of ("в составе сил
// ОДКБ") is the organisation's. A quote that opens a sentence is its
// speaker's ("We will not send troops, Germany said"); a passive verb after
// a predicate noun names its agent ("Sanctions were imposed on Iran by the
// United States"); a phrase of one noun before an actor's own article ends
// there ("dopo le proteste nel paese il presidente ha chiesto").
//
// Codings of one event merge: within a sentence when the sources are one
// party (a state and its officials) and the targets do not conflict, and
// across the document when type, mode, parties and flags agree and the
// dates do, keeping the most precise date.
//
// Some actors are implicit: a protest with no named protesters is coded as
// the protesters of the country where it happens, against its government; a
// truce or ceasefire whose parties the sentence leaves unsaid is between the
// two sides of the fighting the document reports; "the Alliance", "the
// organisation" is the document's main international organisation.
//
// Each event's confidence combines how sure the coding is (pattern strength,
// how the arguments were found, generic or implicit actors) with how central
// the event is to the document (title and lead sentences, the document's
// main actors, a named target), so that ranking by confidence yields a
// document's main events; see salience.go.
package event
