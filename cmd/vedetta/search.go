package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/vedetta/vedetta/search"
	"github.com/vedetta/vedetta/store"
)

func init() {
	register(&command{name: "search", summary: "full-text search of the stored documents", run: runSearch})
}

func runSearch(e *env, args []string) int {
	fs := newFlags(e, "search", `QUERY (words and "quoted phrases")`)
	data := dataFlag(e, fs)
	var langs, ents, types listFlag
	fs.Var(&langs, "lang", "only these languages (comma-separated or repeated)")
	from := fs.String("from", "", "published on or after (YYYY[-MM[-DD]])")
	to := fs.String("to", "", "published on or before (YYYY[-MM[-DD]])")
	aboutFrom := fs.String("about-from", "", "the text talks about a date on or after this")
	aboutTo := fs.String("about-to", "", "the text talks about a date on or before this")
	fs.Var(&ents, "entity", "only documents mentioning this entity `ID` (repeatable: all required)")
	fs.Var(&types, "type", "only documents with an event of this PLOVER type (repeatable: any)")
	limit := fs.Int("limit", 20, "results to show")
	offset := fs.Int("offset", 0, "results to skip")
	asJSON := fs.Bool("json", false, "print JSON")
	allCopies := fs.Bool("all-copies", false, "list every near-duplicate copy instead of one result per cluster")
	words, err := parseFlags(fs, args)
	if err != nil {
		return usageExit(err)
	}
	q := store.Query{Text: strings.Join(words, " "), Langs: langs, From: *from, To: *to,
		AboutFrom: *aboutFrom, AboutTo: *aboutTo, Entities: ents, EventType: upper(types), Limit: *limit, Offset: *offset, Collapse: !*allCopies}
	st, err := openStore(e, *data)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta search: %v\n", err)
		return exitFailed
	}
	defer st.Close()
	res, err := st.Search(context.Background(), q)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta search: %v\n", err)
		return exitUsage
	}
	if *asJSON {
		for i := range res.Hits {
			res.Hits[i].Snippet = markSnippet(res.Hits[i].Snippet, "<mark>", "</mark>")
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		enc.Encode(res)
		return exitOK
	}
	printHits(e.stdout, res)
	return exitOK
}

func upper(l []string) []string {
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = strings.ToUpper(s)
	}
	return out
}

func markSnippet(s, open, close string) string {
	s = strings.ReplaceAll(s, search.MarkStart, open)
	return strings.ReplaceAll(s, search.MarkEnd, close)
}

func printHits(w io.Writer, res *store.Results) {
	open, close := "[", "]"
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		open, close = "\033[1;33m", "\033[0m"
	}
	fmt.Fprintf(w, "%d result(s)\n", res.Total)
	for _, h := range res.Hits {
		date := h.Date
		if date == "" {
			date = "undated"
		}
		copies := ""
		if h.Copies > 1 {
			copies = fmt.Sprintf("  [+%d near-duplicate copies]", h.Copies-1)
		}
		fmt.Fprintf(w, "\n%-10s  %-2s  %s  (%s)%s\n", date, h.Lang, h.Title, h.ID, copies)
		if h.Snippet != "" {
			fmt.Fprintf(w, "    %s\n", markSnippet(h.Snippet, open, close))
		}
	}
}
