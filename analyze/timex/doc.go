// Package timex finds time expressions in news text (Italian, English,
// French, Spanish, German, Russian) and normalises them against the document
// date: full and partial dates in words and numbers, relative expressions
// (oggi, last week, три дня назад), weekdays, quarters and half years,
// seasons, weekends, decades and centuries, ranges and durations.
//
// The grammar is hand-written and driven by per-language word tables in
// data/<lang>/lexicon.txt (month and weekday names, number words, units,
// relative words, cue words). The text is scanned once into tokens; rules
// run only at tokens the lexicon knows and at numbers, so the cost is linear
// in the text. Results finer than the document date keep its grain: with a
// document dated 2022-01, "ieri" is 2022-01 (grain month), not an invented
// day.
//
// Values are ISO 8601 dates or "a/b" ranges of them at the grain of day,
// month or year. What has no such value is written as the days or months
// it covers: a season as its three months (summer 1998 is 1998-06/1998-08;
// winter 1998 is 1998-12/1999-02), a weekend as its Saturday and Sunday, a
// quarter or half year as its months, a decade as 1990/1999 and a century
// as 1900/1999 ("the 20th century", by the usual reckoning of the 1900s).
// "Now", "currently" and their kin are the time of speech: the document
// date, at its grain. Expressions that name no time at all ("recently", "in
// the future") are not reported. Modifiers such as "early", "late", "the
// end of" stay in the span, and the value is the whole period they qualify
// (early 1990 is 1990).
//
// Some expressions count from the date the text last spoke of rather than
// from the document date: "the following year", "three days later", "that
// year", "le lendemain", "al día siguiente". The date last spoken of is the
// last date or day named within refWindow bytes before (not "last year" nor
// another counted date, which would make chains); without one, the document
// date serves. In reports of company results, "a year ago", "the year-ago
// quarter" and "the latest period" follow the quarter last named.
package timex
