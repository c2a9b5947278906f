// Package examples bundles the example documents that "vedetta demo"
// ingests: the reference statement on the CSTO mission to Kazakhstan
// (an Italian translation of a Russian Foreign Ministry statement, January
// 2022) and short news texts written for this project in the other
// supported languages.
package examples

import "embed"

// FS holds the example files (*.txt in the dated plain-text form, *.jsonl).
//
//go:embed *.txt
var FS embed.FS

// Reference is the file name of the reference document.
const Reference = "csto-kazakhstan-2022-01.it.txt"
