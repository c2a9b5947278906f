package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
)

func init() {
	register(&command{name: "stats", summary: "count stored documents by language and month", run: runStats})
}

func runStats(e *env, args []string) int {
	fs := newFlags(e, "stats", "")
	data := dataFlag(e, fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parseFlags(fs, args); err != nil {
		return usageExit(err)
	}
	st, err := openStore(e, *data)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta stats: %v\n", err)
		return exitFailed
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta stats: %v\n", err)
		return exitFailed
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.Encode(s)
		return exitOK
	}
	fmt.Fprintf(e.stdout, "%d documents, %d entities, %d events\n\nby language:\n", s.Documents, s.Entities, s.Events)
	for _, k := range sortedKeys(s.ByLang) {
		name := k
		if name == "" {
			name = "unknown"
		}
		fmt.Fprintf(e.stdout, "  %-8s %d\n", name, s.ByLang[k])
	}
	fmt.Fprintln(e.stdout, "\nby month:")
	for _, k := range sortedKeys(s.ByMonth) {
		name := k
		if name == "" {
			name = "undated"
		}
		fmt.Fprintf(e.stdout, "  %-8s %d\n", name, s.ByMonth[k])
	}
	return exitOK
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
