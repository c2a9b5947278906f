// Package ingest reads documents from files, folders, standard input and
// http(s) URLs: the dated plain-text form of the pages we collect, plain
// text, JSON Lines, HTML pages (article extraction), RSS/Atom feeds and WARC
// archives, with the format detected per input. Readers never abort a batch
// on a bad document: each problem comes back as an Item with an error
// naming the file and line (or feed item, or WARC record).
package ingest
