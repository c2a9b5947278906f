// Package batch runs an ingest job: it reads documents from an ingest
// source, skips the ones already stored unchanged, analyses the rest on all
// cores and writes them to a store in atomic batches, counting what was
// stored, replaced, unchanged and failed. One bad document never aborts the
// job.
package batch
