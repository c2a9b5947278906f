package ner

import (
	"slices"
	"strings"
	"testing"
)

// A sentence tagged alone gets the document features of a one-sentence
// document, computed without the index.
func TestSelfDocMatchesDocFeats(t *testing.T) {
	for _, txt := range []string{"Il sindaco di Roma e Roma Capitale , roma e ROMA Il", "A B A C a", "una frase senza nomi", ""} {
		words := strings.Fields(txt)
		want := docFeats([][]string{words})[0]
		var sf sentFeats
		sf.fill(words)
		sf.selfDocFeats(len(words))
		for i := range words {
			a, b := slices.Clone(want[i]), slices.Clone(sf.extra[i])
			slices.Sort(a)
			slices.Sort(b)
			if !slices.Equal(a, b) {
				t.Errorf("%q word %d: %v, want %v", txt, i, b, a)
			}
		}
	}
}

// Another occurrence of a word in a nearby sentence lends its context.
func TestDocFeatsReadNearbySentences(t *testing.T) {
	doc := [][]string{strings.Fields("Il treno arriva a Saronno ."), strings.Fields("Saronno è lontana .")}
	f := docFeats(doc)
	if !slices.Contains(f[1][0], hStr(hStart(95), "a")) {
		t.Errorf("the second Saronno does not see 'a' before the first: %v", f[1][0])
	}
	alone := docFeats(doc[1:])
	if slices.Contains(alone[0][0], hStr(hStart(95), "a")) {
		t.Error("a sentence alone sees a context it does not have")
	}
}
