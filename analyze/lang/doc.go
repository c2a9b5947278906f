// Package lang identifies the language of a document with lingua-go,
// restricted to a configurable set of candidate languages so that only their
// models are loaded.
package lang
