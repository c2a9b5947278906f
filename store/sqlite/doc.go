// Package sqlite is the embedded store: one data folder holding a SQLite
// database in WAL mode (documents, entities, mentions, dates, events; the
// source of truth) and a Bleve full-text index derived from it.
//
// Crash safety: documents are written in one SQLite transaction per batch
// with indexed = 0, then indexed, then marked indexed = 1. On open, any
// document not marked indexed is indexed again, and an index that cannot be
// opened is rebuilt from the database, so a killed process never leaves a
// store that is half-written or out of step.
package sqlite
