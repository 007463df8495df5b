"""Lead vectors made in the article stages: the same vector the stories stage would embed, carried
through the store's JSON exactly, and put into the stories' cache so nothing is embedded twice."""
from __future__ import annotations

import json

import numpy as np

from storyline.article.lead_vector import LeadVectorStage
from storyline.article.nlp import fill_from_doc, load_nlp
from storyline.corpus import embed
from storyline.corpus.base import CorpusContext
from storyline.corpus.runner import EntityStage, LeadVectorSeedStage
from storyline.corpus.stories import StoryStage
from storyline.corpus.story_features import lead_text
from storyline.model import Article
from storyline.store.codec import article_from_row, article_to_data

TEXTS = {
    "a": ("Harbour budget passes", "The city council of Lindmark approved the new harbour budget on Monday. "
          "The vote was close, with seven members in favour and six against. Work starts in May."),
    "b": ("Council backs harbour plan", "Lindmark's council voted through the harbour budget on Monday. "
          "Seven members backed it and six opposed it. Dredging will begin in May."),
    "c": ("Orchid blooms", "A rare orchid flowered in the botanical garden of Vessby for the first time in "
          "ten years. Gardeners said the warm spring helped. Visitors queued to see it."),
}


def make(doc_id: str) -> Article:
    title, body = TEXTS[doc_id]
    a = Article(id=doc_id, path=f"{doc_id}.txt", text=body, title=title, published="2026-03-02")
    fill_from_doc(a, load_nlp()(body))
    a.doc = None
    return a


def test_stage_vector_is_the_lead_embedding_under_its_cache_key():
    articles = LeadVectorStage().process_batch([make(k) for k in TEXTS])
    for a in articles:
        lead = lead_text(a)
        assert a.lead_vector["key"] == embed.text_key(a.id, lead)
        alone = embed.embed_texts([lead])[0]
        assert float(embed.unpack_vector(a.lead_vector["vector"]) @ alone) >= 0.999


def test_packed_vector_survives_the_store_codec_exactly():
    a = LeadVectorStage().process(make("a"))
    data = json.loads(json.dumps(article_to_data(a)))
    back = article_from_row({"id": a.id, "path": a.path, "text": a.text, "title": a.title}, data)
    assert back.lead_vector == a.lead_vector
    assert np.array_equal(embed.unpack_vector(back.lead_vector["vector"]),
                          embed.unpack_vector(a.lead_vector["vector"]))
    assert len(a.lead_vector["vector"]) <= 4 * embed.DIM * 4 // 3 + 4


def test_seeded_vectors_spare_the_stories_stage_any_embedding(monkeypatch):
    articles = LeadVectorStage().process_batch([make(k) for k in TEXTS])
    ctx = CorpusContext(articles, duplicate_of={"c": "a"})
    EntityStage().run(ctx)
    LeadVectorSeedStage().run(ctx)
    cache = ctx.results["story_vectors"]
    assert set(cache) == {articles[0].lead_vector["key"], articles[1].lead_vector["key"]}  # originals only

    def no_embedding(texts, batch_size=embed.BATCH):
        raise AssertionError(f"embedded {len(texts)} texts again")

    monkeypatch.setattr(embed, "embed_texts", no_embedding)
    StoryStage().run(ctx)
    stories = ctx.results["stories"]
    assert {"a", "b"} <= {d for s in stories for d in s.documents}


def test_an_article_without_a_lead_vector_is_embedded_by_the_stories_stage():
    ctx = CorpusContext([make("a"), make("c")])
    EntityStage().run(ctx)
    LeadVectorSeedStage().run(ctx)
    assert ctx.results["story_vectors"] == {}
    StoryStage().run(ctx)
    assert len(ctx.results["story_vectors"]) == 2


def _child_stage(article: Article) -> tuple[bool, dict | None]:
    return embed.can_embed_here(), LeadVectorStage().process(article).lead_vector


def test_a_worker_forked_after_the_model_ran_leaves_the_lead_to_the_stories_stage():
    import multiprocessing as mp

    embed.embed_texts(["The harbour budget passed on Monday."])  # this process has run the model
    with mp.get_context("fork").Pool(1) as pool:
        allowed, packed = pool.apply_async(_child_stage, (make("a"),)).get(timeout=120)
    assert (allowed, packed) == (False, None)  # no hang, no vector: the stories stage embeds it
    assert embed.can_embed_here() and LeadVectorStage().process(make("a")).lead_vector


def test_a_fresh_worker_process_embeds_on_one_thread():
    import multiprocessing as mp

    text = "The harbour budget passed on Monday."
    with mp.get_context("spawn").Pool(1) as pool:
        threads = pool.apply_async(embed.session_threads).get(timeout=120)
        there = pool.apply_async(embed.embed_texts, ([text],)).get(timeout=120)[0]
    assert threads == 1 and embed.session_threads() == embed.THREADS
    assert float(embed.embed_texts([text])[0] @ there) > 0.9999
