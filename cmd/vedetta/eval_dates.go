package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/vedetta/vedetta/eval"
)

func init() {
	registerEval(&evaluation{name: "dates", summary: "time expressions: span P/R and value accuracy on TimeBank, Duckling examples and pages-dev", run: runEvalDates})
}

func runEvalDates(e *env, args []string) int {
	fs := newFlags(e, "eval dates", "")
	shared := sharedFlag(fs, "the shared data folder")
	nerr := fs.Int("errors", 0, "print up to `N` examples of each kind of error (missed, wrong value, spurious) by gold class")
	errSet := fs.String("errors-set", "timebank DATE, all", "the score whose errors --errors prints (a prefix of its name)")
	if code, ok := parseNoArgs(fs, args); !ok {
		return code
	}
	if sharedMissing(e, "eval dates", *shared) {
		return exitProblem
	}
	dir := filepath.Join(*shared, "eval", "timex")
	scores, err := eval.TimeBank(filepath.Join(dir, "timebank"))
	if err != nil {
		fmt.Fprintf(e.stderr, "eval dates: %v\n", err)
		return exitProblem
	}
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
	fmt.Fprintln(e.stdout, "valF1: a found expression counts only with the right value (values compared by the days they cover;")
	fmt.Fprintln(e.stdout, "TimeBank PRESENT_REF is the document creation time; PAST_REF and FUTURE_REF match nothing).")
	if *nerr > 0 {
		found := false
		for _, s := range scores {
			if strings.HasPrefix(s.Name, *errSet) {
				found = true
				fmt.Fprintln(e.stdout)
				if err := eval.WriteDateErrors(e.stdout, s, *nerr); err != nil {
					fmt.Fprintf(e.stderr, "eval dates: %v\n", err)
					return exitProblem
				}
				break
			}
		}
		if !found {
			fmt.Fprintf(e.stderr, "eval dates: no score named %q\n", *errSet)
			return exitUsage
		}
	}
	return exitOK
}
