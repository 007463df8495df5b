-- Embedding vectors kept between runs, so unchanged articles are not embedded again.
-- key = document id + text hash + model id (see corpus/stories.py); vector = float32 bytes.
CREATE TABLE IF NOT EXISTS vectors (
    key TEXT PRIMARY KEY,
    vector BLOB NOT NULL
);
