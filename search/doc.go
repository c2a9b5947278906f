// Package search is the full-text index of Vedetta, built on Bleve. Each
// document's title and text go into one field per language
// (content_it, content_en, ...) analysed with that language's analyser
// (stemming, stop words, elision), so "forza di pace" finds "forze di pace".
// Filters cover language, publication date, the dates a text talks about,
// linked entities and event types; facets count languages, months, entities
// and event types.
//
// The index is derived data: the store keeps the documents and can rebuild
// it at any time.
package search
