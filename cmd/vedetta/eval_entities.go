package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/analyze"
	"github.com/vedetta/vedetta/eval"
)

func init() {
	registerEval(&evaluation{name: "entities", summary: "entity linking: P/R/F1 per type on pages-dev gold", run: runEvalEntities})
}

func runEvalEntities(e *env, args []string) int {
	fs := newFlags(e, "eval entities", "")
	gold := fs.String("gold", filepath.Join("..", "shared", "eval", "pages-dev", "gold.jsonl"), "gold JSON Lines; the pages are the files beside it")
	kbOnly := fs.Bool("kb-only", false, "score the knowledge-base linker alone (lang, segment, dates and entities stages; no NER)")
	verbose := fs.Bool("v", false, "list misses and spurious entities")
	var kbFiles listFlag
	fs.Var(&kbFiles, "kb", "knowledge-base file (YAML or CSV) that adds or overrides entries; repeatable")
	if code, ok := parseNoArgs(fs, args); !ok {
		return code
	}
	if _, err := os.Stat(*gold); err != nil {
		fmt.Fprintf(e.stderr, "eval entities: gold: %v (use --gold FILE)\n", err)
		return exitProblem
	}
	p, err := analyze.New(analyze.Config{KBFiles: kbFiles})
	if err != nil {
		fmt.Fprintf(e.stderr, "eval entities: %v\n", err)
		return exitProblem
	}
	if *kbOnly {
		var keep []analyze.Stage
		for _, s := range p.Stages {
			switch s.Name() {
			case "lang", "segment", "dates", "entities":
				keep = append(keep, s)
			}
		}
		p.Stages = keep
	}
	s, err := eval.PagesEntities(*gold, func(d vedetta.Document) *vedetta.Analysis { return p.Analyze(d) })
	if err != nil {
		fmt.Fprintf(e.stderr, "eval entities: %v\n", err)
		return exitProblem
	}
	if *verbose {
		for _, m := range s.Misses {
			fmt.Fprintln(e.stdout, "miss     ", m)
		}
		for _, m := range s.Spurious {
			fmt.Fprintln(e.stdout, "spurious ", m)
		}
	}
	if err := s.Write(e.stdout); err != nil {
		return exitProblem
	}
	return exitOK
}
