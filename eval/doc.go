// Package eval scores Vedetta's analysis against evaluation sets: one file
// per evaluation (dates, entities, ner, events), each with its scorer and
// tests; the "vedetta eval" subcommands only parse flags and print.
package eval
