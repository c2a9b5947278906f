// Package ingest reads documents from files, folders and standard input:
// the dated plain-text form of the pages we collect, plain text and JSON
// Lines, with the format detected per file. Readers never abort a batch on a
// bad document: each problem comes back as an Item with an error naming the
// file and line.
package ingest
