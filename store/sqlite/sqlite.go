package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/vedetta/vedetta"
	"github.com/vedetta/vedetta/dedupe"
	"github.com/vedetta/vedetta/search"
	"github.com/vedetta/vedetta/store"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is the embedded store. It implements store.Store.
type Store struct {
	dir   string
	db    *sql.DB
	index *search.Index
	log   *slog.Logger
	wmu   sync.Mutex // one writer at a time
	// dups groups near-duplicate documents; rebuilt from the stored
	// signatures at open, in insertion order, so clusters are stable.
	dups *dedupe.Index
}

var _ store.Store = (*Store)(nil)

// Options tune Open.
type Options struct {
	Logger *slog.Logger
}

// Open opens (creating if needed) the store in folder dir, and brings the
// index in step with the database.
func Open(dir string, opts Options) (*Store, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	dsn := "file:" + filepath.Join(dir, "vedetta.db") +
		"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	db.SetMaxOpenConns(4)
	if _, err := db.Exec(schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("create schema in %s: %w", dir, err)
	}
	var v string
	err = db.QueryRow(`SELECT value FROM meta WHERE key = 'schema'`).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		_, err = db.Exec(`INSERT INTO meta(key, value) VALUES ('schema', ?)`, schemaVersion)
	case err == nil && v != schemaVersion:
		err = fmt.Errorf("data folder %s has schema version %s, this program knows %s", dir, v, schemaVersion)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	if err := migrate(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("upgrade schema in %s: %w", dir, err)
	}
	s := &Store{dir: dir, db: db, log: log, dups: dedupe.NewIndex(dedupe.IndexOptions{})}
	if err := s.loadSignatures(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.openIndex(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.catchUp(context.Background()); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// migrate adds the columns that stores made by earlier versions lack.
func migrate(db *sql.DB) error {
	rows, err := db.Query(`SELECT name FROM pragma_table_info('documents')`)
	if err != nil {
		return err
	}
	have := map[string]bool{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		have[n] = true
	}
	rows.Close()
	for _, c := range []struct{ name, def string }{
		{"cluster", "TEXT NOT NULL DEFAULT ''"},
		{"signature", "BLOB"},
	} {
		if !have[c.name] {
			if _, err := db.Exec(`ALTER TABLE documents ADD COLUMN ` + c.name + ` ` + c.def); err != nil {
				return err
			}
		}
	}
	// Indexes that longer ones made redundant (mentions_entity_doc,
	// events_order) cost every insert for nothing.
	_, err = db.Exec(`CREATE INDEX IF NOT EXISTS documents_cluster ON documents(cluster);
		DROP INDEX IF EXISTS mentions_entity;
		DROP INDEX IF EXISTS events_date;`)
	return err
}

// loadSignatures rebuilds the near-duplicate index. Documents stored
// before signatures existed are signed and clustered now, and re-indexed so
// that search sees their cluster.
func (s *Store) loadSignatures() error {
	rows, err := s.db.Query(`SELECT id, signature, analysis FROM documents ORDER BY rowid`)
	if err != nil {
		return fmt.Errorf("load signatures: %w", err)
	}
	type update struct {
		id, cluster string
		sig         []byte
	}
	var updates []update
	for rows.Next() {
		var id string
		var sigRaw, raw []byte
		if err := rows.Scan(&id, &sigRaw, &raw); err != nil {
			rows.Close()
			return err
		}
		sig, err := dedupe.ParseSignature(sigRaw)
		if err == nil && len(sigRaw) > 0 {
			s.dups.Add(id, sig)
			continue
		}
		var a vedetta.Analysis
		if err := json.Unmarshal(raw, &a); err != nil {
			rows.Close()
			return fmt.Errorf("document %s: stored analysis unreadable: %w", id, err)
		}
		sig = dedupe.Sign(a.Text)
		updates = append(updates, update{id, s.dups.Add(id, sig), sig.Bytes()})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(updates) == 0 {
		return nil
	}
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, u := range updates {
		if _, err := tx.Exec(`UPDATE documents SET cluster = ?, signature = ?, indexed = 0 WHERE id = ?`, u.cluster, u.sig, u.id); err != nil {
			return fmt.Errorf("sign %s: %w", u.id, err)
		}
	}
	return tx.Commit()
}

func (s *Store) indexPath() string { return filepath.Join(s.dir, "index.bleve") }

// openIndex opens the Bleve index; one that is damaged is moved aside and
// rebuilt from the database.
func (s *Store) openIndex() error {
	idx, err := search.Open(s.indexPath())
	if err == nil {
		s.index = idx
		return nil
	}
	if errors.Is(err, search.ErrLocked) {
		return fmt.Errorf("data folder %s is in use by another vedetta process: %w", s.dir, err)
	}
	s.log.Warn("index cannot be opened; rebuilding it from the database", "err", err)
	aside := s.indexPath() + ".broken-" + time.Now().UTC().Format("20060102T150405")
	if rerr := os.Rename(s.indexPath(), aside); rerr != nil {
		return fmt.Errorf("move damaged index aside: %w (after: %v)", rerr, err)
	}
	if idx, err = search.Open(s.indexPath()); err != nil {
		return err
	}
	s.index = idx
	if _, err := s.db.Exec(`UPDATE documents SET indexed = 0`); err != nil {
		return fmt.Errorf("mark for re-indexing: %w", err)
	}
	return nil
}

// catchUp indexes the documents a crash left unindexed.
func (s *Store) catchUp(ctx context.Context) error {
	n := 0
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT analysis, cluster FROM documents WHERE indexed = 0 LIMIT 256`)
		if err != nil {
			return fmt.Errorf("find unindexed documents: %w", err)
		}
		var batch []search.Doc
		for rows.Next() {
			var raw []byte
			var cluster string
			if err := rows.Scan(&raw, &cluster); err != nil {
				rows.Close()
				return err
			}
			a := new(vedetta.Analysis)
			if err := json.Unmarshal(raw, a); err != nil {
				rows.Close()
				return fmt.Errorf("stored analysis unreadable: %w", err)
			}
			batch = append(batch, search.Doc{Analysis: a, Cluster: cluster})
		}
		rows.Close()
		if len(batch) == 0 {
			break
		}
		if err := s.indexAndMark(ctx, batch); err != nil {
			return err
		}
		n += len(batch)
	}
	if n > 0 {
		s.log.Info("indexed documents left over from an interrupted run", "documents", n)
	}
	return nil
}

func (s *Store) indexAndMark(ctx context.Context, docs []search.Doc) error {
	if err := s.index.IndexBatch(docs, nil); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `UPDATE documents SET indexed = 1 WHERE id = ?`)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if _, err := st.ExecContext(ctx, d.Analysis.ID); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Close closes the index and the database.
func (s *Store) Close() error {
	var err error
	if s.index != nil {
		err = s.index.Close()
	}
	if e := s.db.Close(); e != nil && err == nil {
		err = e
	}
	return err
}

// Hash implements store.Store.
func (s *Store) Hash(ctx context.Context, id string) (string, bool, error) {
	var h string
	err := s.db.QueryRowContext(ctx, `SELECT hash FROM documents WHERE id = ?`, id).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("look up %s: %w", id, err)
	}
	return h, true, nil
}

// Put implements store.Store.
func (s *Store) Put(ctx context.Context, recs []store.Record) ([]store.Status, error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	status := make([]store.Status, len(recs))
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	var changed []search.Doc
	var in *inserter
	var added []string // ids added to the near-duplicate index, undone on failure
	ok := false
	defer func() {
		if !ok {
			for _, id := range added {
				s.dups.Remove(id)
			}
		}
	}()
	now := time.Now().UTC().Format(time.RFC3339)
	for i, r := range recs {
		a := r.Analysis
		var old string
		err := tx.QueryRowContext(ctx, `SELECT hash FROM documents WHERE id = ?`, a.ID).Scan(&old)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			status[i] = store.Stored
		case err != nil:
			return nil, fmt.Errorf("look up %s: %w", a.ID, err)
		case old == r.Hash:
			status[i] = store.Unchanged
			continue
		default:
			status[i] = store.Replaced
			if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, a.ID); err != nil {
				return nil, fmt.Errorf("replace %s: %w", a.ID, err)
			}
		}
		sig, err := dedupe.ParseSignature(r.Signature)
		if err != nil || len(r.Signature) == 0 {
			sig = dedupe.Sign(a.Text)
		}
		cluster := s.dups.Add(a.ID, sig)
		added = append(added, a.ID)
		if in == nil {
			if in, err = newInserter(ctx, tx); err != nil {
				return nil, err
			}
		}
		if err := in.insert(ctx, a, r.Hash, now, cluster, sig.Bytes()); err != nil {
			return nil, fmt.Errorf("store %s: %w", a.ID, err)
		}
		changed = append(changed, search.Doc{Analysis: a, Cluster: cluster})
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	ok = true
	if len(changed) > 0 {
		// Documents are safe in the database; should indexing fail or the
		// process die here, catchUp indexes them at the next open.
		if err := s.indexAndMark(ctx, changed); err != nil {
			return status, fmt.Errorf("documents stored but not yet indexed (they will be at the next open): %w", err)
		}
	}
	return status, nil
}

// inserter writes documents and their rows within one transaction, with
// statements prepared once per transaction.
type inserter struct {
	doc, entity, mention, date, event *sql.Stmt
	entities                          map[string]bool // upserted in this transaction
}

func newInserter(ctx context.Context, tx *sql.Tx) (*inserter, error) {
	in := &inserter{entities: map[string]bool{}}
	for _, p := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&in.doc, `INSERT INTO documents
			(id, hash, url, date, date_first, date_last, title, lang, source, analysis, ingested_at, indexed, cluster, signature)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`},
		{&in.entity, `INSERT INTO entities (id, name, type, country, sector, wikidata)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type,
				country = excluded.country, sector = excluded.sector, wikidata = excluded.wikidata`},
		{&in.mention, `INSERT INTO mentions (doc_id, entity_id, text, start, end, kind) VALUES (?, ?, ?, ?, ?, ?)`},
		{&in.date, `INSERT INTO dates (doc_id, text, start, end, type, value, grain, first, last) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&in.event, `INSERT INTO events (doc_id, idx, type, mode, quad, source_id, source_country, target_id, target_country, date, lang, event)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := tx.PrepareContext(ctx, p.query)
		if err != nil {
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = st
	}
	return in, nil
}

func (in *inserter) insert(ctx context.Context, a *vedetta.Analysis, hash, now, cluster string, sig []byte) error {
	raw, err := json.Marshal(a)
	if err != nil {
		return err
	}
	var first, last string
	if f, l, ok := vedetta.DateBounds(a.Date); ok {
		first, last = f.Format("2006-01-02"), l.Format("2006-01-02")
	}
	if _, err := in.doc.ExecContext(ctx, a.ID, hash, a.URL, a.Date, first, last, a.Title, a.Lang, a.Source, raw, now, cluster, sig); err != nil {
		return err
	}
	for _, e := range a.Entities {
		if !in.entities[e.ID] {
			in.entities[e.ID] = true
			if _, err := in.entity.ExecContext(ctx, e.ID, e.Name, e.Type, e.Country, e.Sector, e.Wikidata); err != nil {
				return err
			}
		}
		for _, m := range e.Mentions {
			if _, err := in.mention.ExecContext(ctx, a.ID, e.ID, m.Text, m.Start, m.End, m.Kind); err != nil {
				return err
			}
		}
	}
	for _, d := range a.Dates {
		var f, l string
		if d.Type != "DURATION" {
			f, l = dateSpan(d.Value)
		}
		if _, err := in.date.ExecContext(ctx, a.ID, d.Text, d.Start, d.End, d.Type, d.Value, d.Grain, f, l); err != nil {
			return err
		}
	}
	for i, ev := range a.Events {
		raw, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		var sid, sc, tid, tc string
		if ev.Source != nil {
			sid, sc = ev.Source.ID, ev.Source.Country
		}
		if ev.Target != nil {
			tid, tc = ev.Target.ID, ev.Target.Country
		}
		if _, err := in.event.ExecContext(ctx, a.ID, i, ev.Type, ev.Mode, ev.Quad, sid, sc, tid, tc, ev.Date, a.Lang, raw); err != nil {
			return err
		}
	}
	return nil
}

// dateSpan gives the first and last day of a date or a range "a/b".
func dateSpan(v string) (string, string) {
	a, b := v, v
	if i := strings.IndexByte(v, '/'); i >= 0 {
		a, b = v[:i], v[i+1:]
	}
	f, _, ok1 := vedetta.DateBounds(a)
	_, l, ok2 := vedetta.DateBounds(b)
	if !ok1 || !ok2 {
		return "", ""
	}
	return f.Format("2006-01-02"), l.Format("2006-01-02")
}

// Get implements store.Store.
func (s *Store) Get(ctx context.Context, id string) (*vedetta.Analysis, error) {
	var raw []byte
	err := s.db.QueryRowContext(ctx, `SELECT analysis FROM documents WHERE id = ?`, id).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	a := new(vedetta.Analysis)
	if err := json.Unmarshal(raw, a); err != nil {
		return nil, fmt.Errorf("document %s: stored analysis unreadable: %w", id, err)
	}
	if len(a.Events) > 0 {
		arts, srcs, err := s.Reach(ctx, id)
		if err != nil {
			return nil, err
		}
		for i := range a.Events {
			a.Events[i].NumArticles, a.Events[i].NumSources = arts, srcs
		}
	}
	return a, nil
}

// Reach counts the documents of id's near-duplicate cluster and their
// distinct sources (the source field, else the URL's host, else the
// document itself).
func (s *Store) Reach(ctx context.Context, id string) (articles, sources int, err error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.source, c.url FROM documents d
		JOIN documents c ON c.cluster = d.cluster WHERE d.id = ?`, id)
	if err != nil {
		return 0, 0, fmt.Errorf("cluster of %s: %w", id, err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	for rows.Next() {
		var cid, src, u string
		if err := rows.Scan(&cid, &src, &u); err != nil {
			return 0, 0, err
		}
		articles++
		seen[sourceKey(cid, src, u)] = true
	}
	return articles, len(seen), rows.Err()
}

// sourceKey names who published a document.
func sourceKey(id, source, rawURL string) string {
	if source != "" {
		return "s:" + strings.ToLower(source)
	}
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return "h:" + strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return "d:" + id
}

// Search implements store.Store.
func (s *Store) Search(ctx context.Context, q store.Query) (*store.Results, error) {
	r, err := s.index.Search(q)
	if err != nil {
		return nil, err
	}
	out := &store.Results{Total: r.Total, Hits: make([]store.Hit, 0, len(r.Hits)), Facets: r.Facets}
	for _, h := range r.Hits {
		hit := store.Hit{ID: h.ID, Score: h.Score, Snippet: h.Snippet}
		err := s.db.QueryRowContext(ctx, `SELECT date, lang, title, url, cluster,
				(SELECT count(*) FROM documents c WHERE c.cluster = d.cluster)
			FROM documents d WHERE id = ?`, h.ID).
			Scan(&hit.Date, &hit.Lang, &hit.Title, &hit.URL, &hit.Cluster, &hit.Copies)
		if errors.Is(err, sql.ErrNoRows) {
			continue // indexed but since removed
		}
		if err != nil {
			return nil, err
		}
		out.Hits = append(out.Hits, hit)
	}
	return out, nil
}

// Stats implements store.Store.
func (s *Store) Stats(ctx context.Context) (*store.Stats, error) {
	st := &store.Stats{ByLang: map[string]int{}, ByMonth: map[string]int{}}
	q := func(query string, dst map[string]int) error {
		rows, err := s.db.QueryContext(ctx, query)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				return err
			}
			dst[k] = n
		}
		return rows.Err()
	}
	if err := q(`SELECT lang, count(*) FROM documents GROUP BY lang`, st.ByLang); err != nil {
		return nil, err
	}
	if err := q(`SELECT substr(date_first, 1, 7), count(*) FROM documents GROUP BY 1`, st.ByMonth); err != nil {
		return nil, err
	}
	for _, c := range []struct {
		query string
		dst   *int
	}{
		{`SELECT count(*) FROM documents`, &st.Documents},
		{`SELECT count(*) FROM entities`, &st.Entities},
		{`SELECT count(*) FROM events`, &st.Events},
	} {
		if err := s.db.QueryRowContext(ctx, c.query).Scan(c.dst); err != nil {
			return nil, err
		}
	}
	return st, nil
}

// Check verifies the database (SQLite integrity check) and that the index
// holds exactly the stored documents.
func (s *Store) Check(ctx context.Context) error {
	var res string
	if err := s.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("integrity check: %s", res)
	}
	var n uint64
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return err
	}
	c, err := s.index.Count()
	if err != nil {
		return err
	}
	if c != n {
		return fmt.Errorf("index holds %d documents, database %d", c, n)
	}
	return nil
}
