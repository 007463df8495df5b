"""The lead stage embeds in short batches: the vectors are bit-identical to one padded batch of all leads."""
from __future__ import annotations

import numpy as np

from storyline.article.lead_vector import LEAD_BATCH, LeadVectorStage
from storyline.corpus import embed
from storyline.corpus.story_features import lead_text
from test_lead_vector_stage import TEXTS, make


def test_lead_vector_batching_short_batches_give_the_one_batch_vectors_exactly():
    articles = LeadVectorStage().process_batch([make(k) for k in TEXTS])
    leads = [lead_text(a) for a in articles]
    assert len({len(embed.load_tokenizer().encode(t).ids) for t in leads}) > 1  # one batch would pad
    together = embed.embed_texts(leads, batch_size=len(leads))
    for article, row in zip(articles, together, strict=True):
        assert np.array_equal(embed.unpack_vector(article.lead_vector["vector"]), row)
    assert len(leads) > LEAD_BATCH
