package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// evaluation is one "vedetta eval NAME" scorer. Each lives in its own file
// (eval_dates.go, eval_ner.go, ...) and registers itself in init.
type evaluation struct {
	name, summary string
	run           func(e *env, args []string) int
}

var evaluations = map[string]*evaluation{}

func registerEval(ev *evaluation) { evaluations[ev.name] = ev }

func init() {
	register(&command{name: "eval", summary: "score the analysis against evaluation sets (dates, entities, ner, events)", run: runEval})
}

func runEval(e *env, args []string) int {
	if len(args) == 0 || evaluations[args[0]] == nil {
		fmt.Fprintln(e.stderr, "Usage: vedetta eval WHAT [flags]\n\nWhat:")
		var names []string
		for n := range evaluations {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(e.stderr, "  %-10s %s\n", n, evaluations[n].summary)
		}
		return exitUsage
	}
	return evaluations[args[0]].run(e, args[1:])
}

// sharedFlag adds --shared: the folder of shared data, ../shared by default
// (the repository's sibling, when run from its root).
func sharedFlag(fs *flag.FlagSet, usage string) *string {
	return fs.String("shared", filepath.Join("..", "shared"), usage)
}

// sharedMissing prints an error and reports true when dir does not exist.
func sharedMissing(e *env, name, dir string) bool {
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(e.stderr, "%s: shared data: %v (use --shared DIR)\n", name, err)
		return true
	}
	return false
}
