// Package segment splits text into sentences and words. Sentences come from
// the Unicode UAX #29 rules (clipperhouse/uax29), corrected with per-language
// abbreviation lists (data/<lang>/abbreviations.txt) so that "Dott. Rossi" or
// "Mr. Smith" do not end a sentence.
package segment
