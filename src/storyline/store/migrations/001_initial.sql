-- storyline schema, version 1. Plain SQL that SQLite and PostgreSQL both accept.
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY,
    sha1 TEXT NOT NULL,
    status TEXT NOT NULL,
    n_articles INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    record TEXT,
    content_sha1 TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    text TEXT NOT NULL,
    data TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_path ON documents (path);
CREATE INDEX IF NOT EXISTS documents_content ON documents (content_sha1);
CREATE TABLE IF NOT EXISTS copies (
    path TEXT NOT NULL,
    record TEXT,
    doc_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS copies_path ON copies (path);
CREATE TABLE IF NOT EXISTS rejections (
    path TEXT NOT NULL,
    location TEXT,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rejections_path ON rejections (path);
CREATE TABLE IF NOT EXISTS corpus (
    name TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    started_at TEXT NOT NULL,
    finished_at TEXT,
    stats TEXT
);
