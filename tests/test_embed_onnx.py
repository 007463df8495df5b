"""ONNX MiniLM embeddings: unit vectors, paraphrases closer than unrelated text, batch-independent."""
from __future__ import annotations

import numpy as np

from storyline.corpus.embed import DIM, embed_cached, embed_texts, text_key

TEXTS = [
    "The city council approved the new harbour budget on Monday.",
    "On Monday the council voted through the budget for the harbour.",
    "A rare orchid flowered in the botanical garden for the first time in ten years.",
]


def test_embed_rows_are_unit_vectors_of_the_model_width():
    vectors = embed_texts(TEXTS)
    assert vectors.shape == (3, DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_embed_paraphrase_is_nearer_than_unrelated_text():
    v = embed_texts(TEXTS)
    assert float(v[0] @ v[1]) > 0.7 > 0.3 > float(v[0] @ v[2])


def test_embed_vector_does_not_depend_on_the_batch():
    alone = embed_texts([TEXTS[2]])[0]
    batched = embed_texts(TEXTS + ["x " * 400])[2]
    assert float(alone @ batched) > 0.9999


def test_embed_empty_text_gives_a_zero_row_and_no_text_an_empty_matrix():
    v = embed_texts(["", "   ", TEXTS[0]])
    assert not v[0].any() and not v[1].any() and v[2].any()
    assert embed_texts([]).shape == (0, DIM)


def test_embed_cache_fills_and_reuses_keys():
    cache: dict = {}
    keys = [text_key(f"d{i}", t) for i, t in enumerate(TEXTS)]
    first = embed_cached(keys, TEXTS, cache)
    assert set(cache) == set(keys)
    cache[keys[0]] = np.zeros(DIM, dtype=np.float32)  # a cached vector is used as is
    again = embed_cached(keys, TEXTS, cache)
    assert not again[0].any() and np.allclose(again[1:], first[1:])
    assert text_key("d0", "a") != text_key("d0", "b") and text_key("d0", "a") != text_key("d1", "a")
