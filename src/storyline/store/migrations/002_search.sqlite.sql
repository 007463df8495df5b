-- Full-text search (SQLite FTS5) over the brief's documents and quotes. SQLite only: PostgreSQL
-- runs 002_search.postgres.sql (tsvector) instead.
-- The index is filled from the stored brief (corpus row 'brief') by triggers, in the same
-- transaction that writes the brief: search always agrees with the brief the web app serves.
-- A brief that is not valid JSON for SQLite is left unindexed rather than failing the write.
CREATE VIRTUAL TABLE IF NOT EXISTS search_documents USING fts5(
    doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS search_quotes USING fts5(
    quote_id UNINDEXED, doc_id UNINDEXED, speaker, text, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS corpus_brief_search_clear BEFORE INSERT ON corpus WHEN NEW.name = 'brief'
BEGIN
    DELETE FROM search_documents;
    DELETE FROM search_quotes;
END;
CREATE TRIGGER IF NOT EXISTS corpus_brief_search_fill AFTER INSERT ON corpus
WHEN NEW.name = 'brief' AND json_valid(NEW.data)
BEGIN
    INSERT INTO search_documents (doc_id, title, text)
        SELECT json_extract(value, '$.id'), coalesce(json_extract(value, '$.title'), ''),
               coalesce(json_extract(value, '$.text'), '')
        FROM json_each(NEW.data, '$.documents') WHERE json_type(value) = 'object';
    INSERT INTO search_quotes (quote_id, doc_id, speaker, text)
        SELECT json_extract(value, '$.id'), json_extract(value, '$.doc'),
               coalesce(json_extract(value, '$.speaker_name'), json_extract(value, '$.speaker_text'), ''),
               coalesce(json_extract(value, '$.text'), '')
        FROM json_each(NEW.data, '$.quotes') WHERE json_type(value) = 'object';
END;
CREATE TRIGGER IF NOT EXISTS corpus_brief_search_update AFTER UPDATE OF data ON corpus WHEN NEW.name = 'brief'
BEGIN
    DELETE FROM search_documents;
    DELETE FROM search_quotes;
    INSERT INTO search_documents (doc_id, title, text)
        SELECT json_extract(value, '$.id'), coalesce(json_extract(value, '$.title'), ''),
               coalesce(json_extract(value, '$.text'), '')
        FROM json_each(CASE WHEN json_valid(NEW.data) THEN NEW.data ELSE '{}' END, '$.documents')
        WHERE json_type(value) = 'object';
    INSERT INTO search_quotes (quote_id, doc_id, speaker, text)
        SELECT json_extract(value, '$.id'), json_extract(value, '$.doc'),
               coalesce(json_extract(value, '$.speaker_name'), json_extract(value, '$.speaker_text'), ''),
               coalesce(json_extract(value, '$.text'), '')
        FROM json_each(CASE WHEN json_valid(NEW.data) THEN NEW.data ELSE '{}' END, '$.quotes')
        WHERE json_type(value) = 'object';
END;
CREATE TRIGGER IF NOT EXISTS corpus_brief_search_delete AFTER DELETE ON corpus WHEN OLD.name = 'brief'
BEGIN
    DELETE FROM search_documents;
    DELETE FROM search_quotes;
END;
-- a store written before this migration: index the brief it already holds
INSERT INTO search_documents (doc_id, title, text)
    SELECT json_extract(d.value, '$.id'), coalesce(json_extract(d.value, '$.title'), ''),
           coalesce(json_extract(d.value, '$.text'), '')
    FROM corpus, json_each(CASE WHEN json_valid(corpus.data) THEN corpus.data ELSE '{}' END, '$.documents') AS d
    WHERE corpus.name = 'brief' AND json_type(d.value) = 'object';
INSERT INTO search_quotes (quote_id, doc_id, speaker, text)
    SELECT json_extract(q.value, '$.id'), json_extract(q.value, '$.doc'),
           coalesce(json_extract(q.value, '$.speaker_name'), json_extract(q.value, '$.speaker_text'), ''),
           coalesce(json_extract(q.value, '$.text'), '')
    FROM corpus, json_each(CASE WHEN json_valid(corpus.data) THEN corpus.data ELSE '{}' END, '$.quotes') AS q
    WHERE corpus.name = 'brief' AND json_type(q.value) = 'object';
