package main

import (
	"fmt"
	"strings"

	"github.com/vedetta/vedetta/analyze/ner"
	"github.com/vedetta/vedetta/eval"
)

func init() {
	registerEval(&evaluation{name: "ner", summary: "named-entity tagging: exact-span P/R/F1 on a CoNLL file", run: runEvalNER})
}

func runEvalNER(e *env, args []string) int {
	fs := newFlags(e, "eval ner", "--conll FILE")
	conll := fs.String("conll", "", "CoNLL-style file with the gold BIO tag in the last column; - for stdin")
	tokCol := fs.Int("token-col", 0, "1-based column holding the token (default: the first non-numeric column)")
	code := fs.String("lang", "", "language (default: detected from the whole input)")
	modelPath := fs.String("model", "", "model file to use instead of the built-in one")
	heldout := fs.Bool("heldout", false, "score only the held-out tenth of the file (every tenth sentence, as training leaves it out)")
	predicted := fs.Bool("predicted", false, "score the predictions already in the file (last column) against the gold tags (the column before it) instead of tagging")
	errs := fs.Int("errors", 0, "print up to this many sentences with errors")
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
	in, err := nerOpen(e, *conll, *tokCol, *code, *modelPath, !*predicted)
	if err != nil {
		fmt.Fprintf(e.stderr, "eval ner: %v\n", err)
		return exitProblem
	}
	sc := eval.NewNERScore()
	n, shown := 0, 0
	for si, s := range in.sents {
		if ner.IsDocStart(s) || len(s.Cols) == 0 {
			continue
		}
		i := n
		n++
		if *heldout && !ner.HeldOut(i) {
			continue
		}
		var gold, pred []string
		for li, c := range s.Cols {
			gc := len(c) - 1
			if *predicted {
				gc--
			}
			if gc < 0 || gc <= in.tokCol && !*predicted {
				fmt.Fprintf(e.stderr, "eval ner: sentence %d line %d: no gold tag column\n", n, li+1)
				return exitProblem
			}
			gold = append(gold, ner.NormTag(c[gc]))
			if *predicted {
				pred = append(pred, ner.NormTag(c[len(c)-1]))
			}
		}
		if !*predicted {
			pred = in.tagAt(si)
		}
		if err := sc.Add(gold, pred); err != nil {
			fmt.Fprintf(e.stderr, "eval ner: %v\n", err)
			return exitProblem
		}
		if shown < *errs && strings.Join(gold, " ") != strings.Join(pred, " ") {
			shown++
			w := in.words(s)
			for j := range w {
				mark := ""
				if gold[j] != pred[j] {
					mark = "  <<"
				}
				fmt.Fprintf(e.stderr, "%-20s %-7s %-7s%s\n", w[j], gold[j], pred[j], mark)
			}
			fmt.Fprintln(e.stderr)
		}
	}
	if !*predicted {
		fmt.Fprintf(e.stdout, "language %s, model with %d features\n", in.lang, in.model.NumFeatures())
	}
	if err := sc.Write(e.stdout); err != nil {
		return exitProblem
	}
	return exitOK
}
