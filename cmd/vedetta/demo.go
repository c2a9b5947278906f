package main

import (
	"context"
	"fmt"

	"github.com/vedetta/vedetta/batch"
	"github.com/vedetta/vedetta/examples"
)

func init() {
	register(&command{name: "demo", summary: "ingest the bundled example documents and show what to try next", run: runDemo})
}

func runDemo(e *env, args []string) int {
	fs := newFlags(e, "demo", "")
	data := dataFlag(e, fs)
	pf := addPipelineFlags(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return usageExit(err)
	}
	p, err := pf.build()
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta demo: %v\n", err)
		return exitFailed
	}
	st, err := openStore(e, *data)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta demo: %v\n", err)
		return exitFailed
	}
	defer st.Close()
	sum, err := batch.Run(context.Background(), st, examples.Source, batch.Options{Pipeline: p})
	printSummary(e.stdout, sum)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta demo: %v\n", err)
		return exitFailed
	}
	flag := ""
	if *data != "vedetta-data" {
		flag = " --data " + *data
	}
	fmt.Fprintf(e.stdout, `
The examples are in the data folder %q. Try:

  vedetta search%[2]s "forza di pace"        # Italian stemming: finds "forze di pace"
  vedetta search%[2]s Kazakistan --lang it
  vedetta search%[2]s sanctions --from 2022-02
  vedetta stats%[2]s
  vedetta show%[2]s ID                       # an id from the search results
  vedetta analyze examples/csto-kazakhstan-2022-01.it.txt --pretty

(With "go run ./cmd/vedetta" in place of "vedetta" from a checkout.)
`, *data, flag)
	if sum.Failed > 0 {
		return exitFailed
	}
	return exitOK
}
