package main

import (
	"bufio"
	"encoding/json"
	"fmt"

	"github.com/vedetta/vedetta/ingest"
)

func init() {
	register(&command{name: "analyze", summary: "analyse documents without storing them; print JSON Lines", run: runAnalyze})
}

func runAnalyze(e *env, args []string) int {
	fs := newFlags(e, "analyze", "FILE|-")
	pf := addPipelineFlags(fs)
	date := fs.String("date", "", "date (YYYY[-MM[-DD]]) for documents that carry none")
	lang := fs.String("lang", "", "language of documents that declare none (default: detect)")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return usageExit(err)
	}
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "vedetta analyze: give a FILE (or - for standard input)")
		return exitUsage
	}
	p, err := pf.build()
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta analyze: %v\n", err)
		return exitUsage
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	failed := 0
	err = ingest.Read(paths, e.stdin, ingest.Options{Date: *date, Lang: *lang}, func(it ingest.Item) error {
		for _, w := range it.Warnings {
			fmt.Fprintf(e.stderr, "warning: %s: %s\n", it.Where(), w)
		}
		if it.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "failed: %s: %v\n", it.Where(), it.Err)
			return nil
		}
		return enc.Encode(p.Analyze(it.Doc))
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta analyze: %v\n", err)
		return exitFailed
	}
	if failed > 0 {
		return exitFailed
	}
	return exitOK
}
