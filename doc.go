// Package vedetta holds the public types of Vedetta: a Document as it is
// ingested, and the Analysis the pipeline produces for it (sentences,
// entities, dates and events). The JSON encoding of Analysis is the
// project's public contract, documented in README.md.
package vedetta
