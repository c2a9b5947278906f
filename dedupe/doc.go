// Package dedupe finds near-duplicate documents: syndicated copies of one
// agency text, re-publications under another header or byline, lightly
// edited versions. A text's Signature is a MinHash over its word shingles
// (5 words after lower-casing and folding punctuation); an Index groups
// signatures into clusters incrementally, finding candidates through LSH
// bands so that the cost of Add grows slowly with the number of documents,
// and confirming them by their estimated Jaccard similarity.
//
// Typical use by a store:
//
//	ix := dedupe.NewIndex(dedupe.IndexOptions{})      // at open
//	for each stored (id, sigBytes) in insertion order {
//		sig, _ := dedupe.ParseSignature(sigBytes)
//		ix.Add(id, sig)                                // rebuild
//	}
//	sig := dedupe.Sign(doc.Text)                       // at ingest
//	cluster := ix.Add(doc.ID, sig)                     // == doc.ID when it starts a cluster
//	persist(doc.ID, sig.Bytes(), cluster)
package dedupe
