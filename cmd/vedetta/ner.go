package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/analyze/lang"
	"github.com/vedetta/vedetta/analyze/ner"
)

func init() {
	register(&command{name: "ner", summary: "tag CoNLL-style input with named-entity BIO tags", run: runNER})
}

// nerInput is a CoNLL file read for tagging or scoring.
type nerInput struct {
	sents  []ner.Sentence
	tokCol int
	lang   string
	model  *ner.Model
	tags   [][]string // predicted tags of each sentence, once tagAt ran
}

// nerOpen reads path ("-" for stdin), picks the token column (tokCol is
// 1-based, 0 for automatic), the language (detected when code is empty)
// and, when needModel, the model (modelPath, else the embedded one).
func nerOpen(e *env, path string, tokCol int, code, modelPath string, needModel bool) (*nerInput, error) {
	var r io.Reader
	if path == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	sents, err := ner.ReadCoNLL(r)
	if err != nil {
		return nil, err
	}
	in := &nerInput{sents: sents, tokCol: tokCol - 1}
	if tokCol <= 0 {
		in.tokCol = ner.TokenColumn(sents)
	}
	if !needModel {
		return in, nil
	}
	if modelPath != "" {
		f, err := os.Open(modelPath)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if in.model, err = ner.Read(bufio.NewReader(f)); err != nil {
			return nil, fmt.Errorf("%s: %w", modelPath, err)
		}
		if code == "" {
			code = in.model.Lang
		}
	}
	if code == "" {
		code, err = nerDetect(sents, in.tokCol)
		if err != nil {
			return nil, err
		}
	}
	in.lang = strings.ToLower(code)
	if in.model == nil {
		if in.model, err = ner.ForLang(in.lang); err != nil {
			return nil, err
		}
	}
	return in, nil
}

// nerDetect guesses the language from the tokens of the whole input (up to
// a few thousand bytes are enough).
func nerDetect(sents []ner.Sentence, tokCol int) (string, error) {
	var b strings.Builder
	for _, s := range sents {
		for _, c := range s.Cols {
			if tokCol < len(c) {
				b.WriteString(c[tokCol])
				b.WriteByte(' ')
			}
		}
		b.WriteByte('\n')
		if b.Len() > 4000 {
			break
		}
	}
	d, err := lang.New(analyze.DefaultLanguages...)
	if err != nil {
		return "", err
	}
	code := d.Detect(b.String())
	if code == "" {
		return "", fmt.Errorf("cannot detect the language (use --lang)")
	}
	return code, nil
}

// words returns the tokens of s.
func (in *nerInput) words(s ner.Sentence) []string {
	w := make([]string, len(s.Cols))
	for i, c := range s.Cols {
		if in.tokCol < len(c) {
			w[i] = c[in.tokCol]
		}
	}
	return w
}

// tagAt returns the predicted tags of sentence i (all O for a document
// marker). The first call tags the whole input, document by document
// (documents split at -DOCSTART- markers), so that models reading the
// sentences around a word see them.
func (in *nerInput) tagAt(i int) []string {
	if in.tags == nil {
		in.tags = make([][]string, len(in.sents))
		var doc [][]string
		var idx []int
		flush := func() {
			for k, t := range in.model.TagDoc(doc) {
				in.tags[idx[k]] = t
			}
			doc, idx = doc[:0], idx[:0]
		}
		for j, s := range in.sents {
			if ner.IsDocStart(s) {
				flush()
				in.tags[j] = []string{"O"}
				continue
			}
			doc = append(doc, in.words(s))
			idx = append(idx, j)
		}
		flush()
	}
	return in.tags[i]
}

func runNER(e *env, args []string) int {
	fs := newFlags(e, "ner", "--conll FILE|-")
	conll := fs.String("conll", "", "CoNLL-style input: one token per line, blank line between sentences; - for stdin")
	tokCol := fs.Int("token-col", 0, "1-based column holding the token (default: the first non-numeric column)")
	code := fs.String("lang", "", "language (default: detected from the whole input)")
	modelPath := fs.String("model", "", "model file to use instead of the built-in one")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return usageExit(err)
	}
	if *conll == "" && len(pos) == 1 {
		*conll = pos[0]
	} else if len(pos) > 0 || *conll == "" {
		fs.Usage()
		return exitUsage
	}
	in, err := nerOpen(e, *conll, *tokCol, *code, *modelPath, true)
	if err != nil {
		fmt.Fprintf(e.stderr, "ner: %v\n", err)
		return exitProblem
	}
	w := bufio.NewWriter(e.stdout)
	for i, s := range in.sents {
		if i > 0 {
			w.WriteByte('\n')
		}
		for _, c := range s.Comments {
			w.WriteString(c)
			w.WriteByte('\n')
		}
		tags := in.tagAt(i)
		for j, line := range s.Lines {
			sep := "\t"
			if !strings.Contains(line, "\t") {
				sep = " "
			}
			w.WriteString(line)
			w.WriteString(sep)
			w.WriteString(tags[j])
			w.WriteByte('\n')
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "ner: %v\n", err)
		return exitProblem
	}
	return exitOK
}
