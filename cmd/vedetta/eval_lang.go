package main

import (
	"fmt"
	"path/filepath"

	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/analyze/lang"
	"github.com/vedetta/vedetta/eval"
)

func init() {
	registerEval(&evaluation{name: "lang", summary: "language identification on pages-dev: whole documents and titles alone", run: runEvalLang})
}

func runEvalLang(e *env, args []string) int {
	fs := newFlags(e, "eval lang", "")
	shared := sharedFlag(fs, "the shared data folder")
	gold := fs.String("gold", "", "gold JSON Lines (default SHARED/eval/pages-dev/gold.jsonl)")
	if _, err := parseFlags(fs, args); err != nil {
		return usageExit(err)
	}
	if *gold == "" {
		*gold = filepath.Join(*shared, "eval", "pages-dev", "gold.jsonl")
	}
	pages, err := eval.LoadPages(*gold)
	if err != nil {
		fmt.Fprintf(e.stderr, "eval lang: %v\n", err)
		return exitFailed
	}
	det, err := lang.New(analyze.DefaultLanguages...)
	if err != nil {
		fmt.Fprintf(e.stderr, "eval lang: %v\n", err)
		return exitFailed
	}
	docs, titles := eval.NewLangScore("documents (title + text)"), eval.NewLangScore("titles alone")
	for _, p := range pages {
		docs.Add(p.Gold.File, p.Gold.Lang, det.Detect(p.Doc.Title+"\n"+p.Doc.Text))
		titles.Add(p.Gold.File, p.Gold.Lang, det.Detect(p.Doc.Title))
	}
	docs.Write(e.stdout)
	titles.Write(e.stdout)
	return exitOK
}
