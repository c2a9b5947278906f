// Package store defines where analysed documents live: the Store interface,
// implemented by the embedded default (store/sqlite: SQLite in WAL mode plus
// a Bleve index, in one data folder) and, later, by a PostgreSQL backend.
package store
