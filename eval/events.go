package eval

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/ingest"
)

// EventScore counts events found against gold events. MatchPred found
// events agree with a gold one, MatchGold gold events have a found one.
type EventScore struct {
	Name      string
	Pred      int
	Gold      int
	MatchPred int
	MatchGold int
	// Misses and spurious events, for inspection (-v).
	Notes []string
}

// Precision is the share of found events that match a gold one.
func (s EventScore) Precision() float64 { return dateRatio(s.MatchPred, s.Pred) }

// Recall is the share of gold events found.
func (s EventScore) Recall() float64 { return dateRatio(s.MatchGold, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s EventScore) F1() float64 { return dateF1(s.Precision(), s.Recall()) }

// addCounts adds the gold, found and matched counts of o to sc.
func (sc *EventScore) addCounts(o EventScore) {
	sc.Gold += o.Gold
	sc.Pred += o.Pred
	sc.MatchGold += o.MatchGold
	sc.MatchPred += o.MatchPred
}

// WriteEventScores prints one line per score.
func WriteEventScores(w io.Writer, scores []EventScore) error {
	if _, err := fmt.Fprintf(w, "%-40s %6s %6s %6s %6s %6s\n", "set", "gold", "found", "P", "R", "F1"); err != nil {
		return err
	}
	for _, s := range scores {
		if _, err := fmt.Fprintf(w, "%-40s %6d %6d %6.3f %6.3f %6.3f\n", s.Name, s.Gold, s.Pred, s.Precision(), s.Recall(), s.F1()); err != nil {
			return err
		}
	}
	return nil
}

// Analyzer analyses one document (the pipeline's Analyze).
type Analyzer func(vedetta.Document) *vedetta.Analysis

// EventOptions choose which found events are scored.
type EventOptions struct {
	// All scores negated, future and hypothetical events too; by default
	// only events reported as having happened are scored, as the gold has.
	All bool
	// MinConfidence drops events below it.
	MinConfidence float64
	// TopK keeps, per document, only the K most confident distinct events
	// (0: all). Together with MinConfidence it is the rule that says which
	// events a document reports as its main ones.
	TopK int
}

func (o EventOptions) keep(e vedetta.Event) bool {
	if e.Confidence < o.MinConfidence {
		return false
	}
	return o.All || !(e.Negated || e.Future || e.Hypothetical)
}

// pageEventGold is the part of a pages-dev gold record the event scorer reads.
type pageEventGold struct {
	File     string `json:"file"`
	Lang     string `json:"lang"`
	Entities []struct {
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		ISO3     string   `json:"iso3"`
		Mentions []string `json:"mentions"`
	} `json:"entities"`
	Events []struct {
		Source   *string `json:"source"`
		Type     string  `json:"type"`
		Target   *string `json:"target"`
		Evidence string  `json:"evidence"`
	} `json:"events"`
}

// goldActor is a gold event argument: its canonical name, ISO3 and surface
// forms; nil name for "no target".
type goldActor struct {
	name  string
	iso3  string
	forms map[string]bool
}

func (g *goldActor) String() string {
	if g == nil {
		return "-"
	}
	return g.name
}

// agrees compares a found actor with a gold one by country code or
// canonical name (or one of the gold entity's surface forms).
func (g *goldActor) agrees(a *vedetta.Actor) bool {
	if g == nil || a == nil {
		return g == nil && a == nil
	}
	if g.iso3 != "" && a.Country == g.iso3 {
		return true
	}
	n := normName(a.Name)
	return n != "" && (n == normName(g.name) || g.forms[n])
}

func normName(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func actorName(a *vedetta.Actor) string {
	if a == nil {
		return "-"
	}
	if a.Country != "" && a.Country != a.ID {
		return a.Name + "/" + a.Country
	}
	return a.Name
}

// PagesEvents scores the events of the pages-dev set in dir: a found event
// matches a gold one of the same type whose source and target agree.
// Found events are merged per document by type, source and target first,
// then opts says which a document reports (see ReportRule).
func PagesEvents(dir string, an Analyzer, opts EventOptions) (EventScore, error) {
	docs, err := loadPages(dir, an)
	if err != nil {
		return EventScore{}, err
	}
	return scorePages(docs, opts), nil
}

// ReportRule is the rule by which a document reports its main events, the
// ones the pages gold lists (1 to 4 per page): the factual events ranked by
// confidence (which holds the salience of the event: title and lead, main
// actors, a named target), at most TopK of them, each of confidence at
// least MinConfidence. It was chosen on pages-dev as the best F1 over
// RuleGrid; PagesEventsCV estimates how well such a choice carries to pages
// it was not chosen on.
var ReportRule = EventOptions{TopK: 3, MinConfidence: 0.75}

// RuleGrid are the rules PagesEventsCV chooses among.
func RuleGrid() []EventOptions {
	var out []EventOptions
	for k := 1; k <= 4; k++ {
		for t := 50; t <= 90; t += 5 {
			out = append(out, EventOptions{TopK: k, MinConfidence: float64(t) / 100})
		}
	}
	return out
}

// PagesEventsCV scores pages-dev by leave-one-page-out: each page is scored
// with the rule of grid that has the best F1 on the other pages (ties: the
// earlier rule in grid). It is the honest estimate of choosing a reporting
// rule on a few pages.
func PagesEventsCV(dir string, an Analyzer, base EventOptions, grid []EventOptions) (EventScore, error) {
	docs, err := loadPages(dir, an)
	if err != nil {
		return EventScore{}, err
	}
	out := EventScore{Name: "pages-dev (rule chosen leave-one-out)"}
	rest := make([]pageDoc, 0, len(docs))
	for i := range docs {
		rest = append(rest[:0], docs[:i]...)
		rest = append(rest, docs[i+1:]...)
		best, bf := base, -1.0
		for _, r := range grid {
			o := base
			o.TopK, o.MinConfidence = r.TopK, r.MinConfidence
			if f := scorePages(rest, o).F1(); f > bf {
				best, bf = o, f
			}
		}
		s := scorePages(docs[i:i+1], best)
		out.addCounts(s)
		out.Notes = append(out.Notes, fmt.Sprintf("%s: rule top-%d conf>=%.2f", docs[i].g.File, best.TopK, best.MinConfidence))
	}
	return out, nil
}

// pageDoc is one analysed page with its gold.
type pageDoc struct {
	g pageEventGold
	a *vedetta.Analysis
}

func loadPages(dir string, an Analyzer) ([]pageDoc, error) {
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("pages events: %w", err)
	}
	defer f.Close()
	var out []pageDoc
	r := bufio.NewScanner(f)
	r.Buffer(make([]byte, 1<<20), 16<<20)
	for r.Scan() {
		if strings.TrimSpace(r.Text()) == "" {
			continue
		}
		var g pageEventGold
		if err := json.Unmarshal(r.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("pages events: gold: %w", err)
		}
		doc, err := readEventPage(filepath.Join(dir, g.File))
		if err != nil {
			return nil, err
		}
		if doc.Lang == "" {
			doc.Lang = g.Lang
		}
		out = append(out, pageDoc{g, an(doc)})
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("pages events: %w", err)
	}
	return out, nil
}

func scorePages(docs []pageDoc, opts EventOptions) EventScore {
	sc := EventScore{Name: "pages-dev events (type+source+target)"}
	for _, d := range docs {
		scorePage(&sc, d.g, d.a, opts)
	}
	return sc
}

func scorePage(sc *EventScore, g pageEventGold, a *vedetta.Analysis, opts EventOptions) {
	actor := func(name *string) *goldActor {
		if name == nil || *name == "" {
			return nil
		}
		ga := &goldActor{name: *name, forms: map[string]bool{}}
		for _, e := range g.Entities {
			if e.Name == *name {
				ga.iso3 = e.ISO3
				for _, m := range e.Mentions {
					ga.forms[normName(m)] = true
				}
			}
		}
		return ga
	}
	type gev struct {
		typ      string
		src, tgt *goldActor
		found    bool
	}
	var gold []*gev
	for _, e := range g.Events {
		gold = append(gold, &gev{typ: e.Type, src: actor(e.Source), tgt: actor(e.Target)})
	}
	sc.Gold += len(gold)
	for _, e := range reportedEvents(a.Events, opts) {
		sc.Pred++
		matched := false
		for _, ge := range gold {
			if ge.typ == e.Type && ge.src.agrees(e.Source) && ge.tgt.agrees(e.Target) {
				if !ge.found {
					ge.found = true
					sc.MatchGold++
				}
				matched = true
			}
		}
		if matched {
			sc.MatchPred++
		} else {
			sc.Notes = append(sc.Notes, fmt.Sprintf("%s spurious: %s %s -> %s  (s%d %.2f) «%s»", g.File, e.Type, actorName(e.Source), actorName(e.Target), e.Sentence, e.Confidence, e.Evidence))
		}
	}
	for _, ge := range gold {
		if !ge.found {
			sc.Notes = append(sc.Notes, fmt.Sprintf("%s missed: %s %s -> %s", g.File, ge.typ, ge.src, ge.tgt))
		}
	}
}

// reportedEvents applies the reporting rule of opts to a document's events:
// the events kept (factual ones unless All, confidence at least
// MinConfidence), one per type, source and target (the most confident),
// ranked by confidence (ties: text order) and cut to TopK.
func reportedEvents(evs []vedetta.Event, opts EventOptions) []vedetta.Event {
	var out []vedetta.Event
	at := map[string]int{}
	for _, e := range evs {
		if !opts.keep(e) {
			continue
		}
		k := e.Type + "|" + actorName(e.Source) + "|" + actorName(e.Target)
		if i, ok := at[k]; ok {
			if e.Confidence > out[i].Confidence {
				out[i] = e
			}
			continue
		}
		at[k] = len(out)
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Confidence > out[j].Confidence })
	if opts.TopK > 0 && len(out) > opts.TopK {
		out = out[:opts.TopK]
	}
	return out
}

// readEventPage reads one dated text page.
func readEventPage(path string) (vedetta.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return vedetta.Document{}, fmt.Errorf("pages events: %w", err)
	}
	defer f.Close()
	var doc vedetta.Document
	n := 0
	err = ingest.ReadStream(filepath.Base(path), f, ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		if n == 0 {
			doc = it.Doc
		}
		n++
		return nil
	})
	if err != nil {
		return doc, fmt.Errorf("pages events: %s: %w", path, err)
	}
	if n == 0 {
		return doc, fmt.Errorf("pages events: %s: no document", path)
	}
	return doc, nil
}

// validationSentence is one record of the Spanish validation and PETRARCH
// unit-test files.
type validationSentence struct {
	ID      string `xml:"id,attr"`
	Date    string `xml:"date,attr"`
	Codings []struct {
		Plover   string `xml:"plover,attr"`
		Event    string `xml:"eventcode,attr"`
		Source   string `xml:"sourcecode,attr"`
		Target   string `xml:"targetcode,attr"`
		NoEvents string `xml:"noevents,attr"`
	} `xml:"EventCoding"`
	Text string `xml:"Text"`
}

// readValidation reads the <Sentence> records of a validation XML file.
func readValidation(r io.Reader) ([]validationSentence, error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	var out []validationSentence
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("validation xml: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Sentence" {
			continue
		}
		var s validationSentence
		if err := d.DecodeElement(&s, &se); err != nil {
			return out, fmt.Errorf("validation xml: sentence: %w", err)
		}
		s.Text = strings.Join(strings.Fields(s.Text), " ")
		out = append(out, s)
	}
}

// validationDate turns 19940611 into 1994-06-11.
func validationDate(s string) string {
	if len(s) == 8 {
		return s[:4] + "-" + s[4:6] + "-" + s[6:]
	}
	return ""
}

// spanishTypes maps the older PLOVER draft labels of the Spanish validation
// set to PLOVER 2.0 ("" drops the label).
var spanishTypes = map[string]string{
	"DEMAND": "REQUEST", "SACTION": "SANCTION", "DISAPPROVE": "ACCUSE",
	"INVESTIGATE": "ACCUSE", "CRIME": "",
}

// SpanishRecord is one scored sentence of the Spanish validation set.
type SpanishRecord struct {
	ID   string
	Text string
	// Gold holds the sentence's types in PLOVER 2.0 terms, Gold2 with the
	// draft's MOBILIZE read as PROTEST as well (the draft's MOBILIZE covered
	// both); First is the first gold type coded.
	Gold, Gold2 map[string]bool
	First       string
	// Found holds every type coded; Top the type of the first event told
	// ("" for none) and TopConf its confidence.
	Found   map[string]bool
	Top     string
	TopConf float64
	TopEvid string
	// Held marks the held-out half (sentences 1, 3, 5…): its errors are
	// not listed (-v), so that error analysis reads the other half only.
	Held bool
}

// TopEvent is the event a sentence's events tell first: that of the main
// clause (events the coder marks subordinate, told by a relative, fronted or
// participial clause, only when the main clause tells none), then the
// earliest evidence; at the same start, the one that ends first (evidence
// runs from the source to the predicate or the target, so of two events of
// one source the earlier predicate); then the more confident. Negated
// events are never the top one: they did not happen, and PLOVER notes that
// "negated events can be excluded from the final event dataset". Nil when
// there is none.
func TopEvent(evs []vedetta.Event) *vedetta.Event {
	var first *vedetta.Event
	for i := range evs {
		e := &evs[i]
		if e.Negated {
			continue
		}
		if first != nil && first.Subordinate != e.Subordinate {
			if first.Subordinate {
				first = e // the main clause's event
			}
			continue
		}
		if first == nil || e.Start < first.Start || (e.Start == first.Start && (e.End < first.End ||
			(e.End == first.End && e.Confidence > first.Confidence))) {
			first = e
		}
	}
	return first
}

// SpanishResult is the scoring of the Spanish validation set.
type SpanishResult struct {
	Set, Top1, Top1v2 EventScore
	Records           []SpanishRecord
}

// SpanishEvents scores sentence-level event types on the Spanish protest
// validation set. Set: the set of types found in each sentence against the
// gold set. Top1: one type per sentence, that of the first event the
// sentence's main clause tells (TopEvent), since the set's annotators code
// the main clause, which news sentences put first.
// Top1v2 is Top1 with the draft's MOBILIZE read as PROTEST too: the draft
// used MOBILIZE for demonstrations, strikes and marches as well as for
// military and police moves; PLOVER 2.0 codes the former as PROTEST
// ("mobilizing supporters to demonstrate should be coded as PROTEST";
// MOBILIZE is now military and police posturing), as the coder does.
func SpanishEvents(path string, an Analyzer) (SpanishResult, error) {
	res := SpanishResult{
		Set:    EventScore{Name: "spanish validation types (set)"},
		Top1:   EventScore{Name: "spanish validation types (top-1)"},
		Top1v2: EventScore{Name: "spanish top-1, MOBILIZE read as PROTEST"},
	}
	f, err := os.Open(path)
	if err != nil {
		return res, fmt.Errorf("spanish events: %w", err)
	}
	defer f.Close()
	sents, err := readValidation(f)
	if err != nil {
		return res, fmt.Errorf("spanish events: %w", err)
	}
	for _, s := range sents {
		r := SpanishRecord{ID: s.ID, Text: s.Text, Gold: map[string]bool{}, Gold2: map[string]bool{}, Found: map[string]bool{}}
		for _, c := range s.Codings {
			t := c.Plover
			if m, ok := spanishTypes[t]; ok {
				t = m
			}
			if t != "" {
				if r.First == "" {
					r.First = t
				}
				r.Gold[t] = true
				r.Gold2[t] = true
				if t == "MOBILIZE" {
					r.Gold2["PROTEST"] = true
				}
			}
		}
		if len(r.Gold) == 0 {
			continue
		}
		a := an(vedetta.Document{ID: s.ID, Lang: "es", Date: validationDate(s.Date), Text: s.Text})
		for _, e := range a.Events {
			if !e.Negated {
				r.Found[e.Type] = true
			}
		}
		if first := TopEvent(a.Events); first != nil {
			r.Top, r.TopConf, r.TopEvid = first.Type, first.Confidence, first.Evidence
		}
		r.Held = len(res.Records)%2 == 0
		res.Records = append(res.Records, r)
	}
	res.Set.add(res.Records, 0, true)
	res.Top1.add(res.Records, 0, false)
	res.Top1v2.addV2(res.Records, 0)
	return res, nil
}

// add scores records: the set of types found (set) or the top-1 type of
// each sentence whose confidence is at least min.
func (sc *EventScore) add(recs []SpanishRecord, min float64, set bool) {
	for _, r := range recs {
		if set {
			sc.Gold += len(r.Gold)
			for t := range r.Found {
				sc.Pred++
				if r.Gold[t] {
					sc.MatchPred++
					sc.MatchGold++
				}
			}
			if !sameSet(r.Gold, r.Found) && !r.Held {
				sc.Notes = append(sc.Notes, fmt.Sprintf("%s gold %v found %v: %s", r.ID, keys(r.Gold), keys(r.Found), r.Text))
			}
			continue
		}
		sc.Gold++
		if r.Top == "" || r.TopConf < min {
			continue
		}
		sc.Pred++
		if r.Gold[r.Top] {
			sc.MatchPred++
			sc.MatchGold++
		} else if !r.Held {
			sc.Notes = append(sc.Notes, fmt.Sprintf("%s top-1 %s (%.2f «%s») gold %v: %s", r.ID, r.Top, r.TopConf, r.TopEvid, keys(r.Gold), r.Text))
		}
	}
}

// addV2 is add (top-1) against the gold with MOBILIZE read as PROTEST.
func (sc *EventScore) addV2(recs []SpanishRecord, min float64) {
	for _, r := range recs {
		sc.Gold++
		if r.Top == "" || r.TopConf < min {
			continue
		}
		sc.Pred++
		if r.Gold2[r.Top] {
			sc.MatchPred++
			sc.MatchGold++
		}
	}
}

// Confusion counts top-1 predictions by gold type (rows: the gold type the
// prediction matched, else the sentence's first gold type) and predicted
// type (columns; "-" no prediction at confidence min or above).
func (r SpanishResult) Confusion(min float64) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, rec := range r.Records {
		row, col := rec.First, "-"
		if rec.Top != "" && rec.TopConf >= min {
			col = rec.Top
			if rec.Gold[col] {
				row = col
			}
		}
		if out[row] == nil {
			out[row] = map[string]int{}
		}
		out[row][col]++
	}
	return out
}

// WriteConfusion prints a confusion matrix, gold types as rows (most
// frequent first), predicted types as columns.
func WriteConfusion(w io.Writer, m map[string]map[string]int) error {
	rowN, colN := map[string]int{}, map[string]int{}
	for g, cols := range m {
		for p, n := range cols {
			rowN[g] += n
			colN[p] += n
		}
	}
	order := func(c map[string]int) []string {
		var ks []string
		for k := range c {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool {
			if (ks[i] == "-") != (ks[j] == "-") {
				return ks[j] == "-"
			}
			if c[ks[i]] != c[ks[j]] {
				return c[ks[i]] > c[ks[j]]
			}
			return ks[i] < ks[j]
		})
		return ks
	}
	rows, cols := order(rowN), order(colN)
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s", "gold\\found")
	for _, c := range cols {
		fmt.Fprintf(&b, " %5.5s", c)
	}
	fmt.Fprintf(&b, " %5s %6s\n", "all", "P.row")
	for _, g := range rows {
		fmt.Fprintf(&b, "%-10s", g)
		for _, c := range cols {
			fmt.Fprintf(&b, " %5d", m[g][c])
		}
		fmt.Fprintf(&b, " %5d %6.3f\n", rowN[g], dateRatio(m[g][g], rowN[g]-m[g]["-"]))
	}
	fmt.Fprintf(&b, "%-10s", "all")
	for _, c := range cols {
		fmt.Fprintf(&b, " %5d", colN[c])
	}
	fmt.Fprintf(&b, "\n%-10s", "P.col")
	for _, c := range cols {
		if c == "-" {
			fmt.Fprintf(&b, " %5s", "")
			continue
		}
		fmt.Fprintf(&b, " %5.2f", dateRatio(m[c][c], colN[c]))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// CAMEOToPLOVER reads CAMEO2PLOVER-2021.txt: CAMEO code -> PLOVER type.
func CAMEOToPLOVER(r io.Reader) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || code == "" || strings.Trim(code, "0123456789") != "" {
			continue
		}
		t := strings.TrimSpace(strings.Split(rest, ",")[0])
		if t != "" {
			if _, dup := out[code]; !dup {
				out[code] = t
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cameo2plover: %w", err)
	}
	return out, nil
}

// ploverOf maps a CAMEO code to PLOVER, trying shorter codes for finer ones
// the table lacks.
func ploverOf(table map[string]string, code string) string {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if t := table[c]; t != "" {
			return t
		}
	}
	return ""
}

// PetrActor is one actor of PETR.Validate.actors.txt: a phrase and its code.
type PetrActor struct {
	Words []string // lower case
	Code  string
}

var petrCode = regexp.MustCompile(`\[([A-Za-z~-]{3,})[^\]]*\]`)

// ReadPetrActors reads a TABARI-style actor dictionary: "NAME_WORDS [CODE]"
// lines, each followed by optional "+SYNONYM" lines with the same code.
func ReadPetrActors(r io.Reader) ([]PetrActor, error) {
	var out []PetrActor
	var pending []string // names waiting for a code on a later line
	code := ""
	sc := bufio.NewScanner(r)
	inComment := false
	for sc.Scan() {
		line := sc.Text()
		if inComment {
			if strings.Contains(line, "-->") {
				inComment = false
			}
			continue
		}
		if strings.Contains(line, "<!--") {
			if !strings.Contains(line, "-->") {
				inComment = true
			}
			continue
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "<") || t == "~~~~~" {
			continue
		}
		name := t
		if m := petrCode.FindStringSubmatchIndex(t); m != nil {
			name = strings.TrimSpace(t[:m[0]])
			code = strings.ToUpper(t[m[2]:m[3]])
			if strings.HasPrefix(code, "-") {
				code = "" // an actor deliberately left uncoded
			}
			for _, p := range pending {
				if code != "" {
					out = append(out, petrActor(p, code))
				}
			}
			pending = nil
		} else if !strings.HasPrefix(t, "+") {
			// A name whose code comes on the next line.
			pending = append(pending, t)
			code = ""
			continue
		}
		name = strings.TrimPrefix(name, "+")
		if name == "" || code == "" {
			continue
		}
		out = append(out, petrActor(name, code))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("petr actors: %w", err)
	}
	return out, nil
}

func petrActor(name, code string) PetrActor {
	if len(code) < 3 {
		code += "---"
	}
	name = strings.ToLower(strings.ReplaceAll(name, "_", " "))
	return PetrActor{Words: strings.Fields(name), Code: code}
}

// petrEntities finds the dictionary actors in text (longest match, word
// boundaries, case-insensitive) and returns them as entities whose country
// is the code's first three letters and sector the next three.
func petrEntities(text string, actors []PetrActor) []vedetta.Entity {
	type tok struct {
		s, e int
		low  string
	}
	var toks []tok
	start := -1
	for i, r := range text + " " {
		isW := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\''
		if isW && start < 0 {
			start = i
		}
		if !isW && start >= 0 {
			end := i
			// "Gondor's": the possessive is not part of the name.
			if low := strings.ToLower(text[start:i]); strings.HasSuffix(low, "'s") && i-start > 2 {
				end = i - 2
			}
			toks = append(toks, tok{start, end, strings.ToLower(text[start:end])})
			start = -1
		}
	}
	byCode := map[string]*vedetta.Entity{}
	var order []string
	for i := 0; i < len(toks); i++ {
		best, bl := -1, 0
		for k, a := range actors {
			if len(a.Words) <= bl || i+len(a.Words) > len(toks) {
				continue
			}
			ok := true
			for j, w := range a.Words {
				if toks[i+j].low != w {
					ok = false
					break
				}
			}
			if ok {
				best, bl = k, len(a.Words)
			}
		}
		if best < 0 {
			continue
		}
		a := actors[best]
		e := byCode[a.Code]
		if e == nil {
			typ, sector := "COUNTRY", ""
			if len(a.Code) >= 6 {
				typ, sector = "ORG", a.Code[3:6]
			}
			e = &vedetta.Entity{ID: a.Code, Name: strings.Join(a.Words, " "), Type: typ, Country: a.Code[:3], Sector: sector}
			byCode[a.Code] = e
			order = append(order, a.Code)
		}
		s, en := toks[i].s, toks[i+bl-1].e
		e.Mentions = append(e.Mentions, vedetta.Mention{Text: text[s:en], Start: s, End: en, Kind: "name"})
		i += bl - 1
	}
	var out []vedetta.Entity
	for _, c := range order {
		out = append(out, *byCode[c])
	}
	return out
}

// PetrarchEvents scores the PETRARCH unit-test records: gold CAMEO codings
// mapped to PLOVER types against found events, per sentence, as (type,
// source country, target country) and as type alone. Actors come from the
// validation actor dictionary: its names are added to the analysis as
// entities, then code re-codes the events.
func PetrarchEvents(records, actorsPath, cameo2plover string, an Analyzer, code func(*vedetta.Analysis) []vedetta.Event) (full, types EventScore, err error) {
	full = EventScore{Name: "PETRARCH unit tests (type+dyad)"}
	types = EventScore{Name: "PETRARCH unit tests (type)"}
	tf, err := os.Open(cameo2plover)
	if err != nil {
		return full, types, fmt.Errorf("petrarch events: %w", err)
	}
	table, err := CAMEOToPLOVER(tf)
	tf.Close()
	if err != nil {
		return full, types, err
	}
	af, err := os.Open(actorsPath)
	if err != nil {
		return full, types, fmt.Errorf("petrarch events: %w", err)
	}
	actors, err := ReadPetrActors(af)
	af.Close()
	if err != nil {
		return full, types, err
	}
	rf, err := os.Open(records)
	if err != nil {
		return full, types, fmt.Errorf("petrarch events: %w", err)
	}
	defer rf.Close()
	sents, err := readValidation(rf)
	if err != nil {
		return full, types, fmt.Errorf("petrarch events: %w", err)
	}
	c3 := func(s string) string {
		s = strings.ToUpper(strings.TrimSpace(s))
		if len(s) > 3 {
			s = s[:3]
		}
		if s == "---" {
			return ""
		}
		return s
	}
	for _, s := range sents {
		gold, gtypes := map[string]bool{}, map[string]bool{}
		for _, c := range s.Codings {
			if c.NoEvents != "" || c.Event == "" {
				continue
			}
			t := ploverOf(table, c.Event)
			if t == "" {
				continue
			}
			gold[t+"|"+c3(c.Source)+"|"+c3(c.Target)] = true
			gtypes[t] = true
		}
		a := an(vedetta.Document{ID: s.ID, Lang: "en", Date: validationDate(s.Date), Text: s.Text})
		a.Entities = withDictionary(a.Entities, petrEntities(a.Text, actors))
		found, ftypes := map[string]bool{}, map[string]bool{}
		for _, e := range code(a) {
			if e.Negated {
				continue
			}
			src, tgt := "", ""
			if e.Source != nil {
				src = e.Source.Country
			}
			if e.Target != nil {
				tgt = e.Target.Country
			}
			found[e.Type+"|"+src+"|"+tgt] = true
			ftypes[e.Type] = true
		}
		countSets(&full, gold, found)
		countSets(&types, gtypes, ftypes)
		if !sameSet(gold, found) {
			full.Notes = append(full.Notes, fmt.Sprintf("%s gold %v found %v: %s", s.ID, keys(gold), keys(found), s.Text))
		}
	}
	return full, types, nil
}

// withDictionary adds the dictionary entities to the pipeline's, dropping
// the pipeline mentions they overlap: the dictionary says who the test's
// actors are ("Gondor" is a country there, not a place).
func withDictionary(pipe, dict []vedetta.Entity) []vedetta.Entity {
	overlaps := func(m vedetta.Mention) bool {
		for _, e := range dict {
			for _, d := range e.Mentions {
				if m.Start < d.End && d.Start < m.End {
					return true
				}
			}
		}
		return false
	}
	var out []vedetta.Entity
	for _, e := range pipe {
		var keep []vedetta.Mention
		for _, m := range e.Mentions {
			if !overlaps(m) {
				keep = append(keep, m)
			}
		}
		if len(keep) > 0 {
			e.Mentions = keep
			out = append(out, e)
		}
	}
	return append(out, dict...)
}

func countSets(sc *EventScore, gold, found map[string]bool) {
	sc.Gold += len(gold)
	sc.Pred += len(found)
	for k := range found {
		if gold[k] {
			sc.MatchPred++
			sc.MatchGold++
		}
	}
}

// AbstainGrid are the confidence thresholds the Spanish abstention rule
// chooses among (0: never abstain).
func AbstainGrid() []float64 {
	out := []float64{0}
	for t := 30; t <= 90; t += 5 {
		out = append(out, float64(t)/100)
	}
	return out
}

// Abstention is the top-1 Spanish score when a sentence whose first event
// has a confidence under a threshold predicts nothing, the threshold chosen
// by two-fold cross-validation: the sentences are split by position in the
// file (halves), each half is scored with the threshold of grid that
// gives the best top-1 F1 on the other half (ties: the lower threshold), and
// the two held-out halves are added up. Score is the plain PLOVER 2.0
// reading, V2 reads MOBILIZE as PROTEST (with the same thresholds);
// Thresholds holds the threshold chosen on the odd half (applied to the
// even one) and on the even half.
type Abstention struct {
	Score, V2  EventScore
	Thresholds [2]float64
}

// halves splits the records by position in the file: sentences 1, 3, 5…
// and 2, 4, 6….
func (r SpanishResult) halves() [2][]SpanishRecord {
	var half [2][]SpanishRecord
	for i, rec := range r.Records {
		half[i%2] = append(half[i%2], rec)
	}
	return half
}

// HalfScores scores the top-1 types, MOBILIZE read as PROTEST, on each half
// of the set apart: sentences 1, 3, 5… and sentences 2, 4, 6…. Errors were
// studied on the second half only while the coder was written; the first
// half is the held-out check of that work.
func (r SpanishResult) HalfScores() [2]EventScore {
	half := r.halves()
	out := [2]EventScore{
		{Name: "  sentences 1, 3, 5... (held out)"},
		{Name: "  sentences 2, 4, 6... (error analysis)"},
	}
	for k := range half {
		out[k].addV2(half[k], 0)
	}
	return out
}

// SpanishAbstention computes the cross-validated abstention rule.
func (r SpanishResult) SpanishAbstention(grid []float64) Abstention {
	half := r.halves()
	out := Abstention{
		Score: EventScore{Name: "spanish top-1, abstaining (2-fold)"},
		V2:    EventScore{Name: "spanish abstaining, MOBILIZE as PROTEST"},
	}
	for k := 0; k < 2; k++ {
		best, bf := 0.0, -1.0
		for _, t := range grid {
			var s EventScore
			s.add(half[1-k], t, false)
			if f := s.F1(); f > bf+1e-12 {
				best, bf = t, f
			}
		}
		out.Thresholds[k] = best
		out.Score.add(half[k], best, false)
		out.V2.addV2(half[k], best)
	}
	return out
}
