// Package timex finds time expressions in news text (Italian, English,
// French, Spanish, German, Russian) and normalises them against the document
// date: full and partial dates in words and numbers, relative expressions
// (oggi, last week, три дня назад), weekdays, quarters, ranges and durations.
//
// The grammar is hand-written and driven by per-language word tables in
// data/<lang>/lexicon.txt (month and weekday names, number words, units,
// relative words, cue words). The text is scanned once into tokens; rules
// run only at tokens the lexicon knows and at numbers, so the cost is linear
// in the text. Results finer than the document date keep its grain: with a
// document dated 2022-01, "ieri" is 2022-01 (grain month), not an invented
// day.
package timex
