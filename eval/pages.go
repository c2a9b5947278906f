package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/ingest"
)

// GoldPage is one record of pages-dev/gold.jsonl.
type GoldPage struct {
	File     string `json:"file"`
	Lang     string `json:"lang"`
	DocDate  string `json:"doc_date"`
	Entities []struct {
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		ISO3     string   `json:"iso3"`
		Mentions []string `json:"mentions"`
	} `json:"entities"`
	Dates  []PageDate `json:"dates"`
	Events []struct {
		Source   string  `json:"source"`
		Type     string  `json:"type"`
		Target   *string `json:"target"`
		Date     *string `json:"date"`
		Evidence string  `json:"evidence"`
	} `json:"events"`
}

// Page is a pages-dev document with its gold record.
type Page struct {
	Doc  vedetta.Document
	Gold GoldPage
}

// LoadPages reads a gold JSON Lines file and the dated text pages beside it
// (read as "vedetta ingest" reads them).
func LoadPages(goldPath string) ([]Page, error) {
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	defer f.Close()
	dir := filepath.Dir(goldPath)
	var pages []Page
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var g GoldPage
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", goldPath, line, err)
		}
		doc, err := readPageDoc(filepath.Join(dir, g.File))
		if err != nil {
			return nil, err
		}
		pages = append(pages, Page{Doc: doc, Gold: g})
	}
	return pages, sc.Err()
}

// readPageDoc reads one dated text page.
func readPageDoc(path string) (vedetta.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return vedetta.Document{}, err
	}
	defer f.Close()
	var doc vedetta.Document
	var ierr error
	err = ingest.ReadStream(path, f, ingest.Options{}, func(it ingest.Item) error {
		doc, ierr = it.Doc, it.Err
		return nil
	})
	if err == nil {
		err = ierr
	}
	if err == nil && doc.Text == "" {
		err = fmt.Errorf("no document")
	}
	if err != nil {
		return vedetta.Document{}, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}
