// Package ner is Vedetta's statistical named-entity recogniser: a greedy
// left-to-right averaged-perceptron sequence tagger over BIO tags (PER, ORG,
// LOC, MISC) with hashed lexical features, trained from the CoNLL/TSV corpora
// in ../shared/data/ner by "vedetta train ner" and shipped as small gzipped
// models embedded from models/<lang>.bin.gz.
//
// The package also holds the CoNLL reader used for training, tagging and
// evaluation, and the analysis stage that turns predicted person,
// organisation and location spans into document entities.
package ner
