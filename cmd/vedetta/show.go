package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/vedetta/vedetta/store"
)

func init() {
	register(&command{name: "show", summary: "print a stored document and its analysis as JSON", run: runShow})
}

func runShow(e *env, args []string) int {
	fs := newFlags(e, "show", "ID")
	data := dataFlag(e, fs)
	ids, err := parseFlags(fs, args)
	if err != nil {
		return usageExit(err)
	}
	if len(ids) != 1 {
		fmt.Fprintln(e.stderr, "vedetta show: give one document ID")
		return exitUsage
	}
	st, err := openStore(e, *data)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta show: %v\n", err)
		return exitFailed
	}
	defer st.Close()
	a, err := st.Get(context.Background(), ids[0])
	if errors.Is(err, store.ErrNotFound) {
		fmt.Fprintf(e.stderr, "vedetta show: no document with id %q\n", ids[0])
		return exitFailed
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta show: %v\n", err)
		return exitFailed
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(a)
	return exitOK
}
