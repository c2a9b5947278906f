package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/export"
	"github.com/vedetta/vedetta/store"
)

func init() {
	register(&command{name: "events", summary: "list stored events with filters, or export them (csv, jsonl, plover, gdelt, graphml)", run: runEvents})
}

// eventFilterFlags are the event filters shared by the listing commands.
type eventFilterFlags struct {
	actor, source, target, country, types, quads, langs listFlag
	from, to, doc                                       *string
}

func addEventFilterFlags(fs *flag.FlagSet) *eventFilterFlags {
	f := &eventFilterFlags{}
	fs.Var(&f.actor, "actor", "entity `ID` as the source or the target (repeatable or comma-separated: any)")
	fs.Var(&f.source, "source", "source entity `ID`")
	fs.Var(&f.target, "target", "target entity `ID`")
	fs.Var(&f.country, "country", "country `CODE` (ISO 3166-1 alpha-3) of the source or the target")
	fs.Var(&f.types, "type", "PLOVER event `TYPE` (AGREE ... ASSAULT)")
	fs.Var(&f.quads, "quad", "quad `CLASS`: verbal_cooperation, material_cooperation, verbal_conflict, material_conflict")
	fs.Var(&f.langs, "lang", "language of the document (ISO 639-1)")
	f.from = fs.String("from", "", "event date on or after (YYYY[-MM[-DD]])")
	f.to = fs.String("to", "", "event date on or before (YYYY[-MM[-DD]])")
	f.doc = fs.String("doc", "", "only the events of this document `ID`")
	return f
}

func (f *eventFilterFlags) filter() (store.EventFilter, error) {
	for _, d := range []string{*f.from, *f.to} {
		if d != "" {
			if _, _, err := vedetta.ParseDate(d); err != nil {
				return store.EventFilter{}, err
			}
		}
	}
	return store.EventFilter{Actor: f.actor, Source: f.source, Target: f.target, Country: f.country, Type: upper(f.types),
		Quad: f.quads, Lang: f.langs, From: *f.from, To: *f.to, Doc: *f.doc}, nil
}

var errEnough = errors.New("limit reached")

func runEvents(e *env, args []string) int {
	fs := newFlags(e, "events", "")
	data := dataFlag(e, fs)
	ff := addEventFilterFlags(fs)
	format := fs.String("format", "table", "output: table, csv, jsonl, plover, gdelt or graphml (the actor network)")
	limit := fs.Int("limit", 0, "at most this many events (0: all)")
	output := fs.String("o", "", "write to `FILE` instead of standard output")
	bom := fs.Bool("bom", false, "csv: start with the UTF-8 byte order mark (for Excel)")
	if rest, err := parseFlags(fs, args); err != nil {
		return usageExit(err)
	} else if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "vedetta events: unexpected argument %q (filters are flags)\n", rest[0])
		return exitUsage
	}
	f, err := ff.filter()
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta events: %v\n", err)
		return exitUsage
	}
	switch *format {
	case "table", "csv", "jsonl", "plover", "gdelt", "graphml":
	default:
		fmt.Fprintf(e.stderr, "vedetta events: --format %q: want table, csv, jsonl, plover, gdelt or graphml\n", *format)
		return exitUsage
	}
	st, err := openStore(e, *data)
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta events: %v\n", err)
		return exitFailed
	}
	defer st.Close()
	var w io.Writer = e.stdout
	if *output != "" {
		fh, err := os.Create(*output)
		if err != nil {
			fmt.Fprintf(e.stderr, "vedetta events: %v\n", err)
			return exitFailed
		}
		defer fh.Close()
		w = fh
	}
	ctx := context.Background()
	if *format == "graphml" {
		n, err := st.Network(ctx, f, *limit)
		if err == nil {
			err = export.WriteGraphML(w, n)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "vedetta events: %v\n", err)
			return exitFailed
		}
		return exitOK
	}
	var ew export.EventWriter
	if *format == "table" {
		ew = newEventTable(w)
	} else if ew, err = export.NewEventWriter(*format, w); err != nil {
		fmt.Fprintf(e.stderr, "vedetta events: %v\n", err)
		return exitUsage
	}
	if *bom && *format == "csv" {
		io.WriteString(w, export.BOM)
	}
	n := 0
	err = st.EachEvent(ctx, f, func(r store.EventRecord) error {
		if *limit > 0 && n >= *limit {
			return errEnough
		}
		n++
		return ew.Write(r)
	})
	if err == nil || errors.Is(err, errEnough) {
		err = ew.Close()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "vedetta events: %v\n", err)
		if errors.Is(err, store.ErrInvalid) {
			return exitUsage
		}
		return exitFailed
	}
	return exitOK
}

// eventTable prints events as aligned columns for people.
type eventTable struct {
	tw *tabwriter.Writer
	n  int
}

func newEventTable(w io.Writer) *eventTable {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tTYPE\tSOURCE\tTARGET\tQUAD\tFLAGS\tDOCUMENT\tEVIDENCE")
	return &eventTable{tw: tw}
}

func actorLabel(a *vedetta.Actor) string {
	if a == nil || a.ID == "" && a.Name == "" {
		return "-"
	}
	if a.ID == "" { // a generic actor: "rebels (SDN)"
		if a.Country != "" {
			return a.Name + " (" + a.Country + ")"
		}
		return a.Name
	}
	if a.Name != "" && a.Name != a.ID {
		return a.Name + " (" + a.ID + ")"
	}
	return a.ID
}

func (t *eventTable) Write(r store.EventRecord) error {
	ev := r.Event
	typ := ev.Type
	if ev.Mode != "" {
		typ += "/" + ev.Mode
	}
	flags := ev.Flags()
	date := ev.Date
	if date == "" {
		date = "-"
	}
	evidence := strings.Join(strings.Fields(ev.Evidence), " ")
	if r := []rune(evidence); len(r) > 80 {
		evidence = string(r[:80]) + "…"
	}
	t.n++
	_, err := fmt.Fprintf(t.tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", date, typ, actorLabel(ev.Source), actorLabel(ev.Target),
		ev.Quad, strings.Join(flags, ","), r.DocID, evidence)
	return err
}

func (t *eventTable) Close() error {
	fmt.Fprintf(t.tw, "\n%d event(s)\n", t.n)
	return t.tw.Flush()
}
