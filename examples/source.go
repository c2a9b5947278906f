package examples

import (
	"io/fs"
	"sort"

	"github.com/vedetta/vedetta/ingest"
)

// Source emits the bundled examples as ingest items, in file-name order,
// named "examples/FILE" (a batch.Source).
func Source(emit func(ingest.Item) error) error {
	names, err := fs.Glob(FS, "*.txt")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, n := range names {
		f, err := FS.Open(n)
		if err != nil {
			return err
		}
		err = ingest.ReadStream("examples/"+n, f, ingest.Options{}, emit)
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
