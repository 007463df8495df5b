"""The spaCy stage: line breaks end sentences, and sentence spans carry no surrounding whitespace."""

from __future__ import annotations

from storyline.article.nlp import NlpStage
from storyline.model import Article


def test_nlp_sentences_break_at_line_ends():
    text = "Harbour Talks Resume:\nThe mayor said the port would reopen. Workers cheered\nA new line here."
    article = NlpStage().process(Article(id="d", path="p.txt", text=text))
    sentences = [text[s:e] for s, e in article.sentences]
    assert sentences[0] == "Harbour Talks Resume:"
    assert "Workers cheered" in sentences and "A new line here." in sentences


def test_nlp_sentences_spans_are_trimmed_and_entities_kept():
    text = "Mayor Anna Berg visited Dorsten.\n\nShe left on Friday.\n"
    article = NlpStage().process(Article(id="d", path="p.txt", text=text))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in article.sentences)
    assert any(m.text == "Anna Berg" for m in article.entities)
