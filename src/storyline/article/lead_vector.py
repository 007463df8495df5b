"""Article stage "lead_vector": the embedding of the article's lead, made where the articles are parallel.

The stories corpus stage embeds each article's lead (``story_features.lead_text``: title and first
sentences). Embedding is the costliest part of that stage, and it needs nothing from other
articles, so it is done here, in the worker processes, batched per shard. The vector is kept on
the article as ``{"key": embed.text_key(id, lead), "vector": embed.pack_vector(v)}``; the corpus
runner puts it into the stories' vector cache under that key, so the stories stage embeds only
leads it has no vector for (an article stored before this stage, one whose lead changed, or one
processed in a worker forked from a process that had already run the embedding model, where ONNX
Runtime cannot start: ``embed.can_embed_here``)."""
from __future__ import annotations

from collections.abc import Sequence

from storyline.article.base import ArticleStage
from storyline.corpus import embed
from storyline.corpus.story_features import lead_text
from storyline.model import Article

# leads per ONNX run: embed_texts sorts by token count, so pairs are hardly padded, where one run of a
# shard's 16 leads pads each to the longest (~20% of the tokens). The vectors are bit-identical
# whatever the batch (checked on 160 BBC leads); the CPU is ~25% less (1 thread, 160 leads: 4.6-4.8 s
# against 6.4-6.8 s).
LEAD_BATCH = 2


def lead_vectors(articles: Sequence[Article]) -> None:
    """Fill ``lead_vector`` of every article with the vector of its lead (short, length-sorted batches)."""
    if not embed.can_embed_here():
        return
    leads = [lead_text(a) for a in articles]
    vectors = embed.embed_texts(leads, batch_size=LEAD_BATCH)
    for article, lead, vector in zip(articles, leads, vectors, strict=True):
        article.lead_vector = {"key": embed.text_key(article.id, lead), "vector": embed.pack_vector(vector)}


class LeadVectorStage(ArticleStage):
    """Embeds each article's lead (see the module docstring)."""

    name = "lead_vector"
    requires = ("sentences",)
    produces = ("lead_vector",)

    def process(self, article: Article) -> Article:
        lead_vectors([article])
        return article

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        lead_vectors(articles)
        return list(articles)
