// Package analyze runs a document through the analysis stages (language,
// segmentation, dates, entities, events) and returns its Analysis. Each
// stage lives in its own sub-package with its per-language data in
// data/<lang>/.
package analyze
