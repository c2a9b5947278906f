// Package ner is Vedetta's statistical named-entity recogniser: an averaged
// structured perceptron over BIO tags (PER, ORG, LOC, MISC) decoded with
// Viterbi, with hashed lexical features, a gazetteer of names and
// document-context features, trained from the CoNLL/TSV corpora in
// ../shared/data/ner by "vedetta train ner" and shipped as small gzipped
// models embedded from models/<lang>.bin.gz (the gazetteer, built by
// "vedetta train gazetteer", from models/gazetteer.tsv.gz).
//
// The package also holds the CoNLL reader used for training, tagging and
// evaluation, and the analysis stage that turns predicted person,
// organisation and location spans into document entities.
package ner
