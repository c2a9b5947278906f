package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
)

func init() {
	register(&command{name: "entities", summary: "the most mentioned entities, with filters", run: runEntities})
}

func runEntities(e *env, args []string) int {
	fs := newFlags(e, "entities", "[NAME]")
	data := dataFlag(e, fs)
	var types, countries, langs listFlag
	fs.Var(&types, "type", "entity `TYPE`: COUNTRY, ORG, PERSON, LOCATION (repeatable or comma-separated)")
	fs.Var(&countries, "country", "country `CODE` of the entity")
	fs.Var(&langs, "lang", "mentioned in documents of this language")
	from := fs.String("from", "", "mentioned in documents published on or after (YYYY[-MM[-DD]])")
	to := fs.String("to", "", "mentioned in documents published on or before")
	limit := fs.Int("limit", 20, "entities to show")
	offset := fs.Int("offset", 0, "entities to skip")
	asJSON := fs.Bool("json", false, "print JSON")
	words, err := parseFlags(fs, args)
	if err != nil {
		return usageExit(err)
	}
	for _, d := range []string{*from, *to} {
		if d != "" {
			if _, _, err := vedetta.ParseDate(d); err != nil {
				fmt.Fprintf(e.stderr, "vedetta entities: %v\n", err)
				return exitUsage
			}
		}
	}
	if *limit < 1 || *offset < 0 {
		fmt.Fprintln(e.stderr, "vedetta entities: --limit must be positive and --offset not negative")
		return exitUsage
	}
	st, err := openStore(e, *data)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta entities: %v\n", err)
		return exitFailed
	}
	defer st.Close()
	page, err := st.Entities(context.Background(), store.EntityFilter{Type: upper(types), Country: upper(countries),
		Query: strings.Join(words, " "), Lang: langs, From: *from, To: *to, Limit: *limit, Offset: *offset})
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta entities: %v\n", err)
		return exitFailed
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		enc.Encode(page)
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "MENTIONS\tDOCS\tTYPE\tCOUNTRY\tSECTOR\tID\tNAME")
	for _, en := range page.Entities {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\n", en.Mentions, en.Documents, en.Type, dash(en.Country), dash(en.Sector), en.ID, en.Name)
	}
	tw.Flush()
	fmt.Fprintf(e.stdout, "\n%d of %d entities\n", len(page.Entities), page.Total)
	return exitOK
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
