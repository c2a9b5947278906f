package main

import (
	"fmt"
	"path/filepath"

	"github.com/vedetta/vedetta/dedupe"
	"github.com/vedetta/vedetta/eval"
)

func init() {
	registerEval(&evaluation{name: "dedupe", summary: "near-duplicate grouping: pair precision/recall over thresholds on dedupe/testdata", run: runEvalDedupe})
}

func runEvalDedupe(e *env, args []string) int {
	fs := newFlags(e, "eval dedupe", "")
	dir := fs.String("set", filepath.Join("dedupe", "testdata"), "folder of the near-duplicate set (one *.txt file per event)")
	k := fs.Int("shingle", dedupe.DefaultShingle, "words per shingle")
	n := fs.Int("hashes", dedupe.DefaultHashes, "MinHash values per signature")
	shared := sharedFlag(fs, "the shared data folder (real texts for a background check)")
	if code, ok := parseNoArgs(fs, args); !ok {
		return code
	}
	texts, err := eval.LoadDedupeSet(*dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "eval dedupe: %v (run from the repository root or use --set DIR)\n", err)
		return exitProblem
	}
	var ths []float64
	for t := 0.05; t < 0.96; t += 0.05 {
		ths = append(ths, float64(int(t*100+0.5))/100)
	}
	res := eval.EvalDedupe(texts, ths, *k, *n)
	if err := eval.WriteDedupe(e.stdout, res); err != nil {
		fmt.Fprintf(e.stderr, "eval dedupe: %v\n", err)
		return exitProblem
	}
	fmt.Fprintf(e.stdout, "\nthe index's default threshold is %.2f (dedupe.DefaultThreshold)\n", dedupe.DefaultThreshold)
	// Background: real texts not meant to be copies of one another.
	bg, err := eval.LoadPlainTexts(filepath.Join(*shared, "eval", "timex", "timebank"), filepath.Join(*shared, "eval", "pages-dev"))
	if err != nil || len(bg) < 2 {
		fmt.Fprintf(e.stdout, "\nno background check: real texts not found under %s\n", *shared)
		return exitOK
	}
	pairs, total := eval.Background(bg, *k, *n, 0.05)
	above := 0
	for _, p := range pairs {
		if p.Estimate >= dedupe.DefaultThreshold {
			above++
		}
	}
	fmt.Fprintf(e.stdout, "\nbackground: %d real texts (TimeBank, pages-dev), %d pairs; %d at or above the threshold, %d at or above 0.05\n", len(bg), total, above, len(pairs))
	for i, p := range pairs {
		if i == 10 {
			break
		}
		fmt.Fprintf(e.stdout, "  %.3f %s ~ %s\n", p.Estimate, p.A, p.B)
	}
	return exitOK
}
