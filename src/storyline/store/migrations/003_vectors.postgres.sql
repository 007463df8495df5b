-- Embedding vectors kept between runs (PostgreSQL: float32 bytes in BYTEA; SQLite keeps them as a BLOB).
CREATE TABLE IF NOT EXISTS vectors (
    key TEXT PRIMARY KEY,
    vector BYTEA NOT NULL
);
