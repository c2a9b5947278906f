package sqlite

const schema = `
CREATE TABLE IF NOT EXISTS documents (
	id          TEXT PRIMARY KEY,
	hash        TEXT NOT NULL,
	url         TEXT NOT NULL DEFAULT '',
	date        TEXT NOT NULL DEFAULT '',
	date_first  TEXT NOT NULL DEFAULT '',
	date_last   TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	lang        TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	analysis    BLOB NOT NULL,
	ingested_at TEXT NOT NULL,
	indexed     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS documents_unindexed ON documents(indexed) WHERE indexed = 0;
CREATE INDEX IF NOT EXISTS documents_date ON documents(date_first);

CREATE TABLE IF NOT EXISTS entities (
	id       TEXT PRIMARY KEY,
	name     TEXT NOT NULL,
	type     TEXT NOT NULL,
	country  TEXT NOT NULL DEFAULT '',
	sector   TEXT NOT NULL DEFAULT '',
	wikidata TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS mentions (
	doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	entity_id TEXT NOT NULL,
	text      TEXT NOT NULL,
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	kind      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);

CREATE TABLE IF NOT EXISTS dates (
	doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	text   TEXT NOT NULL,
	start  INTEGER NOT NULL,
	end    INTEGER NOT NULL,
	type   TEXT NOT NULL,
	value  TEXT NOT NULL,
	grain  TEXT NOT NULL,
	first  TEXT NOT NULL DEFAULT '',
	last   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc_id);
CREATE INDEX IF NOT EXISTS dates_first ON dates(first);

CREATE TABLE IF NOT EXISTS events (
	doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	type           TEXT NOT NULL,
	mode           TEXT NOT NULL DEFAULT '',
	quad           TEXT NOT NULL DEFAULT '',
	source_id      TEXT NOT NULL DEFAULT '',
	source_country TEXT NOT NULL DEFAULT '',
	target_id      TEXT NOT NULL DEFAULT '',
	target_country TEXT NOT NULL DEFAULT '',
	date           TEXT NOT NULL DEFAULT '',
	lang           TEXT NOT NULL DEFAULT '',
	event          BLOB NOT NULL,
	PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_source ON events(source_id);
CREATE INDEX IF NOT EXISTS events_target ON events(target_id);

CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

-- Read queries of the API (query.go).
CREATE INDEX IF NOT EXISTS mentions_entity_doc ON mentions(entity_id, doc_id);
CREATE INDEX IF NOT EXISTS events_source_country ON events(source_country);
CREATE INDEX IF NOT EXISTS events_target_country ON events(target_country);
CREATE INDEX IF NOT EXISTS events_order ON events(date DESC, doc_id, idx);
`

// schemaVersion is stored in meta; a store written by a newer version is
// refused rather than misread.
const schemaVersion = "1"
