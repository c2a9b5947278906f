package main

import (
	"fmt"
	"path/filepath"

	"github.com/vedetta/vedetta/eval"
)

func init() {
	registerEval(&evaluation{name: "html", summary: "HTML article extraction: article text recovered and boilerplate leaked, on eval/testdata/html", run: runEvalHTML})
}

func runEvalHTML(e *env, args []string) int {
	fs := newFlags(e, "eval html", "")
	dir := fs.String("set", filepath.Join("eval", "testdata", "html"), "folder of saved pages (NAME.html) with their known article text (NAME.txt)")
	if code, ok := parseNoArgs(fs, args); !ok {
		return code
	}
	pages, total, err := eval.EvalHTML(*dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "eval html: %v (run from the repository root or use --set DIR)\n", err)
		return exitProblem
	}
	if err := eval.WriteHTMLScores(e.stdout, pages, total); err != nil {
		fmt.Fprintf(e.stderr, "eval html: %v\n", err)
		return exitProblem
	}
	return exitOK
}
