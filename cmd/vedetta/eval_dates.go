package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/vedetta/vedetta/eval"
)

func init() {
	registerEval(&evaluation{name: "dates", summary: "time expressions: span P/R and value accuracy on TimeBank, Duckling examples and pages-dev", run: runEvalDates})
}

func runEvalDates(e *env, args []string) int {
	fs := newFlags(e, "eval dates", "")
	shared := fs.String("shared", filepath.Join("..", "shared"), "the shared data folder")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return usageExit(err)
	}
	if len(pos) > 0 {
		fs.Usage()
		return exitUsage
	}
	if _, err := os.Stat(*shared); err != nil {
		fmt.Fprintf(e.stderr, "eval dates: shared data: %v (use --shared DIR)\n", err)
		return exitProblem
	}
	dir := filepath.Join(*shared, "eval", "timex")
	var scores []eval.DateScore
	all, cal, err := eval.TimeBank(filepath.Join(dir, "timebank"))
	if err != nil {
		fmt.Fprintf(e.stderr, "eval dates: %v\n", err)
		return exitProblem
	}
	scores = append(scores, all, cal)
	duck, err := eval.Duckling(filepath.Join(dir, "duckling-examples.tsv"))
	if err != nil {
		fmt.Fprintf(e.stderr, "eval dates: %v\n", err)
		return exitProblem
	}
	scores = append(scores, duck...)
	pall, pexpl, err := eval.Pages(filepath.Join(*shared, "eval", "pages-dev"))
	if err != nil {
		fmt.Fprintf(e.stderr, "eval dates: %v\n", err)
		return exitProblem
	}
	scores = append(scores, pall, pexpl)
	if err := eval.WriteDateScores(e.stdout, scores); err != nil {
		fmt.Fprintf(e.stderr, "eval dates: %v\n", err)
		return exitProblem
	}
	fmt.Fprintln(e.stdout, "\nspan P/R: exact span / overlapping span; valAcc: right values among the gold found;")
	fmt.Fprintln(e.stdout, "valF1: a found expression counts only with the right value (values compared by the days they cover).")
	return exitOK
}
