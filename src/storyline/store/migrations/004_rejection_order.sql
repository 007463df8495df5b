-- The position of a rejection among those written with it, so every store lists a file's rejections
-- in the order they were found (PostgreSQL has no rowid). Plain SQL that SQLite and PostgreSQL accept.
ALTER TABLE rejections ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
