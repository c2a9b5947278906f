package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	msqlite "modernc.org/sqlite"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/store"
)

var _ store.Querier = (*Store)(nil)

func init() {
	// vd_fold lower-cases beyond ASCII (SQLite's lower() and LIKE fold
	// ASCII only), so that "казахстан" finds "Казахстан".
	msqlite.MustRegisterDeterministicScalarFunction("vd_fold", 1, func(_ *msqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		switch v := args[0].(type) {
		case string:
			return strings.ToLower(v), nil
		case []byte:
			return strings.ToLower(string(v)), nil
		case nil:
			return "", nil
		}
		return strings.ToLower(fmt.Sprint(args[0])), nil
	})
}

// Date expressions over an event's date of any grain: its first and last
// day as comparable strings ("2022-01" spans "2022-01-01" to "2022-01-31";
// a day past the month's end compares the same).
const (
	evFirst = `(CASE length(e.date) WHEN 4 THEN e.date || '-01-01' WHEN 7 THEN e.date || '-01' ELSE e.date END)`
	evLast  = `(CASE length(e.date) WHEN 4 THEN e.date || '-12-31' WHEN 7 THEN e.date || '-31' ELSE e.date END)`
	evQuad  = `lower(replace(e.quad, '_', ' '))`
)

// NormQuad gives the canonical form of a quad class ("verbal cooperation")
// from any spelling (VERBAL_COOPERATION, Verbal-Cooperation).
func NormQuad(q string) string {
	q = strings.ToLower(strings.TrimSpace(q))
	q = strings.NewReplacer("_", " ", "-", " ").Replace(q)
	return strings.Join(strings.Fields(q), " ")
}

func invalid(format string, a ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, a...), store.ErrInvalid)
}

// dayBounds gives the first and last day of a filter date.
func dayBounds(s string) (first, last string, err error) {
	f, l, ok := vedetta.DateBounds(s)
	if !ok {
		return "", "", invalid("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	return f.Format("2006-01-02"), l.Format("2006-01-02"), nil
}

// clause collects the parts of a WHERE clause.
type clause struct {
	parts []string
	args  []any
}

func (c *clause) add(sql string, args ...any) {
	c.parts = append(c.parts, sql)
	c.args = append(c.args, args...)
}

// in adds "expr IN (?, ...)" for non-empty values.
func (c *clause) in(expr string, values []string) {
	if len(values) == 0 {
		return
	}
	c.add(expr+" IN ("+placeholders(len(values))+")", anys(values)...)
}

func (c *clause) String() string {
	if len(c.parts) == 0 {
		return "1"
	}
	return strings.Join(c.parts, " AND ")
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func anys(values []string) []any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = v
	}
	return out
}

func mapStrings(values []string, f func(string) string) []string {
	out := make([]string, 0, len(values))
	for _, v := range values {
		if v = f(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// eventWhere turns f into a condition over events e joined with documents d.
func eventWhere(f store.EventFilter) (*clause, error) {
	c := &clause{}
	if len(f.Actor) > 0 {
		// either side, or the organisation a side's person heads (the UN
		// for its Secretary-General)
		p := placeholders(len(f.Actor))
		a := anys(f.Actor)
		c.add("(e.source_id IN ("+p+") OR e.target_id IN ("+p+") OR json_extract(e.event, '$.source.org') IN ("+p+") OR json_extract(e.event, '$.target.org') IN ("+p+"))",
			append(append(append(append([]any{}, a...), a...), a...), a...)...)
	}
	c.in("e.source_id", f.Source)
	c.in("e.target_id", f.Target)
	if len(f.Country) > 0 {
		cs := mapStrings(f.Country, func(s string) string { return strings.ToUpper(strings.TrimSpace(s)) })
		p := placeholders(len(cs))
		a := anys(cs)
		c.add("(e.source_country IN ("+p+") OR e.target_country IN ("+p+") OR e.source_id IN ("+p+") OR e.target_id IN ("+p+"))",
			append(append(append(append([]any{}, a...), a...), a...), a...)...)
	}
	c.in("e.type", mapStrings(f.Type, func(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }))
	c.in(evQuad, mapStrings(f.Quad, NormQuad))
	if f.From != "" {
		first, _, err := dayBounds(f.From)
		if err != nil {
			return nil, err
		}
		c.add("e.date != '' AND "+evLast+" >= ?", first)
	}
	if f.To != "" {
		_, last, err := dayBounds(f.To)
		if err != nil {
			return nil, err
		}
		c.add("e.date != '' AND "+evFirst+" <= ?", last)
	}
	c.in("e.lang", mapStrings(f.Lang, func(s string) string { return strings.ToLower(strings.TrimSpace(s)) }))
	if f.Doc != "" {
		c.add("e.doc_id = ?", f.Doc)
	}
	return c, nil
}

const eventSelect = `SELECT e.doc_id, e.idx, e.date, e.event, d.date, d.title, d.url, d.source, d.lang
	FROM events e JOIN documents d ON d.id = e.doc_id`

const eventOrder = ` ORDER BY e.date DESC, e.doc_id, e.idx`

// eventCursor is the position after the last event of a page.
type eventCursor struct {
	Date string `json:"d"`
	Doc  string `json:"i"`
	Idx  int    `json:"n"`
}

func (c eventCursor) encode() string {
	raw, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(raw)
}

func decodeCursor(s string) (eventCursor, error) {
	var c eventCursor
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(raw, &c)
	}
	if err != nil {
		return c, invalid("bad cursor")
	}
	return c, nil
}

func scanEvent(rows *sql.Rows) (store.EventRecord, string, error) {
	var r store.EventRecord
	var date string
	var raw []byte
	if err := rows.Scan(&r.DocID, &r.Index, &date, &raw, &r.DocDate, &r.DocTitle, &r.DocURL, &r.DocSource, &r.Lang); err != nil {
		return r, "", err
	}
	if err := json.Unmarshal(raw, &r.Event); err != nil {
		return r, "", fmt.Errorf("event %s/%d unreadable: %w", r.DocID, r.Index, err)
	}
	if r.Event.Context == nil {
		r.Event.Context = []string{}
	}
	r.ID = EventID(r.DocID, r.Index)
	return r, date, nil
}

// reachCache remembers the reach of the documents of one listing.
type reachCache map[string][2]int

// fillReach sets an event's NumArticles and NumSources from its document's
// near-duplicate cluster, as Get does.
func (s *Store) fillReach(ctx context.Context, c reachCache, r *store.EventRecord) error {
	v, ok := c[r.DocID]
	if !ok {
		a, n, err := s.Reach(ctx, r.DocID)
		if err != nil {
			return err
		}
		v = [2]int{a, n}
		c[r.DocID] = v
	}
	r.Event.NumArticles, r.Event.NumSources = v[0], v[1]
	return nil
}

// EventID is the stable id of the idx-th event of a document.
func EventID(doc string, idx int) string { return doc + "-" + strconv.Itoa(idx) }

// Events implements store.Querier.
func (s *Store) Events(ctx context.Context, f store.EventFilter, cursor string, limit int) (*store.EventPage, error) {
	return s.events(ctx, f, cursor, limit, true)
}

func (s *Store) events(ctx context.Context, f store.EventFilter, cursor string, limit int, total bool) (*store.EventPage, error) {
	if limit <= 0 {
		limit = 50
	}
	w, err := eventWhere(f)
	if err != nil {
		return nil, err
	}
	page := &store.EventPage{Events: []store.EventRecord{}}
	if total {
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id WHERE `+w.String(), w.args...).
			Scan(&page.Total); err != nil {
			return nil, fmt.Errorf("count events: %w", err)
		}
	}
	if cursor != "" {
		c, err := decodeCursor(cursor)
		if err != nil {
			return nil, err
		}
		w.add("(e.date < ? OR (e.date = ? AND (e.doc_id > ? OR (e.doc_id = ? AND e.idx > ?))))", c.Date, c.Date, c.Doc, c.Doc, c.Idx)
	}
	rows, err := s.db.QueryContext(ctx, eventSelect+" WHERE "+w.String()+eventOrder+" LIMIT ?", append(w.args, limit+1)...)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	var last eventCursor
	for rows.Next() {
		r, date, err := scanEvent(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		if len(page.Events) == limit {
			page.Next = last.encode()
			break
		}
		page.Events = append(page.Events, r)
		last = eventCursor{Date: date, Doc: r.DocID, Idx: r.Index}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Only once the rows are closed: a listing never holds two of the
	// pool's few connections.
	cache := reachCache{}
	for i := range page.Events {
		if err := s.fillReach(ctx, cache, &page.Events[i]); err != nil {
			return nil, err
		}
	}
	return page, nil
}

// eachPage is how many events EachEvent reads at a time.
const eachPage = 512

// EachEvent implements store.Querier. It reads page by page, so that no
// connection stays busy while fn runs.
func (s *Store) EachEvent(ctx context.Context, f store.EventFilter, fn func(store.EventRecord) error) error {
	cursor := ""
	for {
		p, err := s.events(ctx, f, cursor, eachPage, false)
		if err != nil {
			return err
		}
		for _, r := range p.Events {
			if err := fn(r); err != nil {
				return err
			}
		}
		if p.Next == "" {
			return nil
		}
		cursor = p.Next
	}
}

// maxBuckets bounds the empty buckets a timeline fills in between its
// first and last event.
const maxBuckets = 20000

// Timeline implements store.Querier.
func (s *Store) Timeline(ctx context.Context, f store.EventFilter, iv store.Interval, by string) (*store.Timeline, error) {
	var bucket string
	precise := 10 // length of an event date precise enough for the interval
	switch iv {
	case store.Day, "":
		iv, bucket = store.Day, evFirst
	case store.Week:
		bucket = "date(" + evFirst + ", '-6 days', 'weekday 1')"
	case store.Month:
		bucket, precise = "substr("+evFirst+", 1, 7) || '-01'", 7
	default:
		return nil, invalid("bad interval %q: want day, week or month", iv)
	}
	var key string
	switch by {
	case "type", "":
		by, key = "type", "e.type"
	case "quad":
		key = evQuad
	default:
		return nil, invalid("bad grouping %q: want type or quad", by)
	}
	w, err := eventWhere(f)
	if err != nil {
		return nil, err
	}
	tl := &store.Timeline{Interval: iv, By: by, Keys: []string{}, Buckets: []store.Bucket{}}
	q := `SELECT coalesce(CASE WHEN e.date = '' THEN '' ELSE ` + bucket + ` END, ''), ` + key + `,
		count(*), sum(CASE WHEN e.date != '' AND length(e.date) < ? THEN 1 ELSE 0 END)
		FROM events e JOIN documents d ON d.id = e.doc_id WHERE ` + w.String() + ` GROUP BY 1, 2 ORDER BY 1, 2`
	rows, err := s.db.QueryContext(ctx, q, append([]any{precise}, w.args...)...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	keys := map[string]bool{}
	byStart := map[string]*store.Bucket{}
	var starts []string
	for rows.Next() {
		var start, k string
		var n, imprecise int
		if err := rows.Scan(&start, &k, &n, &imprecise); err != nil {
			return nil, err
		}
		if start == "" || len(start) != 10 {
			tl.Undated += n
			continue
		}
		tl.Imprecise += imprecise
		keys[k] = true
		b := byStart[start]
		if b == nil {
			b = &store.Bucket{Start: start, Counts: map[string]int{}}
			byStart[start] = b
			starts = append(starts, start)
		}
		b.Counts[k] += n
		b.Total += n
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for k := range keys {
		tl.Keys = append(tl.Keys, k)
	}
	sort.Strings(tl.Keys)
	sort.Strings(starts)
	tl.Buckets = fillBuckets(starts, byStart, iv)
	return tl, nil
}

// fillBuckets lists the buckets from the first to the last start, with
// empty ones in the gaps (unless there would be too many).
func fillBuckets(starts []string, byStart map[string]*store.Bucket, iv store.Interval) []store.Bucket {
	out := []store.Bucket{}
	if len(starts) == 0 {
		return out
	}
	first, err1 := time.Parse("2006-01-02", starts[0])
	last, err2 := time.Parse("2006-01-02", starts[len(starts)-1])
	step := func(t time.Time) time.Time {
		switch iv {
		case store.Week:
			return t.AddDate(0, 0, 7)
		case store.Month:
			return t.AddDate(0, 1, 0)
		}
		return t.AddDate(0, 0, 1)
	}
	n := 0
	if err1 == nil && err2 == nil {
		for t := first; !t.After(last) && n <= maxBuckets; t = step(t) {
			n++
		}
	}
	if err1 != nil || err2 != nil || n > maxBuckets {
		for _, s := range starts {
			out = append(out, *byStart[s])
		}
		return out
	}
	for t := first; !t.After(last); t = step(t) {
		k := t.Format("2006-01-02")
		if b := byStart[k]; b != nil {
			out = append(out, *b)
		} else {
			out = append(out, store.Bucket{Start: k, Counts: map[string]int{}})
		}
	}
	return out
}

// Network implements store.Querier.
func (s *Store) Network(ctx context.Context, f store.EventFilter, maxEdges int) (*store.Network, error) {
	w, err := eventWhere(f)
	if err != nil {
		return nil, err
	}
	net := &store.Network{Nodes: []store.NetworkNode{}, Edges: []store.NetworkEdge{}}
	rows, err := s.db.QueryContext(ctx, `SELECT e.source_id, e.target_id, e.type, `+evQuad+`, count(*)
		FROM events e JOIN documents d ON d.id = e.doc_id
		WHERE `+w.String()+` AND e.source_id != '' AND e.target_id != ''
		GROUP BY 1, 2, 3, 4`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("network edges: %w", err)
	}
	type pair struct{ s, t string }
	edges := map[pair]*store.NetworkEdge{}
	for rows.Next() {
		var p pair
		var typ, quad string
		var n int
		if err := rows.Scan(&p.s, &p.t, &typ, &quad, &n); err != nil {
			rows.Close()
			return nil, err
		}
		e := edges[p]
		if e == nil {
			e = &store.NetworkEdge{Source: p.s, Target: p.t, ByType: map[string]int{}, ByQuad: map[string]int{}}
			edges[p] = e
		}
		e.Count += n
		e.ByType[typ] += n
		e.ByQuad[quad] += n
		net.Events += n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, e := range edges {
		best := -1
		for q, n := range e.ByQuad {
			if n > best || (n == best && q < e.Quad) {
				e.Quad, best = q, n
			}
		}
		net.Edges = append(net.Edges, *e)
	}
	sort.Slice(net.Edges, func(i, j int) bool {
		a, b := net.Edges[i], net.Edges[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
	if maxEdges > 0 && len(net.Edges) > maxEdges {
		net.Edges = net.Edges[:maxEdges]
		net.Truncated = true
	}
	inGraph := map[string]bool{}
	for _, e := range net.Edges {
		inGraph[e.Source], inGraph[e.Target] = true, true
	}
	// Node activity counts every filtered event of the actor, also those
	// without a counterpart.
	nq := `SELECT id, max(name), max(country), max(sector), sum(src), sum(tgt) FROM (
		SELECT e.source_id AS id, json_extract(e.event, '$.source.name') AS name, e.source_country AS country,
			json_extract(e.event, '$.source.sector') AS sector, 1 AS src, 0 AS tgt
		FROM events e JOIN documents d ON d.id = e.doc_id WHERE ` + w.String() + ` AND e.source_id != ''
		UNION ALL
		SELECT e.target_id, json_extract(e.event, '$.target.name'), e.target_country,
			json_extract(e.event, '$.target.sector'), 0, 1
		FROM events e JOIN documents d ON d.id = e.doc_id WHERE ` + w.String() + ` AND e.target_id != ''
	) GROUP BY id`
	rows, err = s.db.QueryContext(ctx, nq, append(append([]any{}, w.args...), w.args...)...)
	if err != nil {
		return nil, fmt.Errorf("network nodes: %w", err)
	}
	var ids []string
	for rows.Next() {
		var n store.NetworkNode
		var name, country, sector sql.NullString
		if err := rows.Scan(&n.ID, &name, &country, &sector, &n.AsSource, &n.AsTarget); err != nil {
			rows.Close()
			return nil, err
		}
		if !inGraph[n.ID] {
			continue
		}
		n.Name, n.Country, n.Sector = name.String, country.String, sector.String
		if n.Name == "" {
			n.Name = n.ID
		}
		n.Activity = n.AsSource + n.AsTarget
		net.Nodes = append(net.Nodes, n)
		ids = append(ids, n.ID)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	known, err := s.EntityNames(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i := range net.Nodes {
		// A known entity describes the node; else the events' actors do.
		if k, ok := known[net.Nodes[i].ID]; ok {
			net.Nodes[i].Name, net.Nodes[i].Type = k.Name, k.Type
			net.Nodes[i].Country, net.Nodes[i].Sector = k.Country, k.Sector
		}
	}
	sort.Slice(net.Nodes, func(i, j int) bool {
		a, b := net.Nodes[i], net.Nodes[j]
		if a.Activity != b.Activity {
			return a.Activity > b.Activity
		}
		return a.ID < b.ID
	})
	return net, nil
}

// likePattern makes a LIKE pattern matching s anywhere, with s's own % and
// _ taken literally (ESCAPE '\').
func likePattern(s string) string {
	s = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(strings.ToLower(s))
	return "%" + s + "%"
}

// Entities implements store.Querier.
func (s *Store) Entities(ctx context.Context, f store.EntityFilter) (*store.EntityPage, error) {
	c := &clause{}
	c.in("en.type", mapStrings(f.Type, func(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }))
	c.in("en.country", mapStrings(f.Country, func(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }))
	if q := strings.TrimSpace(f.Query); q != "" {
		p := likePattern(q)
		c.add(`(vd_fold(en.name) LIKE ? ESCAPE '\' OR vd_fold(en.id) LIKE ? ESCAPE '\'
			OR en.id IN (SELECT entity_id FROM mentions WHERE vd_fold(text) LIKE ? ESCAPE '\'))`, p, p, p)
	}
	c.in("d.lang", mapStrings(f.Lang, func(s string) string { return strings.ToLower(strings.TrimSpace(s)) }))
	if f.From != "" {
		first, _, err := dayBounds(f.From)
		if err != nil {
			return nil, err
		}
		c.add("d.date_last != '' AND d.date_last >= ?", first)
	}
	if f.To != "" {
		_, last, err := dayBounds(f.To)
		if err != nil {
			return nil, err
		}
		c.add("d.date_first != '' AND d.date_first <= ?", last)
	}
	if f.Limit <= 0 {
		f.Limit = 50
	}
	if f.Offset < 0 {
		return nil, invalid("negative offset")
	}
	from := ` FROM mentions m JOIN entities en ON en.id = m.entity_id JOIN documents d ON d.id = m.doc_id WHERE ` + c.String()
	page := &store.EntityPage{Entities: []store.EntitySummary{}}
	if err := s.db.QueryRowContext(ctx, `SELECT count(DISTINCT m.entity_id)`+from, c.args...).Scan(&page.Total); err != nil {
		return nil, fmt.Errorf("count entities: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT en.id, en.name, en.type, en.country, en.sector, en.wikidata,
		count(*), count(DISTINCT m.doc_id)`+from+` GROUP BY en.id ORDER BY 7 DESC, 8 DESC, en.id LIMIT ? OFFSET ?`,
		append(c.args, f.Limit, f.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("list entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e store.EntitySummary
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.Country, &e.Sector, &e.Wikidata, &e.Mentions, &e.Documents); err != nil {
			return nil, err
		}
		page.Entities = append(page.Entities, e)
	}
	return page, rows.Err()
}

// EntityNames implements store.Querier.
func (s *Store) EntityNames(ctx context.Context, ids []string) (map[string]store.EntitySummary, error) {
	out := map[string]store.EntitySummary{}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		chunk := ids[:n]
		ids = ids[n:]
		rows, err := s.db.QueryContext(ctx, `SELECT id, name, type, country, sector, wikidata FROM entities WHERE id IN (`+
			placeholders(len(chunk))+`)`, anys(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("entity names: %w", err)
		}
		for rows.Next() {
			var e store.EntitySummary
			if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.Country, &e.Sector, &e.Wikidata); err != nil {
				rows.Close()
				return nil, err
			}
			out[e.ID] = e
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Limits of an entity's detail.
const (
	maxAliases      = 500
	maxRelated      = 25
	maxEntityEvents = 50
)

// Entity implements store.Querier.
func (s *Store) Entity(ctx context.Context, id string) (*store.EntityDetail, error) {
	d := &store.EntityDetail{Aliases: []store.Alias{}, ByMonth: []store.MonthCount{}, CoOccurring: []store.Related{},
		Counterparts: []store.Related{}, Events: []store.EventRecord{}}
	err := s.db.QueryRowContext(ctx, `SELECT id, name, type, country, sector, wikidata FROM entities WHERE id = ?`, id).
		Scan(&d.ID, &d.Name, &d.Type, &d.Country, &d.Sector, &d.Wikidata)
	if errors.Is(err, sql.ErrNoRows) {
		// An actor of events need not be an entity of any document.
		var name, country, sector sql.NullString
		err = s.db.QueryRowContext(ctx, `SELECT
			CASE WHEN source_id = ? THEN json_extract(event, '$.source.name') ELSE json_extract(event, '$.target.name') END,
			CASE WHEN source_id = ? THEN source_country ELSE target_country END,
			CASE WHEN source_id = ? THEN json_extract(event, '$.source.sector') ELSE json_extract(event, '$.target.sector') END
			FROM events WHERE source_id = ? OR target_id = ? LIMIT 1`, id, id, id, id, id).Scan(&name, &country, &sector)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("entity %q: %w", id, store.ErrNotFound)
		}
		d.ID, d.Name, d.Country, d.Sector = id, name.String, country.String, sector.String
	}
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	if err := s.db.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT doc_id) FROM mentions WHERE entity_id = ?`, id).
		Scan(&d.Mentions, &d.Documents); err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	// Names by language.
	rows, err := s.db.QueryContext(ctx, `SELECT d.lang, m.text, m.kind, count(*) FROM mentions m JOIN documents d ON d.id = m.doc_id
		WHERE m.entity_id = ? GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2 LIMIT ?`, id, maxAliases)
	if err != nil {
		return nil, fmt.Errorf("entity %s aliases: %w", id, err)
	}
	for rows.Next() {
		var a store.Alias
		if err := rows.Scan(&a.Lang, &a.Text, &a.Kind, &a.Count); err != nil {
			rows.Close()
			return nil, err
		}
		d.Aliases = append(d.Aliases, a)
	}
	rows.Close()
	// Mentions over time.
	rows, err = s.db.QueryContext(ctx, `SELECT substr(d.date_first, 1, 7), count(*), count(DISTINCT m.doc_id)
		FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ? GROUP BY 1 ORDER BY 1`, id)
	if err != nil {
		return nil, fmt.Errorf("entity %s by month: %w", id, err)
	}
	for rows.Next() {
		var m store.MonthCount
		if err := rows.Scan(&m.Month, &m.Mentions, &m.Documents); err != nil {
			rows.Close()
			return nil, err
		}
		d.ByMonth = append(d.ByMonth, m)
	}
	rows.Close()
	// Entities in the same documents.
	rows, err = s.db.QueryContext(ctx, `SELECT m2.entity_id, coalesce(en.name, m2.entity_id), coalesce(en.type, ''), count(DISTINCT m2.doc_id)
		FROM (SELECT DISTINCT doc_id FROM mentions WHERE entity_id = ?) x
		JOIN mentions m2 ON m2.doc_id = x.doc_id
		LEFT JOIN entities en ON en.id = m2.entity_id
		WHERE m2.entity_id != ? GROUP BY 1 ORDER BY 4 DESC, 1 LIMIT ?`, id, id, maxRelated)
	if err != nil {
		return nil, fmt.Errorf("entity %s co-occurring: %w", id, err)
	}
	for rows.Next() {
		var r store.Related
		if err := rows.Scan(&r.ID, &r.Name, &r.Type, &r.Count); err != nil {
			rows.Close()
			return nil, err
		}
		d.CoOccurring = append(d.CoOccurring, r)
	}
	rows.Close()
	// Counterparts in events.
	rows, err = s.db.QueryContext(ctx, `SELECT other, max(name), count(*) FROM (
			SELECT target_id AS other, json_extract(event, '$.target.name') AS name FROM events WHERE source_id = ? AND target_id != ''
			UNION ALL
			SELECT source_id, json_extract(event, '$.source.name') FROM events WHERE target_id = ? AND source_id != ''
		) WHERE other != ? GROUP BY other ORDER BY 3 DESC, 1 LIMIT ?`, id, id, id, maxRelated)
	if err != nil {
		return nil, fmt.Errorf("entity %s counterparts: %w", id, err)
	}
	var cids []string
	for rows.Next() {
		var r store.Related
		var name sql.NullString
		if err := rows.Scan(&r.ID, &name, &r.Count); err != nil {
			rows.Close()
			return nil, err
		}
		r.Name = name.String
		d.Counterparts = append(d.Counterparts, r)
		cids = append(cids, r.ID)
	}
	rows.Close()
	known, err := s.EntityNames(ctx, cids)
	if err != nil {
		return nil, err
	}
	for i, r := range d.Counterparts {
		if k, ok := known[r.ID]; ok {
			d.Counterparts[i].Name, d.Counterparts[i].Type = k.Name, k.Type
		}
	}
	page, err := s.Events(ctx, store.EventFilter{Actor: []string{id}}, "", maxEntityEvents)
	if err != nil {
		return nil, err
	}
	d.Events, d.EventCount = page.Events, page.Total
	return d, nil
}
