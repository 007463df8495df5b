-- Full-text search (PostgreSQL tsvector + GIN) over the brief's documents and quotes: the PostgreSQL
-- variant of 002_search.sqlite.sql (FTS5). The 'simple' configuration lower-cases words without
-- stemming or stop words, as FTS5's unicode61 tokenizer does (it does not fold diacritics).
-- A trigger fills the index from the stored brief (corpus row 'brief') in the same transaction that
-- writes it; a brief that is not valid JSON is left unindexed rather than failing the write.
CREATE TABLE IF NOT EXISTS search_documents (
    doc_id TEXT,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', text), 'D')
    ) STORED
);
CREATE INDEX IF NOT EXISTS search_documents_tsv ON search_documents USING gin (tsv);
CREATE TABLE IF NOT EXISTS search_quotes (
    quote_id TEXT,
    doc_id TEXT,
    speaker TEXT NOT NULL,
    text TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', speaker), 'B') || setweight(to_tsvector('simple', text), 'D')
    ) STORED
);
CREATE INDEX IF NOT EXISTS search_quotes_tsv ON search_quotes USING gin (tsv);

CREATE OR REPLACE FUNCTION storyline_json_list(brief jsonb, key text) RETURNS SETOF jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT item FROM jsonb_array_elements(
        CASE WHEN jsonb_typeof(brief -> key) = 'array' THEN brief -> key ELSE '[]'::jsonb END
    ) AS item WHERE jsonb_typeof(item) = 'object'
$$;

CREATE OR REPLACE FUNCTION storyline_index_brief(data text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    brief jsonb;
BEGIN
    DELETE FROM search_documents;
    DELETE FROM search_quotes;
    IF data IS NULL THEN
        RETURN;
    END IF;
    BEGIN
        brief := data::jsonb;
    EXCEPTION WHEN others THEN
        RETURN;
    END;
    INSERT INTO search_documents (doc_id, title, text)
        SELECT d ->> 'id', coalesce(d ->> 'title', ''), coalesce(d ->> 'text', '')
        FROM storyline_json_list(brief, 'documents') AS d;
    INSERT INTO search_quotes (quote_id, doc_id, speaker, text)
        SELECT q ->> 'id', q ->> 'doc', coalesce(q ->> 'speaker_name', q ->> 'speaker_text', ''),
               coalesce(q ->> 'text', '')
        FROM storyline_json_list(brief, 'quotes') AS q;
END
$$;

CREATE OR REPLACE FUNCTION storyline_brief_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.name = 'brief' THEN
            PERFORM storyline_index_brief(NULL);
        END IF;
    ELSIF NEW.name = 'brief' THEN
        PERFORM storyline_index_brief(NEW.data);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS corpus_brief_search ON corpus;
CREATE TRIGGER corpus_brief_search AFTER INSERT OR UPDATE OR DELETE ON corpus
    FOR EACH ROW EXECUTE FUNCTION storyline_brief_search();

-- a store written before this migration: index the brief it already holds
SELECT storyline_index_brief((SELECT data FROM corpus WHERE name = 'brief'));
